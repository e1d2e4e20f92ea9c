"""Shared, built-once inputs for the export, tables, rerun and browser tests.

Each builder runs at most once per pytest process (``lru_cache``) and writes under
``test-artifacts/`` (gitignored), so CI keeps the pages and the screenshots to look at.

* :func:`fixture_notebook` — ``tests/data/fixture_report.py`` executed: Persian and English
  markdown, the XSS articles in a display table, stdout and an interactive claims table,
  and a figure.
* :func:`fixture_pages` — that notebook exported with :mod:`helpers.export`.
* :func:`committed_pages` — every committed ``notebooks/NN_*.ipynb`` exported as is.
* :func:`tiny_run` — ``helpers.rerun`` on ``tests/data/xss_articles.jsonl`` (3 articles, one
  of them full of markup, plus one record the loader quarantines), whole notebook sequence.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import nbformat

from helpers import export, notebooks, paths

ARTIFACTS = paths.ROOT / "test-artifacts"
DATA = paths.ROOT / "tests" / "data"
XSS_ARTICLES = DATA / "xss_articles.jsonl"
FIXTURE_SOURCE = DATA / "fixture_report.py"
#: Names the XSS article tries to set on ``window``; none may ever exist.
XSS_FLAGS = ("__goftar_xss_title", "__goftar_xss_site", "__goftar_xss_url", "__goftar_xss_body",
             "__goftar_xss_img", "__goftar_xss_link", "__goftar_xss_caption")


def fresh_dir(*parts: str) -> Path:
    d = ARTIFACTS.joinpath(*parts)
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    return d


def execute_fixture(out: Path) -> Path:
    """Execute the fixture notebook (cwd = its output folder) and save it to ``out``."""
    import jupytext
    from nbclient import NotebookClient

    nb = jupytext.read(FIXTURE_SOURCE)
    NotebookClient(nb, kernel_name=notebooks.KERNEL, record_timing=False, timeout=600,
                   resources={"metadata": {"path": str(out.parent)}}).execute()
    nbformat.write(notebooks.strip_volatile(nb), out)
    return out


@lru_cache(maxsize=1)
def fixture_notebook() -> Path:
    d = fresh_dir("fixture")
    return execute_fixture(d / "fixture_report.ipynb")


@lru_cache(maxsize=1)
def fixture_pages() -> tuple[Path, ...]:
    return tuple(export.export_all([fixture_notebook()], fresh_dir("pages", "fixture")))


@lru_cache(maxsize=1)
def committed_pages() -> tuple[Path, ...]:
    return tuple(export.export_all(notebooks.notebook_paths(), fresh_dir("pages", "notebooks")))


def notebook_hashes() -> dict[str, str]:
    """SHA-256 of every committed notebook file (.ipynb and .py twin)."""
    import hashlib

    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.*"))}


@dataclass(frozen=True)
class TinyRun:
    folder: Path
    log: tuple[str, ...]
    hashes_before: dict
    hashes_after: dict


def tiny_run() -> TinyRun:
    """The whole sequence on the XSS articles; raises RerunError if a notebook fails on them
    (once: later callers get the same error without running again)."""
    result = _tiny_run()
    if isinstance(result, Exception):
        raise result
    return result


@lru_cache(maxsize=1)
def _tiny_run() -> TinyRun | Exception:
    from helpers import rerun

    runs = fresh_dir("runs")
    lines: list[str] = []
    before = notebook_hashes()
    try:
        folder = rerun.rerun(XSS_ARTICLES, name="tiny", runs_dir=runs, progress=False, log=lines.append)
    except rerun.RerunError as e:
        return e
    return TinyRun(folder, tuple(lines), before, notebook_hashes())
