"""ZWNJ restorer: the rule families added for recall (auxiliary after a participle, the
spaced-style text, spaced heads and the pairs left apart), on real words, and the words
that must stay as written."""

from __future__ import annotations

import functools

import pytest

from helpers.normalize import ZWNJ as Z
from helpers.normalize import ZwnjRestorer, normalize, restorer


@functools.cache
def _bare() -> ZwnjRestorer:
    """The rules alone: no dev lexicon, keep list, heads or spaced pairs."""
    return ZwnjRestorer(lexicon=[], keep=[], heads=[], apart=[])


# ----------------------------------------------------------------------------- fused

@pytest.mark.parametrize("fused, expected", [
    ("شدهاست", f"شده{Z}است"),          # not شد‌هاست: a participle beats a plural of a verb form
    ("دادهاست", f"داده{Z}است"),        # داد is also a noun: still the participle
    ("گفتهاست", f"گفته{Z}است"),
    ("شدهبود", f"شده{Z}بود"),
    ("کردهبودند", f"کرده{Z}بودند"),
    ("نشدهباشد", f"نشده{Z}باشد"),
    ("رفتهباشند", f"رفته{Z}باشند"),
    ("رسانههاست", f"رسانه{Z}هاست"),    # plural + copula is still the plural
])
def test_auxiliary_after_participle(fused, expected):
    assert _bare().restore(fused) == expected
    assert restorer().restore(fused) == expected
    assert normalize(f"او گفت {fused} و رفت").text == f"او گفت {expected} و رفت"


@pytest.mark.parametrize("word", [
    "خانهاست",   # خانه + است or خان + هاست: two sure analyses, left alone
    "کردهای",    # the Kurds (کرد + های), not the perfect کرده‌ای
    "بودجه", "بودند", "باشگاه", "استان", "است", "شده", "میز", "میلیون", "تهران",
])
def test_words_the_auxiliary_rule_leaves_alone(word):
    assert _bare().restore(word) == word
    assert restorer().restore(word) == word


# ----------------------------------------------------------------------------- spaced

SPACED_STYLE = "او می رود و می گوید که {} است و آنها می آیند"
ATTACHED_STYLE = f"او می{Z}رود و می{Z}گوید که {{}} است و آن{Z}ها می{Z}آیند"


def _style(text: str) -> bool:
    r = restorer()
    from helpers.normalize import _FA_WORD

    words = [(m.start(), m.end(), m.group()) for m in _FA_WORD.finditer(text)]
    pairs = [(e1, s2, a, b) for (s1, e1, a), (s2, e2, b) in zip(words, words[1:])
             if s2 == e1 + 1 and text[e1] == " "]
    return r.spaced_style(words, pairs)


def test_spaced_style_is_read_from_the_text():
    assert _style(SPACED_STYLE.format("کتاب"))
    assert not _style(ATTACHED_STYLE.format("کتاب"))
    assert not _style("کتاب خوب")           # no affix apart: no evidence, the writer's spaces
    assert not _style(f"او می رود و می{Z}گوید و می{Z}آید")  # attached more often


@pytest.mark.parametrize("spaced, joined", [
    ("بین المللی", f"بین{Z}المللی"),      # dev writers: ZWNJ 15, a space less than half as often
    ("ثبت نام", f"ثبت{Z}نام"),
    ("سرمایه گذاری", f"سرمایه{Z}گذاری"),
    ("گمانه زنی", f"گمانه{Z}زنی"),          # hazm compound dev writers never write spaced
])
def test_compounds_joined_only_in_a_spaced_style_text(spaced, joined):
    # the affixes are joined too, so the output reads like the attached-style text
    assert normalize(SPACED_STYLE.format(spaced)).text == ATTACHED_STYLE.format(joined)
    # in a text that attaches its affixes, a space between two words is the writer's own
    assert normalize(ATTACHED_STYLE.format(spaced)).text == ATTACHED_STYLE.format(spaced)


def test_compounds_joined_in_any_text():
    """Strong dev evidence (ZWNJ >= 2x and > 3x spaced): joined even in an attached-style text."""
    assert normalize(ATTACHED_STYLE.format("گفت وگو")).text == ATTACHED_STYLE.format(f"گفت{Z}وگو")


@pytest.mark.parametrize("a, b", [
    ("کتاب", "خوب"), ("میز", "کار"), ("تهران", "بزرگ"), ("میلیون", "دلار"),
    ("بخش", "خصوصی"),     # hazm lists بخش‌خصوصی? dev writers write it spaced: apart
    ("لیست", "سیاه"),
])
def test_pairs_that_stay_apart_even_in_a_spaced_style_text(a, b):
    r = restorer()
    assert not r.join_spaced(a, b, style=True)
    assert not r.join_spaced(a, b, style=False)


def test_spaced_head_joins_a_known_word_unless_dev_writes_the_pair_spaced():
    r = restorer()
    assert "سازی" in r.spaced_heads and "شده" not in r.spaced_heads
    assert r.join_spaced("شفاف", "سازی", style=True)
    assert not r.join_spaced("شفاف", "سازی", style=False)
    # the pairs the dev articles write with a space: the file is what keeps them apart
    from helpers.normalize import _read_tsv

    no_apart = ZwnjRestorer(apart=[])
    pairs = [row[1].split(" ") for row in _read_tsv("zwnj_spaced.tsv")]
    held = [(a, b) for a, b in pairs if no_apart.join_spaced(a, b, style=True)
            and a + b not in r.lexicon]  # a lexicon entry decides for itself
    assert held
    for a, b in held:
        assert not r.join_spaced(a, b, style=True), (a, b)


@pytest.mark.parametrize("raw, expected", [
    ("می اید", f"می{Z}اید"),            # آ written ا after a spaced می
    ("نمی اید", f"نمی{Z}اید"),
    ("رسانه هاست", f"رسانه{Z}هاست"),    # plural + copula
    ("ماه می سال جدید", "ماه می سال جدید"),  # «می» the month
    ("میز و صندلی", "میز و صندلی"),
])
def test_spaced_affixes(raw, expected):
    assert normalize(raw).text == expected
