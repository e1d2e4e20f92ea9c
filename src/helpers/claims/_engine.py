"""The rule cascade behind :func:`helpers.claims.extract`.

One pass over an article, all on ``match_fold(text)`` (same length as the raw text, so every
offset found is a raw offset):

1. structure: lines (paragraphs), sentences, quotation-mark pairs (per paragraph, then across
   lines for IR-News style split quotes; stray marks ignored);
2. cues: reporting verbs and fixed phrases (``claims_verbs.tsv``, ``claims_phrases.yaml``), each
   with the frame that follows it (colon, quote, «که», comma, plain clause) or precedes it
   (nominal «از Y خبر داد», characterisation «Y را Z خواند», …); «به گفته X، …» adverbials;
   «با بیان اینکه …» clauses;
3. content spans, with the continuation rule for colon speech and quotes across lines;
4. speaker mentions (the subject before the cue), then resolution against the article's
   running list of people, titles and surnames (pronouns, pro-drop, descriptions, forward
   resolution of a lead sentence's title).

Every loop is bounded by the text length (bisect over precomputed positions), so a pathological
200 KB article stays linear.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from . import _lexicon as L
from ._gazetteer import _as_date, office_holder

OPEN_MARKS = {"«": "»", "“": "”", '"': '"'}
MAX_CONTENT = 4000       # no real statement is longer; bounds the work on pathological input
MAX_REGION = 400         # how far back from a cue the speaker is looked for
MAX_QUOTE_LINES = 20     # how many lines a quote may cross
MAX_CONT_LINES = 6       # how many lines colon speech may continue over
CONTINUATION = "any"     # which uncued lines continue a colon turn: any | first_person | none
NESTED = True            # a cue the speaker reports inside the first line of a colon turn does not end it
                         # (on later lines it does: letting nested cues continue there cost tune recall 0.013)
LEAD_LINES = 1           # a title in these first lines may resolve forward to a later name

# a full stop glued to the next sentence's first word («… آغاز کرد.الاشعل در …», «… داشت.وی با بیان …»: Fars
# texts, tune:3 fars-2-246) ends a sentence when both words have 3+ Persian letters (not «ج.ا.ا», «U.S.»)
# (also a closing quote after the end mark glued to the next sentence's first letter: «… حمایت می‌کنند!»وزیر خارجه
# آمریکا …», review r8 tabnak-898)
_SENT_END = re.compile(r"[.!?؟]+[»\"”']?(?=\s|$)|[.!?؟]+[»”](?=[\u0621-\u064a\u067e-\u06cc])|[\n]|(?<=[\u0621-\u064a\u067e-\u06cc]{3})\.(?=[\u0621-\u064a\u067e-\u06cc]{2})")
_TOKEN = re.compile(r"«[^«»\n]{1,80}»|[^\s،,:؛()«»\"]+|[،,()]")
_FIRST_PERSON = re.compile(
    L.WB_L + r"(?:من|ما|بنده|هستم|هستیم|دارم|داریم|بودم|بودیم|کردم|کردیم|شدم|شدیم|خواهم|خواهیم|نداریم|ندارم|"
    r"نیستیم|نیستم|معتقدم|معتقدیم|امیدوارم|امیدواریم)" + L.WB_R
    + r"|" + L.WB_L + r"ن?می[ \u200c]?\w+(?:م|یم)" + L.WB_R
    + r"|\w\u200c(?:ام|ایم|مان|یم)" + L.WB_R
)
# a finite verb that ends a clause with no comma after it (present, copula, light verbs)
_CLAUSE_VERB = re.compile(L.WB_L + r"(?:ن?می[ \u200c]?\w+(?:د|ند)|است|نیست|بود|بودند|شد|شدند|دارد|ندارد|دارند)" + L.WB_R
                          + r"(?=[ \u200c]+\w)")
_ENDPUNCT = ".!؛;،, \t\r\n\u200c"
# a clause's own verb right before a comma («… منجر خواهد شد، …»): where an adverbial «با بیان اینکه» clause ends
_CLAUSE_VERB_COMMA = re.compile(L.WB_L + r"(?:ن?می[ \u200c]?\w+(?:د|ند)|است|نیست|بود|بودند|شد|شدند|دارد|ندارد|دارند|هستند)"
                                + r"[ \u200c]*[،,]")


@dataclass
class Mention:
    surface: str = ""
    start: int | None = None
    kind: str = "drop"          # drop | pronoun | name | title | anaphor | org | document | media | anonymous | group
    name: str = ""              # for kind == name: the person's name (honorifics stripped)
    title: str = ""             # a title seen with it (apposition) or the title itself
    chain: list[str] = field(default_factory=list)
    inner: "Mention | None" = None   # «X به نقل از Y»: the innermost source Y
    plural: bool = False


@dataclass
class Raw:
    kind: str
    frame: str
    start: int
    end: int
    cue: str
    cue_start: int
    cue_end: int
    stance: str
    mention: Mention
    tier: str = "core"
    sentence: int = 0
    paragraph: int = 0
    confidence: float = 0.8
    chain: list[str] = field(default_factory=list)
    speaker: str = ""
    source_type: str = "person"
    coord_prev: "Raw | None" = None
    document: bool = False
    prev_person: str | None = None


# --------------------------------------------------------------------------- structure

_READ_MORE = re.compile(r"\(\s*بیشتر\s*بخوان(?:ید|یم)\s*\)|(?<=[^\W\d_])[؟?!]+(?=[^\W\d_])")
@functools.lru_cache(maxsize=4)
def _glued_opener_re(verbs: tuple, openers: tuple) -> "re.Pattern":
    return re.compile(r"(?<![\w\u200c])(" + "|".join(re.escape(v) for v in verbs) + ")("
                      + "|".join(re.escape(o) for o in sorted(openers, key=len, reverse=True)) + r")(?![\w\u200c])")


_GLUED_BA_NEXT = {"اشاره", "بیان", "تاکید", "اعلام"}
_CREDIT_LIST = re.compile(r"[ \u200c]*[^\W\d_][\w\u200c]*[ \u200c]+و[ \u200c]+[^\W\d_][\w\u200c]*[ \u200c]*[،,]")
_QUOTED_NAME = re.compile(r"«([^«»\n]{3,40})»")
_COMMON_CUE = re.compile(r" (?:گفت|افزود|ادامه داد|اظهار|تاکید کرد|تصریح کرد|خاطرنشان)")
_GLUED_VEY = re.compile(r"وی(?![\w\u200c])")
_WORD = re.compile(r"[^\W\d_][\w\u200c]*")
_HEADLINE_SLASH = re.compile(r"[^\W\d_][\u200c]?[ ]?/{1,2}[ ]|[ ]/{1,2}[ ]?[^\W\d_]")
_ADDRESSEE = re.compile(L.WB_L + r"(?:به[ \u200c]+(?:خبرگزاری|خبرنگار)|در[ \u200c]+(?:گفت[ \u200c]?و[ \u200c]?گو|گفتگو|مصاحبه)"
                        r"[ \u200c]+با)" + L.WB_R + r"[^.،,:؛\n]*$")
_RESUMPTIVE_OBJ = re.compile(L.WB_L + r"(?:آن|آنها|آن[ \u200c]ها|اینها|این[ \u200c]ها)[ \u200c]+را[ \u200c]*$")
_NARRATIVE_SEQ = re.compile(L.WB_L + r"(?:دارد|دارند|است|بود|بودند|شد|شدند|کرد|کردند)" + r"(?=[ \u200c]+و[ \u200c]+(?:سرانجام|در[ \u200c]+نهایت|نهایتا)"
                            + L.WB_R + ")")
# a present/progressive verb written with its ZWNJ («می‌رود», «نمی‌شود»): never a word of a name (review r5 fars-3-071)
_PROG_VERB = re.compile(r"ن?می\u200c[^\W\d_]{2,}(?:د|ند)$")
_VERB_FORM = re.compile(r"(?:ب|ن|می|نمی)\w{2,}(?:ید|یم|ند)")    # an inflected verb hazm's word list lacks («ببندید»)
#: a run-in headline is short: glue is looked for among a line's first words only
GLUE_LINE_WORDS = 14
#: years before/after a figure's public years within which a bare surname is still completed to the full name
ALIAS_YEAR_MARGIN = 4


class Structure:
    """Lines, sentences and quote pairs of one text, with bisect helpers."""

    def __init__(self, t: str, glue_re: "re.Pattern | None" = None, lexicon_words: frozenset = frozenset(),
                 glue_verbs: tuple = (), glue_openers: tuple = (), acronym_letters: tuple = (),
                 line_openers: tuple = (), given_names: frozenset = frozenset(), head_keys: frozenset = frozenset()):
        self.t = t
        n = len(t)
        # a headline run into the next sentence by the scraper («… آماده باشسخنگوی اورژانس …»): a
        # title head glued to the end of a word that is not in the lexicon starts a new sentence
        glue = set()
        if glue_re is not None:
            for m in glue_re.finditer(t):
                a = m.start()
                while a > 0 and (t[a - 1].isalnum() or t[a - 1] == "\u200c"):
                    a -= 1
                tok = t[a:m.end()].replace("\u200c", "")
                if m.start() - a >= 2 and tok not in lexicon_words:
                    glue.add(m.start())
        # a run-in headline glued to the speaker's surname or to «وی» («… محدود نیسترادپور در ادامه گفت»,
        # «… گواهی‌های سپرده بانکیوی افزود», roozno-426): the surnames are the last words of «quoted» names
        # and the words right before a common cue; the glued token is not in the lexicon, its head is
        if glue_re is not None and lexicon_words:
            glue |= self._glued_names(t, lexicon_words, glue_verbs)
        # a run-in headline's final verb glued to the next sentence's opener («… نکرده استاما آستانه …»)
        if glue_verbs and glue_openers:
            rx = _glued_opener_re(glue_verbs, glue_openers)
            for m in rx.finditer(t):
                if m.group(0).replace("\u200c", "").split()[0] not in lexicon_words:
                    glue.add(m.start(2))
        # a run-in headline glued to the first word of the line's next sentence, after any word
        # («تاثیر کرونا بر بازار ارزاین کارشناس …», «… انتخابات الکترونیکیپیش از این محمدجواد …», reviews
        # r2/r3 roozno): near a line's start, an unknown token made of a known word and an opener
        if line_openers and lexicon_words:
            glue |= self._glued_line_openers(t, lexicon_words, line_openers, given_names, head_keys)
        # a decimal split over two lines by the scraper («۵.⏎۲ ریشتری») is one line and one sentence
        soft = {m.start() for m in re.finditer(r"(?<=\d[.])\n(?=\d)", t)}
        # a dotted acronym of letter names («بی. بی. سی», «ان.⏎ان.⏎ای», fars-3-126, tabnak-1663) is one word:
        # its dots and line breaks end neither a sentence nor a line
        if acronym_letters:
            let = "(?:" + "|".join(re.escape(x) for x in sorted(acronym_letters, key=len, reverse=True)) + ")"
            for m in re.finditer(r"(?<![\w\u200c])" + let + r"(?:\.[ \n]{0,2}" + let + r")+(?![\w\u200c])", t):
                for k in range(m.start(), m.end()):
                    if t[k] in ".\n":
                        soft.add(k)
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", t) if m.start() not in soft]
        self.line_ends = [s - 1 for s in self.line_starts[1:]] + [n]
        # sentence boundaries: start offsets
        starts = [0]
        for m in _SENT_END.finditer(t):
            if m.start() in soft or m.end() in soft:
                continue
            e = m.end()
            if e < n:
                starts.append(e)
        self.sent_starts = sorted(set(starts) | glue)
        self.glue_pos = sorted(glue)
        self.quotes = self._pair_quotes()
        self.quote_by_open = {o: c for o, c in self.quotes}
        self.open_pos = sorted(self.quote_by_open)

    @staticmethod
    def _glued_names(t: str, words: frozenset, verbs: tuple) -> set[int]:
        names = set()
        for m in _QUOTED_NAME.finditer(t):
            ws = m.group(1).split()
            if 2 <= len(ws) <= 3:
                w = ws[-1].replace("\u200c", "")
                if len(w) >= 4 and w not in words:
                    names.add(w)
        for m in _COMMON_CUE.finditer(t):
            a = b = m.start()
            while a > 0 and (t[a - 1].isalpha() or t[a - 1] == "\u200c") and b - a < 30:
                a -= 1
            w = t[a:b].replace("\u200c", "")
            if len(w) >= 4 and w not in words and w.isalpha():
                names.add(w)
        rx = _GLUED_VEY if not names else re.compile(
            "(?:" + "|".join(re.escape(n) for n in sorted(names | {"وی"}, key=len, reverse=True)) + r")(?![\w\u200c])")
        out = set()
        sufs = sorted(names | {"وی"}, key=len)
        for m in rx.finditer(t):
            a = m.start()
            while a > 0 and t[a - 1].isalpha() and m.end() - a < 30:
                a -= 1
            tok = t[a:m.end()]
            if len(tok) < 6 or tok in words or (a > 0 and t[a - 1] == "\u200c"):
                continue
            for nm in sufs:
                head = tok[:-len(nm)]
                if not tok.endswith(nm) or len(head) < (4 if nm == "وی" else 3) or (head not in words and head not in verbs):
                    continue
                if nm != "وی" or head + "و" not in words:      # not «تابلوی» = «تابلو» + ezafe
                    out.add(m.end() - len(nm))
                    break
        return out

    @staticmethod
    def _glued_line_openers(t: str, words: frozenset, openers: tuple, given: frozenset, heads: frozenset) -> set[int]:
        """Offsets where a line-initial headline ends inside an unknown token: «ارزاین کارشناس» (known word +
        «این» before a title head), «الکترونیکیپیش از این», «پردردسرمرتضی تمدن» (known word + given name)."""
        out = set()
        first = {o.split()[0] for o in openers}
        for lm in re.finditer(r"^[^\n]+", t, re.M):
            for k, m in enumerate(_WORD.finditer(lm.group())):
                if k >= GLUE_LINE_WORDS:
                    break
                w = m.group()
                if "\u200c" in w or len(w) < 6 or w in words:
                    continue
                rest = lm.group()[m.end():]
                nxt = _WORD.search(rest)
                nk = L.key(nxt.group()) if nxt and not rest[:nxt.start()].strip() else ""
                if w.endswith("یک") and nk in heads and len(w) >= 6 and (w[:-2] in words or _VERB_FORM.fullmatch(w[:-2])):
                    # «جاده ها را ببندیدیک نماینده تهران … خواستار … شد» (roozno-746): a headline's last word
                    # (a known word or a verb form) glued to «یک» before a title head
                    out.add(lm.start() + m.start() + len(w) - 2)
                    continue
                for i in range(len(w) - 2, 2, -1):
                    a, b = w[:i], w[i:]
                    if b not in first and not (b == "این" and nk in heads) \
                            and not (len(b) >= 3 and len(a) >= 5 and L.key(b) in given):
                        continue    # cheap test first: most unknown words split into no opener at all
                    if a not in words or L.key(a) in given:
                        continue
                    if b == "این" and nk in heads:
                        out.add(lm.start() + m.start() + i)
                        break
                    if len(a) < 4:
                        continue
                    if any((b + rest).startswith(o) and (len(o) == len(b) or not o[len(b)].isalpha())
                           for o in openers if o.startswith(b)) \
                            or len(b) >= 3 and len(a) >= 5 and L.key(b) in given:
                        out.add(lm.start() + m.start() + i)
                        break
        return out

    def line_of(self, pos: int) -> int:
        return bisect.bisect_right(self.line_starts, pos) - 1

    def sent_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def sent_start(self, pos: int) -> int:
        s = self.sent_starts[self.sent_of(pos)]
        ls = self.line_starts[self.line_of(pos)]
        return max(s, ls)

    def sent_end(self, pos: int) -> int:
        """End of the sentence containing pos (exclusive, before the terminator run's whitespace)."""
        i = self.sent_of(pos)
        end = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.t)
        le = self.line_ends[self.line_of(pos)]
        return min(end, le)

    def _pair_quotes(self) -> list[tuple[int, int]]:
        """Pairs (open, close) of quotation marks. Within a line first (a stack per mark type,
        depth-limited); an open «/“ left over looks ahead over the next lines for a line-initial or
        unmatched closer, before any new unmatched opener."""
        t = self.t
        pairs: list[tuple[int, int]] = []
        leftovers_open: list[tuple[int, int]] = []   # (line, pos) of unmatched openers
        leftovers_close: dict[int, list[int]] = {}   # line -> unmatched closers
        ascii_pending: tuple[int, int] | None = None   # (line, pos) of an ASCII " left open by its line
        for li, (ls, le) in enumerate(zip(self.line_starts, self.line_ends)):
            stack: list[int] = []
            ascii_open = None
            # an ASCII quote opened after a colon and left open at its line's end closes at the first "
            # of a later line (IR-News quotes run over several paragraphs)
            if ascii_pending is not None and li - ascii_pending[0] <= MAX_QUOTE_LINES \
                    and t.count('"', ls, le) % 2 == 1:
                ascii_open = ascii_pending[1]
                ascii_pending = None
            for m in re.finditer(r"[«»“”\"]", t[ls:le]):
                p = ls + m.start()
                ch = m.group()
                if ch in "«“":
                    if len(stack) < 4:
                        stack.append(p)
                elif ch in "»”":
                    want = "«" if ch == "»" else "“"
                    j = len(stack) - 1
                    while j >= 0 and t[stack[j]] != want:
                        j -= 1
                    if j >= 0:
                        pairs.append((stack[j], p))
                        del stack[j:]
                    else:
                        leftovers_close.setdefault(li, []).append(p)
                else:  # ASCII " toggles
                    if ascii_open is None:
                        ascii_open = p
                    else:
                        pairs.append((ascii_open, p))
                        ascii_open = None
            for p in stack:
                leftovers_open.append((li, p))
            if ascii_open is not None and re.search(r":[ \u200c]*$", t[max(ls, ascii_open - 4):ascii_open]):
                ascii_pending = (li, ascii_open)
        # cross-line pairing for unmatched « / “
        open_lines = {li for li, _ in leftovers_open}
        for li, p in leftovers_open:
            want = "»" if t[p] == "«" else "”"
            for lj in range(li + 1, min(li + 1 + MAX_QUOTE_LINES, len(self.line_starts))):
                cl = [c for c in leftovers_close.get(lj, []) if t[c] == want]
                if cl:
                    pairs.append((p, cl[0]))
                    leftovers_close[lj].remove(cl[0])
                    break
                if lj in open_lines:
                    break
        return pairs


# --------------------------------------------------------------------------- helpers

def _glued_compound(t: str, s: int) -> bool:
    """A cue word that ends a ZWNJ compound noun («پی‌نوشت‌ها», review r6 asriran-1-418): a word glued before it by a
    ZWNJ that is no verb prefix («می‌», «نمی‌»)."""
    if s < 2 or t[s - 1] != "\u200c" or not t[s - 2].isalpha():
        return False
    w = re.search(r"[^\W\d_]+$", t[max(0, s - 12):s - 1])
    return w is not None and w.group() not in ("می", "نمی", "ن", "ب")


def _trim(t: str, s: int, e: int, strip_end: str = _ENDPUNCT) -> tuple[int, int]:
    while s < e and t[s] in " \t\r\n\u200c:،,":
        s += 1
    while e > s and t[e - 1] in strip_end:
        e -= 1
    return s, e


def _tokens(t: str, s: int, e: int) -> list[tuple[int, int, str]]:
    return [(s + m.start(), s + m.end(), m.group()) for m in _TOKEN.finditer(t, s, e)] if False else \
        [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(t, s, e)]


def _wkey(w: str) -> str:
    """A word's key for comparing titles: the ezafe «ی» of a plural dropped («فروشگاه‌های» = «فروشگاه‌ها»,
    sobhane2-130: «رئیس اتحادیه کشوری فروشگاه‌های زنجیره‌ای» / «رئیس اتحادیه فروشگاه‌ها زنجیره‌ای»)."""
    k = L.key(w)
    return k[:-1] if k.endswith("های") else k


def _keys(toks) -> list[str]:
    return [L.key(x[2]) for x in toks]


_PHRASE_INDEX: dict[int, tuple[dict[str, list[tuple[str, ...]]], dict[str, int]]] = {}


def _index(phrases: list[tuple[str, ...]]):
    ix = _PHRASE_INDEX.get(id(phrases))
    if ix is None or ix[2] is not phrases:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        joined: dict[str, int] = {}
        for ph in phrases:   # already longest first
            by_first.setdefault(ph[0], []).append(ph)
            if len(ph) > 1:
                joined.setdefault("".join(ph), 1)
        ix = (by_first, joined, phrases)
        if len(_PHRASE_INDEX) > 512:  # per-article lists come and go: bound the cache (it leaked ~2 entries/article)
            _PHRASE_INDEX.clear()
        _PHRASE_INDEX[id(phrases)] = ix
    return ix


def _starts_with(keys: list[str], i: int, phrases: list[tuple[str, ...]]) -> int:
    """Length (in tokens) of the longest phrase matching keys[i:], else 0. Phrases may also
    match a single token that is the phrase written without spaces."""
    if i >= len(keys):
        return 0
    by_first, joined, _ = _index(phrases)
    k = keys[i]
    for ph in by_first.get(k, ()):
        n = len(ph)
        if tuple(keys[i:i + n]) == ph:
            return n
    return 1 if k in joined else 0


_QUANT = {L.key(w) for w in ("یکی", "برخی", "بسیاری", "تعدادی", "شماری", "جمعی", "گروهی", "هیچ‌یک", "بیشتر", "بعضی")}
_PREPS = {L.key(w) for w in ("به", "از", "با", "برای", "درباره", "بر", "مانند", "مثل", "علیه", "نزد", "پیش", "همراه", "توسط", "سوی")}
_OBJ_PREPS = {L.key(w) for w in ("در", "پی", "دنبال", "اثر", "طی", "ضمن", "جز", "بدون")}
_GLUED_QNAME = re.compile(r"(?<=[^\W\d_])«[^«»\n]{3,40}»[ \u200c]+")
_TOPIC_NOUNS = {L.key(w) for w in ("موضوع", "مسئله", "مساله", "مسأله", "امر", "اسم", "نام", "اتفاق", "رویداد", "روند",
                                    "وضعیت", "شرایط", "تحول", "پدیده", "رقم", "آمار", "عدد")}
_MEDIA_DESC, _NATIONAL = L.key("رسانه"), L.key("ملی")
_SOURCE_HEADS = {L.key(w) for w in ("منبع", "منابع", "منبعی")}    # an unnamed source stays unnamed
_VAGUE_SPANS = {L.key(w) for w in ("لحظاتی", "دقایقی", "ساعاتی", "ساعتی", "روزهایی", "مدتی", "چندی", "لحظه‌ای")}
_SPAN_UNITS = {L.key(w) for w in ("ثانیه", "دقیقه", "ساعت", "روز", "هفته", "ماه", "سال")}
_SPAN_AFTER = {L.key(w) for w in ("قبل", "بعد", "پیش", "پس")}
_SURNAME_PARTS = {L.key(w) for w in ("زاده", "نژاد", "پور", "نیا", "فر", "راد", "منش", "زادگان", "وند", "لو")}
_SELF = {L.key(w) for w in ("من", "ما", "بنده", "اینجانب")}
_POSTPOSED_ANAPHORS = {L.key(w) for w in ("فوق", "مذکور", "مزبور", "یادشده")}
_TIME_NOUNS = {L.key(w) for w in ("دقیقه", "ساعت", "روز", "امروز", "دیروز", "هفته", "جاری", "گذشته", "شب", "صبح", "ظهر", "عصر", "بامداد")}


_CREDIT_SPLIT = re.compile(L.WB_L + "(?:" + "|".join(L.phrase_regex(c) for c in (
    "به گزارش", "بنا بر گزارش", "بنابر گزارش", "طبق گزارش", "به نقل از", "بنا به گزارش")) + ")" + L.WB_R)


class Article:
    """Extraction state for one article."""

    def __init__(self, text: str, lx: L.Lexicon, date=None):
        self.raw = text
        self.date = date
        self.t = L.match_fold(text)
        self.lx = lx
        self.st = Structure(self.t, lx.glue_re, lx.lexicon_words, lx.glue_verbs, lx.glue_openers, lx.acronym_letters,
                            lx.glue_line_openers, lx.given_names, frozenset(h[0] for h in lx.title_heads))
        # person registry
        self.people: list[str] = []                 # canonical full names, in order of appearance
        self.title_to_name: dict[str, str] = {}
        self.title_words: dict[str, tuple[str, set, str]] = {}
        self.last_speaker: tuple[str, str] | None = None   # (canonical, type)
        self.last_person: str | None = None
        self.last_group: tuple[str, str] | None = None
        self.last_org: str | None = None
        self.last_media: str | None = None
        self._full_cache: dict[tuple[str, int], str | None] = {}
        self._found_cache: dict[str, list[int]] = {}
        # finite light verbs and their negations («دارد/ندارد»); «کرد» is left out (also «Kurd»)
        vs = {v.replace("\u200c", "") for v in lx.glue_verbs if v != L.match_fold("کرد")}
        self._verbs = vs | {"ن" + v for v in vs if not v.startswith("ن")}

    # ------------------------------------------------------------------ cues

    def find(self) -> list[Raw]:
        t, lx, st = self.t, self.lx, self.st
        out: list[Raw] = []
        cue_matches = []
        for m in lx.cue_re.finditer(t):
            gi = m.lastindex or 1
            if _glued_compound(t, m.start()):
                continue
            cue_matches.append((m.start(), m.end(), lx.cue_info[gi - 1]))
        self.cue_matches = cue_matches
        # «X خواستار Y شد» frames: a later line that holds one is a statement of its own and ends a colon turn
        circ_matches = list(lx.circumfix_re.finditer(t)) if lx.circumfix_re is not None else []
        self.circ_starts = [m.start() for m in circ_matches]
        self._viable_memo: dict[int, bool] = {}
        self._nested_memo: dict[tuple, bool] = {}
        self.cue_starts = [c[0] for c in cue_matches]
        self.cue_ends = [c[1] for c in cue_matches]
        self.acc_matches = [(m.start(), m.end(), lx.according_info[(m.lastindex or 1) - 1]) for m in lx.according_re.finditer(t)]
        self.acc_starts = [a[0] for a in self.acc_matches]
        self.credit_starts = [m.start() for m in lx.credit_re.finditer(t)]
        self.claimed_cue_ends: dict[int, int] = {}   # cue end -> its content's end
        self.cue_names: set[str] = set()             # names (and surnames) the cue records' subjects give
        self.cue_surnames: set[str] = set()          # the last words of the full names among them
        self.nom_starts: list[int] = []              # where the nominal adverbials («با اشاره به …») start
        self.cue_orgs: set[str] = set()              # organisations/outlets the cue records' subjects give
        for cs, ce, cue in cue_matches:
            r = self._cue_claim(cs, ce, cue)
            if r is not None:
                out.append(r)
                self.claimed_cue_ends[ce] = r.end
                if r.mention.kind == "name" and r.mention.name:
                    ws = [L.key(w) for w in r.mention.name.split()]
                    self.cue_names.add("".join(ws))
                    if len(ws) > 1 and len(ws[-1]) >= 3:
                        self.cue_names.add(ws[-1])
                        self.cue_surnames.add(ws[-1])
                elif r.mention.kind in ("org", "media") and r.mention.surface:
                    # «سازمان یونیسف اعلام کرد …» … «به گفته یونیسف حدود ۶۰ درصد …» (tabnak-1235)
                    ws = [L.key(w) for w in re.split(r"[ \u200c]+", L.match_fold(r.mention.surface)) if w]
                    for i in range(len(ws)):
                        if len("".join(ws[i:])) >= 4 and ws[i] not in self.lx.head_words:
                            self.cue_orgs.add("".join(ws[i:]))
        for a in self.acc_matches:
            r = self._according(*a)
            if r is not None:
                out.append(r)
        adv_starts = set()
        self.adverbial_inner: list[tuple[int, int]] = []     # cues inside a «با بیان اینکه» clause
        for m in lx.adverbial_re.finditer(t):
            adv_starts.add(m.start())
            r = self._adverbial(m.start(), m.end(), lx.adverbial_info[(m.lastindex or 1) - 1])
            if r is not None:
                out.append(r)
        if lx.nominal_adv_re is not None:
            nom_matches = list(lx.nominal_adv_re.finditer(t))
            self.nom_starts = [m.start() for m in nom_matches]
            for m in nom_matches:
                if m.start() not in adv_starts:
                    r = self._nominal_adverbial(m.start(), m.end(), lx.nominal_adv_info[(m.lastindex or 1) - 1])
                    if r is not None:
                        out.append(r)
        if lx.circumfix_re is not None:
            for m in circ_matches:
                r = self._circumfix(m)
                if r is not None:
                    out.append(r)
        if self.adverbial_inner:
            out = [r for r in out if r.frame == "V" or not any(a <= r.cue_start < b for a, b in self.adverbial_inner)]
        out.sort(key=lambda r: (r.cue_start, r.start))
        out = self._drop_relays(out)
        # drop exact duplicates (same span and cue)
        seen, uniq = set(), []
        for r in out:
            if lx.read_more_re is not None:
                # «… مهیا خواهد شد (بیشتر بخوانیم)» (roozno-44): the site's read-more link is not said
                m = lx.read_more_re.search(t, max(r.start, r.end - 30), r.end)
                if m is not None and m.start() > r.start:
                    r.end = _trim(t, r.start, m.start())[1]
            k = (r.start, r.end, r.cue_start)
            if k not in seen and r.end > r.start:
                seen.add(k)
                uniq.append(r)
        return uniq

    def _drop_relays(self, out: list[Raw]) -> list[Raw]:
        """«X گزارش داد، Y گفت: …» / «X نوشت، Y گفته است: …»: the comma paraphrase is a relay of Y's
        statement, which is the claim (guideline §1: the innermost source); X is not a speaker of its own.
        (Review r2: tabnak-242, tabnak-1651.)"""
        starts = sorted((r.cue_start, r) for r in out if r.frame in "CQKMP" and r.start > r.cue_start)
        keys = [c for c, _ in starts]
        keep = []
        for r in out:
            if r.frame == "M":
                i = bisect.bisect_left(keys, r.start)
                if i < len(keys) and keys[i] < min(r.end, r.start + 150) and not self._inside_quote(keys[i]) \
                        and not re.search(L.WB_L + r"که" + L.WB_R, self.t[r.start:keys[i]]):
                    continue
            keep.append(r)
        return keep

    def _has_attr_in(self, s: int, e: int, cues: bool = True) -> bool:
        """Is there a cue, an attribution phrase or a credit line in [s, e)?"""
        for arr in ((self.cue_starts,) if cues else ()) + (self.acc_starts, self.credit_starts):
            i = bisect.bisect_left(arr, s)
            if i < len(arr) and arr[i] < e:
                return True
        return False

    def _has_turn_end_in(self, s: int, e: int) -> bool:
        """Like _has_attr_in, for a colon turn: only a cue that makes a statement of its own counts
        (tabnak-1651 review r2: «… و جهان این را می‌داند.» inside the turn is no new attribution). A «خواستار Y شد»
        frame counts («… کفران نعمت … است.⏎جاده ها را ببندیدیک نماینده تهران … خواستار بستن جاده‌ها … شد», roozno-746)."""
        for arr in (self.acc_starts, self.credit_starts, self.circ_starts):
            i = bisect.bisect_left(arr, s)
            if i < len(arr) and arr[i] < e:
                return True
        i = bisect.bisect_left(self.cue_starts, s)
        while i < len(self.cue_starts) and self.cue_starts[i] < e:
            if self._viable(i):
                return True
            i += 1
        return False

    def _next_viable_cue_in(self, s: int, e: int) -> int | None:
        i = bisect.bisect_left(self.cue_starts, s)
        while i < len(self.cue_starts) and self.cue_starts[i] < e:
            if self._viable(i):
                return self.cue_starts[i]
            i += 1
        return None

    def _next_cue_in(self, s: int, e: int) -> int | None:
        i = bisect.bisect_left(self.cue_starts, s)
        return self.cue_starts[i] if i < len(self.cue_starts) and self.cue_starts[i] < e else None

    def _inside_quote(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.st.open_pos, pos) - 1
        # walk back a few openers (nested pairs)
        for j in range(i, max(-1, i - 6), -1):
            o = self.st.open_pos[j]
            c = self.st.quote_by_open[o]
            if o < pos < c:
                return o, c
        return None

    def _cue_frame(self, cs: int, ce: int, cue: L.Cue):
        """The frame a cue takes: (frame, content start) for a frame after the cue, (None, Raw) for a frame
        before it, None when the cue makes no statement here (no usable frame, impersonal modal)."""
        t, st = self.t, self.st
        n = len(t)
        if self.lx.modal_re is not None and self.lx.modal_re.search(t, max(0, cs - 16), cs):
            return None     # «باید گفت …»: impersonal, the narrator's voice
        if self._modal_clause(cs, ce):
            return None     # «باید به X نیز اشاره کرد», «نخست باید این بحث را ارزیابی کرد»: the same, further back
        if self._counterfactual(cs, ce):
            return None     # «اگر … درخواست می‌کردم می‌گفت چه خبر است؟»: hypothetical speech
        if self._naming(cs, ce):
            return None     # «گاه به آن گینه کوناکری می‌گویند»: «they call it X», no statement
        if self._question_or_relative(cs) and not re.match(r"[ \u200c\t]*(?:که[ \u200c]*)?[:«\"“]", t[ce:ce + 8]):
            return None     # (a cue before a colon or a quote is the answer: «در پاسخ به اینکه آیا … گفت: …»)
        j = ce
        while j < n and t[j] in " \u200c\t":
            j += 1
        nxt = t[j] if j < n else ""
        frames = cue.frames
        frame = None
        cstart = None
        # «گفت که:» / «گفت که «…»»
        m_ke = re.match(r"که" + L.WB_R, t[j:j + 3]) if j < n else None
        after_ke = None
        if m_ke:
            k = j + 2
            while k < n and t[k] in " \u200c\t":
                k += 1
            after_ke = k
        if nxt == ":" or (m_ke and after_ke is not None and after_ke < n and t[after_ke] == ":"):
            if "C" not in frames:
                return None
            k = (j if nxt == ":" else after_ke) + 1
            while k < n and t[k] in " \u200c\t":
                k += 1
            if k < n and t[k] in OPEN_MARKS and k in self.st.quote_by_open:
                frame, cstart = "Q", k
            elif k < n and t[k] in OPEN_MARKS:
                frame, cstart = "Qopen", k
            else:
                frame, cstart = "C", k
                if re.match(r"[^\W\d_][ \u200c]+\w{2}", t[k:k + 6]) and t[k] not in "وه" \
                        and t[k - 1:k] == ":":
                    # a stray letter glued to the colon («در لایحه آمده است:ل به استناد …», asriran-2-319)
                    # is left outside the span (guideline §4: stray marks)
                    k += 1
                    while k < n and t[k] in " \u200c\t":
                        k += 1
                    cstart = k
        elif nxt in OPEN_MARKS and j in self.st.quote_by_open and "Q" in frames:
            # a quote right after the cue: direct only if it is a statement, not a title («…» را)
            c = self.st.quote_by_open[j]
            if "P" in frames and len(t[j + 1:c].split()) <= 4 and "\n" not in t[j:c] \
                    and re.match(r"[ \u200c]*[^\W\d_]", t[c + 1:c + 4]):
                # a quoted name that opens a plain clause («گزارش می‌افزاید «کیم جونگ اون» احتیاط بالایی …
                # دارد»: roozno-609) is part of the reported clause, not the statement
                frame, cstart = "P", j
            elif c - j > 12 or "C" in frames:
                frame, cstart = "Q", j
        elif m_ke and "K" in frames:
            if self.lx.relative_openers_re is not None and self.lx.relative_openers_re.match(t, after_ke):
                return None     # «نرخ ۴۷ ارز را اعلام کرد که بر اساس آن …» (tabnak-471 r2): a relative clause
            mo = re.search(r"(\S+)[ \u200c]+را[ \u200c]*$", t[max(0, cs - 60):cs])
            if mo is not None and L.key(mo.group(1)) not in ("این", "آن", "اینرا", "آنرا") \
                    and re.search(r"ه[ \u200c]+(?:بود|بودند)$", t[cs:ce].rstrip(" \u200c")):
                # «… شرط اخذ چک را مطرح کرده بودند که با دستور … ملغی اعلام شد» (review r3 tabnak-1445): after
                # a pluperfect cue (background) with a full object, «که» goes on with the narrative, not a
                # complement clause (the present perfect «… را اعلام کرده‌اند که …» keeps it: roozno-941 check)
                return None
            frame, cstart = "K", after_ke
        elif nxt in "،," and "M" in frames:
            frame, cstart = "M", j + 1
        elif nxt == "؛" and "M" in frames and self._semicolon_paraphrase(cs, j):
            # «وزیر نفت هند تاکید کرد؛ قرارداد … به زودی به امضا خواهد رسید» (r3 fars-3-209): a lead whose
            # bare subject + cue is followed by a semicolon paraphrase
            frame, cstart = "M", j + 1
        elif "X" in frames and re.match(r"(?:که|تا)" + L.WB_R, t[j:j + 3]):
            # «تا جایی که/تا حدی که …» (tabnak-1334): «تا» opens the content, not a complementiser
            frame, cstart = "X", (j if re.match(r"تا[ \u200c]+(?:جایی|حدی|آنجا|زمانی)[ \u200c]+که" + L.WB_R, t[j:j + 20]) else j + 2)
        if frame is None:
            # nothing usable after the cue: a frame before it?
            terminal = (j >= n or nxt in ".!؟?؛\n" or re.match(r"و" + L.WB_R, t[j:j + 2]) or nxt in "،,"
                        # «… از Y خبر داد وافزود: …» (fars-4-142): a cue glued to a coordinating «و»
                        or nxt == "و" and self._cue_at(j + 1)
                        # «Y را Z می‌داند که …»: a relative clause on Z after a characterisation (tabnak-1235)
                        or m_ke and "R" in frames and "K" not in frames)
            if terminal:
                for f in "ARNBIOE":
                    if f in frames:
                        r = self._before_frame(cs, ce, cue, f)
                        if r is not None:
                            return None, r
                if "X" in frames:
                    return None
            if "P" in frames and not terminal and nxt not in OPEN_MARKS:
                if self._bare_participle_blocked(cs, j):
                    return None
                frame, cstart = "P", j
            elif "X" in frames and not terminal:
                frame, cstart = "X", j
            else:
                return None
        if frame == "X":
            # request: needs «از Y» before the cue in the clause
            s0 = st.sent_start(cs)
            if not re.search(L.WB_L + r"از" + L.WB_R, t[max(s0, cs - 200):cs]):
                return None
            # «… صدر جدول را از دست داد، نمی‌خواهد دیگر امتیاز از دست بدهد» (review r10 asriran-1-222): a negated
            # «خواستن» is volition (or negated speech), and «از دست» is no addressee
            if t[cs] == "ن" or not re.search(L.WB_L + r"از" + L.WB_R + r"(?![ \u200c]+دست" + L.WB_R + r")",
                                              t[max(s0, cs - 200):cs]):
                return None
        return frame, cstart

    def _cue_at(self, i: int) -> bool:
        """Does a cue match start at offset i?"""
        k = bisect.bisect_left(self.cue_starts, i)
        return k < len(self.cue_starts) and self.cue_starts[k] == i

    def _semicolon_paraphrase(self, cs: int, j: int) -> bool:
        """«X گفت/تاکید کرد؛ …»: a semicolon after the cue opens a paraphrase only in the lead shape —
        a short bare subject (no comma, no object «را», no preposition that would make a nominal frame)
        from the clause start up to the cue, and a clause of five words or more after it that is not a
        narrator's coordinated continuation («؛ اما/و/ولی …»)."""
        t, st = self.t, self.st
        s0 = st.sent_start(cs)
        m = None
        for m in re.finditer(r"[:،,؛]", t[s0:cs]):
            pass
        if m is not None:
            s0 = s0 + m.end()
            if t[s0 - 1] != ":":
                return False
        head = t[s0:cs].split()
        if not 1 <= len(head) <= 6 or any(w in ("را", "بر", "به", "از", "با", "در", "که") for w in head):
            return False
        tail = t[j + 1:st.sent_end(j + 1)].split()
        return len(tail) >= 5 and tail[0] not in ("و", "اما", "ولی", "لیکن", "همچنین", "سپس")

    def _bare_participle_blocked(self, cs: int, j: int) -> bool:
        """A bare participle before a plain clause («… تاکید کرده اکثریت مردم …») is a statement only as a
        main verb: not after an object «را» («زمانی را اعلام کرده تا …», fars-4-132), not before a purpose
        «تا», and not in a relative clause («… موضع دیگری بود که مسکو اعلام کرده …», tabnak-1663)."""
        t = self.t
        if not re.search(r"ه[ \u200c]*$", t[cs:j]):
            return False
        if re.match(r"تا" + L.WB_R, t[j:j + 3]):
            return True
        lo = max(self.st.sent_start(cs), cs - MAX_REGION)
        for mc in re.finditer(r"[،,:]", t[lo:cs]):
            lo = lo + mc.end()
        return bool(re.search(L.WB_L + r"(?:که|را)" + L.WB_R, t[lo:cs]))

    def _viable(self, i: int) -> bool:
        """Does cue match i make a statement of its own (a usable frame)? Memoised; a cue that takes no
        frame («… و جهان این را می‌داند.», «… به این موضوع اذعان داشتند.») ends no colon turn."""
        v = self._viable_memo.get(i)
        if v is None:
            cs, ce, cue = self.cue_matches[i]
            fr = self._cue_frame(cs, ce, cue)
            # an object frame («Y را تایید کرد», extended tier) makes no turn end and no relay
            v = fr is not None and not (fr[0] is None and fr[1].frame == "O")
            self._viable_memo[i] = v
        return v

    def _cue_claim(self, cs: int, ce: int, cue: L.Cue) -> Raw | None:
        t, st = self.t, self.st
        fr = self._cue_frame(cs, ce, cue)
        if fr is None:
            return None
        frame, cstart = fr
        if frame is None:
            return cstart     # a frame before the cue: the record is made already
        # content span
        if frame == "Q":
            o = cstart
            c = self.st.quote_by_open[o]
            s, e = _trim(t, o + 1, c, " \t\r\n\u200c")
            kind = "direct"
        elif frame == "Qopen":   # unclosed mark: to the end of the paragraph
            le = st.line_ends[st.line_of(cstart)]
            s, e = _trim(t, cstart + 1, min(le, cstart + MAX_CONTENT), " \t\r\n\u200c")
            kind = "direct"
            frame = "Q"
        elif frame == "C":
            s, e = self._colon_span(cstart, turn_cue=(cs, ce))
            kind = "direct"
        else:
            s, e = self._clause_span(cstart, cs)
            kind = "indirect"
            if frame == "X":
                # a request is one subjunctive clause: it ends before a contrastive «اما/ولی» that goes on
                # with the narrator («از مردم خواست تا در خانه بمانند اما هنگامی که …», roozno-707)
                mb = re.search(r"[ \u200c،,]+(?:اما|ولی)" + L.WB_R, t[s:e])
                if mb is not None and not self._inside_quote(s + mb.start()):
                    s, e = _trim(t, s, s + mb.start())
        if e <= s:
            return None
        if frame not in ("Q", "C") and _RESUMPTIVE_OBJ.search(t, max(0, cs - 16), cs):
            # ««سند توافق مصری» که … «محمد علی» آن را اعلام کرده، دریافته است که …» (fars-5-196): the cue's object is
            # a pronoun for what was said; the clause after it is someone else's
            return None
        if frame not in ("Q", "C") and self._cue_opens(s):
            # «محسن پورسید آقایی که در گردهمایی … سخن می گفت افزود: …» (fars-4-142): the clause after the cue
            # opens with the main cue, so this one sits in a relative clause on the subject
            return None
        mention, region_start = self._subject(cs)
        if cue.document or (mention.kind == "drop" and cue.base in ("آمده است", "آمده")):
            dm = self._document_mention(cs)
            if dm is not None:
                mention = dm
            elif cue.base in ("آمده است", "آمده", "افزوده شده است", "به شرح زیر است"):
                return None
        if kind == "indirect" and getattr(mention, "via_naql", False):
            # «مرکز اطلاع‌رسانی فلسطین … به نقل از وزارت بهداشت غزه گزارش داد که …» (fars-5-182): the innermost
            # source speaks through the «به نقل از» attribution (guideline §1 chains, §2 according_to)
            kind = "according_to"
        tier = "core"
        conf = {"Q": 0.95, "C": 0.9, "K": 0.85, "M": 0.75, "P": 0.7, "X": 0.75}.get(frame, 0.7)
        if cue.stance == "prediction":
            conf -= 0.05
        return Raw(kind, frame, s, e, self.raw[cs:ce], cs, ce, cue.stance, mention, tier,
                   st.sent_of(cs), st.line_of(cs), conf, document=cue.document)

    def _question_or_relative(self, cs: int) -> bool:
        """A cue inside a yes/no question («در پاسخ به اینکه آیا اعضا … را نقض قطعنامه می‌دانند، گفت»:
        asriran-2-493 r2, a reporter's question) or a headless relative («آنچه موسوی لاری نوشت حاکی از …»:
        roozno-1225 r2) is no statement: «آیا» / «آنچه» earlier in the same clause (after the last comma or
        colon, outside quotes)."""
        t = self.t
        base = lo = max(self.st.sent_start(cs), cs - 200)
        for m in re.finditer(r"[،,:؛«»\"]", t[base:cs]):
            lo = base + m.end()
        if re.search(L.WB_L + r"آیا" + L.WB_R, t[lo:cs]):
            return True
        # «آنچه … را Z خواند» (roozno-1162): the relative is the object, the cue is the main verb
        m = re.search(L.WB_L + r"(?:هر[ \u200c]?)?آن[ \u200c]?چه" + L.WB_R, t[lo:cs])
        return m is not None and not re.search(L.WB_L + r"را" + L.WB_R, t[lo + m.end():cs])

    def _inanimate_subject(self, s0: int, cs: int) -> bool:
        """Does the clause before a nominal cue open with «این/آن/همین» + a topic noun («این موضوع», «این امر»)?"""
        keys = _keys(_tokens(self.t, s0, min(cs, s0 + 40)))[:2]
        return len(keys) == 2 and keys[0] in self.lx.anaphoric and keys[1] in _TOPIC_NOUNS

    def _counterfactual(self, cs: int, ce: int) -> bool:
        """A cue in the past progressive («می‌گفت», «می‌نوشتند») after «اگر» in its sentence is hypothetical speech
        («اگر درخواست چنین بودجه‌ای می‌کردم می‌گفت چه خبر است؟», review r8 tabnak-898), no statement."""
        cue = self.t[max(0, cs - 5):ce].rstrip(" \u200c")
        if not re.search(L.WB_L + r"ن?می[ \u200c]?[^\W\d_]+(?:ت|د)(?:ند)?$", cue):
            return False
        lo = max(self.st.sent_start(cs), cs - 200)
        return re.search(L.WB_L + r"اگر" + L.WB_R, self.t[lo:cs]) is not None

    def _naming(self, cs: int, ce: int) -> bool:
        """«امروزه نیز گاه به آن گینه کوناکری می‌گویند تا …» (review r10 tabnak-1395): an impersonal plural «می‌گویند»
        after «به آن/این/او» in its clause names something; no one speaks."""
        t = self.t
        if not re.search(r"(?:^|[^\w\u200c])می[ \u200c]?گویند$", t[max(0, cs - 5):ce].rstrip(" \u200c")):
            return False
        base = lo = max(self.st.sent_start(cs), cs - 120)
        for m in re.finditer(r"[،,:؛]", t[base:cs]):
            lo = base + m.end()
        if re.match(r"[ \u200c]*(?:که|:|«|\")", t[ce:ce + 6]):
            return False
        m = None
        for m in re.finditer(L.WB_L + r"به[ \u200c]+(?:آن|این|او|آنها|آن[ \u200c]ها|اینها|این[ \u200c]ها)" + L.WB_R, t[lo:cs]):
            pass
        if m is None:
            return False
        name = t[lo + m.end():cs].split()
        return 1 <= len(name) <= 4 and "و" not in name

    def _modal_clause(self, cs: int, ce: int) -> bool:
        """A cue in its bare past-stem form («کرد», «داد») after a modal earlier in the same clause is a
        short infinitive («باید به … اشاره کرد»), never a 3rd-person statement (tabnak-1651, tabnak-1663,
        fars-2-013 in the round-2 reviews)."""
        if self.lx.modal_any_re is None:
            return False
        t = self.t
        cue = t[cs:ce].rstrip(" \u200c")
        if re.search(r"(?:ند|ه|است|اند|بود|بودند)$", cue) or re.match(r"ن?می", cue):
            return False
        base = lo = max(self.st.sent_start(cs), cs - 200)
        for m in re.finditer(r"[،,:؛]", t[base:cs]):
            lo = base + m.end()
        # «با اشاره به اینکه باید به نقش پزشکان اشاره کرد گفت:» (review r5 fars-3-071): the modal's infinitive is
        # the cue word before this one; this cue is the main verb
        k = bisect.bisect_left(self.cue_starts, cs) - 1
        if k >= 0 and lo < self.cue_ends[k] <= cs and self._modal_before(lo, self.cue_starts[k]):
            lo = self.cue_ends[k]
        return self.lx.modal_any_re.search(t, lo, cs) is not None

    def _modal_before(self, lo: int, hi: int) -> bool:
        return self.lx.modal_any_re.search(self.t, lo, hi) is not None

    def _document_mention(self, cs: int) -> Mention | None:
        """«در (این) بیانیه (X) آمده است»: the document (or its owner X) is the source."""
        t = self.t
        heads = self.lx.statement_document_heads
        s0 = max(self.st.sent_start(cs), cs - MAX_REGION)
        seg = t[s0:cs]
        m = None
        for m2 in re.finditer(L.WB_L + r"در" + L.WB_R, seg):
            m = m2
            # «در این اطلاعیه که … در اختیار ایرنا قرار گرفت، آمده است»: the «در» before a document
            k2 = _keys([x for x in _tokens(t, s0 + m2.end(), min(cs, s0 + m2.end() + 60)) if x[2] not in "،,()"][:6])
            k2 = k2[_starts_with(k2, 0, self.lx.document_parts):]
            if k2 and (_starts_with(k2, 0, heads) or
                       k2[0] in self.lx.anaphoric and _starts_with(k2, 1, heads)):
                break
        toks = _tokens(t, s0 + m.end(), cs) if m else _tokens(t, s0, cs)
        toks = [x for x in toks if x[2] not in "،,()"]
        if not toks:
            return None
        keys = _keys(toks)
        i = _starts_with(keys, 0, self.lx.document_parts)    # «در ادامه این مطلب» (roozno-660)
        anaphor = False
        if i < len(keys) and keys[i] in self.lx.anaphoric:
            anaphor, i = True, i + 1
        if i >= len(keys):
            return None
        n = _starts_with(keys, i, heads)
        if not n and keys[i].rstrip("ای") and _starts_with([keys[i].removesuffix("ای").removesuffix("\u200c")], 0, heads):
            n = 1
        if not n:
            # «این گزارش حاکی است» style without «در»: the subject itself is the document
            return None
        head_end = toks[i + n - 1][1]
        owner = toks[i + n:]
        if owner and L.key(owner[0][2]) in _POSTPOSED_ANAPHORS:
            # «متن نامه فوق به شرح زیر است:», «در سند مذکور آمده است» (review r9 sobhane1-3, roozno-560): a
            # post-posed «فوق/مذکور» is «این …»
            return Mention(self.raw[toks[0][0]:owner[0][1]], toks[0][0], "anaphor_doc",
                           title=self.raw[toks[i][0]:head_end])
        # stop the owner at a stop word
        own = []
        for tk in owner:
            if L.key(tk[2]) in self.lx.subject_stops or tk[2] in "،,()":
                break
            own.append(tk)
        if own and not anaphor and self._adjective_owner(own):
            # «در گزارش امنیتی امسال مونیخ ـ … ـ آمده است» (review r8 tabnak-658): an adjective after the head
            # describes the document itself, which keeps its head
            return Mention(self.raw[toks[i][0]:own[-1][1]], toks[i][0], "document",
                           title=canonical_text(self.raw[toks[i][0]:own[-1][1]]))
        while len(own) >= 2 and self._leading_adjective(own):
            own = own[1:]       # «در بیانیه رسمی وزارت خارجه»: the document's adjective is no part of its owner
        if own:
            surf_s, surf_e = own[0][0], own[-1][1]
            surface = self.raw[surf_s:surf_e]
            mm = self._classify(own, surf_s, surf_e)
            if mm.kind in ("org", "name", "title", "media", "group", "anonymous", "anaphor_org", "anaphor") \
                    and not (anaphor and mm.kind == "name" and not own[0][2].startswith("«")):   # «این گزارش رسمی»
                mm.surface, mm.start = self.raw[toks[0][0]:surf_e], toks[0][0]
                mm.doc = True
                return mm
        surf_s = toks[i - 1 if anaphor else i][0]
        if anaphor and not _starts_with(keys, i, self.lx.document_heads):
            # «در ادامه این مطلب آمده است:» (roozno-660, roozno-730): the piece of the writer quoted last,
            # a description «این …» like «این کارشناس», not a document of its own
            return Mention(self.raw[surf_s:head_end], surf_s, "anaphor", title=self.raw[toks[i][0]:head_end])
        return Mention(self.raw[surf_s:head_end], surf_s, "anaphor_doc" if anaphor else "document",
                       title=self.raw[toks[i][0]:head_end])

    _PERFECT = re.compile(r"ه(?:[ \u200c]*(?:است|اند|بود|بودند))?$")

    def _leading_adjective(self, own) -> bool:
        """An adjective in «ی» right before an organisation, title or outlet head («رسمی وزارت خارجه»)."""
        lx = self.lx
        keys = _keys(own[:2])
        return keys[0].endswith("ی") and len(keys[0]) >= 4 and keys[0] not in lx.given_names \
            and keys[0] not in lx.head_words and not own[0][2].startswith("«") \
            and any(_starts_with(keys, 1, h) for h in (lx.organisation_heads, lx.title_heads, lx.media_heads))

    def _adjective_owner(self, own) -> bool:
        """Do the words after a document head open with an adjective in «ی» («امنیتی», «سالانه» not) and hold no
        organisation, title, outlet or known name («گزارش امنیتی امسال مونیخ», not «بیانیه رسمی وزارت خارجه»)?"""
        lx = self.lx
        keys = _keys(own)
        k0 = keys[0]
        if not (k0.endswith("ی") and len(k0) >= 4 and k0 not in lx.given_names and k0 not in lx.head_words
                and not own[0][2].startswith("«")):
            return False
        return not any(_starts_with(keys, q, h) for q in range(len(keys))
                       for h in (lx.organisation_heads, lx.title_heads, lx.media_heads, lx.honorifics)) \
            and not any(self._known_person(x[2]) for x in own)

    def _plural_cue(self, cs: int, ce: int) -> bool:
        return bool(re.search(r"(?:ند|اند|بودند)$", self.t[cs:ce].rstrip(" \u200c")))

    def _nested_cue(self, i: int, turn_cue: tuple[int, int] | None, subject: bool) -> bool:
        """Is viable cue i, inside the first line of a colon turn, the speaker's own report of what someone
        else said, not the narrator's next statement? Not when it opens a new colon or quoted turn; yes
        when it is a perfect, a bare participle or a present («همگی اعلام کرده‌اند که», «سازمان نوسازی
        مدارس نیز عنوان می‌کند که»: sobhane2-130, fars-4-095), when its number differs from the turn's cue
        («رسانه‌های بیگانه … اعلام کردند» in a «وی اعلام کرد:» turn: roozno-1162), and (subject=True) when
        its subject is a new name, title or organisation («بوش … اعلام كرد كه»: fars-4-291 review r1)."""
        mk = (i, None if turn_cue is None else self._plural_cue(*turn_cue), subject)
        v = self._nested_memo.get(mk)
        if v is None:
            v = self._nested_memo[mk] = self._nested_cue_uncached(i, turn_cue, subject)
        return v

    def _nested_cue_uncached(self, i: int, turn_cue: tuple[int, int] | None, subject: bool) -> bool:
        cs, ce, cue = self.cue_matches[i]
        fr = self._cue_frame(cs, ce, cue)
        if fr is None or fr[0] in ("C", "Q", "Qopen"):
            return False
        surf = self.t[cs:ce].rstrip(" \u200c")
        if self._PERFECT.search(surf) or re.search(r"(?:^|[ \u200c])ن?می", surf):
            return True     # a perfect, a bare participle or a present
        if turn_cue is not None and self._plural_cue(cs, ce) != self._plural_cue(*turn_cue):
            return True
        if subject:
            m, _ = self._subject(cs)
            return m.kind not in ("pronoun", "drop")
        return False

    def _colon_span(self, k: int, first_person: bool = False, turn_cue: tuple[int, int] | None = None) -> tuple[int, int]:
        """Colon speech: to the end of the speaker's turn (continuation rule). With first_person, only
        lines in the first person continue it (according_to: «به گفته وزیر نیرو، …» followed by more
        first-person sentences, guideline §4)."""
        t, st = self.t, self.st
        li = st.line_of(k)
        le = st.line_ends[li]
        # stop at a later sentence in this line that carries a new attribution, unless its cue is one the
        # speaker reports inside the turn (a nested statement: guideline §1)
        end = le
        ss = bisect.bisect_right(st.sent_starts, k)
        while ss < len(st.sent_starts) and st.sent_starts[ss] < min(le, k + MAX_CONTENT):
            sstart = st.sent_starts[ss]
            send = min(st.sent_starts[ss + 1] if ss + 1 < len(st.sent_starts) else len(t), le)
            if self._has_attr_in(sstart, send, cues=False):
                end = sstart
                break
            i = bisect.bisect_left(self.cue_starts, sstart)
            stop = False
            while i < len(self.cue_starts) and self.cue_starts[i] < send:
                if self._viable(i) and not (NESTED and self._nested_cue(i, turn_cue, subject=True)):
                    stop = True
                    break
                i += 1
            if stop:
                end = sstart
                break
            ss += 1
        # coordination inside the same sentence: «… و افزود: …» (not «… و جهان این را می‌داند»: no frame;
        # not «… و همگی اعلام کرده‌اند که»: nested)
        nc = self._next_viable_cue_in(k, end)
        while nc is not None and NESTED and self._nested_cue(bisect.bisect_left(self.cue_starts, nc), turn_cue, subject=False):
            nc = self._next_viable_cue_in(nc + 1, end)
        if nc is not None:
            cut = self._coord_cut(k, nc)
            if cut is not None:
                end = cut
        if end == le:
            # continuation over following lines
            lj = li + 1
            count = 0
            while lj < len(st.line_starts) and count < MAX_CONT_LINES:
                ls2, le2 = st.line_starts[lj], st.line_ends[lj]
                body = t[ls2:le2].strip()
                if not body:
                    lj += 1
                    continue
                if body[0] in "*-•#" or self._has_turn_end_in(ls2, le2) and not self._nested_line(ls2, le2, turn_cue) \
                        or not self._continues(ls2, le2, end) or first_person and not _FIRST_PERSON.search(t, ls2, le2):
                    break
                end = le2
                lj += 1
                count += 1
        end = min(end, k + MAX_CONTENT)
        return _trim(t, k, end)

    def _nested_line(self, ls: int, le: int, turn_cue: tuple[int, int] | None) -> bool:
        """A later line of a colon turn whose only cues are reported ones (perfect, bare participle, present;
        no colon or quote) and that speaks in the first person («این کشورها اعلام کرده‌اند، اگر در لیست
        سیاه قرار بگیریم وضعیت ما … دچار مشکل می شود», roozno-332) still continues the turn."""
        if not NESTED or turn_cue is None or not _FIRST_PERSON.search(self.t, ls, le) \
                or self._has_attr_in(ls, le, cues=False):
            return False
        i = bisect.bisect_left(self.cue_starts, ls)
        while i < len(self.cue_starts) and self.cue_starts[i] < le:
            if self._viable(i) and not self._nested_cue(i, turn_cue, subject=False):
                return False
            i += 1
        return True

    def _continues(self, ls: int, le: int, prev_end: int) -> bool:
        """May the line [ls, le) continue the speaker's turn that ended at prev_end?"""
        t = self.t
        if CONTINUATION == "first_person":
            return bool(_FIRST_PERSON.search(t, ls, le))
        if CONTINUATION == "none":
            return False
        # "any": every uncued line continues, except a narrator's line («گفتنی است …», «وی …»), a line
        # with a colon of its own (a list intro or a run-in subheadline «… به شرح زیر است:»), and a short
        # headline-like line (no final stop)
        if self.lx.narrator_re is not None and self.lx.narrator_re.match(t, ls):
            return False
        if re.search(r"(?<!\d):(?!\d)", t[ls:le]):
            return False
        # a headline whose parts are set off by slashes («بازخوانی 6 تهاجم به غزه …// غزه؛ 8 سال …/ عملیات …»,
        # fars-1-092): a digest's next item, not the speaker's words
        if _HEADLINE_SLASH.search(t, ls, le):
            return False
        # a narrator's background line: a time adverbial opener or a pluperfect/hearsay passive, with no
        # first-person word («پیشتر … مسدود شده بود», «طی هفته‌های گذشته … آواره شده‌اند»: round 3)
        lx = self.lx
        if (lx.background_re is not None and lx.background_re.match(t, ls)
                or lx.background_any_re is not None and lx.background_any_re.search(t, ls, le)) \
                and not _FIRST_PERSON.search(t, ls, le):
            return False
        body = t[ls:le].strip()
        if len(body) < 40 and not body.endswith((".", "!", "؟", "?")):
            return False
        # a decimal split across lines («۵.⏎۲ ریشتری») always continues
        return True

    def _coord_cut(self, s: int, nc: int) -> int | None:
        """Before a coordinated cue «… و (همچنین) افزود»: where the first content ends."""
        t = self.t
        seg_start = max(s, nc - 60)
        seg = t[seg_start:nc]
        m = None
        for m2 in re.finditer(r"(?:^|[ \u200c،,])و[ \u200c]", seg):
            m = m2
        if m is None:
            return None
        between = seg[m.end():]
        if re.search(L.WB_L + r"که" + L.WB_R, between) or any(ch in between for ch in "«»\""):
            return None
        return seg_start + m.start()

    def _clause_span(self, k: int, cs: int) -> tuple[int, int]:
        """Indirect content after a cue: the rest of the sentence, up to a coordinated cue."""
        t, st = self.t, self.st
        end = st.sent_end(k)
        # quotes inside the clause may contain sentence ends: extend to the closing mark
        q = self._inside_quote(end - 1) if end > k else None
        while q is not None and q[0] >= k and q[1] >= end:
            end = st.sent_end(q[1] + 1) if q[1] + 1 < len(t) else len(t)
            q2 = self._inside_quote(end - 1)
            if q2 == q:
                break
            q = q2
        # «…؛ وی همچنین …»: a semicolon followed by a new subject ends the reported clause
        # (round 2: any «؛» outside a quote; the tune gold has no indirect clause over one, and the reviews
        # found clauses run over it into the narrator's text: roozno-216, tabnak-1651, roozno-660)
        for msc in re.finditer(r"؛", t[k:end]):
            if not self._inside_quote(k + msc.start()):
                end = k + msc.start()
                break
        # «مدعی شد که اسناد زیادی … در دست دارد و سرانجام در روزهای … شاهد تظاهرات … بود» (fars-5-196): after the
        # reported clause's verb, «و سرانجام / و در نهایت» goes on with the narrator's story
        for msq in _NARRATIVE_SEQ.finditer(t, k, end):
            if not self._inside_quote(msq.start()):
                end = msq.end()
                break
        nc = self._next_viable_cue_in(k, end)
        if nc is not None:
            cut = self._coord_cut(k, nc)
            if cut is not None:
                end = cut
        # a following «با بیان اینکه» or «به گفته» belongs to its own record only if it starts the clause
        end = min(end, k + MAX_CONTENT)
        s, e = _trim(t, k, end)
        # an indirect clause ending in a partial quote keeps its closing mark
        if e < len(t) and t[e:e + 1] in "»\"”" and e + 1 <= end + 1:
            pass
        return s, e

    def _adjunct_start(self, s: int, e: int) -> bool:
        """Does the object content [s, e) open with an adjunct («در گفت‌وگوی تلفنی با …», «طی اظهاراتی …»,
        «به طور رسمی …», «اخیرا …»)? Then where the object starts is unknown and the object frame is left out."""
        toks = _tokens(self.t, s, e)
        if not toks:
            return True
        k0 = L.key(toks[0][2])
        return k0 in _PREPS or k0 in _OBJ_PREPS or k0 in _TIME_NOUNS or k0 in self.lx.object_adverbs \
            or k0 in self.lx.object_adjunct_openers

    def _subject_prefix(self, npt) -> int:
        """How many tokens of a subject NP that ran into the object are the subject: «این» + a head, else
        the longest prefix of 2+ words that the article also writes elsewhere; 0 if none."""
        lx, t = self.lx, self.t
        keys = _keys(npt)
        if keys[0] in lx.anaphoric:
            h = max(_starts_with(keys, 1, heads) for heads in (
                lx.organisation_heads, lx.title_heads, lx.media_heads, lx.document_heads, lx.anonymous_heads))
            return 1 + h if h and 1 + h < len(npt) else 0
        for nn in range(len(npt), 1, -1):
            pre = t[npt[0][0]:npt[nn - 1][1]]
            k = t.find(pre)
            while k >= 0:
                if k != npt[0][0] and not re.match(r"\w", t[k + len(pre):k + len(pre) + 1]):
                    return nn if nn < len(npt) else 0     # the whole NP written elsewhere: no split
                k = t.find(pre, k + 1)
        return 0

    def _cue_opens(self, s: int) -> bool:
        """Does a cue that takes a colon or a quote start at s («… سخن می گفت افزود: …»)?"""
        i = bisect.bisect_left(self.cue_starts, s)
        if i >= len(self.cue_starts) or self.cue_starts[i] != s:
            return False
        return re.match(r"[ \u200c]*[:«\"“]", self.t[self.cue_ends[i]:self.cue_ends[i] + 4]) is not None

    def _listed_object(self, seg_s: int, seg: str, lastc: int) -> bool:
        """Are the commas between the subject and «را» a list inside the object («وی برگزاری همایش …، برپایی
        نمایشگاه‌هایی …، اجرای مسابقات …، و همایش کوهنوردی … را از دیگر برنامه‌ها اعلام نمود», fars-1-280), not an
        adjunct or apposition set off before it? The first item opens with no preposition, adverb or title, and
        the last comma is followed by «و» before «را»."""
        fc = min(x for x in (seg.find("،"), seg.find(",")) if x >= 0)
        first = seg[:fc].strip(" \u200c")
        if len(first.split()) < 2 or self._adjunct_start(seg_s, seg_s + fc):
            return False
        k0 = [L.key(w) for w in first.split()]
        if any(_starts_with(k0, 0, h) for h in (self.lx.title_heads, self.lx.honorifics, self.lx.leading_adjuncts)) \
                or k0[0] in self.lx.given_names:
            return False
        mr = re.search(L.WB_L + r"را" + L.WB_R, seg[lastc:])
        return mr is not None and re.search(L.WB_L + r"و" + L.WB_R, seg[lastc:lastc + mr.start()]) is not None

    def _name_prefix_len(self, npt) -> int:
        """How many tokens (3 or 2) of a name NP that ran into its object the article writes elsewhere as a
        whole name («سید عبدالواحد موسوی لاری …» … «موسوی لاری اجرای طرح … را … دانست», fars-2-176); 0 if none."""
        for nn in (3, 2):
            if nn < len(npt) and self._written_elsewhere(npt[:nn]):
                return nn
        return 0

    def _surname_ends_np(self, t0, tk) -> bool:
        """Is t0 the last word of a person an earlier cue's subject named in full («محمد علی انصاری … گفت»), with
        tk a word the article never writes after it elsewhere («انصاری هشدار …»)? Then the surname is the whole
        name and tk starts the object or an adjunct."""
        k0 = L.key(t0[2])
        if k0 not in self.cue_surnames or k0 in self.lx.given_names or not re.fullmatch(r"[^\W\d_][\w\u200c]*", tk[2]):
            return False
        return not self._written_elsewhere([t0, tk])

    def _written_bare(self, toks) -> bool:
        """Does the article write these words elsewhere with no media or organisation head word before them?"""
        if not self._written_elsewhere(toks):
            return False
        lx = self.lx
        for k in self._found_cache.get(self.t[toks[0][0]:toks[-1][1]], []):
            if k == toks[0][0]:
                continue
            before = self.t[max(0, k - 25):k].split()
            if not before or not (_starts_with([L.key(before[-1])], 0, lx.media_heads)
                                  or _starts_with([L.key(before[-1])], 0, lx.organisation_heads)):
                return True
        return False

    def _written_after_org(self, tok) -> bool:
        """Is this word written elsewhere right after an organisation head («شرکت سایپا», review r10 asriran-1-165)?
        Uses the places ``_written_elsewhere`` found."""
        for k in self._found_cache.get(self.t[tok[0]:tok[1]], []):
            before = self.t[max(0, k - 25):k].split()
            if k != tok[0] and before and _starts_with([L.key(before[-1])], 0, self.lx.organisation_heads):
                return True
        return False

    def _written_elsewhere(self, toks) -> bool:
        """Does the article write these name-like words, as whole words, at another place too? (The places of
        each phrase are found once per article.)"""
        if any(not re.fullmatch(r"[^\W\d_][\w\u200c]*", x[2]) for x in toks):
            return False
        pre = self.t[toks[0][0]:toks[-1][1]]
        hits = self._found_cache.get(pre)
        if hits is None:
            rx = re.compile(r"(?<![\w\u200c])" + re.escape(pre) + r"(?![\w\u200c])")
            hits = self._found_cache[pre] = [m.start() for _, m in zip(range(20), rx.finditer(self.t))]
        return any(k != toks[0][0] for k in hits)

    def _frame_word(self, word: str, seg: str, base: int):
        """The first «از/بر/به» in seg[base:] that can open a before-frame's Y: not the «از» of a compound
        preposition («قبل از», «بیش از»: fars-2-243)."""
        for m in re.finditer(L.WB_L + word + L.WB_R, seg[base:]):
            if word == "از":
                prev = seg[:base + m.start()].rstrip(" \u200c").rsplit(None, 1)
                if prev and L.key(prev[-1]) in self.lx.compound_az:
                    continue
            return m
        return None

    def _before_frame(self, cs: int, ce: int, cue: L.Cue, f: str) -> Raw | None:
        """Content before the cue: «از Y خبر داد», «Y را Z خواند», «بر Y تاکید کرد», «به Y اشاره کرد»."""
        t, st = self.t, self.st
        mention, region_start = self._subject(cs)
        s0 = mention.region_np_end if hasattr(mention, "region_np_end") else region_start
        seg_s = max(s0, cs - MAX_REGION)
        seg = t[seg_s:cs]
        if f in "BI" and self._inanimate_subject(region_start, cs):
            return None     # «این موضوع به تداوم ناخرسندی … اشاره می‌کند» (review r8 tabnak-658): a topic, no speaker
        if f in "ABINE":
            word = {"A": "از", "B": "بر", "I": "به", "N": "از", "E": "از"}[f]
            # after the last comma, the first «از»; else the first «از» after the subject
            lastc = max(seg.rfind("،"), seg.rfind(","))
            base = lastc + 1 if lastc >= 0 else 0
            m = self._frame_word(word, seg, base)
            if m is None and base and f != "E":    # «از Y صحبت کرد»: Y in the cue's own clause only
                m = self._frame_word(word, seg, 0)
                base = 0
            if m is None:
                return None
            s = seg_s + base + m.end()
            s, e = _trim(t, s, cs)
            kind, tier = "indirect", ("core" if f in "AN" else "extended")
            if f == "N" and not re.search(L.WB_L + r"(?:به[ \u200c]?|ب)?عنوان" + L.WB_R, t[s:e]):
                return None
        else:  # R: characterisation, needs «را» and a predicate after it («Y را Z خواند»)
            if not re.search(L.WB_L + r"را" + L.WB_R, seg):
                return None
            if f == "O":
                # object frame «Y را (تلویحا|به شدت) تایید/محکوم کرد» (extended tier): «را» right before the
                # cue, at most two adverb words between (review r2: asriran-1-1033, roozno-1129, fars-2-178)
                mo = re.search(L.WB_L + r"را" + L.WB_R + r"((?:[ \u200c]+[^\s،,.:؛«»\"]+){0,2})[ \u200c]*$", seg)
                if mo is None or any(L.key(w) not in self.lx.object_adverbs for w in mo.group(1).split()):
                    return None
                obj_end = seg_s + mo.start()
            elif not re.search(L.WB_L + r"را" + L.WB_R + r"[ \u200c]*[\w«\"“]", seg):
                return None     # «این خبر را اعلام کرد»: an object and no predicate, not a characterisation
            elif re.search(L.WB_L + r"را[ \u200c]+که" + L.WB_R + r"[^«»\"]*[،,][ \u200c]*$", seg) and \
                    not re.search(L.WB_L + r"را" + L.WB_R, seg[re.search(L.WB_L + r"را[ \u200c]+که" + L.WB_R, seg).end():]):
                # «این تصمیمات را که برای همه … لازم الاجراست، اعلام می‌کند» (review r4 roozno-418): the «که»
                # clause after «را» is a relative on the object, closed by a comma; no predicate Z
                return None
            npt = [x for x in getattr(mention, "np_toks", []) if x[2] not in "،,()"]
            forced = 0
            if len(npt) == 1 and L.key(npt[0][2]) in self.lx.anaphoric:
                # «این سازمان تعداد کودکانی را … می‌داند» (tabnak-1235): the determiner's head is part of
                # the subject, which then runs into the object
                rest = [x for x in _tokens(t, npt[0][1], cs) if x[2] not in "،,()"]
                nk = _keys(npt + rest)
                h = max(_starts_with(nk, 1, heads) for heads in (
                    self.lx.organisation_heads, self.lx.title_heads, self.lx.media_heads,
                    self.lx.document_heads, self.lx.anonymous_heads, self.lx.group_heads))
                if h and h < len(rest):
                    npt, forced = npt + rest, 1 + h
            elif mention.kind not in ("name", "drop", "pronoun") and len(npt) >= 2 \
                    and re.match(r"[ \u200c]*را" + L.WB_R, t[npt[-1][1]:cs]) is None:
                # the subject ran into the object and on to a preposition («رئیس مجمع تشخیص مصلحت نظام حفظ
                # فرهنگ‌های مختلف موجود در جهان را …», fars-3-147): the subject ends where the article writes
                # the same words elsewhere («… وزیر دفاع ترکیه», tabnak-1182), or after «این» + a head
                # («این روزنامه دلیل این مطلب را …», roozno-660)
                forced = self._subject_prefix(npt)
                if forced and (re.search(r"[،,]", t[npt[forced][0]:cs])
                               or any(self._finite_verb(x[2]) for x in _tokens(t, npt[forced][0], cs))):
                    forced = 0      # a comma or a finite verb after the split: not one object NP (the old rule)
            run_in = False
            if mention.kind == "name" and len(npt) >= 2 and not re.search(r"[،,]", t[npt[-1][1]:cs]):
                # «میرباقری واردات انواع کاغذ … را … دانست»: a surname the article gives in full
                # («حسن میرباقری»), then the object
                full = self._full_name(npt[0][2])
                run_in = bool(full) and L.key(npt[1][2]) not in {L.key(w) for w in full.split()} \
                    and not (len(npt) == 2 and self._written_elsewhere(npt))   # «موسوی لاری» (fars-2-176)
            if forced or len(npt) >= 2 and (run_in or re.match(r"[ \u200c]*را" + L.WB_R, t[npt[-1][1]:])):
                # the subject ran into the object «ماکیا وضعیت طارمی را …»: split them
                keep = self._first_name_len(npt)
                for nn in (3, 2):
                    if nn < len(npt) and self._known_person(" ".join(x[2] for x in npt[:nn])):
                        keep = nn
                        break
                if mention.kind != "name":
                    keep = max(1, len(npt) - 1)
                elif run_in and not forced:
                    # «موسوی لاری اجرای طرح … را … دانست» (fars-2-176): a two-word surname the article writes
                    # elsewhere («سید عبدالواحد موسوی لاری») stays whole, though «عبدالواحد موسوی» completes it
                    keep = max(keep, self._name_prefix_len(npt))
                if forced:
                    keep = forced
                sub = npt[:keep]
                chain = mention.chain
                mention = self._classify(sub, sub[0][0], sub[-1][1])
                mention.surface, mention.start, mention.chain = self.raw[sub[0][0]:sub[-1][1]], sub[0][0], chain
                s, e = _trim(t, npt[keep][0], obj_end if f == "O" else cs)
                if e - s < 3 or f == "O" and self._adjunct_start(s, e):
                    return None
                return Raw("indirect", f, s, e, self.raw[cs:ce], cs, ce, cue.stance, mention,
                           "extended" if f == "O" else "core", st.sent_of(cs), st.line_of(cs), 0.55)
            lastc = max(seg.rfind("،"), seg.rfind(","))
            base = lastc + 1 if lastc >= 0 else 0
            if lastc >= 0 and self._listed_object(seg_s, seg, lastc):
                base = 0
            # «… با اشاره به این که X پیگیری می شود به گونه ای Y را Z دانست» (asriran-1-391): the content
            # starts after the adverbial clause's verb and a result connective
            madv = self.lx.adverbial_re.search(seg, base)
            if madv is not None:
                mv = _CLAUSE_VERB.search(seg, madv.end())
                if mv is not None and re.search(L.WB_L + r"را" + L.WB_R, seg[mv.end():]):
                    base = mv.end()
                    rt = _tokens(seg, base, len(seg))
                    h = max(_starts_with(_keys(rt), 0, self.lx.result_connectives),
                            _starts_with(_keys(rt), 0, self.lx.clause_connectives))
                    if h and h < len(rt):
                        base = rt[h][0]
            # a coordinated clause before it ends with a light-verb participle and «و» («… این پیشنهاد را رد
            # کرده و آن را «…» خوانده», roozno-626 r2): the content starts after that «و»
            # (also a finite characterisation verb: «… تعطیلی مجلس را خواسته نمایندگان ندانست و شرایط … را علت آن
            # برشمرد», review r7 roozno-872)
            for mv in re.finditer(L.WB_L + r"(?:کرده|داده|شده|نموده|داشته|گرفته|ن?دانست|ن?خواند|برشمرد)[ \u200c]+و[ \u200c]+", seg[base:]):
                if re.search(L.WB_L + r"را" + L.WB_R, seg[base + mv.end():]):
                    base = base + mv.end()
            s, e = _trim(t, seg_s + base, cs)
            if not re.search(L.WB_L + r"را" + L.WB_R, t[s:e]):
                s, e = _trim(t, seg_s, cs)
            # «وی در پایان همکاری … را … لازم دانست» (fars-2-176): a leading adjunct after the subject frames the
            # statement; the content «Y را Z» starts after it
            ct = _tokens(t, s, min(e, s + 60))
            na = _starts_with(_keys(ct), 0, self.lx.leading_adjuncts) if len(ct) > 2 else 0
            if na and na < len(ct) and re.search(L.WB_L + r"را" + L.WB_R, t[ct[na][0]:e]):
                s, e = _trim(t, ct[na][0], e)
            # «… نماینده مردم پاکدشت در مجلس شورای اسلامی اما ممانعت از … را دلیل تعطیلی آن ندانست» (review r7
            # roozno-872): a contrastive «اما/نیز» after the subject ends it; the content starts after it
            mp = re.search(L.WB_L + r"(?:اما|نیز)" + L.WB_R + r"[ \u200c]*(?![،,])", t[s:e])
            if mp is not None and re.search(L.WB_L + r"را" + L.WB_R, t[s + mp.end():e]) \
                    and not re.search(L.WB_L + r"را" + L.WB_R, t[s:s + mp.start()]):
                s, e = _trim(t, s + mp.end(), e)
            kind, tier = "indirect", "core"
            if f == "O":
                s, e = _trim(t, s, obj_end)
                tier = "extended"
                if self._adjunct_start(s, e):
                    return None
        if e - s < 3:
            return None
        conf = 0.6 if tier == "core" else 0.5
        return Raw(kind, f, s, e, self.raw[cs:ce], cs, ce, cue.stance, mention, tier,
                   st.sent_of(cs), st.line_of(cs), conf)

    def _according(self, ps: int, pe: int, info: dict) -> Raw | None:
        t, st = self.t, self.st
        send = st.sent_end(ps)
        sstart = st.sent_start(ps)
        # the holder X: up to the next comma (bounded), else a pronoun or a known name
        lim = min(send, pe + 120)
        hw = int(info.get("holder_words", 0))
        if hw:
            # «بر اساس این اطلاعیه، …»: the holder is the phrase's own last words
            ptoks = _tokens(t, ps, pe)[-hw:]
            mention = self._classify(ptoks, ptoks[0][0], ptoks[-1][1])
            mention.surface, mention.start = self.raw[ptoks[0][0]:ptoks[-1][1]], ptoks[0][0]
            if mention.kind == "anaphor_doc" and self._own_dispatch(ps):
                return None
            k = self._skip_ws(pe)
            if k >= send or t[k] not in "،,":
                return None
            s, e = _trim(t, k + 1, send)
            if e - s < 5 or self._next_cue_in(s, e) is not None:
                return None
            return Raw("according_to", "U", s, e, self.raw[ps:pe], ps, pe, info.get("stance", "neutral"), mention,
                       "core", st.sent_of(ps), st.line_of(ps), 0.8)
        comma = None
        for k in range(pe, lim):
            if t[k] in "،,":
                comma = k
                break
        toks = _tokens(t, pe, comma if comma is not None else lim)
        toks = [x for x in toks if x[2] not in "()"]
        if not toks:
            return None
        keys = _keys(toks)
        if keys[0] in _SELF:
            return None     # «به نظر من», «ازنظر ما»: the speaker's own words inside a turn, not a source
        if comma is None or len(toks) > 6:
            n = self._holder_len(toks, keys, comma is not None)
            if not n:
                return None
            if n < len(toks):
                toks, comma = toks[:n], None
        x_s, x_e = toks[0][0], toks[-1][1]
        mention = self._classify(toks, x_s, x_e)
        mention.surface, mention.start = self.raw[x_s:x_e], x_s
        if mention.kind == "anaphor_doc" and self._own_dispatch(ps):
            return None
        if len(toks) == 1 and keys[0] in self.lx.pronouns and mention.kind != "pronoun":
            # «به نظر وی، …» (roozno-426 r2): a bare pronoun holder resolves like a pronoun subject
            mention = Mention(self.raw[x_s:x_e], x_s, "pronoun", plural=keys[0] in self.lx.plural_pronouns)
        if info.get("person_only") and mention.kind != "pronoun" and not self._holder_name(keys, len(toks)):
            return None     # «از نظر اقتصادی», «از دید نگهبانان» (asriran-2-31): no person the article quotes
        if mention.kind in ("media",) and L.key(info["phrase"]) == L.key("به گزارش"):
            return None
        hs = self._skip_ws(sstart)
        mcr = self.lx.credit_re.match(t, hs)
        if mcr:
            mc = re.search(r"[،,]", t[hs:ps])    # «به گزارش ایسنا، به گفته X، …»: the credit is not a clause
            if mc is not None:
                hs = hs + mc.end()
            elif not t[mcr.end():ps].strip(" \u200c"):
                hs = ps     # an empty credit «به گزارش مطابق اطلاعیه سایپا …» (review r10 asriran-1-165)
        mq = None
        lo = max(hs, ps - MAX_REGION)
        for mq in re.finditer(r"[:«“\"]", t[lo:ps]):
            pass
        if mq is not None:
            hs = lo + mq.end()     # «گفت: «به گفته آقای کرباسچی، …» (roozno-1225 r2): the turn opens the clause
        head = t[hs:ps].strip(" \u200c\t")
        if head and self._next_viable_cue_in(max(hs, ps - MAX_REGION), ps) is not None:
            return None     # «… گفتند،‌ به اعتقاد آنها …» (tabnak-1651 r2): inside the cue's own content
        if head.endswith((" و", "\u200cو")) and len(head) < 40 and not re.search(r"[،,]", head):
            head = "و"      # «بر اساس این گزارش و به گفته X …» (tabnak-217): two attributions, one clause
        cs0 = (comma + 1) if comma is not None else x_e
        forward = head.endswith(("،", ",")) and len(t[cs0:send].strip(_ENDPUNCT)) >= 40
        if forward or not head or head in ("و",) or re.fullmatch(r"[^،,]{0,40}[،,]?", head) and not re.search(r"\w{2,}\s+\w", head) and len(head) < 25:
            # at the clause start: content after X
            cs0 = (comma + 1) if comma is not None else x_e
            s, e = self._colon_span(cs0) if False else _trim(t, cs0, send)
            # the continuation rule applies to according_to as well
            if e >= st.line_ends[st.line_of(cs0)] - 2:
                # inside a quoted piece («روزنامه جام جم نوشت: «… ⏎به گفته وی … ⏎ … »», asriran-1-1029) the
                # piece's lines go on with the same source up to the closing mark, first person or not
                q = self._inside_quote(ps)
                s2, e2 = self._colon_span(cs0, first_person=q is None)
                if q is not None and e2 > q[1]:
                    s2, e2 = _trim(t, s2, q[1])
                if e2 > e:
                    s, e = s2, e2
        else:
            # «…، به گفته X.» : the clause before the phrase
            s, e = _trim(t, sstart, ps)
        if e - s < 5:
            return None
        # only a cue with a frame of its own makes a relay (sobhane2-35: the noun «با خواست خریداران» is no
        # «خواست» request)
        if self._next_viable_cue_in(s, e) is not None and ps < s:
            nc = self._next_viable_cue_in(s, e)
            if t[nc - 1:nc] in " \u200c" and not self._inside_quote(nc):
                return None   # «به نوشته اسپوتنیک، وزارت خارجه روسیه … گفت»: a relay, the inner cue has the claim
        r = Raw("according_to", "U", s, e, self.raw[ps:pe], ps, pe, info.get("stance", "neutral"), mention,
                "core", st.sent_of(ps), st.line_of(ps), 0.85)
        return r

    def _own_dispatch(self, pos: int) -> bool:
        """«به گزارش خبرنگار اعزامی خبرگزاری فارس به عراق، … ⏎ بر اساس این گزارش، …» (review r9 fars-2-291): the
        report is the outlet's own correspondent's, the narrator, when the last credit line before is «به گزارش
        خبرنگار …» with no «به نقل از» and no reporting verb comes between; no third-party source."""
        c = bisect.bisect_left(self.credit_starts, pos) - 1
        if c < 0:
            return False
        cs = self.credit_starts[c]
        head = self.t[cs:min(pos, cs + 200)]
        cut = re.search(r"[،,\n]", head)
        head = head[:cut.start()] if cut else head
        if not re.match(r"به[ \u200c]+گزارش[ \u200c]+خبرنگار", head) or "نقل" in head:
            return False
        k = bisect.bisect_right(self.cue_starts, cs)
        return not (k < len(self.cue_starts) and self.cue_starts[k] < pos)

    def _nominal_adverbial(self, ps: int, pe: int, info: dict) -> Raw | None:
        """«X با اشاره به Y، گفت: …»: Y is its own extended-tier record; speaker = the main subject."""
        t, st = self.t, self.st
        send = st.sent_end(ps)
        k = self._skip_ws(pe)
        if re.match(r"(?:این|آن)[ \u200c]*(?:که|نکته|مطلب|موضوع)?[ \u200c]*که" + L.WB_R, t[k:k + 20]):
            return None
        # Y ends at a comma, else right before the main cue («با اشاره به اهداف این طرح گفت: …»)
        nc = self._next_cue_in(pe, send)
        if nc is None:
            return None
        mc = re.search(r"[،,]", t[pe:nc])
        end = pe + mc.start() if mc is not None else nc
        # «با اشاره به X ضمن تاکید مجدد بر Y گفت» (fars-2-240): a second adverbial ends the first one's content
        j = bisect.bisect_right(self.nom_starts, ps)
        if j < len(self.nom_starts) and self.nom_starts[j] < end:
            end = self.nom_starts[j]
        if end - pe > 160:
            return None
        s, e = _trim(t, pe, end)
        toks = _tokens(t, s, e)
        if e - s < 5 or len(toks) <= 2 and toks and L.key(toks[0][2]) in (L.key("این"), L.key("آن")):
            return None     # «با اشاره به این موضوع»: only an anaphoric placeholder (guideline §1)
        mention, _ = self._subject(ps)
        return Raw("indirect", "V", s, e, self.raw[ps:pe], ps, pe, info.get("stance", "neutral"), mention,
                   "extended", st.sent_of(ps), st.line_of(ps), 0.5)

    def _circumfix(self, m: re.Match) -> Raw | None:
        """«X خواستار Y شد», «X مدعی Y شد», «X خبر از Y داد»: content Y between the noun and the light verb."""
        t, st = self.t, self.st
        gi = next(i for i in range(1, (m.lastindex or 1) + 1, 2) if m.group(i) is not None)
        info = self.lx.circumfix_info[(gi - 1) // 2]
        ns, ne = m.span(gi)
        s, e = _trim(t, *m.span(gi + 1))
        if e - s < 3 or re.search(L.WB_L + r"که" + L.WB_R, t[s:e]) or self._inside_quote(ns):
            return None
        toks = _tokens(t, s, e)
        if len(toks) <= 2 and L.key(toks[0][2]) in (L.key("این"), L.key("آن")):
            return None     # «خواستار آن شدند»: only an anaphoric placeholder (guideline §1)
        lo = max(st.sent_start(ns), ns - MAX_REGION)
        if re.search(L.WB_L + r"که" + L.WB_R, t[lo:ns]):
            return None     # inside a relative clause («مخالفان … که … خواستار Y شده بودند»): no subject to take
        mention, _ = self._subject(ns)
        return Raw("indirect", "W", s, e, self.raw[ns:ne], ns, ne, info.get("stance", "neutral"), mention,
                   info.get("tier", "extended"), st.sent_of(ns), st.line_of(ns), 0.5)

    def _holder_name(self, keys: list[str], n: int) -> int:
        """How many of keys[:n] (3, 2 or 1 words) are a name the article's cued statements give, or its
        surname; 0 if none. (At find time no speaker is resolved yet, so the subjects of the cue records
        found so far are the article's known names.)"""
        for nn in (3, 2, 1):
            if nn <= n and "".join(keys[:nn]) in self.cue_names:
                return nn
        return 0

    def _holder_len(self, toks, keys, comma: bool) -> int:
        """The holder of «به گفته X …» when no comma closes it near (sobhane2-130 «به گفته فخریان این …»,
        review r2 tabnak-1651 «به گفته این مسئول تاکنون …», tabnak-217 «به گفته «فؤاداوکتای»…»), or when
        the comma is far (asriran-1-844 «به گفته یک مقام ارشد بهداشت و درمان بریتانیا، …»): a pronoun, a
        name the article gives, a «…» name, «این» + a title head, an organisation head and its modifiers,
        or with a comma up to 10 words of a description. 0: no holder."""
        lx = self.lx
        if keys[0] in lx.pronouns:
            return 1
        n = self._holder_name(keys, len(keys))
        if n:
            return n
        for nn in (3, 2, 1):
            if nn <= len(keys) and "".join(keys[:nn]) in self.cue_orgs:
                return nn
        if not comma:
            # «بر اساس اعلام ایران خودرو جدیدترین طرح فروش این شرکت …» (review r10 asriran-1-66): a name the
            # article writes elsewhere too («… طرح فروش ایران خودرو قرار گرفت»), not a known common word alone
            for nn in (3, 2, 1):
                if nn < len(keys) and not any(k in lx.stopwords or k in lx.subject_stops for k in keys[:nn + 1]) \
                        and self._written_elsewhere(toks[:nn]) and not self._written_elsewhere(toks[:nn + 1]) \
                        and (nn > 1 or toks[0][2].replace("\u200c", "") not in lx.lexicon_words
                             or self._written_after_org(toks[0])):
                    return nn
        if toks[0][2].startswith("«") and toks[0][2].endswith("»"):
            return 1
        h = _starts_with(keys, 0, lx.group_holders)
        if h:
            return h    # «به گفته افراد محلی …» (asriran-1-1033 r2): a whole group holder
        if keys[0] in lx.anaphoric and len(keys) > 1:
            h = _starts_with(keys, 1, lx.title_heads) or _starts_with(keys, 1, lx.anonymous_heads) \
                or _starts_with(keys, 1, lx.organisation_heads) or _starts_with(keys, 1, lx.media_heads)
            if h:
                return 1 + h
        h = _starts_with(keys, 0, lx.organisation_heads) or _starts_with(keys, 0, lx.media_heads)
        if h and not comma:
            n = h
            while n < len(keys) and n < h + 3 and keys[n] not in lx.stopwords and keys[n] not in lx.subject_stops \
                    and not re.search(r"\d", keys[n]) and not self._finite_verb(toks[n][2]):
                n += 1
            return n
        if comma and len(keys) <= 10 and (keys[0] == "یک" or _starts_with(keys, 0, lx.title_heads)
                                         or _starts_with(keys, 0, lx.anonymous_heads) or h) \
                and not any(self._finite_verb(x[2]) for x in toks):
            return len(keys)
        return 0

    def _adverbial(self, ps: int, pe: int, info: dict) -> Raw | None:
        """«X با بیان اینکه CONTENT، گفت: …»: its own indirect record, speaker = the main subject."""
        t, st = self.t, self.st
        send = st.sent_end(ps)
        nc = self._next_cue_in(pe, send)
        if nc is None:
            # «X با بیان اینکه CONTENT، نسبت به Y ابراز نگرانی کرد» (r3 fars-1-046): the main verb is no speech
            # verb; the clause still is the speaker's words, up to the comma right after its own verb
            mv = _CLAUSE_VERB_COMMA.search(t, pe, send)
            if mv is None or len(t[mv.end():send].split()) < 3:
                return None
            s, e = _trim(t, pe, mv.end() - 1)
            if e - s < 5:
                return None
            mention, _ = self._subject(ps)
            return Raw("indirect", "V", s, e, self.raw[ps:pe], ps, pe, info.get("stance", "neutral"), mention,
                       "core", st.sent_of(ps), st.line_of(ps), 0.7)
        # the main cue is the one after a comma («با بیان اینکه … اشاره کرده است که …، اضافه کرد:»,
        # asriran-2-493 r1): a cue before it is the speaker's own earlier remark inside the clause
        i = bisect.bisect_left(self.cue_starts, nc)
        while i < len(self.cue_starts) and self.cue_starts[i] < send:
            c2 = self.cue_starts[i]
            if re.search(r"[،,][ \u200c]*$", t[max(pe, c2 - 6):c2]) and self._viable(i):
                if c2 != nc:
                    self.adverbial_inner.append((nc, c2))
                nc = c2
                break
            i += 1
        seg = t[pe:nc]
        lastc = max(seg.rfind("،"), seg.rfind(","))
        end = pe + lastc if lastc > 0 and len(seg) - lastc <= 80 else nc
        ci = bisect.bisect_left(self.cue_starts, nc)
        if end == nc and ci < len(self.cue_matches) and self.cue_matches[ci][2].frames == "X":
            # a request «… از همه شهروندان خواست …»: its «از Y» is not part of the adverbial clause (roozno-1088)
            ma = None
            for ma in re.finditer(L.WB_L + r"از" + L.WB_R, t[max(pe, nc - 80):nc]):
                pass
            if ma is not None:
                end = max(pe, nc - 80) + ma.start()
        elif end == nc and ci < len(self.cue_matches):
            fr = self._cue_frame(*self.cue_matches[ci])
            if fr is not None and fr[0] is None:
                # the main cue takes its content before it («… با اشاره به این که وضعیت طارمی پیگیری می شود
                # به گونه ای احتمال انتقال او را بسیار بالا دانست», asriran-1-391): the clause ends at its verb
                mv = _CLAUSE_VERB.search(t, pe, nc)
                if mv is not None and mv.end() < nc - 5:
                    end = mv.end()
        if end == nc:
            # «با بیان این که … اشتغال جوانان است به خبرگزاری فارس گفت» (fars-5-286): the addressee of the main
            # cue («به خبرگزاری/خبرنگار X», «در گفت‌وگو/مصاحبه با X») after the clause's verb is no part of it
            ma = _ADDRESSEE.search(t, max(pe, nc - 80), nc)
            if ma is not None and _CLAUSE_VERB.search(t[max(pe, ma.start() - 12):ma.end()]):
                end = ma.start()
        s, e = _trim(t, pe, end)
        if e - s < 5:
            return None
        mention, _ = self._subject(ps)
        return Raw("indirect", "V", s, e, self.raw[ps:pe], ps, pe, info.get("stance", "neutral"), mention,
                   "core", st.sent_of(ps), st.line_of(ps), 0.75)

    # ------------------------------------------------------------------ speakers

    def _subject(self, cs: int, _no_cut: bool = False, _cut_at: int | None = None) -> tuple[Mention, int]:
        """The subject mention before a cue at cs, and where its clause starts."""
        t, st, lx = self.t, self.st, self.lx
        s0 = st.sent_start(cs)
        s0 = max(s0, cs - MAX_REGION)
        # after a dateline/colon and after a closing quote in the same sentence
        seg = t[s0:cs]
        for mc in list(re.finditer(r":(?!\s*\d)", seg))[-1:]:
            s0 = s0 + mc.end()
            seg = t[s0:cs]
        # a read-more link «(بیشتر بخوانیم)» and a run-in headline that ends in «؟/!» glued to the next word
        # («بیشتر بخوانید: … چه عواقبی در انتظار ایران است؟محمود جامساز … می‌گوید», review r3 roozno-324,
        # roozno-44): the subject starts after them
        for mc in list(_READ_MORE.finditer(seg))[-1:]:
            s0 = s0 + mc.end()
            seg = t[s0:cs]
        s0 = self._glued_quoted_name(s0, cs)
        seg = t[s0:cs]
        chain: list[str] = []
        # credit line «به گزارش X (به نقل از Y)،»
        m = lx.credit_re.match(t, self._skip_ws(s0))
        if m:
            mc = re.search(r"[،,؛]", seg)
            # an organisation's listing comma inside the credit («به نقل از وزارت صنعت، معدن و تجارت،گلپور …»,
            # tabnak-1661): the credit runs on to the comma after «WORD و WORD»
            ml = _CREDIT_LIST.match(seg, mc.end()) if mc is not None and mc.group() != "؛" else None
            c_end = None if mc is None else (ml.end() - 1 if ml is not None and s0 + ml.end() < cs else mc.start())
            c_next = None if mc is None else (ml.end() if ml is not None and s0 + ml.end() < cs else mc.end())
            cut = self._credit_name_start(m.end(), s0 + c_end) if mc is not None and s0 + c_end < cs else None
            if cut is not None:
                # «به گزارش … خبرگزاری فارس حجت‌الاسلام والمسلمین حسینی شاهرودی، دومین سخنران … افزود»: the credit
                # has no comma of its own; the name after the outlet is the subject (tune:3 fars-3-221)
                chain = self._chain(self.raw[m.start():cut[0]], m.start())
                s0 = cut[1]
            elif mc is not None and s0 + c_end < cs:
                chain = self._chain(self.raw[m.start():s0 + c_end], m.start())
                s0 = s0 + c_next
            else:
                # «به گزارش خبرنگار … خبرگزاری فارس NAME گفت»: the credit ends at the outlet's name
                ctoks = _tokens(t, m.end(), cs)
                ckeys = _keys(ctoks)
                last = None
                for q in range(min(len(ctoks), 12)):
                    if _starts_with(ckeys, q, lx.media_heads) and ckeys[q] not in ("خبرنگار",):
                        last = q
                if last is not None and last + 1 < len(ctoks):
                    cend = ctoks[last][1]
                    # «… به نقل از پایگاه اطلاع رسانی پلیس سردار علی مویدی رئیس … گفت»: the outlet's name runs
                    # on to an honorific or a given name, where the subject starts (review r2 fars-5-213)
                    for q in range(last + 1, min(len(ctoks), last + 6)):
                        if _starts_with(ckeys, q, lx.honorifics) or ckeys[q] in lx.given_names:
                            if q > last + 1:
                                cend = ctoks[q - 1][1]
                            break
                    chain = self._chain(self.raw[m.start():cend], m.start())
                    s0 = cend
        # «به نوشته X، NAME گفت»: the adverbial is a relay for this cue
        ma = self.lx.according_re.match(t, self._skip_ws(s0))
        if ma:
            mc = re.search(r"[،,]", t[ma.end():cs])
            if mc is not None:
                chain = chain + [canonical_text(self.raw[ma.end():ma.end() + mc.start()])]
                s0 = ma.end() + mc.end()
        # a previous cue of the same sentence: «X گفت، Y از Z خواسته است» / «… خبر داد و گفت»
        k = bisect.bisect_left(self.cue_starts, cs) - 1
        # a cue inside a quotation closed before this cue («… در پاسخ این سوال که «برخی معتقدند …»، گفت», review r3
        # roozno-44) belongs to the quoted question, not to this clause's subjects
        while k >= 0 and self.cue_ends[k] > s0:
            qp = self._inside_quote(self.cue_starts[k])
            if qp is None or qp[1] >= cs or qp[0] < s0:
                break
            k -= 1
        if k >= 0 and self.cue_ends[k] <= cs and self.cue_ends[k] > s0 and not _no_cut:
            cut_at = self.cue_ends[k]
            cend = self.claimed_cue_ends.get(cut_at)
            if cend is not None and cut_at <= cend <= cs:
                cut_at = cend     # «گفت X و افزود Y»: the second subject starts after X
            elif cend is None:
                cut_at = self._enclosing_claim_end(k, s0, cut_at, cs)
            mm, s1 = self._subject(cs, _no_cut=True, _cut_at=cut_at)
            return mm, s1
        if _cut_at is not None:
            cut, scut = self._subject_from(cs, _cut_at, chain)
            if cut.kind == "drop" and not self._claimed_cue(k_prev=_cut_at):
                full, sfull = self._subject_from(cs, s0, chain)   # only needed as the fallback
                if full.kind != "drop":
                    return full, sfull
            return cut, scut
        return self._subject_from(cs, s0, chain)

    def _credit_name_start(self, a: int, b: int) -> tuple[int, int] | None:
        """In a credit line's text [a, b) up to its comma: (end of the outlet, start of the person) when an honorific
        or a given name follows the outlet's name there, else None."""
        lx = self.lx
        ctoks = _tokens(self.t, a, b)
        ckeys = _keys(ctoks)
        last = None
        for q in range(min(len(ctoks), 12)):
            if _starts_with(ckeys, q, lx.media_heads) and ckeys[q] not in ("خبرنگار",):
                last = q
        if last is None:
            return None
        for q in range(last + 1, min(len(ctoks), last + 6)):
            if _starts_with(ckeys, q, lx.honorifics) or ckeys[q] in lx.given_names:
                return ctoks[q - 1][1], ctoks[q][0]
        return None

    def _enclosing_claim_end(self, k: int, s0: int, cut_at: int, cs: int) -> int:
        """«وی با اشاره به اینکه … آن است که می‌خواهند یک نوع ضدیت … داشته باشند، ادامه داد» (review r6
        asriran-1-996): a cue word inside a «با اشاره به اینکه / با بیان اینکه» clause of the sentence belongs to
        that clause, which runs to the last comma before the main cue; the subject search starts there."""
        if self.lx.adverbial_re is None or self.lx.adverbial_re.search(self.t, s0, self.cue_starts[k]) is None:
            return cut_at
        c = max(self.t.rfind("،", cut_at, cs), self.t.rfind(",", cut_at, cs))
        return c + 1 if c >= 0 else cut_at

    def _claimed_cue(self, k_prev: int) -> bool:
        return k_prev in self.claimed_cue_ends or k_prev in self.claimed_cue_ends.values()

    def _subject_from(self, cs: int, s0: int, chain: list[str]) -> tuple[Mention, int]:
        t, lx = self.t, self.lx
        toks = _tokens(t, s0, cs)
        keys = _keys(toks)
        i = 0
        # coordination «… و افزود» right after an earlier cue of this sentence
        while i < len(toks):
            n = _starts_with(keys, i, lx.leading_adjuncts)
            if n:
                i += n
                continue
            if toks[i][2] in "،," or not re.search(r"\w", toks[i][2]):
                i += 1      # also a bare ZWNJ/bidi mark left after a comma («وزارت امور خارجه،‌ حمید رضا آصفی»)
                continue
            break
        # a comparative opener clause («همانطور که انتظار می رفت X، …»): the subject follows its verb or comma
        n = _starts_with(keys, i, lx.clause_openers)
        if n:
            for j in range(i + n, min(len(toks) - 1, i + n + 8)):
                if toks[j][2] in "،," or self._finite_verb(toks[j][2]) or keys[j - 1] == "می" \
                        or keys[j].startswith("می") and len(keys[j]) >= 5 and keys[j] not in lx.given_names:
                    if self._good_start(toks, keys, j + 1):
                        i = j + 1
                    break
        # a cleft or causal clause: «تازه‌ترین دعوت … در اردیبهشت بود که محمد قوچانی، عضو …، گفت», «… عجیب نبود
        # چرا که 7 تیر هم داوود محمدی، از اعضای …، گفته بود» (review r4 roozno-1225): the subject follows «که»
        # when a name, an honorific or a title opens it (after a date)
        for j in range(len(toks) - 2, i, -1):
            if keys[j] != "که" or not (self._finite_verb(toks[j - 1][2]) or keys[j - 1] == "چرا"):
                continue
            q = j + 1
            while q < len(toks) - 1 and q - j <= 5 and (re.fullmatch(r"[\d۰-۹٠-٩/.\-]+", toks[q][2])
                                                        or keys[q] in lx.months or keys[q] in lx.date_words):
                q += 1
            if keys[q] in lx.given_names or _starts_with(keys, q, lx.honorifics) or _starts_with(keys, q, lx.title_heads) \
                    or self._known_person(toks[q][2]):
                i = q
            break
        # a date before the subject («18 آبان گذشته هم X، …», «اوایل اسفند 97 X از …», «1 اسفند 1395، X …»;
        # review r2 roozno-1225, tabnak-755): numbers, month names, «گذشته/امسال», «هم/نیز», commas
        q, month, dated = i, False, False
        while q < len(toks) and q - i < 8:
            kq = keys[q]
            if kq in lx.months:
                month = True
            elif re.fullmatch(r"[\d۰-۹٠-٩/.\-]+", toks[q][2]) or kq in lx.date_words:
                dated = True     # a month name alone may be a word («مهر», «تیر»): a number or «گذشته» goes with it
            elif toks[q][2] not in "،,":
                break
            q += 1
        if month and dated and q < len(toks) and q > i and self._good_start(toks, keys, q):
            i = q
        # a Latin dateline («date 2026-02-04») before the subject
        while i < len(toks) and re.fullmatch(r"[A-Za-z0-9\-/.:]+", toks[i][2]) and (toks[i][2].lower() == "date" or re.search(r"\d", toks[i][2])):
            i += 1
        # a quantifier subject of a clause joined by «و/که» right before the cue, with no comma after it
        # («… ولی الان کسی حاضر نیست … و همه می‌گویند», «… حکایت دارد که برخی … ذکر کرده‌اند»)
        for j in range(len(toks) - 1, i, -1):
            if toks[j][2] in "،,":
                break
            if keys[j] in lx.clause_quantifiers and keys[j - 1] in ("و", "که"):
                if not self._cue_between(toks[j][1], cs):
                    i = j
                break
        i = self._clause_after_verb_and(toks, keys, i)
        # a new clause opened by a connective after a finite verb, with no comma («… نادر است که رهبر … دور
        # باشد به همین دلیل تحلیلگران بر این باورند که …», roozno-609): its subject follows the connective
        for j in range(len(toks) - 2, i, -1):
            if toks[j][2] in "،,":
                break
            n = _starts_with(keys, j, lx.clause_connectives)
            if n and j + n < len(toks) and self._good_start(toks, keys, j + n) and keys[j + n] not in _PREPS \
                    and any(self._finite_verb(x[2]) for x in toks[i:j]):
                i = j + n
                break
        rest = toks[i:]
        if not rest:
            return Mention(chain=chain, kind="drop"), s0
        k0 = keys[i]
        if not self._good_start(toks, keys, i):
            j = self._candidate_start(toks, keys, i + 1)
            if j is not None:
                i, rest, k0 = j, toks[j:], keys[j]
            else:
                mm = Mention(chain=chain, kind="drop")
                mm.region_np_end = s0
                return mm, s0
        if k0 in lx.pronouns:
            mm = Mention(self.raw[rest[0][0]:rest[0][1]], rest[0][0], "pronoun", chain=chain,
                         plural=k0 in lx.plural_pronouns)
            mm.region_np_end = rest[0][1]
            return mm, s0
        if k0 in lx.subject_stops and k0 not in ("پیش",):
            # adjunct first: look for a pronoun or a name after the adjunct's comma
            for j in range(i, len(toks)):
                if keys[j] in lx.pronouns and (j == 0 or keys[j - 1] not in _PREPS) \
                        and not (j + 1 < len(keys) and keys[j + 1] == "را"):    # «آن‌ها را …»: an object
                    mm = Mention(self.raw[toks[j][0]:toks[j][1]], toks[j][0], "pronoun", chain=chain)
                    mm.region_np_end = toks[j][1]
                    return mm, s0
            mm = Mention(chain=chain, kind="drop")
            mm.region_np_end = s0
            return mm, s0
        # the noun phrase
        np_toks = []
        j = i
        nt = _starts_with(keys, j, lx.title_heads) or _starts_with(keys, j, lx.honorifics)
        if nt:
            np_toks.extend(toks[j:j + nt])
            j += nt
        org_list = coord_group = False
        while j < len(toks) and len(np_toks) < 14:
            tk, kk = toks[j], keys[j]
            if tk[2] in "()":
                # keep a parenthesis inside the NP: «(شاد)»
                if tk[2] == "(":
                    close = next((q for q in range(j, min(j + 8, len(toks))) if toks[q][2] == ")"), None)
                    if close is not None:
                        np_toks.extend(toks[j:close + 1])
                        j = close + 1
                        continue
                break
            if tk[2] in "،,":
                # apposition: «name، title،»
                nxt = keys[j + 1] if j + 1 < len(keys) else ""
                if np_toks and j + 1 < len(keys) and _starts_with(keys, j + 1, lx.title_heads):
                    j += 1
                    continue
                if np_toks and self._org_list_comma(np_toks, keys, j):
                    np_toks.append(tk)      # «اداره‌کل میراث فرهنگی، گردشگری و صنایع دستی استان همدان»
                    org_list = True
                    j += 1
                    continue
                break
            if kk == "و" and org_list:
                np_toks.append(tk)
                org_list = False
                j += 1
                continue
            if kk == "و" and np_toks and j + 1 < len(keys) and self._state_list(np_toks, keys, j, cs):
                np_toks.append(tk)      # «چین و روسیه و کشورهای عضو جنبش غیرمتعهدها … معتقدند» (fars-4-271)
                coord_group = True
                j += 1
                continue
            if kk == "و" and self._name_and(np_toks, toks, keys, j):
                np_toks.append(tk)      # «کمیسیون امنیت ملی و سیاست خارجی مجلس», «مخبر کمیسیون آموزش و تحقیقات»
                j += 1
                continue
            if j + 1 < len(keys) and keys[j + 1] in _GLUED_BA_NEXT and tk[2].endswith("با") \
                    and len(tk[2]) >= 5 and tk[2].replace("\u200c", "") not in lx.lexicon_words:
                np_toks.append((tk[0], tk[1] - 2, tk[2][:-2]))   # «گلپوربا اشاره به …» (tabnak-1661): «با» glued on
                break
            if kk == "از" and np_toks and _starts_with([L.key(x[2]) for x in np_toks] + [kk], 0, lx.group_heads) == len(np_toks) + 1:
                np_toks.append(tk)      # «تعداد زیادی از نمایندگان» (review r7 roozno-872): a group head with «از»
                j += 1
                continue
            if kk in lx.subject_stops and np_toks and not (kk == "از" and (L.key(np_toks[-1][2]) in _QUANT or len(np_toks) >= 2
                    and L.key(np_toks[-1][2]) == L.key("دیگر") and L.key(np_toks[-2][2]) in _QUANT)):   # «یکی دیگر از …»
                if kk == "در" and j + 1 < len(keys) and _starts_with(keys, j + 1, lx.organisation_heads) \
                        and (L.key(np_toks[0][2]) == "یک" or _starts_with([L.key(x[2]) for x in np_toks], 0, lx.anonymous_heads)):
                    np_toks.append(tk)      # «یک مقام ارشد در دولت افغانستان» (review r2 tabnak-1651)
                    j += 1
                    continue
                if kk == "در" and self._located_org(np_toks, keys, j):
                    np_toks.extend(toks[j:j + 2])   # «سفارت جمهوری اسلامی ایران در دوحه»
                    j += 2
                    continue
                n_seat = self._title_seat(np_toks, keys, j) if kk == "در" else 0
                if n_seat:
                    np_toks.extend(toks[j:j + 1 + n_seat])    # «نماینده این حزب در پارلمان» (tabnak-610)
                    j += 1 + n_seat
                    continue
                if kk in lx.org_inner_preps and np_toks and L.key(np_toks[-1][2]) in lx.org_inner_preps[kk] \
                        and _starts_with([L.key(x[2]) for x in np_toks], 0, lx.organisation_heads):
                    np_toks.append(tk)      # «صندوق حمایت از کودکان», «ستاد مقابله با کرونا»
                    j += 1
                    continue
                if kk in lx.np_affiliation_preps and len(np_toks) >= 2 \
                        and L.key(np_toks[-1][2]) in lx.np_affiliation_preps[kk] and j + 1 < len(keys) \
                        and not any(c.isdigit() for c in toks[j + 1][2]) and keys[j + 1] not in lx.stopwords:
                    np_toks.append(tk)      # «کانال‌های تلگرامی نزدیک به احمدی‌نژاد» (review roozno-1129)
                    j += 1
                    continue
                break
            if np_toks and self._time_adverb_at(keys, j):
                break       # «ترامپ لحظاتی قبل …», «چاک شومر سه دقیقه بعد از …» (review r8 tabnak-898)
            if len(np_toks) == 1 and self._surname_ends_np(np_toks[0], tk):
                break       # «انصاری هشدار دیگر امام … دانست و یادآوری کرد» (fars-5-199): the surname is the subject
            if np_toks and len(np_toks) <= 3 and self._known_person(" ".join(x[2] for x in np_toks)) and \
                    not self._known_person(" ".join(x[2] for x in np_toks + [tk])) and not _starts_with(keys, j, lx.title_heads):
                break
            if np_toks and kk in lx.pronouns:
                break
            if np_toks and kk == "یکی":
                break       # «روحانی یکی دیگر از پیش‌شرط‌ها را … عنوان کرد»: the object starts
            np_toks.append(tk)
            j += 1
        if not np_toks:
            mm = Mention(chain=chain, kind="drop")
            mm.region_np_end = s0
            return mm, s0
        # «… اشاره کرد و انتخابات پارلمانی را جهشی … توصیف کرد» (review r4 fars-5-145): after a coordinating «و»,
        # a noun phrase that runs into «را» and opens with no name, title, organisation or honorific is the
        # object; the clause shares the subject of the first conjunct
        if np_toks and j < len(toks) and keys[j] == "را" and i > 0 and keys[i - 1] == "و":
            npk = [L.key(x[2]) for x in np_toks]
            if not (npk[0] in lx.given_names or np_toks[0][2].startswith("«") or self._known_person(np_toks[0][2])
                    or any(_starts_with(npk, 0, h) for h in (lx.title_heads, lx.organisation_heads, lx.honorifics,
                                                             lx.media_heads, lx.group_heads, lx.anonymous_heads,
                                                             lx.document_heads))):
                mm = Mention(chain=chain, kind="drop")
                mm.region_np_end = s0
                return mm, s0
        # the subject ran into the object («سخنگوی وزارت خارجه این خبر را …»): split before «را»
        if len(np_toks) >= 2 and j < len(toks) and keys[j] == "را":
            npk = [L.key(x[2]) for x in np_toks]
            cut = next((q for q in range(1, len(npk)) if npk[q] in lx.anaphoric), None)
            if cut is None:
                cut = self._group_before_object(np_toks) or self._first_name_len(np_toks)
                for nn in (3, 2):
                    if nn < len(np_toks) and self._known_person(" ".join(x[2] for x in np_toks[:nn])):
                        cut = nn
                        break
                if _starts_with(npk, 0, lx.title_heads) or _starts_with(npk, 0, lx.organisation_heads) \
                        or _starts_with(npk, 0, lx.honorifics):
                    cut = max(1, len(np_toks) - 1)
                    if len(np_toks) >= 4 and _starts_with(npk, 0, lx.organisation_heads):
                        # «ستاد ملی کرونا اجازه تشکیل جلسات مجلس را نداد» (review r7 roozno-872): the organisation's
                        # name is the longest prefix the article writes elsewhere
                        cut = self._subject_prefix(np_toks) or cut
                elif npk[0] not in lx.anaphoric:
                    cut = max(cut, self._name_prefix_len(np_toks))   # «موسوی لاری» (fars-2-176)
            np_toks = np_toks[:cut]
        # a finite verb inside the "noun phrase" («… اعلام کرد قصد ندارد …»): the clause has no overt subject
        # (unless a «NAME TITLE» apposition follows the verb: «… آن است«میثم رادپور» کارشناس …»)
        if any(self._finite_verb(x[2]) or self._prog_verb(x) for x in np_toks):
            alt = self._apposition_subject(toks, keys, i + 1)
            if alt is not None:
                alt.chain = chain
                return alt, s0
            mm = Mention(chain=chain, kind="drop")
            mm.region_np_end = s0
            return mm, s0
        ns, ne = np_toks[0][0], np_toks[-1][1]
        if coord_group and L.key(np_toks[-1][2]) != "و":
            mm = Mention(kind="group", title=canonical_text(self.raw[ns:ne]), plural=True)
        else:
            mm = self._classify([x for x in np_toks if x[2] not in "،,"], ns, ne)
        mm.surface, mm.start, mm.chain = self.raw[ns:ne], ns, chain
        if mm.kind == "org" and any(x[2] in "،," for x in np_toks) and "«" not in mm.surface:
            mm.title = canonical_text(self.raw[ns:ne])     # the listing comma is part of the name
        mm.region_np_end = ne
        mm.np_toks = np_toks
        npk0 = [L.key(x[2]) for x in np_toks]
        if (mm.kind == "name" or mm.kind == "title" and not _starts_with(npk0, 0, lx.title_heads)
                and not _starts_with(npk0, 0, lx.honorifics)) and self._implausible_name(np_toks) \
                or mm.kind == "group" and self._plural_noun(np_toks[0][2]) and "«" not in mm.surface:
            # «زلزله ۴ ریشتری … رخ داده است رضا کرمی محمدی رییس سازمان … گفت»: the first noun phrase is
            # no name; a «NAME TITLE» apposition nearer the cue is the subject
            alt = self._apposition_subject(toks, keys, i + 1)
            if alt is not None:
                alt.chain = chain
                return alt, s0
        # «رویترز به نقل از یک منبع مطلع گزارش داد»: the innermost source
        rest_txt = t[ne:cs]
        mi = re.search(L.WB_L + L.phrase_regex("به نقل از") + L.WB_R, rest_txt)
        if mi:
            ins = ne + mi.end()
            itoks = _tokens(t, ins, cs)
            itoks2 = []
            for tk in itoks:
                if tk[2] in "،," or (L.key(tk[2]) in lx.subject_stops and itoks2):
                    break
                itoks2.append(tk)
            if itoks2:
                inner = self._classify(itoks2, itoks2[0][0], itoks2[-1][1])
                inner.surface, inner.start = self.raw[itoks2[0][0]:itoks2[-1][1]], itoks2[0][0]
                inner.chain = chain + [mm.surface]
                inner.region_np_end = itoks2[-1][1]
                inner.via_naql = True
                return inner, s0
        return mm, s0

    def _prog_verb(self, tok) -> bool:
        """«انتظار می‌رود» (review r5 fars-3-071): a present verb that is not itself a reporting cue («این را X
        می‌گوید و می‌افزاید», tune tabnak-761, where the coordinated cue's subject is looked for again)."""
        if not _PROG_VERB.match(tok[2]):
            return False
        k = bisect.bisect_left(self.cue_starts, tok[0])
        return not (k < len(self.cue_starts) and self.cue_starts[k] == tok[0])

    def _cue_between(self, a: int, b: int) -> bool:
        """A reporting verb starts in (a, b): «… که همه مودیان … را خبر داد … کنند تصریح کرد» (review r5 fars-3-071):
        the quantifier's clause has a verb of its own, so it is no subject of the cue at b."""
        k = bisect.bisect_right(self.cue_starts, a)
        return k < len(self.cue_starts) and self.cue_starts[k] < b

    def _group_before_object(self, np_toks) -> int:
        """«تماشاگران استقلال رئیس سازمان تربیت بدنی را تشویق و … یاد کردند» (review r9 fars-3-202): a plural noun
        in «ان» and its modifier, up to the title or organisation head that opens the object, are the group."""
        if len(np_toks) < 3:
            return 0
        f = L.match_fold(np_toks[0][2])
        stem = f[:-2]
        if not (f.endswith("ان") and len(stem) >= 4 and stem in self.lx.lexicon_words
                and L.key(f) not in self.lx.given_names and L.key(stem) not in self.lx.given_names):
            return 0
        keys = [L.key(x[2]) for x in np_toks]
        for q in range(1, min(len(keys), 4)):
            if _starts_with(keys, q, self.lx.title_heads) or _starts_with(keys, q, self.lx.organisation_heads):
                return q
        return 0

    def _glued_quoted_name(self, s0: int, cs: int) -> int:
        """«»قمی: اجازه برگزاری جلسات را به مجلس ندادند«محمد قمی» نماینده مردم پاکدشت … گفت» (review r7 roozno-872): a
        run-in sub-headline glued to a «quoted name» that a title follows; the subject starts at the name."""
        seg = self.t[s0:cs]
        for mc in list(_GLUED_QNAME.finditer(seg))[-1:]:
            keys = _keys(_tokens(self.t, s0 + mc.end(), min(cs, s0 + mc.end() + 60)))
            if keys and _starts_with(keys, 0, self.lx.title_heads):
                return s0 + mc.start()
        return s0

    def _clause_after_verb_and(self, toks, keys, i: int) -> int:
        """«… جزو اقدامات لجستیکی کشور است و ستاد ملی مبارزه با کرونا هم اعلام کرده است که …» (review r7 roozno-610),
        «درب ورودی حرم … بسته است و منابع مطلع اعلام می‌کنند که …» (review r9 fars-2-291): after «finite verb + و»,
        with no comma up to the cue, a source head (anonymous source, title, organisation, group) opens a new clause
        whose subject it is; else i."""
        lx = self.lx
        for j in range(len(toks) - 2, i, -1):
            if toks[j][2] in "،,":
                break
            if keys[j] == "و" and j - 1 > i and self._finite_verb(toks[j - 1][2]) and any(
                    _starts_with(keys, j + 1, h) for h in (lx.anonymous_heads, lx.title_heads,
                                                           lx.organisation_heads, lx.group_heads)):
                return j + 1
        return i

    def _time_adverb_at(self, keys, j) -> bool:
        """A time adverbial starts at token j: «لحظاتی/دقایقی قبل», «سه دقیقه/۲ ساعت بعد» (a vague or counted
        span of time before «قبل/بعد/پیش/پس»); no part of a name."""
        n = len(keys)
        if j + 1 < n and keys[j] in _VAGUE_SPANS and keys[j + 1] in _SPAN_AFTER:
            return True
        return j + 2 < n and (keys[j] in self.lx.numerals or bool(re.fullmatch(r"[\d۰-۹٠-٩]+", keys[j]))) \
            and keys[j + 1] in _SPAN_UNITS and keys[j + 2] in _SPAN_AFTER

    def _first_name_len(self, np_toks) -> int:
        """How many tokens of a noun phrase run into its object («سیدمصطفی میرسلیم اظهارات ترکان را …»)
        are the name: two when it opens with a given name (``claims_given_names.tsv``, a glued «سید» off)
        and a name-like word follows, else one (roozno-990, review r2)."""
        if len(np_toks) < 3:
            return 1
        k0, k1 = L.key(_unglue_sayyid(np_toks[0][2], self.lx)), L.key(np_toks[1][2])
        if k0 in self.lx.given_names and k1 not in self.lx.stopwords and k1 not in self.lx.head_words \
                and k1 not in self.lx.subject_stops and not re.search(r"\d", k1):
            return 2
        return 1

    def _finite_verb(self, w: str) -> bool:
        """A whole token that is a finite auxiliary/light verb («ندارد», «شد», «است»), never part of a name."""
        f = L.match_fold(w).replace("\u200c", "")
        return f in self._verbs

    def _org_list_comma(self, np_toks, keys, j) -> bool:
        """A comma inside an organisation's name that lists its fields «A، B و C»."""
        if not _starts_with([L.key(x[2]) for x in np_toks], 0, self.lx.organisation_heads) or len(np_toks) < 2:
            return False
        for q in range(j + 2, min(j + 5, len(keys))):
            if keys[q] in ("،", ",") or (keys[q] in self.lx.subject_stops and keys[q] != "و"):
                return False
            if keys[q] == "و":
                return q + 1 < len(keys) and keys[q + 1] not in self.lx.subject_stops and keys[q + 1] not in self.lx.pronouns
        return False

    def _state_list(self, np_toks, keys, j, cs) -> bool:
        """Is the «و» at j a list of states/organisations that together are the subject of a plural cue at cs
        («چین و روسیه و کشورهای عضو جنبش غیرمتعهدها … معتقدند», review r4 fars-4-271)? Each member so far is a
        one-word organisation (a state), and the next one is one too or a plural noun."""
        lx = self.lx
        k = bisect.bisect_left(self.cue_starts, cs)
        if k >= len(self.cue_starts) or self.cue_starts[k] != cs or not self._plural_cue(cs, self.cue_ends[k]):
            return False
        members = [L.key(x[2]) for x in np_toks if L.key(x[2]) != "و"]
        if not all(_starts_with([m], 0, lx.organisation_heads) for m in members) or len(members) > 4:
            return False
        return bool(_starts_with(keys, j + 1, lx.organisation_heads)) or self._plural_noun(keys[j + 1]) \
            and j + 2 < len(keys) and keys[j + 2] not in lx.subject_stops

    def _name_and(self, np_toks, toks, keys, j) -> bool:
        """Is the «و» at j inside an organisation's or a title's name («مرکز ارتباطات و امور بین‌الملل
        گروه …», «مخبر کمیسیون آموزش و تحقیقات مجلس»)? Only when the noun phrase opened with an
        organisation or title head and the word after «و» starts no new subject (no head, pronoun, name
        of a speaker, quantifier, stop word or verb)."""
        lx = self.lx
        npk = [L.key(x[2]) for x in np_toks]
        if len(npk) < 2 or not (_starts_with(npk, 0, lx.organisation_heads) or _starts_with(npk, 0, lx.title_heads)):
            return False
        if j + 1 >= len(keys) or "و" in npk[1:]:
            return False    # one «و» per name: «… و … و …» is a list of subjects
        w, k = toks[j + 1][2], keys[j + 1]
        if (w in "،,()" or k in lx.subject_stops or k in lx.stopwords or k in lx.pronouns or k in lx.anaphoric
                or k in _QUANT or k in lx.clause_quantifiers or re.search(r"\d|[.!?؟:؛«»]", w) or self._finite_verb(w)
                or any(_starts_with(keys, j + 1, h) for h in (lx.title_heads, lx.organisation_heads, lx.honorifics,
                                                                lx.media_heads, lx.group_heads, lx.anonymous_heads,
                                                                lx.document_heads))
                or self._known_person(w)):
            return False
        return True

    def _title_seat(self, np_toks, keys, j) -> int:
        """«نماینده X در پارلمان / مجلس شورای اسلامی …» (tabnak-610): the body a member sits in belongs to the title
        (``seated_title_heads``), when a legislature (``seat_heads``) follows «در» and the phrase runs to the cue or a
        stop («نماینده ایران در سازمان ملل» is an envoy's title, left as it was).
        How many tokens after «در»; 0 if none."""
        npk = [L.key(x[2]) for x in np_toks]
        lx = self.lx
        if len(npk) < 2 or not _starts_with(npk, 0, lx.seated_title_heads) or j + 1 >= len(keys) \
                or not _starts_with(keys, j + 1, lx.seat_heads):
            return 0
        q = j + 1
        while q < len(keys) and q - j <= 4 and keys[q] not in lx.stopwords and keys[q] not in lx.subject_stops \
                and keys[q] not in "،,()" and not re.search(r"\d", keys[q]):
            q += 1
        return q - j - 1 if (q == len(keys) or keys[q] in lx.subject_stops) else 0

    def _located_org(self, np_toks, keys, j) -> bool:
        """«سفارت X در CITY …»: a mission's seat belongs to its name (one place word, then a stop or the end)."""
        npk = [L.key(x[2]) for x in np_toks]
        if len(npk) < 2 or not _starts_with(npk, 0, self.lx.located_org_heads) or j + 1 >= len(keys):
            return False
        place = keys[j + 1]
        after = keys[j + 2] if j + 2 < len(keys) else ""
        return (place not in self.lx.stopwords and place not in self.lx.subject_stops and not re.search(r"\d", place)
                and (after == "" or after in self.lx.subject_stops))

    def _implausible_name(self, np_toks) -> bool:
        """A noun phrase classified as a name that cannot be one: digits, function words, plurals.
        Only the words before the title are looked at («محمد نبی حبیبی دبیر کل حزب …»: «کل» is a
        function word of the title, not of the name)."""
        keys = [L.key(x[2]) for x in np_toks]
        cut = next((q for q in range(1, len(keys)) if _starts_with(keys, q, self.lx.title_heads)), len(keys))
        for a, b, w in np_toks[:cut]:
            k = L.key(w)
            if re.search(r"\d", w) or k in self.lx.stopwords or k in self.lx.subject_stops:
                return True
            if re.search(r"(?:\u200c?ها|\u200cهای)$", w) or (len(np_toks) > 1 and re.search(r"\u200c?های$", w)):
                return True
        return False

    def _apposition_subject(self, toks, keys, j0) -> Mention | None:
        """The last «NAME TITLE …» in toks[j0:] (NAME: 1–3 name-like words, not after a preposition)."""
        lx = self.lx
        best = None
        for q in range(max(j0, 1), len(toks)):
            if not _starts_with(keys, q, lx.title_heads) or keys[q - 1] in _PREPS or keys[q - 1] in _OBJ_PREPS:
                continue
            w1 = toks[q - 1][2]
            if w1.startswith("«") and w1.endswith("»") and q - 1 >= j0 and 1 <= len(w1.split()) <= 4:
                end = q
                while end < len(toks) and end - q < 10 and toks[end][2] not in "،,()" and (
                        end == q or keys[end] not in lx.subject_stops):
                    end += 1
                best = (toks[q - 1:end], toks[q - 1][0], toks[end - 1][1])   # «…است«میثم رادپور» کارشناس …»
                continue
            name = []
            for r in range(q - 1, max(j0 - 1, q - 4), -1):
                k, w = keys[r], toks[r][2]
                if w in "،,()" or k in lx.stopwords or k in lx.head_words or k in lx.subject_stops or k in _PREPS \
                        or re.search(r"\d|[.!?؟:؛«»]", w):
                    break
                name.insert(0, r)
            if not name:
                continue
            ns = self._unglue(toks[name[0]])
            end = q
            while end < len(toks) and end - q < 10 and toks[end][2] not in "،,()" and (
                    end == q or keys[end] not in lx.subject_stops):
                end += 1
            sub = [(ns, toks[name[0]][1], self.t[ns:toks[name[0]][1]])] + toks[name[0] + 1:end]
            best = (sub, ns, toks[end - 1][1])
        if best is None:
            return None
        sub, ns, ne = best
        mm = self._classify(sub, ns, ne)
        if mm.kind != "name":
            return None
        mm.surface, mm.start, mm.region_np_end, mm.np_toks = self.raw[ns:ne], ns, ne, sub
        return mm

    def _unglue(self, tok) -> int:
        """Where a name really starts in a token glued to the verb ending a run-in headline
        («…رخ داده استرضا کرمی محمدی»): after a sentence-final verb form, when the token is not a
        word of hazm's list and the rest is."""
        a, b, w = tok
        f = self.t[a:b].replace("\u200c", "")
        if f in self.lx.lexicon_words:
            return a
        for v in self.lx.glue_verbs:
            if f.startswith(v) and len(f) - len(v) >= 3 and f[len(v):] in self.lx.lexicon_words and "\u200c" not in self.t[a:a + len(v)]:
                return a + len(v)
        return a

    def _good_start(self, toks, keys, i) -> bool:
        k = keys[i]
        lx = self.lx
        if k in lx.pronouns or k == "یک":
            return True
        if (k in lx.numerals or re.fullmatch(r"[\d۰-۹٠-٩]+", k)) and i + 1 < len(keys) \
                and (_starts_with(keys, i + 1, lx.anonymous_heads) or _starts_with(keys, i + 1, lx.title_heads)):
            return True     # «دو مسئول عراقی اعلام کردند»: a counted group
        if k in lx.anaphoric and i + 1 < len(keys) and any(_starts_with(keys, i + 1, h) for h in (
                lx.title_heads, lx.organisation_heads, lx.document_heads, lx.media_heads, lx.group_heads)):
            return True     # «این مؤسسه …», «این نماینده …»: an anaphoric description
        if k in lx.anaphoric and i + 1 < len(keys) and self._plural_noun(toks[i + 1][2]):
            return True     # «این کشورها اعلام کرده‌اند» (roozno-332)
        if k in lx.subject_stops or re.search(r"\d", k) or not re.search(r"\w", k):
            return False
        if k in lx.stopwords and i + 1 < len(keys) and k + keys[i + 1] in lx.given_names:
            return True     # «عین الله شریف‌پور»: a compound given name written with a space (review r6 tabnak-559)
        if k in lx.stopwords and not (_starts_with(keys, i, lx.anonymous_heads) or _starts_with(keys, i, lx.group_heads)
                                      or _starts_with(keys, i, lx.title_heads) or _starts_with(keys, i, lx.organisation_heads)):
            return False
        return True

    def _candidate_start(self, toks, keys, j0) -> int | None:
        """After an adjunct: the first token that plainly starts a subject (a pronoun, a title, an
        honorific, an organisation or a known person) and is not the object of a preposition."""
        lx = self.lx
        for j in range(j0, len(toks)):
            prev = keys[j - 1] if j > 0 else ""
            if prev in _PREPS:
                continue
            k = keys[j]
            if k in lx.pronouns and j + 1 < len(keys) and keys[j + 1] == "را":
                continue    # «… که آن‌ها را … قرار داده، یک اقتصاددان …»: an object pronoun (review r2 tabnak-1144)
            if prev in ("،", ",") and self._good_start(toks, keys, j):
                return j
            if (k in lx.pronouns or _starts_with(keys, j, lx.title_heads) or _starts_with(keys, j, lx.honorifics)
                    or _starts_with(keys, j, lx.organisation_heads) or self._known_person(toks[j][2])
                    or toks[j][2].startswith("«") and j + 1 < len(toks) and _starts_with(keys, j + 1, lx.title_heads)):
                # (also after a date's month: «در تاریخ ۱۰ ژانویه سازمان بهداشت جهانی …», review r3 roozno-888)
                if k in lx.pronouns or prev in ("،", ",", "") or prev in lx.subject_stops or prev in _TIME_NOUNS or \
                        prev in lx.stopwords or re.search(r"\d", prev) or prev in lx.months and j >= 2 \
                        and re.search(r"\d", toks[j - 2][2]):
                    return j
                # inside a longer noun phrase: only at a clause-like boundary
                if _starts_with(keys, j, lx.honorifics) or self._known_person(toks[j][2]) or _starts_with(keys, j, lx.title_heads):
                    return j
        return None

    def _skip_ws(self, p: int) -> int:
        while p < len(self.t) and self.t[p] in " \u200c\t\n":
            p += 1
        return p

    def _chain(self, credit: str, start: int) -> list[str]:
        """Outlets of a credit line «به گزارش X (از شهر) به نقل از Y»: [X, Y] (raw spellings, canonical letters)."""
        folded = L.match_fold(credit)
        cuts = [(m.start(), m.end()) for m in _CREDIT_SPLIT.finditer(folded)]
        pieces, prev = [], 0
        for a, b in cuts:
            pieces.append((prev, a))
            prev = b
        pieces.append((prev, len(credit)))
        out = []
        for a, b in pieces:
            mz = re.search(L.WB_L + r"از" + L.WB_R, folded[a:b])   # «خبرگزاری فارس از اراک»: drop the place
            if mz:
                b = a + mz.start()
            p = canonical_text(credit[a:b])
            if p:
                out.append(p)
        return out

    def _classify(self, toks, s: int, e: int) -> Mention:
        lx = self.lx
        toks = [(a, b, self.raw[a:b]) for a, b, _ in toks]   # canonical names come from the raw text
        keys = _keys(toks)
        words = [x[2] for x in toks]
        if not keys:
            return Mention(kind="drop")
        i = 0
        anaphor = False
        if keys[0] in lx.anaphoric and len(keys) > 1:
            anaphor, i = True, 1
        # honorifics («این استاد دانشگاه» is a description: after a demonstrative, «استاد» heads a title)
        given_rank = False
        while i < len(keys):
            n = _starts_with(keys, i, lx.honorifics)
            given_rank = bool(n) and not anaphor and _rank_is_given_name(keys, i, n, lx)
            if not n or i + n >= len(keys) or anaphor and _starts_with(keys, i, lx.title_heads) or given_rank:
                break
            i += n
        body_toks = toks[i:]
        body = " ".join(x[2] for x in body_toks)
        if not body_toks:
            return Mention(kind="drop")
        ki = keys[i:]
        plural = False
        if len(ki) >= 2 and (ki[0] in lx.numerals or re.fullmatch(r"[\d۰-۹٠-٩]+", ki[0])) and not anaphor \
                and (_starts_with(ki, 1, lx.anonymous_heads) or _starts_with(ki, 1, lx.title_heads)):
            return Mention(kind="group", title=canonical_text(body), plural=True)   # «دو مسئول عراقی»
        if _starts_with(ki, 0, lx.anonymous_heads) or (ki and ki[0] == "یک"):
            name = canonical_text(" ".join(self._one_of(words[i:])))
            return Mention(kind="anonymous" if not anaphor else "anaphor", title=name)
        nd = _starts_with(ki, 0, lx.document_heads)
        if nd:
            owner = [x[2] for x in body_toks[nd:] if x[2] not in "،,()"]
            if owner and not anaphor and L.key(owner[0]) not in lx.stopwords:
                return Mention(kind="document", title=canonical_text(" ".join(owner)))
            return Mention(kind="anaphor_doc" if anaphor else "document", title=canonical_text(body))
        if _starts_with(ki, 0, lx.media_heads):
            if anaphor and len(ki) <= 2:
                return Mention(kind="anaphor_media", title=canonical_text(body))   # «این روزنامه»
            ng = _starts_with(ki, 0, lx.media_generic)
            if ng and ng < len(ki) and ki[ng] in lx.media_generic_adjectives:
                ng = 0      # «شبکه خبری العالم»: the head and its adjective stay (tabnak-1334)
            if ng and len(ki) == ng + 1 and _starts_with(ki, ng, lx.organisation_heads):
                ng = 0      # «خبرگزاری فرانسه» (AFP) is no state «فرانسه»: the head stays (review r8 tabnak-898)
            if not ng and not anaphor and len(body_toks) >= 3 and self._written_bare(body_toks[1:]):
                ng = 1      # «رادیو صدای آمریکا گفت» and «صدای آمریکا:» (fars-1-092): the outlet's own name
            quoted = [x[2] for x in body_toks[ng:] if x[2].startswith("«")] if ng and not anaphor else []
            if quoted:
                # «سایت «dailysabah» ترکیه», «روزنامه صهیونیستی «اسرائیل‌هیوم»» (review r9 fars-5-261, fars-4-251):
                # the quoted name, without the head's adjective or country
                return Mention(kind="media", title=canonical_text(quoted[0].strip("«»")))
            rest_w = [x[2] for x in body_toks[ng:]]
            if ng and len(rest_w) >= 2 and rest_w[0].startswith("«"):
                rest_w = rest_w[:1]     # «سایت «haber7» ترکیه»: the quoted name, not its country (review r10 asriran-1-225)
            return Mention(kind="media", title=canonical_text(" ".join(rest_w) if ng and rest_w else body))
        if _starts_with(ki, 0, lx.group_heads):
            return Mention(kind="anaphor" if anaphor else "group", title=canonical_text(body), plural=True)
        if _starts_with(ki, 0, lx.organisation_heads):
            quoted = [x[2] for x in body_toks if x[2].startswith("«")]
            name = quoted[0] if quoted and not anaphor else body
            # a Latin acronym glued on by ZWNJ («… علیه پولشویی‌FATF», review r3 roozno-324) is no part of the name
            name = re.sub(r"(?<=[^\W\d_A-Za-z])\u200c[A-Za-z]{2,8}$", "", name)
            return Mention(kind="anaphor_org" if anaphor else "org", title=canonical_text(name))
        if _starts_with(ki, 0, lx.title_heads) and not given_rank:
            if not anaphor:
                tn = self._title_then_name(body_toks, ki)
                if tn is not None:
                    return tn
            return Mention(kind="anaphor" if anaphor else "title", title=canonical_text(body))
        if self._plural_noun(body_toks[0][2]):
            # «فروشگاه‌های زنجیره‌ای … اعلام کرده‌اند», «این کشورها اعلام کرده‌اند»: a plural noun is a group,
            # kept as written (guideline §3), never a person's name (sobhane2-130, roozno-332)
            return Mention(kind="group", title=canonical_text(body), plural=True)
        if anaphor:
            return Mention(kind="anaphor", title=canonical_text(body))
        # a name, maybe followed by a title; «name» in guillemets
        if body_toks[0][2].startswith("«"):
            name = body_toks[0][2].strip("«»")
            title = " ".join(x[2] for x in body_toks[1:])
            return Mention(kind="name", name=canonical_name(name, lx), title=canonical_text(title))
        cut = len(ki)
        for q in range(1, len(ki)):
            if _starts_with(ki, q, lx.title_heads) or _starts_with(ki, q, lx.organisation_heads[:0]):
                cut = q
                break
        name_words = [x[2] for x in body_toks[:cut]]
        title = " ".join(x[2] for x in body_toks[cut:] if x[2] not in "،,")
        if len(name_words) > 5:
            return Mention(kind="title", title=canonical_text(body))
        return Mention(kind="name", name=canonical_name(" ".join(name_words), lx), title=canonical_text(title))

    def _title_then_name(self, body_toks, ki) -> Mention | None:
        """«سخنگوی وزارت خارجه ناصر کنعانی», «سناتور جمهوری خواه "مارشا بلک برن"»: a title followed by a full
        name is that person, with the title (review r4 roozno-888). The name is a given name and 1-3 more words,
        or 2-4 words in quotation marks that start with a given name or a word hazm does not know («شرکت
        «ایران خودرو»» names an organisation); no head word may occur in it."""
        lx, raw = self.lx, self.raw
        for q in range(1, len(ki)):
            a, b, w = body_toks[q]
            if w.startswith("«"):
                words, end = w.strip("«»").split(), q + 1
            elif a > 0 and raw[a - 1] in "\"“":
                end = next((r + 1 for r in range(q, min(len(ki), q + 4)) if raw[body_toks[r][1]:body_toks[r][1] + 1] in ("\"", "”")), None)
                if end is None:
                    return None
                words = [x[2] for x in body_toks[q:end]]
            elif ki[q] in lx.given_names:
                words, end = [x[2] for x in body_toks[q:]], len(ki)
                if any(L.key(x) in lx.stopwords for x in words):
                    return None
            else:
                continue
            wk = [L.key(x) for x in words]
            if not 2 <= len(wk) <= 4 or any(k in lx.head_words for k in wk) \
                    or wk[0] not in lx.given_names and (wk[0] in lx.lexicon_words or ki[q] not in lx.given_names and end < len(ki)) \
                    or _starts_with(ki, q - 1, lx.organisation_heads) or _starts_with(ki, q - 1, lx.media_heads):
                return None
            title = " ".join(x[2] for x in body_toks[:q] if x[2] not in "،,")
            return Mention(kind="name", name=canonical_name(" ".join(words), lx), title=canonical_text(title))
        return None

    def _one_of(self, words: list[str]) -> list[str]:
        """«یکی (دیگر) از (این) نمایندگان پارلمان عراق» -> «نماینده پارلمان عراق»: one of a plural description is
        written as the singular description (gold convention, notes_t3 #11; fars-5-076, tabnak-1334; also the
        typo «یک مسئولان»). Other descriptions lose only «یک»."""
        ks = [L.key(w) for w in words]
        q = 0
        if ks and ks[0] in ("یکی", "یک"):
            q = 1
            if q < len(ks) and ks[q] == L.key("دیگر"):
                q += 1
            if q < len(ks) and ks[q] == "از":
                q += 1
            if q < len(ks) and ks[q] in self.lx.anaphoric:
                q += 1
            if q < len(ks):
                one = self._singular(words[q])
                if one:
                    return [one] + words[q + 1:]
        return [w for w in words if L.key(w) != "یک"]

    def _singular(self, w: str) -> str | None:
        """The singular of a plural noun («نمایندگان» -> «نماینده», «ماموران» -> «مامور», «منابع» -> «منبع»),
        checked against hazm's word list and the ``singulars`` table; None if it is not a plural."""
        f = L.match_fold(w).replace("\u200c", "")
        irregular = self.lx.singulars.get(L.key(w))
        if irregular:
            return irregular
        for suf, add in (("گان", "ه"), ("یان", ""), ("ان", ""), ("ین", ""), ("ات", ""), ("های", ""), ("ها", "")):
            if f.endswith(suf) and len(f) - len(suf) >= 2:
                stem = f[:-len(suf)] + add
                if stem in self.lx.lexicon_words:
                    cut = len(w.rstrip()) - len(suf)
                    raw = w[:cut].rstrip("\u200c") if w.replace("\u200c", "").endswith(suf) else None
                    return (raw + add) if raw else stem
        return None

    def _plural_noun(self, w: str) -> bool:
        """A noun with the plural suffix «‌ها/‌های» (or «ها» glued to a word of hazm's list: «کشورها»)."""
        f = L.match_fold(w)
        m = re.search(r"\u200c?(?:ها|های)$", f)
        if m is None:
            return False
        stem = f[:m.start()]
        if L.key(stem) in _TIME_NOUNS or L.key(stem) in self.lx.subject_stops:
            return False    # «این روزها», «سال‌ها»: time adverbials
        return "\u200c" in m.group() or len(stem) >= 3 and stem in self.lx.lexicon_words

    def _known_person(self, surface: str) -> str | None:
        k = L.key(surface)
        if not k:
            return None
        if k in self.lx.pronouns:
            return self.last_person
        for p in self.people:
            pk = L.key(p)
            if pk == k or pk.endswith(k) and len(k) >= 3:
                return p
        return None

    # ------------------------------------------------------------------ resolution

    def resolve(self, raws: list[Raw]) -> None:
        """Give every record a canonical speaker and a source type, in text order."""
        pending: list[Raw] = []
        prev_in_sentence: dict[int, Raw] = {}
        last_person_rec: Raw | None = None
        last_speaker_rec: Raw | None = None
        last_group_rec: Raw | None = None
        last_by_head: dict[str, Raw] = {}     # head word of an anonymous description -> its last record
        max_end = 0
        # records whose cue sits inside another record's clause are nested, not coordinated
        last_doc: str | None = None   # the last document speaker («در گزارش X آمده است»)
        recent: list[Raw] = []      # the last records, to tell a statement nested inside another's content
        self._raw_cues = sorted(r.cue_start for r in raws)
        for r in sorted(raws, key=lambda r: r.cue_start):
            r.prev_end, max_end = max_end, max(max_end, r.end)
            # a speaker quoted inside the previous statement («X افزود: فروشگاه‌ها … اعلام کرده‌اند که …») is
            # no antecedent for the next «وی»: the quoting speaker is (reviews r1/r2: fars-4-291, tabnak-1651)
            # or said later in the paragraph the colon opened («وی افزود: … . به همین دلیل بوش … اعلام کرد که …»)
            nested = any(p.frame in ("C", "Q") and p.source_type == "person" and p.speaker != r.mention.name and (
                p.start <= r.cue_start < p.end or p.frame == "C" and r.frame != "C" and p.start < r.cue_start
                and self.st.line_of(p.start) == self.st.line_of(r.cue_start) == self.st.line_of(p.cue_start))
                for p in recent[-8:])
            recent.append(r)
            m = r.mention
            chain = list(m.chain)
            sp, typ = "", "person"
            ante: Raw | None = None
            prev = prev_in_sentence.get(r.sentence)
            if m.kind == "drop":
                if prev is not None and r.frame != "V":
                    sp, typ = prev.speaker, prev.source_type
                    r.coord_prev = prev
                elif r.frame == "V" and prev is None:
                    # adverbial before the main verb: take the main clause's subject later
                    sp, typ = "", "person"
                elif self.last_speaker:
                    sp, typ = self.last_speaker
                    ante = last_speaker_rec
                r.confidence *= 0.9
            elif m.kind == "pronoun":
                topic = None if m.plural else (self._narrative_subject_before(m.start, r.prev_end)
                                                  or self._possessor_before(m.start, r.prev_end))
                if topic:
                    sp, typ = topic, "person"
                elif not m.plural and last_speaker_rec is not None and last_speaker_rec.source_type == "anonymous" \
                        and last_speaker_rec.mention.kind == "anonymous" and not last_speaker_rec.mention.plural \
                        and (last_person_rec is None or last_person_rec.cue_start < last_speaker_rec.cue_start):
                    # «یک مقام ارشد … گفت: …⏎وی افزود»: the unnamed source just quoted, not the person named
                    # before it (review r2 tabnak-1651)
                    sp, typ = last_speaker_rec.speaker, "anonymous"
                    ante = last_speaker_rec
                elif m.plural and (grp := self._narrative_group_before(m.start, r.prev_end)):
                    sp, typ = grp, "group"
                elif m.plural and self.last_group:
                    sp, typ = self.last_group
                    ante = last_group_rec
                elif self.last_person:
                    sp, typ = self.last_person, "person"
                    ante = last_person_rec
                elif self.last_speaker:
                    sp, typ = self.last_speaker
                    ante = last_speaker_rec
                else:
                    sp, typ = self._narrative_title_before(m.start) or canonical_text(m.surface), "person"
                r.confidence *= 0.95
            elif m.kind == "name":
                sp = self._register_name(m.name, m.title)
                typ = "person"
            elif m.kind == "title":
                sp = self._title_lookup(m.title)
                typ = "person"
                if not sp:
                    sp = m.title
                    r.prev_person, r.prev_person_rec = self.last_person, last_person_rec
                    pending.append(r)
                r.confidence *= 0.9
            elif m.kind == "anaphor":
                tl = self._title_lookup(m.title)
                hd = self._head_key(m.title)
                if tl and self.last_person and tl != self.last_person \
                        and any(x.speaker == self.last_person and self._head_key(x.mention.title or "") == hd
                                for x in recent[-12:]):
                    # «"مهدی شیخ" نماینده مردم تهران … گفت … ⏎ این نماینده مجلس همچنین اظهار داشت» (review r7
                    # roozno-872): «این» + title is the person just quoted with that title, not an earlier holder
                    tl = None
                if tl:
                    sp, typ = tl, "person"
                elif hd in last_by_head and last_by_head[hd].source_type == "anonymous":
                    # «یک مسئول دولتی عراقی اعلام کرد … به گفته این مسئول»: the unnamed source of that head
                    ante = last_by_head[hd]
                    sp, typ = ante.speaker, ante.source_type
                elif self.last_person:
                    sp, typ, ante = self.last_person, "person", last_person_rec
                elif self.last_speaker:
                    (sp, typ), ante = self.last_speaker, last_speaker_rec
                else:
                    sp, typ = m.title, "person"
                if m.plural:
                    typ = "group"
            elif m.kind == "anaphor_org":
                if self.last_org:
                    sp, typ = self.last_org, "organisation"
                else:
                    sp, typ = m.title, "organisation"
            elif m.kind == "anaphor_media":
                sp, typ = (self.last_media or self._outlet_before(r.cue_start) or m.title), "media"
            elif m.kind == "anaphor_doc":
                # «وزارت امور خارجه آمریکا طی بیانیه‌ای … محکوم کرد. در این بیانیه آمده است:» (review r5 fars-1-218):
                # an issuer named after the last statement comes before the last speaker
                iss = self._document_issuer(m, after=r.prev_end)
                issuer = self._issued_just_before(m, last_speaker_rec)
                if iss:
                    sp, typ = iss, "document"
                elif self.last_speaker and self.last_speaker[1] in ("organisation", "document"):
                    sp, typ = self.last_speaker[0], "document"
                elif issuer:
                    sp, typ = issuer, "document"
                elif last_doc:
                    # «گزارش بی‌بی‌سی … آمده است» … «این گزارش تاکید می‌کند»: the report quoted before, not the
                    # credit line's outlet (reviews r2: tabnak-242)
                    sp, typ = last_doc, "document"
                else:
                    sp, typ = self._credit_owner(m) or self._report_writer(recent[:-1]) or self._document_issuer(m) \
                        or m.title, "document"
            elif m.kind == "media" and self.last_media and self._generic_outlet(m.title):
                sp, typ = self.last_media, "media"     # «رسانه آمریکایی … نوشته»: the outlet quoted last
            elif m.kind == "document" and L.key(m.title or "") in self.lx.credit_report_heads:
                # a bare «گزارش می‌افزاید»: the report of the writer quoted before (roozno-609)
                sp, typ = self._report_writer(recent[:-1]) or m.title, "document"
            else:
                sp = m.title or canonical_text(m.surface)
                typ = {"org": "organisation", "document": "document", "media": "media",
                       "anonymous": "anonymous", "group": "group"}.get(m.kind, "person")
            r.speaker, r.source_type = sp, typ
            r.chain = chain
            r.antecedent = ante
            if r.speaker and not nested:
                if r.source_type == "person":
                    self.last_person, last_person_rec = r.speaker, r
                if r.source_type in ("group", "organisation"):
                    self.last_group, last_group_rec = (r.speaker, r.source_type), r
                if r.source_type == "organisation":
                    self.last_org = r.speaker
                if r.source_type == "media":
                    self.last_media = r.speaker
                self.last_speaker, last_speaker_rec = (r.speaker, r.source_type), r
            if r.speaker and r.source_type == "anonymous" and m.kind == "anonymous":
                last_by_head[self._head_key(r.speaker)] = r
            if getattr(m, "doc", False):
                r.source_type = "document"
            if r.speaker and r.source_type == "document" and not nested:
                last_doc = r.speaker
            if r.frame != "V":
                prev_in_sentence[r.sentence] = r
        # adverbial clauses: the subject of the main cue of the same sentence
        by_sent: dict[int, list[Raw]] = {}
        for r in raws:
            by_sent.setdefault(r.sentence, []).append(r)
        mains_by_sent = {k: sorted((x for x in v if x.frame != "V"), key=lambda x: x.cue_start) for k, v in by_sent.items()}
        for r in raws:
            if r.frame == "V" and r.mention.kind == "drop":
                mains = mains_by_sent.get(r.sentence, [])
                q = bisect.bisect_right([x.cue_start for x in mains[:64]], r.cue_start) if mains else 0
                if q < min(len(mains), 64):
                    r.speaker, r.source_type = mains[q].speaker, mains[q].source_type
                    r.antecedent = mains[q]
        # titles never bound to a name: bound in the narrative; else the person last spoken of (a
        # later «کارشناس روس ادامه داد» is an epithet of the last named person); else, in the lead,
        # forward to the first named speaker («وزیر …» in the lead, the name further down)
        name_recs = sorted((x for x in raws if x.mention.kind == "name"), key=lambda x: x.cue_start)
        name_pos = [x.cue_start for x in name_recs]
        unresolved: list[Raw] = []
        unresolved_ids: set[int] = set()
        epithets: set[str] = set()     # titles bound only as an epithet of the person just quoted
        first_said: dict[str, int] = {}
        for x in sorted(raws, key=lambda x: x.cue_start):
            first_said.setdefault(x.speaker, x.cue_start)
        for r in pending:
            sp = self._title_lookup(r.mention.title) or self._title_from_text(r.mention.title)
            if not sp and self.date is not None:
                # an office of the gazetteer on the article's date is its holder, not the person quoted last
                # («… فیلیپ دوست بلازی گفت … ⏎ رئیس جمهور کشورمان … گفت» in 2007, tune:3 fars-4-226)
                sp = office_holder(r.mention.title, self.date)
            pr = r.prev_person_rec
            tk = L.key(strip_det(r.mention.title))
            last = bool(r.prev_person and pr is not None
                        and not (pr.start <= r.cue_start < pr.end) and id(pr) not in unresolved_ids
                        and not self._other_office(r.mention.title, pr.speaker) and not self._also_marked(r))
            if not sp and last and self._no_narrative_gap(r):
                # a new bare name, never a speaker before, opens the next line: the title introduces that
                # person, not the one just quoted (guideline §3; review asriran-1-1033: «بخشدار … گفت» …
                # «معاون امور اجتماعی بهزیستی گیلان … اعلام کرد: …⏎… رضا جعفری افزود»)
                q = bisect.bisect_right(name_pos, r.cue_start)
                if q < len(name_pos):
                    nr = name_recs[q]
                    if not nr.mention.title and nr.speaker != pr.speaker and first_said.get(nr.speaker, -1) >= nr.cue_start \
                            and self.st.line_of(nr.cue_start) - self.st.line_of(r.cue_start) == 1:
                        sp = nr.speaker
            if not sp and last and self._no_narrative_gap(r) or sp and tk in epithets and last:
                # not a title still unbound, not a speaker nested in its statement; an epithet («کارشناس روس
                # افزود») bound to one expert before is, after another expert, that one, narrative lines
                # between or not (fars-1-267)
                sp = pr.speaker
                if tk not in self.title_to_name:
                    epithets.add(tk)
            if not sp and r.paragraph <= LEAD_LINES and not r.prev_person:
                # «نماینده ایران … گفت: …⏎به گزارش ایرنا، مجید تخت روانچی روز جمعه …»: the next narrative
                # sentence names the person the lead described
                sp = self._narrative_name_after(r.cue_start)
                if sp:
                    self._register_name(sp, "")
            if not sp and r.paragraph <= LEAD_LINES and not r.prev_person:
                # the lead's title goes forward to the first named speaker now, so that a later, other
                # office with the same head word is not taken for that person
                q = bisect.bisect_right(name_pos, r.cue_start)
                if q < len(name_pos):
                    sp = name_recs[q].speaker
            if sp:
                r.speaker = sp
                self._register_title(r.mention.title, sp)
            else:
                unresolved.append(r)
                unresolved_ids.add(id(r))
        spoken_before: dict[str, int] = {}
        for x in sorted(raws, key=lambda x: x.cue_start):
            spoken_before.setdefault(x.speaker, x.cue_start)
        for r in unresolved:
            # one title, one person: a later occurrence of the same title may have been bound above
            sp = self._title_lookup(r.mention.title)
            if not sp:
                # «مدیرعامل شرکت … نیز … گفت» ⏎ «حمیدرضا رستمی … اظهار کرد»: a bare new name on the next
                # line introduces the person the title described (guideline §3)
                q = bisect.bisect_right(name_pos, r.cue_start)
                if q < len(name_pos):
                    nr = name_recs[q]
                    if (not nr.mention.title and spoken_before.get(nr.speaker, -1) >= nr.cue_start
                            and self.st.line_of(nr.cue_start) - self.st.line_of(r.cue_start) == 1):
                        sp = nr.speaker
            if not sp and r.paragraph <= LEAD_LINES and not r.prev_person:
                q = bisect.bisect_right(name_pos, r.cue_start)
                sp = name_recs[q].speaker if q < len(name_pos) else (self.people[0] if self.people else None)
            if not sp and r.prev_person_rec is not None and {x.speaker for x in name_recs} == {r.prev_person_rec.speaker} \
                    and any(x.cue_start > r.cue_start and x.speaker == r.prev_person_rec.speaker for x in raws) \
                    and r.source_type == "person":
                # «دبیر ستاد مقابله با کرونا … گفت» (= گلپور) … «دبیر هیأت عالی نظارت بر سازمان‌های صنفی، … گفت» …
                # «گلپور … تاکید کرد» (tabnak-1661): a second office of the article's only named speaker, who is
                # named again after it, is that speaker, not another person
                sp = r.prev_person_rec.speaker
            if sp:
                r.speaker = sp
                self._register_title(r.mention.title, sp)
        ordered0 = sorted(raws, key=lambda x: x.cue_start)
        order_ix = {id(x): k for k, x in enumerate(ordered0)}
        # «یک کارشناس اقتصادی می‌گوید: …» … «میثم رادپور» کارشناس اقتصادی … گفت: an unnamed «یک + title»
        # description is the person the article later names with that title (guideline §3; roozno-426)
        for r in raws:
            m = r.mention
            if m.kind == "anonymous" and L.key((m.surface or "").split(" ")[0] if m.surface else "") in ("یک", "یکی") \
                    and _starts_with([L.key(w) for w in r.speaker.split()], 0, self.lx.title_heads):
                want = {_wkey(w) for w in r.speaker.split()}
                for nr in name_recs[bisect.bisect_right(name_pos, r.cue_start):][:32]:
                    have = {_wkey(w) for w in strip_det(nr.mention.title).split()}
                    if have and self._head_key(nr.mention.title) == self._head_key(r.speaker) \
                            and len(want & have) / len(want | have) >= 0.6:
                        r.speaker, r.source_type = nr.speaker, "person"
                        break
                else:
                    # «وی گفت: …⏎یک استاد دانشگاه در ادامه افزود: …⏎روستا … دانست»: between two statements of one
                    # person, on adjacent lines, the description is that person (speaker checks fars-2-072)
                    q = bisect.bisect_right(name_pos, r.cue_start)
                    if q < len(name_pos) and self._same_body_named_next(r, name_recs[q]):
                        r.speaker, r.source_type = name_recs[q].speaker, "person"
                        continue
                    if _starts_with([L.key(w) for w in ["یک"] + r.speaker.split()], 0, self.lx.anonymous_heads):
                        continue    # «یک منبع آگاه», «یک مسئول …»: an anonymous source stays unnamed
                    k = order_ix.get(id(r))
                    if k is not None and 0 < k < len(ordered0) - 1:
                        a, b = ordered0[k - 1], ordered0[k + 1]
                        fa, fb = (self._full_name(a.speaker) or a.speaker), (self._full_name(b.speaker) or b.speaker)
                        if a.source_type == b.source_type == "person" and fa and L.key(fa) == L.key(fb) \
                                and self.st.line_of(b.cue_start) - self.st.line_of(a.cue_start) <= 2:
                            r.speaker, r.source_type = fa, "person"
                            continue
                    # «یک نماینده تهران در مجلس … خواستار … شد.⏎ابوالفضل سروش در مطلبی … دانست» (roozno-746): a
                    # bare new name opening the next line introduces the person described, as for a lone title
                    q = bisect.bisect_right(name_pos, r.cue_start)
                    if q < len(name_pos):
                        nr = name_recs[q]
                        if not nr.mention.title and spoken_before.get(nr.speaker, -1) >= nr.cue_start \
                                and self.st.line_of(nr.cue_start) - self.st.line_of(r.cue_start) == 1 \
                                and nr.mention.start is not None and not self._also_marked(nr) \
                                and self._skip_ws(self.st.line_starts[self.st.line_of(nr.cue_start)]) == nr.mention.start:
                            r.speaker, r.source_type = nr.speaker, "person"
                            continue
                    if r.paragraph <= LEAD_LINES:
                        # in the lead, as a lead title: the person the next narrative line names, else the first
                        # named speaker (review r2 tabnak-1144: «یک اقتصاددان … اظهار کرد» … «جعفر خیرخواهان …»)
                        sp = self._narrative_name_after(r.cue_start)
                        # «عبدالله الاشعل حمله تبلیغاتی … را … آغاز کرد»: the narrative name cut back to a person
                        # named as a speaker (tune:3 fars-2-246)
                        if sp and len(sp.split()) > 2:
                            surnames = {L.key(x.speaker.split()[-1]) for x in name_recs if x.speaker}
                            ws = sp.split()
                            sp = next((" ".join(ws[:k]) for k in range(len(ws) - 1, 1, -1)
                                       if L.key(ws[k - 1]) in surnames), sp)
                        if not sp:
                            q = bisect.bisect_right(name_pos, r.cue_start)
                            sp = name_recs[q].speaker if q < len(name_recs) else None
                        if sp:
                            r.speaker, r.source_type = sp, "person"
        # pronouns, dropped subjects, coordinated verbs and adverbials follow their antecedent's final
        # speaker (which may have been a title resolved only above); twice, for forward links
        ordered = sorted(raws, key=lambda r: r.cue_start)
        for _ in range(2):
            for r in ordered:
                a = r.coord_prev or r.antecedent
                if a is not None and a is not r and a.speaker:
                    r.speaker = a.speaker
                    if r.coord_prev is not None or r.mention.kind == "drop":
                        r.source_type = a.source_type if not getattr(r.mention, "doc", False) else "document"
        # an organisation's short form -> the longer form the article gives it elsewhere as a speaker
        # («کمیسیون امنیت ملی و سیاست خارجی مجلس» / «… مجلس شورای اسلامی», review r1 fars-2-178)
        orgs = sorted({r.speaker for r in raws if r.source_type == "organisation" and r.speaker}, key=len)
        if len(orgs) > 1:
            long_of = {}
            for i, o in enumerate(orgs[:64]):
                ok = L.key(o)
                longer = [p for p in orgs[i + 1:64] if L.key(p).startswith(ok) and p.startswith(o + " ")
                          and not any(L.key(w) in self.lx.stopwords or L.key(w) in self.lx.anaphoric
                                      or re.search(r"\d", w) for w in p[len(o):].split())]   # not an overrun
                if longer:
                    long_of[o] = longer[-1]
            for r in raws:
                if r.source_type == "organisation" and r.speaker in long_of:
                    r.speaker = long_of[r.speaker]
        self._join_split_name(raws)
        # «روزنامه نزاویسمایا گازتا چاپ روسیه»: where a paper is printed is no part of its name (tune:3 fars-2-199)
        for r in raws:
            if r.source_type == "media" and " چاپ " in (r.speaker or ""):
                r.speaker = r.speaker.split(" چاپ ")[0]
        self._title_org_anaphor(raws)
        # surnames -> full names given anywhere in the article, then one spelling per public figure
        for r in raws:
            if r.source_type == "person" and r.speaker:
                full = self._full_name(r.speaker)
                if full:
                    r.speaker = full
                r.speaker = self._alias(r.speaker)
                if self.date is not None:
                    # a title the article never binds to a name: the office's holder on the article's date
                    r.speaker = office_holder(r.speaker, self.date) or r.speaker

    def _alias(self, name: str) -> str:
        """One spelling per public figure (``claims_aliases.tsv``). A bare surname is completed only when the
        article's date (if known) falls within the figure's public years from the row's note, give or take
        ALIAS_YEAR_MARGIN: «واعظی» in a 2003 army notice is not the minister of 2013-2021 (tune:3 fars-1-280)."""
        k = L.key(name)
        full = self.lx.aliases.get(k)
        if full is None:
            return name
        span = self.lx.alias_years.get(k)
        year = getattr(self, "_year", None)
        if year is None:
            d = _as_date(self.date)
            year = self._year = d.year if d else 0
        if span and year and not (span[0] - ALIAS_YEAR_MARGIN <= year <= span[1] + ALIAS_YEAR_MARGIN):
            return name
        return full

    def _title_org_anaphor(self, raws: list[Raw]) -> None:
        """«حزب چپ آلمان خواهان … شد.⏎نماینده این حزب در پارلمان گفت: …» (tabnak-610): an unbound title that holds
        «این + organisation head» names the organisation of that head that spoke last."""
        orgs = sorted(((r.cue_start, r.speaker) for r in raws if r.source_type == "organisation" and r.speaker),
                      key=lambda x: x[0])
        if not orgs:
            return
        for r in raws:
            if r.source_type != "person" or not r.speaker or r.mention.kind not in ("title", "anaphor"):
                continue
            ws = r.speaker.split()
            if len(ws) < 3 or L.key(ws[0]) in self.lx.anaphoric:
                continue
            for q in range(1, len(ws) - 1):
                if L.key(ws[q]) in self.lx.anaphoric and _starts_with([L.key(ws[q + 1])], 0, self.lx.organisation_heads):
                    hk = L.key(ws[q + 1])
                    prev = [o for p, o in orgs if p < r.cue_start and L.key(o.split()[0]) == hk]
                    if prev:
                        r.speaker = " ".join(ws[:q] + [prev[-1]] + ws[q + 2:])
                    break

    def _possessor_before(self, pos: int | None, prev_end: int) -> str | None:
        """«در پی توئیت روز پنج‌شنبه دونالد ترامپ مبنی بر …، وی اعلام کرد» (asriran-1-844): a pronoun whose own
        sentence, after every earlier statement, names a public figure in full (``claims_aliases.tsv``) as the
        possessor of a noun, not after a preposition («در دیدار با دونالد ترامپ، وی …» is someone else), is that
        person."""
        if pos is None:
            return None
        rx = getattr(self.lx, "_public_re", None)
        if rx is None:
            names = sorted({v for v in self.lx.aliases.values() if len(v.split()) >= 2}, key=len, reverse=True)
            rx = re.compile(L.WB_L + "(?:" + "|".join(L.phrase_regex(n) for n in names) + ")" + L.WB_R) if names \
                else re.compile(r"(?!x)x")
            object.__setattr__(self.lx, "_public_re", rx)
        ls = self.st.line_starts[self.st.line_of(pos)]
        lo = max(ls, prev_end)
        seg = self.t[lo:pos]
        if pos - lo > 300 or re.search(r"[.!?؟]", seg):
            return None
        found = None
        for n_seen, m in enumerate(rx.finditer(self.t, lo, pos)):
            if n_seen >= 5:
                break
            found = m
        if found is None:
            return None
        before = self.t[max(lo, found.start() - 20):found.start()].split()
        if before and (L.key(before[-1]) in _PREPS or L.key(before[-1]) in _OBJ_PREPS):
            return None
        canon = canonical_text(self.raw[found.start():found.end()])
        return self.lx.aliases.get(L.key(canon), canon)

    def _report_writer(self, before: list[Raw]) -> str | None:
        """The writer of the report a bare «گزارش می‌افزاید» / «بر اساس این گزارش» refers to, when no
        organisation or document spoke last: the nearest earlier statement, among the last few, that an
        organisation, outlet or document made or that was written («کوریا تایمز روز شنبه نوشت …», roozno-609;
        «موسسه … «آکسفورد اکونومیکس» … عنوان کرده است», tabnak-1400). An «به نوشته X» credit is a relay,
        not the report's owner."""
        for p in reversed(before[-6:]):
            if p.kind == "according_to" or not p.speaker:
                continue
            if p.source_type in ("organisation", "media", "document") \
                    or re.match(r"(?:نوشت|نوشته|گزارش (?:داد|کرد))", L.canon_fold(p.cue or "")):
                return p.speaker
        return None

    def _join_split_name(self, raws: list[Raw]) -> None:
        """«… سلمان  در مراسم … اظهار داشت: …» … «روحی ادامه داد: …» (fars-1-057): the person is named once by
        the given name alone (``claims_given_names.tsv``) and later by the surname alone. When the article's
        person speakers hold exactly one lone given name and, after it, exactly one lone surname named as a
        subject, and no longer name has either, they are one person: «GIVEN SURNAME»."""
        first: dict[str, int] = {}
        for r in sorted(raws, key=lambda x: x.cue_start):
            if r.source_type == "person" and r.speaker and " " not in r.speaker.strip():
                first.setdefault(r.speaker, r.cue_start)
        lone = [s for s in first if L.key(s) in self.lx.given_names]
        if len(lone) != 1:
            return
        g = lone[0]
        named = {r.speaker for r in raws if r.mention.kind == "name"}
        sur = [s for s in first if s != g and s in named and L.key(s) not in self.lx.given_names
               and L.key(s) not in self.lx.pronouns and first[s] > first[g] and len(s) >= 3]
        if len(sur) != 1 or self._full_name(sur[0]) or g not in named:
            return
        s = sur[0]
        gk, sk = L.key(g), L.key(s)
        for p in self.people:
            ws = p.split()
            if len(ws) > 1 and (L.key(ws[0]) == gk or L.key(ws[-1]) == sk):
                return
        full = g + " " + s
        for r in raws:
            if r.source_type == "person" and r.speaker in (g, s):
                r.speaker = full

    def _also_marked(self, r: Raw) -> bool:
        """«دبیر ستاد اقامه نماز نیز … گفت»: «نیز/هم» right after the subject marks a new speaker, not the
        person just quoted (review r1 fars-5-124)."""
        ne = getattr(r.mention, "region_np_end", None)
        if ne is None or not (0 <= r.cue_start - ne <= MAX_REGION):
            return False
        return re.match(r"[ \u200c]*(?:نیز|هم)" + L.WB_R, self.t[ne:r.cue_start]) is not None

    def _outlet_before(self, pos: int) -> str | None:
        """The outlet named last in the text before pos, when no outlet has spoken yet («روزنامه واشنگتن پست
        خاطر نشان کرد …⏎این روزنامه … توصیف کرد», roozno-660): a named outlet of ``media_heads``, not a credit."""
        rx = getattr(self.lx, "_outlet_re", None)
        if rx is None:
            generic = {tuple(x) for x in self.lx.media_generic} | {(L.key("خبرنگار"),), (L.key("رسانه"),)}
            names = sorted({" ".join(h) for h in self.lx.media_heads if tuple(h) not in generic
                            and not L.key(" ".join(h)).startswith(L.key("رسانه")) and len(" ".join(h)) >= 4},
                           key=len, reverse=True)
            rx = re.compile(L.WB_L + "(?:" + "|".join(L.phrase_regex(n) for n in names) + ")" + L.WB_R)
            object.__setattr__(self.lx, "_outlet_re", rx)
        last = None
        for m in rx.finditer(self.t, max(0, pos - 1500), pos):
            c = self.lx.credit_re.search(self.t, max(0, m.start() - 40), m.start())
            if c and not re.search(r"[،,.\n]", self.t[c.end():m.start()]):
                continue    # «به گزارش ایسنا»: a credit, not the outlet spoken of
            last = m
        return canonical_text(self.raw[last.start():last.end()]) if last else None

    def _other_office(self, title: str, person: str) -> bool:
        """Is the title plainly another office than one the person was registered with (same head word,
        little else shared: «مدیرعامل شرکت پتروشیمی بندر امام» / «مدیرعامل بانک ملی ایران»)?"""
        words = {_wkey(w) for w in strip_det(title).split()}
        head = self._head_key(title)
        for v, ws, f in self.title_words.values():
            if v and person and L.key(v).endswith(L.key(person)) and f == head and len(words & ws) / max(1, len(words | ws)) < 0.3:
                return True
        return False

    def _head_key(self, title: str) -> str:
        ws = strip_det(title or "").split()
        return L.key(ws[0]) if ws else ""

    def _no_narrative_gap(self, r: Raw) -> bool:
        """Does the record follow the previous statements without an uncued narrative line between?"""
        return self.st.line_of(r.cue_start) - self.st.line_of(max(0, r.prev_end - 1)) <= 1

    def _generic_outlet(self, title: str | None) -> bool:
        """«رسانه آمریکایی»: «رسانه» and one or two adjectives in «ی» is a description of an outlet, no name of its
        own (review r8 tabnak-898); «رسانه ملی» is the state broadcaster."""
        ws = (title or "").split()
        return 2 <= len(ws) <= 3 and L.key(ws[0]) == _MEDIA_DESC and all(w.endswith("ی") and len(w) >= 4 for w in ws[1:]) \
            and L.key(ws[1]) != _NATIONAL

    def _same_body_named_next(self, r: "Raw", nr: "Raw") -> bool:
        """«یک عضو مجلس نمایندگان آمریکا … گفته، …⏎«الیوت انگل»، رئیس کمیته امور خارجی مجلس نمایندگان آمریکا … گفته»
        (review r8 tabnak-658): a «یک + title» description is the person named at the start of the next line whose
        title holds the description's body (2+ words after its head: «مجلس نمایندگان آمریکا»)."""
        if not nr.mention.title or nr.mention.start is None or not nr.speaker \
                or L.key(r.speaker.split()[0]) in _SOURCE_HEADS:
            return False
        ln = self.st.line_of(nr.cue_start)
        if ln - self.st.line_of(r.cue_start) != 1 or self._skip_ws(self.st.line_starts[ln]) != nr.mention.start:
            return False
        ws = [_wkey(w) for w in r.speaker.split()]
        body = ws[_starts_with([L.key(w) for w in r.speaker.split()], 0, self.lx.title_heads) or 1:]
        have = [_wkey(w) for w in strip_det(nr.mention.title).split()]
        n = len(body)
        return n >= 2 and any(have[q:q + n] == body for q in range(1, len(have) - n + 1))

    def _issued_just_before(self, m: Mention, prev: "Raw | None") -> str | None:
        """«X در بیانیه‌ای گفته، …⏎در این بیانیه آمده است: …» (review r8 tabnak-658): «این بیانیه» is the one the
        statement just before was made in, so its speaker, not the document quoted earlier."""
        ws = strip_det(m.title or "").split()
        if prev is None or not prev.speaker or len(ws) != 1 or m.start is None or prev.cue_start >= m.start:
            return None
        a = self.st.sent_start(prev.cue_start)
        return prev.speaker if _issued_in_re(L.match_fold(ws[0])).search(self.t, a, prev.cue_start) else None

    def _document_issuer(self, m: Mention, after: int = 0) -> str | None:
        """«در این بیانیه آمده است» with no organisation or document before it (fars-5-196): the issuer named in
        the nearest earlier «X با صدور / در / طی بیانیه‌ای …» sentence; an organisation, or the organisation a
        spokesperson speaks for («طلعت فهمی سخنگوی اخوان‌المسلمین مصر … در بیانیه‌ای …»), else the person."""
        ws = strip_det(m.title or "").split()
        if len(ws) != 1 or m.start is None:
            return None
        hits = list(_issued_in_re(L.match_fold(ws[0])).finditer(self.t, max(0, after, m.start - 2000), m.start))
        lx = self.lx
        for h in reversed(hits[-3:]):
            mm, _ = self._subject(h.start())
            if mm.kind == "org":
                return mm.title or canonical_text(mm.surface)
            if mm.kind == "name" and mm.title:
                tw = strip_det(mm.title).split()
                keys = [L.key(w) for w in tw]
                if len(keys) > 1 and keys[0] in {L.key("سخنگوی"), L.key("سخنگو")} \
                        and _starts_with(keys, 1, lx.organisation_heads):
                    return canonical_text(" ".join(tw[1:]))
            if mm.kind == "name" and mm.name:
                return self._known_person(mm.name) or mm.name if len(mm.name.split()) == 1 else mm.name
        return None

    def _credit_owner(self, m: Mention) -> str | None:
        """«این گزارش حاکی است» with no organisation or document before it: the report is the
        one of the article's credit line («به گزارش X، …»)."""
        if L.key(strip_det(m.title)) not in self.lx.credit_report_heads:
            return None
        for cs in self.credit_starts[:3]:
            if cs >= (m.start or 0):
                break
            mc = re.search(r"[،,\n]", self.t[cs:cs + 200])
            ce = cs + mc.start() if mc is not None and mc.group() in "،," else self._credit_end_no_comma(cs)
            if ce is None and mc is not None:
                ce = cs + mc.start()
            if ce is None:
                continue
            chain = self._chain(self.raw[cs:ce], cs)
            if chain:
                return chain[-1]
        return None

    def _credit_end_no_comma(self, cs: int) -> int | None:
        """«به گزارش فارس به نقل از روابط عمومی شهرداری منطقه 9 این پایگاه …» (review r9 fars-3-085): a credit line
        with no comma ends before the first demonstrative that opens the sentence's subject."""
        le = self.t.find("\n", cs, cs + 200)
        for x in _tokens(self.t, cs, le if le >= 0 else min(len(self.t), cs + 200))[:20]:
            if L.key(x[2]) in self.lx.anaphoric and x[0] > cs:
                return x[0]
        return None

    def _register_name(self, name: str, title: str) -> str:
        full = self._known_person(name) if len(name.split()) == 1 else None
        if full:
            name = full
        elif name not in self.people:
            # a longer form of a known surname
            self.people.append(name)
        if title:
            self._register_title(title, name)
        return name

    def _register_title(self, title: str, name: str) -> None:
        tk = L.key(strip_det(title))
        if tk and tk not in self.title_to_name:
            self.title_to_name[tk] = name
            ws = strip_det(title).split()
            self.title_words[tk] = (name, {_wkey(w) for w in ws}, L.key(ws[0]) if ws else "")

    def _title_lookup(self, title: str) -> str | None:
        tk = L.key(strip_det(title))
        if not tk:
            return None
        if tk in self.title_to_name:
            return self.title_to_name[tk]
        # a shorter or longer form of a registered title («وزیر خارجه» / «وزیر خارجه آمریکا»)
        best = None
        for k, v in self.title_to_name.items():
            if len(tk) >= 6 and (k.startswith(tk) or tk.startswith(k)):
                best = v
        if best:
            return best
        words = {_wkey(w) for w in strip_det(title).split()}
        first = L.key(strip_det(title).split()[0]) if strip_det(title).split() else ""
        for k, (v, ws, f) in self.title_words.items():
            if f == first and len(words & ws) / max(1, len(words | ws)) >= 0.6:
                return v
        return None

    def _title_from_text(self, title: str) -> str | None:
        """:meth:`_title_from_text_uncached`, memoised per article: every search scans the whole text, and a
        pathological article asks for the same title thousands of times."""
        cache = self.__dict__.setdefault("_title_text_cache", {})
        k = L.key(title)
        if k not in cache:
            cache[k] = self._title_from_text_uncached(title)
        return cache[k]

    def _title_from_text_uncached(self, title: str) -> str | None:
        """A title the claims never bind to a name, bound in the narrative: «NAME TITLE» / «NAME، TITLE»
        anywhere in the article, where NAME is a known speaker, a «quoted» name or two or three
        name-like words that are not the object of a preposition. The title there may be a shorter or
        longer form of this one (same head word, word overlap ≥ 0.6: «مهاجم آفریقایی استقلال» /
        «مهاجم استقلال»)."""
        title = strip_det(title)
        words = title.split()
        t = self.t
        if len(words) < 2:
            # a one-word title binds only through a closed apposition «NAME، TITLE،» («حسن روحانی، رئیس‌جمهوری،
            # روز دوشنبه … مطرح کرد.⏎رئیس‌جمهوری … تاکید کرد», review r3 roozno-44) to a full name
            if not words or len(title) < 4:
                return None
            appo = re.compile(r"[،,][ \u200c]*(" + L.phrase_regex(title) + r")[ \u200c]*[،,]")
            for n_seen, m in enumerate(appo.finditer(t)):
                if n_seen >= 20:
                    break
                got = self._name_before(m.start(1))
                if got and len(got.split()) >= 2:
                    return got
            return None
        exact = re.compile(L.WB_L + L.phrase_regex(title) + L.WB_R)
        for n_seen, m in enumerate(exact.finditer(t)):
            if n_seen >= 20:
                break
            got = self._name_before(m.start())
            if got:
                return got
        # fuzzy: occurrences of the head word followed by a similar title
        want = {L.key(w) for w in words}
        head = re.compile(L.WB_L + L.phrase_regex(words[0]) + L.WB_R)
        for n_seen, m in enumerate(head.finditer(t)):
            if n_seen >= 30:
                break
            toks = _tokens(t, m.start(), min(len(t), m.start() + 120, self.st.line_ends[self.st.line_of(m.start())]))
            have: set[str] = set()
            best = 0.0
            for x in toks[:8]:
                if x[2] in "،,()" or re.search(r"[.!?؟:؛]", x[2]):
                    break
                have.add(L.key(x[2]))
                best = max(best, len(want & have) / len(want | have))
            if best >= 0.6:
                got = self._name_before(m.start())
                if got:
                    return got
        return None

    def _name_before(self, pos: int) -> str | None:
        """The name right before a title at pos («NAME TITLE», «NAME، TITLE»), or None."""
        t = self.t
        ls = self.st.line_starts[self.st.line_of(pos)]
        toks = [x for x in _tokens(t, max(ls, pos - 80), pos)]
        if toks and toks[-1][2] in "،,":
            toks = toks[:-1]
        if toks and toks[-1][2].startswith("«") and toks[-1][2].endswith("»"):
            q = toks[-1]
            cand = canonical_name(self.raw[q[0] + 1:q[1] - 1], self.lx)
            if 1 <= len(cand.split()) <= 4 and not re.search(r"\d", cand):
                return self._known_person(cand) or cand
            return None
        name = []
        stop = None
        for x in reversed(toks[-4:]):
            k = L.key(x[2])
            if x[2] in "،,()" or k in self.lx.stopwords or k in self.lx.head_words or k in self.lx.subject_stops \
                    or re.search(r"\d|[.!?؟:؛«»]", x[2]):
                stop = k
                break
            name.insert(0, x)
        if stop in _PREPS or stop in _OBJ_PREPS:
            return None     # «در پی وقوع زلزله، مدیر کل …»: the words before the title are an object
        if stop is not None and name and len(name) <= 3 and _starts_with([stop], 0, self.lx.honorifics):
            cand = canonical_name(" ".join(self.raw[a:b] for a, b, _ in name), self.lx)
            return self._known_person(cand) or cand    # «شیخ دیاباته، مهاجم استقلال»
        while name:
            cand = canonical_name(" ".join(self.raw[a:b] for a, b, _ in name), self.lx)
            known = self._known_person(cand) if cand else None
            if known:
                return known
            if len(name) >= 2 and len(name) <= 3 and not _starts_with([L.key(x[2]) for x in name], 0, self.lx.honorifics):
                return cand
            name = name[1:]
        return None

    def _uncued_line_before(self, pos: int | None, prev_end: int | None):
        """The tokens and keys of the line before a pronoun that opens its own line, when that line is narrative:
        no cue and no attribution phrase in it; with ``prev_end``, also at least 20 characters long and after every
        earlier statement's content. Else None. (Shared by the narrative subject, group and title rules.)"""
        if pos is None:
            return None
        st = self.st
        ln = st.line_of(pos)
        if ln == 0 or self._skip_ws(st.line_starts[ln]) != pos:
            return None
        ps, pe = st.line_starts[ln - 1], st.line_ends[ln - 1]
        if prev_end is not None and (pe - ps < 20 or prev_end > ps):
            return None
        k = bisect.bisect_left(self._raw_cues, ps)
        if k < len(self._raw_cues) and self._raw_cues[k] < pe or self._has_attr_in(ps, pe, cues=False):
            return None
        toks = _tokens(self.t, ps, min(pe, ps + 160))
        return toks, _keys(toks)

    def _narrative_subject_before(self, pos: int | None, prev_end: int) -> str | None:
        """«عباسعلی کدخدایی، سخنگوی شورای نگهبان، اما در نشست خبری … ترجیح داد سکوت کند.⏎او گفت که …»
        (review r3 roozno-44): a pronoun that opens a line after an uncued narrative line whose subject is a
        «GIVEN-NAME SURNAME، TITLE» apposition is that person, not the last speaker. The narrative line must
        lie after every earlier statement's content."""
        line = self._uncued_line_before(pos, prev_end)
        if line is None:
            return None
        lx = self.lx
        toks, keys = line
        i = 0
        while i < len(keys) - 1:
            n = _starts_with(keys, i, lx.honorifics)
            if not n:
                break
            i += n
        if i >= len(keys) or not re.fullmatch(r"[^\W\d_][\w\u200c]*", toks[i][2]) or keys[i] in lx.head_words \
                or keys[i] in lx.stopwords or keys[i] in lx.subject_stops:
            return None
        j = i + 1
        while j < len(keys) and j - i <= 3 and keys[j] not in "،," and not _starts_with(keys, j, lx.title_heads) \
                and keys[j] not in lx.head_words and keys[j] not in lx.stopwords and keys[j] not in lx.subject_stops \
                and re.fullmatch(r"[^\W\d_][\w\u200c]*", toks[j][2]):
            j += 1
        # the given name is known, or the name is set off by the apposition's commas («X Y، TITLE …،»)
        if j - i < 2 or j >= len(keys) or not (keys[j] in "،," and _starts_with(keys, j + 1, lx.title_heads)
                                              or keys[i] in lx.given_names and _starts_with(keys, j, lx.title_heads)):
            return None
        cand = canonical_name(" ".join(self.raw[a:b] for a, b, _ in toks[i:j]), lx)
        return self._known_person(cand) or cand

    def _narrative_group_before(self, pos: int | None, prev_end: int) -> str | None:
        """«سناتورهای آمریکایی در بخش … به تشریح نقشه‌راه خود … پرداخته‌اند.⏎آنها تصریح کرده‌اند: …» (review r8
        tabnak-898): a plural pronoun that opens a line after an uncued narrative line whose subject is a plural
        noun is that group, not the group or person quoted last."""
        line = self._uncued_line_before(pos, prev_end)
        if line is None:
            return None
        lx = self.lx
        toks, keys = line
        if not toks or not self._plural_noun(toks[0][2]) or keys[0] in lx.stopwords:
            return None
        j = 1
        while j < len(keys) and j < 6 and keys[j] not in "،," and keys[j] not in lx.subject_stops \
                and keys[j] not in lx.stopwords and re.fullmatch(r"[^\W\d_][\w\u200c]*", toks[j][2]):
            j += 1
        if j >= len(keys) or keys[j] not in lx.subject_stops:
            return None
        return canonical_text(self.raw[toks[0][0]:toks[j - 1][1]])

    def _narrative_title_before(self, pos: int | None) -> str | None:
        """«رهبر معظم انقلاب اسلامی در اولین دقایق … آراء خود را به صندوق انداختند.⏎ایشان … گفتند» (review r10
        tabnak-768): a pronoun that opens a line, with no speaker before it, after an uncued narrative line whose
        subject is a title, is that title (the office's holder is found later, from the article's date)."""
        line = self._uncued_line_before(pos, None)
        if line is None:
            return None
        lx = self.lx
        toks, keys = line
        i = 0
        while i < len(keys) - 1 and _starts_with(keys, i, lx.honorifics):
            i += _starts_with(keys, i, lx.honorifics)
        if not _starts_with(keys, i, lx.title_heads):
            return None
        j = i + 1
        while j < len(keys) and j - i < 8 and keys[j] not in "،," and keys[j] not in lx.subject_stops \
                and keys[j] not in lx.stopwords and re.fullmatch(r"[^\W\d_][\w\u200c]*", toks[j][2]):
            j += 1
        if j >= len(keys) or keys[j] not in lx.subject_stops:
            return None
        return canonical_text(self.raw[toks[i][0]:toks[j - 1][1]])

    def _narrative_name_after(self, pos: int) -> str | None:
        """A person named at the start of one of the next two lines, after a credit line
        («به گزارش ایرنا، مجید تخت روانچی روز جمعه …»): a given name (``claims_given_names.tsv``)
        and up to three more name-like words."""
        st, t, lx = self.st, self.t, self.lx
        line = st.line_of(pos)
        for ln in (line + 1, line + 2):
            if ln >= len(st.line_starts):
                return None
            ls, le = self._skip_ws(st.line_starts[ln]), st.line_ends[ln]
            m = lx.credit_re.match(t, ls)
            if m:
                mc = re.search(r"[،,]", t[m.end():min(le, m.end() + 150)])
                if mc is None:
                    continue
                ls = m.end() + mc.end()
            toks = _tokens(t, ls, min(le, ls + 120))
            keys = _keys(toks)
            i = 0
            while i < len(keys) and (toks[i][2] in "،," or not re.search(r"\w", toks[i][2])):
                i += 1
            while i < len(keys) - 1:
                n = _starts_with(keys, i, lx.honorifics)
                if not n:
                    break
                i += n
            if i >= len(keys) or keys[i] not in lx.given_names:
                continue
            name = [toks[i]]
            cue_at = bisect.bisect_left(self.cue_starts, ls)
            next_cue = self.cue_starts[cue_at] if cue_at < len(self.cue_starts) else len(t)
            for x, k in zip(toks[i + 1:i + 4], keys[i + 1:i + 4]):
                if x[0] >= next_cue:
                    break       # «حمیدرضا آصفی تاکید کرد»: the cue ends the name
                if k in _SURNAME_PARTS:
                    name.append(x)      # «حسین زاده», «احمدی نژاد»
                    continue
                if (x[2] in "،,()" or k in lx.stopwords or k in lx.subject_stops or k in lx.head_words
                        or k in _TIME_NOUNS or k in _PREPS or k in _OBJ_PREPS or k in lx.pronouns
                        or _starts_with([k], 0, lx.title_heads) or re.search(r"\d|[.!?؟:؛«»]", x[2])):
                    break
                name.append(x)
            if len(name) < 2:
                continue
            cand = canonical_name(" ".join(self.raw[a:b] for a, b, _ in name), lx)
            return self._known_person(cand) or cand
        return None

    def _full_name(self, surname: str) -> str | None:
        """The full form of a surname (memoised per article: each surname is looked up once)."""
        # keyed on the speakers known so far: a lookup made while the clauses are still being read (before any
        # speaker is registered) must not stick (review r6 asriran-1-996)
        ck = (surname, len(self.people))
        if ck not in self._full_cache:
            self._full_cache[ck] = self._full_name_uncached(surname)
        return self._full_cache[ck]

    def _spaced_surname(self, sk: str) -> str | None:
        """«هولکی اوز» written with a space, where the article's other speaker mention «هولکی‌اوز» is one word with a
        ZWNJ: the full name of that one-word form (review r5 fars-1-229)."""
        one = [p for p in self.people if " " not in p and L.key(p) == sk]
        return self._full_name(one[0]) if one else None

    def _two_word_surname(self, sk: str) -> str | None:
        """«شریفی» for «علیرضا شریفی یزدی», a speaker named before with a given name and a two-word surname: the
        whole name, not «علیرضا شریفی» that the narrative also holds (review r6 asriran-1-996). Only when one
        speaker of the article fits."""
        fit = [p for p in self.people if len(p.split()) == 3 and L.key(p.split()[1]) == sk
               and _given_name_key(L.key(p.split()[0]), self.lx) and L.key(p.split()[2]) not in self.lx.given_names]
        return fit[0] if len(fit) == 1 else None

    def _full_name_uncached(self, surname: str) -> str | None:
        sk = L.key(surname)
        n = len(surname.split())
        for p in self.people:
            parts = p.split()
            if len(parts) > n and L.key(" ".join(parts[-n:])) == sk:
                return p
        for p in self.people:
            # «هولکی اوز» for «محمت هولکی‌اوز»: the surname written with a space where the full name has a ZWNJ
            # (review r5 fars-1-114)
            parts = p.split()
            if len(parts) >= 2 and any(L.key(" ".join(parts[k:])) == sk for k in range(1, len(parts))):
                return p
        if n > 1:
            return self._spaced_surname(sk)
        whole = self._two_word_surname(sk)
        if whole:
            return whole
        # a two-word surname named in full before, no given name («حجت‌الاسلام والمسلمین حسینی شاهرودی … ⏎
        # حجت‌الاسلام حسینی افزود», tune:3 fars-3-221), when it is the only one starting with this word
        longer = [p for p in self.people if len(p.split()) == 2 and L.key(p.split()[0]) == sk
                  and not any(L.key(w) in self.lx.given_names for w in p.split())]
        if len(longer) == 1:
            return longer[0]
        if not longer:
            # … or only in the narrative, after an honorific and before a comma («… خبرگزاری فارس حجت‌الاسلام
            # والمسلمین حسینی شاهرودی، دومین سخنران …»)
            rx2 = re.compile(r"(?<![\w\u200c])(?:" + L.phrase_regex(surname) + r")[ ]([\w\u200c]{3,})[ ]?[،,]")
            for n_seen, m in enumerate(rx2.finditer(self.t)):
                if n_seen >= 20:
                    break
                xk = L.key(m.group(1))
                if xk in self.lx.stopwords or xk in self.lx.head_words or xk in self.lx.given_names \
                        or xk in self.lx.pronouns or xk in self.lx.subject_stops:
                    continue
                bk = _keys(_tokens(self.t, max(0, m.start() - 40), m.start()))
                if any(_starts_with(bk, q, self.lx.honorifics) == len(bk) - q for q in range(max(0, len(bk) - 4), len(bk))):
                    return canonical_text(self.raw[m.start():m.end(1)])
        # «دونالد ترامپ» in the narrative: a non-function word right before the surname
        t = self.t
        if sk in self.lx.pronouns or len(sk) < 2:
            return None
        # the first name may hold a ZWNJ («کمال‌الدین سجادی», review r2 roozno-216)
        rx = re.compile(r"(?<![\w\u200c])((?:\w+\u200c)?\w{2,})[ ](?:" + L.phrase_regex(surname) + r")(?!\w)")
        found: dict[str, str] = {}
        for n_seen, m in enumerate(rx.finditer(t)):
            if n_seen >= 50:
                break
            first = m.group(1)
            fk = L.key(first)
            before = t[max(0, m.start(1) - 30):m.start(1)].split()
            g = bisect.bisect_right(self.st.glue_pos, m.start(1))
            if g < len(self.st.glue_pos) and self.st.glue_pos[g] < m.end(1):
                continue    # «… قرار دارنددکتر جهانپور»: a run-in headline glued to an honorific, no first name
            if before and L.key(before[-1]) in self.lx.anaphoric:
                continue    # «به همین دلیل بوش …»: a noun after a demonstrative is no first name
            if before and (_starts_with([L.key(before[-1])], 0, self.lx.media_heads)
                           or _starts_with([L.key(before[-1])], 0, self.lx.organisation_heads)):
                continue    # «خبرگزاری رسمی قطر»: the words are part of an outlet's or body's name
            run = re.split(r"[،,.:؛()«»\n]", t[max(0, m.start(1) - 60):m.start(1)])[-1].split()[-5:]
            if fk not in self.lx.given_names and any(_starts_with([L.key(w)], 0, self.lx.organisation_heads)
                                                      or _starts_with([L.key(w)], 0, self.lx.media_heads) for w in run):
                continue    # «رئیس موسسه تنظیم و نشر آثار امام» (fars-5-199): a body's name runs on, «آثار» is no name
            if (fk in self.lx.stopwords or fk in self.lx.head_words or fk in self.lx.pronouns or fk in self.lx.subject_stops
                    or _starts_with([fk], 0, self.lx.title_heads) or _starts_with([fk], 0, self.lx.organisation_heads)
                    or _starts_with([fk], 0, self.lx.honorifics) or _starts_with([fk], 0, self.lx.media_heads)
                    or fk.endswith("ی") and len(fk) >= 5 and not _given_name_key(fk, self.lx)):
                continue    # an adjective or ezafe noun («دیدگاه‌های خرافی ترامپ», roozno-660), not «مرتضی»
            if fk in self.lx.given_names:
                return canonical_text(self.raw[m.start(1):m.end()])
            found.setdefault(fk, canonical_text(self.raw[m.start(1):m.end()]))
        # no known given name: one first name the article always writes, not nouns that vary («آثار امام»,
        # «پیروان امام», fars-5-199: «امام» is no surname)
        return next(iter(found.values())) if len(found) == 1 else None


# --------------------------------------------------------------------------- canonical forms

@functools.lru_cache(maxsize=64)
def _issued_in_re(head: str) -> "re.Pattern":
    """«با صدور / در / طی / ضمن انتشار (یک) بیانیه(‌ای)»: a statement issued in a document with this (folded) head."""
    return re.compile(L.WB_L + r"(?:با[ \u200c]+صدور|در|طی|ضمن[ \u200c]+انتشار)[ \u200c]+(?:یک[ \u200c]+)?"
                      + re.escape(head) + r"(?:[ \u200c]?ای)?" + L.WB_R)


_PAREN = re.compile(r"\([^()]{0,40}\)")
_MARKS = re.compile(r"[«»\"“”()\[\]]")
_ZWNJ_RUN = re.compile(r"\u200c{2,}")
_ZWNJ_SPACE = re.compile(r"\s*\u200c\s*")
_SPACES = re.compile(r"\s+")
_DET = re.compile(r"^(?:این|همین|آن)\s+")


@functools.lru_cache(maxsize=1 << 14)
def canonical_text(s: str) -> str:
    """Standard Persian letters, ZWNJ kept, spaces squeezed, marks and stray punctuation stripped.
    (A pure function of the string, called on the same names many times per article: cached.)"""
    s = L.canon_fold(s)
    s = _PAREN.sub(" ", s)
    s = _MARKS.sub(" ", s)
    s = _ZWNJ_RUN.sub("\u200c", s)
    s = _ZWNJ_SPACE.sub(lambda m: "\u200c" if m.group().strip(" ") == "\u200c" and " " not in m.group() else " ", s)
    s = _SPACES.sub(" ", s).strip(" \u200c،,.:؛")
    return s


@functools.lru_cache(maxsize=1 << 14)
def strip_det(s: str) -> str:
    return _DET.sub("", canonical_text(s))


def _unglue_sayyid(w: str, lx: L.Lexicon) -> str:
    """«سیدمصطفی» -> «مصطفی»: the honorific «سید» written onto a given name (guideline §3 drops it)."""
    f = L.match_fold(w)
    if f.startswith("سید") and len(f) > 5 and L.key(w[3:]) in lx.given_names:
        return w[3:].lstrip("\u200c")
    return w


def _rank_is_given_name(keys: list[str], i: int, n: int, lx: L.Lexicon) -> bool:
    """«امیر شجاعان»: a rank that is also a given name (`given_names`), followed by one word that is no given
    name, honorific or title and then by the end of the name, is the person's given name, not the rank
    (review r3 roozno-44); «امیر سرتیپ …», «امیر حبیب‌الله سیاری» keep it a rank."""
    if n != 1 or keys[i] not in lx.given_names or i + 1 >= len(keys):
        return False
    nxt = keys[i + 1]
    if nxt in lx.given_names or nxt in "،," or _starts_with(keys, i + 1, lx.honorifics) \
            or _starts_with(keys, i + 1, lx.title_heads) or _starts_with(keys, i + 1, lx.organisation_heads):
        return False
    return i + 2 >= len(keys) or keys[i + 2] in "،,()" or bool(_starts_with(keys, i + 2, lx.title_heads))


def canonical_name(name: str, lx: L.Lexicon) -> str:
    words = canonical_text(name).split()
    if words:
        words[0] = _unglue_sayyid(words[0], lx)
    if len(words) >= 2 and _starts_with([L.key(w) for w in words], 0, lx.honorifics) == len(words) - 1:
        words[-1:] = _split_glued_given(words[-1], lx)    # «سید امیرسامع»: honorifics, then one glued word
    keys = [L.key(w) for w in words]
    i = 0
    while i < len(keys) - 1:
        n = _starts_with(keys, i, lx.honorifics)
        if not n or i + n >= len(keys) or _rank_is_given_name(keys, i, n, lx):
            break
        i += n
    return " ".join(words[i:])


def _given_name_key(k: str, lx: L.Lexicon) -> bool:
    """A given name, or two given names written as one («امیدعلی», «محمدعلی», «علیرضا»; review r5 fars-3-071)."""
    g = lx.given_names
    return k in g or any(k[:i] in g and k[i:] in g for i in range(2, len(k) - 1))


def _split_glued_given(w: str, lx: L.Lexicon) -> list[str]:
    """«امیرسامع» after an honorific («سید امیرسامع», tune:3 fars-5-068) -> «امیر سامع»: a lone word that is no
    given name and no word of hazm's list, made of a given name and a rest of 4+ letters that is no surname ending
    («علیزاده», «محمدپناه» stay whole)."""
    f = L.match_fold(w)
    if "\u200c" in w or L.key(w) in lx.given_names or f in lx.lexicon_words:
        return [w]
    for k in range(len(f) - 4, 2, -1):
        head, rest = f[:k], f[k:]
        if L.key(head) in lx.given_names and rest not in lx.surname_endings \
                and not rest.startswith(tuple(e for e in lx.surname_endings if len(e) > 1)):
            return [w[:k], w[k:]]
    return [w]
