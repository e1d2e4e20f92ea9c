"""Rebuild the ZWNJ restoration lexicons in src/helpers/lexicons/ from allowed sources only.

Sources (nothing else is read):
  * hazm 0.12.1's shipped word list (hazm/data/words.dat: word, corpus count, POS) and
    its verb conjugations (hazm.Lemmatizer, built from hazm/data/verbs.dat);
  * the *lexicon part* of the dev split (data/dev_ids.txt).  The dev articles are split
    deterministically by sha1(id): odd -> "lexicon" (used here), even -> "benchmark"
    (scored by benchmarks/zwnj_benchmark.py, never read here).  The split is written to
    lexicons/normalize_dev_split.tsv.

Outputs:
  zwnj_lexicon.tsv  fused spelling -> ZWNJ spelling: words the dev articles write with
                    ZWNJ more often than fused; hazm ZWNJ entries the dev articles never
                    write, in classes of compound the dev writers join with ZWNJ (see
                    zwnj_classes.tsv); «Xهای» words the dev articles resolve as X‌های or
                    Xه‌ای; and which spaced pairs are joined.
  zwnj_keep.tsv     fused words that dev articles which use ZWNJ write without ZWNJ at
                    least as often as with it and that the rules would otherwise split.
  zwnj_heads.tsv    productive compound parts (second elements آمیز، کننده…, first
                    elements) that the dev articles join with ZWNJ, and which second
                    elements also join a spaced word in a text that writes ZWNJ as a space.
  zwnj_spaced.tsv   spaced pairs with such a head that dev writers write spaced: left apart.
  zwnj_classes.tsv  per class of hazm compound, how often dev writers use ZWNJ (the gate
                    for hazm-only lexicon entries).

Every threshold is in :data:`DEFAULTS`, chosen by 2-fold cross-fitting on the dev split
(``benchmarks/zwnj_benchmark.py --crossfit``: build from one half, score the other).
:func:`build` builds in memory from any set of dev ids.

Run: .venv/bin/python scripts/build_zwnj_lexicon.py
"""

from __future__ import annotations

import functools
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


#: second elements that are inflection, not compounding (see zwnj_suffixes.tsv)
AFFIXES = {"ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "تر",
           "ترین", "تری", "ای", "اند", "ام", "ایم", "اید", "ات", "اش", "است", "ی", "یی"}

PLURALS = {"ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان"}

#: Build settings (chosen by 2-fold cross-fitting on the dev split, see benchmarks/README.md).
DEFAULTS = {
    # articles whose ZWNJ-free words count as "written fused" evidence: those with at least
    # this many ZWNJ (a writer who never uses ZWNJ says nothing about where it belongs)
    "fused_min_zwnj": 1,
    # hazm ZWNJ entries with no dev evidence either way go into the lexicon when the dev
    # articles write hazm compounds of the same class (compound_class) with ZWNJ at least
    # this often (0: every such entry; > 1: none)
    "hazm_class_min": 0.85,
    # a dev-evidence entry needs dev_zwnj > fused_weight * dev_fused (or a tie that hazm's
    # ZWNJ entry breaks)
    "fused_weight": 1.0,
    "hazm_breaks_ties": True,
    # productive compound heads (zwnj_heads.tsv): at least head_min_types dev-attested
    # words made with the head, head_min_rate of them written with ZWNJ
    "heads": True,
    "head_min_types": 1,
    # a compound part must combine with this many distinct known words
    "head_min_partners": 3,
    "head_min_rate": 0.9,
    # keep list: fused at least this often (and more often than with ZWNJ)
    "keep_min": 1,
    # "a b" -> "a‌b" when dev writes it with ZWNJ >= spaced_min times and
    # > spaced_weight x with a space (in articles that use ZWNJ)
    "spaced_min": 2,
    "spaced_weight": 3.0,
    # which articles' spaces count against joining: those with >= this many ZWNJ (1, 5,
    # 20) or "cons" (the ZWNJ-consistent ones)
    "spaced_level": 1,
    # in a text that writes ZWNJ as a space (ZwnjRestorer.spaced_style): "a b" -> "a‌b" when
    # dev writes it with ZWNJ >= style_min times and > style_weight x with a space
    "style_min": 1,
    "style_weight": 0.5,
    # ... and hazm-only lexicon entries (one ZWNJ) that dev never writes spaced
    "spaced_hazm": True,
    # a right head joins a spaced known word («مقاوم سازی») when dev writers write it with
    # ZWNJ at least this often (share of ZWNJ vs space; > 1: never)
    "spaced_head_rate": 0.5,
}


def evidence(texts) -> dict:
    """Spelling counts in folded dev texts: ``zw`` ZWNJ spellings (all articles), ``fused``
    ZWNJ-free words and ``spaced`` "a b" pairs (key a+b) in articles that use ZWNJ, per
    article-usage threshold, plus ``n_cons``."""
    zw = Counter()
    fused = defaultdict(Counter)   # min zwnj threshold -> Counter ("cons": consistent articles)
    spaced = defaultdict(Counter)
    pairs = defaultdict(Counter)   # (a, b) written "a b", per threshold
    tokens = Counter()             # every word, ZWNJ removed, all articles
    n_cons = 0
    for t in texts:
        u = N.zwnj_usage(t)
        cons = u["zwnj"] >= 5 and u["fused"] == 0 and u["spaced"] == 0
        n_cons += cons
        levels = [k for k in (1, 5, 20) if u["zwnj"] >= k] + (["cons"] if cons else [])
        words = [(m.start(), m.end(), m.group()) for m in N._FA_WORD.finditer(t)]
        for s, e, w in words:
            tokens[w.replace(ZWNJ, "")] += 1
            if ZWNJ in w:
                zw[N._visible_zwnj(w)] += 1
            else:
                for k in levels:
                    fused[k][w] += 1
        for (s1, e1, a), (s2, e2, b) in zip(words, words[1:]):
            if s2 == e1 + 1 and t[e1] == " ":
                for k in levels:
                    spaced[k][(a + b).replace(ZWNJ, "")] += 1
                    pairs[k][(a, b)] += 1
    return {"zw": zw, "fused": fused, "spaced": spaced, "pairs": pairs, "tokens": tokens,
            "n_cons": n_cons}


@functools.cache
def _evidence_for(train_ids: frozenset[str]) -> dict:
    arts = load_default().articles
    arts = arts[arts.id.isin(train_ids)]
    assert len(arts) == len(train_ids), "every training dev id must be in the default data"
    ev = evidence(N.normalize(text, N.FOLD_STEPS).text for text in arts.text)
    ev["n_articles"] = len(arts)
    return ev


def compound_class(form: str, hazm_fused: set[str]) -> str:
    """The class of a hazm ZWNJ spelling for the hazm-only gate: 'affix' (plural,
    comparative, clitic, verbal prefix: the rules' business), 'multi' (several ZWNJ), else
    '<end of first part>+<start of second part>' with end in ه / ی / other and start in
    ا (ا or آ) / other, and ' fused-listed' when hazm's word list also has the fused
    spelling (even with count 0): «بهره‌برداری» is 'ه+other', «دانش‌آموز» 'other+ا',
    «دست‌گیری» 'other+other fused-listed'."""
    if form.count(ZWNJ) != 1:
        return "multi"
    a, b = form.split(ZWNJ)
    if a in ("می", "نمی") or b in AFFIXES:
        return "affix"
    end = "ه" if a.endswith("ه") else "ی" if a.endswith("ی") else "other"
    start = "ا" if b[:1] in ("ا", "آ") else "other"
    listed = " fused-listed" if a + b in hazm_fused else ""
    return f"{end}+{start}{listed}"


def build(train_ids: set[str], **opts) -> dict:
    """Build every lexicon table from the dev articles ``train_ids`` (and hazm's lists).

    ``opts`` override :data:`DEFAULTS`.  Returns ``{"lexicon": rows, "keep": rows,
    "heads": rows, "header": str, "summary": str, "n_articles": int}``; :func:`main` writes
    them, the cross-fitting in benchmarks/zwnj_benchmark.py builds in memory from either
    half of the dev split.
    """
    o = {**DEFAULTS, **opts}
    unknown = set(opts) - set(DEFAULTS)
    if unknown:
        raise ValueError(f"unknown build options {sorted(unknown)}")
    ev = _evidence_for(frozenset(train_ids))
    zw, n_cons, n_arts = ev["zw"], ev["n_cons"], ev["n_articles"]
    level = o["fused_min_zwnj"]
    fused, spaced = ev["fused"][level], ev["spaced"][o["spaced_level"]]

    hw = hazm_words()
    known = {w for w, c, _ in hw if c > 0 and ZWNJ not in w}
    hazm_fused = {w for w, c, _ in hw if ZWNJ not in w}
    known |= {f for f in N._verb_forms() if ZWNJ not in f and " " not in f}
    hazm_zw = Counter()
    for w, c, _ in hw:
        if ZWNJ in w:
            v = N._visible_zwnj(w)
            hazm_zw[v] = max(hazm_zw[v], c + 1)  # +1: listed at all is evidence

    # candidate spellings per fused key
    by_key: dict[str, Counter] = defaultdict(Counter)
    for form, c in hazm_zw.items():
        if form.startswith(ZWNJ) or form.endswith(ZWNJ) or ZWNJ + ZWNJ in form:
            continue  # a ZWNJ at a word edge (hazm's «بروبچه‌») is not a spelling
        by_key[form.replace(ZWNJ, "")][form] += 0
    for form, c in zw.items():
        by_key[form.replace(ZWNJ, "")][form] += c
    suffixes = {r[0] for r in N._read_tsv("zwnj_suffixes.tsv")}

    # ---- how often dev writers use ZWNJ in each class of hazm compound (compound_class)
    class_n: Counter = Counter()
    class_z: Counter = Counter()
    for key, forms in by_key.items():
        hz = [f for f in forms if f in hazm_zw]
        nz = sum(c for f, c in forms.items() if f != key)
        if not hz or nz + fused[key] == 0:
            continue
        cls = compound_class(hz[0], hazm_fused)
        class_n[cls] += 1
        class_z[cls] += nz > fused[key]
    class_rate = {c: class_z[c] / n for c, n in class_n.items()}
    class_rows = [[c, class_n[c], class_z[c], f"{class_rate[c]:.3f}"] for c in sorted(class_n)]

    # ---- heads: parts that combine with many known words, and that dev writers join
    # with ZWNJ: of the words made with the head that dev articles write at all, at
    # least head_min_rate (by type) are written with ZWNJ more often than fused
    heads = []
    if o["heads"]:
        right = defaultdict(set)
        left = defaultdict(set)
        for key, forms in by_key.items():
            for form in forms:
                if form.count(ZWNJ) != 1:
                    continue
                a, b = form.split(ZWNJ)
                if a in known and b in known and b not in suffixes and a not in ("می", "نمی"):
                    right[b].add(a)
                    left[a].add(b)
        heads = [[b, "right", len(p), 0, 0, "second element of compounds in hazm words.dat + dev"]
                 for b, p in right.items() if len(p) >= o["head_min_partners"] and len(b) >= 3]
        heads += [[a, "left", len(p), 0, 0, "first element of compounds in hazm words.dat + dev"]
                  for a, p in left.items() if len(p) >= o["head_min_partners"] and len(a) >= 3]
        probe = N.ZwnjRestorer(lexicon=[], keep=[], heads=[h[:2] for h in heads], apart=[])
        zt, ft = Counter(), Counter()
        for key in set(fused) | {k for k, forms in by_key.items() if any(forms.values())}:
            nz = sum(c for f, c in by_key.get(key, {}).items() if f != key)
            nf = fused[key]
            if nz + nf == 0:
                continue
            for i in range(2, len(key) - 1):
                a, b = key[:i], key[i:]
                if not N.joins(a[-1]):
                    continue
                tally = zt if nz > nf else ft
                if b in probe.right_heads and a in known and len(a) >= 3:
                    tally[(b, "right")] += 1
                if a in probe.left_heads and b in known and len(b) >= 3:
                    tally[(a, "left")] += 1
        for h in heads:
            h[3], h[4] = zt[(h[0], h[1])], ft[(h[0], h[1])]
        heads = [h for h in heads if h[3] + h[4] >= o["head_min_types"]
                 and h[3] >= o["head_min_rate"] * (h[3] + h[4])]
        heads.sort(key=lambda r: (r[1], -r[2], r[0]))

    # ---- spaced heads: «مقاوم سازی» -> «مقاوم‌سازی» when dev writers join the head with
    # ZWNJ (to a known word) at least spaced_head_rate of the time they write it after one
    pairs = ev["pairs"][o["spaced_level"]]
    head_z, head_s = Counter(), Counter()
    for form, c in zw.items():
        if form.count(ZWNJ) == 1:
            a, b = form.split(ZWNJ)
            if a in known:
                head_z[b] += c
    for (a, b), c in pairs.items():
        if ZWNJ not in a + b and a in known:
            head_s[b] += c
    for h in heads:
        z, sp = head_z[h[0]], head_s[h[0]]
        ok = h[1] == "right" and z and z >= o["spaced_head_rate"] * (z + sp)
        h.insert(5, "join" if ok else "-")
    # pairs with a joining head that dev writers write spaced at least as often as with
    # ZWNJ stay apart («تکمیل شده» written so)
    spaced_heads = {h[0] for h in heads if h[5] == "join"}
    apart = []
    for (a, b), c in sorted(pairs.items()):
        if b in spaced_heads and ZWNJ not in a + b and a in known and N.joins(a[-1]):
            z = zw[a + ZWNJ + b]
            if c >= z:
                apart.append([a + b, a + " " + b, c, z])

    # ---- lexicon candidates
    cand = {}
    for key, forms in by_key.items():
        if key == "" or key in suffixes or all(f == key for f in forms):
            continue
        best = max((f for f in forms if f != key),
                   key=lambda f: (forms[f], hazm_zw.get(f, 0), f))
        dev_z = sum(c for f, c in forms.items() if f != key)
        dev_f = fused[key]
        if dev_z:
            # a tie is broken by hazm: its ZWNJ spelling wins when hazm lists no fused one
            # with a count > 0
            tie = (o["hazm_breaks_ties"] and dev_z == dev_f and best in hazm_zw
                   and key not in known)
            if dev_z <= o["fused_weight"] * dev_f and not tie:
                continue
            src = "dev"
        else:
            if dev_f or key in known or class_rate.get(compound_class(best, hazm_fused), 0.0) < o["hazm_class_min"]:
                continue
            src = "hazm"
        join_spaced = "-"
        if best.count(ZWNJ) != 1:
            pass
        elif src == "dev" and dev_z >= o["spaced_min"] and dev_z > o["spaced_weight"] * spaced[key]:
            join_spaced = "join_spaced"
        elif src == "dev" and dev_z >= o["style_min"] and dev_z > o["style_weight"] * spaced[key]:
            join_spaced = "spaced_style"
        elif src == "hazm" and o["spaced_hazm"] and spaced[key] == 0:
            join_spaced = "spaced_style"
        cand[key] = (best, join_spaced, src, dev_z, dev_f)

    # ---- «Xهای»: X + plural های, or Xه + indefinite ای?  Both X and Xه are words hazm
    # counts; the dev articles decide when they attest only one of the two: X's plural
    # (X‌ها, X‌های, X‌هایی) or the word Xه (هفتهای -> هفته‌ای, never هفت‌های)
    tokens = ev["tokens"]
    n_amb = 0
    for x in known:
        key = x + "های"
        if key in cand or len(x) < 2 or not N.joins(x[-1]) or x + "ه" not in known:
            continue
        plural = sum(zw[x + ZWNJ + sfx] for sfx in ("ها", "های", "هایی"))
        heh = tokens[x + "ه"]
        if bool(plural) == bool(heh):
            continue
        best = x + ZWNJ + "های" if plural else x + "ه" + ZWNJ + "ای"
        cand[key] = (best, "-", "dev-stem", plural or heh, 0)
        n_amb += 1

    lex_rows = [[k, v[0], v[1]] for k, v in cand.items()]
    full = N.ZwnjRestorer(lexicon=lex_rows, keep=[], heads=heads, apart=[])

    # ---- keep list: fused words dev writers who use ZWNJ write fused, which rules would split
    keep = []
    for w, c in sorted(fused.items()):
        if c < o["keep_min"] or w in cand:
            continue
        dev_z = sum(n for f, n in by_key.get(w, {}).items() if f != w)
        r, why = full.explain(w)
        if why == "verb" or r.rsplit(ZWNJ, 1)[-1] in PLURALS:  # inflection: the rules decide
            continue
        if c >= dev_z and r != w:
            keep.append([w, c, dev_z, "written fused in dev articles that use ZWNJ"])

    # ---- prune the lexicon: drop hazm-only entries the rules already produce
    bare = N.ZwnjRestorer(lexicon=[], keep=[r[0] for r in keep], heads=heads, apart=[])
    rows = []
    n_redundant = 0
    for key, (best, js, src, dev_z, dev_f) in sorted(cand.items()):
        if src == "hazm" and bare.restore(key) == best and js == "-":
            n_redundant += 1
            continue
        fam = "verb" if key.startswith(("می", "نمی")) and key in full.verbs else (
            "compound" if best.count(ZWNJ) == 1 else "multi")
        rows.append([key, best, js, src, dev_z, dev_f, fam])

    header = f"""ZWNJ lexicon: spelling without ZWNJ -> spelling with ZWNJ.
Built by scripts/build_zwnj_lexicon.py from hazm 0.12.1 words.dat ZWNJ entries and the
{n_arts} 'lexicon' dev articles (normalize_dev_split.tsv; {n_cons} of them use ZWNJ
consistently).  source dev: the dev articles write the word with ZWNJ (dev_zwnj times, any
article) more often than fused (dev_fused times, in articles with >= {level} ZWNJ: a writer
who never uses ZWNJ says nothing about where it belongs).  source hazm: hazm lists the ZWNJ
spelling, the dev articles never write the word, and hazm does not list it fused with a
count > 0; hazm entries the rules already produce are dropped ({n_redundant}).
ZWNJ after non-joining letters is dropped (invisible; the dev corpus mostly omits it).
spaced: join_spaced = "a b" is joined to "a‌b" (dev writes it with ZWNJ >= {o['spaced_min']}
times and more often than {o['spaced_weight']}x with a space); spaced_style = joined only in a
text that writes ZWNJ as a space (ZwnjRestorer.spaced_style: its می/ها… stand apart), when
dev writes it with ZWNJ >= {o['style_min']} times and more often than {o['style_weight']}x with a
space, or it is a hazm entry dev never writes spaced.
family: compound (one ZWNJ) | multi (several) | verb (hazm conjugation hazm's rules miss)."""
    summary = (f"training articles: {n_arts} ({n_cons} ZWNJ-consistent); "
               f"candidates {len(cand)}, lexicon {len(rows)} (dropped {n_redundant} rule-covered "
               f"hazm entries), keep {len(keep)}, heads {len(heads)}")
    return {"lexicon": rows, "keep": keep, "heads": heads, "apart": apart,
            "classes": class_rows, "header": header,
            "summary": summary, "n_articles": n_arts}


def restorer_from(built: dict) -> "N.ZwnjRestorer":
    """A restorer on in-memory tables from :func:`build`."""
    return N.ZwnjRestorer(lexicon=built["lexicon"], keep=[r[0] for r in built["keep"]],
                          heads=built["heads"], apart=[r[0] for r in built["apart"]])


def main() -> None:
    split = dev_split()
    write_tsv("normalize_dev_split.tsv",
              "Dev articles split for the ZWNJ restorer: 'lexicon' articles build the\n"
              "lexicons (scripts/build_zwnj_lexicon.py), 'benchmark' articles are only scored\n"
              "(benchmarks/zwnj_benchmark.py).  Rule: sha1(id) odd -> lexicon, even -> benchmark.",
              ["id", "part"], [[i, p] for i, p in sorted(split.items())])
    built = build({i for i, p in split.items() if p == "lexicon"})
    o = DEFAULTS
    write_tsv("zwnj_lexicon.tsv", built["header"],
              ["fused", "zwnj", "spaced", "source", "dev_zwnj", "dev_fused", "family"], built["lexicon"])
    write_tsv("zwnj_keep.tsv",
              "Fused words kept as written: the 'lexicon' dev articles that use ZWNJ write them\n"
              f"without ZWNJ (at least {o['keep_min']}x, and at least as often as with ZWNJ) while\n"
              "the rules would split them.  Inflection (plural ها, verbal می) is left to the rules.\n"
              "Built by scripts/build_zwnj_lexicon.py.",
              ["word", "dev_fused", "dev_zwnj", "note"], built["keep"])
    write_tsv("zwnj_heads.tsv",
              f"Productive compound parts: 'right' = second element, 'left' = first element,\n"
              f"each combining with >= {o['head_min_partners']} distinct known words in hazm words.dat\n"
              f"ZWNJ entries and the 'lexicon' dev articles (first elements need 3+ letters).\n"
              f"A word the rules do not know that splits into known word + right head (or left\n"
              f"head + known word) gets a ZWNJ.  Kept only when the dev articles write at least\n"
              f"{o['head_min_types']} words made with the part and >= {o['head_min_rate']:.0%} of\n"
              f"them (by type) with ZWNJ.  spaced = join: in a text that writes ZWNJ as a space,\n"
              f"a known word + this second element written apart is joined (dev writers join it\n"
              f"with ZWNJ >= {o['spaced_head_rate']:.0%} of the times they write it after a known word),\n"
              f"except the pairs in zwnj_spaced.tsv.  Built by scripts/build_zwnj_lexicon.py.",
              ["part", "side", "partners", "dev_zwnj_types", "dev_fused_types", "spaced", "note"],
              built["heads"])
    write_tsv("zwnj_spaced.tsv",
              "Spaced pairs left apart: «a b» where b is a head that joins when spaced (spaced =\n"
              "join in zwnj_heads.tsv) but the 'lexicon' dev articles write this pair with a space\n"
              "(dev_spaced, in articles with ZWNJ) at least as often as with ZWNJ (dev_zwnj).\n"
              "Built by scripts/build_zwnj_lexicon.py.",
              ["fused", "spaced", "dev_spaced", "dev_zwnj"], built["apart"])
    write_tsv("zwnj_classes.tsv",
              "Classes of hazm compound (scripts/build_zwnj_lexicon.compound_class: end of the first\n"
              "part ه / ی / other, start of the second ا (ا or آ) / other, and whether hazm also\n"
              "lists the fused spelling): of the hazm compounds the 'lexicon' dev articles write at\n"
              "all, how many they write with ZWNJ more often than fused.  A hazm ZWNJ entry the dev\n"
              f"articles never write enters zwnj_lexicon.tsv only when its class rate is >= "
              f"{o['hazm_class_min']}.\nBuilt by scripts/build_zwnj_lexicon.py; read by no code "
              "at run time (the gate is applied at build time).",
              ["class", "dev_words", "dev_zwnj_words", "rate", "note"],
              [r + ["hazm-only entries admitted" if float(r[3]) >= o["hazm_class_min"]
                    else "hazm-only entries left out"] for r in built["classes"]])
    print(built["summary"])


if __name__ == "__main__":
    main()
