"""Rerun the whole notebook sequence on a new batch of articles, into ``runs/<name>/``.

``python -m helpers.rerun ARTICLES [--name NAME]``   (``make rerun ARTICLES=path [NAME=name]``)

``ARTICLES`` is anything the loader reads: a ``.jsonl``/``.json``/``.csv``/``.tsv`` file or a
folder of ``.txt`` files. Each ``notebooks/NN_*.ipynb`` is executed in order with papermill,
with ``ARTICLES`` and a run-specific ``DATA_DIR`` injected after its ``parameters`` cell.
The committed notebooks are only read, never written. The run folder holds::

    runs/<name>/
      run.json          what ran: input, counts, per-notebook status and seconds
      quarantine.csv    the records the loader did not load, with the reason
      notebooks/        the executed notebooks (papermill records the parameters in them)
      data/             interim/ and processed/ data of this run
      html/             the editors' pages (helpers.export), one per notebook

The input is loaded once before any notebook starts, so a bad file stops at once with the
loader's own message (exit status 2). A notebook that fails stops the run (exit status 1)
and names the cell and the error; its partly executed copy is kept in ``notebooks/``.
"""

from __future__ import annotations

import argparse
import ast
import json
import logging
import os
import re
import shutil
import sys
import time
from pathlib import Path

import nbformat

from . import load, notebooks, paths

#: Parameters a rerun injects, when the notebook's ``parameters`` cell declares them.
RUN_PARAMETERS = ("ARTICLES", "DATA_DIR")
#: Every notebook must declare this one, or the rerun would read and write the repo's data/.
REQUIRED_PARAMETER = "DATA_DIR"
MARKER = "run.json"
_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


class RerunError(Exception):
    """A problem that stops the run before or between notebooks, with a message for the user."""

    def __init__(self, message: str, status: int = 1):
        super().__init__(message)
        self.status = status


def declared_parameters(nb: nbformat.NotebookNode) -> set[str]:
    """Names assigned at top level in the cell tagged ``parameters`` (empty if there is none).

    Parsed with :mod:`ast` rather than papermill's line parser, which gives up on a comment
    containing a quote.
    """
    for cell in nb.cells:
        if cell.cell_type == "code" and "parameters" in cell.metadata.get("tags", []):
            names: set[str] = set()
            for node in ast.parse(cell.source).body:
                targets = node.targets if isinstance(node, ast.Assign) else (
                    [node.target] if isinstance(node, ast.AnnAssign) else [])
                names |= {t.id for t in targets if isinstance(t, ast.Name)}
            return names
    return set()


class _VerifiedParameterFilter(logging.Filter):
    """Drop papermill's false alarms about parameters we verified with :mod:`ast`.

    papermill's own parameter parser gives up on a line with a second ``=`` (e.g. in a
    comment) and then calls the parameter unknown; :func:`declared_parameters` has already
    checked that each injected name is declared, so those two messages are noise.
    """

    def __init__(self, verified: set[str]):
        super().__init__()
        self.verified = verified

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        if msg.startswith("Unable to parse line"):
            return False
        m = re.match(r"Passed unknown parameter: (\w+)$", msg)
        return not (m and m.group(1) in self.verified)


def default_name(articles: Path) -> str:
    stem = articles.name if articles.is_dir() else articles.stem
    return _SAFE.sub("_", stem).strip("_.") or "run"


def prepare_folder(run_dir: Path) -> None:
    """Create ``run_dir``, or empty it if it is an earlier run (it has ``run.json``)."""
    if run_dir.exists() and any(run_dir.iterdir()):
        if not (run_dir / MARKER).exists():
            raise RerunError(f"{run_dir} exists and is not a goftar run folder (no {MARKER}); "
                             "choose another --name", status=2)
        for child in run_dir.iterdir():
            shutil.rmtree(child) if child.is_dir() else child.unlink()
    for sub in ("notebooks", "data", "html"):
        (run_dir / sub).mkdir(parents=True, exist_ok=True)


def _write_summary(run_dir: Path, summary: dict) -> None:
    (run_dir / MARKER).write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _failure_message(exc: Exception) -> str:
    """One line for a papermill execution error: the cell number and the Python error."""
    ename, evalue = getattr(exc, "ename", type(exc).__name__), getattr(exc, "evalue", str(exc))
    cell = getattr(exc, "exec_count", None)
    where = f"cell [{cell}]" if cell is not None else "a cell"
    return f"{where} raised {ename}: {evalue}"


def rerun(articles: str | Path, name: str | None = None, runs_dir: Path = paths.RUNS,
          nb_paths: list[Path] | None = None, html: bool = True, progress: bool | None = None,
          log=print) -> Path:
    """Run the notebook sequence on ``articles`` into ``runs_dir/<name>``; return that folder.

    Raises :class:`RerunError` (with ``status`` 2 for bad input, 1 for a failed notebook).
    """
    src = Path(articles).expanduser().resolve()
    t_start = time.perf_counter()
    # 1. Load once up front: the loader's clear error now, not halfway through a notebook.
    try:
        result = load.load_articles(src)
    except load.LoadError as e:
        raise RerunError(f"cannot load {articles}: {e}", status=2) from e
    nb_paths = list(nb_paths) if nb_paths is not None else notebooks.notebook_paths()
    if not nb_paths:
        raise RerunError(f"no notebooks found in {paths.NOTEBOOKS}")
    plans = []
    for p in nb_paths:
        declared = declared_parameters(nbformat.read(p, as_version=4))
        if REQUIRED_PARAMETER not in declared:
            raise RerunError(f"{p.name} has no {REQUIRED_PARAMETER} in a cell tagged 'parameters'; "
                             "a rerun would read and write the repo's data/, so it is refused")
        plans.append((p, declared))

    run_dir = Path(runs_dir).resolve() / (name or default_name(src))
    prepare_folder(run_dir)
    data_dir = run_dir / "data"
    result.quarantine.to_csv(run_dir / "quarantine.csv", index=False)
    summary = {
        "name": run_dir.name, "input": str(src), "status": "running",
        "input_records": result.n_input, "loaded": len(result.articles),
        "quarantined": len(result.quarantine), "quarantine_file": "quarantine.csv",
        "notebooks": [],
    }
    _write_summary(run_dir, summary)
    log(f"run {run_dir.name}: {result.n_input} input records from {src}: {len(result.articles)} loaded, "
        f"{len(result.quarantine)} quarantined (see {run_dir / 'quarantine.csv'})")
    if result.articles.empty:
        summary["status"] = "failed: no article could be loaded"
        _write_summary(run_dir, summary)
        raise RerunError(f"no article in {articles} could be loaded; the reasons are in "
                         f"{run_dir / 'quarantine.csv'}", status=2)

    # 2. Execute each notebook into the run folder (the originals are only read).
    os.environ.setdefault("GOFTAR_ROOT", str(paths.ROOT))  # the kernels run with cwd in the run folder
    show_bar = sys.stderr.isatty() if progress is None else progress
    values = {"ARTICLES": str(src), "DATA_DIR": str(data_dir)}
    pm_filter = _VerifiedParameterFilter(set(RUN_PARAMETERS))
    pm_loggers = [logging.getLogger(n) for n in ("papermill", "papermill.translators")]
    for lg in pm_loggers:
        lg.addFilter(pm_filter)
    try:
        executed = _execute_all(plans, values, run_dir, summary, show_bar, log)
    finally:
        for lg in pm_loggers:
            lg.removeFilter(pm_filter)

    # 3. The editors' pages of this run.
    if html:
        from . import export

        pages = export.export_all(executed, run_dir / "html")
        summary["html"] = [f"html/{p.name}" for p in pages]
        log(f"html: {len(pages)} pages in {run_dir / 'html'}")
    summary["status"] = "ok"
    summary["seconds"] = round(time.perf_counter() - t_start, 1)
    _write_summary(run_dir, summary)
    log(f"run {run_dir.name} finished in {summary['seconds']:.1f} s: {run_dir}")
    return run_dir


def _execute_all(plans, values: dict, run_dir: Path, summary: dict, show_bar: bool, log) -> list[Path]:
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    executed = []
    for i, (nb_path, declared) in enumerate(plans, 1):
        params = {k: v for k, v in values.items() if k in declared}  # never one it does not declare
        out = run_dir / "notebooks" / nb_path.name
        log(f"[{i}/{len(plans)}] {nb_path.stem} …")
        t0 = time.perf_counter()
        entry = {"notebook": nb_path.name, "parameters": sorted(params)}
        try:
            pm.execute_notebook(str(nb_path), str(out), parameters=params, kernel_name=notebooks.KERNEL,
                                cwd=str(run_dir / "notebooks"), progress_bar=show_bar,
                                request_save_on_cell_execute=False)
        except PapermillExecutionError as e:
            entry.update(status="failed", error=_failure_message(e), seconds=round(time.perf_counter() - t0, 1))
            summary["notebooks"].append(entry)
            summary["status"] = f"failed in {nb_path.name}"
            _write_summary(run_dir, summary)
            raise RerunError(f"{nb_path.name} failed: {_failure_message(e)}\n"
                             f"  the executed copy up to the error: {out}") from e
        secs = time.perf_counter() - t0
        entry.update(status="ok", seconds=round(secs, 1))
        summary["notebooks"].append(entry)
        _write_summary(run_dir, summary)
        executed.append(out)
        log(f"[{i}/{len(plans)}] {nb_path.stem} done in {secs:.1f} s")
    return executed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m helpers.rerun", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles", help="a .jsonl/.json/.csv/.tsv file or a folder of .txt files")
    ap.add_argument("--name", help="run folder name under runs/ (default: the input's file or folder name)")
    ap.add_argument("--runs-dir", type=Path, default=paths.RUNS, help="parent folder of the runs (default runs/)")
    ap.add_argument("--no-html", action="store_true", help="skip the HTML export")
    args = ap.parse_args(argv)
    try:
        rerun(args.articles, args.name, args.runs_dir, html=not args.no_html, log=lambda s: print(s, flush=True))
    except RerunError as e:
        print(f"error: {e}", file=sys.stderr, flush=True)
        return e.status
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
