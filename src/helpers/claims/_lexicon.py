"""Load the claim-extraction lexicons (``src/helpers/lexicons/claims_*``) and compile their regexes.

Everything a rule needs to know about Persian words lives in those data files; this module only
turns them into patterns. All strings are folded with :func:`helpers.normalize.fold` plus the
extra length-preserving folds of :func:`match_fold`, so they match the text the extractor scans.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .. import paths
from ..normalize import _FOLD_1TO1 as _normalize_1to1
from ..normalize import fold

#: Zero-width and direction controls, combining marks (tanwin, hamza above, short vowels) and
#: no-break spaces: folded to ZWNJ / space so that the scan text keeps one code point per raw one.
_EXTRA = {c: "\u200c" for c in (0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                                0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF, 0x00AD)}
_EXTRA.update({c: "\u200c" for c in range(0x064B, 0x0660)})
_EXTRA[0x0670] = "\u200c"
_EXTRA.update({0x00A0: " ", 0x2009: " ", 0x202F: " ", 0x2007: " ", 0x3000: " ", 0x200B: "\u200c",
               0x0624: "و", 0x0626: "ی", 0x06D5: "ه", 0x0621: "\u200c",
               0x066B: ".", 0x06D4: ".", 0xFF1A: ":", 0xFE55: ":", 0x061F: "؟",
               0x201D: '"', 0x201C: '"', 0x201E: '"', 0x2033: '"'})
_EXTRA_T = str.maketrans(_EXTRA)
#: fold + the extra folds, composed into one table (one pass over a text instead of two)
_MATCH = _normalize_1to1.then(_EXTRA)

#: Separator inside a multi-word phrase: a space, a ZWNJ, or nothing (and a few of them).
SEP = r"[ \u200c]{0,3}"
#: Word boundaries for Persian (letters and digits are ``\w``; ZWNJ is not).
WB_L = r"(?<!\w)"
WB_R = r"(?!\w)"


def _first_chars(sub) -> tuple[set, bool] | None:
    """The characters a parsed regex can start with, and whether it can match empty; None if unknown."""
    from re import _constants as C
    out: set = set()
    for op, av in sub:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue                                  # zero-width: look at the next item
        if op is C.LITERAL:
            return out | {chr(av)}, False
        if op is C.IN:
            chars = set()
            for op2, av2 in av:
                if op2 is C.LITERAL:
                    chars.add(chr(av2))
                elif op2 is C.RANGE and av2[1] - av2[0] < 512:
                    chars |= {chr(c) for c in range(av2[0], av2[1] + 1)}
                else:
                    return None
            return out | chars, False
        if op is C.SUBPATTERN:
            r = _first_chars(av[3])
        elif op is C.BRANCH:
            r, empty = set(), False
            for alt in av[1]:
                ra = _first_chars(alt)
                if ra is None:
                    return None
                r |= ra[0]
                empty |= ra[1]
            r = (r, empty)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            ra = _first_chars(av[2])
            if ra is None:
                return None
            r = (ra[0], ra[1] or av[0] == 0)
        else:
            return None
        if r is None:
            return None
        out |= r[0]
        if not r[1]:
            return out, False
    return out, True


def _fast(pattern: str) -> re.Pattern:
    """Compile pattern with a leading one-character lookahead of its possible first characters, so the
    scan skips most positions without trying every alternative (the cue regex has hundreds)."""
    try:
        from re import _parser
        fc = _first_chars(_parser.parse(pattern))
    except Exception:  # pragma: no cover - private module layout changed
        fc = None
    if fc is None or fc[1] or not fc[0]:
        return re.compile(pattern)
    cls = "".join(re.escape(c) for c in sorted(fc[0]))
    return re.compile("(?=[" + cls + "])" + pattern)


def match_fold(text: str) -> str:
    """``fold`` plus the extra folds above; always the same length as ``text``."""
    return _MATCH(text)


_CANON_T = str.maketrans({k: v for k, v in _EXTRA.items() if k not in (0x0624, 0x0626, 0x0621)})


def canon_fold(text: str) -> str:
    """Like :func:`match_fold` but keeps hamza letters (ئ ؤ ء): for canonical names, not matching."""
    # the Arabic seat of «مسؤول/مسؤولان» is «مسئول» in standard Persian (guideline §3: standard letters)
    return fold(text.replace("\u0624\u0648\u0644", "\u0626\u0648\u0644")).translate(_CANON_T)


_KEY_SQUEEZE = re.compile(r"[\u200c\s«»\"'()\[\]]+")


@lru_cache(maxsize=1 << 16)
def key(s: str) -> str:
    """A comparison key for speakers and lexicon entries: folded, ZWNJ/spaces/hamza-seat squeezed.

    Called hundreds of times per article on the same few words, hence the (bounded) cache."""
    s = match_fold(s)
    s = _KEY_SQUEEZE.sub("", s)
    return s.replace("ئ", "ی")


def phrase_regex(phrase: str) -> str:
    """A regex for a lexicon phrase: folded, spaces match space/ZWNJ/nothing, hamza seats loose."""
    p = match_fold(phrase.strip())
    parts = []
    for w in re.split(r"[ \u200c]+", p):
        parts.append("".join("[یئ]" if ch in "یئ" else re.escape(ch) for ch in w))
    return SEP.join(parts)


def _comment_free_rows(path: Path) -> list[dict]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@dataclass
class Cue:
    surface_regex: str
    frames: str
    stance: str
    base: str            # the dictionary form, for reports
    document: bool = False


@dataclass
class Lexicon:
    cues: list[Cue]
    cue_re: re.Pattern
    cue_info: list[Cue]  # index = regex group number - 1
    according_re: re.Pattern
    according_info: list[dict]
    credit_re: re.Pattern
    adverbial_re: re.Pattern
    adverbial_info: list[dict]
    leading_adjuncts: list[tuple[str, ...]]
    clause_connectives: list[tuple[str, ...]]
    subject_stops: set[str]
    pronouns: set[str]
    plural_pronouns: set[str]
    honorifics: list[tuple[str, ...]]
    title_heads: list[tuple[str, ...]]
    organisation_heads: list[tuple[str, ...]]
    document_heads: list[tuple[str, ...]]
    media_heads: list[tuple[str, ...]]
    anonymous_heads: list[tuple[str, ...]]
    group_heads: list[tuple[str, ...]]
    anaphoric: set[str]
    noise_colon_heads: list[str]
    hedge_re: re.Pattern
    hedge_info: list[dict]
    stopwords: set[str] = field(default_factory=set)
    media_generic: list[tuple[str, ...]] = field(default_factory=list)
    media_generic_adjectives: set[str] = field(default_factory=set)
    aliases: dict[str, str] = field(default_factory=dict)
    #: surname alias key -> (first, last) year of the figure's public life, read from the row's note
    alias_years: dict[str, tuple[int, int]] = field(default_factory=dict)
    given_names: frozenset = frozenset()
    acronym_letters: tuple = ()    # letter names of dotted acronyms («بی. بی. سی»)
    read_more_re: re.Pattern | None = None    # a read-more link at the end of a span
    head_words: set[str] = field(default_factory=set)
    credit_report_heads: set[str] = field(default_factory=set)
    modal_re: re.Pattern | None = None
    modal_any_re: re.Pattern | None = None
    narrator_re: re.Pattern | None = None
    group_holders: list = field(default_factory=list)
    compound_az: set = field(default_factory=set)
    object_adverbs: set = field(default_factory=set)
    result_connectives: list = field(default_factory=list)
    relative_openers_re: re.Pattern | None = None
    circumfix_re: re.Pattern | None = None
    circumfix_info: list = field(default_factory=list)
    object_adjunct_openers: set = field(default_factory=set)
    statement_document_heads: list = field(default_factory=list)
    document_parts: list = field(default_factory=list)
    background_re: re.Pattern | None = None      # opener at the line start (match) ...
    background_any_re: re.Pattern | None = None  # ... or marker anywhere (search)
    nominal_adv_re: re.Pattern | None = None
    nominal_adv_info: list = field(default_factory=list)
    glue_re: re.Pattern | None = None
    lexicon_words: frozenset = frozenset()
    glue_verbs: tuple = ()
    glue_openers: tuple = ()
    glue_line_openers: tuple = ()
    surname_endings: tuple = ()
    clause_openers: list = field(default_factory=list)
    numerals: set = field(default_factory=set)
    clause_quantifiers: set = field(default_factory=set)
    singulars: dict = field(default_factory=dict)
    months: set = field(default_factory=set)
    date_words: set = field(default_factory=set)
    located_org_heads: list = field(default_factory=list)
    seated_title_heads: list = field(default_factory=list)
    seat_heads: list = field(default_factory=list)
    org_inner_preps: dict = field(default_factory=dict)
    np_affiliation_preps: dict = field(default_factory=dict)


# a passive or an auxiliary after the participle («گفته می‌شود», «نوشته شده است», «اعلام کرده‌ایم»): no cue
_AUX_AFTER_PARTICIPLE = r"(?:ن?می|ن?شد|ن?شده|خواهد|خواهند|است|بود|اند|ایم|ام|را|های|ها|بودم|هستند)(?!\w)|(?:ن?می|ن?شد)"


def _verb_forms(nonverbal: str, past: str, present: str, plain: bool = False, charac: bool = False) -> list[str]:
    """Regexes for the 3rd-person forms of a (compound) reporting verb. plain: the bare participle also
    takes a plain clause («بوریس جانسون … تاکید کرده اکثریت مردم …», «روزنامه اعتماد نوشته پیشنهاد …»)."""
    forms = []
    for p in [x for x in past.split("|") if x]:
        p = re.escape(match_fold(p))
        forms.append(p + r"(?:ند)?")
        forms.append(p + r"ه" + SEP + r"(?:است|اند|بود|بودند)")
        # a bare participle before «که» («اعلام کرده که …»); for compound verbs also before a
        # coordinated verb with the auxiliary elided («… را نگران کننده ذکر کرده و افزود»)
        # and before a comma paraphrase («این روزنامه گزارش داده، …», «وال‌استریت‌ژورنال نوشته، …»; the
        # cue then needs frame M)
        # (a simple characterisation verb too: «آن را «بازی مسخره» خوانده و از تحریم‌ها … یاد کرده»,
        # roozno-626 r2; frame R still needs «Y را Z» before it)
        forms.append(p + (r"ه(?=[ \u200c]{1,3}(?:که|و)(?!\w)|[ \u200c]{0,3}[،,])" if nonverbal or charac
                          else r"ه(?=[ \u200c]{1,3}که(?!\w)|[ \u200c]{0,3}[،,])"))
        if plain and nonverbal:     # (not simple «نوشته …»: «written by», fars-2-203, tabnak-236)
            # a bare participle before a plain clause: a space (not a ZWNJ: «گفته‌ها») and a letter, not after a
            # preposition or determiner («به گفته وی», «این نوشته»); the engine checks the clause (round 3:
            # roozno-636, roozno-609, roozno-626 r2)
            forms.append(p + r"ه(?= {1,2}[^\W\d_])(?! {1,2}" + _AUX_AFTER_PARTICIPLE + ")")
    for s in [x for x in present.split("|") if x]:
        s = re.escape(match_fold(s))
        if s == "است":
            continue
        forms.append(r"ن?می" + SEP + s + r"(?:د|ند)")
    verb = "(?:" + "|".join(forms) + ")"
    if nonverbal:
        nv = "(?:" + "|".join(phrase_regex(n) for n in nonverbal.split("|")) + ")"
        return [nv + SEP + verb]
    return [verb]


def _tuples(words) -> list[tuple[str, ...]]:
    out = []
    for w in words:
        t = tuple(key(x) for x in re.split(r"[ \u200c]+", match_fold(str(w)).strip()) if x)
        if t:
            out.append(t)
        # a ZWNJ word inside a phrase is also one token in text («روزنامه فرامنطقه‌ای»: key drops the ZWNJ)
        t2 = tuple(key(x) for x in match_fold(str(w)).split() if x)
        if t2 and len(t2) > 1 and t2 != t:
            out.append(t2)
    return sorted(set(out), key=len, reverse=True)


_YEARS = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:[-–](?:((?:19|20)\d\d)|(?!\d)))?")


def alias_years(note: str) -> tuple[int, int] | None:
    """The span of years an alias note gives («ICT minister 2013-2017, chief of staff 2017-2021» → (2013, 2021);
    an open term «2020-» runs to 9999), or None when the note names no year."""
    lo, hi = None, None
    for m in _YEARS.finditer(note):
        a = int(m.group(1))
        b = int(m.group(2)) if m.group(2) else (9999 if m.group(0).endswith(("-", "–")) else a)
        lo, hi = min(lo or a, a), max(hi or b, b)
    return (lo, hi) if lo is not None else None


@lru_cache(maxsize=1)
def _hazm_words() -> frozenset:
    """hazm's shipped word list (folded, ZWNJ removed): a glued token is one that is not in it."""
    try:
        import hazm
        p = Path(hazm.__file__).parent / "data" / "words.dat"
        raw = p.read_text(encoding="utf-8")
        # the fold is one character to one (newline and tab kept), so the whole file is folded in one pass
        return frozenset(f.split("\t", 1)[0].replace("\u200c", "")
                         for ln, f in zip(raw.splitlines(), match_fold(raw).splitlines())
                         if ln.strip() and not ln.split("\t", 1)[0].endswith("ء"))   # «استرضاء» would fold onto «است|رضا»
    except Exception:  # pragma: no cover - hazm is a declared dependency
        return frozenset()


@lru_cache(maxsize=1)
def load(lexicon_dir: str | None = None) -> Lexicon:
    d = Path(lexicon_dir) if lexicon_dir else paths.LEXICONS
    cues: list[Cue] = []
    for row in _comment_free_rows(d / "claims_verbs.tsv"):
        nv, past, pres = (row.get("nonverbal") or "").strip(), (row.get("past") or "").strip(), (row.get("present") or "").strip()
        base = (nv + " " + past.split("|")[0]).strip()
        for rx in _verb_forms(nv, past, pres, plain="P" in row["frames"] and "!" not in row["frames"],
                              charac="R" in row["frames"]):
            if not nv and past.split("|")[0] in ("خواست", "دانست", "خواند"):
                rx = r"(?<!می[ \u200c])(?<!می)" + rx
            if not nv and past.split("|")[0] == "خواست":
                rx = r"(?<!در[ \u200c])" + rx     # «در خواست» is the noun درخواست written apart
            if not nv and past.split("|")[0] == "گفت":
                rx = rx + r"(?![ \u200c]{0,2}و[ \u200c]{0,2}گو)"
            frames = row["frames"].strip()
            if "!" in frames:     # a cue only before a colon or a quotation mark
                rx = "(?:" + rx + r")(?=[ \u200c]{0,3}(?:که[ \u200c]{0,3})?[:«\"“])"
                frames = frames.replace("!", "")
            cues.append(Cue(rx, frames, row["stance"].strip(), base))
    phr = yaml.safe_load((d / "claims_phrases.yaml").read_text(encoding="utf-8"))
    for fc in phr["fixed_cues"]:
        cues.append(Cue(phrase_regex(fc["cue"]), fc["frames"], fc["stance"], fc["cue"], bool(fc.get("document"))))
    # Longest alternatives first so "تاکید کرده است" wins over "تاکید کرد".
    order = sorted(range(len(cues)), key=lambda i: -len(cues[i].surface_regex))
    cue_info = [cues[i] for i in order]
    # a cue glued to a coordinating «و» («… خبر داد وافزود: …», fars-4-142) is still a cue, at the verb
    cue_re = _fast("(?:" + WB_L + "|(?<=(?<!\\w)و))" + "(?:" + "|".join(f"({c.surface_regex})" for c in cue_info) + ")"
                   + WB_R)

    acc = sorted(phr["according_to"], key=lambda a: -len(a["phrase"]))
    according_re = _fast(WB_L + "(?:" + "|".join(f"({phrase_regex(a['phrase'])})" for a in acc) + ")" + WB_R)
    credit_re = _fast(WB_L + "(?:" + "|".join(phrase_regex(c) for c in sorted(phr["credit"], key=len, reverse=True)) + ")" + WB_R)
    circ = phr.get("circumfix", [])
    _COPULA = "|".join(phrase_regex(w) for w in ("است", "هستند", "هست", "بود", "بودند", "اند", "شده", "شد", "شدند"))
    circ_parts = []
    for c in circ:
        vs = "|".join(phrase_regex(v) for v in sorted(c["verbs"], key=len, reverse=True))
        circ_parts.append(f"({phrase_regex(c['noun'])})" + WB_R + rf"(?![ \u200c]*(?:{vs}|{_COPULA}){WB_R})"
                          + rf"([^.!؟?\n؛:«»\"،,]{{3,160}}?)" + WB_L + f"(?:{vs})" + WB_R)
    circumfix_re = _fast(WB_L + "(?:" + "|".join(circ_parts) + ")") if circ else None
    nadv = sorted(phr.get("nominal_adverbial", []), key=lambda a: -len(a["phrase"]))
    nominal_adv_re = _fast(WB_L + "(?:" + "|".join(f"({phrase_regex(a['phrase'])})" for a in nadv) + ")" + WB_R) if nadv else None
    adv = sorted(phr["adverbial"], key=lambda a: -len(a["phrase"]))
    adverbial_re = _fast(WB_L + "(?:" + "|".join(f"({phrase_regex(a['phrase'])})" for a in adv) + ")" + WB_R)

    spk = yaml.safe_load((d / "claims_speakers.yaml").read_text(encoding="utf-8"))
    hed = _comment_free_rows(d / "claims_hedges.tsv")
    hed = sorted(hed, key=lambda h: -len(h["word"]))
    hedge_re = _fast(WB_L + "(?:" + "|".join(f"({phrase_regex(h['word'])})" for h in hed) + ")" + WB_R)

    stop = set()
    try:  # hazm's shipped stop-word list: function words are never first names
        import hazm
        stop = {key(w) for w in hazm.stopwords_list()}
    except Exception:  # pragma: no cover - hazm is a declared dependency
        stop = set()

    # glued headlines: the title heads and honorifics that may be run onto the previous word
    glue_heads = sorted({match_fold(h) for h in list(spk["title_heads"]) + list(spk["honorifics"])
                         if " " not in h.strip() and "\u200c" not in h and len(h.strip()) >= 4
                         and h.strip() not in spk.get("glue_exclude", [])}, key=len, reverse=True)
    glue_re = _fast(r"(?<=\w)(?:" + "|".join(re.escape(h) for h in glue_heads) + r")" + WB_R) if glue_heads else None
    joined_heads = {match_fold(h).replace(" ", "").replace("\u200c", "") for h in spk["title_heads"]}
    return Lexicon(
        cues=cues, cue_re=cue_re, cue_info=cue_info,
        according_re=according_re, according_info=acc,
        credit_re=credit_re, adverbial_re=adverbial_re, adverbial_info=adv,
        leading_adjuncts=_tuples(phr["leading_adjuncts"]),
        subject_stops={key(w) for w in phr["subject_stops"]},
        pronouns={key(w) for w in spk["pronouns"]},
        plural_pronouns={key(w) for w in spk["plural_pronouns"]},
        honorifics=_tuples(spk["honorifics"]),
        title_heads=_tuples(spk["title_heads"]),
        organisation_heads=_tuples(spk["organisation_heads"]),
        document_heads=_tuples(spk["document_heads"]),
        media_heads=_tuples(spk["media_heads"]),
        anonymous_heads=_tuples(spk["anonymous_heads"]),
        group_heads=_tuples(spk["group_heads"]),
        anaphoric={key(w) for w in spk["anaphoric_determiners"]},
        noise_colon_heads=[key(w) for w in phr["noise_colon_heads"]],
        acronym_letters=tuple(key(w) for w in phr.get("acronym_letters", ())),
        read_more_re=re.compile(r"[ \t\u200c]*\(?[ \u200c]*(?:" + "|".join(phrase_regex(w) for w in phr.get("read_more_links", ())) + r")[ \u200c]*\)?[ \t\u200c.]*$") if phr.get("read_more_links") else None,
        hedge_re=hedge_re, hedge_info=hed, stopwords=stop,
        media_generic=_tuples(spk.get("media_generic", [])),
        media_generic_adjectives={key(w) for w in spk.get("media_generic_adjectives", [])},
        head_words={w for fam in ("honorifics", "title_heads", "organisation_heads", "media_heads", "document_heads")
                    for ph in spk[fam] for w in _tuples([ph])[0]} - {key(w) for w in spk.get("not_head_words", [])},
        modal_re=re.compile(WB_L + "(?:" + "|".join(phrase_regex(w) for w in sorted(phr.get("impersonal_modals", []), key=len, reverse=True))
                            + r")[ \u200c]+$") if phr.get("impersonal_modals") else None,
        modal_any_re=re.compile(WB_L + "(?:" + "|".join(phrase_regex(w) for w in sorted(phr.get("impersonal_modals", []), key=len, reverse=True))
                                + ")" + WB_R) if phr.get("impersonal_modals") else None,
        narrator_re=re.compile(r"[ \u200c\t]*(?:" + "|".join(phrase_regex(w) for w in sorted(phr.get("narrator_openers", []), key=len, reverse=True))
                               + ")" + WB_R) if phr.get("narrator_openers") else None,
        background_re=re.compile(r"[ \u200c\t]*(?:" + "|".join(phrase_regex(w) for w in sorted(phr.get("background_openers", []), key=len, reverse=True))
                                 + ")" + WB_R) if phr.get("background_openers") else None,
        background_any_re=re.compile(WB_L + "(?:" + "|".join(phrase_regex(w) for w in sorted(phr.get("background_markers", []), key=len, reverse=True))
                                     + ")" + WB_R) if phr.get("background_markers") else None,
        group_holders=_tuples(phr.get("group_holders", [])),
        compound_az={key(w) for w in phr.get("compound_az_heads", [])},
        object_adverbs={key(w) for w in phr.get("object_adverbs", [])},
        result_connectives=_tuples(phr.get("result_connectives", [])),
        relative_openers_re=re.compile("(?:" + "|".join(phrase_regex(w) for w in sorted(phr.get("relative_openers", []), key=len, reverse=True))
                                       + ")" + WB_R) if phr.get("relative_openers") else None,
        object_adjunct_openers={key(w) for w in phr.get("object_adjunct_openers", [])},
        statement_document_heads=sorted(set(_tuples(spk["document_heads"]) + _tuples(phr.get("statement_document_heads", []))),
                                        key=len, reverse=True),
        document_parts=_tuples(phr.get("document_part_words", [])),
        nominal_adv_re=nominal_adv_re, nominal_adv_info=nadv,
        circumfix_re=circumfix_re, circumfix_info=circ,
        located_org_heads=_tuples(spk.get("located_org_heads", [])),
        seated_title_heads=_tuples(spk.get("seated_title_heads", [])),
        seat_heads=_tuples(spk.get("seat_heads", [])),
        org_inner_preps={key(p): {key(w) for w in ws} for p, ws in (spk.get("org_inner_preps") or {}).items()},
        np_affiliation_preps={key(p): {key(w) for w in ws}
                              for p, ws in (spk.get("np_affiliation_preps") or {}).items()},
        clause_quantifiers={key(w) for w in spk.get("clause_quantifiers", [])},
        clause_connectives=_tuples(spk.get("clause_connectives", [])),
        clause_openers=_tuples(spk.get("clause_openers", [])),
        numerals={key(w) for w in spk.get("numerals", [])},
        singulars={key(k): v for k, v in (spk.get("singulars") or {}).items()},
        months={key(w) for w in spk.get("months", [])},
        date_words={key(w) for w in spk.get("date_words", [])},
        glue_verbs=tuple(sorted((match_fold(v) for v in spk.get("glue_verbs", [])), key=len, reverse=True)),
        glue_openers=tuple(match_fold(v) for v in spk.get("glue_openers", [])),
        glue_line_openers=tuple(match_fold(v) for v in spk.get("glue_line_openers", [])),
        surname_endings=tuple(match_fold(v) for v in spk.get("surname_endings", [])),
        glue_re=glue_re, lexicon_words=frozenset(_hazm_words() | joined_heads),
        credit_report_heads={key(w) for w in spk.get("credit_report_heads", [])},
        aliases={key(r["alias"]): r["canonical"].strip() for r in _comment_free_rows(d / "claims_aliases.tsv")},
        alias_years={key(r["alias"]): y for r in _comment_free_rows(d / "claims_aliases.tsv")
                     if " " not in r["alias"].strip() and (y := alias_years(r.get("note") or ""))},
        given_names=frozenset(key(r["name"]) for r in _comment_free_rows(d / "claims_given_names.tsv")),
    )
