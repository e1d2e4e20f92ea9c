"""Speaker rules of the third pass, each on sentences shaped after the unannotated dev articles of the
speaker-only development set (data/gold/speaker_checks.tsv; ids in comments), plus the scorer of that
set. Every case fails if its rule is removed."""

from helpers.claims.checks import load_checks, score
from helpers.evaluate import speaker_key
from claims_helpers import _claims, _speakers


def test_bare_zwnj_after_a_credit_comma_keeps_the_subject():
    # fars-5-160: «به گزارش اداره کل … وزارت امور خارجه،‌ حمید رضا آصفی تاکید کرد»
    text = ("سخنگوی وزارت امور خارجه گفت: فراخوانی سفرا امری رایج است.\n"
            "به گزارش اداره کل اطلاعات و مطبوعات وزارت امور خارجه،\u200c حمیدرضا آصفی تاکید کرد: رفتار کانادا توجیه ندارد.\n"
            "«بیل گراهام»، وزیر امور خارجه کانادا اظهار داشت که سفیر باید ترک کند.")
    sp = _speakers(text)
    assert sp[:2] == ["حمیدرضا آصفی", "حمیدرضا آصفی"] and sp[2] == "بیل گراهام"


def test_finite_verb_is_no_subject():
    # fars-5-130: «… اعلام کرد قصد ندارد … چرا که یونیفورم ارتش را مانند پوست دوم خود می‌داند» ⏎ «وی گفت»
    text = ("پرویز مشرف اعلام کرد قصد ندارد از ریاست ارتش صرف نظر کند چرا که یونیفورم ارتش را مانند پوست دوم خود می‌داند.\n"
            "وی گفت: انتخابات برگزار خواهد شد.")
    assert set(_speakers(text)) == {"پرویز مشرف"}


def test_quantifier_after_va_right_before_the_cue_is_the_subject():
    # tabnak-14: «… ولی الان کسی حاضر نیست … و همه می‌گویند من نبودم!»
    text = ("طهماسب مظاهری گفت: نرخ ارز ثابت نماند.\n"
            "سرانجام آقای جهانگیری برنده شد ولی الان کسی حاضر نیست این نرخ را بپذیرد و همه می‌گویند من نبودم!")
    c = [c for c in _claims(text) if c.cue == "می‌گویند"][0]
    assert c.speaker == "همه" and c.source_type == "group"


def test_concessive_opener_is_skipped_and_rank_stripped():
    # roozno-16 «هرچند عباسعلی کدخدایی می گوید …», roozno-941 «سردار پاسدار رمضان شریف»
    assert _speakers("هرچند عباسعلی کدخدایی می‌گوید ردصلاحیت ربطی به مشارکت ندارد.") == ["عباسعلی کدخدایی"]
    assert _speakers("سردار پاسدار رمضان شریف سخنگوی سپاه گفت: فرماندهان مشارکت کرده‌اند.") == ["رمضان شریف"]


def test_tanwin_adverb_ends_the_name():
    # asriran-1-1031: «الکاظمی مستقیما از رهبران حشد شعبی خواست …»
    text = ("از زمانی که مصطفی الکاظمی نخست‌وزیر شد حمله‌ای نبوده است.\n"
            "الکاظمی مستقیما از رهبران حشد شعبی خواست به او کمک کنند.")
    assert _speakers(text) == ["مصطفی الکاظمی"]


def test_described_unnamed_source_keeps_its_head():
    # asriran-1-1031: «یک مسؤول دولتی عراقی اعلام کرد الکاظمی … خواست» ⏎ «به گفته این مسؤول، …»
    text = ("یک مسؤول دولتی عراقی اعلام کرد الکاظمی از رهبران حشد شعبی خواست به او کمک کنند.\n"
            "به گفته این مسؤول، الکاظمی با لحنی نرم صحبت کرد.\n"
            "این مسؤول گفت: فرماندهان قانع نشدند.")
    got = {c.cue: c.speaker for c in _claims(text)}
    assert got["به گفته"] == got["گفت"] == "مسئول دولتی عراقی"


def test_object_quantifier_is_not_part_of_the_name():
    # roozno-1193: «روحانی یکی دیگر از پیش شرط‌ها را … عنوان کرد و افزود»
    text = ("حسن روحانی گفت: تجربه موفقی بود.\n"
            "روحانی یکی دیگر از پیش شرط‌های موفقیت را اطلاع‌رسانی رسانه‌ها عنوان کرد و افزود: اطلاع‌رسانی مهم است.")
    assert set(_speakers(text)) == {"حسن روحانی"}


def test_state_is_an_organisation_not_a_surname():
    # tabnak-782: «قطر از ارسال … خبر داد» ⏎ «به گزارش … خبرگزاری رسمی قطر …»
    text = ("قطر از ارسال ۳۰۰ تن محموله پزشکی به چین خبر داد.\n"
            "به گزارش خبرگزاری مهر به نقل از خبرگزاری رسمی قطر، این محموله ارسال شد.")
    c = _claims(text)[0]
    assert (c.speaker, c.source_type) == ("قطر", "organisation")


def test_other_office_with_the_same_head_is_a_new_person():
    # asriran-2-537: «مدیرعامل بانک ملی …» is quoted, then «مدیرعامل شرکت پتروشیمی … نیز … گفت» ⏎ a new name
    text = ("مدیرعامل بانک ملی ایران گفت: همه ما باید ملی فکر کنیم.\n"
            "به گزارش عصرایران، محمدرضا حسین‌زاده در دیدار با مدیرعامل شرکت پتروشیمی بندر امام ادامه داد: تاریخ بانک روشن است.\n"
            "حسین‌زاده خاطرنشان کرد: محصولات نوین این بانک موفق بوده است.\n"
            "مدیرعامل شرکت پتروشیمی بندر امام نیز در این دیدار گفت: خدمات بانک برای ما شناخته شده است.\n"
            "حمیدرضا رستمی اظهار کرد: ادامه همکاری ضرورت دارد.")
    assert _speakers(text) == ["محمدرضا حسین‌زاده"] * 3 + ["حمیدرضا رستمی"] * 2


def test_speaker_checks_file_is_well_formed_and_scored():
    rows = load_checks()
    assert len(rows) >= 150 and len({r["article_id"] for r in rows}) == 25
    for r in rows:
        assert r["correct_type"] in ("person", "organisation", "group", "anonymous", "document", "media")
        # a row is explained exactly when the prediction then was wrong
        wrong = speaker_key(r["predicted_speaker"]) != speaker_key(r["correct_speaker"]) \
            or r["predicted_type"] != r["correct_type"]
        assert bool(r["cause"]) == wrong, r
    split = open("data/gold/split.tsv", encoding="utf-8").read()
    assert not any(r["article_id"] + "\t" in split for r in rows)     # unannotated articles only


def test_speaker_checks_accuracy_does_not_fall_back():
    r = score()
    assert r["found"] >= 165 and r["speaker_acc"] >= 0.9
