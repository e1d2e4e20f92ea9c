"""helpers.normalize: the tables notebook 02 shows and the Parquet it writes."""

import pandas as pd
import pytest

from helpers import normalize

ARTICLES = pd.DataFrame({"id": ["a", "b", "c"], "site": ["x", "x", "y"],
                         "text": ["وي گفت: مي شود ۱۲", "نمیکند", "كتاب"]})


def test_steps_table_lists_every_step_in_order():
    t = normalize.steps_table()
    assert list(t["step"]) == list(normalize.STEPS) and t["what it does"].str.len().min() > 10


def test_counts_by_site_are_means_per_article():
    norm = normalize.normalize_frame(ARTICLES)
    t = normalize.counts_by_site(norm, ARTICLES).set_index("site")
    assert t.loc["x", "articles"] == 2 and t.loc["y", "articles"] == 1
    assert t.loc["y", "arabic_letters"] == 1.0
    per_article = norm.set_index("id")["n_zwnj_fused"]
    assert t.loc["x", "zwnj_fused"] == pytest.approx((per_article["a"] + per_article["b"]) / 2)


def test_save_and_read_rebuilds_the_offset_map(tmp_path):
    norm = normalize.normalize_frame(ARTICLES)
    normalize.save_normalized(norm, tmp_path)
    back = normalize.read_normalized(tmp_path)
    row = back.iloc[1]
    n = normalize.Normalized.from_map(ARTICLES.text[1], row["text_norm"], row["norm_map"])
    assert n.text == normalize.normalize(ARTICLES.text[1]).text
    assert n.to_raw(0, len(n.text)) == (0, len(ARTICLES.text[1]))


def test_read_normalized_before_notebook_02_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="Run notebooks/02_normalize_text.ipynb"):
        normalize.read_normalized(tmp_path)
