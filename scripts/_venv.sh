# Sourced by scripts/serve and scripts/test: make .venv with citygraph installed.
# Needs only python3 (3.11 or newer) on the machine; everything else comes from PyPI.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "citygraph needs Python 3.11 or newer as '$PYTHON' (set PYTHON=... to choose one)" >&2
    exit 1
fi
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[${CITYGRAPH_EXTRAS:-test}]"
# Byte-compile the project's own modules now, as pip does for the packages it installs:
# an editable install leaves them to the first import, and where Python does not write
# bytecode (PYTHONDONTWRITEBYTECODE) to every run (~0.2 s of each `citygraph extract`).
.venv/bin/python -m compileall -q -j 0 api citygraph graph loaders
