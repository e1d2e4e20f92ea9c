"""Draw the articles of a new claims-gold round, and split them before anyone reads them.

Candidates are development articles (data/dev_ids.txt) that no earlier gold batch, speaker check or
review has used, with at most 5,000 characters and at least two reporting-verb forms (a plain regex
below, independent of the extractor so the draw does not favour what the extractor already finds).
Articles are drawn at random per site (seeded), the split (tune / heldout) is drawn per article, and
the articles are dealt round-robin to the batches so every batch mixes both splits.

    .venv/bin/python scripts/draw_gold_round.py --round 3 --seed 2026 \
        --quota farsnews.ir=12 asriran.com=7 tabnak.ir=6 roozno.com=4 sobhanehonline.com=2 \
        --heldout 0.35 --batches b1 b2 b3 b4

prints one line per article: batch, article_id, site, split, characters. Nothing is written: the
split is added to data/gold/split.tsv by hand from this output (so the draw can be re-checked).
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys

from helpers import load, paths

# the commonest speech-verb forms in dev articles (past 3sg/3pl and the perfect), enough to tell an
# article with statements from a bare notice
VERBS = re.compile(
    r"(گفت|افزود|اظهار (?:کرد|داشت)|تاکید کرد|تأکید کرد|اعلام کرد|خاطرنشان (?:کرد|ساخت)|ادامه داد"
    r"|عنوان کرد|تصریح کرد|بیان کرد|خبر داد|نوشت|یادآور شد|اضافه کرد|به گفته|به نقل از)"
)


def used_ids() -> set[str]:
    gold = paths.ROOT / "data" / "gold"
    ids: set[str] = set()
    with open(gold / "split.tsv", encoding="utf-8") as f:
        ids |= {row["article_id"] for row in csv.DictReader(f, delimiter="\t")}
    for tsv in [gold / "speaker_checks.tsv", *sorted(gold.glob("review_r*.tsv"))]:
        for line in tsv.read_text(encoding="utf-8").splitlines()[1:]:
            if line and not line.startswith("#"):
                ids.add(line.split("\t", 1)[0])
    return ids


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--round", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--quota", nargs="+", required=True, help="site=count")
    ap.add_argument("--heldout", type=float, default=1 / 3, help="share of held-out articles")
    ap.add_argument("--batches", nargs="+", required=True)
    ap.add_argument("--max-chars", type=int, default=5000)
    args = ap.parse_args(argv)

    articles = load.load_default().articles
    dev = set((paths.ROOT / "data" / "dev_ids.txt").read_text(encoding="utf-8").split())
    taken = used_ids()
    pool = articles[articles.id.isin(dev - taken)]
    pool = pool[(pool.text.str.len() <= args.max_chars)
                & (pool.text.map(lambda t: len(VERBS.findall(load_fold(t)))) >= 2)]

    rng = random.Random(args.seed)
    drawn = []
    for item in args.quota:
        site, n = item.split("=")
        ids = sorted(pool[pool.site == site].id)
        if len(ids) < int(n):
            print(f"{site}: only {len(ids)} candidates for a quota of {n}", file=sys.stderr)
            return 2
        drawn += rng.sample(ids, int(n))
    n_held = round(len(drawn) * args.heldout)
    held = set(rng.sample(drawn, n_held))
    rng.shuffle(drawn)
    by_id = articles.set_index("id")
    for i, aid in enumerate(drawn):
        split = f"heldout" if aid in held else "tune"
        print(f"{args.batches[i % len(args.batches)]}\t{aid}\t{by_id.site[aid]}\t{split}\t"
              f"{len(by_id.text[aid])}")
    return 0


def load_fold(text: str) -> str:
    """Standard ی/ک and no ZWNJ, so the verb regex sees every spelling."""
    return text.replace("ي", "ی").replace("ك", "ک").replace("\u200c", " ")


if __name__ == "__main__":
    raise SystemExit(main())
