#!/usr/bin/env bash
# Makes oracle/.venv with Python 3.12 or newer and the pinned Django (oracle/requirements.txt).
# Finds the interpreter on PATH or under pyenv; no path is hard-coded. Prints the venv's python.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.venv"

good_python() { # prints the interpreter if it runs and is 3.12+
  "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1 && echo "$1"
}

find_python() {
  local candidate
  if [ -n "${ORACLE_PYTHON:-}" ]; then good_python "$ORACLE_PYTHON" && return; fi
  for candidate in python3.14 python3.13 python3.12 python3 python; do
    command -v "$candidate" >/dev/null 2>&1 && good_python "$(command -v "$candidate")" && return
  done
  local roots=()
  command -v pyenv >/dev/null 2>&1 && roots+=("$(pyenv root)")
  roots+=("${PYENV_ROOT:-$HOME/.pyenv}")
  for root in "${roots[@]}"; do
    # Newest first: version directories sort naturally with sort -V.
    for candidate in $(ls -d "$root"/versions/*/bin/python3 2>/dev/null | sort -rV); do
      good_python "$candidate" && return
    done
  done
  return 1
}

stamp="$venv/.requirements"
if [ -x "$venv/bin/python" ] && cmp -s "$here/requirements.txt" "$stamp" 2>/dev/null; then
  echo "$venv/bin/python"
  exit 0
fi

python="$(find_python)" || {
  echo "oracle: no Python 3.12 or newer found (looked on PATH and under pyenv; set ORACLE_PYTHON to one)" >&2
  exit 1
}
rm -rf "$venv"
"$python" -m venv "$venv" >&2
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -r "$here/requirements.txt" >&2
"$venv/bin/python" -m pip check >&2
cp "$here/requirements.txt" "$stamp"
echo "$venv/bin/python"
