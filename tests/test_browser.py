"""The editors' pages in a real browser: Playwright driving Debian's Chromium (/usr/bin/chromium).

No browser is downloaded: setup and CI install Debian's ``chromium`` with apt. Without it the
tests skip locally, but FAIL under CI (``CI`` set), so CI cannot pass without running them.
Each page gets a full-page screenshot in ``test-artifacts/browser/``.

Pages checked: the fixture page (tests/data/fixture_report.py: XSS articles, an interactive
claims table, a figure), every committed notebook exported as is, and every page of a rerun
on tests/data/xss_articles.jsonl.
"""

from __future__ import annotations

import json
import time
import os
import tempfile
from pathlib import Path

import pytest

import report_fixtures
from helpers import notebooks

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]
SHOTS = report_fixtures.ARTIFACTS / "browser"
STEMS = [p.stem for p in notebooks.notebook_paths()]


def _unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"browser tests must run under CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def launch():
    """``launch(js=True)`` → a fresh persistent Chromium context (own empty user-data dir)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    SHOTS.mkdir(parents=True, exist_ok=True)
    contexts, dirs = [], []
    with sync_playwright() as p:
        def _launch(js: bool = True):
            d = tempfile.TemporaryDirectory(prefix="goftar-chromium-")
            dirs.append(d)
            ctx = p.chromium.launch_persistent_context(
                d.name, executable_path=str(CHROMIUM), headless=True, args=FLAGS,
                java_script_enabled=js, viewport={"width": 1280, "height": 900}, locale="fa-IR")
            contexts.append(ctx)
            return ctx
        yield _launch
        for ctx in contexts:
            ctx.close()
    for d in dirs:
        d.cleanup()


@pytest.fixture(scope="module")
def browser(launch):
    return launch()


class Opened:
    """A loaded page and everything it did: requests, failures, errors, console errors."""

    def __init__(self, ctx, path: Path, js: bool = True):
        self.requests, self.failed, self.errors, self.console = [], [], [], []
        self.page = page = ctx.new_page()
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("requestfailed", lambda r: self.failed.append(f"{r.url[:120]} {r.failure}"))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("console", lambda m: self.console.append(m.text[:300]) if m.type == "error" else None)
        page.goto(path.as_uri(), wait_until="load")
        if not js:
            return
        # the interactive tables are built once the embedded DataTables bundle is imported
        page.wait_for_function(
            "document.querySelectorAll('.goftar-itable-wrap').length =="
            " document.querySelectorAll('.goftar-itable-wrap table.dataTable').length", timeout=30_000)
        page.evaluate("document.fonts.ready")

    def eval(self, js: str, arg=None):
        return self.page.evaluate(js, arg)


LAYOUT_JS = """() => {
  const strong = /[A-Za-z\\u00C0-\\u024F\\u0600-\\u06FF\\u0750-\\u077F\\uFB50-\\uFDFF\\uFE70-\\uFEFF]/;
  const isPersian = el => { const m = el.textContent.match(strong); return !!m && !/[A-Za-z\\u00C0-\\u024F]/.test(m[0]); };
  const paras = [...document.querySelectorAll('.jp-RenderedMarkdown p')].filter(isPersian)
    .map(p => ({text: p.textContent.slice(0, 40), dir: getComputedStyle(p).direction,
                align: getComputedStyle(p).textAlign}));
  const tables = [...document.querySelectorAll('.jp-OutputArea-output table, .jp-RenderedMarkdown table')]
    .filter(t => t.offsetParent !== null)
    .map(t => { const box = t.closest('.jp-OutputArea-output, .jp-RenderedMarkdown');
                const b = box.getBoundingClientRect(), r = t.getBoundingClientRect(), s = getComputedStyle(box);
                return {id: t.id || t.className, dir: getComputedStyle(t).direction,
                        gap: Math.round(b.right - parseFloat(s.paddingRight) - parseFloat(s.borderRightWidth) - r.right)}; });
  return {
    lang: document.documentElement.lang,
    bodyDir: getComputedStyle(document.body).direction,
    paras, tables,
    inputs: document.querySelectorAll('.jp-CodeCell .jp-InputArea, .jp-InputArea-editor, .cm-editor, .jp-InputPrompt, .jp-OutputPrompt').length,
    images: [...document.images].map(i => ({ok: i.complete && i.naturalWidth > 0, alt: i.alt})),
    font: [...document.fonts].some(f => f.family.replace(/"/g, '') === 'Vazirmatn' && f.status === 'loaded'),
    bodyFont: getComputedStyle(document.querySelector('.jp-RenderedMarkdown p') || document.body).fontFamily,
  };
}"""

XSS_JS = r"""(flags) => ({
  set: flags.filter(f => f in window),
  imgOnerror: document.querySelectorAll('img[onerror]').length,
  jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
  scripts: [...document.scripts].filter(s => /^\s*window\.__goftar_xss/.test(s.textContent)).length,
  text: document.body.innerText,
})"""


def check_editor_page(o: Opened, shot: str) -> dict:
    o.page.screenshot(path=str(SHOTS / f"{shot}.png"), full_page=True)
    r = o.eval(LAYOUT_JS)
    assert r["lang"] == "fa" and r["bodyDir"] == "rtl"
    assert r["paras"], "no Persian paragraph on the page"
    bad = [p for p in r["paras"] if p["dir"] != "rtl" or p["align"] not in ("right", "start")]
    assert not bad, f"Persian paragraphs not right-to-left/right-aligned: {bad}"
    assert [t for t in r["tables"] if t["dir"] != "rtl"] == []
    assert [t for t in r["tables"] if abs(t["gap"]) > 2] == [], "tables not flush right"
    assert r["inputs"] == 0
    assert all(i["ok"] for i in r["images"]), f"images not decoded: {r['images']}"
    assert all(i["alt"] for i in r["images"])
    assert r["font"] and r["bodyFont"].startswith("Vazirmatn")
    assert o.failed == [] and o.errors == [] and o.console == []
    assert [u for u in o.requests if not u.startswith(("file:", "data:", "blob:"))] == []
    xss = o.eval(XSS_JS, list(report_fixtures.XSS_FLAGS))
    assert xss["set"] == [] and xss["imgOnerror"] == 0 and xss["jsLinks"] == 0 and xss["scripts"] == 0
    return {**r, "text": xss["text"]}


# ----------------------------------------------------------------------------- fixture page

@pytest.fixture(scope="module")
def fixture_page(browser):
    o = Opened(browser, report_fixtures.fixture_pages()[0])
    yield o
    o.page.close()


def test_fixture_page_layout_offline_and_safe(fixture_page):
    r = check_editor_page(fixture_page, "fixture_report")
    assert len(r["images"]) == 1 and len(r["tables"]) >= 2
    # the XSS article's markup is on the page as text, in the stdout, the Styler table and the claims table
    text = r["text"]
    assert "<script>window.__goftar_xss_title=1</script>" in text
    assert '<img src=x onerror="window.__goftar_xss_img=1">' in text
    assert '<a href="javascript:window.__goftar_xss_link=1">' in text
    assert "<script>window.__goftar_xss_caption=1</script>" in text
    # an English paragraph may stay left to right
    dirs = fixture_page.eval("[...document.querySelectorAll('.jp-RenderedMarkdown p')].map(p => getComputedStyle(p).direction)")
    assert "ltr" in dirs


def _rows(o: Opened) -> list[str]:
    return o.eval("[...document.querySelectorAll('#goftar_claims tbody tr')].map(r => r.innerText)")


def test_typing_a_speaker_filters_the_claims_table(fixture_page):
    box = fixture_page.page.locator('[data-goftar-table="claims"] .dt-search input')
    assert len(_rows(fixture_page)) == 4
    box.fill("لاریجانی")
    fixture_page.page.wait_for_function("document.querySelectorAll('#goftar_claims tbody tr').length == 2")
    assert all("علی لاریجانی" in r for r in _rows(fixture_page))
    box.fill("گوینده‌ای که نیست")
    fixture_page.page.wait_for_function("document.querySelector('#goftar_claims tbody td.dt-empty') !== null")
    box.fill("")
    fixture_page.page.wait_for_function("document.querySelectorAll('#goftar_claims tbody tr').length == 4")


def _poll_until_changed(page, expression, old, timeout=10.0):
    """Poll from Python: the page's CSP forbids the eval() that wait_for_function's string form needs."""
    deadline = time.monotonic() + timeout
    while True:
        now = page.evaluate(expression)
        if now != old or time.monotonic() > deadline:
            return now
        page.wait_for_timeout(50)


def test_claims_table_sorts_and_runs_right_to_left(fixture_page):
    page = fixture_page.page
    first_col = page.evaluate("document.querySelector('#goftar_claims thead th').innerText.trim()")
    x = page.evaluate("""() => [...document.querySelectorAll('#goftar_claims thead th')]
                         .map(th => Math.round(th.getBoundingClientRect().x))""")
    assert first_col == "speaker" and x == sorted(x, reverse=True)  # first column at the right
    column = "[...document.querySelectorAll('#goftar_claims tbody tr')].map(r => r.cells[3].innerText)"
    before = page.evaluate(column)
    assert before == ["0.85", "0.61", "0.9", "0.7"]  # as the notebook gave them
    header = page.locator("#goftar_claims thead th", has_text="confidence")
    header.click()
    once = _poll_until_changed(page, column, before)
    header.click()
    twice = _poll_until_changed(page, column, once)
    assert sorted(once) in (once, once[::-1]) and once != before  # sorted one way...
    assert twice == once[::-1]                                      # ...then the other


def test_without_javascript_the_static_table_shows(launch):
    o = Opened(launch(js=False), report_fixtures.fixture_pages()[0], js=False)
    o.page.screenshot(path=str(SHOTS / "fixture_report_nojs.png"), full_page=True)
    fallback = o.page.locator("#goftar_claims_fallback")
    assert fallback.is_visible() and not o.page.locator("#goftar_claims").is_visible()
    assert "علی لاریجانی" in fallback.inner_text()
    assert "<script>window.__goftar_xss_body=1</script>" in fallback.inner_text()
    o.page.close()


# ----------------------------------------------------------------------------- real pages

@pytest.mark.parametrize("stem", STEMS)
def test_committed_notebook_page(browser, stem):
    page = next(p for p in report_fixtures.committed_pages() if p.stem == stem)
    o = Opened(browser, page)
    try:
        check_editor_page(o, f"notebooks_{stem}")
    finally:
        o.page.close()


def test_rerun_pages_show_article_markup_as_text(browser):
    run = report_fixtures.tiny_run()
    texts = []
    for page in sorted((run.folder / "html").glob("*.html")):
        o = Opened(browser, page)
        try:
            texts.append(check_editor_page(o, f"run_tiny_{page.stem}")["text"])
        finally:
            o.page.close()
    assert len(texts) == len(STEMS)
    assert any("<script>window.__goftar_xss" in t for t in texts), "the XSS article is shown on no page"


def test_table_works_when_the_notebook_lost_the_bundle(browser, tmp_path):
    """Cells re-run out of order can leave no output with the DataTables loader: export adds it."""
    import nbformat
    from test_export import table_only_notebook

    from helpers import export

    nb_path = tmp_path / "lonely.ipynb"
    nbformat.write(table_only_notebook(include_bundle=False), nb_path)
    o = Opened(browser, export.export_html(nb_path, tmp_path))  # waits until the table is a DataTable
    try:
        check_editor_page(o, "lonely_table")
    finally:
        o.page.close()
