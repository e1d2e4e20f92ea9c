"""Office titles -> holder by date (``src/helpers/lexicons/claims_offices.tsv``).

Guideline §3 resolves a title to the person; when the article never names the holder, the holder of an
unambiguous office on the article's date is general knowledge («وزیر فرهنگ و ارشاد» in 2008 is
محمدحسین صفار هرندی). The table lists only offices with exactly one holder at a time and no place
ambiguity; a term is half-open (``from <= date < to``, an empty ``to`` is still in office).

    from helpers.claims._gazetteer import office_holder
    office_holder("سخنگوی وزارت امور خارجه", "2019-12-01")   # -> "عباس موسوی"
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import paths
from ._lexicon import _comment_free_rows, key

OFFICES_FILE = "claims_offices.tsv"

#: Leading words stripped from a title before lookup: a determiner or a courtesy title.
_LEADING = re.compile(r"^(?:این|آقای|خانم)[ \u200c]+")


@dataclass(frozen=True)
class Term:
    title: str
    holder: str
    start: _dt.date
    end: _dt.date | None     # exclusive; None = still in office
    note: str = ""

    def covers(self, d: _dt.date) -> bool:
        return self.start <= d and (self.end is None or d < self.end)


def _iso(s: str) -> _dt.date | None:
    s = (s or "").strip()
    return _dt.date.fromisoformat(s) if s else None


def load_offices(path: str | Path | None = None) -> list[Term]:
    """Every row of the offices table, in file order. Raises ``ValueError`` on a malformed row
    (missing title/holder/from, a bad ISO date, or ``to`` not after ``from``)."""
    p = Path(path) if path else paths.LEXICONS / OFFICES_FILE
    out = []
    for i, r in enumerate(_comment_free_rows(p), 2):
        title, holder = (r.get("title") or "").strip(), (r.get("holder") or "").strip()
        if not title or not holder or not (r.get("from") or "").strip():
            raise ValueError(f"{p.name}: row {i} needs title, holder and from: {r}")
        try:
            start, end = _iso(r["from"]), _iso(r.get("to") or "")
        except ValueError as e:
            raise ValueError(f"{p.name}: row {i}: {e}") from None
        if end is not None and end <= start:
            raise ValueError(f"{p.name}: row {i}: to {end} is not after from {start}")
        out.append(Term(title, holder, start, end, (r.get("note") or "").strip()))
    return out


@lru_cache(maxsize=4)
def _index(path: str | None = None) -> dict[str, list[Term]]:
    idx: dict[str, list[Term]] = {}
    for t in load_offices(path):
        idx.setdefault(title_key(t.title), []).append(t)
    return idx


def title_key(title: str) -> str:
    """The lookup key of a title: a leading «این»/«آقای»/«خانم» stripped, then :func:`_lexicon.key`."""
    t = (title or "").strip()
    prev = None
    while prev != t:
        prev, t = t, _LEADING.sub("", t).strip()
    return key(t)


def _as_date(date) -> _dt.date | None:
    if date is None:
        return None
    if isinstance(date, _dt.datetime):          # also pandas.Timestamp
        return None if date != date else date.date()   # NaT != NaT
    if isinstance(date, _dt.date):
        return date
    if isinstance(date, str):
        s = date.strip()
        if not s:
            return None
        try:
            return _dt.date.fromisoformat(s[:10])
        except ValueError:
            return None
    if type(date).__module__ == "numpy" and hasattr(date, "dtype") and date.dtype.kind == "M":
        import pandas as pd   # numpy.datetime64 (NaT included)

        ts = pd.Timestamp(date)
        return None if ts is pd.NaT else ts.date()
    to_py = getattr(date, "to_pydatetime", None)   # other pandas scalars
    if to_py is not None:
        try:
            return to_py().date()
        except (ValueError, AttributeError):
            return None
    return None


def office_holder(title: str, date, path: str | Path | None = None) -> str | None:
    """The holder of ``title`` on ``date`` (a ``datetime.date``/``datetime``/``pandas.Timestamp`` or an ISO
    string), or ``None`` when the date is missing or unreadable, the title is not in the table, or the
    date falls outside every term (including the gaps left between terms on purpose)."""
    d = _as_date(date)
    if d is None or not title:
        return None
    for t in _index(str(path) if path else None).get(title_key(title), ()):
        if t.covers(d):
            return t.holder
    return None
