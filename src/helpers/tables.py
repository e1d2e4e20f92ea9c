"""Searchable, sortable tables for the report: itables (DataTables) in offline mode.

``tables.interactive(df, "claims", caption=...)`` shows ``df`` as a DataTables table that
editors can search (type a speaker's name) and sort, with no network access:

* **offline** — the DataTables bundle shipped inside the itables wheel is embedded (base64)
  in the first interactive table of each kernel session, so the notebook and its HTML export
  carry everything they need; nothing is fetched from a CDN.
* **deterministic** — the table id is ``goftar_<name>`` (not itables' random uuid) and the
  arguments are serialised with sorted keys, so re-executing a notebook gives identical
  outputs and nbval stays quiet.
* **safe** — article text is untrusted: every cell, column name and the caption are
  HTML-escaped (itables ``allow_html=False`` plus our own caption escaping), and no
  JavaScript function is passed to DataTables, so the page never needs ``eval``.
* **static fallback** — itables renders a plain HTML table (the first ``page_length`` rows)
  that is visible by default and swapped for the interactive one only when JavaScript runs;
  readers without JavaScript (or GitHub's notebook viewer) still see the rows.
* **right to left** — the table sits in a ``dir="rtl"`` block: columns run right to left and
  the search box and pager are mirrored.

Every ``<script>`` this module emits is listed (SHA-256) in the output's metadata under
``goftar.script_sha256``; :mod:`helpers.export` allows exactly those scripts in the page's
Content-Security-Policy, so a script that came from article text can never run.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re

import pandas as pd

#: Output-metadata key listing the hashes of the scripts a table output may run.
META_KEY = "goftar"
_SAFE_NAME = re.compile(r"[^A-Za-z0-9_]")
_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script>", re.DOTALL | re.IGNORECASE)
#: Controls shown above and below every table. (itables hides them for short tables when the
#: layout is its default; this one differs, so the search box, the point of the table, stays.)
LAYOUT = {"topStart": "pageLength", "topEnd": {"search": {"placeholder": "نام گوینده، واژه…"}},
          "bottomStart": "info", "bottomEnd": "paging"}
#: Interface strings of DataTables, in Persian (``language`` option; ``_START_`` etc. are
#: DataTables placeholders).
LANGUAGE_FA = {
    "search": "جستجو:",
    "lengthMenu": "_MENU_ سطر در هر صفحه",
    "info": "سطر _START_ تا _END_ از _TOTAL_",
    "infoEmpty": "هیچ سطری نیست",
    "infoFiltered": "(پالایش‌شده از _MAX_ سطر)",
    "zeroRecords": "سطری با این جستجو پیدا نشد",
    "emptyTable": "جدول خالی است",
}

_session_has_bundle = False


def script_hashes(fragment: str) -> list[str]:
    """CSP hashes (``sha256-<base64>``) of every inline ``<script>`` in an HTML fragment."""
    out = []
    for body in _SCRIPT.findall(fragment):
        digest = hashlib.sha256(body.encode("utf-8")).digest()
        out.append("sha256-" + base64.b64encode(digest).decode("ascii"))
    return out


def bundle_html() -> str:
    """itables' offline loader: the DataTables JS and CSS, base64-encoded, defined once per page."""
    from itables import options as opt
    from itables.javascript import generate_init_offline_itables_html

    loader = _SCRIPT.search(generate_init_offline_itables_html(opt.dt_bundle)).group(0)
    # Only the <script>: itables' <noscript> note ("is your notebook trusted?") is for notebook
    # users, not for editors. The two base64 strings (~1 MB) become template literals cut into
    # 76-character lines (atob ignores whitespace): one unbroken megabyte makes any
    # `\S*...` sanitize pattern (nbval, tests/nbval_sanitize.cfg) backtrack quadratically.
    loader = _B64_ARG.sub(lambda m: f"{m.group(1)}(`\n{_wrap(m.group(2))}\n`)", loader)
    return loader + "\n"


_B64_ARG = re.compile(r'\b(injectCSS|injectModule)\("([A-Za-z0-9+/=]{1000,})"\)')


def _wrap(b64: str, width: int = 76) -> str:
    return "\n".join(b64[i:i + width] for i in range(0, len(b64), width))


def _prepare(df: pd.DataFrame, precision: int) -> pd.DataFrame:
    """Round floats and turn categoricals into strings, so DataTables needs no JS renderers."""
    out = df.copy()
    for col in out.columns:
        s = out[col]
        if isinstance(s.dtype, pd.CategoricalDtype):
            out[col] = s.astype("string")
        elif pd.api.types.is_float_dtype(s.dtype):
            out[col] = s.round(precision)
    return out


# Arabic-script letters, digits and ZWNJ/ZWJ that itables' JSON writes as \\uXXXX escapes (6 bytes
# where 2 would do: Persian tables came out 3x larger). None of them is special in HTML or JS.
_PERSIAN_ESCAPE = re.compile(r"(?<!\\)\\\\u(06[0-9a-fA-F]{2}|200[cdCD]|[fF][bB][5-9a-fA-F][0-9a-fA-F]|[fF][eE][7-9a-fA-F][0-9a-fA-F])")


def _unescape_persian(body: str) -> str:
    """Write the Persian letters of the embedded table data literally (the page is UTF-8)."""
    return _PERSIAN_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), body)


class InteractiveTable:
    """What :func:`interactive` returns: displays as the DataTables HTML (with CSP metadata)."""

    def __init__(self, html_fragment: str, name: str, n_rows: int, n_cols: int):
        self.html = html_fragment
        self.name = name
        self.shape = (n_rows, n_cols)

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {
            "text/html": self.html,
            "text/plain": f"<interactive table {self.name}: {self.shape[0]} rows x {self.shape[1]} columns>",
        }
        meta = {META_KEY: {"table": self.name, "script_sha256": script_hashes(self.html)}}
        return data, meta


def interactive(df: pd.DataFrame, name: str, caption: str | None = None, *, page_length: int = 25,
                precision: int = 2, max_bytes: int | str = "8MB", include_bundle: bool | None = None,
                ) -> InteractiveTable:
    """A searchable, sortable, escaped, right-to-left table with a static fallback.

    ``name`` becomes the HTML id ``goftar_<name>``: unique within a notebook, stable between
    runs. ``include_bundle`` embeds the offline DataTables bundle (default: only in the
    first interactive table of the kernel session). Tables larger than ``max_bytes`` are
    downsampled by itables with a visible note.
    """
    global _session_has_bundle
    from itables import to_html_datatable

    if not name or _SAFE_NAME.sub("_", name) != name:
        raise ValueError(f"table name must be letters, digits or _ (it becomes an HTML id): {name!r}")
    if include_bundle is None:
        include_bundle = not _session_has_bundle
    table_id = f"goftar_{name}"
    shown = _prepare(df.reset_index(drop=True), precision)
    body = to_html_datatable(
        shown, caption=html.escape(caption, quote=False) if caption else None,
        table_id=table_id, connected=False, allow_html=False, showIndex=False,
        format_floats_in_python=False, add_rank_to_categories=False,
        layout=LAYOUT, pageLength=page_length, lengthMenu=[10, 25, 100, 1000],
        language=LANGUAGE_FA, maxBytes=max_bytes, maxColumns=0,
        classes="display compact goftar-itable", style="table-layout:auto;width:100%;margin:0",
        display_logo_when_loading=False,
        text_in_header_can_be_selected=False,  # a click anywhere on a header sorts
    )
    body = _unescape_persian(body)
    if '"keys_to_be_evaluated"' in body:  # would need eval(), which the report's CSP forbids
        raise RuntimeError(f"table {name}: itables produced JavaScript to evaluate; report this as a bug")
    fragment = (f'<div class="goftar-itable-wrap" dir="rtl" lang="fa" data-goftar-table="{name}">\n'
                f"{bundle_html() if include_bundle else ''}{body}\n</div>")
    if include_bundle:
        _session_has_bundle = True
    return InteractiveTable(fragment, name, *shown.shape)
