"""Round-3 recall, span and false-positive rules (tune:2 articles and the round-2 reviews of
unannotated dev articles). Each case is a sentence shaped after the dev article named in its
comment, and fails if its rule is removed."""

import pytest
from claims_helpers import _claims, _one


# --------------------------------------------------------------------------- colon turns
def test_a_cue_without_a_frame_does_not_end_a_turn():
    # tabnak-1651 (review r2): «… و جهان این را می‌داند.» after a «؟» inside the turn takes no frame
    # (no predicate after «را»), so neither the sentence nor the «و» before it ends the turn
    text = ("او در پاسخ گفت: چرا شما فکر می کنید که پاکستان تنها کشور است؟ کشورهای دیگری هستند که از ما "
            "حمایت می کنند و جهان این را می داند.\nمن نام این کشور را نخواهم برد اما این یک کشور قدرتمند است.\n")
    c = _one(text, cue="گفت")
    assert c and c[0].content.endswith("این یک کشور قدرتمند است"), [(x.cue, x.content) for x in _claims(text)]


# --------------------------------------------------------------------------- characterisations
def test_characterisation_before_a_relative_clause():
    # tabnak-1235 (tune): «این سازمان Y را Z می‌داند که …»: «که» opens a relative clause on Z, the
    # statement is «Y را Z», and «این سازمان» is the subject, not part of the content
    text = ("صندوق کودکان سازمان ملل در بیانیه‌ای اعلام کرد: هر ۱۰ ساعت یک کودک می‌میرد.\n"
            "این سازمان تعداد کودکانی را که به مدرسه نمی‌روند ۲ میلیون کودک می‌داند که بیشترشان به مدرسه نرفته‌اند.\n")
    c = _one(text, kind="indirect", content_has="تعداد کودکانی را")
    assert c and c[0].content.startswith("تعداد") and c[0].content.endswith("۲ میلیون کودک"), \
        [(x.cue, x.content) for x in _claims(text)]


def test_a_nested_present_cue_inside_the_first_line_does_not_end_the_turn():
    # fars-4-095 (tune): «… از سويي سازمان نوسازي مدارس نيز عنوان مي‌كند كه …» is the speaker's report
    text = ("حياتي افزود: اين كار زمان طولاني را مي‌برد. از سويي سازمان نوسازي مدارس نيز عنوان مي‌كند كه "
            "مي‌تواند مدرسه مناسب بسازد.\nوي ادامه داد: بعد از آن موضوع، بحث پژوهشگاه حذف شد.\n")
    c = _one(text, cue="افزود")
    assert c and c[0].content.endswith("مي‌تواند مدرسه مناسب بسازد"), [(x.cue, x.content) for x in _claims(text)]


def test_a_nested_statement_with_a_new_subject_inside_the_first_line():
    # fars-4-291 (review r1): «… . به همين دليل بوش … اعلام كرد كه …» inside «وي افزود: …»
    text = ("وي افزود: آمريكائيها قدرت مرجعيت را به حساب نياورده بودند. به همين دليل بوش با اعتراف به شكست "
            "خود اعلام كرد كه مقاومت در اين سطح را پيش‌بيني نمي‌كرده است.\n")
    c = _one(text, cue="افزود")
    assert c and c[0].content.endswith("پيش‌بيني نمي‌كرده است"), [(x.cue, x.content) for x in _claims(text)]


def test_a_nested_perfect_cue_after_and_does_not_cut_the_turn():
    # sobhane2-130 (tune): «… اجرا کرده و همگی اعلام کرده‌اند که …» is no coordinated «و افزود»
    text = ("فخریان افزود: فروشگاه‌های زنجیره‌ای از روز گذشته طرح ویژه‌ای اجرا کرده و همگی اعلام کرده‌اند که "
            "تخفیف‌ها را افزایش می‌دهند.\n")
    c = _one(text, cue="افزود")
    assert c and c[0].content.endswith("تخفیف‌ها را افزایش می‌دهند"), [(x.cue, x.content) for x in _claims(text)]


def test_a_plural_cue_in_a_singular_turn_does_not_cut_it():
    # roozno-1162 (tune): «… رسانه های بیگانه آمارهای دروغین اعلام کرده و تا ده هزار نفر کشته اعلام کردند، …»
    text = ("وی اعلام کرد: حتی یک کشته برای ما سخت و سنگین است، رسانه های بیگانه آمارهای دروغین اعلام کرده و "
            "تا ده هزار نفر کشته اعلام کردند، ۲۳۰ کشته در مجموع داشتیم.\n")
    c = _one(text, cue="اعلام کرد")
    assert c and c[0].content.endswith("۲۳۰ کشته در مجموع داشتیم"), [(x.cue, x.content) for x in _claims(text)]


def test_the_narrators_next_statement_in_the_same_line_still_ends_the_turn():
    # the common case the rule must keep: «وی همچنین گفت: …» opens a new colon turn
    text = "وی گفت: این طرح اجرا می‌شود. وی همچنین گفت: بودجه آن تامین شده است.\n"
    c = _one(text, cue="گفت")
    assert c and c[0].content == "این طرح اجرا می‌شود", [(x.cue, x.content) for x in _claims(text)]


# --------------------------------------------------------------------------- false positives
def test_an_attribution_inside_a_cued_clause_is_no_backward_record():
    # tabnak-1651 (review r2): «… گفتند،‌ به اعتقاد آنها …» must not take the cued clause as its content
    text = "همچنین سه چهره دیگر طالبان در شهر کویته گفتند،\u200c به اعتقاد آنها آخوندزاده در اثر این بیماری درگذشته است.\n"
    assert not _one(text, kind="according_to"), [(x.cue, x.content) for x in _claims(text)]


def test_an_attribution_that_opens_a_quote_takes_the_content_after_it():
    # roozno-1225 (review r2): «گفت: «به گفته آقای کرباسچی، …»»: not the narrator's clause before it
    text = ("نمازی، از اعضای کارگزاران، درباره اهداف این تشکل گفت: «به گفته آقای کرباسچی، ظاهرا قرار است که "
            "پارلمان اصلاحات با حضور ۲۹۰ نفر فعالیت خود را آغاز کند.»\n")
    c = _one(text, kind="according_to")
    assert c and c[0].content.startswith("ظاهرا قرار است"), [(x.cue, x.content) for x in _claims(text)]


def test_a_cue_inside_a_reporters_yes_no_question_is_no_statement():
    # asriran-2-493 (review r2): «در پاسخ به اینکه آیا اعضا … را نقض قطعنامه می‌دانند، گفت: …»
    text = ("تخت روانچی در پاسخ به اینکه آیا اعضای شورای امنیت خروج آمریکا از برجام را نقض قطعنامه 2231 "
            "می دانند، گفت: به طور طبیعی همه اعضا از یک ادبیات استفاده نمی کنند.\n")
    cues = [x.cue for x in _claims(text)]
    assert cues == ["گفت"], cues


def test_a_headless_relative_is_no_statement():
    # roozno-1225 (review r2): «آنچه موسوی لاری نوشت حاکی از … بود»; but «آنچه … را Z خواند» is one (roozno-1162)
    text = "آنچه موسوی لاری نوشت حاکی از لزوم برخی تغییرات در این شورا بود.\n"
    assert not _claims(text), [(x.cue, x.content) for x in _claims(text)]
    text2 = "وی آنچه در آبان۹۸ اتفاق افتاد را یک حادثه طبیعی خواند.\n"
    assert _one(text2, cue="خواند", content_has="یک حادثه طبیعی"), [(x.cue, x.content) for x in _claims(text2)]


# --------------------------------------------------------------------------- lexicon (data)

LEXICON = [
    # roozno-625 (review r2), sobhane2-35 (tune): belief frame + plain clause
    ("اما بعضی از کارشناسان هم معتقدند بیوتروریسم در عصر حاضر به اشکالی پیچیده تر در آمده است.\n",
     dict(cue="معتقدند", content_has="بیوتروریسم در عصر حاضر")),
    # fars-2-079, tabnak-1663 (review r2), tabnak-1400 (tune): «بر اساس این گزارش،» names the source just cited
    ("روزنامه گاردین در گزارشی نوشت: مذاکرات ادامه دارد.\nبر اساس این گزارش، سرکردگان دو گروه در سال گذشته شش بار دیدار کرده‌اند.\n",
     dict(kind="according_to", content="سرکردگان دو گروه در سال گذشته شش بار دیدار کرده‌اند")),
    # roozno-426 (review r2): «به نظر وی، …»
    ("میثم رادپور معتقد است که تاثیر روانی بیشتر است.\nبه نظر وی، انرژی نقدینگی در پی رشد قیمت دلار تخلیه شده است.\n",
     dict(kind="according_to", content="انرژی نقدینگی در پی رشد قیمت دلار تخلیه شده است")),
    # roozno-1225 (review r2): nominal «ضمن تایید X گفت»
    ("طباطبایی، سخنگوی حزب، ضمن تایید خبر استعفای عارف گفت: عارف از مدت‌ها پیش استعفا داده است.\n",
     dict(cue="ضمن تایید", content="خبر استعفای عارف")),
    # tabnak-242 (review r2): «اطلاع داده است که»
    ("سفارت آمریکا به دولت عراق اطلاع داده است که پاسخ نظامی در نظر گرفته شده است.\n",
     dict(kind="indirect", content="پاسخ نظامی در نظر گرفته شده است")),
    # tabnak-1650 (tune): «تهدید کرد» + plain clause
    ("آیت الله کاشانی تهدید کرد اگر انگلیسی ها دست از منابع نفتی ما بر ندارند، حکم جهاد صادر خواهد کرد.\n",
     dict(kind="indirect", content_has="اگر انگلیسی ها دست از منابع نفتی")),
]


@pytest.mark.parametrize("text,want", LEXICON)
def test_round3_lexicon(text, want):
    assert _one(text, **want), [(x.cue, x.kind, x.content) for x in _claims(text)]
