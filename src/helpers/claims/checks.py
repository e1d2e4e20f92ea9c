"""Speaker accuracy on the speaker-only development set ``data/gold/speaker_checks.tsv``.

That file lists every record the extractor predicted on 25 unannotated development articles, with the
speaker and source type guideline §3 asks for (checked by reading the articles). This module re-runs
the current extractor on those articles and scores it against the checks: a checked record is found
again by its article and content start (or, when the span moved, the record whose span covers it).

    python -m helpers.claims.checks            # accuracy, and every record still wrong
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from .. import paths
from ..evaluate import speaker_key
from . import extract

CHECKS_FILE = paths.GOLD / "speaker_checks.tsv"


def load_checks(path: Path = CHECKS_FILE) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        rows = [ln for ln in f if not ln.startswith("#")]
    return [dict(r, start=int(r["start"]), cue_start=int(r["cue_start"])) for r in csv.DictReader(rows, delimiter="\t")]


def score(path: Path = CHECKS_FILE, articles=None) -> dict:
    """{"n", "found", "speaker_acc", "type_acc", "wrong": [rows]} for the current extractor."""
    checks = load_checks(path)
    if articles is None:
        from ..load import load_default
        articles = load_default().articles
    texts = dict(zip(articles["id"], articles["text"]))
    preds: dict[str, list] = {}
    for aid in sorted({c["article_id"] for c in checks}):
        preds[aid] = extract(texts[aid], article_id=aid)
    n = found = sp_ok = ty_ok = 0
    wrong = []
    for c in checks:
        n += 1
        cl = preds[c["article_id"]]
        p = next((x for x in cl if x.start == c["start"]), None) or \
            next((x for x in cl if x.cue_start == c["cue_start"]), None)
        if p is None:
            wrong.append(dict(c, now_speaker=None, now_type=None))
            continue
        found += 1
        s_ok = speaker_key(p.speaker) == speaker_key(c["correct_speaker"])
        t_ok = p.source_type == c["correct_type"]
        sp_ok += s_ok
        ty_ok += t_ok
        if not (s_ok and t_ok):
            wrong.append(dict(c, now_speaker=p.speaker, now_type=p.source_type))
    return {"n": n, "found": found, "speaker_acc": sp_ok / n if n else float("nan"),
            "type_acc": ty_ok / n if n else float("nan"), "wrong": wrong}


def main(argv: list[str] | None = None) -> int:
    r = score()
    print(f"checked records {r['n']}, found again {r['found']}, "
          f"speaker accuracy {r['speaker_acc']:.3f}, source-type accuracy {r['type_acc']:.3f}")
    for w in r["wrong"]:
        print(f"{w['article_id']}\t{w['start']}\tnow={w['now_speaker']}/{w['now_type']}\t"
              f"want={w['correct_speaker']}/{w['correct_type']}\t{w['cause']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
