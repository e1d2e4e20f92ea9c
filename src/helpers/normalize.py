"""Persian normalization with an exact offset map back to the raw text.

This first piece is :func:`fold`, a *length-preserving* character fold (one code point
in, one code point out), so that a span found in ``fold(raw)`` is the same span in
``raw``: the claim extractor matches on folded text and reports raw offsets directly.
The full normalizer (hazm + extra folds + ZWNJ restoration + offset map) builds on it.
"""

from __future__ import annotations

# Arabic letter variants -> Persian letters, and digits -> ASCII. All 1:1.
_FOLD_TABLE = {
    0x064A: "ی",  # ARABIC LETTER YEH
    0x0649: "ی",  # ARABIC LETTER ALEF MAKSURA
    0x06CC: "ی",  # (already Persian yeh)
    0x0643: "ک",  # ARABIC LETTER KAF
    0x06A9: "ک",
    0x0629: "ه",  # TEH MARBUTA
    0x06C0: "ه",  # HEH WITH YEH ABOVE (ۀ)
    0x0623: "ا",  # ALEF WITH HAMZA ABOVE
    0x0625: "ا",  # ALEF WITH HAMZA BELOW
    0x0671: "ا",  # ALEF WASLA
    0x0624: "و",  # WAW WITH HAMZA ABOVE
    0x0640: "\u200c",  # TATWEEL (kashida) -> zero-width joiner slot, keeps length
}
for _i in range(10):
    _FOLD_TABLE[0x06F0 + _i] = str(_i)  # Extended Arabic-Indic (Persian) digits
    _FOLD_TABLE[0x0660 + _i] = str(_i)  # Arabic-Indic digits
_FOLD = str.maketrans(_FOLD_TABLE)


def fold(text: str) -> str:
    """Fold Arabic letter variants to Persian and all digits to ASCII, keeping every offset.

    ``len(fold(s)) == len(s)`` always, so offsets found in the folded text index the raw text.
    """
    return text.translate(_FOLD)
