"""Recall and span rules of the sixth coverage pass (third session), found on the round-3 tune articles
(data/gold/claims_b*.jsonl, split tune:3); article ids in comments. Every case fails if its rule is removed."""

from claims_helpers import _claims, _one


def test_characterisation_content_starts_after_a_leading_adjunct():
    # fars-2-176: «وی در پایان همکاری سفارت کشورمان … را در این خصوص لازم دانست»: «در پایان» frames the
    # statement, the content «Y را Z» starts after it
    text = ("وزیر کشور گفت: مرحله اضطرار سپری شده است.\n"
            "وی در پایان همکاری سفارت کشورمان در کابل را در این خصوص لازم دانست.")
    got = _one(text, cue="دانست")
    assert len(got) == 1 and got[0].content.startswith("همکاری سفارت")


def test_a_line_with_a_request_frame_ends_the_colon_turn():
    # roozno-746: «ذوالقدر تاکید کرد: … برای سلامت مردم و جامعه است.⏎… یک نماینده تهران … نیز خواستار بستن
    # جاده‌ها … شد.»: the «خواستار Y شد» line is another statement, not the turn's continuation
    text = ("ذوالقدر تاکید کرد: اگر کرونا را جدی بگیریم بر این بحران غلبه پیدا می‌کنیم و این تهدیدی جدی برای سلامت مردم است.\n"
            "نماینده دیگری از تهران در مجلس شورای اسلامی نیز خواستار بستن جاده‌ها برای جلوگیری از شیوع کرونا شد.")
    got = _one(text, cue="تاکید کرد")
    assert len(got) == 1 and got[0].content.endswith("سلامت مردم است")


def test_a_slash_headline_does_not_continue_a_colon_turn():
    # fars-1-092 (a news digest): «مجید رفیع زاده … گفت: دورانی که … به سر آمده است.⏎بازخوانی 6 تهاجم به غزه …//
    # غزه؛ 8 سال اقتدار و مظلومیت(3)/ عملیات «زمستان داغ»+اینفوگرافی⏎…»: the next item's headline ends the turn
    text = ("مجید رفیع زاده کارشناس مطرح بین‌المللی در مصاحبه با خبرگزاری فارس گفت: دورانی که آمریکا یک ابرقدرت "
            "به شمار می‌آمد به سر آمده است.\n"
            "بازخوانی 6 تهاجم به غزه طی 8 سال دفاع مظلومانه// غزه؛ 8 سال اقتدار و مظلومیت(3)/ عملیات «زمستان داغ»\n"
            "این تهاجم وحشیانه سومین عملیات نظامی از زمان پیروزی مقاومت اسلامی فلسطین در انتخابات است.")
    got = _one(text, cue="گفت")
    assert len(got) == 1 and got[0].content.endswith("به سر آمده است")


def test_adverbial_clause_ends_before_the_main_cues_addressee():
    # fars-5-286: «حمیدرضا سجادیان با بیان این که یکی از برنامه‌های اصلی دولت و مجلس اشتغال جوانان است به خبرگزاری
    # فارس گفت: …»: «به خبرگزاری فارس» goes with «گفت», not with the «با بیان این که» clause
    text = ("حمیدرضا سجادیان با بیان این که یکی از برنامه‌های اصلی دولت و مجلس اشتغال جوانان است به خبرگزاری فارس "
            "گفت: آزمون استخدام ادواری باید حذف شود.")
    got = _one(text, cue="با بیان این که")
    assert len(got) == 1 and got[0].content == "یکی از برنامه‌های اصلی دولت و مجلس اشتغال جوانان است"


def test_innermost_source_of_a_naql_chain_is_according_to():
    # fars-5-182: «مرکز اطلاع‌رسانی فلسطین … به نقل از وزارت بهداشت غزه گزارش داد که …»: the ministry is the
    # source and the «به نقل از» attribution governs the content (guideline §1 chains, §2)
    text = ("مرکز اطلاع‌رسانی فلسطین شامگاه جمعه به نقل از وزارت بهداشت غزه گزارش داد که ۴۸ تن با گلوله جنگی "
            "زخمی شده‌اند.")
    got = _claims(text)
    assert len(got) == 1 and got[0].speaker == "وزارت بهداشت غزه" and got[0].kind == "according_to"


def test_characterisation_of_a_listed_object_starts_after_the_subject():
    # fars-1-280: «وی برگزاری همایش …، برپایی نمایشگاه‌هایی …، اجرای مسابقات …، و همایش کوهنوردی … را از دیگر
    # برنامه‌های روز ارتش اعلام نمود»: the commas list the object's items; the content is the whole «Y را Z»
    text = ("واعظی گفت: مراسم روز ارتش برگزار می‌شود.\n"
            "وی برگزاری همایش بزرگداشت منزلت سرباز، برپایی نمایشگاه‌هایی از دستاوردهای ارتش، و همایش کوهنوردی "
            "را از دیگر برنامه‌های روز ارتش اعلام نمود.")
    got = _one(text, cue="اعلام نمود")
    assert len(got) == 1 and got[0].content.startswith("برگزاری همایش")
    # an adjunct set off by a comma still stays out
    text = ("واعظی گفت: مراسم روز ارتش برگزار می‌شود.\n"
            "وی در واکنش به این خبر، برپایی نمایشگاه و همایش کوهنوردی را از دیگر برنامه‌های ارتش اعلام نمود.")
    got = _one(text, cue="اعلام نمود")
    assert len(got) == 1 and got[0].content.startswith("برپایی نمایشگاه")


def test_cue_glued_to_and_is_a_cue():
    # fars-4-142: «… خبر داد وافزود: ما تلاش خواهیم کرد …»: «و» glued to «افزود»
    text = ("محسن آقایی گفت: کار ادامه دارد.\n"
            "وی در ادامه از ایجاد گروه‌های تخصصی سازندگان قطعات واگن خبر داد وافزود: ما تلاش خواهیم کرد.")
    got = _one(text, cue="افزود")
    assert len(got) == 1 and got[0].content == "ما تلاش خواهیم کرد" and got[0].kind == "direct"


def test_cue_in_a_relative_clause_before_the_main_cue_is_no_statement():
    # fars-4-142: «محسن پورسید آقایی که در گردهمایی مدیران … سخن می گفت افزود: …»: «می گفت» is in a relative
    # clause on the subject; its "content" opens with the main cue
    text = ("به گزارش روابط عمومی شرکت رجاء، محسن پورسید آقایی که در گردهمایی مدیران شرکت‌های خصوصی سخن می گفت "
            "افزود: امروزه شرکت های موفق خارجی شیوه سنتی را کنار گذاشته‌اند.")
    got = _claims(text)
    assert [c.cue for c in got] == ["افزود"]


def test_cue_with_a_resumptive_object_takes_no_clause():
    # fars-5-196: ««سند توافق مصری» که … «محمد علی» آن را اعلام کرده، دریافته است که …»: «آن را» is what was
    # announced; the clause after the comma is the statement's, not «محمد علی»'s
    text = ("در این بیانیه آمده است که اخوان‌المسلمین پس از بررسی «سند توافق مصری» که «محمد علی» آن را اعلام کرده، "
            "دریافته است که این سند پایه مناسبی برای همکاری است.")
    assert [c.cue for c in _claims(text)] == ["آمده است"]


def test_reported_clause_ends_before_the_narrators_finally():
    # fars-5-196: «… سخن گفت و مدعی شد که اسناد زیادی از موارد فساد حکومتی در دست دارد و سرانجام در روزهای ۳۰
    # شهریور تا ۵ مهر خیابان‌های مصر … شاهد تظاهرات ضد حکومتی بود»
    text = ("محمد علی در ویدئویی از فساد در خانواده السیسی سخن گفت و مدعی شد که اسناد زیادی از موارد فساد در دست دارد "
            "و سرانجام در روزهای ۳۰ شهریور تا ۵ مهر خیابان‌های مصر شاهد تظاهرات ضد حکومتی بود.")
    got = _one(text, cue="مدعی شد")
    assert len(got) == 1 and got[0].content.endswith("در دست دارد")


def test_two_nominal_adverbials_before_one_cue_are_two_records():
    # fars-2-240: «سخنگوی جنبش جهاد اسلامی با اشاره به ادامه تجاوزات … ضمن تاکید مجدد بر شروط مقاومت … گفت: …»
    text = ("سخنگوی جنبش جهاد اسلامی با اشاره به ادامه تجاوزات رژیم صهیونیستی در فلسطین ضمن تاکید مجدد بر شروط "
            "مقاومت برای مذاکره با این رژیم گفت: این تجاوزات نشان می‌دهد که دشمن زبان دیگری را نمی‌فهمد.")
    a = _one(text, cue="با اشاره به")
    assert len(a) == 1 and a[0].content == "ادامه تجاوزات رژیم صهیونیستی در فلسطین"
    b = _one(text, cue="ضمن تاکید مجدد بر")
    assert len(b) == 1 and b[0].content == "شروط مقاومت برای مذاکره با این رژیم"


def test_motazakker_shod_takes_a_comma_paraphrase():
    # fars-5-199: «وی با تاکید بر روحیه شجاعت و استواری متذکر شد ، اگر روحیه استواری … پایدار باشد … خواهد شد»
    text = ("انصاری گفت: ما دشمنان خود را می‌شناسیم.\n"
            "وی با تاکید بر روحیه شجاعت متذکر شد ، اگر روحیه استواری در جوامع ما پایدار باشد باعث ترس دشمنان خواهد شد.")
    got = _one(text, cue="متذکر شد")
    assert len(got) == 1 and got[0].content.startswith("اگر روحیه") and got[0].kind == "indirect"
