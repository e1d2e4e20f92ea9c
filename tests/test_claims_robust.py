"""Offsets on the whole default corpus, input that must never raise, linear time on a
pathological article, and the frame-level API (errors reported, quote groups)."""

import time

import pandas as pd
import pytest

from helpers import paths
from helpers.claims import CLAIM_COLUMNS, extract, extract_frame, group_quotes
from helpers.load import load_default


@pytest.fixture(scope="module")
def default_claims():
    arts = load_default().articles
    return arts, extract_frame(arts)


def test_offsets_on_all_default_articles(default_claims):
    arts, df = default_claims
    assert len(arts) == 1001
    assert df["error"].isna().all(), df[df["error"].notna()]
    texts = dict(zip(arts["id"], arts["text"]))
    bad = [r for r in df.itertuples() if texts[r.article_id][r.start:r.end] != r.content]
    assert not bad
    cue_bad = [r for r in df.itertuples()
               if not texts[r.article_id][r.cue_start:].startswith(r.cue)]
    assert not cue_bad
    spk = df[df["speaker_start"].notna()]
    assert all(texts[r.article_id][int(r.speaker_start):].startswith(r.speaker_surface) for r in spk.itertuples())
    assert set(df["kind"]) <= {"direct", "indirect", "according_to"}
    assert set(df["source_type"]) <= {"person", "organisation", "document", "media", "anonymous", "group"}
    assert df["confidence"].between(0, 1).all()
    assert list(df.columns[:len(CLAIM_COLUMNS)]) == CLAIM_COLUMNS
    # the seed article goes through unchanged, with its leading date line
    assert (df["article_id"] == paths.SEED_ID).sum() >= 12


def test_many_statements_per_article_on_average(default_claims):
    arts, df = default_claims
    assert len(df) / len(arts) > 4


WEIRD = [
    "", " ", "\n\n", "...", "«««", "»»»", ":", "گفت:", "گفت: ", "وی گفت:", "«", '"', "“”", "؛،:«»",
    "\u200f\u200e\u202b\u202c\u2067", "وی\u200f گفت\u202b: «سلام", "\ud800 وی گفت: \udfff«",
    "وی گفت: «" * 50, "به گفته", "به گفته ،", "به گزارش", "با بیان اینکه", "از خبر داد", "را خواند",
    "A said: hello", "١٢٣ گفت: ٤٥٦", "وي افزود:" + "\n" * 30, "گفت" * 1000,
]


@pytest.mark.parametrize("text", WEIRD, ids=[f"weird{i}" for i in range(len(WEIRD))])
def test_never_raises_and_offsets_hold(text):
    for c in extract(text):
        assert text[c.start:c.end] == c.content
        assert c.end > c.start


def test_non_string_is_a_type_error():
    with pytest.raises(TypeError):
        extract(None)  # type: ignore[arg-type]


def _per_char(text: str, reps: int) -> float:
    best = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        extract(text)
        best = min(best, time.perf_counter() - t0)
    return best / max(1, len(text))


def test_pathological_article_stays_linear():
    normal = paths.SEED_FILE.read_text(encoding="utf-8")
    unit = "وی گفت: «او افزود: «به گفته وی، " + "«" * 3 + "رئیس گفت: " + "»" * 2 + " و افزود که: "
    patho = (unit * (200_000 // len(unit)))[:200_000]
    ratio = _per_char(patho, 1) / _per_char(normal, 5)
    assert ratio <= 20, ratio


def test_frame_reports_errors_and_keeps_going():
    df = pd.DataFrame({"id": ["a", "b", "c"], "text": ["وی گفت: درست است.", None, "او افزود: نادرست است."],
                       "site": ["x", "y", "z"]})
    errs = []
    out = extract_frame(df, errors=errs)
    assert set(out.loc[out["error"].isna(), "article_id"]) == {"a", "c"}
    assert out.loc[out["article_id"] == "b", "error"].iloc[0].startswith("TypeError")
    assert [e["article_id"] for e in errs] == ["b"]
    assert "site" in out.columns


def test_quote_groups_across_articles():
    q = "ترامپ آماده است با هر کسی در جهان گفتوگو و تعامل کند و این موضع آمریکا است"
    df = pd.DataFrame({"id": ["a", "b", "c"], "text": [
        f"روبیو گفت: «{q}.»", f"وزیر خارجه آمریکا گفت: {q}.", "وی گفت: هیچ ربطی به این موضوع ندارد و باید صبر کرد تا روشن شود."]})
    out = extract_frame(df)
    g = dict(zip(out["article_id"], out["quote_group"]))
    assert g["a"] is not None and g["a"] == g["b"]
    assert g["c"] is None
    assert group_quotes(out.iloc[0:0]).empty
