"""Speaker accuracy on the speaker-only development set ``data/gold/speaker_checks.tsv``.

That file lists every record the extractor predicted on 25 unannotated development articles, with the
speaker and source type guideline §3 asks for (checked by reading the articles). This module re-runs
the current extractor on those articles and scores it against the checks: a checked record is found
again by its article and content start (or, when the span moved, the record whose span covers it).

    python -m helpers.claims.checks            # accuracy, and every record still wrong
    python -m helpers.claims.checks --reviews  # the same over the round-2 reviews (review_r*.tsv)
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from .. import paths
from ..evaluate import speaker_key
from . import extract

CHECKS_FILE = paths.GOLD / "speaker_checks.tsv"


def _found_again(claims: list, row: dict):
    """The current claim of a checked/reviewed row: the one with the row's content start, else its cue start."""
    return next((x for x in claims if x.start == row["start"]), None) or \
        next((x for x in claims if x.cue_start == row["cue_start"]), None)


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
    dates = dict(zip(articles["id"], articles["date"])) if "date" in articles.columns else {}
    preds: dict[str, list] = {}
    for aid in sorted({c["article_id"] for c in checks}):
        preds[aid] = extract(texts[aid], article_id=aid, date=dates.get(aid))
    n = found = sp_ok = ty_ok = 0
    wrong = []
    for c in checks:
        n += 1
        p = _found_again(preds[c["article_id"]], c)
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


REVIEW_FILES = sorted(paths.GOLD.glob("review_r*.tsv"))


def score_reviews(files=None, articles=None) -> dict:
    """Re-score the current extractor against the round-2 reviews (``data/gold/review_r*.tsv``).

    Each review judged every prediction of an earlier extractor on unannotated dev articles
    (claim / extended / not_claim) and listed the statements it missed. Here a reviewed row is found
    again by its content start, else its cue start. Returns speaker and source-type accuracy over the
    real statements found again, how many real statements are no longer found, how many false
    positives are still predicted, and how many missed statements are found now."""
    files = REVIEW_FILES if files is None else files
    rows = []
    for f in files:
        rows += load_checks(f)
    if articles is None:
        from ..load import load_default
        articles = load_default().articles
    texts = dict(zip(articles["id"], articles["text"]))
    dates = dict(zip(articles["id"], articles["date"])) if "date" in articles.columns else {}
    preds = {aid: extract(texts[aid], article_id=aid, date=dates.get(aid)) for aid in sorted({r["article_id"] for r in rows})}
    out = {"real": 0, "found": 0, "speaker_ok": 0, "type_ok": 0, "fp": 0, "fp_left": 0,
           "missed": 0, "missed_found": 0, "wrong": []}

    for r in rows:
        v = r["verdict"]
        p = _found_again(preds[r["article_id"]], r)
        if v in ("claim", "extended"):
            out["real"] += 1
            if p is None:
                continue
            out["found"] += 1
            s_ok = speaker_key(p.speaker) == speaker_key(r["correct_speaker"])
            out["speaker_ok"] += s_ok
            out["type_ok"] += p.source_type == r["correct_type"]
            if not s_ok:
                out["wrong"].append(dict(r, now_speaker=p.speaker, now_type=p.source_type))
        elif v == "not_claim":
            out["fp"] += 1
            out["fp_left"] += p is not None
        elif v in ("missed", "missed_extended"):
            out["missed"] += 1
            out["missed_found"] += p is not None
    f = out["found"] or 1
    out["speaker_acc"], out["type_acc"] = out["speaker_ok"] / f, out["type_ok"] / f
    return out


def main(argv: list[str] | None = None) -> int:
    if argv and argv[0] == "--reviews":
        r = score_reviews()
        print(f"reviewed real statements {r['real']}, found again {r['found']}, speaker accuracy "
              f"{r['speaker_acc']:.3f}, source-type accuracy {r['type_acc']:.3f}; false positives still "
              f"predicted {r['fp_left']}/{r['fp']}; missed statements found now {r['missed_found']}/{r['missed']}")
        for w in r["wrong"]:
            print(f"{w['article_id']}\t{w['start']}\tnow={w['now_speaker']}/{w['now_type']}\t"
                  f"want={w['correct_speaker']}/{w['correct_type']}\t{w['cause']}")
        return 0
    r = score()
    print(f"checked records {r['n']}, found again {r['found']}, "
          f"speaker accuracy {r['speaker_acc']:.3f}, source-type accuracy {r['type_acc']:.3f}")
    for w in r["wrong"]:
        print(f"{w['article_id']}\t{w['start']}\tnow={w['now_speaker']}/{w['now_type']}\t"
              f"want={w['correct_speaker']}/{w['correct_type']}\t{w['cause']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
