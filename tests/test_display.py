"""helpers.display: escaped, right-to-left, deterministic output."""

import pandas as pd
import pytest

from helpers import display

TEXT = "وی افزود: «ما <script>alert(1)</script> آماده‌ایم.»\nپایان"


def _claim(**kw):
    base = {"start": 11, "end": 47, "cue": "افزود", "cue_start": 3, "speaker_surface": "وی",
            "speaker_start": 0, "speaker": "مارکو روبیو", "kind": "direct"}
    base.update(kw)
    return base


def test_highlight_escapes_markup_and_keeps_every_character():
    html = display.highlight_html(TEXT, [_claim()])
    assert "<script>" not in html.split("</style>", 1)[1]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    body = html.split('class="goftar-highlight">', 1)[1]
    import re
    plain = re.sub(r"<[^>]+>", "", body.replace('</div><div class="goftar-line" dir="auto">', "\n"))
    import html as h
    assert h.unescape(plain) == TEXT


def test_highlight_marks_roles():
    html = display.highlight_html(TEXT, [_claim()])
    assert '<mark class="goftar-speaker">وی</mark>' in html
    assert '<mark class="goftar-cue">افزود</mark>' in html
    assert 'class="goftar-content" title="مارکو روبیو · direct"' in html
    assert 'dir="rtl"' in html


def test_nested_contents_are_marked():
    html = display.highlight_html(TEXT, [_claim(), _claim(start=14, end=20, cue_start=None, speaker_start=None)])
    assert "goftar-nested" in html


def test_highlight_accepts_dataframe_and_no_claims():
    assert "goftar-content" in display.highlight_html(TEXT, pd.DataFrame([_claim()]))
    assert "goftar-content" not in display.highlight_html(TEXT, []).split("</style>", 1)[1].split("</div>", 1)[1]


def test_table_is_rtl_escaped_and_has_a_stable_id():
    df = pd.DataFrame({"title": ["<img src=x onerror=alert(1)>"], "n": [1]})
    html = display.table(df, "xss").to_html()
    assert 'id="T_xss"' in html and 'dir="rtl"' in html
    assert "<img" not in html and "&lt;img" in html
    assert html == display.table(df, "xss").to_html()


def test_table_cut_says_so():
    df = pd.DataFrame({"n": range(10)})
    html = display.table(df, "cut", caption="numbers", max_rows=3).to_html()
    assert "first 3 of 10 rows" in html


def test_each_line_is_its_own_bidi_paragraph():
    html = display.highlight_html("خط فارسی\nAn English line.", [])
    assert html.count('class="goftar-line" dir="auto"') == 2


def test_table_shows_missing_values_as_empty():
    html = display.table(pd.DataFrame({"a": [None, "x"]}), "na").to_html()
    assert "nan" not in html and "None" not in html


def test_table_text_repr_has_no_memory_address():
    sty = display.table(pd.DataFrame({"a": [1, 2]}), "repr")
    assert repr(sty) == "<table repr: 2 rows x 1 columns>"
    assert type(sty.hide(axis="columns")) is display.RtlTable
