"""Inter-annotator agreement (scripts/agreement.py): the measure itself, and the README's table."""
import sys

import pandas as pd
import pytest

from helpers import paths

sys.path.insert(0, str(paths.ROOT / "scripts"))
import agreement as ag  # noqa: E402

COLS = ["article_id", "speaker_surface", "speaker", "cue", "kind", "content", "start", "end", "cue_start",
        "speaker_surface_start", "tier", "source_type", "note"]


def _recs(rows):
    return pd.DataFrame([dict(zip(COLS, r)) for r in rows])


A = _recs([("a", "وی", "علی ربیعی", "گفت", "direct", "x" * 20, 0, 20, 0, 0, "core", "person", ""),
           ("a", "وی", "علی ربیعی", "افزود", "direct", "y" * 20, 30, 50, 0, 0, "core", "person", ""),
           ("a", "دولت", "دولت", "اعلام کرد", "indirect", "z" * 20, 60, 80, 0, 0, "extended", "organisation", "")])


def test_identical_annotations_agree_fully():
    s = ag.pair_scores(A, A)
    assert s["matched"] == 3 and s["inclusion_f1"] == 1.0 and s["core_inclusion_f1"] == 1.0
    assert s["speaker"] == s["kind"] == s["tier"] == s["exact_boundary"] == 1.0


def test_a_missing_record_a_shifted_span_and_another_speaker_are_counted():
    b = A.iloc[:2].copy()
    b.loc[0, "speaker"] = "محمود واعظی"                # another reading of «وی»
    b.loc[1, ["start", "end"]] = [32, 50]              # IoU 0.9: matched, not exact
    s = ag.pair_scores(A, b)
    assert s["records_a"] == 3 and s["records_b"] == 2 and s["matched"] == 2
    assert s["inclusion_f1"] == pytest.approx(2 * 2 / 5)
    assert s["core_inclusion_f1"] == 1.0              # the missing one is extended
    assert s["speaker"] == 0.5 and s["exact_boundary"] == 0.5


def test_readme_shows_the_agreement_table():
    if not list(ag.AGREEMENT.glob("claims_*.jsonl")):
        pytest.fail("data/gold/agreement/ has no second annotation")
    readme = (paths.GOLD / "README.md").read_text(encoding="utf-8")
    for b in sorted(p.stem[len("claims_"):] for p in ag.AGREEMENT.glob("claims_*.jsonl")):
        assert ag.markdown(ag.agreement(b)) in readme, "paste `scripts/agreement.py` into data/gold/README.md"
