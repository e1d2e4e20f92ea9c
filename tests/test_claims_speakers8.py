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


def test_a_known_surname_ends_its_noun_phrase():
    # fars-5-199: «محمد علی انصاری … گفت» … «انصاری هشدار دیگر امام (رض) توجه به … دانست و یادآوری کرد:»: the
    # surname the article completed is the subject, not «انصاری هشدار دیگر امام توجه»
    text = ("محمد علی انصاری در مرقد امام گفت: ما دشمنان خود را می‌شناسیم.\n"
            "انصاری هشدار دیگر امام توجه به مسائل مادی دانست و یادآوری کرد: این مساله خطرناک است.")
    assert _speakers(text) == ["محمد علی انصاری", "محمد علی انصاری"]


def test_a_lone_surname_is_not_completed_from_a_body_name_or_from_varying_nouns():
    # fars-5-199: «رئیس موسسه تنظیم و نشر آثار امام …» and «امام … هشدار داده بودند»: «آثار» runs on inside an
    # organisation's name, and «پیروان امام», «آثار امام» are nouns, not one first name
    text = ("رئیس موسسه تنظیم و نشر آثار امام راحل گفت: امام هشدار داده بودند که باید دشمنان را بشناسیم.")
    assert "آثار امام" not in _speakers(text)
    text = ("پیروان امام در این مراسم حضور داشتند.\n"
            "محمد علی انصاری گفت: امام هشدار داده بودند که باید دشمنان را بشناسیم.\n"
            "گسترش آثار امام در دنیا ادامه دارد.")
    assert not any(s.endswith(" امام") for s in _speakers(text))


def test_run_in_headline_glued_to_one_plus_title():
    # roozno-746: «جاده ها را ببندیدیک نماینده تهران در مجلس … نیز خواستار بستن جاده‌ها … شد.⏎ابوالفضل سروش در
    # مطلبی … دانست»: the headline's verb glued to «یک» starts a sentence, the description is the person the next
    # line names, and the line with «خواستار … شد» ends the colon turn before it
    text = ("سیده فاطمه ذوالقدر اظهار کرد: ما شاهد تماس افرادی هستیم که از بازگشایی ادارات ناراضی هستند.\n"
            "خیلی از روسای ادارات هم با دورکاری و مرخصی موافقت نمی‌کنند.\n"
            "ذوالقدر تاکید کرد: اگر کرونا را جدی بگیریم بر این بحران غلبه پیدا می‌کنیم و این تهدیدی جدی برای سلامت مردم است.\n"
            "جاده ها را ببندیدیک نماینده تهران در مجلس شورای اسلامی نیز خواستار بستن جاده‌ها برای جلوگیری از شیوع کرونا شد.\n"
            "ابوالفضل سروش در مطلبی در صفحه توییتر خود محدودیت سفر را باعث شکستن زنجیره انتقال ویروس دانست.")
    got = _claims(text)
    assert got[1].content.endswith("سلامت مردم است")
    req = [c for c in got if c.cue.startswith("خواستار")]
    assert len(req) == 1 and req[0].speaker == "ابوالفضل سروش"


def test_one_plus_title_is_not_the_next_name_marked_as_another_speaker():
    # sobhane2-35 (tune:1), the guard of the rule above: «یک فعال بازار … گفت: …⏎موتمنی نیز پیش تر تاکید کرده بود
    # …»: «نیز» marks another speaker, so the description stays unnamed
    text = ("بازار خودرو این روزها راکد است و خریداران منتظر کاهش قیمت‌ها هستند.\n"
            "برخی فعالان بازار معتقدند حتی خودروهای ارزان نیز این روزها مشتری ندارند.\n"
            "یک فعال بازار در خصوص وضعیت بازار خودرو گفت: خریداران اندکی در بازار حضور دارند.\n"
            "موتمنی نیز پیش تر تاکید کرده بود سرمایه گذاران از بازار خارج شده‌اند.")
    assert _speakers(text)[1] == "فعال بازار"


def test_researcher_is_a_title_bound_by_a_later_apposition():
    # fars-4-159: «محقق مرکز «گلوبال ریسرچ» … عنوان کرد» in the lead, then «استفان لندمن»، محقق مرکز «گلوبال ریسرچ»
    text = ("محقق مرکز «گلوبال ریسرچ» در مصاحبه با فارس عنوان کرد که ساختار بین‌المللی بدتر خواهد شد.\n"
            "به گزارش فارس، «استفان لندمن»، محقق مرکز «گلوبال ریسرچ» می‌گوید که ساختار بین‌المللی تغییر خواهد کرد.")
    assert _speakers(text) == ["استفان لندمن", "استفان لندمن"]


def test_outlet_named_bare_elsewhere_drops_its_head():
    # fars-1-092: «صدای آمریکا: توافق … خواهد بود⏎رادیو صدای آمریکا گفت: …»: the outlet is «صدای آمریکا»
    text = ("صدای آمریکا: توافق هسته‌ای احتمالی با ایران تنها میراث اوباما خواهد بود\n"
            "رادیو صدای آمریکا گفت: توافق موقت هسته‌ای با ایران می‌تواند میراث خوبی از اوباما باشد.")
    assert _speakers(text)[-1] == "صدای آمریکا"
    # with no bare mention, the head stays
    text = "رادیو صدای آمریکا گفت: توافق موقت هسته‌ای با ایران می‌تواند میراث خوبی از اوباما باشد."
    assert _speakers(text) == ["رادیو صدای آمریکا"]


def test_member_of_this_party_in_parliament_names_the_party():
    # tabnak-610: «حزب چپ آلمان خواهان توقف صادرات سلاح … شد.⏎نماینده این حزب در پارلمان گفت: …»: the request
    # «خواهان Y شد» is a record, the title keeps the body its holder sits in, and «این حزب» is the party
    text = ("در این راستا حزب چپ آلمان خواهان توقف صادرات سلاح به کشورهای شرکت کننده در بحران لیبی شد.\n"
            "نماینده این حزب در پارلمان گفت: کسی که راه را برای قطعنامه هموار می‌کند نباید سلاح صادر کند.")
    got = _claims(text)
    assert [c.speaker for c in got] == ["حزب چپ آلمان", "نماینده حزب چپ آلمان در پارلمان"]
