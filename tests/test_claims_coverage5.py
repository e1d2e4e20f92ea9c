"""Round-5 (fourth recall round) rules: recall, spans and false positives, found on the tune split and
the reviews of unannotated dev articles. Each case is a sentence shaped after the dev article named in
its comment, and fails if its rule is removed."""

from helpers.claims import extract


def _claims(text):
    out = extract(text, article_id="t")
    for c in out:
        assert text[c.start:c.end] == c.content
    return out


# --------------------------------------------------------------------------- misspelt cues
def test_misspelt_afzud_is_a_cue():
    # brief leftover: «افرود» for «افزود»
    text = "وزیر بهداشت افرود: این بیماری کنترل شده است و نگرانی وجود ندارد."
    assert [c.content for c in _claims(text)] == ["این بیماری کنترل شده است و نگرانی وجود ندارد"]


def test_misspelt_onvan_kard_is_a_characterisation():
    # fars-5-076: «… را 10 میلیارد ریال عنون کرد» (typo of «عنوان کرد»)
    text = "سرهنگ احمدی، رئیس پلیس ارزش تقریبی داروهای تقلبی را 10 میلیارد ریال عنون کرد."
    out = _claims(text)
    assert len(out) == 1 and "10 میلیارد ریال" in out[0].content
