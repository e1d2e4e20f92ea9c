"""helpers.load: every format, every encoding, every quarantine reason, and nothing lost."""

import json
from datetime import date
from pathlib import Path

import pytest

from helpers import load, paths

FA = "وزیر خارجه در گفت‌وگو با خبرنگاران گفت: مذاکرات ادامه دارد."
FA2 = "سخنگوی دولت اعلام کرد که جلسه فردا برگزار می‌شود."


def write_jsonl(path: Path, records, encoding="utf-8") -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


# ----------------------------------------------------------------------------- default data

@pytest.fixture(scope="module")
def default():
    return load.load_default()


def test_default_data_loads_all_1001_articles(default):
    assert default.n_input == 1001
    assert len(default.articles) == 1001
    assert default.quarantine.empty
    assert list(default.articles.columns) == load.COLUMNS
    assert default.articles["id"].is_unique


def test_default_keeps_text_exactly_as_in_the_file(default):
    by_id = default.articles.set_index("id")["text"]
    assert by_id[paths.SEED_ID] == paths.SEED_FILE.read_text(encoding="utf-8")
    first = json.loads(paths.CORPUS_FILE.read_text(encoding="utf-8").splitlines()[0])
    assert by_id[first["id"]] == first["text"]


def test_default_keeps_attribution_fields(default):
    corpus = default.articles[default.articles["id"] != paths.SEED_ID]
    for col in ("source_repo", "source_path", "source_commit", "url", "site"):
        assert corpus[col].notna().all(), col


def test_seed_date_header_becomes_metadata_without_touching_text(default):
    seed = default.articles.set_index("id").loc[paths.SEED_ID]
    assert seed["date"].date() == date(2026, 2, 4)
    assert seed["date_source"] == "text header"
    assert seed["text"].startswith(" date 2026-02-04 ")


def test_every_article_has_a_date(default):
    assert default.articles["date"].notna().all()
    assert set(default.articles["date_source"]) == {"input field", "url (Jalali)", "text header"}


# ----------------------------------------------------------------------------- dates

@pytest.mark.parametrize("jalali, gregorian", [
    ((1399, 1, 1), date(2020, 3, 20)),
    ((1384, 6, 9), date(2005, 8, 31)),
    ((1403, 12, 30), date(2025, 3, 20)),
    ((1357, 11, 22), date(1979, 2, 11)),
])
def test_jalali_to_gregorian(jalali, gregorian):
    assert load.jalali_to_gregorian(*jalali) == gregorian


@pytest.mark.parametrize("url, expected", [
    ("https://www.farsnews.ir/news/8406090533", date(2005, 8, 31)),
    ("https://www.farsnews.ir/news/13960313001306/تخریب-بخشی", date(2017, 6, 3)),
    ("https://www.tabnak.ir/fa/news/960431", None),
    (None, None),
])
def test_date_from_fars_url(url, expected):
    assert load.date_from_fars_url(url) == expected


# ----------------------------------------------------------------------------- formats

def test_jsonl(tmp_path):
    p = write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": FA, "site": "x", "date": "2020-01-02"},
                                           {"id": "b", "text": FA2}])
    r = load.load_articles(p)
    assert list(r.articles["id"]) == ["a", "b"]
    assert r.articles.loc[0, "date"].date() == date(2020, 1, 2)
    assert list(r.articles["source_line"]) == [1, 2]


def test_jsonl_without_ids_gets_ids_from_file_and_line(tmp_path):
    p = write_jsonl(tmp_path / "batch.jsonl", [{"text": FA}, {"text": FA2}])
    assert list(load.load_articles(p).articles["id"]) == ["batch-1", "batch-2"]


def test_json_array(tmp_path):
    p = tmp_path / "a.json"
    p.write_text(json.dumps([{"id": 1, "text": FA}, {"id": 2, "text": FA2}], ensure_ascii=False), encoding="utf-8")
    assert list(load.load_articles(p).articles["id"]) == ["1", "2"]


def test_csv_with_multiline_quoted_text(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text(f'id,title,body\nx1,تیتر,"{FA}\nخط دوم, با ویرگول"\nx2,,{FA2}\n', encoding="utf-8")
    r = load.load_articles(p)
    assert list(r.articles["id"]) == ["x1", "x2"]
    assert r.articles.loc[0, "text"] == FA + "\nخط دوم, با ویرگول"
    assert list(r.articles["source_line"]) == [2, 4]


def test_csv_with_chosen_text_column(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text(f"id,matn\n1,{FA}\n", encoding="utf-8")
    assert load.load_articles(p, text_column="matn").articles.loc[0, "text"] == FA


def test_csv_wrong_column_is_a_clear_error(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text(f"id,headline\n1,{FA}\n", encoding="utf-8")
    with pytest.raises(load.LoadError, match=r"a\.csv: no text column.*columns found: 'id', 'headline'"):
        load.load_articles(p)


def test_folder_of_txt_files(tmp_path):
    d = tmp_path / "batch"
    d.mkdir()
    (d / "one.txt").write_text(FA, encoding="utf-8")
    (d / "two.txt").write_text(FA2, encoding="utf-8")
    (d / "notes.md").write_text("not an article", encoding="utf-8")
    r = load.load_articles(d)
    assert list(r.articles["id"]) == ["one", "two"]
    assert set(r.articles["site"]) == {"batch"}
    assert r.quarantine["reason"].str.contains("not a .txt file").tolist() == [True]
    assert r.n_input == 3


def test_pasted_string():
    r = load.load_text(FA)
    assert r.articles.loc[0, "text"] == FA and r.articles.loc[0, "id"] == "pasted"


def test_pasted_empty_string_is_quarantined_not_raised():
    r = load.load_text("   ")
    assert r.articles.empty and r.quarantine.loc[0, "reason"] == "whitespace-only text"


def test_several_inputs_share_one_id_space(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", [{"id": "same", "text": FA}])
    b = write_jsonl(tmp_path / "b.jsonl", [{"id": "same", "text": FA2}])
    r = load.load_articles(a, b)
    assert len(r.articles) == 1 and "duplicate id with different text" in r.quarantine.loc[0, "reason"]


@pytest.mark.parametrize("name, message", [
    ("missing.jsonl", "no such file or folder"),
    ("a.docx", "unsupported file type .docx"),
])
def test_input_level_errors_name_the_file(tmp_path, name, message):
    p = tmp_path / name
    if name.endswith(".docx"):
        p.write_bytes(b"PK\x03\x04")
    with pytest.raises(load.LoadError, match=message):
        load.load_articles(p)


def test_empty_file_is_a_clear_error(tmp_path):
    p = tmp_path / "empty.jsonl"
    p.write_bytes(b"")
    with pytest.raises(load.LoadError, match="empty.jsonl: the file is empty"):
        load.load_articles(p)


# ----------------------------------------------------------------------------- encodings

@pytest.mark.parametrize("codec, expected", [
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig"),
    ("utf-16", "utf-16"),       # Python writes a BOM
    ("cp1256", "windows-1256"),
])
def test_txt_encodings_are_detected_and_recorded(tmp_path, codec, expected):
    text = "وزير خارجه گفت: مذاکرات ادامه دارد.\r\nخط دوم."  # cp1256 has no Persian-only ی; use ي
    p = tmp_path / "a.txt"
    p.write_bytes(text.encode(codec))
    r = load.load_articles(p)
    assert r.articles.loc[0, "encoding"] == expected
    assert r.articles.loc[0, "text"] == text  # CRLF kept as given


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "cp1256"])
def test_jsonl_and_csv_encodings(tmp_path, codec):
    text = "وزير خارجه گفت: مذاکرات ادامه دارد."
    write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": text}], encoding=codec)
    (tmp_path / "a.csv").write_bytes(f"id,text\nb,{text}\n".encode(codec))
    for name in ("a.jsonl", "a.csv"):
        r = load.load_articles(tmp_path / name)
        assert r.articles.loc[0, "text"] == text, name


def test_latin1_bytes_are_not_guessed_as_windows_1256(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Café crème brûlée à la façon de Noël".encode("latin-1"))
    r = load.load_articles(p)
    assert r.articles.empty and r.quarantine.loc[0, "reason"].startswith("undecodable bytes")


def test_invalid_utf8_in_one_record_quarantines_only_that_record(tmp_path):
    good = json.dumps({"id": "ok", "text": FA}, ensure_ascii=False).encode()
    bad = json.dumps({"id": "bad", "text": FA2}, ensure_ascii=False).encode().replace("جلسه".encode(), b"\xff\xfe\xfa")
    p = tmp_path / "a.jsonl"
    p.write_bytes(good + b"\n" + bad + b"\n")
    r = load.load_articles(p)
    assert list(r.articles["id"]) == ["ok"]
    assert r.quarantine.loc[0, "source_line"] == 2
    assert "invalid UTF-8" in r.quarantine.loc[0, "reason"]


# ----------------------------------------------------------------------------- quarantine reasons

@pytest.mark.parametrize("line, reason", [
    ('{"id": "t", "text": "وزیر گفت', "broken JSON at line 1"),
    ('["وزیر گفت"]', "line 1 is a JSON array, not an object"),
    ('{"id": "t", "body": "وزیر گفت"}', "no 'text' field (fields found: body, id)"),
    ('{"id": "t", "text": 42}', "'text' is a JSON number, not a string"),
    ('{"id": "t", "text": ""}', "empty text"),
    ('{"id": "t", "text": " \\n\\t "}', "whitespace-only text"),
    ('{"id": "t", "text": "1403 ۱۲ 99 ... 🙂🙂"}', "no letters"),
    ('{"id": "t", "text": "This is an English article about Iran."}', "not Persian script"),
    ('{"id": "t", "text": "قال الوزير في المؤتمر إن هذا القرار على الطاولة"}', "Arabic-language text"),
    ('{"id": "t", "text": "وزیر \\ud800 گفت"}', "unpaired surrogate"),
])
def test_quarantine_reasons(tmp_path, line, reason):
    p = write_jsonl(tmp_path / "a.jsonl", [line, {"id": "good", "text": FA}])
    r = load.load_articles(p)
    assert list(r.articles["id"]) == ["good"]
    assert len(r.quarantine) == 1
    assert reason in r.quarantine.loc[0, "reason"]
    assert r.n_input == 2


def test_duplicate_ids_same_and_different_text(tmp_path):
    p = write_jsonl(tmp_path / "a.jsonl", [{"id": "d", "text": FA}, {"id": "d", "text": FA},
                                           {"id": "d", "text": FA2}])
    r = load.load_articles(p)
    assert len(r.articles) == 1
    reasons = list(r.quarantine["reason"])
    assert "duplicate id with same text" in reasons[0] and "duplicate id with different text" in reasons[1]
    assert "first seen at" in reasons[0]


def test_blank_lines_are_not_records(tmp_path):
    p = write_jsonl(tmp_path / "a.jsonl", ["", {"id": "a", "text": FA}, "   "])
    r = load.load_articles(p)
    assert r.n_input == 1 and len(r.articles) == 1


def test_check_catches_a_lost_record():
    r = load.load_text(FA)
    r.n_input += 1
    with pytest.raises(AssertionError, match="2 input records but 1 loaded"):
        r.check()


def test_save_and_read_round_trip(tmp_path):
    r = load.load_text(FA)
    load.save_articles(r, tmp_path)
    back = load.read_articles(tmp_path)
    assert back.loc[0, "text"] == FA


def test_read_articles_before_notebook_01_is_a_clear_error(tmp_path):
    with pytest.raises(load.LoadError, match="Run notebooks/01_load_articles.ipynb"):
        load.read_articles(tmp_path)
