"""Persian normalization with an exact offset map back to the raw text.

Two tools live here:

* :func:`fold` — a *length-preserving* character fold (one code point in, one code point
  out), so that a span found in ``fold(raw)`` is the same span in ``raw``: the claim
  extractor matches on folded text and reports raw offsets directly.
* :func:`normalize` — the full normalizer: a fixed sequence of named, switchable steps
  (:data:`STEPS`) built on hazm 0.12.1's ``Normalizer`` tables (its Arabic-variant
  translation table, diacritic and special-character classes, word list and verb
  conjugations), plus what hazm lacks: presentation forms, bidi controls, ZWNJ
  look-alikes, stray ZWNJ, and a lexicon-driven ZWNJ restorer.  Every step is recorded
  as edits on the text, so the result carries an exact alignment to the raw text:
  :meth:`Normalized.to_raw` / :meth:`Normalized.from_raw` map spans both ways.

Digits — one documented choice: **Persian digits (۰–۹) in Persian text.**  That is
hazm's convention, so hazm's tokenizer/tagger see what they were built on, the
normalized text reads as it would in print, and Python's ``int()`` and ``\\d`` accept
them.  Arabic-Indic digits (٠–٩) always become Persian; ASCII digits become Persian
*unless* they sit in a whitespace-delimited token that contains a Latin letter (URLs,
handles, model numbers such as ``pic.twitter.com/66LUTEMFoK`` or ``F-35``), where
rewriting them would corrupt a non-Persian string.  (:func:`fold` maps every digit to
ASCII for matching; the two are independent.)

ZWNJ convention: the restorer writes ZWNJ where it is *visible*, i.e. after a joining
letter (``می‌شود``, ``گزارش‌های``, ``مقاله‌ای``, ``گفت‌وگو``) and, for plurals after
non-joining letters, follows the dominant dev-corpus spelling (``کشورها``); ZWNJ already
present in the input between two letters is always kept.  Lexicon data:
``lexicons/zwnj_*.tsv`` (built by ``scripts/build_zwnj_lexicon.py``).
"""

from __future__ import annotations

import bisect
import csv
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

# --------------------------------------------------------------------------- fold (1:1)

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


class OneToOne:
    """A one-character-to-one-character translation table, applied fast to long texts.

    ``str.translate`` with a dict costs about 100 ns a character; whole articles go instead
    through a 65,536-entry lookup array over their UTF-32 code units (about 20x faster, the
    same result). Short strings, and texts with characters outside the BMP when the table
    maps such characters, keep ``str.translate``.
    """

    _LONG = 200

    def __init__(self, table: dict[int, str | int]):
        import numpy as np

        self.trans = str.maketrans(table)
        self._wide = any(k > 0xFFFF for k in self.trans)
        lut = np.arange(0x10000, dtype=np.uint32)
        for k, v in self.trans.items():
            v = ord(v) if isinstance(v, str) and len(v) == 1 else v
            if not isinstance(v, int):
                raise ValueError(f"U+{k:04X} must map to exactly one character")
            if k <= 0xFFFF:
                lut[k] = v
        self._lut = lut
        self._np = np

    def __call__(self, text: str) -> str:
        if len(text) < self._LONG:
            return text.translate(self.trans)
        a = self._np.frombuffer(text.encode("utf-32-le"), dtype=self._np.uint32)
        bmp = a <= 0xFFFF
        if bmp.all():
            return self._lut[a].tobytes().decode("utf-32-le")
        if self._wide:
            return text.translate(self.trans)
        b = a.copy()
        b[bmp] = self._lut[a[bmp]]
        return b.tobytes().decode("utf-32-le")

    def then(self, table: dict[int, str | int]) -> "OneToOne":
        """This table followed by ``table`` (also one-to-one), as one table."""
        second = str.maketrans(table)

        def ch(t, c):  # where table t sends code point c, as a code point
            v = t.get(c, c)
            return ord(v) if isinstance(v, str) else v

        return OneToOne({k: ch(second, ch(self.trans, k)) for k in set(self.trans) | set(second)})


_FOLD_1TO1 = OneToOne(_FOLD_TABLE)


def fold(text: str) -> str:
    """Fold Arabic letter variants to Persian and all digits to ASCII, keeping every offset.

    ``len(fold(s)) == len(s)`` always, so offsets found in the folded text index the raw text.
    """
    return _FOLD_1TO1(text)


# --------------------------------------------------------------------------- constants

ZWNJ = "\u200c"
LEXICONS = Path(__file__).resolve().parent / "lexicons"

#: Persian letters after folding (Arabic block letters minus the Arabic-only variants).
FA_LETTER = "\u0621-\u063a\u0641-\u0648\u067e\u0686\u0698\u06a9\u06af\u06cc"
_FA_WORD = re.compile(f"[{FA_LETTER}]+(?:{ZWNJ}[{FA_LETTER}]+)*")
#: Letters that do not join to the following letter: a ZWNJ after them is invisible.
NON_JOINING = set("اآأإدذرزژوؤءة")


def joins(ch: str) -> bool:
    """True if ``ch`` connects to the next letter (so a ZWNJ after it is visible)."""
    return ch not in NON_JOINING


# --------------------------------------------------------------------------- edit tracking

class _Tracker:
    """The current text plus the alignment blocks that map it back to the raw text.

    Blocks are ``[r0, r1, n0, n1, mask]``: raw ``[r0, r1)`` became current ``[n0, n1)``;
    between blocks the text is copied 1:1.  ``mask`` is a bit set of step indices.
    """

    __slots__ = ("text", "blocks", "counts")

    def __init__(self, raw: str):
        self.text = raw
        self.blocks: list[list[int]] = []
        self.counts: dict[str, int] = {}

    def apply(self, edits: list[tuple[int, int, str]], step: str) -> None:
        """Apply non-overlapping, sorted edits ``(start, end, replacement)`` to the text."""
        if not edits:
            return
        self.counts[step] = self.counts.get(step, 0) + len(edits)
        bit = 1 << _STEP_INDEX[step]
        text = self.text
        pieces = []
        pos = 0
        for c0, c1, rep in edits:
            pieces.append(text[pos:c0])
            pieces.append(rep)
            pos = c1
        pieces.append(text[pos:])
        self.text = "".join(pieces)

        # Compose the alignment: merge every old block that overlaps an edit (or sits at
        # the same point when both are zero-width) into one new block.
        old = self.blocks
        items = [(b[2], b[3], 0, i) for i, b in enumerate(old)]
        items += [(e[0], e[1], 1, j) for j, e in enumerate(edits)]
        items.sort(key=lambda x: (x[0], x[1], x[2]))
        new_blocks: list[list[int]] = []
        delta = 0
        prev_r1 = prev_n1 = 0  # last old block fully processed (for identity mapping)
        k = 0
        n = len(items)
        while k < n:
            c0, c1, kind, idx = items[k]
            group = [items[k]]
            k += 1
            end = c1
            while k < n:
                s, e = items[k][0], items[k][1]
                if s < end or (s == end and e == s and group[-1][1] == end
                               and group[-1][0] == end):
                    group.append(items[k])
                    end = max(end, e)
                    k += 1
                else:
                    break
            if len(group) == 1 and kind == 0:
                b = old[idx]
                new_blocks.append([b[0], b[1], b[2] + delta, b[3] + delta, b[4]])
                prev_r1, prev_n1 = b[1], b[3]
                continue
            g0 = min(it[0] for it in group)
            g1 = end
            r0 = prev_r1 + (g0 - prev_n1)
            mask = bit
            grow = 0
            last_old = None
            for s, e, kd, i in group:
                if kd == 0:
                    b = old[i]
                    mask |= b[4]
                    if b[2] == g0:
                        r0 = min(r0, b[0])
                    last_old = b
                else:
                    grow += len(edits[i][2]) - (e - s)
            if last_old is not None:
                prev_r1, prev_n1 = last_old[1], last_old[3]
            r1 = prev_r1 + (g1 - prev_n1)
            if last_old is not None and last_old[3] == g1:
                r1 = max(r1, last_old[1])
            new_blocks.append([r0, r1, g0 + delta, g1 + delta + grow, mask])
            delta += grow
        self.blocks = new_blocks


# --------------------------------------------------------------------------- result

def _locate(s: int, a0: list[int], a1: list[int], b0: list[int], b1: list[int]):
    """Map boundary ``s`` in coordinates A to ``(lo, hi, inside)`` in coordinates B."""
    n = len(a1)
    i = bisect.bisect_left(a1, s)
    j = i
    first = last = None
    while j < n and a1[j] == s:
        if a0[j] == s:  # zero-width in A at s: s stands for the whole B range (of every such block)
            first = j if first is None else first
            last = j
        j += 1
    if first is not None:
        return b0[first], b1[last], False
    if i < n and a0[i] < s < a1[i]:
        return b0[i], b1[i], True
    k = j - 1
    v = b1[k] + (s - a1[k]) if k >= 0 else s
    return v, v, False


def _map_span(s: int, e: int, total_a: int, total_b: int, a0, a1, b0, b1) -> tuple[int, int]:
    if not (0 <= s <= e <= total_a):
        raise ValueError(f"span ({s}, {e}) outside 0..{total_a}")
    if s == 0 and e == total_a:
        return 0, total_b
    lo, hi, inside = _locate(s, a0, a1, b0, b1)
    if s == e:
        return lo, lo
    start = lo if (inside or s == 0) else hi
    lo, hi, inside = _locate(e, a0, a1, b0, b1)
    end = hi if (inside or e == total_a) else lo
    return start, end


@dataclass
class Normalized:
    """A normalized text and its exact alignment to the raw text.

    ``blocks`` are the changed regions ``(raw_start, raw_end, norm_start, norm_end, mask)``;
    the text between them was copied unchanged, character for character.
    """

    raw: str
    text: str
    blocks: list[tuple[int, int, int, int, int]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def __post_init__(self):
        self._r0 = [b[0] for b in self.blocks]
        self._r1 = [b[1] for b in self.blocks]
        self._n0 = [b[2] for b in self.blocks]
        self._n1 = [b[3] for b in self.blocks]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The raw span that a span of the normalized text came from.

        A span boundary inside a changed region widens to the whole region (so the raw
        span always covers the letters shown); characters removed right at a boundary
        (bidi marks, kashida) are left out, except at the very start and end of the text,
        so ``to_raw(0, len(text)) == (0, len(raw))``.
        """
        return _map_span(start, end, len(self.text), len(self.raw),
                         self._n0, self._n1, self._r0, self._r1)

    def from_raw(self, start: int, end: int) -> tuple[int, int]:
        """The normalized span that a raw span became (same rules as :meth:`to_raw`)."""
        return _map_span(start, end, len(self.raw), len(self.text),
                         self._r0, self._r1, self._n0, self._n1)

    def changes(self) -> list[tuple[int, int, int, int, str]]:
        """Changed regions as ``(raw_start, raw_end, norm_start, norm_end, step)``;
        a region changed by several steps names them joined with ``+``."""
        out = []
        for r0, r1, n0, n1, mask in self.blocks:
            names = [s for i, s in enumerate(STEPS) if mask >> i & 1]
            out.append((r0, r1, n0, n1, "+".join(names)))
        return out

    def map_array(self) -> list[int]:
        """The alignment as a flat list of ints, 5 per changed region (see :meth:`from_map`)."""
        return [v for b in self.blocks for v in b]

    @classmethod
    def from_map(cls, raw: str, text: str, array: Sequence[int],
                 counts: dict[str, int] | None = None) -> "Normalized":
        """Rebuild a :class:`Normalized` from ``raw``, ``text`` and :meth:`map_array`."""
        arr = [int(v) for v in array]
        if len(arr) % 5:
            raise ValueError("map array length must be a multiple of 5")
        blocks = [tuple(arr[i:i + 5]) for i in range(0, len(arr), 5)]
        return cls(raw, text, blocks, dict(counts or {}))


# --------------------------------------------------------------------------- fold steps

def _regex_edits(pattern: re.Pattern, text: str, repl) -> list[tuple[int, int, str]]:
    out = []
    for m in pattern.finditer(text):
        r = repl(m) if callable(repl) else repl
        if r != m.group():
            out.append((m.start(), m.end(), r))
    return out


def _table_edits(pattern: re.Pattern, text: str, table: dict[str, str]):
    return [(m.start(), m.end(), table[m.group()]) for m in pattern.finditer(text)]


# bidi / invisible format controls (LRM, RLM, ALM, embeddings, overrides, isolates, BOM, ZWSP)
_BIDI = re.compile("[\u200b\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]+")


def _step_bidi(text: str):
    return _regex_edits(_BIDI, text, "")


def _presentation_table() -> dict[str, str]:
    table = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFF)):
        ch = chr(cp)
        rep = unicodedata.normalize("NFKC", ch).replace(" ", "")
        if rep != ch and rep:
            table[ch] = rep
    return table


_PRES_TABLE = _presentation_table()
_PRES = re.compile("[" + "".join(re.escape(c) for c in _PRES_TABLE) + "]")


def _step_presentation_forms(text: str):
    return _table_edits(_PRES, text, _PRES_TABLE)


def _arabic_table() -> dict[str, str]:
    from hazm.constants import TRANSLATION_DST, TRANSLATION_SRC

    table = {}
    for a, b in zip(TRANSLATION_SRC, TRANSLATION_DST):
        o = ord(a)
        if 0x0600 <= o <= 0x08FF and a != b:  # letters only (quotes/NBSP: other steps)
            table[a] = b
    table.update({"\u0629": "ه", "\u06c0": "ه", "\u0649": "ی", "\u064a": "ی", "\u0643": "ک"})
    return table


_AR_TABLE = _arabic_table()
_AR = re.compile("[" + "".join(_AR_TABLE) + "]")


def _step_arabic_letters(text: str):
    return _table_edits(_AR, text, _AR_TABLE)


def _hazm_class(patterns) -> re.Pattern:
    return re.compile("(?:" + "|".join(p for p, _ in patterns) + ")+")


@functools.cache
def _diacritics_re():
    from hazm.constants import DIACRITICS_PATTERNS
    return _hazm_class(DIACRITICS_PATTERNS)


@functools.cache
def _specials_re():
    from hazm.constants import SPECIAL_CHARS_PATTERNS
    return _hazm_class(SPECIAL_CHARS_PATTERNS)


def _step_diacritics(text: str):
    return _regex_edits(_diacritics_re(), text, "")


def _step_specials(text: str):
    return _regex_edits(_specials_re(), text, "")


_KASHIDA = re.compile("\u0640+")


def _step_kashida(text: str):
    return _regex_edits(_KASHIDA, text, "")


# soft hyphen and ZWJ are used by some sites where ZWNJ is meant («سال\xadهای»)
_LOOKALIKE = re.compile("[\u00ad\u200d]")


def _step_zwnj_lookalikes(text: str):
    return [(m.start(), m.end(), ZWNJ) for m in _LOOKALIKE.finditer(text)]


_ZWNJ_RUN = re.compile(f"{ZWNJ}+")


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


def _step_zwnj_cleanup(text: str):
    """Keep one ZWNJ between two letters; drop ZWNJ next to spaces, punctuation, digits
    or the text edges, and collapse doubled ZWNJ."""
    out = []
    n = len(text)
    for m in _ZWNJ_RUN.finditer(text):
        s, e = m.start(), m.end()
        between = s > 0 and e < n and _is_letter(text[s - 1]) and _is_letter(text[e])
        if not between:
            out.append((s, e, ""))
        elif e - s > 1:
            out.append((s, e, ZWNJ))
    return out


_DIGIT_TOKEN = re.compile(r"(?<!\S)\S*[0-9\u0660-\u0669]\S*")  # anchored: no quadratic backtracking
_LATIN = re.compile("[A-Za-z]")
_DIGIT = re.compile("[0-9\u0660-\u0669]")
_TO_FA_DIGIT = {str(i): chr(0x06F0 + i) for i in range(10)}
_TO_FA_DIGIT.update({chr(0x0660 + i): chr(0x06F0 + i) for i in range(10)})


def _step_digits(text: str):
    out = []
    for m in _DIGIT_TOKEN.finditer(text):
        tok = m.group()
        latin = _LATIN.search(tok) is not None
        base = m.start()
        for d in _DIGIT.finditer(tok):
            ch = d.group()
            if latin and ch < "\u0660":
                continue
            out.append((base + d.start(), base + d.end(), _TO_FA_DIGIT[ch]))
    return out


_ODD_SPACE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_CRLF = re.compile("\r\n?")
_MULTI_SPACE = re.compile(" {2,}")
_EDGE_SPACE = re.compile("^ +| +$", re.M)
_MULTI_NL = re.compile("\n{3,}")


def _steps_spaces(tr: _Tracker):
    tr.apply(_regex_edits(_ODD_SPACE, tr.text, " "), "spaces")
    tr.apply(_regex_edits(_CRLF, tr.text, "\n"), "spaces")
    tr.apply(_regex_edits(_MULTI_SPACE, tr.text, " "), "spaces")
    tr.apply(_regex_edits(_EDGE_SPACE, tr.text, ""), "spaces")
    tr.apply(_regex_edits(_MULTI_NL, tr.text, "\n\n"), "spaces")


# --------------------------------------------------------------------------- ZWNJ restoration

def _read_tsv(name: str) -> list[list[str]]:
    rows = []
    with open(LEXICONS / name, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows[1:]  # first non-comment row is the header


_MI = ("می" + ZWNJ, "نمی" + ZWNJ)
_MI_FUSED = ("می", "نمی")
#: Longer runs of letters are left alone by the restorer (the longest word in hazm's list
#: has 21 letters; stem analyses recurse once per suffix, so this also bounds the work).
MAX_WORD = 40


class ZwnjRestorer:
    """Put ZWNJ back into words written without it (fused) or with a space instead.

    Decisions, in order, for a word written without ZWNJ (``w``); :meth:`explain` names
    the one taken:

    0. ``short`` / ``long``: under 3 letters, a suffix standing alone, or over
       :data:`MAX_WORD` letters -> unchanged;
    1. ``keep``: the dev writers write ``w`` fused (``zwnj_keep.tsv``) -> unchanged;
    2. ``lexicon``: ``w`` is in the lexicon (``zwnj_lexicon.tsv``: spellings the dev
       articles write with ZWNJ more often than fused, and hazm ZWNJ entries of compound
       classes the dev writers join) -> its ZWNJ spelling;
    3. ``known``: a known word (hazm's word list with a corpus count > 0, hazm's verb
       conjugations without ZWNJ) -> unchanged;
    4. ``verb``: ``(ن)می`` + a form that hazm conjugates as ``(ن)می‌…`` (also with آ
       written ا: «میاید»);
    5. ``suffix``: stem + suffix (``zwnj_suffixes.tsv``): a known or restorable stem +
       plural, comparative after ه/ی, clitic after silent ه, copula after an adjective, …
       The analysis whose spelling is attested (lexicon, hazm's ZWNJ entries) or whose
       stem is surest wins; ``ambiguous``: when two equally sure analyses put the ZWNJ in
       different places, the word is left alone («هفتهای»: هفته‌ای or هفت‌های) — a missed
       ZWNJ costs less than a wrong one;
    6. ``head``: a known word + a productive second element or a productive first
       element + a known word (``zwnj_heads.tsv``);
    7. ``none``: unchanged.

    Spaced pairs («a b», :meth:`join_spaced`): a verb with می/نمی apart, a stem with a
    suffix apart («کشور ها»), a lexicon compound marked ``join_spaced``; in a text that
    writes ZWNJ as a space (:meth:`spaced_style`) also the ``spaced_style`` compounds and a
    known word + a head marked ``spaced`` in ``zwnj_heads.tsv``, except the pairs in
    ``zwnj_spaced.tsv``.

    Precision first: every data file is built from the dev articles' own spellings
    (``scripts/build_zwnj_lexicon.py``), so a compound is restored only where the dev
    writers use ZWNJ there; see benchmarks/README.md for the measured trade-off.
    """

    def __init__(self, lexicon: list[list[str]] | None = None, keep: Iterable[str] | None = None,
                 heads: list[list[str]] | None = None, suffixes: list[list[str]] | None = None,
                 apart: Iterable[str] | None = None):
        """Load the lexicon files; the build script passes its own tables instead."""
        from hazm.utils import default_words

        lex_rows = _read_tsv("zwnj_lexicon.tsv") if lexicon is None else lexicon
        self.lexicon: dict[str, str] = {row[0]: row[1] for row in lex_rows}
        # spaced pairs joined in any text / only in a text that writes ZWNJ as a space
        self.spaced_ok = {row[0] for row in lex_rows if row[2] == "join_spaced"}
        self.spaced_style_ok = self.spaced_ok | {row[0] for row in lex_rows
                                                 if row[2] == "spaced_style"}
        self.keep: set[str] = set(
            (row[0] for row in _read_tsv("zwnj_keep.tsv")) if keep is None else keep)
        suf_rows = _read_tsv("zwnj_suffixes.tsv") if suffixes is None else suffixes
        self.suffixes: list[tuple[str, str]] = sorted(
            ((row[0], row[1]) for row in suf_rows), key=lambda r: -len(r[0]))
        self.suffix_set = {s for s, _ in self.suffixes}
        self.spaced_suffixes: dict[str, list[tuple[str, str]]] = {}
        for row in suf_rows:
            if row[2] == "join":
                self.spaced_suffixes.setdefault(row[0], []).append((row[0], row[1]))
        heads = _read_tsv("zwnj_heads.tsv") if heads is None else heads
        self.right_heads = {r[0] for r in heads if r[1] == "right"}
        self.left_heads = {r[0] for r in heads if r[1] == "left"}
        # right heads that also join a spaced known word, and the pairs left apart
        self.spaced_heads = {r[0] for r in heads if r[1] == "right" and len(r) > 6
                             and r[5] == "join"}
        self.apart: set[str] = set(
            (row[0] for row in _read_tsv("zwnj_spaced.tsv")) if apart is None else apart)

        # hazm's word list: every spelling without ZWNJ is a known word, except fused
        # spellings hazm lists with count 0 next to a ZWNJ spelling (نشاندهنده 0 vs
        # نشان‌دهنده 845354) or a ZWNJ verb form (میشود) -- those are what we restore.
        self.count: dict[str, int] = {}
        self.adjectives: set[str] = set()
        zwnj_keys: set[str] = set()
        self.attested: set[str] = set()
        with open(default_words, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) != 3:
                    continue
                w, c = parts[0], int(parts[1])
                if ZWNJ in w:
                    zwnj_keys.add(w.replace(ZWNJ, ""))
                    self.attested.add(_visible_zwnj(w))
                    continue
                self.count[w] = c
                if "AJ" in parts[2].split(","):
                    self.adjectives.add(w)
        # hazm's conjugations: 'میخواهیم' -> 'می‌خواهیم', 'نتوانستهاند' -> 'نتوانسته‌اند'
        self.verbs: dict[str, str] = {}
        self.conj_only: set[str] = set()  # verb forms hazm's word list does not have
        for form in sorted(_verb_forms()):
            if " " in form:
                continue
            if ZWNJ in form:
                self.verbs.setdefault(form.replace(ZWNJ, ""), _visible_zwnj(form))
            elif form not in self.count:
                self.count[form] = 1
                self.conj_only.add(form)
        # past participles hazm conjugates (شده، کرده، نرفته): the stems of an auxiliary
        self.participles = {f for f in _verb_forms() if f.endswith("ه") and len(f) >= 3
                            and " " not in f and ZWNJ not in f}
        for key in zwnj_keys | set(self.verbs):
            if self.count.get(key, 1) == 0:
                del self.count[key]
        for key in self.lexicon:  # the lexicon wins over "known" fused spellings
            self.count.pop(key, None)
        for w in self.keep:
            self.count.setdefault(w, 1)
        self.attested |= set(self.lexicon.values())
        self.words = self.count.keys()
        self._cache: dict[str, tuple[str, str]] = {}

    # ----------------------------------------------------------------- words
    def restore(self, w: str) -> str:
        """The ZWNJ spelling of a word written without ZWNJ (``w`` itself if none)."""
        return self.explain(w)[0]

    def explain(self, w: str) -> tuple[str, str]:
        """``(spelling, rule)``: :meth:`restore`'s answer and the decision that gave it
        (``short long keep lexicon known verb suffix head ambiguous none``)."""
        hit = self._cache.get(w)
        if hit is None:
            r, why = self._explain(w)
            # only ever insert ZWNJ between letters (a verb-list entry like «نمی‌» has one at its edge)
            if (r.replace(ZWNJ, "") != w or r.startswith(ZWNJ) or r.endswith(ZWNJ)
                    or ZWNJ + ZWNJ in r):
                r, why = w, "none"
            hit = self._cache[w] = (r, why)
        return hit

    def _stem(self, stem: str) -> tuple[str | None, int]:
        """A stem's spelling and how sure we are of it: 4 lexicon, 3 a word hazm counts
        (count > 0), 2 restorable by the rules or a verb form only hazm's conjugations
        give, 1 listed by hazm with count 0, (None, 0) unknown."""
        if stem in self.lexicon:
            return self.lexicon[stem], 4
        c = self.count.get(stem)
        if c and stem not in self.conj_only:
            return stem, 3
        if stem in self.verbs:
            return self.verbs[stem], 2
        if c:  # a conjugated form only (نرسید): weaker than a listed word (نرسیده)
            return stem, 2
        if c is not None:
            return stem, 1
        rs = self.restore(stem)
        return (rs, 2) if rs != stem else (None, 0)

    def _suffix_ok(self, rule: str, stem: str, suf: str, spaced: bool = False) -> bool:
        if rule == "after_heh":
            return stem.endswith("ه") and len(stem) >= 3
        if rule == "after_participle":
            return stem in self.participles
        if rule == "after_adjective":
            return stem in self.adjectives and not stem.endswith("ه")
        if rule == "attach":  # the indefinite after silent ه takes ZWNJ (after_heh)
            return not (suf.startswith("ا") and stem.endswith("ه"))
        if rule == "comparative":  # after an adjective ending in a vowel (تازه‌تر، جدی‌تر);
            # after other letters dev writers fuse as often as not (مهمترین): lexicon only,
            # but a spaced one (مهم ترین) is joined
            return stem in self.adjectives and (spaced or (stem.endswith(("ه", "ی"))
                                                           and len(stem) >= 3))
        return True

    def _explain(self, w: str) -> tuple[str, str]:
        if len(w) < 3 or w in self.suffix_set:  # a suffix standing alone stays alone
            return w, "short"
        if len(w) > MAX_WORD:  # not a word (a run of letters without spaces): leave it
            return w, "long"
        if w in self.keep:
            return w, "keep"
        if w in self.lexicon:
            return self.lexicon[w], "lexicon"
        if self.count.get(w):
            return w, "known"
        verb = self.verbs.get(w)
        if verb is not None and verb.startswith(_MI):
            return verb, "verb"
        if w.startswith(("میا", "نمیا")):  # آ written as ا: میاید -> می‌اید (hazm: می‌آید)
            p = w.index("ا")
            alt = self.verbs.get(w[:p] + "آ" + w[p + 1:])
            if alt is not None and alt.startswith(_MI):
                return w[:p] + ZWNJ + w[p:], "verb"
        # stem + suffix: every analysis with a known or restorable stem
        cands: list[tuple[tuple, str, str]] = []
        if verb is not None:  # a perfect (کرده‌ای) is weak next to a plural (کردهای)
            cands.append(((False, 2, 0), verb, "verb"))
        for suf, rule in self.suffixes:
            if len(w) <= len(suf) + 1 or not w.endswith(suf):
                continue
            stem = w[:-len(suf)]
            if not self._suffix_ok(rule, stem, suf):
                continue
            rs, sure = self._stem(stem)
            if rs is None:
                # a plural after silent ه takes ZWNJ even on a stem we do not know (حسینه‌ها)
                if not (rule == "plural" and stem.endswith("ه") and len(stem) >= 3):
                    continue
                rs, sure = stem, 1
            if rule == "after_participle" or (suf == "است" and stem in self.participles):
                sure = 4  # an auxiliary after a participle beats a plural of a verb form (شد‌هاست)
            out = rs + suf if rule == "attach" else rs + (ZWNJ if joins(stem[-1]) else "") + suf
            cands.append(((out in self.attested, sure, len(suf)), out, "suffix"))
        if cands:
            cands.sort(key=lambda c: c[0], reverse=True)
            (att, sure, _), out, why = cands[0]
            if not att:
                # a rival analysis as sure as this one that puts ZWNJ elsewhere: abstain
                for (att2, sure2, _), out2, _w in cands[1:]:
                    if sure2 == sure >= 3 and out2 != out:
                        return w, "ambiguous"
            return out, why
        # compounds: known word + productive head, or productive prefix + known word
        best = None
        for i in range(2, len(w) - 1):
            a, b = w[:i], w[i:]
            if not joins(a[-1]):
                continue
            if (b in self.right_heads and a in self.count and len(a) >= 3) or (
                    a in self.left_heads and b in self.count and len(b) >= 3):
                if best is None or min(len(a), len(b)) > min(len(best[0]), len(best[1])):
                    best = (a, b)
        if best:
            return best[0] + ZWNJ + best[1], "head"
        return w, "none"

    # ----------------------------------------------------------------- text
    def restore_text(self, text: str) -> str:
        """``text`` (already folded) with both ZWNJ steps applied, as :func:`normalize` does."""
        for edits in (self.fused_edits, self.spaced_edits):
            pieces, pos = [], 0
            for c0, c1, rep in edits(text):
                pieces += [text[pos:c0], rep]
                pos = c1
            text = "".join(pieces) + text[pos:]
        return text

    def fused_edits(self, text: str) -> list[tuple[int, int, str]]:
        """Insertions of ZWNJ into words that carry none."""
        out = []
        for m in _FA_WORD.finditer(text):
            w = m.group()
            if ZWNJ in w or len(w) < 3:
                continue
            # a word glued to Latin letters or digits is not a Persian word
            s, e = m.start(), m.end()
            if (s and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                continue
            r = self.restore(w)
            if r == w:
                continue
            # r is w with ZWNJ inserted: emit one zero-width edit per inserted ZWNJ
            i = 0
            for j, ch in enumerate(r):
                if ch == ZWNJ:
                    out.append((s + i, s + i, ZWNJ))
                else:
                    i += 1
        return out

    def spaced_edits(self, text: str) -> list[tuple[int, int, str]]:
        """Spaces that stand for a ZWNJ («می شود», «کشور ها», «شده اند») become ZWNJ."""
        out = []
        words = [(m.start(), m.end(), m.group()) for m in _FA_WORD.finditer(text)]
        pairs = [(e1, s2, a, b) for (s1, e1, a), (s2, e2, b) in zip(words, words[1:])
                 if s2 == e1 + 1 and text[e1] == " "]
        style = self.spaced_style(words, pairs)
        for e1, s2, a, b in pairs:
            if self.join_spaced(a, b, style):
                out.append((e1, s2, ZWNJ))
        return out

    def spaced_style(self, words, pairs) -> bool:
        """Whether the text writes ZWNJ as a space: its affixes (verbal می/نمی, plural ها,
        ‌اند, ‌ترین…) stand apart («می شود», «کشور ها») at least as often as they are
        attached with ZWNJ or fused («می‌شود», «میشود», «کشور‌ها»).  Such a text gets the
        compounds too («بین المللی», «مقاوم سازی»); elsewhere a space between two words is
        mostly the writer's own."""
        apart = sum(1 for _e, _s, a, b in pairs if self._affix_join(a, b))
        if not apart:
            return False
        attached = sum(1 for _s, _e, w in words if w not in _MI_FUSED and (
            (w.startswith(_MI_FUSED) and w.replace(ZWNJ, "") in self.verbs)
            or (ZWNJ in w and w.rsplit(ZWNJ, 1)[1] in self.spaced_suffixes)))
        return apart >= attached

    def _affix_join(self, a: str, b: str) -> bool:
        """«a b» is a verb with its prefix apart or a stem with a suffix apart."""
        ka, kb = a.replace(ZWNJ, ""), b.replace(ZWNJ, "")
        if ka in _MI_FUSED:
            # also with آ written ا («می اید»), as for a fused one
            return (ka + kb) in self.verbs or (
                kb.startswith("ا") and (ka + "آ" + kb[1:]) in self.verbs)
        for suf, rule in self.spaced_suffixes.get(kb, ()):
            if not self._suffix_ok(rule, ka, suf, spaced=True):
                continue
            if ka in self.count or ka in self.lexicon or self.restore(ka) != ka:
                return True
        return False

    def join_spaced(self, a: str, b: str, style: bool = False) -> bool:
        """Whether the space in «a b» stands for a ZWNJ (``style``: the text writes ZWNJ as
        a space, :meth:`spaced_style`)."""
        if self._affix_join(a, b):
            return True
        ka, kb = a.replace(ZWNJ, ""), b.replace(ZWNJ, "")
        joined = ka + kb
        if joined in self.lexicon:
            ok = self.spaced_style_ok if style else self.spaced_ok
            return joined in ok and self.lexicon[joined] == a + ZWNJ + b
        return (style and kb in self.spaced_heads and joined not in self.apart and len(ka) >= 3
                and joins(ka[-1]) and self.restore(joined) == ka + ZWNJ + kb)


def _visible_zwnj(form: str) -> str:
    """Drop ZWNJ after non-joining letters (invisible there; the dev corpus mostly omits it)."""
    return "".join(ch for i, ch in enumerate(form)
                   if not (ch == ZWNJ and i and not joins(form[i - 1])))


@functools.cache
def _verb_forms() -> frozenset[str]:
    from hazm import Lemmatizer

    return frozenset(Lemmatizer(joined_verb_parts=False).verbs.keys())


@functools.cache
def restorer() -> ZwnjRestorer:
    """The shared restorer (its lexicons are loaded once per process)."""
    return ZwnjRestorer()


def _step_zwnj_fused(text: str):
    return restorer().fused_edits(text)


def _step_zwnj_spaced(text: str):
    return restorer().spaced_edits(text)


# --------------------------------------------------------------------------- pipeline

#: The steps in the order they run, with what each does.  ``normalize(steps=...)`` picks
#: a subset (the order stays this one).
STEP_DOCS = {
    "bidi": "remove bidi/format controls: LRM, RLM, ALM, embeddings, overrides, isolates, BOM, ZWSP",
    "presentation_forms": "Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) -> letters (NFKC)",
    "arabic_letters": "Arabic ي ى ك ة ۀ ھ and other variants -> Persian letters (hazm's table)",
    "diacritics": "remove harakat, tanwin, shadda, sukun (hazm)",
    "specials": "remove Quranic marks and other special signs (hazm)",
    "kashida": "remove kashida (tatweel, U+0640)",
    "zwnj_lookalikes": "soft hyphen and ZWJ used as ZWNJ -> ZWNJ",
    "zwnj_cleanup": "drop ZWNJ not between two letters; collapse doubled ZWNJ",
    "digits": "Arabic-Indic and ASCII digits -> Persian digits (not inside Latin tokens)",
    "spaces": "odd spaces -> space, CRLF -> LF, repeated spaces, spaces at line edges, 3+ newlines",
    "zwnj_fused": "insert ZWNJ into words written without it (نمیکند -> نمی‌کند)",
    "zwnj_spaced": "space standing for ZWNJ -> ZWNJ (می شود -> می‌شود, کشور ها -> کشور‌ها)",
}
STEPS: tuple[str, ...] = tuple(STEP_DOCS)
_STEP_INDEX = {s: i for i, s in enumerate(STEPS)}
#: Steps that only fold characters (no ZWNJ restoration).
FOLD_STEPS: tuple[str, ...] = STEPS[:-2]

_SIMPLE = {
    "bidi": _step_bidi,
    "presentation_forms": _step_presentation_forms,
    "arabic_letters": _step_arabic_letters,
    "diacritics": _step_diacritics,
    "specials": _step_specials,
    "kashida": _step_kashida,
    "zwnj_lookalikes": _step_zwnj_lookalikes,
    "zwnj_cleanup": _step_zwnj_cleanup,
    "digits": _step_digits,
    "zwnj_fused": _step_zwnj_fused,
    "zwnj_spaced": _step_zwnj_spaced,
}


def normalize(raw: str, steps: Iterable[str] | None = None) -> Normalized:
    """Normalize ``raw`` with the given steps (default: all of :data:`STEPS`).

    Returns a :class:`Normalized` holding the text, the raw text, the alignment and how
    many times each step fired.  Normalizing the output again changes nothing.
    """
    if steps is None:
        chosen = set(STEPS)
    else:
        chosen = set(steps)
        unknown = chosen - set(STEPS)
        if unknown:
            raise ValueError(f"unknown steps {sorted(unknown)}; choose from {STEPS}")
    tr = _Tracker(raw)
    for step in STEPS:
        if step not in chosen:
            continue
        if step == "spaces":
            _steps_spaces(tr)
        else:
            tr.apply(_SIMPLE[step](tr.text), step)
    counts = {s: tr.counts.get(s, 0) for s in STEPS if s in chosen}
    return Normalized(raw, tr.text, [tuple(b) for b in tr.blocks], counts)


def normalize_frame(df, text_col: str = "text", id_col: str = "id",
                    steps: Iterable[str] | None = None, with_map: bool = True):
    """Normalize every row of ``df[text_col]``.

    Returns a DataFrame with ``id``, ``text_norm``, ``norm_map`` (the flat alignment of
    :meth:`Normalized.map_array`, to rebuild with :meth:`Normalized.from_map`; left out
    with ``with_map=False``) and one ``n_<step>`` count column per step.
    """
    import pandas as pd

    chosen = STEPS if steps is None else tuple(s for s in STEPS if s in set(steps))
    rows = []
    for id_, raw in zip(df[id_col], df[text_col]):
        n = normalize(raw, chosen)
        row = {"id": id_, "text_norm": n.text}
        if with_map:
            row["norm_map"] = n.map_array()
        for s in chosen:
            row[f"n_{s}"] = n.counts.get(s, 0)
        rows.append(row)
    cols = ["id", "text_norm"] + (["norm_map"] if with_map else []) + [f"n_{s}" for s in chosen]
    return pd.DataFrame(rows, columns=cols)


# --------------------------------------------------------------------------- ZWNJ usage

_PLURAL_FUSED = re.compile(f"^([{FA_LETTER}]+?)(ها|های|هایی)$")
_SPACED_AFFIX = re.compile(f"[{FA_LETTER}] (ها|های|هایی|تر|ترین)(?![{FA_LETTER}{ZWNJ}])")
_SPACED_MI = re.compile(f"(?<![{FA_LETTER}{ZWNJ}])(ن?می) ([{FA_LETTER}{ZWNJ}]+)")


@functools.cache
def _hazm_known() -> frozenset[str]:
    from hazm.utils import default_words

    out = set()
    with open(default_words, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and int(parts[1]) > 0:
                out.add(parts[0])
    return frozenset(out)


@functools.cache
def _verb_zwnj_keys() -> frozenset[str]:
    return frozenset(f.replace(ZWNJ, "") for f in _verb_forms() if ZWNJ in f and " " not in f)


def zwnj_usage(text: str) -> dict[str, int]:
    """How a (folded) text writes the places that take a ZWNJ, judged only with hazm's
    word list and verb conjugations (not with our restorer, so selecting benchmark
    articles with it does not favour our rules).

    ``zwnj``: ZWNJ between two letters; ``fused``: a verb with (ن)می or a plural
    ها/های/هایی after a joining letter written without ZWNJ; ``spaced``: the same written
    with a space.  An article uses ZWNJ consistently when ``fused == spaced == 0`` and
    ``zwnj >= 5``.
    """
    known = _hazm_known()
    verbs = _verb_zwnj_keys()
    zw = fused = 0
    for m in _FA_WORD.finditer(text):
        w = m.group()
        if ZWNJ in w:
            zw += w.count(ZWNJ)
            continue
        if w.startswith(("می", "نمی")) and w in verbs and w not in known:
            fused += 1
            continue
        p = _PLURAL_FUSED.match(w)
        if p and joins(p.group(1)[-1]) and p.group(1) in known and w not in known \
                and len(p.group(1)) >= 2:
            fused += 1
    spaced = len(_SPACED_AFFIX.findall(text))
    spaced += sum(1 for m in _SPACED_MI.finditer(text)
                  if (m.group(1) + m.group(2).replace(ZWNJ, "")) in verbs)
    return {"zwnj": zw, "fused": fused, "spaced": spaced}


def uses_zwnj_consistently(text: str) -> bool:
    u = zwnj_usage(text)
    return u["zwnj"] >= 5 and u["fused"] == 0 and u["spaced"] == 0


# --------------------------------------------------------------------------- tables for notebook 02

def steps_table() -> "pd.DataFrame":
    """The steps in the order they run, with what each does."""
    import pandas as pd

    return pd.DataFrame({"step": list(STEPS), "what it does": [STEP_DOCS[s] for s in STEPS]})


def counts_by_site(norm: "pd.DataFrame", articles: "pd.DataFrame") -> "pd.DataFrame":
    """Mean number of changes per article, by site and step (``norm`` from :func:`normalize_frame`)."""
    cols = [c for c in norm.columns if c.startswith("n_")]
    df = norm[["id"] + cols].merge(articles[["id", "site"]], on="id", how="left")
    df["site"] = df["site"].fillna("(none)")
    g = df.groupby("site")
    out = g[cols].mean().rename(columns=lambda c: c[2:])
    out.insert(0, "articles", g.size())
    out = out.sort_values("articles", ascending=False)
    return out.reset_index()


def save_normalized(norm: "pd.DataFrame", folder) -> "Path":
    """Write the normalized table (text, offset maps, step counts) as Parquet."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / "normalized.parquet"
    norm.to_parquet(out, index=False)
    return out


def read_normalized(folder) -> "pd.DataFrame":
    """Read :func:`save_normalized`'s table; ``Normalized.from_map(raw, text_norm, norm_map)`` rebuilds a map."""
    import pandas as pd

    p = Path(folder) / "normalized.parquet"
    if not p.exists():
        raise FileNotFoundError(f"{p}: not found. Run notebooks/02_normalize_text.ipynb (or `make report`) first.")
    return pd.read_parquet(p)


def changed_words(n: "Normalized", limit: int = 5, prefer: str = "zwnj") -> list[tuple[int, int]]:
    """Spans (in the normalized text) of up to ``limit`` whole words that a step changed,
    words changed by a step whose name starts with ``prefer`` first; for showing the offset map."""
    text = n.text
    spans, seen = [], set()
    changes = sorted(n.changes(), key=lambda c: (not c[4].startswith(prefer), c[2]))
    for _, _, n0, n1, _ in changes:
        s = n0
        while s > 0 and not text[s - 1].isspace():
            s -= 1
        e = n1
        while e < len(text) and not text[e].isspace():
            e += 1
        if e > s and (s, e) not in seen and text[s:e].strip():
            seen.add((s, e))
            spans.append((s, e))
        if len(spans) >= limit:
            break
    return sorted(spans)
