"""The fast one-to-one fold (a lookup array over UTF-32) must equal ``str.translate`` exactly."""
import pytest

from helpers.claims._lexicon import _EXTRA, match_fold
from helpers.normalize import _FOLD, OneToOne, fold

SAMPLES = [
    "كيك ي ى ۀ ة ٤٥٦ ۱۲۳ \u200c\u200f گفت‌وگو",
    "emoji 😀 outside the BMP, then Arabic كتاب and 𝟘 a math digit",
    "\u202b" + "رييس‌جمهور" * 40 + "\u202c",
    "",
]


@pytest.mark.parametrize("s", SAMPLES)
@pytest.mark.parametrize("times", [1, 50])  # short strings keep str.translate, long ones take the array
def test_fold_equals_translate(s, times):
    text = s * times
    assert fold(text) == text.translate(_FOLD)
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize("s", SAMPLES)
def test_match_fold_is_fold_then_extra(s):
    text = s * 30
    assert match_fold(text) == fold(text).translate(str.maketrans(_EXTRA))


def test_wide_keys_fall_back_to_translate():
    t = OneToOne({0x1D7D8: "0", ord("a"): "b"})  # a mathematical digit outside the BMP
    text = "a𝟘" * 300
    assert t(text) == "b0" * 300


def test_many_to_one_is_refused():
    with pytest.raises(ValueError):
        OneToOne({ord("a"): None})
    with pytest.raises(ValueError):
        OneToOne({ord("a"): "bc"})
