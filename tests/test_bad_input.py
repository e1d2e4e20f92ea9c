"""Bad input never crashes the loader, never loses an article, never shifts an offset (issue 9).

Every file in ``tests/data/bad/`` has one test here stating its exact outcome: a
:class:`~helpers.load.LoadError` naming the file (and line), quarantine rows with their exact
reasons, or articles whose text is exactly what the file holds.  ``test_whole_set_*`` counts
the input records of the whole set independently of the loader and asserts
``input records = loaded + quarantined``.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import time
from pathlib import Path

import pandas as pd
import pytest

from helpers import load, paths

BAD = Path(__file__).resolve().parent / "data" / "bad"
_spec = importlib.util.spec_from_file_location("make_bad_inputs", BAD / "make_bad_inputs.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)
FA = gen.FA
REL = str(BAD.relative_to(paths.ROOT))  # how the loader names these files


def ok(name: str, *, loaded: list[str], quarantined: list[tuple] = ()) -> load.LoadResult:
    """Load one file; assert exactly these ids loaded and exactly these quarantine rows
    ``(source_line, id, reason)`` in order."""
    r = load.load_articles(BAD / name)
    assert list(r.articles["id"]) == loaded
    rows = [(None if pd.isna(l) else int(l), None if pd.isna(i) else i, reason)
            for l, i, reason in r.quarantine[["source_line", "id", "reason"]].itertuples(index=False)]
    assert rows == list(quarantined)
    assert r.n_input == len(loaded) + len(quarantined)
    assert (r.quarantine["source_file"] == f"{REL}/{name}").all()
    return r


def text_of(r: load.LoadResult, rid: str) -> str:
    return r.articles.set_index("id").loc[rid, "text"]


# ----------------------------------------------------------------------------- the set itself

def test_committed_files_are_what_the_generator_writes(tmp_path):
    gen.write(tmp_path)
    made = {str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file()}
    committed = {str(p.relative_to(BAD)) for p in BAD.rglob("*")
                 if p.is_file() and "__pycache__" not in p.parts
                 and p.name not in ("make_bad_inputs.py", ".gitattributes")}
    assert made == committed
    for rel in made:
        assert (BAD / rel).read_bytes() == (tmp_path / rel).read_bytes(), rel


def test_every_file_of_the_set_has_an_outcome_here():
    assert set(gen.build()) == set(OUTCOMES) | {f"folder/{n}" for n in FOLDER_FILES}


# ----------------------------------------------------------------------------- JSON structure

def test_truncated_last_line():
    r = ok("truncated_line.jsonl", loaded=["trunc-1", "trunc-2"], quarantined=[
        (3, "trunc-3", "broken JSON at line 3, column 27: Unterminated string starting at")])
    assert r.quarantine.loc[0, "excerpt"].startswith('{"id": "trunc-3"')


def test_lines_that_are_not_objects():
    ok("not_object.jsonl", loaded=["notobj-1"], quarantined=[
        (2, None, "line 2 is a JSON array, not an object"),
        (3, None, "line 3 is a JSON string, not an object"),
        (4, None, "line 4 is a JSON number, not an object"),
        (5, None, "line 5 is null, not an object")])


def test_missing_text_lists_the_fields_found():
    ok("missing_text.jsonl", loaded=["missing-1"], quarantined=[
        (2, "missing-2", "no 'text' field (fields found: body, id, title)"),
        (3, "missing-3", "no 'text' field (fields found: id)"),
        (4, "missing_text-4", "no 'text' field (fields found: none)")])


def test_text_that_is_not_a_string_names_the_json_type():
    ok("text_not_string.jsonl", loaded=["types-1"], quarantined=[
        (2, "types-2", "'text' is a JSON number, not a string"),
        (3, "types-3", "'text' is null, not a string"),
        (4, "types-4", "'text' is a JSON array, not a string"),
        (5, "types-5", "'text' is a JSON object, not a string"),
        (6, "types-6", "'text' is a JSON boolean, not a string")])


def test_empty_whitespace_and_invisible_only_text():
    ok("empty_text.jsonl", loaded=["empty-1"], quarantined=[
        (2, "empty-2", "empty text"),
        (3, "empty-3", "whitespace-only text"),
        (4, "empty-4", "whitespace-only text"),
        (5, "empty-5", "no letters (only digits, punctuation, symbols or emoji)")])


def test_duplicate_ids_keep_the_first_and_say_whether_the_text_differs():
    where = f"{REL}/duplicate_ids.jsonl line 1"
    r = ok("duplicate_ids.jsonl", loaded=["dup-1", "dup-2"], quarantined=[
        (2, "dup-1", f"duplicate id with same text (first seen at {where}; the first is kept)"),
        (3, "dup-1", f"duplicate id with different text (first seen at {where}; the first is kept)")])
    assert text_of(r, "dup-1") == FA[0]


def test_a_json_array_saved_as_jsonl_is_read_as_an_array():
    r = ok("array_named_jsonl.jsonl", loaded=["arr-1", "arr-2"])
    assert list(r.articles["source_line"]) == [1, 2]  # item numbers
    assert text_of(r, "arr-2") == FA[1]


def test_json_lines_saved_as_json_are_read_as_lines():
    r = ok("lines_named_json.json", loaded=["lj-1", "lj-2"])
    assert text_of(r, "lj-2") == FA[3]


# ----------------------------------------------------------------------------- newlines, encodings

def test_mixed_crlf_and_lf_keep_the_text_exactly():
    r = ok("mixed_newlines.jsonl", loaded=["nl-1", "nl-2", "nl-3"])
    assert text_of(r, "nl-1") == FA[0] + "\r\n" + FA[1]
    assert text_of(r, "nl-2") == FA[2] + "\n" + FA[3]
    assert list(r.articles["source_line"]) == [1, 2, 3]
    t = ok("mixed_newlines.txt", loaded=["mixed_newlines"])
    assert text_of(t, "mixed_newlines") == (BAD / "mixed_newlines.txt").read_bytes().decode("utf-8")


def test_old_mac_cr_only_lines():
    r = ok("cr_only.jsonl", loaded=["cr-1", "cr-2"])
    assert text_of(r, "cr-2") == FA[1]


@pytest.mark.parametrize("name, ids", [("bom_utf8.jsonl", ["bom-1", "bom-2"]), ("bom_utf8.csv", ["bomcsv-1"])])
def test_utf8_bom_is_not_part_of_the_first_id_or_text(name, ids):
    r = ok(name, loaded=ids)
    assert set(r.articles["encoding"]) == {"utf-8-sig"}
    assert not any(t.startswith("\ufeff") for t in r.articles["text"])


@pytest.mark.parametrize("name, rid, text, encoding", [
    ("utf16.jsonl", "u16-2", FA[2], "utf-16"),
    ("utf16be_bom.txt", "utf16be_bom", FA[3], "utf-16"),
    ("utf16le_nobom.txt", "utf16le_nobom", FA[4], "utf-16-le"),
    ("windows1256.txt", "windows1256", gen.FA_1256, "windows-1256"),
    ("windows1256.csv", "w1256-1", gen.FA_1256, "windows-1256"),
])
def test_utf16_and_windows_1256_decode_exactly(name, rid, text, encoding):
    r = load.load_articles(BAD / name)
    assert r.quarantine.empty
    assert text_of(r, rid) == text
    assert set(r.articles["encoding"]) == {encoding}


def test_invalid_utf8_in_one_jsonl_record_quarantines_only_it():
    k = (BAD / "invalid_utf8.jsonl").read_bytes().split(b"\n")[1].index(b"\xff")
    r = ok("invalid_utf8.jsonl", loaded=["badutf8-1", "badutf8-3"], quarantined=[
        (2, "badutf8-2", f"undecodable bytes: invalid UTF-8 at byte {k} of line 2")])
    assert "\ufffd" in r.quarantine.loc[0, "excerpt"]
    assert not r.articles["text"].str.contains("\ufffd").any()


def test_invalid_utf8_in_one_csv_row_quarantines_only_it():
    r = ok("invalid_utf8.csv", loaded=["badcsv-1", "badcsv-3"], quarantined=[
        (3, "badcsv-2", "undecodable bytes: invalid UTF-8 in the row at line 3")])
    assert text_of(r, "badcsv-3") == FA[5]


def test_latin1_is_quarantined_not_guessed():
    ok("latin1.txt", loaded=[], quarantined=[
        (None, "latin1", "undecodable bytes: not UTF-8 (invalid at byte 15, line 1), UTF-16 or "
                         "Windows-1256; convert it to UTF-8")])


# ----------------------------------------------------------------------------- characters

def test_nul_and_control_characters_are_kept_as_given():
    r = ok("control_chars.jsonl", loaded=[f"ctl-{i}" for i in range(1, 7)])
    t = r.articles.set_index("id")["text"]
    assert t["ctl-1"] == FA[0].replace(" ", "\x00", 1)
    assert t["ctl-2"] == FA[1].replace(" ", "\t", 1)      # was a raw tab inside the JSON string
    assert t["ctl-3"] == FA[2].replace(" ", "\x00", 1)    # was a raw NUL byte
    assert t["ctl-4"] == "\x07\x1b[31m" + FA[3] + "\x7f\x85\u2028\u2029\x0b\x0c"
    assert t["ctl-5"] == "\u202b" + FA[4] + "\u202c\u2067\u200f" + FA[5] + "\u2069"
    assert t["ctl-6"].startswith("\u064e\u0651")


def test_unpaired_surrogates_are_quarantined_paired_ones_load():
    r = ok("surrogates.jsonl", loaded=["sur-2"], quarantined=[
        (1, "sur-1", "text contains unpaired surrogate code points (broken UTF-16 escapes)"),
        (3, "sur-3", "text contains unpaired surrogate code points (broken UTF-16 escapes)")])
    assert text_of(r, "sur-2").endswith("\U0001F600")
    r.quarantine.to_parquet(io.BytesIO())  # the excerpts are writable UTF-8


def test_latin_arabic_digit_and_emoji_only_texts():
    r = ok("scripts.jsonl", loaded=["script-3", "script-6"], quarantined=[
        (1, "script-1", "not Persian script: 0% of 61 letters are Arabic-script"),
        (2, "script-2", "Arabic-language text, not Persian (no Persian letters or function words)"),
        (4, "script-4", "no letters (only digits, punctuation, symbols or emoji)"),
        (5, "script-5", "no letters (only digits, punctuation, symbols or emoji)")])
    assert text_of(r, "script-3").endswith('"talks will continue" — AFP')


def test_html_markup_is_kept_and_does_not_count_as_latin():
    r = ok("html_body.jsonl", loaded=["html-1"], quarantined=[
        (2, "html-2", "not Persian script: 0% of 13 letters are Arabic-script")])
    assert text_of(r, "html-1").startswith('<div class="article-body"><p style="text-align:justify">' + FA[0])


# ----------------------------------------------------------------------------- CSV

def test_csv_quoted_multiline_field_with_doubled_quotes_and_dates():
    r = ok("multiline.csv", loaded=["csv-1", "csv-2", "csv-3"])
    a = r.articles.set_index("id")
    assert a.loc["csv-1", "text"] == f'{FA[0]}\r\n{FA[1]}\n\nبند سوم با "نقل‌قول" و ویرگول, انگلیسی'
    assert a.loc["csv-1", "title"] == "تیتر، با ویرگول"
    assert list(r.articles["source_line"]) == [2, 6, 7]
    assert a.loc["csv-1", "date"] == pd.Timestamp("2023-07-23")           # Jalali 1402/05/01
    assert a.loc["csv-1", "date_source"] == "input field (Jalali)"
    assert a.loc["csv-2", "date"] == pd.Timestamp("2023-07-23 10:00")     # +03:30 dropped, wall clock kept
    assert pd.isna(a.loc["csv-3", "date"]) and pd.isna(a.loc["csv-3", "date_source"])


def test_csv_unquoted_comma_quarantines_the_row_instead_of_truncating_it():
    ok("unquoted_comma.csv", loaded=["uq-1", "uq-3"], quarantined=[
        (3, "uq-2", "row at line 3 has 4 fields but the header has 2 (an unquoted ',' in the text?)")])


def test_csv_unclosed_quote_is_an_error_naming_file_and_line():
    with pytest.raises(load.LoadError) as e:
        load.load_articles(BAD / "unclosed_quote.csv")
    assert str(e.value) == (f"{REL}/unclosed_quote.csv: broken CSV in the record starting at line 3: "
                            "unexpected end of data (a quote opened here is never closed)")


# ----------------------------------------------------------------------------- files and folders

@pytest.mark.parametrize("name, message", [
    ("empty.jsonl", "the file is empty"),
    ("blank_lines.jsonl", "no records in the file (only blank lines, an empty array or a header); nothing to load"),
    ("empty_array.json", "no records in the file (only blank lines, an empty array or a header); nothing to load"),
    ("header_only.csv", "no records in the file (only blank lines, an empty array or a header); nothing to load"),
])
def test_files_without_records_are_errors_naming_the_file(name, message):
    with pytest.raises(load.LoadError) as e:
        load.load_articles(BAD / name)
    assert str(e.value) == f"{REL}/{name}: {message}"


FOLDER_FILES = ["one.txt", "two.TXT", "sub/three.txt", "notes.md", "photo.png", ".DS_Store", "README", "export.csv"]


def test_folder_with_non_txt_files():
    r = load.load_articles(BAD / "folder")
    assert list(r.articles["id"]) == ["one", "sub__three", "two"]
    assert set(r.articles["site"]) == {"folder"}
    q = dict(zip(r.quarantine["source_file"].str.rsplit("/", n=1).str[1], r.quarantine["reason"]))
    assert q == {
        ".DS_Store": "not a .txt file (no extension): skipped",
        "README": "not a .txt file (no extension): skipped",
        "export.csv": "not a .txt file (.csv): skipped",
        "notes.md": "not a .txt file (.md): skipped",
        "photo.png": "not a .txt file (.png): skipped",
    }
    assert r.n_input == len(FOLDER_FILES)


# ----------------------------------------------------------------------------- the 5 MB article

def test_a_5_mb_article_loads_whole_in_every_format(tmp_path):
    body = "\n".join(FA) + "\n"
    big = body * (5_000_000 // len(body.encode("utf-8")) + 1)
    assert len(big.encode("utf-8")) > 5_000_000
    (tmp_path / "big.jsonl").write_text(json.dumps({"id": "big-j", "text": big}, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    (tmp_path / "big.txt").write_text(big, encoding="utf-8")
    with open(tmp_path / "big.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["id", "text"], ["big-c", big]])
    t0 = time.perf_counter()
    r = load.load_articles(tmp_path / "big.jsonl", tmp_path / "big.txt", tmp_path / "big.csv")
    seconds = time.perf_counter() - t0
    assert list(r.articles["id"]) == ["big-j", "big", "big-c"]
    assert (r.articles["text"] == big).all()
    load.save_articles(r, tmp_path / "out")
    assert (load.read_articles(tmp_path / "out")["text"] == big).all()
    assert seconds < 30, f"loading 3 × 5 MB took {seconds:.1f} s"


# ----------------------------------------------------------------------------- metadata that broke saving

def test_odd_metadata_and_dates_load_and_save(tmp_path):
    recs = [
        {"id": 7, "text": FA[0], "title": 12, "source_repo": ["a", "b"], "source_path": {"p": 1},
         "date": "2023-07-23T10:00:00+03:30"},
        {"id": "m-\ud800", "text": FA[1], "title": "تیتر \udc80", "date": "0001-01-01"},
        {"id": None, "text": FA[2], "date": "۱۴۰۲/۰۵/۰۱", "url": "https://www.farsnews.ir/news/14020501000123"},
        {"id": "m-4", "text": FA[3], "date": "not a date", "url": "https://www.farsnews.ir/news/14020501000123"},
        {"id": "m-5", "text": FA[4], "date": 20230723},
    ]
    p = tmp_path / "meta.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in recs), encoding="utf-8")  # surrogates escaped
    r = load.load_articles(p)
    a = r.articles.set_index("id")
    assert list(a.index) == ["7", "m-\ufffd", "meta-3", "m-4", "m-5"]
    assert pd.isna(a.loc["7", "title"]) and a.loc["7", "source_repo"] == '["a", "b"]'
    assert a.loc["m-\ufffd", "title"] == "تیتر \ufffd"
    assert pd.isna(a.loc["m-\ufffd", "date"])                                  # 0001-01-01 is a placeholder
    assert (a.loc["meta-3", "date"], a.loc["meta-3", "date_source"]) == (pd.Timestamp("2023-07-23"),
                                                                        "input field (Jalali)")
    assert a.loc["m-4", "date_source"] == "url (Jalali)"                          # unparseable field: next source
    assert a.loc["m-5", "date"] == pd.Timestamp("2023-07-23")
    load.save_articles(r, tmp_path / "out")
    assert list(load.read_articles(tmp_path / "out")["text"]) == [x["text"] for x in recs]


def test_pasted_bad_values_are_quarantined_not_raised():
    for value, reason in [(None, "'text' is null, not a string"), (3.5, "'text' is a JSON number, not a string"),
                          ("", "empty text"), ("وزیر \ud83d گفت", "text contains unpaired surrogate code points "
                                                                   "(broken UTF-16 escapes)")]:
        r = load.load_text(value)
        assert r.articles.empty and list(r.quarantine["reason"]) == [reason]


def test_summaries_of_an_all_quarantined_load_do_not_crash():
    r = load.load_articles(BAD / "latin1.txt")
    assert load.per_site(r.articles).empty
    assert load.date_sources(r.articles).empty
    assert load.per_month(r.articles).empty


# ----------------------------------------------------------------------------- the whole set

#: file -> (loaded, quarantined) or the LoadError it raises.
OUTCOMES = {
    "truncated_line.jsonl": (2, 1), "not_object.jsonl": (1, 4), "missing_text.jsonl": (1, 3),
    "text_not_string.jsonl": (1, 5), "empty_text.jsonl": (1, 4), "duplicate_ids.jsonl": (2, 2),
    "array_named_jsonl.jsonl": (2, 0), "lines_named_json.json": (2, 0),
    "mixed_newlines.jsonl": (3, 0), "mixed_newlines.txt": (1, 0), "cr_only.jsonl": (2, 0),
    "bom_utf8.jsonl": (2, 0), "bom_utf8.csv": (1, 0), "utf16.jsonl": (2, 0), "utf16be_bom.txt": (1, 0),
    "utf16le_nobom.txt": (1, 0), "windows1256.txt": (1, 0), "windows1256.csv": (1, 0),
    "invalid_utf8.jsonl": (2, 1), "invalid_utf8.csv": (2, 1), "latin1.txt": (0, 1),
    "control_chars.jsonl": (6, 0), "surrogates.jsonl": (1, 2), "scripts.jsonl": (2, 4),
    "html_body.jsonl": (1, 1), "multiline.csv": (3, 0), "unquoted_comma.csv": (2, 1),
    "unclosed_quote.csv": load.LoadError, "empty.jsonl": load.LoadError, "blank_lines.jsonl": load.LoadError,
    "empty_array.json": load.LoadError, "header_only.csv": load.LoadError,
}


def count_records(path: Path) -> int:
    """Input records, counted without the loader: one per file in a folder or .txt, per
    non-blank line of JSON Lines, per item of a JSON array, per CSV row."""
    if path.is_dir():
        return sum(1 for p in path.rglob("*") if p.is_file())
    data = path.read_bytes()
    if path.suffix == ".txt":
        return 1
    for codec in ("utf-8-sig", "utf-16", "cp1256"):
        try:
            text = data.decode(codec)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("utf-8", "replace")
    if path.suffix == ".csv":
        return sum(1 for _ in csv.reader(io.StringIO(text, newline=""))) - 1
    if text.lstrip().startswith("["):
        return len(json.loads(text))
    sep = "\n" if "\n" in text else "\r"
    return sum(1 for ln in text.split(sep) if ln.strip())


def test_whole_set_input_records_equal_loaded_plus_quarantined():
    files = [BAD / n for n, o in OUTCOMES.items() if isinstance(o, tuple)] + [BAD / "folder"]
    r = load.load_articles(files)
    n_records = sum(count_records(p) for p in files)
    assert n_records == r.n_input == len(r.articles) + len(r.quarantine)
    want_loaded = sum(o[0] for o in OUTCOMES.values() if isinstance(o, tuple)) + 3
    want_quarantined = sum(o[1] for o in OUTCOMES.values() if isinstance(o, tuple)) + 5
    assert (len(r.articles), len(r.quarantine)) == (want_loaded, want_quarantined)
    assert r.articles["id"].is_unique


@pytest.mark.parametrize("name", sorted(OUTCOMES))
def test_each_file_alone_has_its_listed_outcome(name):
    want = OUTCOMES[name]
    if want is load.LoadError:
        with pytest.raises(load.LoadError, match=name.replace(".", r"\.")):
            load.load_articles(BAD / name)
        return
    r = load.load_articles(BAD / name)
    assert (len(r.articles), len(r.quarantine)) == want
    assert r.n_input == sum(want) == count_records(BAD / name)


def test_whole_set_round_trips_through_parquet(tmp_path):
    files = [BAD / n for n, o in OUTCOMES.items() if isinstance(o, tuple)] + [BAD / "folder"]
    r = load.load_articles(files)
    load.save_articles(r, tmp_path)
    back = load.read_articles(tmp_path)
    assert list(back["text"]) == list(r.articles["text"])  # NUL, CR, bidi controls and all
    assert len(pd.read_parquet(tmp_path / "quarantine.parquet")) == len(r.quarantine)
