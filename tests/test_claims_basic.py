"""Core behaviour of helpers.claims on the seed article and on real dev sentences."""

import json
import subprocess
import sys

import pytest

from helpers import paths
from helpers.claims import Claim, extract, extract_frame


@pytest.fixture(scope="module")
def seed_text():
    return paths.SEED_FILE.read_text(encoding="utf-8")


def test_seed_offsets_and_speakers(seed_text):
    claims = extract(seed_text, article_id="seed")
    assert len(claims) >= 12
    for c in claims:
        assert isinstance(c, Claim)
        assert seed_text[c.start:c.end] == c.content
        assert c.kind in ("direct", "indirect", "according_to")
    assert {c.speaker for c in claims} == {"مارکو روبیو"}
    assert "date" not in claims[0].speaker_surface


def test_cli_jsonl(tmp_path):
    src = tmp_path / "in.jsonl"
    text = "رسول منتجب‌نیا عضو مجمع روحانیون مبارز تاکید کرد: این یک دروغ محض است.\nوی افزود: در اساسنامه هیچ منعی وجود ندارد."
    src.write_text(json.dumps({"id": "a1", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = subprocess.run([sys.executable, "-m", "helpers.claims", str(src), "-o", str(out)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    recs = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 2
    for rec in recs:
        for f in ("article_id", "kind", "content", "start", "end", "speaker", "speaker_surface", "speaker_start",
                  "cue", "cue_start", "source_type", "stance", "hedges", "chain", "confidence"):
            assert f in rec
        assert text[rec["start"]:rec["end"]] == rec["content"]
    assert [r["speaker"] for r in recs] == ["رسول منتجب‌نیا"] * 2


def test_frame_reports_failures_and_continues():
    import pandas as pd
    df = pd.DataFrame({"id": ["ok", "bad"], "text": ["وی گفت: این درست است.", 12]})
    out = extract_frame(df)
    assert (out["article_id"] == "ok").any()
    bad = out[out["article_id"] == "bad"]
    assert len(bad) == 1 and "TypeError" in bad["error"].iloc[0]
    assert out.attrs["errors"][0]["article_id"] == "bad"
