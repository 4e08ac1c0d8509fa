#!/usr/bin/env bash
# npm run django:record / django:check: make sure the venv exists, then run the recorder in it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
python="$(bash "$here/setup-venv.sh")"
if [ "${1:-}" = check ]; then
  # The twins and the oracle are formatted and linted like any Python project.
  ruff="$(dirname "$python")/ruff"
  "$ruff" format --config "$here/ruff.toml" --check "$here" "$here/../src/examples"
  "$ruff" check --config "$here/ruff.toml" "$here" "$here/../src/examples"
fi
exec "$python" "$here/record.py" "$@"
