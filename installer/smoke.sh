#!/usr/bin/env bash
# Smoke test of the frozen program (PyInstaller one-folder output):
#   installer/smoke.sh [DIST_DIR]          (default: dist/clerk-desk)
# 1. `clerk-app smoke --data-dir <new temp dir>` must exit 0 and print one JSON line with
#    "ok": true and "frozen": true (database made and read, receipt PDF, package data).
# 2. Unless SMOKE_GUI=0: the windowed program starts offscreen on a new data dir, opens and
#    upgrades its database (the log says so) and is still running; then it is stopped.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DIST="${1:-$HERE/../dist/clerk-desk}"
PYTHON="${PYTHON:-python3}"
export QT_QPA_PLATFORM=offscreen

case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) CLI="$DIST/clerk-app.exe"; GUI="$DIST/clerk-desk.exe" ;;
  *) CLI="$DIST/clerk-desk"; GUI="$DIST/clerk-desk" ;;
esac
[ -x "$CLI" ] || { echo "smoke: $CLI not found (build first: installer/build.sh)" >&2; exit 2; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

start=$(date +%s%N)
if ! "$CLI" smoke --data-dir "$WORK/smoke" >"$WORK/out" 2>"$WORK/err"; then
  echo "smoke: FAILED (exit code non-zero)" >&2
  cat "$WORK/err" "$WORK/out" >&2
  exit 1
fi
took_ms=$(( ($(date +%s%N) - start) / 1000000 ))
"$PYTHON" - "$WORK/out" <<'PY'
import json, sys
lines = [l for l in open(sys.argv[1], encoding="utf-8").read().splitlines() if l.strip()]
if len(lines) != 1:
    sys.exit(f"smoke: expected one JSON line, got {len(lines)}: {lines!r}")
report = json.loads(lines[0])
need = {"ok": True, "frozen": True, "receipt_pdf_pages": 1}
wrong = {k: report.get(k) for k, v in need.items() if report.get(k) != v}
missing = [k for k in ("schema", "translations", "demo_items", "print_font") if not report.get(k)]
if wrong or missing:
    sys.exit(f"smoke: unexpected report {wrong} missing {missing}: {lines[0]}")
print("smoke: ok", lines[0])
PY
echo "smoke: the smoke command took ${took_ms} ms"

if [ "${SMOKE_GUI:-1}" = "0" ]; then exit 0; fi
# The windowed program: offscreen, until its log says the database is open, then stopped.
"$GUI" --data-dir "$WORK/gui" >"$WORK/gui.out" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  if grep -q "database upgraded" "$WORK/gui/logs/clerk.log" 2>/dev/null; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid" && code=0 || code=$?
    echo "smoke: the windowed program exited early (code $code)" >&2
    cat "$WORK/gui.out" "$WORK/gui/logs/clerk.log" >&2 2>/dev/null || true
    exit 1
  fi
  sleep 0.5
done
if ! grep -q "database upgraded" "$WORK/gui/logs/clerk.log" 2>/dev/null || ! kill -0 "$pid" 2>/dev/null; then
  echo "smoke: the windowed program did not open its database within 60 s" >&2
  kill "$pid" 2>/dev/null || true
  cat "$WORK/gui.out" >&2
  exit 1
fi
kill "$pid"
wait "$pid" 2>/dev/null || true
echo "smoke: windowed program started offscreen and opened its database"
