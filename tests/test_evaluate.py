"""helpers.evaluate: the matching protocol, the baseline, the split rule, and the regression test
against benchmarks/claims_scores.json (fails if a score drops more than 0.02 below the record)."""

import json
import subprocess
import sys

import pandas as pd
import pytest

from helpers import evaluate as ev
from helpers import paths


def _df(rows):
    return pd.DataFrame(rows)


def test_iou_and_one_to_one_matching():
    gold = _df([{"article_id": "a", "start": 0, "end": 100, "tier": "core", "kind": "direct", "speaker": "X"},
                {"article_id": "a", "start": 0, "end": 90, "tier": "core", "kind": "indirect", "speaker": "Y"}])
    pred = _df([{"article_id": "a", "start": 0, "end": 100, "kind": "direct", "speaker": "X"}])
    m = ev.match(pred, gold)
    pairs = m.dropna(subset=["g", "p"])
    assert len(pairs) == 1 and int(pairs.iloc[0]["g"]) == 0      # the best IoU wins, once
    met = ev._metrics(pred, gold, m)
    assert met["recall"] == 0.5 and met["precision"] == 1.0 and met["speaker_acc"] == 1.0
    assert met["exact_boundary"] == 1.0


def test_iou_threshold_is_half():
    assert ev._iou(0, 10, 5, 15) == pytest.approx(5 / 15)
    gold = _df([{"article_id": "a", "start": 0, "end": 10, "tier": "core", "kind": "direct", "speaker": "X"}])
    pred = _df([{"article_id": "a", "start": 5, "end": 15, "kind": "direct", "speaker": "X"}])
    assert ev._metrics(pred, gold, ev.match(pred, gold))["recall"] == 0.0
    pred2 = _df([{"article_id": "a", "start": 0, "end": 19, "kind": "direct", "speaker": "X"}])
    assert ev._metrics(pred2, gold, ev.match(pred2, gold))["recall"] == 1.0   # IoU 10/19 = 0.53
    pred3 = _df([{"article_id": "a", "start": 0, "end": 21, "kind": "direct", "speaker": "X"}])
    assert ev._metrics(pred3, gold, ev.match(pred3, gold))["recall"] == 0.0   # IoU 10/21 = 0.48


def test_extended_gold_counts_for_precision_not_recall():
    gold = _df([{"article_id": "a", "start": 0, "end": 10, "tier": "extended", "kind": "indirect", "speaker": "X"}])
    pred = _df([{"article_id": "a", "start": 0, "end": 10, "kind": "indirect", "speaker": "X"}])
    met = ev._metrics(pred, gold, ev.match(pred, gold))
    assert met["precision"] == 1.0 and met["n_gold_core"] == 0


def test_speakers_compared_after_fold_and_zwnj():
    assert ev.speaker_key("علي لاريجاني") == ev.speaker_key("علی لاریجانی")
    assert ev.speaker_key("تخت‌روانچی") == ev.speaker_key("تخت روانچی") == ev.speaker_key("تختروانچی")
    assert ev.speaker_key("X") != ev.speaker_key("Y")


def test_baseline_is_a_plain_colon_regex():
    text = "وزیر کشور گفت: این طرح اجرا می‌شود.\nبه گفته وی، همه چیز آماده است."
    recs = ev.baseline_extract(text, "a")
    assert len(recs) == 1
    r = recs[0]
    assert text[r["start"]:r["end"]] == r["content"] == "این طرح اجرا می‌شود"
    assert r["speaker"] == "وزیر کشور" and r["kind"] == "direct"


def test_gold_files_follow_the_guideline_format():
    gold = ev.load_gold("tune")
    assert len(gold) >= 200
    arts = ev.gold_articles("tune")
    texts = dict(zip(arts["id"], arts["text"]))
    for r in gold.itertuples():
        assert texts[r.article_id][int(r.start):int(r.end)] == r.content
        assert r.kind in ("direct", "indirect", "according_to") and r.tier in ("core", "extended")
    dev = set((paths.DEV_IDS_FILE).read_text().split()) | {paths.SEED_ID}
    assert set(ev.load_split()) <= dev          # the gold set is built from dev articles only


def test_errors_refuse_the_heldout_split():
    with pytest.raises(ValueError):
        ev.errors("heldout")
    with pytest.raises(ValueError):
        ev.errors("heldout:2")
    with pytest.raises(ValueError):
        ev.evaluate("nonsense")


def test_cli_prints_the_table():
    r = subprocess.run([sys.executable, "-m", "helpers.evaluate", "--split", "seed"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "goftar" in r.stdout and "baseline" in r.stdout and "speaker_acc" in r.stdout


RECORDED = json.loads(ev.SCORES_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("split", ["tune", "heldout", "seed"])
def test_scores_do_not_regress(split):
    """The overall splits (the rounds are recorded for the README, not guarded separately)."""
    df = ev.evaluate(split, systems=("goftar",), per_kind=False)
    row = df.iloc[0]
    ref = RECORDED["scores"][f"{split}/goftar/all"]
    for m in ev.METRICS:
        if ref[m] is not None:
            assert row[m] >= ref[m] - 0.02, (split, m, row[m], ref[m])


def test_dev_set_scores_do_not_regress():
    """The speaker checks and the reviews (no gold needed) are guarded like the gold splits."""
    now, ref = ev.dev_set_scores(), RECORDED["dev_sets"]
    assert now["speaker_checks"]["speaker_acc"] >= ref["speaker_checks"]["speaker_acc"] - 0.02
    assert now["reviews"]["speaker_acc"] >= ref["reviews"]["speaker_acc"] - 0.02
    assert now["reviews"]["type_acc"] >= ref["reviews"]["type_acc"] - 0.02
    assert now["reviews"]["n"] == ref["reviews"]["n"]      # every reviewed statement is still found


def test_goftar_beats_the_baseline_on_tune():
    s = RECORDED["scores"]
    assert s["tune/goftar/all"]["f1"] > s["tune/baseline/all"]["f1"] + 0.1
    assert s["tune/goftar/all"]["speaker_acc"] > s["tune/baseline/all"]["speaker_acc"] + 0.5


def test_rounds_partition_the_splits():
    for split in ("tune", "heldout"):
        whole = ev.load_gold(split)
        parts = [ev.load_gold(f"{split}:{r}") for r in (1, 2, 3) if f"{split}:{r}" in ev.ROUND_SPLITS]
        assert sum(map(len, parts)) == len(whole)
        ids = [set(p["article_id"]) for p in parts]
        assert all(not (a & b) for i, a in enumerate(ids) for b in ids[i + 1:])
    assert ev.batch_round("data/gold/claims_a1.jsonl") == 2 and ev.batch_round("claims_h2.jsonl") == 1
    assert ev.batch_round("data/gold/claims_b4.jsonl") == 3


def test_readme_shows_the_recorded_scores():
    """README.md's score table is printed by ``python -m helpers.evaluate --markdown`` from the record."""
    from helpers import paths
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    table = ev.markdown_table(rows=ev.README_ROWS)
    assert len(table.splitlines()) == 2 + len(ev.README_ROWS)
    assert table in readme, "README score table is stale: paste `python -m helpers.evaluate --markdown`"


def test_bootstrap_ci_resamples_articles_and_brackets_the_estimate():
    import pandas as pd
    # two articles: one with every speaker right, one with every speaker wrong (a misread name repeated)
    cnt = pd.DataFrame({"core": [10, 10], "core_matched": [9, 9], "pred": [10, 10], "matched": [10, 10],
                        "speaker_ok": [10, 0]})
    ci = ev.bootstrap_ci(cnt, n=500, seed=1)
    assert ci == ev.bootstrap_ci(cnt, n=500, seed=1)            # seeded: reproducible
    lo, hi = ci["speaker_acc"]
    assert lo == 0.0 and hi == 1.0                               # article-level: the whole range is possible
    assert ci["recall"] == (0.9, 0.9)
    many = pd.concat([cnt] * 20, ignore_index=True)             # more articles, narrower interval
    lo2, hi2 = ev.bootstrap_ci(many, n=500, seed=1)["speaker_acc"]
    assert lo < lo2 < 0.5 < hi2 < hi


def test_article_counts_add_up_to_the_aggregate_scores():
    cnt = ev.article_counts("seed")
    row = ev.evaluate("seed", systems=("goftar",)).iloc[0]
    tot = cnt.sum()
    assert tot.core == row.n_gold_core and tot.pred == row.n_pred and tot.matched == row.n_matched
    assert abs(tot.core_matched / tot.core - row.recall) < 1e-9
    assert abs(tot.speaker_ok / tot.matched - row.speaker_acc) < 1e-9
