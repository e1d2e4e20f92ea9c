"""Load Persian news articles from what analysts actually have, and lose none of them.

Inputs: JSONL (one object per line), a JSON array, CSV (a header naming the text
column), a folder of ``.txt`` files (one article each, id from the file name), or a
single pasted string.  Every input record ends up either in ``articles`` or in
``quarantine`` with a reason; :meth:`LoadResult.check` asserts that
``loaded + quarantined == input``.

``text`` is kept exactly as given (after decoding): every offset the later stages
report points into it.  Encodings are detected per file (UTF-8 with or without BOM,
UTF-16 with BOM, Windows-1256) and recorded per article; bytes that fit none of them
are quarantined, never guessed.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
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
#: Column names accepted as the article body in CSV/JSON input, in order of preference.
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
    non_ascii = [c for c in text if ord(c) > 127 and not c.isspace()]
    if not non_ascii:
        return 1.0
    return sum(is_arabic_script(c) for c in non_ascii) / len(non_ascii)


def detect_encoding(data: bytes) -> str | None:
    """Return the codec that decodes ``data`` plausibly, or None if none does.

    Order: a BOM decides; then strict UTF-8; then Windows-1256, accepted only if the
    result is overwhelmingly Arabic-script (cp1256 decodes almost any bytes, so a
    wrong guess would otherwise pass silently).
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
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


# --------------------------------------------------------------------------- script checks

_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_PERSIAN_LETTERS = set("پچژگ")
_PERSIAN_WORDS = {"است", "این", "را", "که", "از", "به", "می", "برای", "شد", "کرد", "بود", "آن", "ها", "اين", "كه"}
_ARABIC_WORDS = {"في", "التي", "الذي", "هذا", "هذه", "على", "إلى", "عن", "كان", "قد"}


def is_arabic_script(ch: str) -> bool:
    o = ord(ch)
    return any(a <= o <= b for a, b in _ARABIC_RANGES)


def script_problem(text: str) -> str | None:
    """Why ``text`` is not a Persian article, or None if it looks like one."""
    if not text.strip():
        return "empty text" if not text else "whitespace-only text"
    letters = [c for c in text if unicodedata.category(c).startswith("L")]
    if not letters:
        return "no letters (only digits, punctuation, symbols or emoji)"
    arabic = sum(is_arabic_script(c) for c in letters)
    share = arabic / len(letters)
    if share < 0.5:
        return f"not Persian script: {share:.0%} of {len(letters)} letters are Arabic-script"
    words = set(re.findall(r"[\u0600-\u06FF]+", text))
    if not (_PERSIAN_LETTERS & set(text)) and not (_PERSIAN_WORDS & words) and (_ARABIC_WORDS & words):
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
            "source_file": source_file, "source_line": line, "id": None if rid is None else str(rid),
            "reason": reason, "excerpt": _excerpt(excerpt),
        })

    def add(self, record: dict, source_file: str, line, encoding: str, default_id: str) -> None:
        rid = record.get("id")
        rid = default_id if rid is None or (isinstance(rid, str) and not rid.strip()) else str(rid)
        if "text" not in record:
            found = ", ".join(sorted(map(str, record))) or "none"
            return self.reject(source_file, line, rid, f"no 'text' field (fields found: {found})")
        text = record["text"]
        if not isinstance(text, str):
            return self.reject(source_file, line, rid,
                               f"'text' is {type(text).__name__}, not a string", repr(text))
        if any(0xD800 <= ord(c) <= 0xDFFF for c in text):
            return self.reject(source_file, line, rid,
                               "text contains unpaired surrogate code points (broken UTF-16 escapes)",
                               text.encode("utf-8", "replace").decode("utf-8"))
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
        title = record.get("title")
        url = record.get("url")
        given_date = record.get("date")
        d, d_source = None, None
        if given_date not in (None, "") and not (isinstance(given_date, float) and pd.isna(given_date)):
            d, d_source = pd.to_datetime(str(given_date), errors="coerce"), "input field"
            if pd.isna(d):
                d, d_source = None, None
        if d is None and (hd := date_from_text_header(text)):
            d, d_source = pd.Timestamp(hd), "text header"
        if d is None and isinstance(url, str) and (ud := date_from_fars_url(url)):
            d, d_source = pd.Timestamp(ud), "url (Jalali)"
        self.rows.append({
            "id": rid,
            "title": title if isinstance(title, str) else None,
            "text": text,
            "site": record.get("site") if isinstance(record.get("site"), str) else None,
            "url": url if isinstance(url, str) else None,
            "date": d,
            "date_source": d_source,
            "category": record.get("category") if isinstance(record.get("category"), str) else None,
            "source_repo": record.get("source_repo"),
            "source_path": record.get("source_path"),
            "source_commit": record.get("source_commit"),
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


def _excerpt(text: str, n: int = 80) -> str:
    text = str(text).replace("\n", " ⏎ ")
    return text if len(text) <= n else text[:n] + "…"


def _display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(paths.ROOT))
    except ValueError:
        return str(path)


# --------------------------------------------------------------------------- formats

def _read_jsonl(path: Path, col: _Collector) -> None:
    data = path.read_bytes()
    name = _display_path(path)
    codec = detect_encoding(data)
    if codec in ("utf-8-sig", "utf-16", "windows-1256"):
        text = _decode_or_none(data, codec)
        if text is None:
            raise LoadError(f"{name}: starts like {codec} but is not valid {codec}; convert it to UTF-8")
        lines = [(codec, ln) for ln in text.split("\n")]
    else:
        # UTF-8 file, possibly with a few broken records: decode line by line so one bad
        # record is quarantined instead of the whole file.
        lines = []
        for raw in data.split(b"\n"):
            lines.append(("utf-8", raw.decode("utf-8")) if _decode_or_none(raw, "utf-8") is not None
                         else (None, raw))
    for lineno, (enc, line) in enumerate(lines, start=1):
        if enc is None:
            try:
                line.decode("utf-8")
            except UnicodeDecodeError as e:
                col.reject(name, lineno, None, f"undecodable bytes: invalid UTF-8 at byte {e.start} of line {lineno}",
                           line.decode("utf-8", "replace"))
            continue
        if not line.strip():
            continue  # blank lines are not records
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            col.reject(name, lineno, None, f"broken JSON at line {lineno}, column {e.colno}: {e.msg}", line)
            continue
        if not isinstance(obj, dict):
            col.reject(name, lineno, None, f"line {lineno} is a JSON {type(obj).__name__}, not an object", line)
            continue
        col.add(obj, name, lineno, "utf-8" if enc == "utf-8-sig" and lineno > 1 else enc,
                f"{path.stem}-{lineno}")


def _read_json_array(path: Path, col: _Collector) -> None:
    name = _display_path(path)
    text, codec = _decode_file(path)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        raise LoadError(f"{name}: not valid JSON (line {e.lineno}, column {e.colno}: {e.msg}). "
                        "For one article per line, name the file .jsonl.") from None
    if isinstance(obj, dict):
        obj = [obj]
    if not isinstance(obj, list):
        raise LoadError(f"{name}: expected a JSON array of article objects, found a {type(obj).__name__}")
    for i, rec in enumerate(obj, start=1):
        if not isinstance(rec, dict):
            col.reject(name, i, None, f"item {i} is a JSON {type(rec).__name__}, not an object", json.dumps(rec, ensure_ascii=False))
            continue
        col.add(rec, name, i, codec, f"{path.stem}-{i}")


def _decode_file(path: Path) -> tuple[str, str]:
    data = path.read_bytes()
    codec = detect_encoding(data)
    if codec is not None and _decode_or_none(data, codec) is None:
        codec = None
    if codec is None:
        raise LoadError(f"{_display_path(path)}: cannot decode the file as UTF-8, UTF-16 (with BOM) "
                        "or Windows-1256; convert it to UTF-8")
    return data.decode(codec), codec


def _read_csv(path: Path, col: _Collector, text_column: str | None = None) -> None:
    name = _display_path(path)
    text, codec = _decode_file(path)
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
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
    start_line = 2
    for row in reader:
        end_line = reader.line_num
        row = {k: v for k, v in row.items() if k is not None}
        rec = {k: (v if v != "" else None) for k, v in row.items()}
        rec["text"] = row.get(tcol) if row.get(tcol) is not None else ""
        if tcol != "text":
            rec.pop(tcol, None)
        col.add(rec, name, start_line, codec, f"{path.stem}-{start_line}")
        start_line = end_line + 1


def _read_txt(path: Path, col: _Collector, site: str | None, root: Path | None) -> None:
    name = _display_path(path)
    data = path.read_bytes()
    codec = detect_encoding(data)
    rid = path.stem if root is None else str(path.relative_to(root).with_suffix("")).replace("/", "__")
    if codec is not None and _decode_or_none(data, codec) is None:
        codec = None
    if codec is None:
        col.reject(name, None, rid, "undecodable bytes: not UTF-8, UTF-16 (with BOM) or Windows-1256",
                   data.decode("utf-8", "replace"))
        return
    col.add({"id": rid, "text": data.decode(codec), "site": site}, name, None, codec, rid)


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
    if path.stat().st_size == 0:
        raise LoadError(f"{_display_path(path)}: the file is empty")
    ext = path.suffix.lower()
    if ext in (".jsonl", ".ndjson"):
        return _read_jsonl(path, col)
    if ext == ".json":
        return _read_json_array(path, col)
    if ext in (".csv", ".tsv"):
        return _read_csv(path, col, text_column)
    if ext == ".txt":
        return _read_txt(path, col, site=path.parent.name, root=None)
    raise LoadError(f"{_display_path(path)}: unsupported file type {ext or '(none)'}; use {SUPPORTED}")


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
