"""helpers.claims.unify_speakers: one name per person across articles."""

import pandas as pd

from helpers import claims


def _frame(rows):
    return pd.DataFrame(rows, columns=["article_id", "speaker", "source_type"])


def test_surname_becomes_the_unique_full_name():
    df = _frame([("a", "ابراهیم رئیسی", "person"), ("b", "رئیسی", "person"), ("c", "وزارت خارجه", "organisation"),
                 ("d", "ابراهیم حاتمی", "person"), ("e", "ابراهیم یزدی", "person")])
    assert list(claims.unify_speakers(df))[:4] == ["ابراهیم رئیسی", "ابراهیم رئیسی", "وزارت خارجه", "ابراهیم حاتمی"]


def test_a_noun_before_the_surname_is_not_a_first_name():
    df = _frame([("a", "جلسه طلایی", "person"), ("b", "طلایی", "person")])
    assert list(claims.unify_speakers(df)) == ["جلسه طلایی", "طلایی"]


def test_fold_variants_of_the_surname_match():
    df = _frame([("a", "مجید رئيسي", "person"), ("b", "رئیسی", "person"), ("c", "مجید انصاری", "person"),
                 ("d", "مجید نوری", "person")])
    assert list(claims.unify_speakers(df))[:2] == ["مجید رئيسي", "مجید رئيسي"]


def test_ambiguous_surnames_and_non_persons_are_left_alone():
    df = _frame([("a", "محسن هاشمی", "person"), ("b", "اکبر هاشمی", "person"), ("c", "هاشمی", "person"),
                 ("d", "ایران", "organisation"), ("e", "سفارت ایران", "organisation")])
    assert list(claims.unify_speakers(df)) == list(df["speaker"])


def test_with_unified_speakers_keeps_the_per_article_name():
    df = _frame([("a", "ابراهیم رئیسی", "person"), ("b", "رئیسی", "person"), ("c", "ابراهیم حاتمی", "person"),
                 ("d", "ابراهیم یزدی", "person")])
    out = claims.with_unified_speakers(df)
    assert list(out["speaker"])[:2] == ["ابراهیم رئیسی"] * 2
    assert list(out["speaker_in_article"])[:2] == ["ابراهیم رئیسی", "رئیسی"]
    assert list(df["speaker"])[:2] == ["ابراهیم رئیسی", "رئیسی"]  # the input is not changed
