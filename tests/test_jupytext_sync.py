"""Reviewable notebook diffs: every notebook has a jupytext py:percent twin, the pairs are in
sync, and rerunning `python -m helpers.notebooks sync` on the committed files changes nothing.

The sync runs on a copy of the repository's notebooks (GOFTAR_ROOT points the CLI at it), so
the test never rewrites the working tree other people are editing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from helpers import notebooks, paths


def _cli(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, GOFTAR_ROOT=str(root))
    return subprocess.run([sys.executable, "-m", "helpers.notebooks", *args], env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def copy(tmp_path) -> Path:
    """A copy of the repo's notebooks/ (and jupytext.toml) under a fake root."""
    root = tmp_path / "repo"
    shutil.copytree(paths.NOTEBOOKS, root / "notebooks",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    shutil.copy(paths.ROOT / "jupytext.toml", root)
    return root


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("[0-9][0-9]_*.*"))
            if p.suffix in (".py", ".ipynb")}


def test_every_notebook_has_a_py_percent_twin():
    nbs = {p.stem for p in paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")}
    pys = {p.stem for p in paths.NOTEBOOKS.glob("[0-9][0-9]_*.py")}
    assert nbs and nbs == pys, f"unpaired: {sorted(nbs ^ pys)}"
    for stem in sorted(pys):
        head = (paths.NOTEBOOKS / f"{stem}.py").read_text(encoding="utf-8").split("# ---", 2)[1]
        assert "formats: ipynb,py:percent" in head, stem


def test_pairs_are_in_sync():
    """`make check-sync`: the .py and .ipynb inputs agree for every notebook."""
    r = _cli(paths.ROOT, "check")
    assert r.returncode == 0, r.stderr


def test_rerunning_sync_gives_no_diff(copy):
    """The committed files are exactly what `make sync` writes: a rerun changes no byte."""
    before = _snapshot(copy / "notebooks")
    r = _cli(copy, "sync")
    assert r.returncode == 0, r.stderr
    after = _snapshot(copy / "notebooks")
    changed = [name for name in before if before[name] != after.get(name)]
    assert not changed, f"`make sync` would change {changed}: run it and commit the result"


def test_check_catches_an_edit_and_sync_repairs_it_keeping_outputs(copy):
    folder = copy / "notebooks"
    py = sorted(folder.glob("[0-9][0-9]_*.py"))[0]
    ipynb = py.with_suffix(".ipynb")
    outputs_before = [c.get("outputs") for c in nbformat.read(ipynb, as_version=4).cells]
    py.write_text(py.read_text(encoding="utf-8") + "\n# %%\nprint('an edit in review')\n",
                  encoding="utf-8")
    r = _cli(copy, "check")
    assert r.returncode == 1 and py.stem in r.stderr
    assert _cli(copy, "sync").returncode == 0
    assert _cli(copy, "check").returncode == 0
    cells = nbformat.read(ipynb, as_version=4).cells
    assert cells[-1].source == "print('an edit in review')"
    # the cells that did not change keep their stored outputs
    assert [c.get("outputs") for c in cells[:-1]] == outputs_before


def test_volatile_run_metadata_is_stripped(copy):
    """What an execution adds without any real change (timings, papermill and widget state,
    the Python patch version, collapsed/scrolled flags) is gone after sync, so the file is
    byte-identical to the committed one."""
    folder = copy / "notebooks"
    ipynb = sorted(folder.glob("[0-9][0-9]_*.ipynb"))[0]
    committed = ipynb.read_bytes()
    nb = json.loads(committed)
    nb["metadata"]["papermill"] = {"duration": 12.3, "start_time": "2026-01-01T00:00:00"}
    nb["metadata"]["widgets"] = {"application/vnd.jupyter.widget-state+json": {}}
    nb["metadata"].setdefault("language_info", {})["version"] = "3.12.99"
    for cell in nb["cells"]:
        cell["metadata"]["execution"] = {"iopub.status.idle": "2026-01-01T00:00:01Z"}
        cell["metadata"]["ExecuteTime"] = {"end_time": "2026-01-01T00:00:01Z"}
        cell["metadata"]["papermill"] = {"duration": 0.1}
        if cell["cell_type"] == "code":
            cell["metadata"]["scrolled"] = True
    ipynb.write_text(json.dumps(nb), encoding="utf-8")
    assert ipynb.read_bytes() != committed
    assert _cli(copy, "sync").returncode == 0
    assert ipynb.read_bytes() == committed


def test_strip_volatile_keeps_tags_and_parameters():
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("x = 1")
    cell.metadata.update({"tags": ["parameters"], "execution": {"a": 1}, "collapsed": False})
    nb.cells.append(cell)
    notebooks.strip_volatile(nb)
    assert nb.cells[0].metadata == {"tags": ["parameters"]}
