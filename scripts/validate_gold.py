#!/usr/bin/env python
"""Validate the claims gold set (data/gold) and print its statistics.

Usage::

    .venv/bin/python scripts/validate_gold.py            # validate, exit 1 on any error
    .venv/bin/python scripts/validate_gold.py --stats    # also print the Markdown tables for data/gold/README.md

What is checked (each failure is one line ``file:line  [check] message``):

* record level: the guideline fields plus ``source_type`` are present with the right types and
  allowed values; ``text[start:end] == content``, ``text[cue_start:...] == cue`` and
  ``text[speaker_surface_start:...] == speaker_surface`` against the texts as loaded by
  ``helpers.load.load_default()``; ``content`` has no surrounding whitespace; the article is a dev
  article or the seed and is listed in ``split.tsv``;
* conventions (the reconciliation rules of data/gold/README.md): canonical ``speaker`` uses
  standard ی/ک and no double spaces, a person ``speaker`` carries no honorific, belief/evidential
  frames are tier ``extended``, a coordinated verb («… و افزود») shares its subject's
  ``speaker_surface``, and no two canonical speakers are unreviewed spelling variants;
* set level: no duplicate records, every ``split.tsv`` article has records and sits in exactly one
  batch file, ≥ 40 articles, all six sites, ≥ 300 records, the seed included.

The same functions are imported by tests/test_gold.py and scripts/reconcile_gold.py.
"""

from __future__ import annotations

import argparse
import collections
import functools
import itertools
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from helpers import paths

GOLD = paths.GOLD
RECONCILE = GOLD / "reconcile"
#: the batch files, first session's order first, later batches (a1 … a4: mixed tune/held-out,
#: the split decided per article in split.tsv) after them.
_FIRST = ("t1", "t2", "t3", "h1", "h2")
BATCHES = _FIRST + tuple(sorted(p.stem[len("claims_"):] for p in GOLD.glob("claims_*.jsonl")
                                if p.stem[len("claims_"):] not in _FIRST))
SPLITS = ("tune", "heldout", "seed")

#: field -> allowed Python types (None allowed only where listed).
FIELDS = {
    "article_id": (str,),
    "speaker_surface": (str,),
    "speaker": (str,),
    "cue": (str,),
    "kind": (str,),
    "content": (str,),
    "start": (int,),
    "end": (int,),
    "cue_start": (int,),
    "speaker_surface_start": (int, type(None)),
    "tier": (str,),
    "source_type": (str,),
}
OPTIONAL = {"note": (str,)}
KINDS = ("direct", "indirect", "according_to")
TIERS = ("core", "extended")
SOURCE_TYPES = ("person", "organisation", "group", "anonymous", "document", "media")

#: set-level requirements of the brief
MIN_ARTICLES = 40
MIN_RECORDS = 300
SITES = ("farsnews.ir", "tabnak.ir", "asriran.com", "roozno.com", "sobhanehonline.com", "mashreghnews.ir")

ARABIC_LETTERS = {"\u064a": "ی", "\u0643": "ک", "\u0649": "ی"}  # ي ك ى
ZWNJ = "\u200c"


# --------------------------------------------------------------------------- data files

def read_tsv(path: Path) -> list[dict[str, str]]:
    """A TSV with ``#`` comment lines before the header (the reconcile rule tables)."""
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in lines[1:]]


def fold_letters(s: str) -> str:
    return s.translate(str.maketrans(ARABIC_LETTERS))


def name_key(s: str) -> str:
    """Fold/ZWNJ/space-insensitive key for comparing spellings of a name."""
    s = fold_letters(s).translate(str.maketrans({"ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "ؤ": "و", "ئ": "ی", "ء": ""}))
    return re.sub(r"[\s\u200c\u200d\u0640]", "", s)


def surname_keys(name: str) -> set[str]:
    """Keys of the non-initial name tokens (a one-token name is its own surname)."""
    toks = name.split()
    rest = toks[1:] if len(toks) > 1 else toks
    return {name_key(t) for t in rest if len(name_key(t)) > 2}


@functools.lru_cache(maxsize=None)
def titles() -> dict[str, list[str]]:
    out: dict[str, list[str]] = collections.defaultdict(list)
    for row in read_tsv(RECONCILE / "titles.tsv"):
        out[row["family"]].append(row["term"])
    return dict(out)


@functools.lru_cache(maxsize=None)
def extended_cue_patterns() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(r["pattern"]), r["family"]) for r in read_tsv(RECONCILE / "extended_cues.tsv")]


def frame_family(cue: str) -> str | None:
    """The belief/finding family of a cue (extended_cues.tsv), or None."""
    c = fold_letters(cue).replace(ZWNJ, " ")
    for pat, fam in extended_cue_patterns():
        if pat.search(c):
            return fam
    return None


@functools.lru_cache(maxsize=None)
def speaker_review() -> list[dict[str, str]]:
    return read_tsv(RECONCILE / "speaker_review.tsv")


def read_split(path: Path | None = None) -> dict[str, str]:
    path = path or GOLD / "split.tsv"
    rows = path.read_text(encoding="utf-8").splitlines()
    assert rows[0].split("\t") == ["article_id", "split"], f"{path}: bad header {rows[0]!r}"
    return {a: s for a, s in (r.split("\t") for r in rows[1:] if r.strip())}


def read_batches(gold: Path | None = None) -> dict[str, list[dict]]:
    gold = gold or GOLD
    return {b: [json.loads(l) for l in (gold / f"claims_{b}.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
            for b in BATCHES}


def write_batch(batch: str, records: list[dict], gold: Path | None = None) -> None:
    gold = gold or GOLD
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    (gold / f"claims_{batch}.jsonl").write_text(text, encoding="utf-8")


@dataclass
class Corpus:
    texts: dict[str, str]
    sites: dict[str, str]
    dev_ids: set[str]


@functools.lru_cache(maxsize=1)
def load_corpus() -> Corpus:
    from helpers.load import load_default

    arts = load_default().articles
    dev = set(paths.DEV_IDS_FILE.read_text(encoding="utf-8").split())
    return Corpus(dict(zip(arts["id"], arts["text"])), dict(zip(arts["id"], arts["site"])), dev)


# --------------------------------------------------------------------------- checks

@dataclass(frozen=True)
class Problem:
    where: str
    check: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}  [{self.check}] {self.message}"


def check_record(r: dict, corpus: Corpus, split: dict[str, str], where: str = "") -> list[Problem]:
    """Fields, values and offsets of one record."""
    P = lambda check, msg: Problem(where, check, msg)  # noqa: E731
    out: list[Problem] = []
    for f, types in FIELDS.items():
        if f not in r:
            out.append(P("field", f"missing field {f!r}"))
        elif not isinstance(r[f], types) or isinstance(r[f], bool):
            out.append(P("field", f"{f}={r[f]!r} is not {'/'.join(t.__name__ for t in types)}"))
    for f, types in OPTIONAL.items():
        if f in r and not isinstance(r[f], types):
            out.append(P("field", f"{f}={r[f]!r} is not a string"))
    extra = set(r) - set(FIELDS) - set(OPTIONAL)
    if extra:
        out.append(P("field", f"unknown fields {sorted(extra)}"))
    if out:
        return out
    if r["kind"] not in KINDS:
        out.append(P("value", f"kind {r['kind']!r} not in {KINDS}"))
    if r["tier"] not in TIERS:
        out.append(P("value", f"tier {r['tier']!r} not in {TIERS}"))
    if r["source_type"] not in SOURCE_TYPES:
        out.append(P("value", f"source_type {r['source_type']!r} not in {SOURCE_TYPES}"))
    aid = r["article_id"]
    if aid != paths.SEED_ID and aid not in corpus.dev_ids:
        out.append(P("article", f"{aid} is neither a dev article (data/dev_ids.txt) nor the seed"))
    if aid not in split:
        out.append(P("article", f"{aid} is not listed in split.tsv"))
    text = corpus.texts.get(aid)
    if text is None:
        out.append(P("article", f"{aid} is not in load_default()"))
        return out
    if not r["content"] or r["content"] != r["content"].strip():
        out.append(P("content", f"content is empty or has surrounding whitespace: {r['content'][:20]!r}"))
    if not (0 <= r["start"] < r["end"] <= len(text)):
        out.append(P("offset", f"start/end {r['start']}/{r['end']} out of range (len {len(text)})"))
    elif text[r["start"]:r["end"]] != r["content"]:
        out.append(P("offset", f"text[{r['start']}:{r['end']}]={text[r['start']:r['end']][:30]!r} != content {r['content'][:30]!r}"))
    cs = r["cue_start"]
    if not r["cue"] or text[cs:cs + len(r["cue"])] != r["cue"] or cs < 0:
        out.append(P("offset", f"cue {r['cue']!r} not at {cs}: {text[max(cs, 0):max(cs, 0) + len(r['cue'])]!r}"))
    ss, surf = r["speaker_surface_start"], r["speaker_surface"]
    if ss is None:
        if surf != "":
            out.append(P("offset", f"speaker_surface {surf!r} with speaker_surface_start null"))
    elif surf == "" or ss < 0 or text[ss:ss + len(surf)] != surf:
        out.append(P("offset", f"speaker_surface {surf!r} not at {ss}: {text[max(ss, 0):max(ss, 0) + len(surf)]!r}"))
    if not r["speaker"].strip():
        out.append(P("speaker", "empty speaker"))
    return out


def check_conventions(r: dict, corpus: Corpus, where: str = "") -> list[Problem]:
    """The reconciliation conventions (README 'Reconciliation') on one record."""
    out: list[Problem] = []
    sp = r["speaker"]
    if fold_letters(sp) != sp:
        out.append(Problem(where, "speaker", f"speaker {sp!r} uses Arabic ي/ك/ى"))
    if sp != sp.strip() or "  " in sp or f"{ZWNJ} " in sp or f" {ZWNJ}" in sp or ZWNJ * 2 in sp:
        out.append(Problem(where, "speaker", f"speaker {sp!r} has stray spaces/ZWNJ"))
    if re.search(r"\S (ها|های|هایی)(?=\s|$)", sp):
        out.append(Problem(where, "speaker", f"speaker {sp!r} writes the plural suffix as a separate word"))
    if r["source_type"] == "person":
        for t in titles().get("honorific", []):
            if sp == t or sp.startswith(t + " ") or sp.startswith(t + ZWNJ):
                out.append(Problem(where, "speaker", f"person speaker {sp!r} starts with the honorific {t!r}"))
    fam = frame_family(r["cue"])
    if fam and r["tier"] != "extended":
        out.append(Problem(where, "tier", f"{fam} frame {r['cue']!r} must be tier extended"))
    text = corpus.texts.get(r["article_id"], "")
    ss = r["speaker_surface_start"]
    if ss is not None and text:
        missing = title_before(text, ss, r["speaker_surface"])
        if missing:
            out.append(Problem(where, "surface", f"{missing!r} written before {r['speaker_surface']!r} belongs to speaker_surface"))
    return out


def title_before(text: str, ss: int, surface: str) -> str:
    """The title/classifier text written directly before a speaker mention and not in it ('' if none).

    * honorifics (titles.tsv, family honorific): any run of them right before the mention;
    * classifiers: when the mention is a name in quote marks («…» or "…"), a classifier head
      plus up to two modifier words before the opening mark («روزنامه «هاآرتص»»).
    """
    before = text[:ss]
    line = before[before.rfind("\n") + 1:]
    hon = "|".join(sorted(map(re.escape, titles().get("honorific", [])), key=len, reverse=True))
    m = re.search(rf"(?:(?<=\s)|(?<=^)|(?<=[،:«\"]))((?:(?:{hon})\s+)+)$", line)
    if m:
        return m.group(1)
    after = text[ss + len(surface):ss + len(surface) + 1]
    if line.endswith(("«", '"')) and after in ("»", '"'):
        cls = "|".join(map(re.escape, titles().get("classifier", [])))
        m = re.search(rf"(?:(?<=\s)|(?<=^))((?:{cls})(?:\s+[^\s«»\"،.:؛]+){{0,2}}\s*[«\"])$", line)
        if m:
            return m.group(1)
    return ""


def coordinated_with(records: list[dict], corpus: Corpus) -> dict[int, int]:
    """Record index -> index of the record whose subject it shares by verb coordination.

    A cue is coordinated when, on the same line, it directly follows «و» (optionally «و همچنین»/«و نیز»)
    and an earlier record of the same article and speaker has its cue earlier on that line.
    """
    out: dict[int, int] = {}
    by_art = collections.defaultdict(list)
    for i, r in enumerate(records):
        by_art[r["article_id"]].append(i)
    for aid, idx in by_art.items():
        text = corpus.texts.get(aid, "")
        for i in idx:
            r = records[i]
            cs = r["cue_start"]
            ls = text.rfind("\n", 0, cs) + 1
            if not re.search(r"(?:^|\s)و\s+(?:همچنین\s+|نیز\s+)?$", text[ls:cs]):
                continue
            prev = [j for j in idx if j != i and records[j]["speaker"] == r["speaker"]
                    and ls <= records[j]["cue_start"] < cs]
            if prev:
                out[i] = max(prev, key=lambda j: records[j]["cue_start"])
    return out


def speaker_variants(names: set[str]) -> list[tuple[str, str, str]]:
    """Pairs (a, b, why) of canonical speakers that look like spellings of one name."""
    out = []
    for a, b in itertools.combinations(sorted(names), 2):
        if name_key(a) == name_key(b):
            out.append((a, b, "same fold/ZWNJ/space-insensitive key"))
        elif surname_keys(a) & surname_keys(b):
            out.append((a, b, f"shared surname token {sorted(surname_keys(a) & surname_keys(b))}"))
    return out


def validate(batches: dict[str, list[dict]] | None = None, split: dict[str, str] | None = None,
             corpus: Corpus | None = None) -> list[Problem]:
    batches = read_batches() if batches is None else batches
    split = read_split() if split is None else split
    corpus = corpus or load_corpus()
    out: list[Problem] = []
    for a, s in split.items():
        if s not in SPLITS:
            out.append(Problem("split.tsv", "split", f"{a}: split {s!r} not in {SPLITS}"))
    if split.get(paths.SEED_ID) != "seed":
        out.append(Problem("split.tsv", "split", f"seed {paths.SEED_ID} missing or not split 'seed'"))
    seen: dict[tuple, str] = {}
    article_batch: dict[str, set[str]] = collections.defaultdict(set)
    persons: set[str] = set()
    for b, recs in batches.items():
        for i, r in enumerate(recs, 1):
            where = f"claims_{b}.jsonl:{i}"
            probs = check_record(r, corpus, split, where)
            out += probs
            if any(p.check == "field" for p in probs):
                continue
            out += check_conventions(r, corpus, where)
            key = (r["article_id"], r["start"], r["end"], r["cue_start"])
            if key in seen:
                out.append(Problem(where, "duplicate", f"same article/span/cue as {seen[key]}"))
            seen[key] = where
            article_batch[r["article_id"]].add(b)
            if r["source_type"] == "person":
                persons.add(r["speaker"])
        ok = [r for r in recs if not set(FIELDS) - set(r)]
        for i, j in coordinated_with(ok, corpus).items():
            if ok[i]["speaker_surface"] != ok[j]["speaker_surface"] or ok[i]["speaker_surface_start"] != ok[j]["speaker_surface_start"]:
                out.append(Problem(f"claims_{b}.jsonl:{recs.index(ok[i]) + 1}", "surface",
                                   f"coordinated cue {ok[i]['cue']!r} should share the subject mention "
                                   f"{ok[j]['speaker_surface']!r}@{ok[j]['speaker_surface_start']}"))
    for a, bs in article_batch.items():
        if len(bs) > 1:
            out.append(Problem("set", "batch", f"{a} is annotated in several batches {sorted(bs)}"))
    for a in split:
        if a not in article_batch:
            out.append(Problem("set", "coverage", f"split.tsv article {a} has no records"))
    reviewed = {frozenset((r["variant"], r["canonical"])) for r in speaker_review() if r["decision"] == "distinct"}
    for a, b, why in speaker_variants(persons):
        if frozenset((a, b)) not in reviewed:
            out.append(Problem("set", "variant", f"possible spelling variants {a!r} / {b!r} ({why}): merge or list as distinct in reconcile/speaker_review.tsv"))
    n_rec = sum(len(v) for v in batches.values())
    arts = set(article_batch)
    sites = {corpus.sites.get(a) for a in arts}
    if len(arts) < MIN_ARTICLES:
        out.append(Problem("set", "size", f"{len(arts)} articles < {MIN_ARTICLES}"))
    if n_rec < MIN_RECORDS:
        out.append(Problem("set", "size", f"{n_rec} records < {MIN_RECORDS}"))
    for s in SITES:
        if s not in sites:
            out.append(Problem("set", "sites", f"no article from {s}"))
    if paths.SEED_ID not in arts:
        out.append(Problem("set", "seed", "the seed article has no records"))
    return out


# --------------------------------------------------------------------------- stats

def _table(rows: list[str], cols: list[str], counts: dict[tuple[str, str], int], corner: str) -> str:
    head = f"| {corner} | " + " | ".join(cols) + " | total |"
    sep = "|---|" + "---:|" * (len(cols) + 1)
    lines = [head, sep]
    for r in rows:
        vals = [counts.get((r, c), 0) for c in cols]
        lines.append(f"| {r} | " + " | ".join(map(str, vals)) + f" | {sum(vals)} |")
    tot = [sum(counts.get((r, c), 0) for r in rows) for c in cols]
    lines.append("| **total** | " + " | ".join(map(str, tot)) + f" | {sum(tot)} |")
    return "\n".join(lines)


def stats(batches: dict[str, list[dict]] | None = None, split: dict[str, str] | None = None,
          corpus: Corpus | None = None) -> str:
    batches = read_batches() if batches is None else batches
    split = read_split() if split is None else split
    corpus = corpus or load_corpus()
    recs = [(b, r) for b, rs in batches.items() for r in rs]
    arts = sorted({r["article_id"] for _, r in recs})
    site_split = collections.Counter((corpus.sites[a], split[a]) for a in arts)
    sites = sorted({corpus.sites[a] for a in arts}, key=lambda s: (s == "seed", s))
    parts = [f"**{len(arts)} articles, {len(recs)} records** in {len(batches)} batch files "
             f"({', '.join(f'{b}: {len(v)}' for b, v in batches.items())}).", "",
             "Articles per site and split:", "", _table(sites, list(SPLITS), site_split, "site"), ""]
    by = lambda f: collections.Counter((r[f], split[r["article_id"]]) for _, r in recs)  # noqa: E731
    parts += ["Records by kind and split:", "", _table(list(KINDS), list(SPLITS), by("kind"), "kind"), ""]
    parts += ["Records by tier and split:", "", _table(list(TIERS), list(SPLITS), by("tier"), "tier"), ""]
    parts += ["Records by source_type and split:", "", _table(list(SOURCE_TYPES), list(SPLITS), by("source_type"), "source_type"), ""]
    kt = collections.Counter((r["kind"], r["tier"]) for _, r in recs)
    parts += ["Records by kind and tier:", "", _table(list(KINDS), list(TIERS), kt, "kind"), ""]
    bs = collections.Counter((b, split[r["article_id"]]) for b, r in recs)
    ba = {b: len({r["article_id"] for r in v}) for b, v in batches.items()}
    parts += ["Records per batch file and split (articles per batch: "
              + ", ".join(f"{b} {n}" for b, n in ba.items()) + "):", "",
              _table(list(batches), list(SPLITS), bs, "batch"), ""]
    nspk = len({r["speaker"] for _, r in recs})
    multi = sum(1 for _, r in recs if "\n" in r["content"])
    nul = sum(1 for _, r in recs if r["speaker_surface_start"] is None)
    parts += [f"- distinct canonical speakers: {nspk}",
              f"- records whose content crosses a newline (continuation rule, decimals split by the sentence splitter): {multi}",
              f"- pro-drop records (`speaker_surface` \"\"): {nul}"]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stats", action="store_true", help="print Markdown statistics tables")
    args = ap.parse_args(argv)
    problems = validate()
    for p in problems:
        print(p, file=sys.stderr)
    n = sum(len(v) for v in read_batches().values())
    print(f"validate_gold: {n} records, {len(problems)} problem(s)", file=sys.stderr)
    if args.stats:
        print(stats())
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
