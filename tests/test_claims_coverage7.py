"""Recall and precision rules of the seventh coverage pass, found on the reviews r5, r6 and r9 (unannotated dev
articles, data/gold/review_r5.tsv, review_r6.tsv, review_r9.tsv); article ids in comments. Every case fails if its
rule is removed."""

from claims_helpers import _claims


def test_cue_word_ending_a_zwnj_compound_is_no_cue():
    # asriran-1-418: «پی‌نوشت‌ها:• این مطلب را …»: «نوشت» ends the compound noun «پی‌نوشت», no reporting verb
    text = "رمان‌نویسان از زبان‌های دیگر نوشته‌اند.\nپی\u200cنوشت\u200cها: منابع این مطلب در پایان آمده است."
    assert [c.cue for c in _claims(text)] == []
