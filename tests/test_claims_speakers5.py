"""Speaker rules of the fifth pass, found on the round-2 tune articles (data/gold/claims_a*.jsonl, tune
ids only) and the round-2 reviews (data/gold/review_r1.tsv, review_r2.tsv); article ids in comments.
Every case fails if its rule is removed."""

import pytest

from claims_helpers import _claims, _speakers


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
    assert _speakers(text) == ["جورج دبلیو بوش"]     # the surname, completed by the gazetteer


@pytest.mark.parametrize("org", ["مرکز ارتباطات و امور بین‌الملل گروه خودروسازی سایپا",
                                 "کمیسیون امنیت ملی و سیاست خارجی مجلس",
                                 "موسسه تحقیقات ماهی و حیات وحش"])
def test_an_organisation_name_is_not_cut_at_va(org):
    # tabnak-1442: «مرکز ارتباطات و امور بین‌الملل گروه خودروسازی سایپا با صدور … خواست …»; fars-2-178
    # and asriran-1-549 (reviews / speaker checks)
    text = f"{org} با صدور اطلاعیه‌ای اعلام کرد که ثبت نام تا هفته آینده ادامه دارد."
    assert _speakers(text) == [org]


def test_coordinated_subjects_stay_apart():
    # the «و» rule must not glue a second subject head or a pronoun onto the first
    text = "سازمان ملل و آمریکا اعلام کردند که مذاکرات ادامه دارد.\nوزارت خارجه و وی گفتند که مذاکرات ادامه دارد."
    assert _speakers(text)[0] != "سازمان ملل و آمریکا"
    assert "وی" not in _speakers(text)[1]


def test_a_commission_rapporteur_title_with_va_binds_forward():
    # fars-4-095: lead «مخبر كميسيون آموزش و تحقيقات مجلس گفت: …», the name only further down
    text = ("مخبر کمیسیون آموزش و تحقیقات مجلس گفت: بر نحوه نظارت بر مقاوم‌سازی مدارس اختلاف وجود دارد.\n"
            "به گزارش خبرگزاری فارس، محمد حیاتی در جلسه کمیسیون اظهار داشت: نظارت باید دوگانه باشد.\n"
            "مخبر کمیسیون آموزش و تحقیقات مجلس اظهار داشت: سازمان نوسازی مدارس خودش می‌سازد.")
    assert _speakers(text) == ["محمد حیاتی"] * 3


def test_a_surname_that_also_heads_a_title_stays_in_the_name():
    # tabnak-902: «محمد مخبر رئیس ستاد اجرایی فرمان امام … اظهار کرد» (not «مخبر کمیسیون»)
    text = ("رئیس ستاد اجرایی فرمان امام گفت: تولید ژل ادامه دارد.\n"
            "به گزارش «تابناک» صبح امروز (چهارشنبه) محمد مخبر رئیس ستاد اجرایی فرمان امام در مراسمی اظهار کرد: "
            "به زودی این مرحله دفع می‌شود.")
    assert _speakers(text) == ["محمد مخبر", "محمد مخبر"]


def test_new_title_heads():
    # roozno-707: «"هرب برفیل" سیاست‌مدار و متحد مکرون به نیویورک تایمز گفت»; review r1 fars-2-013:
    # «این اقتصاددان … گفت» after «عبدالمجید شیخی، اقتصاددان»
    assert _speakers('"هرب برفیل" سیاست‌مدار و متحد مکرون به نیویورک تایمز گفت: مردم ناامید می‌شوند.') == ["هرب برفیل"]
    text = ("عبدالمجید شیخی، اقتصاددان، گفت: تورم بالا است.\n"
            "این اقتصاددان با تاکید بر اینکه دولت یازدهم عملکرد مثبتی داشت، گفت: رکود ادامه دارد.")
    assert _speakers(text)[-1] == "عبدالمجید شیخی"


def test_an_organisation_takes_the_longer_form_the_article_gives_it():
    # review r1 fars-2-178: «کمیسیون امنیت ملی و سیاست خارجی مجلس … اعلام کردند» / «… مجلس شورای اسلامی»
    text = ("کمیسیون امنیت ملی مجلس در بیانیه‌ای اعلام کرد که این اقدام محکوم است.\n"
            "کمیسیون امنیت ملی مجلس شورای اسلامی اعلام کرده است که پاسخ می‌دهد.")
    assert _speakers(text) == ["کمیسیون امنیت ملی مجلس شورای اسلامی"] * 2


def test_a_glued_sayyid_is_stripped_and_the_surname_kept_before_the_object():
    # review r2 roozno-990: «سيدمصطفي ميرسليم اظهارات ترکان را رد نمي‌کند و چنين مي‌گويد: «…»»
    text = "سيدمصطفي ميرسليم اظهارات ترکان را رد نمي‌کند و چنين مي‌گويد: «راه‌حل اصولي شفافيت است.»"
    assert _speakers(text) == ["مصطفی میرسلیم"]


def test_split_honorifics_are_stripped():
    # tabnak-1650: «، حجت‌الاسلام والمسلمین محسنی اژه‌ای سخنگوی قوه قضائیه از … خبر داد»;
    # review r2 fars-5-213: «سر دار مویدی در ادامه افزود»
    text = ("سخنگوی قوه قضائیه گفت: ده بدهکار بانکی بازداشت شدند.\n"
            "، حجت‌الاسلام والمسلمین محسنی اژه‌ای سخنگوی قوه قضائیه از بازداشت ۱۰ بدهکار بانکی خبر داد.")
    assert _speakers(text) == ["غلامحسین محسنی اژه‌ای"] * 2     # honorifics gone; the gazetteer completes the name
    text = ("به گزارش خبرنگار فارس، سردار علی مویدی رئیس پلیس مبارزه با مواد مخدر گفت: کشفیات افزایش داشته است.\n"
            "سر دار مویدی در ادامه افزود: کارگاه‌ها منهدم شدند.")
    assert _speakers(text) == ["علی مویدی", "علی مویدی"]


def test_a_run_in_headline_glued_to_an_honorific_is_no_first_name():
    # roozno-883: «… نفر در وضعیت شدید قرار دارنددکتر جهانپور سخنگوی وزارت بهداشت خبر داد: …⏎… جهانپور گفت: …»
    text = ("آخرین آمار کرونا در ایران؛ نفر در وضعیت شدید این بیماری قرار دارنددکتر جهانپور سخنگوی وزارت بهداشت "
            "خبر داد: از دیروز تا امروز بیمار جدید شناسایی شد.\n"
            "به گزارش روزنو، جهانپور گفت: مجموع بیماران به ۶۷ هزار نفر رسید.")
    assert _speakers(text) == ["کیانوش جهانپور"] * 2     # no «دارنددکتر» first name; the gazetteer completes it


def test_an_adjective_in_i_does_not_complete_a_surname_but_a_given_name_does():
    # roozno-660: «با وجود این دیدگاههای خرافی ترامپ …⏎با این حال، ترامپ بر این عقیده است که …» gave «خرافی ترامپ»
    text = ("با وجود این دیدگاههای خرافی جانسون، اوضاع بدتر شد.\n"
            "با این حال، جانسون گفت که معاینات تنها با علایم ضروری است.")
    assert _speakers(text) == ["بوریس جانسون"]     # not «خرافی جانسون»; the gazetteer completes the surname
    text = ("دیروز مرتضی جانسون به تهران رسید.\n"
            "با این حال، جانسون گفت که معاینات تنها با علایم ضروری است.")
    assert _speakers(text) == ["مرتضی جانسون"]


def test_a_plural_noun_subject_is_a_group_not_a_person():
    # roozno-332: «دستیار رئیس جمهور تاکید کرد: …⏎این کشورها اعلام کرده‌اند، اگر در لیست سیاه قرار بگیریم …»
    text = ("علی یونسی دستیار رئیس جمهور تاکید کرد: حتی کشورها هم با ما همراهی نخواهند کرد.\n"
            "این کشورها اعلام کرده‌اند، اگر در لیست سیاه قرار بگیریم وضعیت ما دچار مشکل می‌شود.")
    out = _claims(text)
    assert (out[-1].speaker, out[-1].source_type) == ("کشورها", "group")
    # sobhane2-130: «فروشگاه‌های زنجیره‌ای … اعلام کرده‌اند» is no person
    out = _claims("فروشگاه‌های زنجیره‌ای از روز گذشته اعلام کرده‌اند که تخفیف‌ها را افزایش می‌دهند.")
    assert (out[0].speaker, out[0].source_type) == ("فروشگاه‌های زنجیره‌ای", "group")


def test_a_plural_time_adverbial_is_no_subject():
    # review r1 roozno-216: «این روزها حداقل پنج لیست … منتشرشده است، سخنگوی جبهه … می‌گوید: …»
    text = ("این روزها حداقل پنج لیست انتخاباتی منتسب به جریان اصولگرایی منتشرشده است، سخنگوی جبهه پیروان خط امام "
            "و رهبری درباره ناکامی اصولگرایان در رسیدن به وحدت می‌گوید: منشأ آنها لیست شورای ائتلاف است.")
    assert "روزها" not in _claims(text)[0].speaker


def test_a_title_spelled_with_or_without_the_plural_ezafe_is_the_same_title():
    # sobhane2-130: «رئیس اتحادیه کشوری فروشگاه‌های زنجیره‌ای» early, «رئیس اتحادیه فروشگاه‌ها زنجیره‌ای» later,
    # after a narrative line
    text = ("رئیس اتحادیه کشوری فروشگاه‌های زنجیره‌ای اعلام کرد: تخفیف‌ها ادامه دارد.\n"
            "«امیرخسرو فخریان» شامگاه چهارشنبه افزود: فروشگاه‌ها طرح ویژه‌ای اجرا کرده‌اند.\n"
            "در این حوادث ۷۷ فروشگاه کاملا تخریب شد.\n"
            "این آسیب‌ها بیشتر به تجهیزات وارد شد.\n"
            "رئیس اتحادیه فروشگاه‌ها زنجیره‌ای تصریح کرد: بسیاری از بیمه‌ها بیمه آشوب ندارند.")
    assert _speakers(text) == ["امیرخسرو فخریان"] * 3


def test_a_connective_after_a_finite_verb_opens_the_clause_of_the_subject():
    # roozno-609: «کوریا تایمز گزارش کرده نادر است که … دور باشد به همین دلیل تحلیلگران بر این باورند که …»
    text = ("کوریا تایمز گزارش کرده نادر است که یک رهبر کره شمالی برای مدت طولانی از پایتخت دور باشد به همین دلیل "
            "تحلیلگران بر این باورند که این امر با ترس از ویروس کرونا در ارتباط است.")
    assert _speakers(text)[-1] == "تحلیلگران"
    # no finite verb before the connective: the subject stays the one before it
    assert _speakers("علی رضایی به همین دلیل گفت که مذاکرات ادامه دارد.") == ["علی رضایی"]


@pytest.mark.parametrize("surface,want", [
    ("یکی از نمایندگان پارلمان عراق", "نماینده پارلمان عراق"),      # tabnak-1334
    ("یکی دیگر از ماموران اداره آگاهی", "مامور اداره آگاهی"),        # fars-5-076
    ("یکی از این منابع پالایشگاهی", "منبع پالایشگاهی"),             # asriran-1-1077 (singulars table)
    ("یکی از مسئولان دفتر الکاظمی", "مسئول دفتر الکاظمی"),          # review r2 tabnak-1651
])
def test_one_of_a_plural_description_is_the_singular_description(surface, want):
    out = _claims(f"{surface} گفت: عکس این افراد را چاپ کنید.")
    assert (out[0].speaker, out[0].source_type) == (want, "anonymous")


def test_an_unnamed_expert_is_the_one_named_later_with_the_same_title():
    # review r2 roozno-426: «یک کارشناس اقتصادی می‌گوید: …» … «"میثم رادپور" کارشناس اقتصادی … گفت: …⏎این استاد
    # دانشگاه خاطرنشان کرد: …» (not the organisation «دانشگاه»)
    text = ("یک کارشناس اقتصادی می‌گوید: بخشی از رشد قیمت ناشی از تاثیر روانی است.\n"
            "بازار ارز در روزهای اخیر رشد قابل توجهی را تجربه کرده است.\n"
            "«میثم رادپور» کارشناس اقتصادی درباره نوسانات اخیر بازار ارز گفت: بخشی از این رشد روانی است.\n"
            "این استاد دانشگاه خاطرنشان کرد: بانک‌ها روابط خود را محدود کرده‌اند.")
    assert _speakers(text) == ["میثم رادپور"] * 3


def test_an_unnamed_official_is_not_bound_to_an_earlier_title():
    # asriran-1-1031 (speaker checks): «یک مسؤول دولتی عراقی اعلام کرد» stays unnamed, even when an earlier
    # record registered a similar title
    text = ("مصطفی الکاظمی، مسؤول عراقی، گفت: آتش‌بس لازم است.\n"
            "یک مسؤول دولتی عراقی اعلام کرد که الکاظمی از رهبران حشد شعبی کمک خواست.")
    assert _speakers(text)[-1] == "مسئول دولتی عراقی"


def test_a_run_in_headline_glued_to_the_surname_or_to_vey_is_split_off():
    # review r2 roozno-426: «محدود کردن جریان پول به کشور نیسترادپور در ادامه گفت: …», «… سپرده بانکیوی افزود: …»
    text = ("«میثم رادپور» کارشناس اقتصادی درباره بازار ارز گفت: بخشی از این رشد روانی است.\n"
            "محدود کردن جریان پول به کشور ممکن نیسترادپور در ادامه گفت: بانک‌ها مسیرهای فعلی را حفظ می‌کنند.\n"
            "منقضی شدن گواهی‌های سپرده بانکیوی افزود: نقدینگی به سمت بازار ارز نمی‌رود.")
    assert _speakers(text) == ["میثم رادپور"] * 3


def test_a_word_ending_in_vav_with_ezafe_is_no_glued_vey():
    # «تابلوی» is «تابلو» + ezafe (tabnak-285), not «تابل» + «وی»; «بانکیوی» is «بانکی» + «وی» (roozno-426)
    from helpers.claims import _lexicon as L
    from helpers.claims._engine import Structure
    lx = L.load()
    glued = lambda s: Structure._glued_names(L.match_fold(s), lx.lexicon_words, lx.glue_verbs)
    assert glued("نرخ ارز روی تابلوی صرافی‌ها ثابت ماند.") == set()
    assert glued("منقضی شدن گواهی‌های سپرده بانکیوی افزود: نقدینگی زیاد است.") != set()


def test_a_first_name_with_zwnj_completes_the_surname():
    # review r2 roozno-216: «سید کمال‌الدین سجادی سخنگوی جبهه …» … «سجادی گفت» gave «الدین سجادی»
    text = ("سید کمال‌الدین سجادی سخنگوی جبهه پیروان خط امام و رهبری امروز در تهران حضور یافت.\n"
            "سجادی گفت: لیست اصلی لیست شورای ائتلاف است.")
    assert _speakers(text) == ["کمال‌الدین سجادی"]


@pytest.mark.parametrize("date", ["18 آبان گذشته هم", "اوایل اسفند 97", "1 اسفند 1395،"])
def test_a_date_before_the_subject_is_skipped(date):
    # review r2 roozno-1225 («18 آبان گذشته هم غلامحسین کرباسچی، دبیرکل حزب کارگزاران گفت: …», «اوایل اسفند 97
    # محمد عطریانفر از … خبر داد») and tabnak-755 («1 اسفند 1395، وزارت اقتصاد …»)
    text = f"{date} غلامحسین کرباسچی، دبیرکل حزب کارگزاران گفت: پارلمان اصلاحات تشکیل می‌شود."
    assert _speakers(text) == ["غلامحسین کرباسچی"]


def test_a_date_before_an_adjunct_keeps_the_apposition_subject():
    # tabnak-755: «1 اسفند 1390، در شرایطی که مجلس … ارسال کرد، بهروز علیشیری معاون وزیر اقتصاد … می‌گوید …»
    text = ("1 اسفند 1390، در شرایطی که مجلس برای دومین بار طرح را به شورای نگهبان ارسال کرد، بهروز علیشیری "
            "معاون وزیر اقتصاد می‌گوید طرح مشترک هیچ ارتباطی با کسب و کار ندارد.")
    assert _speakers(text) == ["بهروز علیشیری"]


def test_this_newspaper_is_the_outlet_named_before_and_not_its_object():
    # roozno-660: «روزنامه واشنگتن پست خاطر نشان کرد …⏎این روزنامه دلیل این مطلب را … توصیف کرد»
    text = ("به گزارش ایرنا، روزنامه واشنگتن پست در مطلبی به موفقیت برخی کشورها در مبارزه با کرونا پرداخت.\n"
            "این روزنامه دلیل این مطلب را خودخواه و مغرور بودن ترامپ توصیف کرد.")
    out = _claims(text)
    assert (out[-1].speaker, out[-1].source_type) == ("واشنگتن پست", "media")


def test_this_report_is_the_report_quoted_before_not_the_credit_outlet():
    # review r2 tabnak-242: «در گزارش بی‌بی‌سی … آمده است: …⏎به گزارش ایسنا، … ⏎این گزارش تاکید می‌کند: …»
    text = ("در گزارش بی‌بی‌سی درباره آینده حضور نیروهای آمریکایی در عراق آمده است: تعداد موشک‌ها به ۱۰۹ رسیده است.\n"
            "به گزارش ایسنا، گزارش بی‌بی‌سی با عبارت «می‌آید، می‌آید» شروع شده است.\n"
            "سفارت آمریکا در طرف دیگر مسیر قرار دارد.\n"
            "این گزارش تاکید می‌کند: یک ساعت بعد به ما اطلاع داده شد وضعیت امن است.")
    assert _speakers(text)[-1] == "بی‌بی‌سی"
    # with no report quoted before, «این گزارش» is still the credit line's outlet
    text = ("به گزارش پایگاه اطلاع‌رسانی بانک توسعه تعاون، بانک وام جدید داد.\n"
            "این گزارش حاکی است که وام‌ها افزایش یافته است.")
    assert _speakers(text) == ["پایگاه اطلاع‌رسانی بانک توسعه تعاون"]


def test_a_title_marked_with_niz_is_a_new_speaker_named_on_the_next_line():
    # review r1 fars-5-124: «… افزود: …⏎دبیر ستاد اقامه نماز خراسان جنوبی نیز از … خبر داد.⏎حجت‌الاسلام ابوالحسن نبئی افزود: …»
    text = ("حسینعلی برزگران رئیس ستاد برگزاری اجلاس گفت: شش کمیته برای اجلاس فعالیت می‌کنند.\n"
            "دبیر ستاد اقامه نماز خراسان جنوبی نیز از برگزاری نوزدهمین اجلاس سراسری نماز در بیرجند خبر داد.\n"
            "حجت‌الاسلام ابوالحسن نبئی افزود: اجلاس با پیام رهبر انقلاب آغاز می‌شود.")
    assert _speakers(text) == ["حسینعلی برزگران", "ابوالحسن نبئی", "ابوالحسن نبئی"]


def test_an_unnamed_source_keeps_its_organisation_after_dar():
    # review r2 tabnak-1651: «یک مقام ارشد در دولت افغانستان اظهار کرد، …⏎این مقام که نامش را فاش نکرد گفت: …»
    text = ("یک مقام ارشد در دولت افغانستان اظهار کرد، دیگر اعضای طالبان هم مبتلا شده‌اند.\n"
            "این مقام که نامش را فاش نکرد گفت: تقریبا همه در قرنطینه هستند.")
    assert _speakers(text) == ["مقام ارشد در دولت افغانستان"] * 2
    # a named person's «در» is still an adjunct («… در مجلس گفت»)
    assert _speakers("علی رضایی در مجلس گفت: بودجه کافی نیست.") == ["علی رضایی"]


def test_a_website_head_with_its_adjective_is_dropped_from_the_outlet():
    # review r1 fars-2-079: «سایت اینترنتی میدل ایست آن لاین … نوشت: …»
    out = _claims("سایت اینترنتی میدل ایست آن لاین در گزارشی نوشت: فراتینی به تهران سفر می‌کند.")
    assert (out[0].speaker, out[0].source_type) == ("میدل ایست آن لاین", "media")


def test_a_credit_line_without_comma_ends_before_an_honorific():
    # review r2 fars-5-213: «به گزارش خبرنگار فارس و به نقل از پایگاه اطلاع رسانی پلیس سردار علی مویدی رئیس … گفت: …»
    text = ("به گزارش خبرنگار فارس و به نقل از پایگاه اطلاع رسانی پلیس سردار علی مویدی رئیس پلیس مبارزه با مواد "
            "مخدر گفت: کشفیات شیشه ۱۴۰ درصد افزایش داشته است.")
    out = _claims(text)
    assert out[0].speaker == "علی مویدی"
    assert "پایگاه اطلاع رسانی پلیس" in " ".join(out[0].chain)


def test_a_lead_description_after_an_adjunct_is_bound_to_the_person_named_next():
    # review r2 tabnak-1144: «با توجه به … که آن‌ها را … تحت فشار قرار داده، یک اقتصاددان در این زمینه … اظهار کرد: …⏎
    # به گزارش ایسنا، … جعفر خیرخواهان …» («آن‌ها را» is an object, not the subject)
    text = ("با توجه به شیوع کرونا و تاثیرات آن بر کسب‌وکارها که آن‌ها را تحت فشار قرار داده، یک اقتصاددان در این "
            "زمینه اظهار کرد: یک یارانه کرونایی هم در نظر گرفته شود.\n"
            "به گزارش ایسنا، جعفر خیرخواهان درباره حمایت از کسب‌وکارها توضیح داد.")
    assert _speakers(text)[0] == "جعفر خیرخواهان"
    # an anonymous source in the lead stays unnamed
    text = ("یک منبع آگاه اظهار کرد: مذاکرات ادامه دارد.\n"
            "به گزارش ایسنا، جعفر خیرخواهان درباره حمایت از کسب‌وکارها توضیح داد.")
    assert _speakers(text)[0] == "منبع آگاه"


def test_a_description_between_two_statements_of_one_person_is_that_person():
    # speaker checks fars-2-072: «وی گفت: …⏎یک استاد دانشگاه در ادامه افزود: …⏎روستا قانون … را … دانست»
    text = ("احمد روستا اظهار داشت: دولت جدید باید جلوی فرار سرمایه را بگیرد.\n"
            "وی گفت: قانون جذب سرمایه‌گذاری خارجی باید اصلاح شود.\n"
            "یک استاد دانشگاه در ادامه افزود: این کار مستلزم اجرای نظرات کارشناسان است.\n"
            "روستا گفت: سرمایه باید به کشور وارد شود.")
    assert _speakers(text) == ["احمد روستا"] * 4
