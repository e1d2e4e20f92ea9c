"""helpers.normalize: each fold step, the ZWNJ restorer, the offset map and idempotence."""

from __future__ import annotations

import functools
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import paths
from helpers.normalize import (FOLD_STEPS, STEPS, ZWNJ, Normalized, fold, normalize,
                               normalize_frame, restorer, uses_zwnj_consistently)

Z = ZWNJ
SEED = next(paths.SEED_FILE.parent.glob("*.txt")) if paths.SEED_FILE.is_dir() else paths.SEED_FILE


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


# ----------------------------------------------------------------------------- fold (1:1)

def test_fold_keeps_length_and_folds_variants():
    s = "كتاب علي ۱۲۳ ٤٥ مدرسة ـ"
    assert len(fold(s)) == len(s)
    assert fold(s) == "کتاب علی 123 45 مدرسه \u200c"


# ----------------------------------------------------------------------------- each step

@pytest.mark.parametrize("step, raw, expected", [
    ("bidi", "سلام\u200f دنیا\u200e", "سلام دنیا"),
    ("bidi", "\u202bبرعهده\u202c", "برعهده"),
    ("presentation_forms", "ﻣﺴﻠﻢ", "مسلم"),
    ("presentation_forms", "ﻻ", "لا"),
    ("arabic_letters", "علي كتاب مدرسة خانۀ", "علی کتاب مدرسه خانه"),
    ("arabic_letters", "ھمه", "همه"),
    ("diacritics", "حَذفِ اِعراب", "حذف اعراب"),
    ("specials", "رحمه\u0670", "رحمه"),
    ("kashida", "دنیـــا", "دنیا"),
    ("zwnj_lookalikes", "سال\u00adهای", f"سال{Z}های"),
    ("zwnj_cleanup", f"{Z}سلام{Z} {Z}دنیا{Z}", "سلام دنیا"),
    ("zwnj_cleanup", f"کاروان{Z}{Z}سرا", f"کاروان{Z}سرا"),
    ("zwnj_cleanup", f"سال{Z}، ۹۸{Z}ساله", "سال، ۹۸ساله"),
    ("digits", "سال 1402 و ١٤٠٢", "سال ۱۴۰۲ و ۱۴۰۲"),
    ("digits", "pic.twitter.com/66LUTEMFoK F-35 و 35", "pic.twitter.com/66LUTEMFoK F-35 و ۳۵"),
    ("spaces", "سلام   دنیا \nخط\u00a0دوم\r\n", "سلام دنیا\nخط دوم\n"),
    ("spaces", "الف\n\n\n\nب", "الف\n\nب"),
    ("zwnj_fused", "نمیکند", f"نمی{Z}کند"),
    ("zwnj_spaced", "می شود", f"می{Z}شود"),
    ("zwnj_spaced", "کشور ها", f"کشور{Z}ها"),
    ("zwnj_spaced", "شده اند", f"شده{Z}اند"),
])
def test_each_step(step, raw, expected):
    n = normalize(raw, steps=[step])
    assert n.text == expected
    assert n.counts[step] >= 1
    # the step is switchable: without it nothing of this kind happens
    others = [s for s in STEPS if s != step]
    assert normalize(raw, steps=others).counts.get(step) is None


def test_unknown_step_is_an_error():
    with pytest.raises(ValueError):
        normalize("x", steps=["nope"])


def test_zwnj_after_space_or_punctuation_is_stray():
    assert normalize(f"سلام{Z} دنیا{Z}.").text == "سلام دنیا."


# ----------------------------------------------------------------------------- ZWNJ restorer

SEED_WORDS = {
    "گفتوگو": f"گفت{Z}وگو",
    "نمیکند": f"نمی{Z}کند",
    "گزارشهای": f"گزارش{Z}های",
    "رییسجمهوری": f"رییس{Z}جمهوری",
    "نشاندهنده": f"نشان{Z}دهنده",
    "مشروعیتبخشی": f"مشروعیت{Z}بخشی",
    "راهحل": f"راه{Z}حل",
    "متفاوتاند": f"متفاوت{Z}اند",
    "مسالمتآمیز": f"مسالمت{Z}آمیز",
    "میخواهیم": f"می{Z}خواهیم",
    "شدهاند": f"شده{Z}اند",
    "مقالهای": f"مقاله{Z}ای",
    "گفتوگوهای": f"گفت{Z}وگوهای",
}


@pytest.mark.parametrize("fused, expected", SEED_WORDS.items())
def test_restores_seed_words(fused, expected):
    assert normalize(fused).text == expected
    assert normalize(f"او گفت {fused}، سپس").text == f"او گفت {expected}، سپس"


@pytest.mark.parametrize("word", ["میز", "میلیون", "تهران", "میان", "میراث", "کشورها",
                                  "بیشتر", "نهادهای", "سیستم", "بهداشتی", "ها", "های",
                                  "دستگیری", "پیشگیری", "تنها", "کردهای"])
def test_leaves_words_that_take_no_zwnj(word):
    assert normalize(word).text == word


@pytest.mark.parametrize("raw, expected", [
    ("ماه می سال جدید", "ماه می سال جدید"),  # «می» the month: no verb follows
    ("مهم ترین", f"مهم{Z}ترین"),
    ("نمی دانم چه می گفت", f"نمی{Z}دانم چه می{Z}گفت"),
])
def test_spaced_affixes(raw, expected):
    assert normalize(raw).text == expected


def test_seed_article_restored():
    n = normalize(seed_text())
    for fused, expected in SEED_WORDS.items():
        if fused in seed_text():
            assert expected in n.text, fused
    assert n.counts["zwnj_fused"] > 10


def test_restorer_lexicon_loaded_from_data_files():
    r = restorer()
    assert len(r.lexicon) > 1000 and r.right_heads and r.keep
    assert r.lexicon["گفتوگو"] == f"گفت{Z}وگو"


def _rows(name):
    from helpers.normalize import _read_tsv
    return _read_tsv(name)


def test_lexicon_rows_follow_their_stated_criteria():
    """Every shipped entry is the fused key plus ZWNJ only, and its evidence matches its source."""
    sources = set()
    for fused, zwnj, spaced, source, dev_z, dev_f, family in _rows("zwnj_lexicon.tsv"):
        assert zwnj.replace(Z, "") == fused and Z in zwnj, fused
        assert not zwnj.startswith(Z) and not zwnj.endswith(Z)
        assert spaced in ("join_spaced", "spaced_style", "-")
        assert family in ("compound", "multi", "verb")
        dev_z, dev_f = int(dev_z), int(dev_f)
        if source == "dev":
            assert dev_z >= dev_f and dev_z > 0, fused  # ties only when hazm breaks them
        elif source == "hazm":
            assert dev_z == dev_f == 0, fused
        else:
            assert source == "dev-stem" and fused.endswith("های"), fused
        if spaced == "join_spaced":
            assert zwnj.count(Z) == 1 and dev_z >= 2
        if spaced == "spaced_style":
            assert zwnj.count(Z) == 1 and (dev_z >= 1 or source == "hazm")
        sources.add(source)
    assert sources == {"dev", "hazm", "dev-stem"}
    classes = {r[0]: float(r[3]) for r in _rows("zwnj_classes.tsv")}
    assert classes["ه+other"] > classes["other+other fused-listed"]
    for part, side, partners, z_types, f_types, spaced, _ in _rows("zwnj_heads.tsv"):
        assert side in ("left", "right") and int(z_types) >= 0.9 * (int(z_types) + int(f_types))
        assert spaced == "-" or (spaced == "join" and side == "right")
    for fused, spaced, dev_s, dev_z in _rows("zwnj_spaced.tsv"):
        assert spaced.replace(" ", "") == fused and int(dev_s) >= int(dev_z)


@pytest.mark.parametrize("word, expected, rule", [
    ("نمیکند", f"نمی{Z}کند", "verb"),
    ("میاید", f"می{Z}اید", "verb"),           # آ written as ا after می
    ("تازهترین", f"تازه{Z}ترین", "suffix"),    # comparative after ه
    ("جدیتر", f"جدی{Z}تر", "suffix"),          # comparative after ی
    ("حسینهها", f"حسینه{Z}ها", "suffix"),      # plural after ه, stem unknown
    ("کردهای", "کردهای", "suffix"),             # Kurds: کرد + های beats the perfect کرده‌ای
    ("میز", "میز", "known"),
    ("ی" * 60, "ی" * 60, "long"),
])
def test_restorer_decisions(word, expected, rule):
    """The rules alone (no dev lexicon, keep list or heads), then the shipped restorer."""
    assert _bare().explain(word) == (expected, rule)
    assert restorer().restore(word) == expected


@functools.cache
def _bare():
    from helpers.normalize import ZwnjRestorer

    return ZwnjRestorer(lexicon=[], keep=[], heads=[])


def test_restorer_rules_without_lexicon():
    """The rules alone (no dev lexicon, keep list or heads), then what the data adds."""
    from helpers.normalize import ZwnjRestorer

    bare = _bare()
    # هفته + ای or هفت + های: both stems are words hazm counts, neither spelling attested
    assert bare.explain("هفتهای") == ("هفتهای", "ambiguous")
    # a fused comparative after a consonant is left alone (dev writers fuse these half the time)
    assert bare.restore("مهمترین") == "مهمترین"
    assert bare.join_spaced("مهم", "ترین")  # ... but a spaced one is joined
    lex = ZwnjRestorer(lexicon=[["هفتهای", f"هفته{Z}ای", "-"]], keep=["گفتوگو"], heads=[])
    assert lex.explain("هفتهای") == (f"هفته{Z}ای", "lexicon")
    assert lex.explain("گفتوگو") == ("گفتوگو", "keep")


def test_long_letter_runs_do_not_crash():
    for s in ("ی" * 3000, "ها" * 3000, "کتاب" * 2000):
        n = normalize(s)
        assert n.text == s


def test_consistency_detector():
    assert uses_zwnj_consistently(f"او می{Z}گوید گزارش{Z}ها و کتاب{Z}ها را می{Z}خواند و می{Z}رود")
    assert not uses_zwnj_consistently(f"او میگوید گزارش{Z}ها و کتاب{Z}ها را می{Z}خواند و می{Z}رود")


# ----------------------------------------------------------------------------- offset map

def test_offset_map_on_a_known_example():
    raw = "\u200fگزارشهاي  ﻻزم"
    n = normalize(raw)
    assert n.text == f"گزارش{Z}های لازم"
    assert n.to_raw(0, len(n.text)) == (0, len(raw))
    assert n.from_raw(0, len(raw)) == (0, len(n.text))
    w = n.text.index("لازم")
    assert raw[slice(*n.to_raw(w, w + 4))] == "ﻻزم"
    assert n.to_raw(0, 5) == (0, 6)  # at the text start the removed RLM is included
    assert n.to_raw(1, 5) == (2, 6)
    assert n.from_raw(1, 6) == (0, 5)
    kinds = {c[4] for c in n.changes()}
    assert {"bidi", "zwnj_fused", "arabic_letters", "spaces", "presentation_forms"} <= kinds


def _letters(s: str) -> str:
    """Letters of ``s`` as the normalizer spells them (reference, independent of it)."""
    s = unicodedata.normalize("NFKC", s)
    s = fold(s).replace("\u0670", "").replace("ھ", "ه")
    return "".join(c for c in s if c.isalpha() and unicodedata.category(c) != "Mn")


ALPHABET = list("ابپتثجچحخدذرزسشصضطظعغفقکگلمنوهیآ") + list("يكىةۀھ") + [
    "ﻻ", "ﻣ", "ﺳ", "ﷲ", "\u064e", "\u0650", "\u0651", "\u0640", Z, Z, "\u200e", "\u200f",
    "\u202b", "\u00ad", " ", " ", " ", "\n", "\u00a0", "،", ".", "«", "»", "1", "۲", "٣", "a", "Z"]
texts = st.lists(st.sampled_from(ALPHABET), max_size=60).map("".join)
words = st.lists(st.sampled_from(list(SEED_WORDS) + ["میز", "کشور", "ها", "می", "شود", "سلام",
                                                     "علي", "ﻻزم", "\u200f", "  "]),
                 max_size=12).map(" ".join)
any_text = st.one_of(texts, words)


def _check_map(raw: str, data) -> None:
    n = normalize(raw)
    N, R = len(n.text), len(n.raw)
    assert n.to_raw(0, N) == (0, R) and n.from_raw(0, R) == (0, N)
    if N and R:
        assert n.to_raw(0, 0) == (0, 0) and n.from_raw(R, R) == (N, N)
    # every boundary: monotonic, and block edges (not inside a changed region) round-trip
    starts = [n.to_raw(s, min(s + 1, N))[0] if s < N else R for s in range(N + 1)]
    assert starts == sorted(starts)
    edges = {0, N}
    for r0, r1, n0, n1, _ in n.blocks:
        edges |= {n0, n1}
    for s in range(N + 1):
        if s in edges or not any(b[2] < s < b[3] for b in n.blocks):
            edges.add(s)
    e = sorted(edges)
    for a, b in zip(e, e[1:]):
        r = n.to_raw(a, b)
        assert r[0] <= r[1]
        assert _letters(n.raw[r[0]:r[1]]) == _letters(n.text[a:b]), (a, b)
        if r[0] < r[1]:  # (an inserted ZWNJ has an empty raw span)
            back = n.from_raw(*r)
            assert back[0] <= a and back[1] >= b
    inserted = {p for r0, r1, n0, n1, _ in n.blocks if r0 == r1 for p in (n0, n1)}
    for s in e:  # empty spans round-trip (a point next to an inserted ZWNJ is shared by both)
        if s not in inserted:
            assert n.from_raw(*n.to_raw(s, s)) == (s, s)
    # random spans: the raw span covers at least the letters shown
    s = data.draw(st.integers(0, N))
    t = data.draw(st.integers(s, N))
    r = n.to_raw(s, t)
    assert _letters(n.text[s:t]) in _letters(n.raw[r[0]:r[1]])
    # the serialized map rebuilds the same alignment
    m = Normalized.from_map(n.raw, n.text, n.map_array())
    assert m.to_raw(s, t) == r and m.changes() == n.changes()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=any_text, data=st.data())
def test_offset_map_properties(raw, data):
    _check_map(raw, data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=any_text)
def test_idempotent(raw):
    once = normalize(raw).text
    assert normalize(once).text == once


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_offset_map_on_real_text(data):
    text = seed_text()
    a = data.draw(st.integers(0, len(text) - 1))
    b = data.draw(st.integers(a, min(len(text), a + 400)))
    _check_map(text[a:b], data)


def test_idempotent_on_real_text():
    from helpers.load import load_default

    arts = load_default().articles.head(40)
    for raw in [seed_text(), *arts.text]:
        once = normalize(raw).text
        assert normalize(once).text == once


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=any_text, data=st.data())
def test_offset_map_properties_long(raw, data):
    _check_map(raw, data)
    once = normalize(raw).text
    assert normalize(once).text == once


# ----------------------------------------------------------------------------- frame API

def test_normalize_frame_columns_and_rebuild():
    import pandas as pd

    df = pd.DataFrame({"id": ["a", "b"], "text": ["گزارشهاي  جديد", "نمی شود"]})
    out = normalize_frame(df)
    assert list(out.columns[:3]) == ["id", "text_norm", "norm_map"]
    assert [c[2:] for c in out.columns[3:]] == list(STEPS)
    assert out.loc[0, "n_arabic_letters"] == 2 and out.loc[1, "n_zwnj_spaced"] == 1
    n = Normalized.from_map(df.text[0], out.text_norm[0], out.norm_map[0])
    assert n.to_raw(0, len(n.text)) == (0, len(df.text[0]))


def test_fold_steps_do_not_restore():
    assert normalize("نمیکند", FOLD_STEPS).text == "نمیکند"


# ----------------------------------------------------------------------------- benchmark scoring

def test_score_pair_counts_boundaries():
    from helpers.zwnj_bench import prf, score_pair

    gold = f"او می{Z}گوید کشورها و گزارش{Z}ها"
    pred = f"او می{Z}گوید کشور{Z}ها و گزارشها"
    c = score_pair(gold, pred)
    assert (c["tp"], c["fp"], c["fn"]) == (1, 1, 1)
    assert (c["vtp"], c["vfp"], c["vfn"]) == (1, 0, 1)  # «کشور‌ها»: ZWNJ after ر is invisible
    assert prf(c) == (0.5, 0.5, 0.5)
    assert score_pair(gold, gold)["fp"] == 0 and score_pair(gold, gold)["fn"] == 0


def test_boundary_keys_unify_spellings():
    from helpers.zwnj_bench import boundary_keys, skeleton

    keys = set()
    for text in (f"سیاست{Z}گذاری", "سیاستگذاری", "سیاست گذاری"):
        gs, gl = skeleton(text)
        keys.add(boundary_keys(gs, gl)[5])
    assert keys == {("سیاستگذاری", 5)}


def test_uncontested_and_space_counts():
    from helpers.zwnj_bench import score_pair

    gold = f"شورای سیاستگذاری و گفت{Z}وگو و اعلام شده"
    pred = f"شورای سیاست{Z}گذاری و گفت{Z}وگو و اعلام{Z}شده"
    c = score_pair(gold, pred, contested=frozenset({("سیاستگذاری", 5)}))
    assert (c["vtp"], c["vfp"], c["vfn"]) == (1, 2, 0)
    assert (c["utp"], c["ufp"], c["ufn"]) == (1, 1, 0)  # the contested boundary is left out
    assert (c["fp_space"], c["fp_word"]) == (1, 1)


def test_table_rows_columns():
    from collections import Counter

    from helpers.zwnj_bench import SCOPES, VARIANTS, table_rows

    c = Counter(tp=3, fp=1, fn=1, vtp=3, vfp=1, vfn=0, utp=2, ufp=0, ufn=0)
    rows = table_rows({("stripped", "x"): (c, 0.5)}, timing=True)
    assert [r["boundaries"] for r in rows] == list(SCOPES)
    assert list(rows[0]) == ["input", "system", "boundaries", "precision", "recall", "F1",
                             "TP", "FP", "FN", "seconds"]
    assert rows[0]["precision"] == 0.75 and rows[1]["precision"] == 1.0
    assert set(VARIANTS) == {"stripped", "spaced"}
