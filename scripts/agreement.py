"""Inter-annotator agreement on the claims gold set: a second, independent annotation of some articles
(``data/gold/agreement/claims_*.jsonl``) against the first (the gold batches), with the same matching
as the extractor's evaluation (one to one, character IoU >= 0.5).

    .venv/bin/python scripts/agreement.py            # Markdown table for data/gold/README.md

Per pair of annotations A (first, the gold) and B (second):

* inclusion: records of A and of B, matched pairs, and the F1 of B against A (symmetric: precision of B
  against A is the recall of A against B), overall and over **core** records of A;
* on matched pairs: speaker agreement (same comparison key as ``helpers.evaluate``), kind agreement, tier
  agreement, exact-boundary rate;
* for reference, the extractor scored against A and against B on the same articles (speaker accuracy over its
  matched pairs), so the extractor's distance from one annotator can be read against the annotators' distance
  from each other.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

from helpers import evaluate as ev
from helpers import paths

AGREEMENT = paths.GOLD / "agreement"


def load_second(path: Path) -> pd.DataFrame:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return pd.DataFrame(rows)


def pair_scores(a: pd.DataFrame, b: pd.DataFrame) -> dict:
    """A (first) against B (second): inclusion and, on matched pairs, label agreement."""
    a = a.reset_index(drop=True)
    b = b.reset_index(drop=True)
    m = ev.match(b, a).dropna(subset=["g", "p"])
    n = len(m)
    core_a = a[a["tier"] == "core"]
    core_b = b[b["tier"] == "core"]
    mc = ev.match(core_b, core_a).dropna(subset=["g", "p"])
    pairs = [(a.loc[int(r.g)], b.loc[int(r.p)]) for r in m.itertuples()]
    f1 = 2 * n / (len(a) + len(b)) if len(a) + len(b) else float("nan")
    f1_core = 2 * len(mc) / (len(core_a) + len(core_b)) if len(core_a) + len(core_b) else float("nan")
    share = lambda f: sum(f(x, y) for x, y in pairs) / n if n else float("nan")   # noqa: E731
    return {
        "records_a": len(a), "records_b": len(b), "matched": n, "inclusion_f1": f1,
        "core_a": len(core_a), "core_b": len(core_b), "core_matched": len(mc), "core_inclusion_f1": f1_core,
        "speaker": share(lambda x, y: ev.speaker_key(x["speaker"]) == ev.speaker_key(y["speaker"])),
        "source_type": share(lambda x, y: x["source_type"] == y["source_type"]),
        "kind": share(lambda x, y: x["kind"] == y["kind"]),
        "tier": share(lambda x, y: x["tier"] == y["tier"]),
        "exact_boundary": share(lambda x, y: int(x["start"]) == int(y["start"]) and int(x["end"]) == int(y["end"])),
    }


def extractor_scores(gold: pd.DataFrame, articles: pd.DataFrame) -> dict:
    pred = ev.predict(articles)
    m = ev.match(pred, gold)
    return ev._metrics(pred, gold, m)


def agreement(batch: str = "x1") -> dict:
    second = load_second(AGREEMENT / f"claims_{batch}.jsonl")
    ids = sorted(set(second["article_id"]))
    first = ev.load_gold("all")
    first = first[first["article_id"].isin(ids)][list(second.columns)]
    arts = ev.gold_articles("all")
    arts = arts[arts["id"].isin(ids)]
    out = {"batch": batch, "articles": len(ids), "annotators": pair_scores(first, second)}
    out["extractor_vs_first"] = extractor_scores(first.reset_index(drop=True), arts)
    out["extractor_vs_second"] = extractor_scores(second.reset_index(drop=True), arts)
    return out


def markdown(res: dict) -> str:
    a = res["annotators"]
    f = lambda v: f"{v:.2f}"   # noqa: E731
    e1, e2 = res["extractor_vs_first"], res["extractor_vs_second"]
    return "\n".join([
        f"Second annotation `{res['batch']}` on {res['articles']} articles (`scripts/agreement.py`):",
        "",
        "| measure | value |",
        "|---|---:|",
        f"| records, first / second annotator | {a['records_a']} / {a['records_b']} |",
        f"| matched at IoU ≥ 0.5 (inclusion F1) | {a['matched']} ({f(a['inclusion_f1'])}) |",
        f"| core records matched (core inclusion F1) | {a['core_matched']} of {a['core_a']} / {a['core_b']} ({f(a['core_inclusion_f1'])}) |",
        f"| speaker agreement on matched pairs | {f(a['speaker'])} |",
        f"| source-type agreement | {f(a['source_type'])} |",
        f"| kind agreement | {f(a['kind'])} |",
        f"| tier agreement | {f(a['tier'])} |",
        f"| exact-boundary agreement | {f(a['exact_boundary'])} |",
        f"| extractor vs first: recall / precision / speaker | {f(e1['recall'])} / {f(e1['precision'])} / {f(e1['speaker_acc'])} |",
        f"| extractor vs second: recall / precision / speaker | {f(e2['recall'])} / {f(e2['precision'])} / {f(e2['speaker_acc'])} |",
    ])


def main(argv: list[str] | None = None) -> int:
    batches = sorted(p.stem[len("claims_"):] for p in AGREEMENT.glob("claims_*.jsonl"))
    if not batches:
        print("no second annotation in data/gold/agreement/", file=sys.stderr)
        return 2
    for b in batches:
        print(markdown(agreement(b)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
