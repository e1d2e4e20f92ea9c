"""Open the report's notebooks in JupyterLab, set up for Persian: ``make lab``.

``python -m helpers.lab``                   JupyterLab on ``notebooks/``, opens the browser
``python -m helpers.lab --no-browser``      same, print the URL only
``python -m helpers.lab --port=8899``       any other option goes to ``jupyter lab``

Everything comes from the repository, nothing from (or into) the user's ``~/.jupyter``:

- ``JUPYTER_CONFIG_DIR=lab/config``: ``jupyter_lab_config.py`` turns on JupyterLab's custom
  CSS (``custom/custom.css``: Persian markdown right-to-left and start-aligned, code LTR,
  tables in RTL order, the bundled Vazirmatn font); ``jupyter_server_config.py`` serves the
  font and strips volatile metadata when a notebook is saved. Lab user settings and
  workspaces for this checkout are kept under ``lab/config/lab/`` (git-ignored).
- ``IPYTHONDIR=lab/ipython``: the kernel loads ``autoreload`` (``%autoreload 2``), so edits to
  ``src/helpers`` apply to a running notebook; it prints nothing, so outputs do not change.
- The server and its kernels run on this environment's Python, where ``helpers`` is installed
  (editable), so every notebook can ``from helpers import ...``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import paths

LAB_DIR = paths.ROOT / "lab"
CONFIG_DIR = LAB_DIR / "config"
IPYTHON_DIR = LAB_DIR / "ipython"
CUSTOM_CSS = CONFIG_DIR / "custom" / "custom.css"


def lab_env(base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a JupyterLab server (and its kernels) set up for this project."""
    env = dict(os.environ if base is None else base)
    env["JUPYTER_CONFIG_DIR"] = str(CONFIG_DIR)
    env["IPYTHONDIR"] = str(IPYTHON_DIR)
    # Kernelspecs from this environment first, so "python3" is this venv even when the user
    # has a python3 kernelspec of their own in ~/.local/share/jupyter.
    env["JUPYTER_PREFER_ENV_PATH"] = "1"
    # Lab UI settings and workspaces of this checkout (git-ignored), unless the caller chose
    # other folders explicitly (the tests use temporary ones).
    env.setdefault("JUPYTERLAB_SETTINGS_DIR", str(CONFIG_DIR / "lab" / "user-settings"))
    env.setdefault("JUPYTERLAB_WORKSPACES_DIR", str(CONFIG_DIR / "lab" / "workspaces"))
    env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"  # quiet a debugpy warning at kernel start
    return env


def lab_command(root_dir: Path = paths.NOTEBOOKS, open_browser: bool = True,
                extra: list[str] | None = None) -> list[str]:
    """The ``jupyter lab`` command line, run with this environment's Python."""
    cmd = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={Path(root_dir).resolve()}"]
    if not open_browser:
        cmd.append("--no-browser")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")  # containers and CI run as root; the server listens on localhost
    return cmd + list(extra or [])


def strip_volatile_hook(model: dict, **kwargs) -> None:
    """ContentsManager pre-save hook: a notebook saved from JupyterLab loses the metadata that
    changes on every run (timings, papermill, widget state, Python patch version), exactly as
    ``make sync`` and ``make notebooks`` strip it, so a save with no real change gives no diff."""
    if model.get("type") != "notebook" or not isinstance(model.get("content"), dict):
        return
    import nbformat

    from .notebooks import strip_volatile

    model["content"] = strip_volatile(nbformat.from_dict(model["content"]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m helpers.lab", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", type=Path, default=paths.NOTEBOOKS,
                    help="folder JupyterLab opens on (default: notebooks/)")
    ap.add_argument("--no-browser", action="store_true", help="do not open a browser")
    args, extra = ap.parse_known_args(argv)
    extra = [a for a in extra if a != "--"]
    for need in (CUSTOM_CSS, CONFIG_DIR / "jupyter_lab_config.py",
                 IPYTHON_DIR / "profile_default" / "ipython_kernel_config.py"):
        if not need.is_file():
            print(f"missing {need.relative_to(paths.ROOT)}: is this a full goftar checkout?",
                  file=sys.stderr)
            return 2
    cmd = lab_command(args.root, open_browser=not args.no_browser, extra=extra)
    print("JupyterLab on", args.root, "with config from", CONFIG_DIR.relative_to(paths.ROOT),
          flush=True)
    os.execve(sys.executable, cmd, lab_env())
    return 0  # not reached


if __name__ == "__main__":
    raise SystemExit(main())
