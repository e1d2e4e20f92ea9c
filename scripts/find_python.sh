#!/usr/bin/env bash
# Print the path of a Python 3.12 or 3.13 interpreter (hazm 0.12.1 needs >=3.12,<3.14).
# Looks on PATH first, then in pyenv's versions; each candidate is actually run, because a
# pyenv shim can exist on PATH for a version that is not selected.
set -u
ok() { "$1" -c 'import sys, venv; sys.exit(0 if (3,12) <= sys.version_info[:2] < (3,14) else 1)' >/dev/null 2>&1; }
for name in python3.12 python3.13 python3; do
  p=$(command -v "$name" 2>/dev/null) || continue
  if ok "$p"; then echo "$p"; exit 0; fi
done
for root in "${PYENV_ROOT:-}" "$HOME/.pyenv" /root/.pyenv /usr/local/pyenv; do
  [ -n "$root" ] && [ -d "$root/versions" ] || continue
  for p in $(ls -d "$root"/versions/3.12*/bin/python3 2>/dev/null | sort -rV) $(ls -d "$root"/versions/3.13*/bin/python3 2>/dev/null | sort -rV); do
    if ok "$p"; then echo "$p"; exit 0; fi
  done
done
for p in /usr/bin/python3.12 /usr/bin/python3.13 /usr/local/bin/python3.12 /usr/local/bin/python3.13; do
  if [ -x "$p" ] && ok "$p"; then echo "$p"; exit 0; fi
done
cat >&2 <<'MSG'
goftar needs Python 3.12 or 3.13 (hazm 0.12.1 requires >=3.12,<3.14), and none was found
on PATH or in pyenv's versions. Install one, for example:
  pyenv install 3.12      (then rerun this command), or
  apt-get install python3.12 python3.12-venv   (where your distribution has it), or
  conda env create -f environment.yml
MSG
exit 1
