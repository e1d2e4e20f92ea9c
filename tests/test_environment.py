"""The three places that describe the environment agree: requirements.txt (exact pins),
pyproject.toml (loose ranges, Python bounds) and environment.yml (a thin conda wrapper)."""

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
import yaml

from helpers import paths

ROOT = paths.ROOT
ASKED_FOR = ["jupyterlab", "pandas", "matplotlib", "arabic-reshaper", "python-bidi", "hazm", "nbval",
             "papermill", "nbconvert", "itables", "playwright", "jupytext", "pytest", "hypothesis"]


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        m = re.fullmatch(r"([A-Za-z0-9_.\-\[\]]+)==([^\s;]+)", line)
        assert m, f"requirements.txt line is not an exact pin: {line!r}"
        pins[re.sub(r"[-_.]+", "-", m.group(1)).lower()] = m.group(2)
    return pins


def test_environment_yml_delegates_to_requirements():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    deps = env["dependencies"]
    assert "python=3.12" in deps
    pip_section = next(d["pip"] for d in deps if isinstance(d, dict) and "pip" in d)
    assert pip_section == ["-r requirements.txt", "-e ."]


def test_pyproject_python_bounds_match_hazm():
    proj = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert proj["requires-python"] == ">=3.12,<3.14"
    hazm = [d for d in proj["dependencies"] if d.startswith("hazm")]
    assert hazm == [f"hazm=={_pins()['hazm']}"]


@pytest.mark.parametrize("name", ASKED_FOR)
def test_asked_for_packages_are_pinned(name):
    assert name in _pins(), f"{name} is not pinned in requirements.txt"


def test_installed_versions_match_pins():
    wrong = []
    for name, version in _pins().items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            wrong.append(f"{name}: not installed")
            continue
        if installed != version:
            wrong.append(f"{name}: installed {installed}, pinned {version}")
    assert not wrong, "run `make setup`: " + "; ".join(wrong)
