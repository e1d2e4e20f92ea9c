"""Write the bad-input set in this folder: real-world-shaped broken files, each small.

Run from anywhere: ``.venv/bin/python tests/data/bad/make_bad_inputs.py``.  The outputs are
committed; ``tests/test_bad_input.py`` re-runs this script into a temporary folder and
checks that the committed files are byte-for-byte what it writes, so the two cannot drift.
Binary cases (encodings, invalid bytes, NUL, mixed line endings) are written as bytes here
because an editor would silently "fix" them.  The 5 MB article is not here: the test
generates it at run time.

Every text below was written for this set (no corpus article is copied).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Short Persian news sentences written for this set.
FA = [
    "سخنگوی وزارت امور خارجه روز دوشنبه گفت: «مذاکرات هفته آینده در ژنو ادامه پیدا می‌کند.»",
    "وزیر نیرو اعلام کرد که ذخیره سدهای تهران نسبت به سال گذشته کاهش یافته است.",
    "به گفته رئیس سازمان هواشناسی، بارش‌ها از چهارشنبه در استان‌های شمالی آغاز می‌شود.",
    "نماینده مردم تبریز در مجلس گفت بودجه عمرانی استان هنوز تخصیص پیدا نکرده است.",
    "رئیس کل بانک مرکزی با بیان اینکه تورم ماهانه کاهش یافته، افزود: «این روند ادامه خواهد داشت.»",
    "مدیرعامل شرکت متروی تهران از افتتاح دو ایستگاه جدید تا پایان سال خبر داد.",
]
# Windows-1256 has no Persian ی/ک (U+06CC/U+06A9): archives in it use Arabic ي/ك.
FA_1256 = "سخنگوي دولت گفت: «جلسه هيئت وزيران فردا برگزار مي‌شود.»\r\nوزير کشور نيز در اين جلسه حضور دارد."


MARK = "\ue000"  # a private-use placeholder, swapped for raw bytes after JSON encoding


def jl(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def lines(*items: bytes, end: bytes = b"\n") -> bytes:
    return end.join(items) + end


def build() -> dict[str, bytes]:
    """Relative path -> exact bytes, for every file of the set."""
    f: dict[str, bytes] = {}

    # JSON structure ------------------------------------------------------------------
    # an export cut off mid-write: the last line ends inside a string, no final newline
    last = jl({"id": "trunc-3", "text": FA[2]})
    f["truncated_line.jsonl"] = lines(jl({"id": "trunc-1", "text": FA[0]}),
                                      jl({"id": "trunc-2", "text": FA[1]})) + last[: len(last) // 2]
    f["not_object.jsonl"] = lines(
        jl({"id": "notobj-1", "text": FA[0]}),
        jl([FA[1]]),            # a list holding the text
        jl(FA[2]),              # a bare string
        b"42",
        b"null",
    )
    f["missing_text.jsonl"] = lines(
        jl({"id": "missing-1", "text": FA[0]}),
        jl({"id": "missing-2", "body": FA[1], "title": "تیتر"}),
        jl({"id": "missing-3"}),
        b"{}",
    )
    f["text_not_string.jsonl"] = lines(
        jl({"id": "types-1", "text": FA[0]}),
        jl({"id": "types-2", "text": 42}),
        jl({"id": "types-3", "text": None}),
        jl({"id": "types-4", "text": [FA[1]]}),
        jl({"id": "types-5", "text": {"fa": FA[2]}}),
        jl({"id": "types-6", "text": True}),
    )
    f["empty_text.jsonl"] = lines(
        jl({"id": "empty-1", "text": FA[0]}),
        jl({"id": "empty-2", "text": ""}),
        jl({"id": "empty-3", "text": "  \n\t \r\n"}),
        jl({"id": "empty-4", "text": "\u00a0\u2003\u3000"}),     # NBSP, em space, ideographic space
        jl({"id": "empty-5", "text": "\u200c\u200f\u200e"}),     # only ZWNJ, RLM, LRM: invisible
    )
    f["duplicate_ids.jsonl"] = lines(
        jl({"id": "dup-1", "text": FA[0]}),
        jl({"id": "dup-1", "text": FA[0]}),       # the same record exported twice
        jl({"id": "dup-1", "text": FA[1]}),       # a different article under the same id
        jl({"id": "dup-2", "text": FA[2]}),
    )
    # a pretty-printed JSON array saved with a .jsonl name; and JSON Lines saved as .json
    f["array_named_jsonl.jsonl"] = json.dumps(
        [{"id": "arr-1", "text": FA[0]}, {"id": "arr-2", "text": FA[1]}], ensure_ascii=False, indent=2
    ).encode("utf-8")
    f["lines_named_json.json"] = lines(jl({"id": "lj-1", "text": FA[2]}), jl({"id": "lj-2", "text": FA[3]}))

    # line endings and encodings ----------------------------------------------------------
    f["mixed_newlines.jsonl"] = (jl({"id": "nl-1", "text": FA[0] + "\r\n" + FA[1]}) + b"\r\n"
                                 + jl({"id": "nl-2", "text": FA[2] + "\n" + FA[3]}) + b"\n"
                                 + jl({"id": "nl-3", "text": FA[4]}) + b"\r\n")
    f["mixed_newlines.txt"] = (FA[0] + "\r\n" + FA[1] + "\n\n" + FA[2] + "\r\n").encode("utf-8")
    f["cr_only.jsonl"] = lines(jl({"id": "cr-1", "text": FA[0]}), jl({"id": "cr-2", "text": FA[1]}), end=b"\r")
    f["bom_utf8.jsonl"] = b"\xef\xbb\xbf" + lines(jl({"id": "bom-1", "text": FA[0]}), jl({"id": "bom-2", "text": FA[1]}))
    f["bom_utf8.csv"] = b"\xef\xbb\xbf" + f"id,title,text\r\nbomcsv-1,تیتر,{FA[1]}\r\n".encode("utf-8")
    f["utf16.jsonl"] = ("\n".join(json.dumps({"id": f"u16-{i}", "text": FA[i]}, ensure_ascii=False)
                                  for i in (1, 2)) + "\n").encode("utf-16")          # BOM + LE
    f["utf16be_bom.txt"] = b"\xfe\xff" + FA[3].encode("utf-16-be")
    f["utf16le_nobom.txt"] = FA[4].encode("utf-16-le")
    f["windows1256.txt"] = FA_1256.encode("cp1256")
    f["windows1256.csv"] = f"id,text\r\nw1256-1,\"{FA_1256}\"\r\n".encode("cp1256")
    bad = jl({"id": "badutf8-2", "text": FA[1]}).replace("سدهای".encode(), b"\xd8\xb3\xff\xfe\xd9")
    f["invalid_utf8.jsonl"] = lines(jl({"id": "badutf8-1", "text": FA[0]}), bad, jl({"id": "badutf8-3", "text": FA[2]}))
    f["invalid_utf8.csv"] = (f"id,text\nbadcsv-1,{FA[3]}\n".encode("utf-8") + b"badcsv-2,"
                             + FA[4].encode("utf-8")[:20] + b"\xc0\xaf" + FA[4].encode("utf-8")[20:] + b"\n"
                             + f"badcsv-3,{FA[5]}\n".encode("utf-8"))
    f["latin1.txt"] = "Le ministre a déclaré à la presse : « les négociations continuent ».".encode("latin-1")

    # characters ------------------------------------------------------------------------
    f["control_chars.jsonl"] = lines(
        jl({"id": "ctl-1", "text": FA[0].replace(" ", "\u0000", 1)}),       # escaped NUL
        jl({"id": "ctl-2", "text": FA[1].replace(" ", MARK, 1)}).replace(MARK.encode(), b"\t"),  # raw tab in the string
        jl({"id": "ctl-3", "text": FA[2].replace(" ", MARK, 1)}).replace(MARK.encode(), b"\x00"),  # raw NUL byte
        jl({"id": "ctl-4", "text": "\u0007\u001b[31m" + FA[3] + "\u007f\u0085\u2028\u2029\u000b\u000c"}),
        jl({"id": "ctl-5", "text": "\u202b" + FA[4] + "\u202c\u2067\u200f" + FA[5] + "\u2069"}),  # bidi controls
        jl({"id": "ctl-6", "text": "\u064e\u0651" + FA[5] + " \u0654\u200d\u0640"}),   # lone marks first
    )
    f["surrogates.jsonl"] = lines(
        b'{"id": "sur-1", "text": "' + FA[0].encode() + b' \\ud83d"}',               # half an emoji
        b'{"id": "sur-2", "text": "' + FA[1].encode() + b' \\ud83d\\ude00"}',      # a whole one
        b'{"id": "sur-3", "text": "\\udc00' + FA[2].encode() + b'"}',
    )
    f["scripts.jsonl"] = lines(
        jl({"id": "script-1", "text": "The foreign ministry spokesman said on Monday that talks would continue."}),
        jl({"id": "script-2", "text": "قال المتحدث باسم وزارة الخارجية إن المفاوضات ستستمر في الأسبوع المقبل على الأرجح."}),
        jl({"id": "script-3", "text": FA[0] + " He said: \"talks will continue\" — AFP"}),
        jl({"id": "script-4", "text": "۱۴۰۲/۰۵/۰۱ 12:30 — 3.5% 1,250,000 ۱۲۳٫۴"}),
        jl({"id": "script-5", "text": "🙂🙂 👍🏽 🇮🇷 ❤️ ✌️"}),
        jl({"id": "script-6", "text": "TEHRAN (FNA)- " + FA[1]}),
    )
    f["html_body.jsonl"] = lines(
        jl({"id": "html-1", "text": '<div class="article-body"><p style="text-align:justify">' + FA[0]
            + '</p><p>به گزارش <a href="https://www.example-news.ir/fa/news/1402/05/01/123456/slug">'
              'خبرگزاری</a>&nbsp;' + FA[1] + '</p><br/><img src="/images/photo_2023.jpg" alt="photo"></div>'}),
        jl({"id": "html-2", "text": "<script>var x = 1;</script><style>.a{color:red}</style>"}),
    )

    # CSV ---------------------------------------------------------------------------------
    f["multiline.csv"] = (
        "id,title,text,date\r\n"
        f'csv-1,"تیتر، با ویرگول","{FA[0]}\r\n{FA[1]}\n\nبند سوم با ""نقل‌قول"" و ویرگول, انگلیسی",1402/05/01\r\n'
        f"csv-2,,{FA[2]},2023-07-23T10:00:00+03:30\r\n"
        f'csv-3,تیتر,"{FA[3]}",\r\n'
    ).encode("utf-8")
    f["unquoted_comma.csv"] = (f"id,text\nuq-1,{FA[0]}\nuq-2,{FA[1]}, and more, after commas\n"
                               f"uq-3,{FA[2]},\n").encode("utf-8")
    f["unclosed_quote.csv"] = f'id,text\nuc-1,{FA[0]}\nuc-2,"{FA[1]}\nuc-3,{FA[2]}\n'.encode("utf-8")

    # files -----------------------------------------------------------------------------
    f["empty.jsonl"] = b""
    f["blank_lines.jsonl"] = b"\n   \n\r\n\t\n"
    f["empty_array.json"] = b"[]\n"
    f["header_only.csv"] = b"id,title,text\n"
    f["folder/one.txt"] = FA[0].encode("utf-8")
    f["folder/two.TXT"] = FA[1].encode("utf-8")
    f["folder/sub/three.txt"] = FA[2].encode("utf-8")
    f["folder/notes.md"] = "# notes\nnot an article".encode("utf-8")
    f["folder/photo.png"] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    f["folder/.DS_Store"] = b"\x00\x00\x00\x01Bud1"
    f["folder/README"] = b"articles from the archive export"
    f["folder/export.csv"] = f"id,text\nfolder-csv,{FA[3]}\n".encode("utf-8")
    return f


def write(folder: Path = HERE) -> list[Path]:
    out = []
    for rel, data in build().items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        out.append(p)
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for p in write(target):
        print(p.relative_to(target), p.stat().st_size, "bytes")
