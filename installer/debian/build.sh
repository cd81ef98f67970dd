#!/usr/bin/env bash
# Make the .deb for UOS / Kylin (Debian-based) from the PyInstaller one-folder output.
#   installer/build.sh                 # first: dist/clerk-desk (built and smoke-tested)
#   installer/debian/build.sh [DIST]   # -> dist/clerk-desk_<version>_<arch>.deb
# Build on the oldest system you ship to (glibc): the bundle needs the glibc of the
# machine that built it (installer/build-oldbase.sh builds on Debian 11, glibc 2.31), and
# the package's Depends says what its files ask for (installer/glibc-needed.sh).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DIST="${1:-$ROOT/dist/clerk-desk}"
[ -x "$DIST/clerk-desk" ] || { echo "deb: $DIST/clerk-desk not found (run installer/build.sh first)" >&2; exit 2; }

VERSION="${VERSION:-$(cat "$ROOT/dist/clerk-desk.version" 2>/dev/null || true)}"
[ -n "$VERSION" ] || VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/clerk_app/__init__.py")"
ARCH="$(dpkg --print-architecture)"
# The glibc the bundle really needs (its newest GLIBC_ symbol version), not merely the build
# machine's; the build machine's if objdump cannot tell.
GLIBC="$("$ROOT/installer/glibc-needed.sh" "$DIST" 2>/dev/null || dpkg-query -W -f='${Version}' libc6 | cut -d- -f1)"
OUT="$ROOT/dist/clerk-desk_${VERSION}_${ARCH}.deb"

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
PKG="$STAGE/clerk-desk"
install -d "$PKG/DEBIAN" "$PKG/opt/clerk-desk" "$PKG/usr/bin" "$PKG/usr/lib/clerk-desk" \
  "$PKG/usr/share/applications" "$PKG/usr/share/doc/clerk-desk"
# dpkg's copy of the bundle; postinst (activate) makes /opt/clerk-desk/<version>/ from it
# and points /opt/clerk-desk/current there: a running program keeps its own folder.
cp -a "$DIST" "$PKG/opt/clerk-desk/.bundle"
printf '%s %s\n' "$VERSION" "$(date -u +%Y%m%dT%H%M%SZ)-$$" > "$PKG/opt/clerk-desk/.bundle/build-id"
chmod -R u=rwX,go=rX "$PKG/opt/clerk-desk"
install -m 755 "$HERE/activate" "$PKG/usr/lib/clerk-desk/activate"
# Both names start the program (the menu and the documents say clerk-desk, the
# command-line help clerk-app); both go through the current link.
ln -s /opt/clerk-desk/current/clerk-desk "$PKG/usr/bin/clerk-app"
ln -s /opt/clerk-desk/current/clerk-desk "$PKG/usr/bin/clerk-desk"
# The program, and the hall modes each PC may start straight into (display, kiosk, review pad).
for entry in "$HERE"/clerk-desk*.desktop; do
  install -m 644 "$entry" "$PKG/usr/share/applications/$(basename "$entry")"
done
ICON="$ROOT/resources/icons/clerk-desk.png"
if [ -f "$ICON" ]; then
  install -D -m 644 "$ICON" "$PKG/usr/share/icons/hicolor/256x256/apps/clerk-desk.png"
fi
printf 'Clerk Desk (窗口办件台) %s\nProprietary.\n' "$VERSION" > "$PKG/usr/share/doc/clerk-desk/copyright"
install -m 644 "$ROOT/CHANGELOG.md" "$PKG/usr/share/doc/clerk-desk/CHANGELOG.md"

SIZE="$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)"
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE@/$SIZE/" -e "s/@GLIBC@/$GLIBC/" \
  "$HERE/control" > "$PKG/DEBIAN/control"
for script in postinst postrm config; do
  sed -e "s/@VERSION@/$VERSION/" "$HERE/$script" > "$PKG/DEBIAN/$script"
  chmod 755 "$PKG/DEBIAN/$script"
done
install -m 644 "$HERE/templates" "$PKG/DEBIAN/templates"

start=$(date +%s)
# -Zxz: smaller than the default zstd of newer dpkg, and readable by older dpkg (UOS 20).
dpkg-deb --root-owner-group -Z"${DEB_COMPRESS:-xz}" ${DEB_COMPRESS_LEVEL:+-z"$DEB_COMPRESS_LEVEL"} --build "$PKG" "$OUT" >/dev/null
echo "deb: $OUT ($(du -h "$OUT" | cut -f1), $(( $(date +%s) - start )) s)"
