#!/usr/bin/env bash
# Build the one-folder program with PyInstaller and smoke-test it.
#   installer/build.sh            -> dist/clerk-desk/ (then installer/smoke.sh on it)
# Environment: PYTHON (default: python3, the interpreter the project is installed in),
# SKIP_SMOKE=1 to build only. Then: installer/debian/build.sh (UOS/Kylin .deb) or, on
# Windows, ISCC installer/windows/clerk-desk.iss /DAppVersion=<version>.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
cd "$ROOT"

"$PYTHON" -m pip install --quiet "pyinstaller>=6.10"
VERSION="$("$PYTHON" -c 'import clerk_app; print(clerk_app.__version__)')"
echo "build: clerk-desk $VERSION with $("$PYTHON" -m PyInstaller --version)"

start=$(date +%s)
CLERK_VERSION="$VERSION" "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" installer/clerk-desk.spec
echo "build: dist/clerk-desk in $(( $(date +%s) - start )) s, $(du -sh dist/clerk-desk | cut -f1)"
echo "$VERSION" > "$ROOT/dist/clerk-desk.version"

if [ "${SKIP_SMOKE:-0}" != "1" ]; then
  PYTHON="$PYTHON" "$ROOT/installer/smoke.sh" "$ROOT/dist/clerk-desk"
fi
