"""Speaker rules of the eleventh pass, found on the tune errors, the speaker checks and the reviews of
unannotated dev articles (data/gold/speaker_checks.tsv, review_r*.tsv); article ids in comments. Every case
fails if its rule is removed."""

from claims_helpers import _speakers


def test_an_affiliation_adjective_keeps_its_preposition_in_the_description():
    # roozno-1129: «چندی پیش یکی از کانال‌های تلگرامی نزدیک به احمدی‌نژاد در خبری نوشته بود که …»
    # (asriran-1-1031: «یکی از سیاستمداران نزدیک به حشد شعبی اعلام کرد …»): «نزدیک به X» stays in the description
    text = "چندی پیش یکی از کانال‌های تلگرامی نزدیک به احمدی‌نژاد در خبری نوشته بود که کتاب او چاپ شده است."
    assert _speakers(text) == ["کانال تلگرامی نزدیک به احمدی‌نژاد"]
