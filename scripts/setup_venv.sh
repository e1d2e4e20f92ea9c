#!/usr/bin/env bash
# Create .venv with a Python 3.12/3.13 if it is missing, then install the pinned requirements
# and the helpers package (editable). Safe to rerun: pip skips what is already installed.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(0 if (3,12) <= sys.version_info[:2] < (3,14) else 1)'; then
  PY=$(scripts/find_python.sh)
  echo "creating .venv with $PY ($("$PY" --version))"
  rm -rf .venv
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -r requirements.txt
.venv/bin/python -m pip install --quiet --no-deps -e .
echo "environment ready: .venv ($(.venv/bin/python --version))"
