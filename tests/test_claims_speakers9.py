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
