"""Every item of the issue's Coverage list, on real sentences from dev articles (ids in comments)
and the seed article. Each case states what must be found; a case fails if the rule breaks."""

import pytest

from helpers.claims import extract
from claims_helpers import _one


# --------------------------------------------------------------------------- direct
DIRECT = [
    # fars-1-014, Arabic orthography («تاكيد كرد», «وي»), colon speech without marks
    ("رسول منتجب‌نياز عضو مجمع روحانيون مبارز در گفت‌وگو با خبرنگارسياسي فارس ضمن تكذيب انصراف خود از عضويت در مجمع روحانيون، تاكيد كرد: اين يك دروغ محض است و من كماكان در مجمع روحانيون به فعاليت خود ادامه مي دهم.",
     dict(kind="direct", cue="تاكيد كرد", speaker="رسول منتجب‌نیاز", stance="emphatic",
          content="اين يك دروغ محض است و من كماكان در مجمع روحانيون به فعاليت خود ادامه مي دهم")),
    # seed: «» after a colon
    ("روبیو گفت: «این صرفا نشاندهنده آمادگی ما برای نشستن است؛ چه دشمن و چه متحد.»",
     dict(kind="direct", frame="Q", content="این صرفا نشاندهنده آمادگی ما برای نشستن است؛ چه دشمن و چه متحد.")),
    # asriran-2-365: ASCII quotes
    ('بیانیه باشگاه استقلال در این باره به صراحت می‌گوید: "باشگاه استقلال طی مکاتباتی مکرر از سرمربی خود درخواست کرده بود."',
     dict(kind="direct", frame="Q", content="باشگاه استقلال طی مکاتباتی مکرر از سرمربی خود درخواست کرده بود.",
          speaker="باشگاه استقلال", source_type="document")),
    # curly quotes
    ("سخنگوی دولت گفت: “این طرح هفته آینده اجرا می‌شود.”",
     dict(kind="direct", frame="Q", content="این طرح هفته آینده اجرا می‌شود.")),
    # asriran-1-391: a quote that crosses sentence lines
    ("ادواردو ماکیا مدیر ورزشی بوردو گفت:«بله ما علاقه زیادی به خرید مهدی طارمی داشتیم.\nمن تلاش کردم تا این بازیکن را به بوردو بیاورم».",
     dict(kind="direct", content="بله ما علاقه زیادی به خرید مهدی طارمی داشتیم.\nمن تلاش کردم تا این بازیکن را به بوردو بیاورم",
          speaker="ادواردو ماکیا")),
    # an unclosed mark runs to the end of its paragraph
    ("وی گفت: «این موضوع به زودی حل می‌شود و نگرانی وجود ندارد\nدر همین حال قیمت‌ها بالا رفت.",
     dict(kind="direct", content="این موضوع به زودی حل می‌شود و نگرانی وجود ندارد")),
    # asriran-1-802: colon speech continues over the next uncued line
    ("مهاجم آفریقایی استقلال گفت: هرچیزی می تواند در آینده رخ دهد.\nاما آنچه که دوست دارم این است که فوتبالم را در اروپا به پایان ببرم.",
     dict(kind="direct", content="هرچیزی می تواند در آینده رخ دهد.\nاما آنچه که دوست دارم این است که فوتبالم را در اروپا به پایان ببرم")),
]


@pytest.mark.parametrize("text,want", DIRECT, ids=[f"direct{i}" for i in range(len(DIRECT))])
def test_direct(text, want):
    assert _one(text, **want), [c.to_dict() for c in extract(text)]


def test_continuation_stops_at_a_new_cue():
    # fars-1-104: the next line carries its own cue, so the first turn ends at its line
    text = ("وی تصریح کرد: همچنین حدود ۲۰ درصد دانش‌آموزان فعالیت سوری دارند.\n"
            "الحسینی بیان داشت: هم اکنون 500 کلاس آنلاین در شبکه شاد برگزار می‌شود.")
    cs = extract(text)
    assert [c.content for c in cs] == ["همچنین حدود ۲۰ درصد دانش‌آموزان فعالیت سوری دارند",
                                        "هم اکنون 500 کلاس آنلاین در شبکه شاد برگزار می‌شود"]


def test_guillemets_around_names_are_not_quotes():
    # fars-1-267: «نورآتن» and «نور سلطان نظربایف» are names; only the request is a claim
    text = ("در این انتخابات حزب «نورآتن» پیروز شد و «نور سلطان نظربایف» رئیس جمهور قزاقستان از مردم این کشور "
            "خواست تا به حضور فعال خود در انتخابات، وحدت خود را حفظ نمایند.")
    cs = extract(text)
    assert len(cs) == 1
    assert cs[0].kind == "indirect" and cs[0].stance == "request"
    assert cs[0].speaker == "نور سلطان نظربایف"
    assert cs[0].content == "به حضور فعال خود در انتخابات، وحدت خود را حفظ نمایند"


# --------------------------------------------------------------------------- indirect
INDIRECT = [
    # seed: «او افزود …» (plain clause), pronoun resolved to the named speaker
    ("مارکو روبیو، وزیر خارجه آمریکا، گفت: «ترامپ آماده است.»\n\nاو افزود آمریکا دیدار و مذاکره را «امتیازدهی یا مشروعیتبخشی» تلقی نمیکند.",
     dict(kind="indirect", cue="افزود", speaker="مارکو روبیو",
          content="آمریکا دیدار و مذاکره را «امتیازدهی یا مشروعیتبخشی» تلقی نمیکند")),
    # «گفت که …»
    ("رئیس پلیس گفت: شاکی به ماموران گفت که سارق از پنجره وارد شد.",
     dict(kind="indirect", frame="K", speaker="شاکی", content="سارق از پنجره وارد شد")),
    # comma paraphrase
    ("گورباچف افزود، روسیه آماده همکاری با اروپا است.",
     dict(kind="indirect", frame="M", speaker="گورباچف", content="روسیه آماده همکاری با اروپا است")),
    # asriran-1-694: nominal content «از Y خبر داد»
    ("رییس دانشگاه علوم پزشکی اردبیل از افزایش تعداد جانباختگان کرونا در این استان به ۱۵ نفر خبر داد.",
     dict(kind="indirect", frame="A", stance="announcement",
          content="افزایش تعداد جانباختگان کرونا در این استان به ۱۵ نفر")),
    # characterisation «Y را Z دانست» (asriran-1-391 style)
    ("ماکیا وضعیت آتی طارمی را بسیار امیدوارکننده دانست.",
     dict(kind="indirect", frame="R", speaker="ماکیا", content="وضعیت آتی طارمی را بسیار امیدوارکننده")),
    # accusation
    ("وزیر خارجه آمریکا ایران را به حمایت از تروریسم متهم کرد.",
     dict(kind="indirect", stance="accusation", speaker="وزیر خارجه آمریکا", content="ایران را به حمایت از تروریسم")),
    # request (roozno-1088)
    ("کرمی محمدی از مردم خواست که به جای ترس و نگرانی از زلزله آمادگی خود را افزایش دهند.",
     dict(kind="indirect", stance="request", content="به جای ترس و نگرانی از زلزله آمادگی خود را افزایش دهند")),
    # «با بیان اینکه …» gets its own record, speaker from the main clause (roozno-901)
    ("علم‌الهدی با بیان اینکه در بین تمام این مناظر یک منظره تلخ و شیرین در مشهد داشتیم گفت: مردم در خیابان‌ها جشن گرفتند.",
     dict(kind="indirect", frame="V", cue="با بیان اینکه", speaker="احمد علم‌الهدی",
          content="در بین تمام این مناظر یک منظره تلخ و شیرین در مشهد داشتیم")),
    # distancing cue (asriran-1-391)
    ("در تایید این اتفاقات مدیر بوردو در جدیدترین گفتگوی خود مدعی شد باشگاه پرتغالی سد بزرگی جلوی پای خرید ستاره ایرانی گذاشت.",
     dict(kind="indirect", stance="distancing", speaker="مدیر بوردو",
          content="باشگاه پرتغالی سد بزرگی جلوی پای خرید ستاره ایرانی گذاشت")),
]


@pytest.mark.parametrize("text,want", INDIRECT, ids=[f"indirect{i}" for i in range(len(INDIRECT))])
def test_indirect(text, want):
    assert _one(text, **want), [c.to_dict() for c in extract(text)]


def test_coordinated_verbs_one_record_each():
    # seed: «گفت X و افزود Y» -> two records, same speaker; the second keeps its partial quote
    text = ("روبیو با تفکیک میان مردم ایران و حکومت جمهوری اسلامی گفت مردم ایران و حکومت ایران کاملا با هم "
            "متفاوتاند و افزود رهبری مذهبی جمهوری اسلامی بازتابدهنده جامعه و فرهنگ ایران نیست و «در هیچ کشور "
            "دیگری چنین شکاف عمیقی میان حاکمان و مردم وجود ندارد».")
    cs = extract(text)
    assert [c.cue for c in cs] == ["گفت", "افزود"]
    assert cs[0].content == "مردم ایران و حکومت ایران کاملا با هم متفاوتاند"
    assert cs[1].content.endswith("وجود ندارد»")
    assert {c.speaker for c in cs} == {"روبیو"}
    assert cs[1].speaker_surface == ""   # dropped subject


def test_nested_statements_overlap():
    text = "رئیس پلیس گفت: شاکی به ماموران گفت که سارق از پنجره وارد شد."
    outer, inner = extract(text)
    assert outer.start <= inner.start and inner.end <= outer.end
    assert (outer.kind, inner.kind) == ("direct", "indirect")


# --------------------------------------------------------------------------- according_to
ACCORDING = [
    # asriran-1-694
    ("دکتر قدرت اخوان اکبری عصر جمعه گفت: تعداد بیماران به ۱۲۱ نفر افزایش یافته است.\nبه گفته وی ، ۲۷۵ بیمار مشکوک به کرونا نیز در بیمارستان‌های استان بستری شده‌اند.",
     dict(kind="according_to", cue="به گفته", speaker="قدرت اخوان اکبری",
          content="۲۷۵ بیمار مشکوک به کرونا نیز در بیمارستان‌های استان بستری شده‌اند")),
    # seed: a title resolved to the name given earlier
    ("مارکو روبیو، وزیر خارجه آمریکا، گفت: «ترامپ آماده است.»\nبه گفته وزیر خارجه آمریکا، اگر فرصتی فراهم شود، واشینگتن نسبت به آن گشوده است.",
     dict(kind="according_to", speaker="مارکو روبیو", content="اگر فرصتی فراهم شود، واشینگتن نسبت به آن گشوده است")),
    ("به نوشته روزنامه «هاآرتص»، گانتز پس از اینکه حمایت اکثریت را به دست آورد مامور تشکیل کابینه شد.",
     dict(kind="according_to", cue="به نوشته", speaker="هاآرتص", source_type="media")),
    ("به ادعای این رسانه، مذاکرات به بن‌بست رسیده است.",
     dict(kind="according_to", stance="distancing", content="مذاکرات به بن‌بست رسیده است")),
]


@pytest.mark.parametrize("text,want", ACCORDING, ids=[f"according{i}" for i in range(len(ACCORDING))])
def test_according_to(text, want):
    assert _one(text, **want), [c.to_dict() for c in extract(text)]


# --------------------------------------------------------------------------- not claims
NOT_CLAIMS = [
    "به گزارش ایسنا، جلسه شورای شهر امروز برگزار شد.",                      # news-credit line
    "گفته می‌شود بسته شدن مرز به دلیل شیوع ویروس کرونا است.",                 # agentless passive
    "همچنین اعلام شد که مدارس فردا تعطیل است.",                              # agentless passive
    "خبرنگار پرسید: آیا مذاکرات ادامه دارد؟",                                 # reporter's question
    "وی در این جلسه به سوالات خبرنگاران پاسخ داد.",                           # speech act, no content
    "اعضای تیم به کار خود ادامه داد.",                                       # «ادامه داد» not speech
    "در این گفت‌وگو و گفت و گوی دیگر موضوعات مختلفی مطرح شد.",                # «گفت‌وگو» is a noun
    "او نگفت که چه زمانی می‌آید.",                                            # negated speech
]


@pytest.mark.parametrize("text", NOT_CLAIMS, ids=[f"not{i}" for i in range(len(NOT_CLAIMS))])
def test_not_claims(text):
    assert extract(text) == []


def test_credit_line_becomes_the_chain():
    # fars-1-120: «به گزارش فارس به نقل از پایگاه …، NAME اظهار داشت:»
    text = ("به گزارش فارس به نقل از پايگاه اطلاع‌رساني بانك توسعه تعاون، ماشاء‌الله عظيمي در مراسم امضاي "
            "تفاهم‌نامه همكاري، اظهار داشت: تفاهم‌نامه همكاري به امضاء رسيده است.")
    (c,) = extract(text)
    assert c.speaker == "ماشاء‌الله عظیمی"      # standard letters in the canonical name
    assert c.chain == ["فارس", "پایگاه اطلاع‌رسانی بانک توسعه تعاون"]
    assert c.content == "تفاهم‌نامه همكاري به امضاء رسيده است"


# --------------------------------------------------------------------------- speakers
def test_lead_title_resolves_forward_to_the_name():
    # fars-1-104: the lead's title is the person named in the next sentence
    text = ("مسئول برنامه شبکه آموزشی دانش‌آموز (شاد) گفت: بیش از ۱۱ میلیون دانش‌آموز عضو شبکه شاد هستند.\n"
            "به گزارش خبرگزاری فارس از اراک، حسن الحسینی ظهر امروز اظهار کرد: بر اساس آمارها ۱۴ میلیون دانش‌آموز داریم.\n"
            "وی تصریح کرد: حدود ۲۰ درصد دانش‌آموزان فعالیت ندارند.\n"
            "الحسینی بیان داشت: هم اکنون 500 کلاس آنلاین برگزار می‌شود.")
    cs = extract(text)
    assert [c.speaker for c in cs] == ["حسن الحسینی"] * 4
    assert [c.resolution for c in cs] == ["title", "name", "pronoun", "name"]
    assert cs[1].chain == ["خبرگزاری فارس"]


def test_title_then_name_then_title_and_surname():
    # fars-4-132: credit line without a comma, apposition title, then title and surname alone
    text = ("به گزارش خبرنگار حوزه دولت خبرگزاری فارس عبدالرضا رحمانی فضلی وزیر کشور اظهار داشت: در این جلسه مقرر شد کمیته ای تشکیل شود.\n"
            "وزیر کشور تصریح کرد: امروز سالگرد جلسه است.\n"
            "رحمانی فضلی ادامه داد: امروز عمده ترین مسئله مان نگرانی افکار عمومی است.")
    cs = extract(text)
    assert [c.speaker for c in cs] == ["عبدالرضا رحمانی فضلی"] * 3


def test_honorifics_stripped_and_aliases():
    text = "آیت الله العظمی سیستانی روز شنبه به استفتایی پاسخ گفتند: روزه ماه رمضان واجب است."
    (c,) = extract(text)
    assert c.speaker == "علی حسینی سیستانی"
    assert c.speaker_surface == "آیت الله العظمی سیستانی"


@pytest.mark.parametrize("text,speaker,stype", [
    ("یک منبع آگاه عراقی گفت: مذاکرات هفته آینده از سر گرفته می‌شود.", "منبع آگاه عراقی", "anonymous"),
    ("گمرک ایران اعلام کرد: بسته شدن مرز مهران ربطی به شیوع ویروس کرونا ندارد.", "گمرک ایران", "organisation"),
    ("کارشناسان منطقه معتقدند: هدف پارلمان جدید قزاقستان بالا بردن سطح رفاه مردم است.", "کارشناسان منطقه", "group"),
    ("سپاه پاسداران با صدور بیانیه‌ای اعلام کرد: این حمله بی‌پاسخ نمی‌ماند.\nدر این بیانیه آمده است: نیروهای مسلح آماده‌اند.",
     "سپاه پاسداران", "document"),
    ("به نوشته روزنامه «هاآرتص»، گانتز مامور تشکیل کابینه شد.", "هاآرتص", "media"),
], ids=["anonymous", "organisation", "group", "document", "media"])
def test_source_types(text, speaker, stype):
    c = extract(text)[-1]
    assert (c.speaker, c.source_type) == (speaker, stype)


# --------------------------------------------------------------------------- stance, hedges
@pytest.mark.parametrize("text,stance", [
    ("سخنگوی وزارت خارجه این خبر را تکذیب کرد و گفت: هیچ دیداری برنامه‌ریزی نشده است.", "neutral"),
    ("وزارت خارجه تکذیب کرد که دیداری برنامه‌ریزی شده است.", "denial"),
    ("وزیر نفت تایید کرد که صادرات افزایش یافته است.", "confirmation"),
    ("وی اذعان کرد: در این زمینه کوتاهی شده است.", "concession"),
    ("پلیس هشدار داد: رانندگان از سفرهای غیرضروری خودداری کنند.", "warning"),
    ("وی تصریح کرد: این طرح اجرا می‌شود.", "emphatic"),
    ("وی مدعی شد که پول به حساب او واریز شده است.", "distancing"),
])
def test_stance_of_the_cue(text, stance):
    cs = extract(text)
    assert cs and cs[-1].stance == stance


def test_hedges_and_boosters():
    (c,) = extract("وی افزود: احتمالاً قیمت‌ها کاهش می‌یابد و قطعا بازار آرام می‌شود.")
    assert [(h["word"], h["type"]) for h in c.hedges] == [("احتمالاً", "hedge"), ("قطعا", "booster")]
    for h in c.hedges:
        assert c.start <= h["start"] < c.end
