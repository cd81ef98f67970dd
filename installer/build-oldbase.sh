#!/usr/bin/env bash
# Build the Linux bundle and .deb on an OLD base system (Debian 11 "bullseye", glibc 2.31),
# so that they run on UOS 20 / Kylin V10 and other systems older than the build machine.
#
#   sudo installer/build-oldbase.sh            # -> dist/oldbase-bullseye/clerk-desk_<ver>_<arch>.deb
#
# What it does, each step skipped when already done (run it again after a code change: only
# the venv update, the tests and the bundle are redone):
#   1. debootstrap a Debian $SUITE chroot into $CHROOT (build tools, Python's -dev libraries,
#      the X/EGL/font libraries Qt loads);
#   2. build CPython 3.11 there from the Debian archive's source tarball (Debian 11 has no
#      Python 3.11; the project needs >= 3.11) into /opt/py311 (shared, no PGO);
#   3. make a venv /opt/clerk-venv with the project (editable, from a copy of this tree in
#      /src/clerk-desk) and PySide6 $PYSIDE_VERSION, the newest release whose x86-64 wheels
#      are manylinux_2_28 (6.10 and later need glibc 2.34); every dependency as a wheel;
#   4. unless RUN_TESTS=0: tests/unit, tests/cli and tests/ui under that PySide6, offscreen
#      (the PostgreSQL tests reach the host's server at 127.0.0.1:5432 if one runs);
#   5. installer/build.sh (PyInstaller + smoke check) and installer/debian/build.sh inside the
#      chroot; prints the newest GLIBC_/GLIBCXX_ symbol versions the bundle needs;
#   6. copies dist/clerk-desk, the .deb and the report to dist/oldbase-$SUITE/ here.
#
# Needs: root (debootstrap, chroot, mounts), `debootstrap` installed, network to
# deb.debian.org (packages, Python source) and PyPI (wheels), ~4 GB disk.
# Takes (measured on a Debian 12 x86-64 host, 2 cores shared with other jobs; details in
# docs/install.md "Older systems"): ~8 min chroot, 27 min Python, 3.5 min venv, 8 min
# bundle + smoke + .deb (gzip -1), plus the tests; a rerun ~12 min plus the tests.
# Not part of the test suite or CI (too slow).
#
# Environment: SUITE (bullseye), CHROOT (/srv/clerk-desk-oldbase/$SUITE), MIRROR
# (http://deb.debian.org/debian), PYSIDE_VERSION (6.9.3), RUN_TESTS (1), TESTS (test folders
# for step 4), DEB_COMPRESS / DEB_COMPRESS_LEVEL (passed to installer/debian/build.sh), JOBS
# (make -j and pytest -n; default nproc).
# Other architectures: run it natively on that architecture (see docs/install.md); it does
# not cross-build.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SUITE="${SUITE:-bullseye}"
CHROOT="${CHROOT:-/srv/clerk-desk-oldbase/$SUITE}"
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
PYSIDE_VERSION="${PYSIDE_VERSION:-6.9.3}"
RUN_TESTS="${RUN_TESTS:-1}"
TESTS="${TESTS:-tests/unit tests/cli tests/ui}"
JOBS="${JOBS:-$(nproc)}"
OUT="$ROOT/dist/oldbase-$SUITE"
# CPython 3.11.2 as Debian 12 ships it (the upstream tarball; Debian's patches not applied).
PY_TARBALL="python3.11_3.11.2.orig.tar.gz"
PY_URL="$MIRROR/pool/main/p/python3.11/$PY_TARBALL"
PY_SHA256="2411c74bda5bbcfcddaf4531f66d1adc73f247f529aee981b029513aefdbf849"
PACKAGES="build-essential ca-certificates curl binutils file dpkg-dev xz-utils locales
  libssl-dev libffi-dev zlib1g-dev libbz2-dev liblzma-dev libsqlite3-dev libreadline-dev
  uuid-dev libgdbm-dev libncurses-dev
  libgl1 libegl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libpulse0
  libx11-6 libx11-xcb1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
  libxcb-xfixes0 libxcb-xkb1 fonts-wqy-microhei"

log() { printf '[oldbase %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
[ "$(id -u)" = 0 ] || { echo "build-oldbase: needs root (debootstrap, chroot, mount)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "build-oldbase: apt-get install debootstrap" >&2; exit 2; }

in_chroot() {
  chroot "$CHROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=dumb \
    PATH=/opt/py311/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
    DEB_COMPRESS="${DEB_COMPRESS:-}" DEB_COMPRESS_LEVEL="${DEB_COMPRESS_LEVEL:-}" \
    bash -euo pipefail -c "$1"
}

# 1. The chroot ------------------------------------------------------------------------
t0=$(date +%s)
if [ ! -e "$CHROOT/.clerk-oldbase-debootstrap" ]; then
  log "debootstrap $SUITE into $CHROOT"
  mkdir -p "$CHROOT"
  debootstrap --variant=minbase "$SUITE" "$CHROOT" "$MIRROR"
  touch "$CHROOT/.clerk-oldbase-debootstrap"
fi

mounted=()
cleanup() {
  local i
  for (( i=${#mounted[@]}-1; i>=0; i-- )); do umount -R "${mounted[$i]}" 2>/dev/null || umount -l "${mounted[$i]}" || true; done
}
trap cleanup EXIT
mount_once() {  # mount_once <target> <mount args...>
  local target="$CHROOT$1"; shift
  if ! mountpoint -q "$target"; then mount "$@" "$target"; mounted+=("$target"); fi
}
mount_once /proc -t proc proc
mount_once /sys -t sysfs sysfs
mount_once /dev --rbind /dev
mount --make-rslave "$CHROOT/dev"
cp -L /etc/resolv.conf "$CHROOT/etc/resolv.conf"
cat > "$CHROOT/etc/apt/sources.list" <<EOF
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb http://security.debian.org/debian-security $SUITE-security main
EOF
# shellcheck disable=SC2086
in_chroot "apt-get -qq update && apt-get -qq -y install --no-install-recommends $(echo $PACKAGES) >/dev/null"
# The host's local CA certificates (a company proxy's, …) so that pip in the chroot (told
# to use the system's list, PIP_CERT above) trusts what the host trusts.
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
  mkdir -p "$CHROOT/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$CHROOT/usr/local/share/ca-certificates/"
  in_chroot "update-ca-certificates >/dev/null"
fi
GLIBC_BASE="$(in_chroot "dpkg-query -W -f='\${Version}' libc6")"
log "chroot ready ($SUITE, libc6 $GLIBC_BASE) in $(( $(date +%s) - t0 )) s"

# 2. CPython 3.11 --------------------------------------------------------------------------
t0=$(date +%s)
if ! in_chroot "/opt/py311/bin/python3.11 -c 'import ssl, ctypes, sqlite3, lzma, bz2, zlib, readline, uuid'" 2>/dev/null; then
  log "building CPython 3.11.2 in the chroot (make -j$JOBS)"
  mkdir -p "$CHROOT/usr/src"
  if ! echo "$PY_SHA256  $CHROOT/usr/src/$PY_TARBALL" | sha256sum -c --status 2>/dev/null; then
    curl -fsSL --retry 3 -o "$CHROOT/usr/src/$PY_TARBALL" "$PY_URL"
    echo "$PY_SHA256  $CHROOT/usr/src/$PY_TARBALL" | sha256sum -c --status
  fi
  in_chroot "cd /usr/src && rm -rf Python-3.11.2 && tar xzf $PY_TARBALL && cd Python-3.11.2 \
    && ./configure -q --enable-shared --prefix=/opt/py311 --with-ensurepip=install \
         LDFLAGS=-Wl,-rpath,/opt/py311/lib \
    && make -s -j$JOBS >/dev/null && make -s install >/dev/null \
    && /opt/py311/bin/python3.11 -c 'import ssl, ctypes, sqlite3, lzma, bz2, zlib, readline, uuid'"
  log "CPython built in $(( $(date +%s) - t0 )) s"
fi

# 3. The project in a venv ------------------------------------------------------------------
t0=$(date +%s)
rm -rf "$CHROOT/src/clerk-desk"
mkdir -p "$CHROOT/src/clerk-desk"
tar -C "$ROOT" --exclude=__pycache__ --exclude='*.egg-info' --exclude=.pytest_cache \
  -cf - clerk_app resources installer tests tools pyproject.toml README.md CHANGELOG.md \
  | tar -C "$CHROOT/src/clerk-desk" -xf -
cat > "$CHROOT/src/constraints.txt" <<EOF
PySide6-Essentials==$PYSIDE_VERSION
PySide6-Addons==$PYSIDE_VERSION
shiboken6==$PYSIDE_VERSION
EOF
# Wheels only: a dependency without a wheel for this glibc fails here instead of being
# compiled against the chroot's libraries unnoticed.
in_chroot "/opt/clerk-venv/bin/python -m pip --version >/dev/null 2>&1 \
    || { rm -rf /opt/clerk-venv && /opt/py311/bin/python3.11 -m venv /opt/clerk-venv; }
  /opt/clerk-venv/bin/pip install -q --upgrade pip setuptools wheel
  /opt/clerk-venv/bin/pip install -q --only-binary=:all: -c /src/constraints.txt \
    'PySide6-Essentials' 'PySide6-Addons' 'pyinstaller>=6.10'
  cd /src/clerk-desk && /opt/clerk-venv/bin/pip install -q --only-binary=:all: -c /src/constraints.txt -e '.[test]'
  /opt/clerk-venv/bin/pip list --format=freeze > /src/pip-freeze.txt"
log "venv ready in $(( $(date +%s) - t0 )) s: $(grep -iE '^pyside6[-_]essentials=' "$CHROOT/src/pip-freeze.txt")"

# 4. Tests under the old base ----------------------------------------------------------------
if [ "$RUN_TESTS" = "1" ]; then
  t0=$(date +%s)
  log "$TESTS in the chroot"
  in_chroot "cd /src/clerk-desk && /opt/clerk-venv/bin/python -m pytest -q -p no:randomly -n $JOBS $TESTS 2>&1 | tail -n 15"
  log "tests done in $(( $(date +%s) - t0 )) s"
fi

# 5. The bundle and the package ----------------------------------------------------------------
t0=$(date +%s)
in_chroot "cd /src/clerk-desk && rm -rf dist build && PYTHON=/opt/clerk-venv/bin/python installer/build.sh"
in_chroot "cd /src/clerk-desk && installer/debian/build.sh"
REPORT="$(in_chroot "cd /src/clerk-desk && installer/glibc-needed.sh --report dist/clerk-desk")"
log "bundle and package in $(( $(date +%s) - t0 )) s"

# 6. Out of the chroot -------------------------------------------------------------------------
rm -rf "$OUT"
mkdir -p "$OUT"
cp -a "$CHROOT/src/clerk-desk/dist/clerk-desk" "$OUT/"
cp -a "$CHROOT/src/clerk-desk/dist/"clerk-desk_*.deb "$CHROOT/src/clerk-desk/dist/clerk-desk.version" "$OUT/"
cp "$CHROOT/src/pip-freeze.txt" "$OUT/"
{
  echo "base: Debian $SUITE, libc6 $GLIBC_BASE, $(uname -m)"
  echo "python: $(in_chroot '/opt/py311/bin/python3.11 --version')"
  echo "pyside6: $PYSIDE_VERSION"
  echo "$REPORT"
  echo "bundle: $(du -sh "$OUT/clerk-desk" | cut -f1), $(find "$OUT/clerk-desk" -type f | wc -l) files"
  for deb in "$OUT"/clerk-desk_*.deb; do echo "deb: $(basename "$deb") $(du -h "$deb" | cut -f1)"; done
} | tee "$OUT/report.txt"
log "done: $OUT"
