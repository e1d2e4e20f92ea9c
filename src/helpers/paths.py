"""Every path the project uses, in one place (cookiecutter-data-science style).

The repository root is found from a marker file, so notebooks, papermill runs
(which execute in the caller's working directory), tests and scripts all agree.
Set ``GOFTAR_ROOT`` to point the helpers at another checkout.
"""

from __future__ import annotations

import os
from pathlib import Path

_MARKER = "pyproject.toml"


def _find_root() -> Path:
    env = os.environ.get("GOFTAR_ROOT")
    if env:
        return Path(env).resolve()
    for start in (Path.cwd(), Path(__file__).resolve()):
        for candidate in (start, *start.parents):
            if (candidate / _MARKER).is_file() and (candidate / "src" / "helpers").is_dir():
                return candidate
    raise RuntimeError(
        "Cannot find the goftar repository root (a folder with pyproject.toml and src/helpers). "
        "Run from inside the checkout or set GOFTAR_ROOT."
    )


ROOT = _find_root()
DATA = ROOT / "data"
RAW = DATA / "raw"
SEED_DIR = RAW / "seed"
SEED_FILE = SEED_DIR / "000_ca22d49b7a009fcd.txt"
SEED_ID = "000_ca22d49b7a009fcd"
CORPUS_FILE = RAW / "news_fa.jsonl"
DEV_IDS_FILE = DATA / "dev_ids.txt"
GOLD = DATA / "gold"
INTERIM = DATA / "interim"
PROCESSED = DATA / "processed"
NOTEBOOKS = ROOT / "notebooks"
REPORTS = ROOT / "reports"
FIGURES = REPORTS / "figures"
RUNS = ROOT / "runs"
PACKAGE = Path(__file__).resolve().parent
LEXICONS = PACKAGE / "lexicons"
ASSETS = PACKAGE / "assets"

#: The inputs of the default report: the seed article and the 1,000-article corpus.
DEFAULT_INPUTS = (SEED_DIR, CORPUS_FILE)


def ensure_dirs(*dirs: Path) -> None:
    """Create output folders (never input folders) if they are missing."""
    for d in dirs:
        d.mkdir(parents=True, exist_ok=True)


def interim_dir(data_dir: str | Path | None = None) -> Path:
    """``data/interim`` of the repo, or of a rerun's own data folder (papermill ``DATA_DIR``)."""
    return INTERIM if data_dir is None else Path(data_dir) / "interim"


def processed_dir(data_dir: str | Path | None = None) -> Path:
    """``data/processed`` of the repo, or of a rerun's own data folder (papermill ``DATA_DIR``)."""
    return PROCESSED if data_dir is None else Path(data_dir) / "processed"
