"""helpers.tables: offline, deterministic, escaped, right-to-left interactive tables."""

from __future__ import annotations

import json
import re

import nbformat
import pandas as pd
import pytest

import report_fixtures
from helpers import tables

XSS = '<script>window.__goftar_xss_cell=1</script><img src=x onerror="window.__goftar_xss_img=1">'


def claims() -> pd.DataFrame:
    return pd.DataFrame({
        "speaker": ["علی لاریجانی", "سخنگوی دولت", XSS],
        "quote": ["مذاکرات ادامه دارد.", "ما از گفت‌وگو استقبال می‌کنیم.", "<b>bold?</b>"],
        "kind": pd.Categorical(["direct", "indirect", "direct"]),
        "confidence": [0.912345, 0.5, 0.25],
    })


def html_of(t: tables.InteractiveTable) -> tuple[str, dict]:
    data, meta = t._repr_mimebundle_()
    return data["text/html"], meta


def test_stable_id_rtl_wrapper_and_plain_text():
    t = tables.interactive(claims(), "claims", include_bundle=False)
    html, _ = html_of(t)
    assert '<table id="goftar_claims"' in html
    assert re.search(r'<div class="goftar-itable-wrap" dir="rtl" lang="fa"', html)
    assert t._repr_mimebundle_()[0]["text/plain"] == "<interactive table claims: 3 rows x 4 columns>"
    assert not re.search(r"itables_[0-9a-f]{8}", html)  # no random itables id


def test_same_table_twice_gives_identical_html():
    a, ma = html_of(tables.interactive(claims(), "claims", include_bundle=True))
    b, mb = html_of(tables.interactive(claims(), "claims", include_bundle=True))
    assert a == b and ma == mb


def test_bundle_embedded_once_per_session_and_offline(monkeypatch):
    monkeypatch.setattr(tables, "_session_has_bundle", False)
    first, _ = html_of(tables.interactive(claims(), "first"))
    second, _ = html_of(tables.interactive(claims(), "second"))
    assert "injectModule(" in first and len(first) > 500_000  # the DataTables JS + CSS, base64
    assert "injectModule(" not in second and len(second) < 20_000
    for h in (first, second):
        assert "unpkg.com" not in h and "<link" not in h
        assert not re.search(r"""src=["']?https?:|from ["']https?:|import\(["']https?:""", h)
    assert "This is the <code>init_notebook_mode</code>" not in first  # itables' notebook-user note


def test_cells_columns_and_caption_are_escaped():
    df = claims().rename(columns={"quote": "<i>quote</i>"})
    html, _ = html_of(tables.interactive(df, "esc", caption="<script>window.__goftar_xss_caption=1</script>",
                                         include_bundle=False))
    assert "<script>window.__goftar_xss" not in html
    assert "<img" not in html and "<i>quote</i>" not in html and "<b>bold?</b>" not in html
    assert "&lt;script&gt;window.__goftar_xss_cell=1&lt;/script&gt;" in html  # shown as text (fallback)
    assert "&lt;script&gt;window.__goftar_xss_caption=1&lt;/script&gt;" in html


def test_static_fallback_has_the_rows():
    html, _ = html_of(tables.interactive(claims(), "fb", include_bundle=False, page_length=2))
    fallback = re.search(r'<div id="goftar_fb_fallback">(.*?)</div>', html, re.S).group(1)
    assert "علی لاریجانی" in fallback and "سخنگوی دولت" in fallback
    body = re.search(r"<tbody>(.*?)</tbody>", fallback, re.S).group(1)
    assert body.count("<tr>") == 2  # first page only; the note says how many more
    assert "1 more row not shown" in fallback


def test_no_javascript_to_eval_floats_rounded_categories_as_text():
    html, _ = html_of(tables.interactive(claims(), "ev", include_bundle=False))
    assert "keys_to_be_evaluated" not in html and "function (" not in html
    args = re.search(r'"data_json": (".*?"),\n', html).group(1)
    rows = json.loads(json.loads(args))
    assert rows[0][3] == 0.91 and rows[0][2] == "direct"


def test_script_hashes_listed_in_metadata_match_the_scripts():
    html, meta = html_of(tables.interactive(claims(), "h", include_bundle=True))
    listed = meta[tables.META_KEY]["script_sha256"]
    assert listed == tables.script_hashes(html)
    assert len(listed) == 3  # bundle loader, fallback swap, DataTables init
    assert all(h.startswith("sha256-") for h in listed)


@pytest.mark.parametrize("bad", ["", "has space", "a-b", "x<y"])
def test_table_name_must_be_an_html_id(bad):
    with pytest.raises(ValueError, match="table name"):
        tables.interactive(claims(), bad)


def test_notebook_executed_twice_gives_identical_outputs(tmp_path):
    """nbval compares stored and fresh outputs: the interactive table must not change between runs."""
    first = nbformat.read(report_fixtures.fixture_notebook(), as_version=4)
    second = nbformat.read(report_fixtures.execute_fixture(tmp_path / "again.ipynb"), as_version=4)

    def outputs(nb):
        return [c.get("outputs") for c in nb.cells if c.cell_type == "code"]

    table_outputs = [o for o in outputs(first) if o and "goftar_claims" in json.dumps(o)]
    assert table_outputs, "the fixture notebook shows no interactive table"
    rules = sanitize_rules()
    for a, b in zip(outputs(first), outputs(second), strict=True):
        # what nbval compares: every output but images, after the project's sanitize rules
        a_text, b_text = (sanitized([o.get("data", o.get("text")) for o in x or []], rules) for x in (a, b))
        assert a_text == b_text


def sanitize_rules() -> list[tuple[str, str]]:
    import configparser

    cfg = configparser.ConfigParser()
    cfg.read(report_fixtures.paths.ROOT / "tests" / "nbval_sanitize.cfg", encoding="utf-8")
    return [(cfg[s]["regex"], cfg[s]["replace"]) for s in cfg.sections()]


def sanitized(outputs, rules) -> list:
    """Each output value through the rules, as nbval does (on the strings, newlines intact)."""
    def clean(v):
        if isinstance(v, list):
            v = "".join(v)
        if isinstance(v, str):
            for regex, replace in rules:
                v = re.sub(regex, replace, v)
        return v

    out = []
    for o in outputs:
        if isinstance(o, dict):
            out.append({k: clean(v) for k, v in sorted(o.items()) if k != "image/png"})
        else:
            out.append(clean(o))
    return out


def test_persian_data_is_written_literally_and_round_trips():
    import json
    import re

    from helpers import tables as t

    df = pd.DataFrame({"a": ["سلام دنیا\u200cها", "literal \\u0633 backslash", 'x"y']})
    h = t.interactive(df, "persian_literal", include_bundle=False).html
    assert "سلام دنیا\u200cها" in h
    m = re.search(r'"data_json": ("(?:[^"\\]|\\.)*")', h)
    assert [r[0] for r in json.loads(json.loads(m.group(1)))] == list(df["a"])
