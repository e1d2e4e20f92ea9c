"""ZWNJ restoration benchmark: ours vs hazm's ``Normalizer`` alone, scored live.

Texts: the dev articles of the *benchmark* part of ``lexicons/normalize_dev_split.tsv``
(the *lexicon* part built the lexicons, so no scored article was seen by
``scripts/build_zwnj_lexicon.py``) that use ZWNJ consistently
(:func:`helpers.normalize.uses_zwnj_consistently`, judged with hazm's lists only).

Gold: the article after our character folds (no ZWNJ restoration), i.e. its own ZWNJ.
Inputs: gold with every U+200C removed ("stripped") or replaced by a space ("spaced").
Score: every boundary between two letters (ignoring spaces and ZWNJ between them) is
labelled ZWNJ / not ZWNJ in gold and output; precision, recall, F1 of the ZWNJ label.
hazm's output changes other characters too, so boundaries are compared on the matching
blocks of the two letter sequences.

``benchmarks/zwnj_benchmark.py`` wraps :func:`benchmark_table` and also times throughput.
"""

from __future__ import annotations

import difflib
import functools
import time
from collections import Counter
from typing import Callable, Iterable

from . import normalize as N

ZWNJ = N.ZWNJ

#: input variant name -> how the input is made from the gold text
VARIANTS: dict[str, Callable[[str], str]] = {
    "stripped": lambda g: g.replace(ZWNJ, ""),
    "spaced": lambda g: g.replace(ZWNJ, " "),
}
VARIANT_LABEL = {"stripped": "ZWNJ removed", "spaced": "ZWNJ → space"}
OURS = "ours (helpers.normalize)"
HAZM = "hazm Normalizer()"


# --------------------------------------------------------------------------- scoring

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


def _pos(text: str, k: int) -> int:
    """Index in ``text`` of the k-th skeleton character."""
    n = -1
    for idx, ch in enumerate(text):
        if ch != ZWNJ and not ch.isspace():
            n += 1
            if n == k:
                return idx
    return len(text)


def _word_at(text: str, k: int) -> str:
    """The whitespace-delimited token of ``text`` around skeleton character ``k``."""
    p = _pos(text, k)
    w0 = text.rfind(" ", 0, p) + 1
    w1 = text.find(" ", p)
    return text[w0:w1 if w1 >= 0 else None].strip()


def score_pair(gold: str, pred: str, errors: Counter | None = None,
               skip: Callable[[str, list[str], int], bool] | None = None) -> Counter:
    """Count TP/FP/FN of the ZWNJ label over the letter–letter boundaries of ``gold``.

    Keys: ``tp fp fn`` (all boundaries), ``vtp vfp vfn`` (visible: after a joining letter),
    ``boundaries`` (compared), ``gold_boundaries`` and ``skipped`` (left out by ``skip``,
    a predicate on the gold skeleton, its labels and the boundary index).
    ``errors`` (optional) collects ``("FP"|"FN", gold token)`` counts.
    """
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
            if skip is not None and skip(gs, gl, i):
                c["skipped"] += 1
                continue
            c["boundaries"] += 1
            g, p = gl[i] == "Z", pl[j] == "Z"
            kind = "tp" if g and p else "fp" if p else "fn" if g else None
            if kind:
                c[kind] += 1
                if N.joins(gs[i - 1]):  # visible: a ZWNJ after a non-joining letter is not
                    c["v" + kind] += 1
            if errors is not None and g != p:
                errors[("FP" if p else "FN", _word_at(gold, i))] += 1
    return c


def prf(c: Counter, v: str = "") -> tuple[float, float, float]:
    """Precision, recall, F1 from a :func:`score_pair` counter (``v="v"``: visible only)."""
    tp, fp, fn = c[v + "tp"], c[v + "fp"], c[v + "fn"]
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# --------------------------------------------------------------------------- texts

def dev_split() -> dict[str, str]:
    """Dev id -> 'lexicon' | 'benchmark' (``lexicons/normalize_dev_split.tsv``)."""
    return {row[0]: row[1] for row in N._read_tsv("normalize_dev_split.tsv")}


@functools.cache
def _folded_dev() -> tuple[tuple[str, str, str], ...]:
    """(id, part, folded text) of every dev article in the split (folds only, no ZWNJ steps)."""
    from .load import load_default

    split = dev_split()
    arts = load_default().articles
    arts = arts[arts.id.isin(split)]
    return tuple((i, split[i], N.normalize(t, N.FOLD_STEPS).text)
                 for i, t in zip(arts.id, arts.text))


def benchmark_texts(part: str = "benchmark", ids: Iterable[str] | None = None) -> list[str]:
    """Gold texts: folded dev articles of ``part`` (or exactly ``ids``) that use ZWNJ
    consistently."""
    keep = set(ids) if ids is not None else None
    return [t for i, p, t in _folded_dev()
            if (i in keep if keep is not None else p == part) and N.uses_zwnj_consistently(t)]


def n_part(part: str) -> int:
    return sum(1 for _, p, _t in _folded_dev() if p == part)


# --------------------------------------------------------------------------- systems

@functools.cache
def hazm_normalizer():
    from hazm import Normalizer

    return Normalizer()


def systems() -> dict[str, Callable[[str], str]]:
    return {OURS: lambda t: N.normalize(t).text, HAZM: hazm_normalizer().normalize}


def score(golds: list[str], system: Callable[[str], str], variant: str = "stripped",
          errors: Counter | None = None, skip=None) -> tuple[Counter, float]:
    """Score one system on one input variant; returns the counter and the seconds spent
    in the system itself."""
    make = VARIANTS[variant]
    c = Counter()
    spent = 0.0
    for g in golds:
        inp = make(g)
        t0 = time.perf_counter()
        out = system(inp)
        spent += time.perf_counter() - t0
        c += score_pair(g, out, errors, skip)
    return c, spent


def benchmark_table(timing: bool = False, part: str = "benchmark"):
    """The benchmark as a DataFrame: one row per input variant x system x boundary set.

    Columns: input, system, boundaries (visible | all), precision, recall, F1, TP, FP, FN
    (with ``timing=True`` also ``seconds``: time the system spent on the benchmark inputs).
    ``part="lexicon"`` scores the lexicon half instead (in-sample; for tuning only).
    """
    import pandas as pd

    golds = benchmark_texts(part)
    rows = []
    results = {}
    for variant in VARIANTS:
        for sname, fn in systems().items():
            results[(variant, sname)] = score(golds, fn, variant)
    for v, label in (("v", "visible"), ("", "all")):
        for (variant, sname), (c, spent) in results.items():
            p, r, f = prf(c, v)
            row = {"input": VARIANT_LABEL[variant], "system": sname, "boundaries": label,
                   "precision": p, "recall": r, "F1": f,
                   "TP": c[v + "tp"], "FP": c[v + "fp"], "FN": c[v + "fn"]}
            if timing:
                row["seconds"] = spent
            rows.append(row)
    return pd.DataFrame(rows)
