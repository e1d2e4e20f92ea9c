"""Execute the report notebooks reproducibly, and keep them diff-friendly.

``python -m helpers.notebooks run``      executes every ``notebooks/NN_*.ipynb`` in order, in place
``python -m helpers.notebooks run 03``   executes the notebooks whose name starts with 03
``python -m helpers.notebooks sync``     rebuilds each ``.ipynb`` from its jupytext ``.py`` twin
                                         (inputs from the .py, outputs kept from the .ipynb)
``python -m helpers.notebooks check``    fails if a pair is out of sync

Notebooks are authored as jupytext ``py:percent`` files (``notebooks/NN_verb_object.py``,
reviewable diffs) paired with the executed ``.ipynb`` (the product: readers and nbval use it).
Execution records no timings and the volatile metadata papermill or nbclient add is removed,
so a rerun with no real change gives no diff.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import nbformat

from . import paths

KERNEL = "python3"
#: Cell metadata keys that change on every run without any real change.
VOLATILE_CELL_KEYS = ("execution", "papermill", "ExecuteTime", "collapsed", "scrolled")
VOLATILE_NB_KEYS = ("papermill", "widgets")


def notebook_paths(prefixes: list[str] | None = None, folder: Path = paths.NOTEBOOKS) -> list[Path]:
    nbs = sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))
    if prefixes:
        nbs = [p for p in nbs if any(p.name.startswith(x) for x in prefixes)]
    return nbs


def strip_volatile(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    for key in VOLATILE_NB_KEYS:
        nb.metadata.pop(key, None)
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": KERNEL}
    li = nb.metadata.get("language_info", {})
    for key in ("version",):  # the patch version of Python is not part of the report
        li.pop(key, None)
    for cell in nb.cells:
        for key in VOLATILE_CELL_KEYS:
            cell.metadata.pop(key, None)
    return nb


def execute(path: Path, timeout: int = 1800) -> float:
    """Execute one notebook in place (cwd = its folder, like nbval) and return seconds taken."""
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    t0 = time.perf_counter()
    client = NotebookClient(
        nb, timeout=timeout, kernel_name=KERNEL, record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    nbformat.write(strip_volatile(nb), path)
    return time.perf_counter() - t0


def sync(folder: Path = paths.NOTEBOOKS) -> list[Path]:
    """Rebuild every paired .ipynb from its .py twin, keeping outputs of unchanged cells.

    Both files are written with the repository's jupytext.toml, exactly as JupyterLab's
    jupytext contents manager (and ``jupytext --sync``) write them, so saving an unchanged
    notebook in ``make lab`` gives no diff. The .py is rewritten too: same cells, canonical
    header.
    """
    import jupytext
    from jupytext.config import load_jupytext_config

    written = []
    for py in sorted(folder.glob("[0-9][0-9]_*.py")):
        ipynb = py.with_suffix(".ipynb")
        config = load_jupytext_config(str(py.resolve()))
        new = jupytext.read(py, config=config)
        if ipynb.exists():
            old = nbformat.read(ipynb, as_version=4)
            new = jupytext.combine.combine_inputs_with_outputs(new, old)
        new = strip_volatile(new)
        jupytext.write(new, ipynb, config=config)
        jupytext.write(new, py, fmt="py:percent", config=config)
        written.append(ipynb)
    return written


def out_of_sync(folder: Path = paths.NOTEBOOKS) -> list[str]:
    """Names of notebooks whose .py and .ipynb inputs differ (or that lack a twin)."""
    import jupytext

    bad = []
    pys = {p.stem for p in folder.glob("[0-9][0-9]_*.py")}
    nbs = {p.stem for p in folder.glob("[0-9][0-9]_*.ipynb")}
    bad += [f"{s}: no .py twin" for s in sorted(nbs - pys)]
    bad += [f"{s}: no .ipynb twin" for s in sorted(pys - nbs)]
    for stem in sorted(pys & nbs):
        a = jupytext.read(folder / f"{stem}.py")
        b = nbformat.read(folder / f"{stem}.ipynb", as_version=4)
        src_a = [(c.cell_type, c.source.strip()) for c in a.cells]
        src_b = [(c.cell_type, c.source.strip()) for c in b.cells]
        if src_a != src_b:
            bad.append(f"{stem}: .py and .ipynb inputs differ (run `make sync`)")
    return bad


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m helpers.notebooks", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["run", "sync", "check"])
    ap.add_argument("prefixes", nargs="*", help="only notebooks whose name starts with these (e.g. 01 03)")
    args = ap.parse_args(argv)
    if args.command == "sync":
        for p in sync():
            print(f"synced {p.relative_to(paths.ROOT)}")
        return 0
    if args.command == "check":
        bad = out_of_sync()
        for b in bad:
            print(b, file=sys.stderr)
        return 1 if bad else 0
    nbs = notebook_paths(args.prefixes)
    if not nbs:
        print("no notebooks matched", file=sys.stderr)
        return 1
    for i, p in enumerate(nbs, 1):
        print(f"[{i}/{len(nbs)}] executing {p.relative_to(paths.ROOT)} …", flush=True)
        secs = execute(p)
        print(f"[{i}/{len(nbs)}] done in {secs:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
