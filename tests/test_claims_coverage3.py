"""Round-3 recall, span and false-positive rules (tune:2 articles and the round-2 reviews of
unannotated dev articles). Each case is a sentence shaped after the dev article named in its
comment, and fails if its rule is removed."""

from helpers.claims import extract


def _claims(text):
    out = extract(text, article_id="t")
    for c in out:
        assert text[c.start:c.end] == c.content
    return out


def _one(text, **want):
    """The claims of ``text`` that match every field in ``want`` (content by substring)."""
    out = []
    for c in _claims(text):
        ok = True
        for k, v in want.items():
            if k == "content_has":
                ok &= v in c.content
            elif k == "content_lacks":
                ok &= v not in c.content
            else:
                ok &= getattr(c, k) == v
        if ok:
            out.append(c)
    return out


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
