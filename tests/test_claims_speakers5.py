"""Speaker rules of the fifth pass, found on the round-2 tune articles (data/gold/claims_a*.jsonl, tune
ids only) and the round-2 reviews (data/gold/review_r1.tsv, review_r2.tsv); article ids in comments.
Every case fails if its rule is removed."""

import pytest

from helpers.claims import extract


def _claims(text):
    out = extract(text, article_id="t")
    for c in out:
        assert text[c.start:c.end] == c.content
    return out


def _speakers(text):
    return [c.speaker for c in _claims(text)]


def test_pronoun_skips_a_speaker_nested_in_the_previous_quote():
    # fars-4-291 (review r1): «وی افزود: … . به همین دلیل بوش … اعلام کرد که …⏎وی … گفت: …» — the
    # second «وی» is the quoting speaker, not Bush, whom he quoted in his own paragraph
    text = ("محمد نبی حبیبی دبیر کل حزب موتلفه اسلامی گفت: قدرت مرجعیت عبرت آموز است.\n"
            "وی افزود: آمریکاییها قدرت علما را به حساب نیاورده بودند. به همین دلیل جان اسمیت با اعتراف به شکست "
            "اعلام کرد که مقاومت در این سطح را پیش‌بینی نمی‌کرده است.\n"
            "وی با اشاره به خبر رسانه‌ها گفت: این خبر جعلی است.")
    sp = _speakers(text)
    assert sp[-1] == "محمد نبی حبیبی"
    assert "جان اسمیت" in sp


def test_pronoun_skips_a_speaker_coordinated_inside_the_colon_turn():
    # sobhane2-130: ««امیرخسرو فخریان» … افزود: فروشگاه‌ها … و همگی اعلام کرده‌اند که …⏎وی … گفت: …»
    text = ("«امیرخسرو فخریان» شامگاه چهارشنبه در همایش اتحادیه افزود: فروشگاه‌های زنجیره‌ای از روز گذشته طرح ویژه‌ای اجرا کرده "
            "و همگی اعلام کرده‌اند که تخفیف‌ها را افزایش می‌دهند.\n"
            "وی با بیان اینکه اتحادیه اکنون ۱۳۷ عضو دارد، گفت: بسیاری از آنها تولیدکننده هستند.")
    assert _speakers(text)[-1] == "امیرخسرو فخریان"


def test_a_noun_after_a_demonstrative_does_not_complete_a_surname():
    # fars-4-291: «به همین دلیل بوش … اعلام کرد» gave «دلیل بوش»
    text = "به همین دلیل بوش با اعتراف به شکست خود در عراق اعلام کرد که مقاومت را پیش‌بینی نمی‌کرد."
    assert _speakers(text) == ["بوش"]
