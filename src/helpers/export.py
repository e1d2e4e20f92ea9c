"""Export the executed notebooks as the editors' HTML pages, into ``reports/``.

``python -m helpers.export``           writes ``reports/NN_name.html`` for every ``notebooks/NN_*.ipynb``
``python -m helpers.export A.ipynb -o DIR``  exports the given notebooks into ``DIR``

The pages are for editors: no Python, maybe no network. They use the nbconvert template in
``src/helpers/templates/goftar`` (extends JupyterLab's ``lab`` template) and are

* **Persian**: ``<html lang="fa">``, a right-to-left body; every markdown paragraph, heading,
  list and table gets ``dir`` from its first strong letter (Persian → rtl, aligned right;
  English → ltr), tables run right to left and sit flush right; the bundled Vazirmatn font is
  embedded (base64 WOFF2), so Persian text looks the same on every machine;
* **code-free**: no input cells, no prompts, empty code cells hidden; cells tagged
  ``remove-cell`` are dropped, ``remove-output`` keeps a cell's markdown only;
* **offline**: no require.js, MathJax or mermaid from a CDN; the interactive tables carry
  their own DataTables bundle (:mod:`helpers.tables`); images are inline ``data:`` URIs;
* **safe**: a Content-Security-Policy allows no network at all and only the scripts that
  :mod:`helpers.tables` emitted (listed by hash in the output metadata, re-hashed here), so a
  ``<script>``, ``onerror=`` handler or ``javascript:`` link that slipped into an output from
  article text cannot run. Escaping at the source (``helpers.display``, ``helpers.tables``)
  is the first defence; the CSP is the second.

Images are not re-embedded with ``--embed-images`` (it rewrites markdown HTML and breaks
``<div dir="rtl">`` wrappers, nbconvert #2020); figure outputs are already inline PNGs.
"""

from __future__ import annotations

import argparse
import base64
import html
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import nbformat

from . import notebooks, paths, tables

TEMPLATE_DIR = paths.PACKAGE / "templates"
TEMPLATE_NAME = "goftar"
#: Block elements whose direction is set from their own text.
BIDI_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "table",
             "caption", "dt", "dd", "figcaption")
#: Inline elements isolated with their own ``dir`` when their text runs the other way
#: (an English aside in a Persian paragraph keeps its punctuation at its own end).
BIDI_INLINE_TAGS = ("em", "i", "strong", "b", "span", "a", "code", "q", "cite", "small", "mark")
#: Tags that drop a cell (``remove-cell``) or its outputs (``remove-output``) from the pages.
REMOVE_CELL_TAGS = {"remove-cell", "remove_cell"}
REMOVE_OUTPUT_TAGS = {"remove-output", "remove_output"}


# --------------------------------------------------------------------------- direction

def first_strong_direction(text: str) -> str | None:
    """``"rtl"``/``"ltr"`` from the first strong character (Unicode bidi rule P2), else None."""
    for ch in text:
        cls = unicodedata.bidirectional(ch)
        if cls in ("R", "AL"):
            return "rtl"
        if cls == "L":
            return "ltr"
    return None


def bidi_blocks(fragment: str) -> str:
    """Give each block element of rendered markdown an explicit ``dir`` from its own text.

    Persian blocks become ``dir="rtl"`` (computed ``direction: rtl``, aligned to the start,
    i.e. right); English blocks ``dir="ltr"``; blocks with no letters inherit the page's rtl.
    Inline elements (``<em>``, ``<strong>``, ...) running the other way than their block get
    their own ``dir``, which isolates them. An explicit ``dir`` written by the author is kept.
    """
    from bs4 import BeautifulSoup

    if not fragment.strip():
        return fragment
    soup = BeautifulSoup(fragment, "html.parser")
    for el in soup.find_all(BIDI_TAGS):
        if el.has_attr("dir"):
            continue
        d = first_strong_direction(el.get_text())
        if d:
            el["dir"] = d
    for el in soup.find_all(BIDI_INLINE_TAGS):
        if el.has_attr("dir"):
            continue
        d = first_strong_direction(el.get_text())
        if d and d != _resolved_dir(el.parent):
            el["dir"] = d  # dir on an inline element also isolates it (unicode-bidi: isolate)
    return str(soup)


def _resolved_dir(el) -> str:
    """The ``dir`` an element gets from itself or its nearest ancestor (the page is rtl)."""
    while el is not None and getattr(el, "name", None) not in (None, "[document]"):
        if el.has_attr("dir") and el["dir"] in ("rtl", "ltr"):
            return el["dir"]
        el = el.parent
    return "rtl"


# --------------------------------------------------------------------------- page parts

@lru_cache(maxsize=1)
def font_css() -> str:
    """``@font-face`` rules embedding the bundled Vazirmatn weights (WOFF2 if present, else TTF)."""
    from .plots import FONT_FAMILY, FONT_FILES

    rules = []
    for weight, ttf in (("400", FONT_FILES["regular"]), ("700", FONT_FILES["bold"])):
        font = ttf.with_suffix(".woff2") if ttf.with_suffix(".woff2").exists() else ttf
        fmt, mime = ("woff2", "font/woff2") if font.suffix == ".woff2" else ("truetype", "font/ttf")
        b64 = base64.b64encode(font.read_bytes()).decode("ascii")
        rules.append(f'@font-face {{ font-family: "{FONT_FAMILY}"; font-style: normal; '
                     f'font-weight: {weight}; font-display: block; '
                     f'src: url(data:{mime};base64,{b64}) format("{fmt}"); }}')
    return "\n".join(rules)


@lru_cache(maxsize=1)
def page_css() -> str:
    return (TEMPLATE_DIR / TEMPLATE_NAME / "static" / "goftar.css").read_text(encoding="utf-8")


def trusted_script_hashes(nb: nbformat.NotebookNode) -> list[str]:
    """Hashes of the scripts helpers.tables put in outputs, re-checked against the output HTML.

    Trust comes from output *metadata*, which only code writes; article text can reach an
    output's HTML but not its metadata. A listed hash counts only if a script in the same
    output really hashes to it.
    """
    allowed: list[str] = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            meta = out.get("metadata", {}).get(tables.META_KEY)
            html_out = out.get("data", {}).get("text/html")
            if not meta or html_out is None:
                continue
            if isinstance(html_out, list):
                html_out = "".join(html_out)
            present = set(tables.script_hashes(html_out))
            allowed += [h for h in meta.get("script_sha256", []) if h in present and h not in allowed]
    return allowed


def content_security_policy(script_hashes: list[str]) -> str:
    """No network at all; inline styles and data: images/fonts; only the listed scripts.

    ``blob:`` lets the DataTables bundle (decoded from base64 by a listed script) be imported.
    """
    scripts = " ".join(f"'{h}'" for h in script_hashes)
    script_src = f"script-src {scripts} blob:" if script_hashes else "script-src 'none'"
    return ("default-src 'none'; " + script_src + "; style-src 'unsafe-inline'; "
            "img-src data:; font-src data:; base-uri 'none'; form-action 'none'")


def notebook_title(nb: nbformat.NotebookNode, fallback: str) -> str:
    """The first markdown heading of the notebook (plain text), else ``fallback``."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            m = re.match(r"\s*#{1,6}\s+(.+?)\s*#*\s*$", line)
            if m:
                return re.sub(r"[*_`]", "", m.group(1))
    return fallback


def nav_html(pages: list[tuple[str, str]], current: str) -> str:
    """Links between the pages: ``pages`` is ``[(file name, title), ...]``."""
    if len(pages) < 2:
        return ""
    links = []
    for href, title in pages:
        cur = ' aria-current="page"' if href == current else ""
        links.append(f'<a href="{html.escape(href)}"{cur}>{html.escape(title)}</a>')
    return '<nav class="goftar-nav" dir="rtl" lang="fa">' + "".join(links) + "</nav>"


# --------------------------------------------------------------------------- export

def _exporter():
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    c = Config()
    c.TagRemovePreprocessor.enabled = True
    c.TagRemovePreprocessor.remove_cell_tags = REMOVE_CELL_TAGS
    c.TagRemovePreprocessor.remove_all_outputs_tags = REMOVE_OUTPUT_TAGS
    exporter = HTMLExporter(config=c, extra_template_basedirs=[str(TEMPLATE_DIR)],
                            template_name=TEMPLATE_NAME)
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.language_code = "fa"
    exporter.embed_images = False  # nbconvert #2020; outputs are inline already
    exporter.register_filter("bidi_blocks", bidi_blocks)
    return exporter


def missing_table_bundle(nb: nbformat.NotebookNode) -> str:
    """The DataTables loader, if the notebook has interactive tables but no output carries it.

    ``helpers.tables`` embeds the loader in the first table of a kernel session; a notebook
    whose cells were re-run out of order in JupyterLab may have lost that output.
    """
    has_table = has_bundle = False
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if tables.META_KEY in out.get("metadata", {}):
                has_table = True
                html_out = out.get("data", {}).get("text/html", "")
                has_bundle |= "injectModule(" in ("".join(html_out) if isinstance(html_out, list) else html_out)
    return tables.bundle_html() if has_table and not has_bundle else ""


def render_html(nb: nbformat.NotebookNode, name: str, nav: str = "") -> str:
    """The editors' page for one notebook, as a string."""
    exporter = _exporter()
    head_html = missing_table_bundle(nb)
    resources = {
        "metadata": {"name": notebook_title(nb, name)},
        "goftar": {
            "head_html": head_html,
            "csp": content_security_policy(trusted_script_hashes(nb) + tables.script_hashes(head_html)),
            "font_css": font_css(),
            "css": page_css(),
            "nav_html": nav,
        },
    }
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    return body


def export_html(nb_path: Path, out_dir: Path = paths.REPORTS,
                pages: list[tuple[str, str]] | None = None) -> Path:
    """Write ``out_dir/<notebook stem>.html``; ``pages`` adds the navigation bar."""
    nb = nbformat.read(nb_path, as_version=4)
    out = Path(out_dir) / f"{nb_path.stem}.html"
    page = render_html(nb, nb_path.stem, nav_html(pages or [], out.name))
    paths.ensure_dirs(Path(out_dir))
    out.write_text(page, encoding="utf-8")
    return out


def export_all(nb_paths: list[Path], out_dir: Path = paths.REPORTS) -> list[Path]:
    """Export several notebooks, each page linking to all of them."""
    pages = []
    for p in nb_paths:
        nb = nbformat.read(p, as_version=4)
        pages.append((f"{p.stem}.html", notebook_title(nb, p.stem)))
    return [export_html(p, out_dir, pages) for p in nb_paths]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m helpers.export", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("notebooks", nargs="*", type=Path, help="default: every notebooks/NN_*.ipynb")
    ap.add_argument("-o", "--out", type=Path, default=paths.REPORTS, help="output folder (default reports/)")
    args = ap.parse_args(argv)
    nbs = args.notebooks or notebooks.notebook_paths()
    if not nbs:
        print("no notebooks to export", flush=True)
        return 1
    for out in export_all(nbs, args.out):
        shown = out.relative_to(paths.ROOT) if out.is_relative_to(paths.ROOT) else out
        print(f"wrote {shown} ({out.stat().st_size / 1e6:.1f} MB)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
