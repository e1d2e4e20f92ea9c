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


def boundary_keys(gs: str, gl: list[str]) -> dict[int, tuple[str, int]]:
    """The spelling unit of each letter–letter boundary of a skeleton: ``(letters, offset)``.

    Inside a word (letters joined directly or by ZWNJ) the unit is the whole word; at a
    space it is the two words around it joined.  So «سیاستگذاری», «سیاست‌گذاری» and
    «سیاست گذاری» give the same key ``("سیاستگذاری", 5)``.
    """
    n = len(gs)
    toks = []
    i = 0
    while i < n:
        if not gs[i].isalpha():
            i += 1
            continue
        j = i + 1
        while j < n and gs[j].isalpha() and gl[j] != "S":
            j += 1
        toks.append((i, j))
        i = j
    keys = {}
    for t, (a, b) in enumerate(toks):
        w = gs[a:b]
        for k in range(a + 1, b):
            keys[k] = (w, k - a)
        if t + 1 < len(toks) and toks[t + 1][0] == b:
            a2, b2 = toks[t + 1]
            keys[b] = (w + gs[a2:b2], b - a)
    return keys


def spelling_counts(golds: Iterable[str]) -> dict[tuple[str, int], Counter]:
    """How often each boundary key is written with ZWNJ ('Z'), a space ('S') or nothing ('N')."""
    out: dict[tuple[str, int], Counter] = {}
    for g in golds:
        gs, gl = skeleton(g)
        for i, k in boundary_keys(gs, gl).items():
            out.setdefault(k, Counter())[gl[i]] += 1
    return out


@functools.cache
def contested_keys() -> frozenset[tuple[str, int]]:
    """Boundary keys the ZWNJ-consistent dev articles (both halves) spell in more than one way.

    A boundary one writer fuses («سیاستگذاری») and another writes with ZWNJ
    («سیاست‌گذاری»), or with a space, has no single right answer in this corpus: the
    *uncontested* score leaves these boundaries out (see benchmarks/README.md).
    """
    golds = benchmark_texts("lexicon") + benchmark_texts("benchmark")
    return frozenset(k for k, c in spelling_counts(golds).items() if len(c) > 1)


def score_pair(gold: str, pred: str, errors: Counter | None = None,
               contested: frozenset | set | None = None) -> Counter:
    """Count TP/FP/FN of the ZWNJ label over the letter–letter boundaries of ``gold``.

    Keys: ``tp fp fn`` (all boundaries); ``vtp vfp vfn`` (visible: after a joining letter);
    ``utp ufp ufn`` (visible and not in ``contested``, keys of :func:`boundary_keys`);
    ``fp_space`` / ``fp_word`` (visible FP where the gold has a space / nothing);
    ``boundaries`` (compared) and ``gold_boundaries``.
    ``errors`` (optional) collects ``("FP"|"FN", gold token)`` counts of visible errors.
    """
    gs, gl = skeleton(gold)
    ps, pl = skeleton(pred)
    keys = boundary_keys(gs, gl) if contested else {}
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
            if not kind:
                continue
            c[kind] += 1
            if not N.joins(gs[i - 1]):  # a ZWNJ after a non-joining letter is invisible
                continue
            c["v" + kind] += 1
            if not (contested and keys.get(i) in contested):
                c["u" + kind] += 1
            if kind == "fp":
                c["fp_space" if gl[i] == "S" else "fp_word"] += 1
            if errors is not None and kind != "tp":
                errors[(kind.upper(), _word_at(gold, i))] += 1
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


def outside_dev_texts() -> list[str]:
    """Gold texts from the corpus articles *outside* the dev split (never used to build
    anything; evaluation only) that use ZWNJ consistently, folded like the dev golds."""
    from . import paths
    from .load import load_default

    dev = {l.strip() for l in open(paths.DEV_IDS_FILE, encoding="utf-8") if l.strip()}
    arts = load_default().articles
    arts = arts[~arts.id.isin(dev) & (arts.id != paths.SEED_ID)]
    golds = (N.normalize(t, N.FOLD_STEPS).text for t in arts.text)
    return [g for g in golds if N.uses_zwnj_consistently(g)]


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
          errors: Counter | None = None, contested=None) -> tuple[Counter, float]:
    """Score one system on one input variant; returns the counter and the seconds spent
    in the system itself (``contested``: default :func:`contested_keys`)."""
    make = VARIANTS[variant]
    if contested is None:
        contested = contested_keys()
    c = Counter()
    spent = 0.0
    for g in golds:
        inp = make(g)
        t0 = time.perf_counter()
        out = system(inp)
        spent += time.perf_counter() - t0
        c += score_pair(g, out, errors, contested)
    return c, spent


#: boundary sets of the table: label -> counter prefix
SCOPES = {"visible": "v", "visible, uncontested": "u", "all": ""}


def table_rows(results: dict, timing: bool = False) -> list[dict]:
    rows = []
    for label, v in SCOPES.items():
        for (variant, sname), (c, spent) in results.items():
            p, r, f = prf(c, v)
            row = {"input": VARIANT_LABEL[variant], "system": sname, "boundaries": label,
                   "precision": p, "recall": r, "F1": f,
                   "TP": c[v + "tp"], "FP": c[v + "fp"], "FN": c[v + "fn"]}
            if timing:
                row["seconds"] = spent
            rows.append(row)
    return rows


def benchmark_table(timing: bool = False, part: str = "benchmark"):
    """The benchmark as a DataFrame: one row per boundary set x input variant x system.

    Columns: input, system, boundaries, precision, recall, F1, TP, FP, FN (with
    ``timing=True`` also ``seconds``: time the system spent on the benchmark inputs).
    ``boundaries``: *visible* (after a joining letter: the strict score), *visible,
    uncontested* (leaving out boundaries the dev writers spell in more than one way,
    :func:`contested_keys`), *all* (also after non-joining letters, where ZWNJ is invisible).
    ``part="lexicon"`` scores the lexicon half instead (in-sample; for tuning only).
    """
    import pandas as pd

    golds = benchmark_texts(part)
    results = {}
    for variant in VARIANTS:
        for sname, fn in systems().items():
            results[(variant, sname)] = score(golds, fn, variant)
    return pd.DataFrame(table_rows(results, timing))


def error_list(gold: str, pred: str, width: int = 12) -> list[tuple[str, str, str, str]]:
    """Every visible boundary where ``pred`` disagrees with ``gold``:
    ``(kind, gold label -> pred label, gold context, pred context)`` with ZWNJ shown as «|»."""
    gs, gl = skeleton(gold)
    ps, pl = skeleton(pred)
    if gs == ps:
        blocks = [(0, 0, len(gs))]
    else:
        blocks = difflib.SequenceMatcher(None, gs, ps, autojunk=False).get_matching_blocks()
    mark = {"Z": "|", "S": " ", "N": ""}

    def ctx(s, lab, x):
        lo, hi = max(0, x - width), min(len(s), x + width)
        return "".join((mark[lab[q]] if q > lo else "") + s[q] for q in range(lo, hi))

    out = []
    for a, b, size in blocks:
        for k in range(1, size):
            i, j = a + k, b + k
            if not (gs[i - 1].isalpha() and gs[i].isalpha() and N.joins(gs[i - 1])):
                continue
            g, p = gl[i] == "Z", pl[j] == "Z"
            if g != p:
                out.append(("FP" if p else "FN", f"{gl[i]}>{pl[j]}", ctx(gs, gl, i), ctx(ps, pl, j)))
    return out
