"""Speaker rules of the eighth pass (third session), found on the round-3 tune articles (data/gold/claims_b*.jsonl,
split tune:3); article ids in comments. Every case fails if its rule is removed."""

from claims_helpers import _claims, _speakers


def test_this_statement_is_its_issuer():
    # fars-5-196: «… سخنگوی اخوان‌المسلمین مصر … در بیانیه‌ای رسمی … تأیید کرد.⏎در این بیانیه آمده است که …»:
    # the statement's issuer, the organisation the spokesperson speaks for, not «بیانیه»
    text = ("اخوان‌المسلمین مصر با صدور بیانیه‌ای از سند توافق حمایت کرد.\n"
            "به نوشته وبگاه عربی ۲۱، «طلعت فهمی» سخنگوی اخوان‌المسلمین مصر شب گذشته در بیانیه‌ای رسمی این سند را ستود.\n"
            "در این بیانیه آمده است که این سند پایه مناسبی برای همکاری است.")
    assert _speakers(text)[-1] == "اخوان‌المسلمین مصر"
    # an organisation issuing it in the lead, and no spokesperson
    text = ("حزب اعتدال و توسعه با صدور بیانیه‌ای از نامزد خود حمایت کرد.\n"
            "در این بیانیه آمده است: ما از همه می‌خواهیم در انتخابات شرکت کنند.")
    assert _speakers(text)[-1] == "حزب اعتدال و توسعه"


def test_two_word_surname_written_elsewhere_stays_whole_before_the_object():
    # fars-2-176: «سید عبدالواحد موسوی لاری … خاطرنشان کرد» … «موسوی لاری اجرای طرح … را … دانست»: «عبدالواحد
    # موسوی» completes «موسوی», but the article writes «موسوی لاری» whole, so «لاری» is no part of the object
    text = ("سید عبدالواحد موسوی لاری در این همایش خاطرنشان کرد: حضور مهاجرین باید ضابطه‌مند شود.\n"
            "موسوی لاری اجرای طرح شناسایی اتباع خارجی را یک اقدام اساسی دانست.")
    got = _claims(text)[-1]
    assert got.speaker == "عبدالواحد موسوی لاری"
    assert got.content.startswith("اجرای طرح")
