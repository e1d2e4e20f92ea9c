"""ZWNJ restoration benchmark and normalization throughput, ours vs hazm's Normalizer alone.

    .venv/bin/python benchmarks/zwnj_benchmark.py            # writes benchmarks/results/zwnj.md
    .venv/bin/python benchmarks/zwnj_benchmark.py --errors   # also print the commonest errors

Benchmark texts: the dev articles of the *benchmark* part of
src/helpers/lexicons/normalize_dev_split.tsv (the *lexicon* part built the lexicons, so
no scored article was seen by scripts/build_zwnj_lexicon.py) that use ZWNJ consistently
(:func:`helpers.normalize.uses_zwnj_consistently`: >= 5 ZWNJ, no verb with می/نمی and no
plural after a joining letter written fused or spaced — judged with hazm's lists only).

Gold: the article after our character folds (no ZWNJ restoration), i.e. its own ZWNJ.
Inputs: gold with every U+200C removed ("stripped") or replaced by a space ("spaced").
Score: every boundary between two letters (ignoring spaces and ZWNJ between them) is
labelled ZWNJ / not ZWNJ in gold and output; precision, recall, F1 of the ZWNJ label.
hazm's output changes other characters too, so boundaries are compared on the matching
blocks of the two letter sequences (coverage is reported).
"""

from __future__ import annotations

import argparse
import difflib
import platform
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from helpers import normalize as N  # noqa: E402
from helpers.load import load_default  # noqa: E402

ZWNJ = N.ZWNJ
OUT = ROOT / "benchmarks" / "results" / "zwnj.md"


def skeleton(text: str) -> tuple[str, list[str]]:
    """Characters other than whitespace/ZWNJ, and the label of the boundary before each:
    'Z' (a ZWNJ in between), 'S' (whitespace only) or 'N' (nothing)."""
    chars, labels = [], []
    pending = "N"
    for ch in text:
        if ch == ZWNJ:
            pending = "Z"
        elif ch.isspace():
            if pending != "Z":
                pending = "S"
        else:
            chars.append(ch)
            labels.append(pending)
            pending = "N"
    return "".join(chars), labels


def score_pair(gold: str, pred: str, errors: Counter | None = None) -> Counter:
    gs, gl = skeleton(gold)
    ps, pl = skeleton(pred)
    c = Counter()
    if gs == ps:
        blocks = [(0, 0, len(gs))]
    else:
        blocks = difflib.SequenceMatcher(None, gs, ps, autojunk=False).get_matching_blocks()
    c["gold_boundaries"] = sum(1 for i in range(1, len(gs)) if gs[i - 1].isalpha() and gs[i].isalpha())
    for a, b, size in blocks:
        for k in range(1, size):
            i, j = a + k, b + k
            if not (gs[i - 1].isalpha() and gs[i].isalpha()):
                continue
            c["boundaries"] += 1
            g, p = gl[i] == "Z", pl[j] == "Z"
            kind = "tp" if g and p else "fp" if p else "fn" if g else None
            if kind:
                c[kind] += 1
                if N.joins(gs[i - 1]):  # visible: a ZWNJ after a non-joining letter is not
                    c["v" + kind] += 1
            if errors is not None and g != p:
                w0 = max(gold.rfind(" ", 0, _pos(gold, i)), 0)
                w1 = gold.find(" ", _pos(gold, i))
                errors[("FP" if p else "FN", gold[w0:w1 if w1 > 0 else None].strip())] += 1
    return c


def _pos(text: str, k: int) -> int:
    """Index in ``text`` of the k-th skeleton character."""
    n = -1
    for idx, ch in enumerate(text):
        if ch != ZWNJ and not ch.isspace():
            n += 1
            if n == k:
                return idx
    return len(text)


def prf(c: Counter, v: str = "") -> tuple[float, float, float]:
    tp, fp, fn = c[v + "tp"], c[v + "fp"], c[v + "fn"]
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def benchmark_texts(part: str = "benchmark") -> tuple[list[str], int, int]:
    split = {}
    for row in N._read_tsv("normalize_dev_split.tsv"):
        split[row[0]] = row[1]
    arts = load_default().articles
    bench = arts[arts.id.map(split.get) == part]
    golds = [N.normalize(t, N.FOLD_STEPS).text for t in bench.text]
    chosen = [g for g in golds if N.uses_zwnj_consistently(g)]
    return chosen, len(bench), len(split)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--errors", action="store_true", help="print the commonest errors")
    ap.add_argument("--no-write", action="store_true", help="do not write results/zwnj.md")
    ap.add_argument("--part", default="benchmark", choices=["benchmark", "lexicon"],
                    help="score the lexicon part instead (in-sample: for tuning rules only)")
    args = ap.parse_args()

    from hazm import Normalizer

    t0 = time.perf_counter()
    hazm = Normalizer()
    t_hazm_init = time.perf_counter() - t0
    t0 = time.perf_counter()
    N.restorer()
    N.normalize("گفتوگو")
    t_ours_init = time.perf_counter() - t0

    golds, n_bench, n_dev = benchmark_texts(args.part)
    if args.part != "benchmark":
        args.no_write = True
    systems = {
        "ours (helpers.normalize)": lambda t: N.normalize(t).text,
        "hazm Normalizer()": hazm.normalize,
    }
    variants = {"stripped": lambda g: g.replace(ZWNJ, ""), "spaced": lambda g: g.replace(ZWNJ, " ")}
    results = {}
    errors = {v: Counter() for v in variants}
    for vname, make in variants.items():
        for sname, fn in systems.items():
            c = Counter()
            for g in golds:
                err = errors[vname] if (args.errors and sname.startswith("ours")) else None
                c += score_pair(g, fn(make(g)), err)
            results[(vname, sname)] = c

    # throughput on the 1,001 default articles
    texts = list(load_default().articles.text)
    t0 = time.perf_counter()
    for t in texts:
        hazm.normalize(t)
    t_hazm = time.perf_counter() - t0
    t0 = time.perf_counter()
    for t in texts:
        N.normalize(t)
    t_ours = time.perf_counter() - t0

    n_zwnj = sum(g.count(ZWNJ) for g in golds)
    lines = [
        "# ZWNJ restoration benchmark",
        "",
        f"Generated by `.venv/bin/python benchmarks/zwnj_benchmark.py` "
        f"(Python {platform.python_version()}, hazm 0.12.1).",
        "",
        f"Texts: {len(golds)} of the {n_bench} *benchmark*-part dev articles that use ZWNJ "
        f"consistently ({n_zwnj} ZWNJ). The lexicons were built from the other "
        f"{n_dev - n_bench} dev articles (*lexicon* part, "
        "`src/helpers/lexicons/normalize_dev_split.tsv`) and hazm's word lists only.",
        "Score: every letter–letter boundary labelled ZWNJ / not ZWNJ against the article's own "
        "spelling; precision / recall / F1 of the ZWNJ label.",
        "",
        "*Visible* boundaries follow a joining letter (a ZWNJ after ا د ذ ر ز ژ و changes "
        "nothing on screen, and writers differ there: «کشورها» / «کشور‌ها»); *all* includes them.",
        "",
        "| input | system | boundaries | precision | recall | F1 | TP | FP | FN | compared |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for v, label in (("v", "visible"), ("", "all")):
        for (vname, sname), c in results.items():
            p, r, f = prf(c, v)
            cov = c["boundaries"] / c["gold_boundaries"] if c["gold_boundaries"] else 1
            lines.append(
                f"| ZWNJ {'removed' if vname == 'stripped' else '→ space'} | {sname} | {label} | "
                f"{p:.3f} | {r:.3f} | {f:.3f} | {c[v + 'tp']} | {c[v + 'fp']} | {c[v + 'fn']} | "
                f"{c['boundaries']} ({cov:.1%}) |")
    lines += [
        "",
        "## Throughput",
        "",
        f"Normalizing the {len(texts)} default articles (`helpers.load.load_default()`), same run:",
        "",
        "| system | seconds | ratio to hazm | one-off setup (s) |",
        "|---|---:|---:|---:|",
        f"| hazm Normalizer().normalize | {t_hazm:.2f} | 1.00 | {t_hazm_init:.2f} |",
        f"| ours normalize() (all steps) | {t_ours:.2f} | {t_ours / t_hazm:.2f} | {t_ours_init:.2f} |",
        "",
    ]
    md = "\n".join(lines)
    print(md)
    if args.errors:
        for v, e in errors.items():
            print(f"\n## commonest errors ({v})")
            for (kind, w), n in e.most_common(60):
                print(kind, n, w.replace(ZWNJ, "|"))
    if not args.no_write:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(md, encoding="utf-8")


if __name__ == "__main__":
    main()
