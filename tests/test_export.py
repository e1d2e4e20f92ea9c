"""helpers.export: the editors' pages are Persian, code-free, offline and safe (checked on the HTML;
tests/test_browser.py checks the same pages in Chromium)."""

from __future__ import annotations

import re

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

import report_fixtures
from helpers import export, notebooks, tables

# ----------------------------------------------------------------------------- direction


@pytest.mark.parametrize("text, expected", [
    ("این پاراگراف فارسی است. *English after it.*", "rtl"),
    ("English first, then فارسی", "ltr"),
    ("۰۱ · بارگذاری خبرها", "rtl"),       # Persian digits are weak: the first letter decides
    ("01 · Loading the articles", "ltr"),
    ("«نقل‌قول» در آغاز", "rtl"),
    ("2024 — 12.5%", None),                # no letter: inherit the page's rtl
])
def test_first_strong_direction(text, expected):
    assert export.first_strong_direction(text) == expected


def test_bidi_blocks_sets_dir_per_block_and_keeps_author_dir():
    html = ("<h1>۰۱ · بارگذاری</h1><h2>01 · Loading</h2><p>فارسی <em>English</em></p>"
            "<p>English <strong>فارسی</strong></p><p dir=\"ltr\">فارسی با dir نویسنده</p>"
            "<ul><li>یک</li><li>two</li></ul><p>123</p>")
    out = export.bidi_blocks(html)
    assert '<h1 dir="rtl">' in out and '<h2 dir="ltr">' in out
    assert '<p dir="rtl">فارسی <em dir="ltr">English</em></p>' in out  # isolated aside
    assert '<p dir="ltr">English <strong dir="rtl">فارسی</strong></p>' in out
    assert out.count('dir="ltr"') == 5  # h2, <em>, English paragraph, the author's own, "two"
    assert '<ul dir="rtl"><li dir="rtl">یک</li><li dir="ltr">two</li></ul>' in out
    assert "<p>123</p>" in out


# ----------------------------------------------------------------------------- CSP trust

def _nb_with_output(html: str, hashes: list[str] | None) -> nbformat.NotebookNode:
    out = new_output("display_data", data={"text/html": html, "text/plain": "x"})
    if hashes is not None:
        out.metadata = {tables.META_KEY: {"script_sha256": hashes}}
    return new_notebook(cells=[new_code_cell("x", outputs=[out])])


def test_only_hashes_from_metadata_that_match_a_script_are_trusted():
    good = "<script>console.log(1)</script>"
    h = tables.script_hashes(good)
    assert export.trusted_script_hashes(_nb_with_output(good, h)) == h
    # a script with no metadata (e.g. from article text) is not trusted
    assert export.trusted_script_hashes(_nb_with_output(good, None)) == []
    # metadata naming a script that is not in the output is ignored
    assert export.trusted_script_hashes(_nb_with_output("<p>no script</p>", h)) == []
    assert "script-src 'none'" in export.content_security_policy([])
    csp = export.content_security_policy(h)
    assert f"'{h[0]}'" in csp and "'unsafe-inline'" not in csp.split("style-src")[0]
    assert "default-src 'none'" in csp and "unsafe-eval" not in csp


# ----------------------------------------------------------------------------- pages

def _page(path) -> str:
    return path.read_text(encoding="utf-8")


def fixture_html() -> str:
    return _page(report_fixtures.fixture_pages()[0])


def assert_editor_page(html: str) -> None:
    """What every editors' page must satisfy, whatever notebook it came from."""
    assert re.search(r'<html lang="fa"', html)
    assert re.search(r'<body class="jp-Notebook goftar-page"[^>]*dir="rtl"', html)
    # no code: no input area in code cells, no prompts, no highlighted source
    assert not re.search(r'class="(?:[^"]*\s)?(jp-InputArea-editor|jp-CodeMirrorEditor|highlight)[\s"]', html)
    assert not re.search(r'class="jp-(In|Out)putPrompt|In&nbsp;\[|Out\[\d', html)
    # offline: nothing is fetched; the font is embedded
    assert not re.search(r"""<(script|img|link|iframe)[^>]+(src|href)=["']?(https?:)?//""", html)
    for cdn in ("cdnjs.cloudflare.com", "unpkg.com", "require.min.js", "MathJax", "mermaid.esm"):
        assert cdn not in html
    assert re.search(r'@font-face \{ font-family: "Vazirmatn";[^}]*font-weight: 400;[^}]*data:font/woff2;base64,', html)
    assert re.search(r'@font-face \{ font-family: "Vazirmatn";[^}]*font-weight: 700;', html)
    # a CSP that allows no network and only hashed scripts
    csp = re.search(r'<meta content="([^"]*)" http-equiv="Content-Security-Policy"', html).group(1)
    assert csp.startswith("default-src 'none'; script-src ")
    assert "'unsafe-inline'" not in csp.split("; style-src")[0]


def test_fixture_page_is_an_editor_page():
    html = fixture_html()
    assert_editor_page(html)
    assert "<title>گزارش آزمایشی</title>" in html
    assert re.search(r'<p dir="rtl">این پاراگراف فارسی است', html)
    assert re.search(r'<p dir="ltr">This paragraph is English only', html)
    assert re.search(r'<table class="goftar-table" dir="rtl" id="T_articles">', html)
    assert re.search(r'<div class="goftar-itable-wrap"[^>]* dir="rtl"', html)


def test_fixture_page_csp_lists_exactly_the_table_scripts():
    html = fixture_html()
    csp = re.search(r'<meta content="([^"]*)" http-equiv="Content-Security-Policy"', html).group(1)
    listed = re.findall(r"'(sha256-[^']+)'", csp)
    in_page = tables.script_hashes(html)
    assert len(listed) == 3 and set(listed) == set(in_page)  # every script in the page is a table's


def test_article_markup_is_text_in_the_fixture_page():
    html = fixture_html()
    # every injected fragment appears only escaped (as text, or inside JSON data)
    assert not re.search(r"<script[^>]*>\s*window\.__goftar_xss", html, re.I)
    assert all(flag in html for flag in report_fixtures.XSS_FLAGS if flag != "__goftar_xss_url")
    assert not re.search(r"<img[^>]*onerror", html, re.I)
    assert not re.search(r"""<a\b[^<>]*href=["']?\s*javascript:""", html, re.I)
    assert "&lt;script&gt;window.__goftar_xss_body=1&lt;/script&gt;" in html
    assert "&lt;script&gt;window.__goftar_xss_caption=1&lt;/script&gt;" in html


def test_removed_cells_and_outputs(tmp_path):
    nb = new_notebook(cells=[
        new_markdown_cell("# عنوان"),
        new_code_cell("a", metadata={"tags": ["remove-cell"]},
                      outputs=[new_output("stream", name="stdout", text="SECRET-CELL\n")]),
        new_code_cell("b", metadata={"tags": ["remove-output"]},
                      outputs=[new_output("stream", name="stdout", text="SECRET-OUTPUT\n")]),
        new_code_cell("c", outputs=[new_output("stream", name="stdout", text="شمار: ۳\n")]),
        new_code_cell("print('source')", outputs=[new_output(
            "display_data", data={"application/javascript": "window.__js_output = 1"})]),
    ])
    html = export.render_html(nb, "t")
    assert "SECRET-CELL" not in html and "SECRET-OUTPUT" not in html and "شمار: ۳" in html
    assert "__js_output" not in html  # raw JavaScript outputs are dropped, not run
    assert "print(" not in html and "<title>عنوان</title>" in html
    assert "script-src 'none'" in html


@pytest.mark.skipif(not notebooks.notebook_paths(), reason="no notebooks yet")
def test_committed_notebooks_export_as_editor_pages():
    pages = report_fixtures.committed_pages()
    assert [p.stem for p in pages] == [p.stem for p in notebooks.notebook_paths()]
    for p in pages:
        html = _page(p)
        assert_editor_page(html)
        assert re.search(r'<p dir="rtl">', html), f"{p.name}: no Persian paragraph"
        if len(pages) > 1:  # every page links to every page
            assert all(f'href="{q.name}"' in html for q in pages)


def test_main_writes_pages(tmp_path, capsys):
    nb = report_fixtures.fixture_notebook()
    assert export.main([str(nb), "-o", str(tmp_path)]) == 0
    assert (tmp_path / "fixture_report.html").exists()
    assert "wrote" in capsys.readouterr().out


def table_only_notebook(include_bundle: bool) -> nbformat.NotebookNode:
    """A notebook whose one output is an interactive table, as a kernel would have stored it."""
    import pandas as pd

    df = pd.DataFrame({"speaker": ["علی لاریجانی", "سخنگوی دولت"], "n": [2, 1]})
    data, meta = tables.interactive(df, "lonely", include_bundle=include_bundle)._repr_mimebundle_()
    out = new_output("display_data", data=data, metadata=meta)
    return new_notebook(cells=[new_markdown_cell("# جدول تنها\n\nجدولی که بستهٔ DataTables را با خود ندارد."),
                               new_code_cell("tables.interactive(df, 'lonely')", outputs=[out])])


def test_bundle_added_to_the_page_when_no_output_carries_it():
    without = table_only_notebook(include_bundle=False)
    loader = tables.bundle_html()
    assert export.missing_table_bundle(without) == loader
    html = export.render_html(without, "t")
    head = html.split("</head>")[0]
    assert "injectModule(" in head
    csp = re.search(r'<meta content="([^"]*)" http-equiv="Content-Security-Policy"', html).group(1)
    assert tables.script_hashes(loader)[0] in csp
    # a notebook that carries it gets no second copy
    assert export.missing_table_bundle(table_only_notebook(include_bundle=True)) == ""
    assert export.missing_table_bundle(new_notebook(cells=[new_markdown_cell("x")])) == ""
