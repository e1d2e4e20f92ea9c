"""helpers.summaries: the claim tables shown in notebooks 03-05."""

import pandas as pd
import pytest

from helpers import summaries

CLAIMS = pd.DataFrame([
    {"article_id": "a", "site": "x.ir", "date": pd.Timestamp("2020-01-02"), "kind": "direct", "speaker": "علی",
     "cue": "گفت", "stance": "neutral", "source_type": "person", "content": "الف" * 400, "start": 0, "end": 400,
     "hedges": [{"word": "شاید", "type": "hedge", "start": 3}], "chain": ["ایسنا"]},
    {"article_id": "a", "site": "x.ir", "date": pd.Timestamp("2020-01-02"), "kind": "indirect", "speaker": "علی",
     "cue": "افزود", "stance": "emphatic", "source_type": "person", "content": "ب", "start": 500, "end": 501,
     "hedges": [], "chain": []},
    {"article_id": "b", "site": "y.ir", "date": pd.Timestamp("2020-02-03"), "kind": "according_to",
     "speaker": "منبع آگاه", "cue": "به گفته", "stance": "distancing", "source_type": "anonymous",
     "content": "پ", "start": 9, "end": 10, "hedges": [], "chain": []},
])
ARTICLES = pd.DataFrame({"id": ["a", "b", "c"]})


def test_browse_table_cuts_long_content_and_formats_dates():
    t = summaries.browse_table(CLAIMS)
    assert t.loc[0, "content"].endswith("…") and len(t.loc[0, "content"]) == summaries.CONTENT_PREVIEW + 1
    assert t.loc[0, "date"] == "2020-01-02"


def test_crosstab_has_totals():
    t = summaries.crosstab(CLAIMS, "site", "kind").set_index("site")
    assert t.loc["x.ir", "total"] == 2 and t.loc["total", "total"] == 3


def test_top_speakers_counts_kinds_and_articles():
    t = summaries.top_speakers(CLAIMS).set_index("speaker")
    assert t.loc["علی", "statements"] == 2 and t.loc["علی", "articles"] == 1
    assert t.loc["علی", "direct"] == 1 and t.loc["منبع آگاه", "source_type"] == "anonymous"


def test_key_numbers_are_computed():
    t = summaries.key_numbers(CLAIMS, ARTICLES).set_index("measure")["value"]
    assert t["articles"] == "3" and t["attributed statements"] == "3"
    assert t["articles with at least one statement"] == "2" and t["anonymous sources"] == "33%"


def test_save_and_read_round_trip(tmp_path):
    summaries.save_claims(CLAIMS, pd.DataFrame(columns=["article_id", "error"]), tmp_path)
    back = summaries.read_claims(tmp_path)
    assert back.loc[0, "hedges"] == CLAIMS.loc[0, "hedges"] and back.loc[0, "chain"] == ["ایسنا"]
    lines = (tmp_path / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and '"date": "2020-01-02"' in lines[0]


def test_read_claims_before_notebook_03_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="Run notebooks/03_extract_claims.ipynb"):
        summaries.read_claims(tmp_path)
