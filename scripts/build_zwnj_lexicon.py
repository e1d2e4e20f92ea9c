"""Rebuild the ZWNJ restoration lexicons in src/helpers/lexicons/ from allowed sources only.

Sources (nothing else is read):
  * hazm 0.12.1's shipped word list (hazm/data/words.dat: word, corpus count, POS) and
    its verb conjugations (hazm.Lemmatizer, built from hazm/data/verbs.dat);
  * the *lexicon part* of the dev split (data/dev_ids.txt).  The dev articles are split
    deterministically by sha1(id): odd -> "lexicon" (used here), even -> "benchmark"
    (scored by benchmarks/zwnj_benchmark.py, never read here).  The split is written to
    lexicons/normalize_dev_split.tsv.

Outputs:
  zwnj_lexicon.tsv  fused spelling -> ZWNJ spelling, for the words our rules
                    (zwnj_suffixes.tsv, zwnj_heads.tsv, hazm's verbs) do not already get
                    right, plus compounds the dev corpus joins when written with a space.
  zwnj_keep.tsv     fused words that dev articles which use ZWNJ consistently write
                    without ZWNJ (twice or more, more often than with ZWNJ) and that the
                    rules would otherwise split.
  zwnj_heads.tsv    productive compound parts: second elements (آمیز، بخش، کننده…) and
                    first elements (بی، هم…) that combine with many words in the sources.

Run: .venv/bin/python scripts/build_zwnj_lexicon.py
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from helpers import normalize as N  # noqa: E402
from helpers.load import load_default  # noqa: E402

LEX = N.LEXICONS
ZWNJ = N.ZWNJ
HEAD_MIN_PARTNERS = 12  # a compound part must combine with this many distinct known words


def dev_split() -> dict[str, str]:
    ids = [l.strip() for l in open(ROOT / "data" / "dev_ids.txt", encoding="utf-8") if l.strip()]
    return {i: ("lexicon" if int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2 else "benchmark")
            for i in ids}


def hazm_words() -> list[tuple[str, int, str]]:
    from hazm.utils import default_words

    out = []
    with open(default_words, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) == 3:
                out.append((p[0], int(p[1]), p[2]))
    return out


def write_tsv(name: str, header_comment: str, columns: list[str], rows: list[list]) -> None:
    with open(LEX / name, "w", encoding="utf-8") as f:
        for line in header_comment.strip("\n").split("\n"):
            f.write(f"# {line}\n" if line else "#\n")
        f.write("\t".join(columns) + "\n")
        for r in rows:
            f.write("\t".join(str(v) for v in r) + "\n")


def build(train_ids: set[str]) -> dict:
    """Build every lexicon table from the dev articles ``train_ids`` (and hazm's lists).

    Returns ``{"lexicon": rows, "keep": rows, "heads": rows, "header": str, "summary": str,
    "n_articles": int}``; :func:`main` writes them, the cross-fitting in
    benchmarks/zwnj_benchmark.py builds in memory from either half of the dev split.
    """
    arts = load_default().articles
    arts = arts[arts.id.isin(train_ids)]
    assert len(arts) == len(train_ids), "every training dev id must be in the default data"

    zw = Counter()        # ZWNJ spellings, all lexicon-part articles
    fused = Counter()     # ZWNJ-free words, lexicon-part articles that use ZWNJ consistently
    spaced = Counter()    # "a b" pairs (key a+b), all lexicon-part articles
    n_cons = 0
    for text in arts.text:
        t = N.normalize(text, N.FOLD_STEPS).text
        cons = N.uses_zwnj_consistently(t)
        n_cons += cons
        words = [(m.start(), m.end(), m.group()) for m in N._FA_WORD.finditer(t)]
        for s, e, w in words:
            if ZWNJ in w:
                zw[N._visible_zwnj(w)] += 1
            elif cons:
                fused[w] += 1
        for (s1, e1, a), (s2, e2, b) in zip(words, words[1:]):
            if s2 == e1 + 1 and t[e1] == " ":
                spaced[(a + b).replace(ZWNJ, "")] += 1

    hw = hazm_words()
    known = {w for w, c, _ in hw if c > 0 and ZWNJ not in w}
    known |= {f for f in N._verb_forms() if ZWNJ not in f and " " not in f}
    hazm_zw = Counter()
    for w, c, _ in hw:
        if ZWNJ in w:
            v = N._visible_zwnj(w)
            hazm_zw[v] = max(hazm_zw[v], c + 1)  # +1: listed at all is evidence

    # candidate spellings per fused key
    by_key: dict[str, Counter] = defaultdict(Counter)
    for form, c in hazm_zw.items():
        by_key[form.replace(ZWNJ, "")][form] += 0
    for form, c in zw.items():
        by_key[form.replace(ZWNJ, "")][form] += c

    # ---- heads: parts that combine with many known words
    right = defaultdict(set)
    left = defaultdict(set)
    suffixes = {r[0] for r in N._read_tsv("zwnj_suffixes.tsv")}
    for key, forms in by_key.items():
        for form in forms:
            if form.count(ZWNJ) != 1:
                continue
            a, b = form.split(ZWNJ)
            if a in known and b in known and b not in suffixes and a not in ("می", "نمی"):
                right[b].add(a)
                left[a].add(b)
    heads = [[b, "right", len(p), 0, "second element of compounds in hazm words.dat + dev"]
             for b, p in right.items() if len(p) >= HEAD_MIN_PARTNERS and len(b) >= 3]
    heads += [[a, "left", len(p), 0, "first element of compounds in hazm words.dat + dev"]
              for a, p in left.items() if len(p) >= HEAD_MIN_PARTNERS and len(a) >= 3]
    # drop heads that split a word the ZWNJ-consistent lexicon-part articles write fused
    probe = N.ZwnjRestorer(lexicon=[], keep=[], heads=heads)
    blame = Counter()
    for w, c in fused.items():
        r = probe.restore(w)
        if r == w:
            continue
        for i, part in enumerate(r.split(ZWNJ)[1:], 1):
            a = "".join(r.split(ZWNJ)[:i])
            if part in probe.right_heads:
                blame[(part, "right")] += c
            if a in probe.left_heads:
                blame[(a, "left")] += c
    for h in heads:
        h[3] = blame[(h[0], h[1])]
    heads = [h for h in heads if h[3] == 0]
    heads.sort(key=lambda r: (r[1], -r[2], r[0]))

    # ---- full lexicon candidates
    cand = {}
    for key, forms in by_key.items():
        if key == "" or key in suffixes or all(f == key for f in forms):
            continue
        best = max((f for f in forms if f != key),
                   key=lambda f: (forms[f], hazm_zw.get(f, 0), f))
        dev_z = sum(c for f, c in forms.items() if f != key)
        if key in known:
            if dev_z <= fused[key]:
                continue
        elif dev_z < fused[key]:
            continue
        src = "dev" if dev_z else "hazm"
        join_spaced = best.count(ZWNJ) == 1 and dev_z > spaced[key] and dev_z >= 2
        cand[key] = (best, join_spaced, src, dev_z)

    lex_rows = [[k, v[0], "join_spaced" if v[1] else "-"] for k, v in cand.items()]
    full = N.ZwnjRestorer(lexicon=lex_rows, keep=[], heads=heads)

    # ---- keep list: fused words consistent dev articles write fused, which rules would split
    keep = []
    for w, c in sorted(fused.items()):
        if c < 2 or w in cand:
            continue
        dev_z = sum(n for f, n in by_key.get(w, {}).items() if f != w)
        if c > dev_z and full.restore(w) != w:
            keep.append([w, c, dev_z, "written fused in ZWNJ-consistent dev articles"])

    # ---- prune the lexicon: drop what the rules already produce
    bare = N.ZwnjRestorer(lexicon=[], keep=[r[0] for r in keep], heads=heads)
    rows = []
    n_redundant = 0
    for key, (best, js, src, dev_z) in sorted(cand.items()):
        if bare.restore(key) == best and not js:
            n_redundant += 1
            continue
        fam = "verb" if key.startswith(("می", "نمی")) and key in full.verbs else (
            "compound" if best.count(ZWNJ) == 1 else "multi")
        rows.append([key, best, "join_spaced" if js else "-", src, dev_z, fam])

    header = f"""ZWNJ lexicon: spelling without ZWNJ -> spelling with ZWNJ.
Built by scripts/build_zwnj_lexicon.py from hazm 0.12.1 words.dat ZWNJ entries and the
{len(arts)} 'lexicon' dev articles (normalize_dev_split.tsv; {n_cons} of them use ZWNJ
consistently).  An entry is kept when the dev articles write it with ZWNJ at least as often
as without (for words hazm lists as fused words with a count > 0: strictly more often), and
when the suffix/head/verb rules would not already produce it ({n_redundant} such dropped).
ZWNJ after non-joining letters is dropped (invisible; the dev corpus mostly omits it).
spaced: join_spaced = "a b" is joined to "a‌b" (dev writes it with ZWNJ at least twice and
more often than with a space).  source: hazm | dev.  dev_zwnj: times written with ZWNJ in dev.
family: compound (one ZWNJ) | multi (several) | verb (hazm conjugation hazm's rules miss)."""
    summary = (f"lexicon articles: {len(arts)} ({n_cons} ZWNJ-consistent); "
               f"candidates {len(cand)}, lexicon {len(rows)} (dropped {n_redundant} rule-covered), "
               f"keep {len(keep)}, heads {len(heads)}")
    return {"lexicon": rows, "keep": keep, "heads": heads, "header": header,
            "summary": summary, "n_articles": len(arts)}


def restorer_from(built: dict) -> "N.ZwnjRestorer":
    """A restorer on in-memory tables from :func:`build`."""
    return N.ZwnjRestorer(lexicon=built["lexicon"], keep=[r[0] for r in built["keep"]],
                          heads=built["heads"])


def main() -> None:
    split = dev_split()
    write_tsv("normalize_dev_split.tsv",
              "Dev articles split for the ZWNJ restorer: 'lexicon' articles build the\n"
              "lexicons (scripts/build_zwnj_lexicon.py), 'benchmark' articles are only scored\n"
              "(benchmarks/zwnj_benchmark.py).  Rule: sha1(id) odd -> lexicon, even -> benchmark.",
              ["id", "part"], [[i, p] for i, p in sorted(split.items())])
    built = build({i for i, p in split.items() if p == "lexicon"})
    write_tsv("zwnj_lexicon.tsv", built["header"],
              ["fused", "zwnj", "spaced", "source", "dev_zwnj", "family"], built["lexicon"])
    write_tsv("zwnj_keep.tsv",
              "Fused words kept as written: the ZWNJ-consistent 'lexicon' dev articles write\n"
              "them without ZWNJ at least twice and more often than with it, while the rules would\n"
              "split them.  Built by scripts/build_zwnj_lexicon.py.",
              ["word", "dev_fused", "dev_zwnj", "note"], built["keep"])
    write_tsv("zwnj_heads.tsv",
              f"Productive compound parts: 'right' = second element, 'left' = first element,\n"
              f"each combining with >= {HEAD_MIN_PARTNERS} distinct known words in hazm words.dat\n"
              f"ZWNJ entries and the 'lexicon' dev articles.  A word the rules do not know that\n"
              f"splits into known word + right head (or left head + known word) gets a ZWNJ.\n"
              f"Heads that would split a word the ZWNJ-consistent lexicon-part articles write\n"
              f"fused are dropped (dev_fused_splits is 0 for every kept head); first elements\n"
              f"need 3+ letters.  Built by scripts/build_zwnj_lexicon.py.",
              ["part", "side", "partners", "dev_fused_splits", "note"], built["heads"])
    print(built["summary"])


if __name__ == "__main__":
    main()
