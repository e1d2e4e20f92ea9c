"""Load Persian news articles from what analysts actually have, and lose none of them.

Inputs: JSONL (one object per line), a JSON array, CSV (a header naming the text
column), a folder of ``.txt`` files (one article each, id from the file name), or a
single pasted string.  Every input record ends up either in ``articles`` or in
``quarantine`` with a reason; :meth:`LoadResult.check` asserts that
``loaded + quarantined == input``.

``text`` is kept exactly as given (after decoding): every offset the later stages
report points into it (CR/LF, NUL and other controls, bidi marks and HTML markup stay).
Encodings are detected per file (UTF-8 with or without BOM, UTF-16 with or without BOM,
Windows-1256) and recorded per article; bytes that fit none of them are quarantined,
never guessed, and a UTF-8 file with a few broken bytes loses only the records that
hold them.  What happens with each kind of bad input is listed in the README ("What
happens with bad input") and tested file by file in ``tests/test_bad_input.py``.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable

import pandas as pd

from . import paths

#: Columns of the canonical article table, in order.
COLUMNS = [
    "id", "title", "text", "site", "url", "date", "date_source", "category",
    "source_repo", "source_path", "source_commit", "source_file", "source_line", "encoding",
]
#: Columns of the quarantine table.
QUARANTINE_COLUMNS = ["source_file", "source_line", "id", "reason", "excerpt"]
#: Column names accepted as the article body in CSV/TSV input, in order of preference
#: (JSON records must name it ``text``; others are quarantined listing the fields found).
TEXT_COLUMNS = ("text", "body", "content", "article", "متن")
SUPPORTED = ".jsonl, .ndjson, .json, .csv, .tsv, .txt or a folder of .txt files"


class LoadError(ValueError):
    """A problem with the input as a whole (missing file, wrong column): nothing was loaded."""


@dataclass
class LoadResult:
    articles: pd.DataFrame
    quarantine: pd.DataFrame
    n_input: int
    inputs: list[str] = field(default_factory=list)

    def check(self) -> "LoadResult":
        """Assert that every input record was either loaded or quarantined."""
        n_out = len(self.articles) + len(self.quarantine)
        if n_out != self.n_input:
            raise AssertionError(
                f"{self.n_input} input records but {len(self.articles)} loaded + "
                f"{len(self.quarantine)} quarantined = {n_out}"
            )
        return self

    def summary(self) -> pd.DataFrame:
        return pd.DataFrame(
            {"count": [self.n_input, len(self.articles), len(self.quarantine)]},
            index=pd.Index(["input records", "loaded", "quarantined"], name=""),
        )


# --------------------------------------------------------------------------- decoding

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def _arabic_share_of_non_ascii(text: str) -> float:
    counts = Counter(text)
    non_ascii = {c: n for c, n in counts.items() if ord(c) > 127 and not c.isspace()}
    total = sum(non_ascii.values())
    if not total:
        return 1.0
    return sum(n for c, n in non_ascii.items() if is_arabic_script(c)) / total


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` if ``data`` looks like BOM-less UTF-16 Persian or ASCII.

    In UTF-16 text of Persian, ASCII and ZWNJ, nearly every high byte is 0x00 (ASCII,
    «») or 0x06 (Arabic block), while the low bytes rarely are; in UTF-8 Persian text
    neither byte value occurs at all.  Both parities are checked so one stray byte
    cannot tip a UTF-8 file over.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]

    def share(b: bytes) -> float:
        return (b.count(0) + b.count(6)) / len(b)

    for codec, hi, lo in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if share(hi) >= 0.6 and share(lo) <= 0.1 and _decode_or_none(data, codec) is not None:
            return codec
    return None


def _mostly_utf8(data: bytes) -> bool:
    """True if ``data`` is UTF-8 with a few broken bytes (at least as many valid multi-byte
    characters as invalid bytes), as opposed to a file in some other 8-bit encoding."""
    text = data.decode("utf-8", "surrogateescape")
    bad = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    good = sum(1 for c in text if ord(c) > 127) - bad
    return good > 0 and bad <= good


def detect_encoding(data: bytes) -> str | None:
    """Return the codec that decodes ``data`` plausibly, or None if none does.

    Order: a BOM decides; then BOM-less UTF-16 (by its byte pattern); then strict UTF-8;
    then Windows-1256, accepted only if the bytes are not mostly UTF-8 and the result is
    overwhelmingly Arabic-script (cp1256 decodes almost any bytes, so a wrong guess
    would otherwise pass silently as mojibake).
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    if (codec := _utf16_without_bom(data)) is not None:
        return codec
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return None
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        return None
    if _arabic_share_of_non_ascii(text) >= 0.8:
        return "windows-1256"
    return None


def _decode_or_none(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _first_bad_utf8(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start
    return -1


# --------------------------------------------------------------------------- script checks

_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_PERSIAN_LETTERS = set("پچژگ")
_PERSIAN_WORDS = {"است", "این", "را", "که", "از", "به", "می", "برای", "شد", "کرد", "بود", "آن", "ها", "اين", "كه"}
_ARABIC_WORDS = {"في", "التي", "الذي", "هذا", "هذه", "على", "إلى", "عن", "كان", "قد"}


def is_arabic_script(ch: str) -> bool:
    o = ord(ch)
    return any(a <= o <= b for a, b in _ARABIC_RANGES)


#: Markup, entities and URLs: Latin letters there say nothing about the article's language.
_MARKUP = re.compile(r"<[^<>]{0,2000}>|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{1,10});|(?:https?://|www\.)\S+")


def script_problem(text: str) -> str | None:
    """Why ``text`` is not a Persian article, or None if it looks like one.

    Letters inside HTML tags, entities and URLs are not counted (an article with
    markup left in is still a Persian article; its text is kept as given).  Counting is
    done per distinct character, so a 5 MB article is checked in a fraction of a second.
    """
    if not text.strip():
        return "empty text" if not text else "whitespace-only text"
    counts = Counter(_MARKUP.sub(" ", text))
    letters = {c: n for c, n in counts.items() if c.isalpha()}
    n_letters = sum(letters.values())
    if not n_letters:
        return "no letters (only digits, punctuation, symbols or emoji)"
    arabic = sum(n for c, n in letters.items() if is_arabic_script(c))
    share = arabic / n_letters
    if share < 0.5:
        return f"not Persian script: {share:.0%} of {n_letters} letters are Arabic-script"
    if _PERSIAN_LETTERS & counts.keys():
        return None
    words = set(re.findall(r"[\u0600-\u06FF]+", text))
    if not (_PERSIAN_WORDS & words) and (_ARABIC_WORDS & words):
        return "Arabic-language text, not Persian (no Persian letters or function words)"
    return None


# --------------------------------------------------------------------------- dates

def jalali_to_gregorian(jy: int, jm: int, jd: int) -> date:
    """Convert a Jalali (Solar Hijri) date to a Gregorian one (the standard arithmetic algorithm)."""
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd
    days += (jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    gd = days + 1
    leap = (gy % 4 == 0 and gy % 100 != 0) or gy % 400 == 0
    months = [0, 31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    gm = 1
    while gm <= 12 and gd > months[gm]:
        gd -= months[gm]
        gm += 1
    return date(gy, gm, gd)


_FARS_URL = re.compile(r"farsnews\.ir/news/(\d{10}|\d{14})(?:/|$)")
_DATE_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b")


def date_from_fars_url(url: str | None) -> date | None:
    """Fars News ids start with the Jalali publication date: ``8406090533`` is 1384/06/09,
    ``13960313001306`` is 1396/03/13."""
    if not url:
        return None
    m = _FARS_URL.search(url)
    if not m:
        return None
    digits = m.group(1)
    if len(digits) == 10:
        jy, jm, jd = 1300 + int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    else:
        jy, jm, jd = int(digits[0:4]), int(digits[4:6]), int(digits[6:8])
    if not (1 <= jm <= 12 and 1 <= jd <= 31):
        return None
    return jalali_to_gregorian(jy, jm, jd)


def date_from_text_header(text: str) -> date | None:
    """The seed article starts with a ``date YYYY-MM-DD`` line; read it, leave the text alone."""
    m = _DATE_HEADER.match(text)
    if not m:
        return None
    try:
        return date.fromisoformat(m.group(1))
    except ValueError:
        return None


_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_JALALI_FIELD = re.compile(r"\s*(1[2-4]\d\d)\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)")
#: Dates outside these years are placeholders (0001-01-01, 1970-01-01 from a zero epoch
#: is inside and kept) or typos; they are dropped and the next date source is tried.
DATE_YEARS = (1900, 2100)


def date_from_field(value) -> tuple[pd.Timestamp | None, str | None]:
    """Read a ``date`` field as scrapers write it; return ``(timestamp, date_source)``.

    ISO and most Gregorian spellings via pandas; a time-zone offset is dropped, keeping the
    wall-clock time as published (a column cannot mix zones); Jalali dates such as
    ``1402/05/01`` or ``۱۴۰۲-۰۵-۰۱`` (a year 1200–1499) are converted; anything
    unparseable or outside :data:`DATE_YEARS` gives ``(None, None)``.
    """
    if value is None or isinstance(value, (bool, dict, list)) or (isinstance(value, float) and pd.isna(value)):
        return None, None
    text = str(value).translate(_DIGITS).strip()
    if not text:
        return None, None
    m = _JALALI_FIELD.match(text)
    if m:
        jy, jm, jd = (int(g) for g in m.groups())
        if not (1 <= jm <= 12 and 1 <= jd <= (31 if jm <= 6 else 30)):
            return None, None
        return pd.Timestamp(jalali_to_gregorian(jy, jm, jd)), "input field (Jalali)"
    try:
        d = pd.to_datetime(text, errors="coerce")
    except (ValueError, TypeError, OverflowError):
        return None, None
    if not isinstance(d, pd.Timestamp) or pd.isna(d):
        return None, None
    if d.tzinfo is not None:
        d = d.tz_localize(None)
    if not (DATE_YEARS[0] <= d.year <= DATE_YEARS[1]):
        return None, None
    return d, "input field"


def _meta(value, keep_non_str: bool = False) -> str | None:
    """A metadata value safe to show and to write to Parquet: strings with lone surrogates
    repaired (U+FFFD), other scalars as text if ``keep_non_str``, containers as JSON."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if not isinstance(value, str):
        if not keep_non_str:
            return None
        value = json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value)
    return _fix_surrogates(value)


def _fix_surrogates(text: str) -> str:
    return _SURROGATE.sub("\ufffd", text)


_SURROGATE = re.compile("[\ud800-\udfff]")


# --------------------------------------------------------------------------- records

class _Collector:
    """Accumulates loaded rows and quarantine rows, enforcing unique ids."""

    def __init__(self) -> None:
        self.rows: list[dict] = []
        self.quarantine: list[dict] = []
        self.n_input = 0
        self._seen: dict[str, tuple[str, str]] = {}  # id -> (text, where)

    def reject(self, source_file: str, line, rid, reason: str, excerpt: str = "") -> None:
        self.n_input += 1
        self.quarantine.append({
            "source_file": source_file, "source_line": line, "id": _meta(rid, keep_non_str=True),
            "reason": reason, "excerpt": _fix_surrogates(_excerpt(excerpt)),
        })

    def add(self, record: dict, source_file: str, line, encoding: str, default_id: str) -> None:
        rid = record.get("id")
        blank = rid is None or (isinstance(rid, str) and not rid.strip()) or (isinstance(rid, float) and pd.isna(rid))
        rid = default_id if blank else _meta(rid, keep_non_str=True)
        if "text" not in record:
            found = ", ".join(sorted(map(str, record))) or "none"
            return self.reject(source_file, line, rid, f"no 'text' field (fields found: {found})")
        text = record["text"]
        if not isinstance(text, str):
            return self.reject(source_file, line, rid,
                               f"'text' is {_json_type(text)}, not a string", repr(text))
        if _SURROGATE.search(text):
            return self.reject(source_file, line, rid,
                               "text contains unpaired surrogate code points (broken UTF-16 escapes)", text)
        problem = script_problem(text)
        if problem:
            return self.reject(source_file, line, rid, problem, text)
        if rid in self._seen:
            first_text, where = self._seen[rid]
            same = "same text" if first_text == text else "different text"
            return self.reject(source_file, line, rid,
                               f"duplicate id with {same} (first seen at {where}; the first is kept)", text)
        self.n_input += 1
        self._seen[rid] = (text, f"{source_file}" + (f" line {line}" if line is not None else ""))
        url = _meta(record.get("url"))
        d, d_source = date_from_field(record.get("date"))
        if d is None and (hd := date_from_text_header(text)):
            d, d_source = pd.Timestamp(hd), "text header"
        if d is None and url and (ud := date_from_fars_url(url)):
            d, d_source = pd.Timestamp(ud), "url (Jalali)"
        self.rows.append({
            "id": rid,
            "title": _meta(record.get("title")),
            "text": text,
            "site": _meta(record.get("site")),
            "url": url,
            "date": d,
            "date_source": d_source,
            "category": _meta(record.get("category")),
            "source_repo": _meta(record.get("source_repo"), keep_non_str=True),
            "source_path": _meta(record.get("source_path"), keep_non_str=True),
            "source_commit": _meta(record.get("source_commit"), keep_non_str=True),
            "source_file": source_file,
            "source_line": line,
            "encoding": encoding,
        })

    def result(self, inputs: list[str]) -> LoadResult:
        arts = pd.DataFrame(self.rows, columns=COLUMNS)
        arts["date"] = pd.to_datetime(arts["date"])
        arts["source_line"] = arts["source_line"].astype("Int64")
        quar = pd.DataFrame(self.quarantine, columns=QUARANTINE_COLUMNS)
        quar["source_line"] = quar["source_line"].astype("Int64")
        return LoadResult(arts, quar, self.n_input, inputs).check()


def _json_type(value) -> str:
    """How JSON calls the type of a parsed value ("a JSON array", "null", ...); other types
    (a CSV cell, a pasted object) by their Python name."""
    if value is None:
        return "null"
    for t, name in ((bool, "a JSON boolean"), (str, "a JSON string"), ((int, float), "a JSON number"),
                    (list, "a JSON array"), (dict, "a JSON object")):
        if isinstance(value, t):
            return name
    return type(value).__name__


def _excerpt(text: str, n: int = 80) -> str:
    text = str(text).replace("\n", " ⏎ ")
    return text if len(text) <= n else text[:n] + "…"


def _display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(paths.ROOT))
    except ValueError:
        return str(path)


# --------------------------------------------------------------------------- formats

#: Characters that :func:`bytes.decode` with ``surrogateescape`` uses for undecodable bytes.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_UTF16 = ("utf-16", "utf-16-le", "utf-16-be")


def _split_lines(data):
    """Split on LF (a CR before it stays and is JSON whitespace); old-Mac files with CR
    only are split on CR.  Never on U+2028/U+0085, which may sit inside a JSON string."""
    lf, cr = ("\n", "\r") if isinstance(data, str) else (b"\n", b"\r")
    return data.split(cr if lf not in data and cr in data else lf)


def _bad_utf8_where(data: bytes) -> str:
    k = _first_bad_utf8(data)
    return f"byte {k}, line {data[:k].count(b'\n') + 1}"


def _decode_file(path: Path, lenient: bool = False) -> tuple[str, str, bool]:
    """Decode a whole file: ``(text, codec, broken)``.

    With ``lenient``, a UTF-8 file with a few invalid bytes is decoded with
    ``surrogateescape`` (``broken`` is True) so the caller can quarantine only the
    records that hold them; otherwise that is a :class:`LoadError` naming byte and line.
    """
    data = path.read_bytes()
    name = _display_path(path)
    codec = detect_encoding(data)
    if codec is not None:
        text = _decode_or_none(data, codec)
        if text is not None:
            return text, codec, False
        if codec in _UTF16:
            raise LoadError(f"{name}: starts with a UTF-16 byte-order mark but is not valid UTF-16; "
                            "convert it to UTF-8")
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    if _mostly_utf8(body):
        if lenient:
            return body.decode("utf-8", "surrogateescape"), "utf-8-sig" if body is not data else "utf-8", True
        raise LoadError(f"{name}: invalid UTF-8 at {_bad_utf8_where(body)}; fix or remove those bytes")
    raise LoadError(f"{name}: not UTF-8 (invalid at {_bad_utf8_where(body)}), UTF-16 or Windows-1256; "
                    "convert it to UTF-8")


def _json_loads(text: str):
    # strict=False: raw tabs, NULs and other control characters inside strings (common in
    # scraper output) are kept as given instead of failing the record.
    return json.loads(text, strict=False)


def _add_items(items: list, name: str, col: _Collector, codec: str, stem: str, broken: bool) -> None:
    for i, rec in enumerate(items, start=1):
        if not isinstance(rec, dict):
            col.reject(name, i, None, f"item {i} is {_json_type(rec)}, not an object",
                       json.dumps(rec, ensure_ascii=False))
            continue
        if broken and _ESCAPED_BYTE.search(json.dumps(rec, ensure_ascii=False)):
            col.reject(name, i, rec.get("id"), f"undecodable bytes: invalid UTF-8 in item {i}",
                       _ESCAPED_BYTE.sub("\ufffd", str(rec.get("text", ""))))
            continue
        col.add(rec, name, i, codec, f"{stem}-{i}")


def _as_array(text: str) -> list | None:
    """The items if ``text`` is a whole JSON array (a .jsonl file that is really .json)."""
    if not text.lstrip().startswith("["):
        return None
    try:
        obj = _json_loads(text)
    except json.JSONDecodeError:
        return None
    return obj if isinstance(obj, list) else None


_ID_FIELD = re.compile(r'"id"\s*:\s*(?:"((?:[^"\\\n]|\\.){1,200})"|(-?\d{1,30})\b)')


def _guess_id(line: str) -> str | None:
    """The id of a record that cannot be parsed, if its ``"id": ...`` is readable (for the
    quarantine table only, so an analyst can find the article)."""
    m = _ID_FIELD.search(line[:10_000])
    if not m:
        return None
    if m.group(2) is not None:
        return m.group(2)
    try:
        return _json_loads('"' + m.group(1) + '"')
    except json.JSONDecodeError:
        return m.group(1)


def _read_jsonl(path: Path, col: _Collector) -> None:
    data = path.read_bytes()
    name = _display_path(path)
    codec = detect_encoding(data)
    if codec in _UTF16 or codec == "windows-1256":
        text, codec, _ = _decode_file(path)
        if (items := _as_array(text)) is not None:
            return _add_items(items, name, col, codec, path.stem, False)
        lines = [(ln, None) for ln in _split_lines(text)]
    else:
        # UTF-8 (or undecodable): decode line by line so one bad record is quarantined,
        # not the whole file.
        if data.startswith(b"\xef\xbb\xbf"):
            data, codec = data[3:], "utf-8-sig"
        codec = codec or "utf-8"
        if data.lstrip()[:1] == b"[" and (items := _as_array(data.decode("utf-8", "surrogateescape"))) is not None:
            return _add_items(items, name, col, codec, path.stem, _first_bad_utf8(data) >= 0)
        lines = [(_decode_or_none(raw, "utf-8"), raw) for raw in _split_lines(data)]
    for lineno, (line, raw) in enumerate(lines, start=1):
        if line is None:
            k = _first_bad_utf8(raw)
            shown = raw.decode("utf-8", "replace")
            col.reject(name, lineno, _guess_id(shown), f"undecodable bytes: invalid UTF-8 at byte {k} of line {lineno}",
                       shown)
            continue
        if not line.strip():
            continue  # blank lines are not records
        try:
            obj = _json_loads(line)
        except json.JSONDecodeError as e:
            col.reject(name, lineno, _guess_id(line), f"broken JSON at line {lineno}, column {e.colno}: {e.msg}", line)
            continue
        except RecursionError:
            col.reject(name, lineno, None, f"broken JSON at line {lineno}: nested too deeply", line)
            continue
        if not isinstance(obj, dict):
            col.reject(name, lineno, None, f"line {lineno} is {_json_type(obj)}, not an object", line)
            continue
        col.add(obj, name, lineno, codec, f"{path.stem}-{lineno}")


def _read_json_array(path: Path, col: _Collector) -> None:
    name = _display_path(path)
    text, codec, broken = _decode_file(path, lenient=True)
    try:
        obj = _json_loads(text)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data" and text.lstrip().startswith("{"):
            return _read_jsonl(path, col)  # JSON Lines saved as .json
        raise LoadError(f"{name}: not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})") from None
    except RecursionError:
        raise LoadError(f"{name}: not valid JSON (nested too deeply)") from None
    if isinstance(obj, dict):
        obj = [obj]
    if not isinstance(obj, list):
        raise LoadError(f"{name}: expected a JSON array of article objects, found {_json_type(obj)}")
    _add_items(obj, name, col, codec, path.stem, broken)


#: Largest CSV field accepted (the csv module's default, 128 KiB, is smaller than long articles).
CSV_FIELD_LIMIT = 2**31 - 1


def _read_csv(path: Path, col: _Collector, text_column: str | None = None) -> None:
    name = _display_path(path)
    text, codec, broken = _decode_file(path, lenient=True)
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    # strict: an unclosed quote or text after a closing quote is an error naming the line,
    # not a field that silently swallows the rest of the file.
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    old_limit = csv.field_size_limit(CSV_FIELD_LIMIT)
    start_line = 1
    try:
        header = reader.fieldnames or []
        if not header:
            raise LoadError(f"{name}: empty CSV, no header row")
        cols = [h.strip() if h else h for h in header]
        reader.fieldnames = cols
        wanted = [text_column] if text_column else list(TEXT_COLUMNS)
        tcol = next((c for c in wanted if c in cols), None)
        if tcol is None:
            raise LoadError(f"{name}: no text column {'named ' + repr(text_column) if text_column else '(looked for ' + ', '.join(TEXT_COLUMNS) + ')'}; "
                            f"columns found: {', '.join(map(repr, cols))}. Pass text_column=... to choose one.")
        start_line = reader.line_num + 1
        for row in reader:
            end_line = reader.line_num
            line, start_line = start_line, end_line + 1
            extra = [v for v in row.pop(None, None) or [] if v != ""]
            if extra:
                col.reject(name, line, row.get("id"),
                           f"row at line {line} has {len(cols) + len(extra)} fields but the header has "
                           f"{len(cols)} (an unquoted '{delimiter.replace(chr(9), 'tab')}' in the text?)",
                           delimiter.join([str(v) for v in row.values() if v] + extra))
                continue
            if broken and any(_ESCAPED_BYTE.search(v or "") for v in row.values()):
                col.reject(name, line, row.get("id"), f"undecodable bytes: invalid UTF-8 in the row at line {line}",
                           _ESCAPED_BYTE.sub("\ufffd", row.get(tcol) or ""))
                continue
            rec = {k: (v if v != "" else None) for k, v in row.items()}
            rec["text"] = row.get(tcol) if row.get(tcol) is not None else ""
            if tcol != "text":
                rec.pop(tcol, None)
            col.add(rec, name, line, codec, f"{path.stem}-{line}")
    except csv.Error as e:
        hint = {"unexpected end of data": " (a quote opened here is never closed)"}.get(str(e), "")
        if "expected after" in str(e):
            hint = ' (a quote inside a quoted field must be doubled: "")'
        raise LoadError(f"{name}: broken CSV in the record starting at line {start_line}: {e}{hint}") from None
    finally:
        csv.field_size_limit(old_limit)


def _read_txt(path: Path, col: _Collector, site: str | None, root: Path | None) -> None:
    name = _display_path(path)
    rid = path.stem if root is None else str(path.relative_to(root).with_suffix("")).replace("/", "__")
    try:
        text, codec, _ = _decode_file(path)
    except LoadError as e:
        col.reject(name, None, rid, "undecodable bytes: " + str(e).split(": ", 1)[1],
                   path.read_bytes().decode("utf-8", "replace"))
        return
    col.add({"id": rid, "text": text, "site": site}, name, None, codec, rid)


def _read_folder(folder: Path, col: _Collector) -> None:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    if not files:
        raise LoadError(f"{_display_path(folder)}: the folder is empty (expected .txt files, one article each)")
    for p in files:
        if p.suffix.lower() == ".txt":
            _read_txt(p, col, site=folder.name, root=folder)
        else:
            col.reject(_display_path(p), None, None, f"not a .txt file ({p.suffix or 'no extension'}): skipped")


def _read_path(path: Path, col: _Collector, text_column: str | None) -> None:
    if not path.exists():
        raise LoadError(f"{path}: no such file or folder")
    if path.is_dir():
        return _read_folder(path, col)
    name = _display_path(path)
    if path.stat().st_size == 0:
        raise LoadError(f"{name}: the file is empty")
    ext = path.suffix.lower()
    before = col.n_input
    if ext in (".jsonl", ".ndjson"):
        _read_jsonl(path, col)
    elif ext == ".json":
        _read_json_array(path, col)
    elif ext in (".csv", ".tsv"):
        _read_csv(path, col, text_column)
    elif ext == ".txt":
        _read_txt(path, col, site=path.parent.name, root=None)
    else:
        raise LoadError(f"{name}: unsupported file type {ext or '(none)'}; use {SUPPORTED}")
    if col.n_input == before:
        raise LoadError(f"{name}: no records in the file (only blank lines, an empty array or a header); "
                        "nothing to load")


# --------------------------------------------------------------------------- public API

def load_articles(*inputs: str | Path | Iterable[str | Path], text_column: str | None = None) -> LoadResult:
    """Load one or more files or folders into one canonical table (ids unique across all of them)."""
    flat: list[Path] = []
    for item in inputs:
        if isinstance(item, (str, Path)):
            flat.append(Path(item))
        else:
            flat.extend(Path(p) for p in item)
    if not flat:
        raise LoadError(f"no input given; pass a path to {SUPPORTED}")
    col = _Collector()
    for p in flat:
        _read_path(p, col, text_column)
    return col.result([_display_path(p) for p in flat])


def load_text(text: str, id: str = "pasted", title: str | None = None, site: str | None = "pasted") -> LoadResult:
    """Load a single pasted article string (for 'try your own article' cells)."""
    col = _Collector()
    col.add({"id": id, "text": text, "title": title, "site": site}, "<pasted>", None, "str", id)
    return col.result(["<pasted>"])


def load_default() -> LoadResult:
    """The default report's data: the seed article and the 1,000-article corpus (1,001 articles)."""
    return load_articles(*paths.DEFAULT_INPUTS)


def save_articles(result: LoadResult, folder: Path = paths.INTERIM) -> tuple[Path, Path]:
    """Write the article and quarantine tables as Parquet for the next notebook."""
    paths.ensure_dirs(folder)
    a, q = folder / "articles.parquet", folder / "quarantine.parquet"
    result.articles.to_parquet(a, index=False)
    result.quarantine.to_parquet(q, index=False)
    return a, q


def read_articles(folder: Path = paths.INTERIM) -> pd.DataFrame:
    """Read the table written by :func:`save_articles` (clear error if notebook 01 has not run)."""
    p = folder / "articles.parquet"
    if not p.exists():
        raise LoadError(f"{p}: not found. Run notebooks/01_load_articles.ipynb (or `make report`) first.")
    return pd.read_parquet(p)


# --------------------------------------------------------------------------- summaries for notebook 01

def per_site(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles, median body length and date range per site, largest site first."""
    g = articles.assign(chars=articles["text"].str.len()).groupby("site", dropna=False)
    out = pd.DataFrame({
        "articles": g.size(),
        "median_chars": g["chars"].median().round().astype(int),
        "first_date": g["date"].min().dt.strftime("%Y-%m-%d"),
        "last_date": g["date"].max().dt.strftime("%Y-%m-%d"),
    }).sort_values(["articles", "median_chars"], ascending=False)
    out.index.name = "site"
    return out.reset_index()


def date_sources(articles: pd.DataFrame) -> pd.DataFrame:
    """How many articles got their date from which source (input field, URL, text header, none)."""
    s = articles["date_source"].fillna("no date").value_counts()
    return s.rename_axis("date_source").reset_index(name="articles")


def per_month(articles: pd.DataFrame) -> pd.DataFrame:
    """A month × site table of article counts (months with at least one article, newest first)."""
    dated = articles.dropna(subset=["date"])
    month = dated["date"].dt.strftime("%Y-%m")
    t = pd.crosstab(month, dated["site"]).sort_index(ascending=False)
    t["total"] = t.sum(axis=1)
    t.index.name = "month"
    t.columns.name = None
    return t.reset_index()
