"""Speaker rules of the ninth pass, found on the reviews r5, r6 and r9 (unannotated dev articles,
data/gold/review_r5.tsv, review_r6.tsv, review_r9.tsv); article ids in comments. Every case fails if its rule is
removed."""

from claims_helpers import _speakers


def test_surname_with_a_space_is_the_zwnj_surname_named_in_full():
    # fars-1-229: «با محمت هولکی‌اوز، نماینده … به گفت‌وگو نشستیم.⏎هولکی‌اوز … اظهار داشت» … «هولکی اوز … گفت»: the
    # surname written with a space is the one-word surname with a ZWNJ, whose full name the article gives
    text = ("با محمت هولکی\u200cاوز، نماینده صندوق جمعیت ملل متحد در ایران به گفت‌وگو نشستیم.\n"
            "هولکی\u200cاوز اظهار داشت: صندوق از ماماها حمایت می‌کند.\n"
            "هولکی اوز در پاسخ به این پرسش گفت: آمار سزارین بالاست.")
    assert _speakers(text)[-1] == "محمت هولکی\u200cاوز"


def test_lone_surname_is_the_speaker_with_a_two_word_surname():
    # asriran-1-996: «در این باره علیرضا شریفی یزدی روانشناس اجتماعی … گفت» … «شریفی آخرین دلیل … را … دانست»:
    # «شریفی» is the speaker named in full before, not «علیرضا شریفی» read from the narrative
    text = ("در این باره علیرضا شریفی یزدی روانشناس اجتماعی گفت: مردم به الگو نیاز دارند.\n"
            "وی افزود: این الگوها ساختگی هستند.\n"
            "شریفی آخرین دلیل گرایش جامعه به این افراد را نبود الگو دانست.\n"
            "شریفی تصریح کرد: افراد بعد از مدتی خسته می‌شوند.")
    assert _speakers(text)[-1] == "علیرضا شریفی یزدی"


def test_progressive_verb_is_no_subject_after_a_ba_bayan_clause():
    # fars-3-071: «عضو کمیسیون اقتصادی مجلس با بیان اینکه …، بنابراین انتظار می‌رود … پیش‌قدم باشند ادامه داد: …»:
    # «انتظار می‌رود» holds a finite verb, so it is no subject; the cue shares the subject of «با بیان اینکه»
    text = ("فرید موسوی عضو کمیسیون اقتصادی مجلس گفت: پزشکان باید مالیات بدهند.\n"
            "عضو کمیسیون اقتصادی مجلس با بیان اینکه جامعه پزشکی جامعه شریفی است، بنابراین انتظار می\u200cرود "
            "در اجرای قانون پیش\u200cقدم باشند ادامه داد: آمارها نشان می\u200cدهد که فقط ۲۰ درصد تمکین کردند.")
    assert _speakers(text)[-1] == "فرید موسوی"


def test_quantifier_with_a_reporting_verb_of_its_own_is_no_subject():
    # fars-3-071: «رئیس سازمان امور مالیاتی کشور با اشاره به اینکه باید … قرار بگیرد که همه مودیان مالیاتی … را
    # خبر داد … کنند تصریح کرد: …»: «همه مودیان» opens a clause with its own verb, not the subject of «تصریح کرد»
    text = ("امیدعلی پارسا، رئیس سازمان امور مالیاتی کشور گفت: مالیات باید عادلانه باشد.\n"
            "رئیس سازمان امور مالیاتی کشور با اشاره به اینکه باید همه ریز داده‌های مربوط به وضعیت اقتصادی به گونه‌ای "
            "در اختیار سازمان امور مالیاتی قرار بگیرد که همه مودیان مالیاتی در همه کشور با علم به اینکه سازمان امور "
            "مالیاتی واقعیت‌های اقتصادی زندگی همه مودیان را خبر داد به صورت صادقانه خود اظهاری کنند و اقدام به "
            "پرداخت مالیات کنند تصریح کرد: در پنج سال گذشته در طرح جامع امور مالیاتی گام‌هایی برداشته شده است.")
    assert _speakers(text)[-1] == "امیدعلی پارسا"


def test_this_report_is_the_relayed_source_of_a_credit_line_without_comma():
    # fars-3-085: «به گزارش خبرگزاری فارس به نقل از روابط عمومی شهرداری منطقه 9 این پایگاه … آموزش می‌دهد.⏎این
    # گزارش می‌افزاید: …»: the credit line has no comma; it ends before «این پایگاه», and the report is its source
    text = ("خبرگزاری فارس: پایگاه ترویج سبز زیستن در بوستان المهدی مستقر گردید.\n"
            "به گزارش خبرگزاری فارس به نقل از روابط عمومی شهرداری منطقه 9 این پایگاه به شهروندان طریقه نگهداری "
            "گلدان‌ها را آموزش می‌دهد.\n"
            "این گزارش می‌افزاید: توزیع بروشورهای آموزشی از دیگر برنامه‌های این پایگاه است.")
    assert _speakers(text)[-1] == "روابط عمومی شهرداری منطقه 9"


def test_quoted_outlet_name_after_a_generic_head():
    # fars-5-261: «به گزارش خبرگزاری فارس، سایت «dailysabah» ترکیه خبر داد که …»; fars-4-251: «روزنامه صهیونیستی
    # «اسرائیل‌هیوم» دوشنبه گزارش داد …»: the outlet is its quoted name, without the country or the adjective
    text = ("به گزارش خبرگزاری فارس، سایت «dailysabah» ترکیه خبر داد که امروز صبح اتوبوس تیم فوتبال واژگون شد.")
    assert _speakers(text) == ["dailysabah"]
    text = ("روزنامه صهیونیستی «اسرائیل‌هیوم» دوشنبه گزارش داد که این مرکز قصد دارد دارایی‌ها را توقیف کند.")
    assert _speakers(text) == ["اسرائیل‌هیوم"]


def test_compound_given_name_written_with_a_space_opens_the_subject():
    # tabnak-559: «»همچنین عین الله شریف‌پور، نایب رئیس کمیسیون اقتصادی مجلس … گفت: …»: «عین» alone is a function
    # word, but «عین الله» is a given name, so the apposition's name is the speaker, not the earlier speaker
    text = ("عباس پاپی‌زاده گفت: «این بیمارستان به زودی به بهره برداری می‌رسد.\n"
            "»همچنین عین الله شریف‌پور، نایب رئیس کمیسیون اقتصادی مجلس در جلسه علنی خطاب به وزیر نیرو گفت: "
            "تأمین اعتبار لازم است.")
    assert _speakers(text)[-1] == "عین الله شریف‌پور"


def test_basij_heads_an_organisation_with_a_listing_comma():
    # sobhane1-3: «بسیج دانشجویی دانشگاه‌های تهران، بهشتی و شریف با ارسال نامه‌ای … بر لزوم … تاکید کردند»: «بسیج»
    # heads an organisation, whose name keeps its listing comma
    text = ("بسیج دانشجویی دانشگاه‌های تهران، بهشتی و شریف با ارسال نامه‌ای به قوه قضاییه بر لزوم تسریع در "
            "رسیدگی به مشکلات کارگران تاکید کردند.")
    assert _speakers(text) == ["بسیج دانشجویی دانشگاه‌های تهران، بهشتی و شریف"]


def test_source_after_a_finite_verb_and_va_is_the_subject():
    # fars-2-291: «درب ورودی حرم مطهر امیرالمومنین همچنان … بسته است و منابع مطلع اعلام می‌کنند که …»: «است و»
    # closes the narrator's clause; «منابع مطلع» is the subject of «اعلام می‌کنند», not the door
    text = ("درب ورودی حرم مطهر امیرالمومنین همچنان به روی زوار بسته است و منابع مطلع اعلام می‌کنند که این "
            "وضعیت تا پایان هفته ادامه دارد.")
    assert _speakers(text) == ["منابع مطلع"]


def test_plural_group_keeps_its_modifier_before_a_titled_object():
    # fars-3-202: «تماشاگران استقلال رئیس سازمان تربیت بدنی را تشویق و از او به عنوان دکتر استقلالی یاد کردند»:
    # the object starts at the title head, so the group is «تماشاگران استقلال», not «تماشاگران»
    text = ("علی فتح‌الله زاده مدیرعامل باشگاه استقلال نیز وارد ورزشگاه شد.\n"
            "تماشاگران استقلال رئیس سازمان تربیت بدنی را تشویق و از او به عنوان دکتر استقلالی یاد کردند.")
    assert _speakers(text)[-1] == "تماشاگران استقلال"


def test_cue_word_inside_a_ba_eshare_clause_does_not_cut_the_subject_search():
    # asriran-1-996: «وی با اشاره به اینکه دلیل دیگر … آن است که می‌خواهند یک نوع ضدیت با ادبیات رسمی کشور داشته
    # باشند، ادامه داد: …»: «می‌خواهند» belongs to the «با اشاره به اینکه» clause; «یک نوع ضدیت» is no speaker
    text = ("علیرضا شریفی یزدی روانشناس اجتماعی گفت: مردم به دنبال الگو هستند.\n"
            "وی با اشاره به اینکه دلیل دیگر گرایش جامعه به این شاخ‌ها آن است که می‌خواهند یک نوع ضدیت با ادبیات "
            "رسمی کشور داشته باشند، ادامه داد: به عنوان مثال مردم با این فرد همذات پنداری می‌کنند.")
    assert _speakers(text)[-1] == "علیرضا شریفی یزدی"


def test_this_statement_is_the_issuer_named_after_the_last_speaker():
    # fars-1-218: «سازمان در اطلاعیه خود مدعی شد که … . … وزارت امور خارجه آمریکا طی بیانیه‌ای انفجارهایی که
    # مسئولیت آن را سازمان به عهده گرفت، محکوم کرد. در این بیانیه آمده است: …»: the issuer of «این بیانیه» is the
    # ministry named after the organisation's statement, not the organisation that spoke last
    text = ("سازمان مجاهدین خلق در اطلاعیه خود مدعی شد که انبار مهمات منفجر شد.\n"
            "این ادعا مورد تأیید هیچ یک از منابع خبری قرار نگرفت.\n"
            "در وهله نخست وزارت امور خارجه آمریکا طی بیانیه‌ای انفجارهایی که مسئولیت آن را سازمان به عهده گرفت، "
            "محکوم کرد. در این بیانیه آمده است: این انفجارها اقدامی تروریستی است.")
    assert _speakers(text)[-1] == "وزارت امور خارجه آمریکا"
