#!/usr/bin/env bash
# The oldest glibc a built bundle runs on: the newest GLIBC_x.y symbol version any of its
# ELF files (executable, Python extensions, Qt, bundled libraries) asks for.
#   installer/glibc-needed.sh [DIST]            -> e.g. "2.31"
#   installer/glibc-needed.sh --report [DIST]   -> that, the file asking for it, and the
#                                                 newest GLIBCXX_ (libstdc++) version asked for
# Needs objdump (binutils; PyInstaller needs it too). installer/debian/build.sh puts the
# result into the package's Depends (libc6 (>= x.y)).
set -euo pipefail

REPORT=0
if [ "${1:-}" = "--report" ]; then REPORT=1; shift; fi
DIST="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/dist/clerk-desk}"
[ -d "$DIST" ] || { echo "glibc-needed: $DIST is not a folder" >&2; exit 2; }

# "<version> <file>" for every versioned symbol reference of the given prefix.
needed() {
  find "$DIST" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
    | xargs -0 -r objdump -T 2>/dev/null \
    | awk -v prefix="$1_" '
        / file format / { file = $1; sub(/:$/, "", file); next }
        {
          line = $0
          while (match(line, prefix "[0-9][0-9.]*[0-9]")) {
            print substr(line, RSTART + length(prefix), RLENGTH - length(prefix)), file
            line = substr(line, RSTART + RLENGTH)
          }
        }' \
    | sort -V -k1,1 | tail -n 1 || true
}

glibc="$(needed GLIBC)"
[ -n "$glibc" ] || { echo "glibc-needed: no GLIBC_ symbol versions found in $DIST (objdump missing?)" >&2; exit 1; }
if [ "$REPORT" = "0" ]; then
  echo "${glibc%% *}"
  exit 0
fi
glibcxx="$(needed GLIBCXX)"
echo "glibc: ${glibc%% *} (newest GLIBC_ symbol version, asked for by ${glibc#* })"
if [ -n "$glibcxx" ]; then
  echo "glibcxx: ${glibcxx%% *} (newest GLIBCXX_ symbol version, asked for by ${glibcxx#* })"
fi
bundled="$(find "$DIST" -name 'libstdc++.so*' -printf '%P ' 2>/dev/null)"
echo "libstdc++ in the bundle: ${bundled:-no, the system one is used}"
