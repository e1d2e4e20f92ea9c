#!/usr/bin/env python
"""Reconcile annotation conventions across the five gold batches, reproducibly and with a log.

Usage::

    .venv/bin/python scripts/reconcile_gold.py           # apply, rewrite claims_*.jsonl, write the log
    .venv/bin/python scripts/reconcile_gold.py --check   # dry run: list pending changes, exit 1 if any

Every rule is applied identically to every batch (tune and held-out alike); none re-annotates an
article: spans, kinds and speakers' identities are untouched except as the rules say. Rules, in order
(rule tables live in data/gold/reconcile/):

1. ``speaker_letters``  canonical ``speaker`` in standard Persian letters: ي/ى → ی, ك → ک.
2. ``speaker_spacing``  canonical ``speaker``: trim, collapse spaces, drop ZWNJ next to a space, and
   write the plural suffix ها/های/هایی as part of the word (ZWNJ after a joining letter:
   «رسانه های» → «رسانه‌های»; joined after a non-joining one).
3. ``speaker_merge``    one spelling per person: ``variant`` → ``canonical`` for every ``merge`` row of
   speaker_review.tsv.
4. ``surface_title``    ``speaker_surface`` includes the titles written before the name (titles.tsv):
   honorifics before any mention, and a classifier head before a name in quote marks
   («روزنامه «هاآرتص»»); ``speaker_surface_start`` moves left accordingly.
5. ``surface_coord``    a coordinated verb («… خبر داد و افزود») has the same ``speaker_surface`` as
   the verb it is coordinated with (the shared subject governs both; not "" and not another mention).
6. ``tier_frame``       belief/opinion frames and evidential findings (extended_cues.tsv) are tier
   ``extended``.

The script also writes ``data/gold/speakers.tsv`` (every canonical speaker with its batches, articles
and record count) — the list the spelling-variant review starts from — and
``data/gold/reconcile/log.tsv`` (one row per changed field). A second run changes nothing.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import validate_gold as vg  # noqa: E402

ZWNJ = vg.ZWNJ
#: Persian letters that do not join to the following letter (a ZWNJ after them is invisible).
NON_JOINING = set("اآأإدذرزژوؤ")


def fix_letters(s: str) -> str:
    return vg.fold_letters(s)


def fix_spacing(s: str) -> str:
    s = re.sub(r"\s+", " ", s.strip())
    s = re.sub(rf" ?{ZWNJ}+ ?", lambda m: ZWNJ if m.group(0) == ZWNJ * len(m.group(0)) else " ", s)

    def plural(m: re.Match) -> str:
        prev = m.group(1)
        return prev + ("" if prev in NON_JOINING else ZWNJ) + m.group(2)

    return re.sub(r"(\S) (ها|های|هایی)(?=\s|$)", plural, s)


def merge_map() -> dict[str, str]:
    return {r["variant"]: r["canonical"] for r in vg.speaker_review() if r["decision"] == "merge"}


def reconcile(batches: dict[str, list[dict]], corpus: vg.Corpus) -> list[dict]:
    """Apply the rules in place; return the change log (one dict per changed field)."""
    log: list[dict] = []
    merges = merge_map()

    def change(batch, i, r, field, new, rule):
        old = r[field]
        if old != new:
            log.append({"batch": batch, "line": i + 1, "article_id": r["article_id"], "field": field,
                        "old": old, "new": new, "rule": rule})
            r[field] = new

    for b, recs in batches.items():
        for i, r in enumerate(recs):
            change(b, i, r, "speaker", fix_letters(r["speaker"]), "speaker_letters")
            change(b, i, r, "speaker", fix_spacing(r["speaker"]), "speaker_spacing")
            change(b, i, r, "speaker", merges.get(r["speaker"], r["speaker"]), "speaker_merge")
            ss = r["speaker_surface_start"]
            text = corpus.texts.get(r["article_id"], "")
            if ss is not None and text:
                title = vg.title_before(text, ss, r["speaker_surface"])
                if title:
                    new_ss = ss - len(title)
                    surf = r["speaker_surface"]
                    # a name in quote marks keeps its closing mark once the classifier joins the mention
                    if title[-1] in "«\"" and text[ss + len(surf):ss + len(surf) + 1] in "»\"":
                        surf += text[ss + len(surf)]
                    change(b, i, r, "speaker_surface", text[new_ss:ss] + surf, "surface_title")
                    change(b, i, r, "speaker_surface_start", new_ss, "surface_title")
            if vg.frame_family(r["cue"]):
                change(b, i, r, "tier", "extended", "tier_frame")
        for i, j in sorted(vg.coordinated_with(recs, corpus).items()):
            change(b, i, recs[i], "speaker_surface", recs[j]["speaker_surface"], "surface_coord")
            change(b, i, recs[i], "speaker_surface_start", recs[j]["speaker_surface_start"], "surface_coord")
    return log


def speakers_table(batches: dict[str, list[dict]]) -> str:
    agg: dict[str, dict] = {}
    for b, recs in batches.items():
        for r in recs:
            a = agg.setdefault(r["speaker"], {"types": collections.Counter(), "batches": set(), "articles": set(), "n": 0})
            a["types"][r["source_type"]] += 1
            a["batches"].add(b)
            a["articles"].add(r["article_id"])
            a["n"] += 1
    lines = ["speaker\tsource_types\tbatches\tarticles\trecords"]
    for sp in sorted(agg, key=vg.name_key):
        a = agg[sp]
        lines.append("\t".join([sp, ",".join(sorted(a["types"])), ",".join(b for b in vg.BATCHES if b in a["batches"]),
                                " ".join(sorted(a["articles"])), str(a["n"])]))
    return "\n".join(lines) + "\n"


def write_log(log: list[dict], path: Path) -> None:
    """Append this run's changes to the log (earlier runs' rows kept: the log is the gold set's history)."""
    cols = ["batch", "line", "article_id", "field", "rule", "old", "new"]
    esc = lambda v: "null" if v is None else str(v).replace("\t", " ").replace("\n", "⏎")  # noqa: E731
    old = ""
    if path.exists():
        old = "".join(ln + "\n" for ln in path.read_text(encoding="utf-8").splitlines()[2:] if ln.strip())
    body = "".join("\t".join(esc(row[c]) for c in cols) + "\n" for row in log)
    path.write_text("# changes made by scripts/reconcile_gold.py to the annotators' batch files, every run's rows "
                    "appended (round 1: t3; round 2: none; round 3: b4)\n"
                    + "\t".join(cols) + "\n" + old + body, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="dry run; exit 1 if anything would change")
    args = ap.parse_args(argv)
    batches = vg.read_batches()
    corpus = vg.load_corpus()
    log = reconcile(batches, corpus)
    for row in log:
        print(f"{row['batch']}:{row['line']} {row['article_id']} {row['rule']}: {row['field']} {row['old']!r} -> {row['new']!r}")
    by_rule = collections.Counter(row["rule"] for row in log)
    print(f"reconcile_gold: {len(log)} change(s) {dict(by_rule)}", file=sys.stderr)
    if args.check:
        return 1 if log else 0
    if log:
        for b, recs in batches.items():
            vg.write_batch(b, recs)
        write_log(log, vg.RECONCILE / "log.tsv")
    else:
        print("nothing to change; data/gold/reconcile/log.tsv (from the run that made the changes) kept", file=sys.stderr)
    (vg.GOLD / "speakers.tsv").write_text(speakers_table(batches), encoding="utf-8")
    problems = vg.validate(batches, corpus=corpus)
    for p in problems:
        print(p, file=sys.stderr)
    print(f"re-validation: {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
