"""Who said what, and how: attributed statements (claims and quotations) in Persian news.

>>> from helpers.claims import extract
>>> [c.speaker for c in extract("روبیو گفت: «آمریکا آماده تعامل است.»\\nاو افزود: مذاکره امتیاز نیست.")]
['روبیو', 'روبیو']

``extract(text, article_id)`` returns one :class:`Claim` per statement, with code-point offsets
into the raw text (``text[c.start:c.end] == c.content``); ``extract_frame(df)`` runs it over an
article table, never stopping on one bad article, and groups near-identical quotes across
articles (``quote_group``). Rules and word lists are data files in ``helpers/lexicons/claims_*``.
The command line: ``python -m helpers.claims INPUT -o OUTPUT.jsonl``.
"""

from __future__ import annotations

import bisect
import re
import traceback
import unicodedata
from dataclasses import asdict, dataclass, field

import pandas as pd

from . import _lexicon
from ._engine import Article, canonical_text

__all__ = ["Claim", "extract", "extract_frame", "group_quotes", "unify_speakers", "with_unified_speakers", "CLAIM_COLUMNS", "KINDS", "STANCES"]

KINDS = ("direct", "indirect", "according_to")
STANCES = ("neutral", "emphatic", "distancing", "denial", "confirmation", "concession", "warning",
           "announcement", "request", "accusation", "prediction")
#: How the content was framed, for readers of the table.
FRAMES = {"Q": "quotation marks", "C": "colon", "K": "«که» clause", "M": "comma paraphrase",
          "P": "clause after the cue", "A": "«از Y» nominal", "R": "characterisation «Y را Z»",
          "B": "«بر Y» nominal", "I": "«به Y» nominal", "X": "request «از Y خواست»",
          "O": "object «Y را تایید/محکوم کرد»", "W": "split nominal «خواستار Y شد», «خبر از Y داد»",
          "U": "attribution phrase", "V": "«با بیان اینکه» clause"}


@dataclass
class Claim:
    """One attributed statement. Offsets are code points into the raw article text, end exclusive."""

    article_id: str
    kind: str                 # direct | indirect | according_to
    content: str
    start: int
    end: int
    speaker: str              # canonical (resolved, honorifics stripped, standard letters)
    speaker_surface: str      # the mention as written ("" when the subject is dropped)
    speaker_start: int | None
    cue: str                  # the reporting verb or attribution phrase as written
    cue_start: int
    source_type: str          # person | organisation | document | media | anonymous | group
    stance: str               # stance of the cue (see STANCES)
    hedges: list[dict] = field(default_factory=list)   # [{"word", "type": hedge|booster, "start"}]
    chain: list[str] = field(default_factory=list)     # credit / relay outlets, outermost first
    confidence: float = 0.5
    tier: str = "core"        # core | extended (a guess at the guideline's tier)
    frame: str = ""           # how the content is framed (see FRAMES)
    sentence: int = 0         # sentence index in the article
    paragraph: int = 0        # line index in the article
    resolution: str = ""      # how the speaker was found: name, pronoun, drop, title, ...
    quote_group: str | None = None   # filled by group_quotes / extract_frame

    def to_dict(self) -> dict:
        return asdict(self)


CLAIM_COLUMNS = list(Claim.__dataclass_fields__)


def _hedges(art: Article, s: int, e: int, hedge_pos: list[int], hedge_m: list) -> list[dict]:
    out = []
    i = bisect.bisect_left(hedge_pos, s)
    while i < len(hedge_pos) and hedge_pos[i] < e:
        m, info = hedge_m[i]
        he = m.end()
        while he < len(art.raw) and unicodedata.category(art.raw[he]) == "Mn":   # «احتمالاً»: keep the tanwin
            he += 1
        if he <= e:
            out.append({"word": art.raw[m.start():he], "type": info["type"], "start": m.start()})
        i += 1
    return out


def extract(text: str, article_id: str = "", date=None) -> list[Claim]:
    """All attributed statements in one article, in text order. Never raises on a string.

    ``date`` (optional: a date, a timestamp or an ISO string) lets a title the article never binds to
    a name resolve to the holder of that office on that day (``lexicons/claims_offices.tsv``)."""
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, got {type(text).__name__}")
    if not text.strip():
        return []
    lx = _lexicon.load()
    art = Article(text, lx, date=date)
    raws = art.find()
    art.resolve(raws)
    hedge_m = [(m, lx.hedge_info[(m.lastindex or 1) - 1]) for m in lx.hedge_re.finditer(art.t)]
    hedge_pos = [m.start() for m, _ in hedge_m]
    out: list[Claim] = []
    for r in raws:
        m = r.mention
        surface = m.surface if m.kind != "drop" else ""
        out.append(Claim(
            article_id=str(article_id), kind=r.kind, content=text[r.start:r.end], start=r.start, end=r.end,
            speaker=r.speaker, speaker_surface=surface, speaker_start=m.start if surface else None,
            cue=r.cue, cue_start=r.cue_start, source_type=r.source_type, stance=r.stance,
            hedges=_hedges(art, r.start, r.end, hedge_pos, hedge_m), chain=list(r.chain),
            confidence=round(max(0.05, min(1.0, r.confidence)), 3), tier=r.tier, frame=r.frame,
            sentence=r.sentence, paragraph=r.paragraph, resolution=m.kind,
        ))
    return out


# --------------------------------------------------------------------------- many articles

_WORD = re.compile(r"\w+")


def _content_tokens(s: str) -> list[str]:
    return [_lexicon.key(w) for w in _WORD.findall(_lexicon.match_fold(s))]


def group_quotes(claims: pd.DataFrame, min_tokens: int = 6, threshold: float = 0.7) -> pd.Series:
    """A ``quote_group`` id per claim: claims whose contents are near-identical (token Jaccard ≥
    threshold, candidates found through shared 4-token shingles) share an id across articles and
    outlets. Claims with fewer than ``min_tokens`` tokens get no group (None)."""
    n = len(claims)
    toks = [_content_tokens(c) for c in claims["content"].tolist()] if n else []
    sets = [set(t) for t in toks]
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    index: dict[tuple, list[int]] = {}
    for i, t in enumerate(toks):
        if len(t) < min_tokens:
            continue
        for sh in {tuple(t[k:k + 4]) for k in range(len(t) - 3)}:
            bucket = index.setdefault(sh, [])
            if len(bucket) < 50:
                bucket.append(i)
    checked = set()
    for bucket in index.values():
        for a in range(len(bucket)):
            for b in range(a + 1, len(bucket)):
                i, j = bucket[a], bucket[b]
                if (i, j) in checked:
                    continue
                checked.add((i, j))
                si, sj = sets[i], sets[j]
                if len(si & sj) / max(1, len(si | sj)) >= threshold:
                    parent[find(i)] = find(j)
    roots: dict[int, list[int]] = {}
    for i in range(n):
        if len(toks[i]) >= min_tokens:
            roots.setdefault(find(i), []).append(i)
    gid = [None] * n
    ids = claims["article_id"].tolist() if n else []
    starts = claims["start"].tolist() if n else []
    for members in roots.values():
        if len(members) < 2:
            continue
        first = min(members)
        g = f"q{ids[first]}:{starts[first]}"
        for i in members:
            gid[i] = g
    return pd.Series(gid, index=claims.index, dtype=object, name="quote_group")


def extract_frame(articles: pd.DataFrame, id_col: str = "id", text_col: str = "text",
                  keep: tuple[str, ...] = ("site", "date", "title", "url"),
                  errors: list | None = None) -> pd.DataFrame:
    """One row per claim over many articles (columns :data:`CLAIM_COLUMNS` plus ``keep`` columns
    that exist, plus ``error``). An article whose extraction fails gets one row with its id, an
    empty claim and the error message in ``error``; the others go on. ``df.attrs['errors']``
    lists the failures, and so does ``errors`` if a list is passed."""
    rows: list[dict] = []
    failures: list[dict] = []
    extra = [c for c in keep if c in articles.columns]
    for rec in articles.to_dict("records"):
        aid = str(rec.get(id_col))
        text = rec.get(text_col)
        base = {c: rec.get(c) for c in extra}
        try:
            claims = extract(text if isinstance(text, str) else "", article_id=aid, date=rec.get("date"))
            if text is not None and not isinstance(text, str):
                raise TypeError(f"text is {type(text).__name__}, not a string")
        except Exception as e:  # report, never drop
            msg = f"{type(e).__name__}: {e}"
            failures.append({"article_id": aid, "error": msg, "traceback": traceback.format_exc(limit=3)})
            rows.append({**{c: None for c in CLAIM_COLUMNS}, "article_id": aid, **base, "error": msg})
            continue
        for c in claims:
            rows.append({**c.to_dict(), **base, "error": None})
    df = pd.DataFrame(rows, columns=CLAIM_COLUMNS + extra + ["error"])
    ok = df["error"].isna()
    if ok.any():
        df.loc[ok, "quote_group"] = group_quotes(df[ok]).values
    df.attrs["errors"] = failures
    if errors is not None:
        errors.extend(failures)
    return df


def _name_key(name: str) -> tuple[str, ...]:
    from ..normalize import fold

    return tuple(fold(name).replace("\u200c", " ").split())


def unify_speakers(claims: pd.DataFrame) -> pd.Series:
    """One name per person across a table of claims (articles are resolved one at a time).

    A person speaker left as a bare surname inside its article («رئیسی») becomes the full name
    when exactly one two-word person speaker in the same table ends with it («ابراهیم رئیسی»)
    and that name's first word is a first name elsewhere in the table too (it starts at least
    two other two-word person names), which keeps noise such as «جلسه X» out. Ambiguous surnames
    are left alone. Returns the new ``speaker`` column.
    """
    from collections import Counter

    if claims.empty or "speaker" not in claims:
        return claims.get("speaker", pd.Series(dtype=object)).copy()
    person = claims["source_type"].eq("person") if "source_type" in claims else pd.Series(True, index=claims.index)
    names = {n for n in claims.loc[person, "speaker"].dropna().unique() if isinstance(n, str) and n.strip()}
    keyed = {n: _name_key(n) for n in names}
    two = {n: k for n, k in keyed.items() if len(k) == 2}
    first_names = Counter(k[0] for k in two.values())
    by_surname: dict[tuple[str, ...], set[str]] = {}
    for n, k in two.items():
        by_surname.setdefault(k[1:], set()).add(n)
    mapping = {}
    for n, k in keyed.items():
        if len(k) == 1 and len(k[0]) >= 3:
            cands = by_surname.get(k, set())
            if len(cands) == 1:
                full = next(iter(cands))
                if first_names[keyed[full][0]] >= 3:
                    mapping[n] = full
    return claims["speaker"].where(~person, claims["speaker"].map(lambda v: mapping.get(v, v)))


def with_unified_speakers(claims: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``claims`` whose ``speaker`` is unified across the table (:func:`unify_speakers`),
    with the name resolved inside the article kept as ``speaker_in_article``."""
    out = claims.copy()
    if "speaker" not in out:
        return out
    out.insert(out.columns.get_loc("speaker") + 1, "speaker_in_article", out["speaker"])
    out["speaker"] = unify_speakers(out)
    return out
