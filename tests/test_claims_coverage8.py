"""Recall and span rules of the eighth coverage pass, found on the reviews r7, r8 and r10 of unannotated dev articles
(data/gold/review_r7.tsv, review_r8.tsv, review_r10.tsv); article ids in comments. Every case fails if its rule is
removed."""

from claims_helpers import _claims


def test_a_characterisation_after_a_coordinated_negative_one_starts_after_its_and():
    # roozno-872: ««مهدی شیخ» نماینده مردم تهران … نیز، تعطیلی مجلس را خواسته نمایندگان ندانست و شرایط خاص انتقال
    # این بیماری را علت آن برشمرد»: the content of «برشمرد» is its own conjunct
    text = ("«مهدی شیخ» نماینده مردم تهران در مجلس شورای اسلامی نیز، تعطیلی مجلس را خواسته نمایندگان ندانست و "
            "شرایط خاص انتقال این بیماری را علت آن برشمرد.")
    got = [c for c in _claims(text) if c.cue == "برشمرد"]
    assert got and got[0].content == "شرایط خاص انتقال این بیماری را علت آن"


def test_wanting_is_no_request():
    # asriran-1-222: «استقلال که با رفتن استراماچونی صدر جدول لیگ برتر را از دست داد، نمی‌خواهد دیگر امتیاز از
    # دست داده …»: «از دست» is no addressee, and a negated «خواستن» is no request
    text = ("استقلال که با رفتن استراماچونی صدر جدول لیگ برتر را از دست داد، می‌خواهد دیگر امتیاز از دست ندهد.")
    assert _claims(text) == []
    text = "وزیر از مردم نخواست که در خانه بمانند."
    assert _claims(text) == []
    # a request keeps its frame
    assert [c.content for c in _claims("وزیر از مردم خواست تا در خانه بمانند.")] == ["در خانه بمانند"]


def test_hypothetical_speech_after_if_is_no_statement():
    # tabnak-898: Trump's tweet «اگر درخواست چنین بودجه‌ای می‌کردم می‌گفت چه خبر است؟»: counterfactual speech
    text = "ترامپ نوشت: «اگر درخواست چنین بودجه‌ای می‌کردم می‌گفت چه خبر است؟ او بی‌کفایت است.»"
    assert [c.cue for c in _claims(text)] == ["نوشت"]
    # a habitual «می‌گفت» with no «اگر» stays
    assert len(_claims("او همیشه می‌گفت که کرونا خطرناک نیست.")) == 1


def test_they_call_it_is_naming_not_speech():
    # tabnak-1395: «امروزه نیز گاه به آن گینه کوناکری می‌گویند تا از گینه بیسائو … بازشناخته شود»: a name, no speaker
    text = "امروزه نیز گاه به آن گینه کوناکری می‌گویند تا از گینه بیسائو بازشناخته شود."
    assert _claims(text) == []
    # «به این موضوع اشاره می‌کنند و می‌گویند که …» is speech
    text = "کارشناسان به این موضوع اشاره می‌کنند و می‌گویند که وضعیت بد است."
    assert any(c.content == "وضعیت بد است" for c in _claims(text))


def test_a_topic_that_points_to_something_is_no_speaker():
    # tabnak-658: «… تم کلی این اجلاس «بدون غرب» است.⏎این موضوع به تداوم ناخرسندی درباره هویت و هدف غرب اشاره
    # می‌کند»: an inanimate topic, not a dropped subject carried over from the previous statement
    text = ("به گفته سازمان دهنده‌های اجلاس امسال، تم کلی این اجلاس «بدون غرب» است.\n"
            "این موضوع به تداوم ناخرسندی درباره هویت و هدف غرب اشاره می‌کند.")
    assert [c.kind for c in _claims(text)] == ["according_to"]


def test_spaced_yadavar_shod_is_a_cue():
    # roozno-610: «وزیر راه و شهرسازی یاد آور شد: افرادی که در شهر‌های شمالی کشور ویلا دارند …»
    text = "محمد اسلامی گفت که سفرها کم شده است.\nوزیر راه و شهرسازی یاد آور شد: افرادی که ویلا دارند نباید سفر کنند."
    assert [c.content for c in _claims(text)][-1] == "افرادی که ویلا دارند نباید سفر کنند"


def test_present_modda_ast_is_a_cue():
    # tabnak-898: «این دادگاه یکی از متهمان را به اعدام محکوم کرده و مدعی است که این فرد اطلاعاتی در اختیار ایران
    # قرار داده …»: the present «مدعی است که» is a claim like «مدعی شد»
    text = "این دادگاه یکی از متهمان را به اعدام محکوم کرده و مدعی است که این فرد اطلاعاتی در اختیار ایران قرار داده است."
    got = [c for c in _claims(text) if c.cue == "مدعی است"]
    assert got and got[0].content == "این فرد اطلاعاتی در اختیار ایران قرار داده است"


def test_an_attribution_after_an_empty_credit_with_a_one_word_organisation_holder():
    # asriran-1-165: «شرکت سایپا …⏎به گزارش مطابق اطلاعیه سایپا محصولات این شرکت … پیش فروش می شود»: the holder is
    # the company the article names after «شرکت», and the empty credit «به گزارش» is no content
    text = ("شرکت سایپا پیش فروش محصولات خود ویژه ده فجر را اعلام کرد.\n"
            "به گزارش مطابق اطلاعیه سایپا محصولات این شرکت به مناسبت دهه فجر از ساعت 10 صبح پیش فروش می شود.")
    got = [c for c in _claims(text) if c.kind == "according_to"]
    assert got and got[0].speaker == "سایپا" and got[0].content.startswith("محصولات این شرکت")
