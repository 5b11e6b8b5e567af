#!/usr/bin/env bash
# Screenshots of a keyboard-only consultation in a real window (Xvfb, openbox, xdotool) and
# the example handout as PNG pages, into docs/images/. Needs Debian's xvfb, openbox, xdotool,
# imagemagick and poppler-utils.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
OUT=docs/images
mkdir -p "$OUT"
if [ -z "${DISPLAY:-}" ]; then
    Xvfb :98 -screen 0 1280x900x24 >/dev/null 2>&1 &
    XVFB=$!
    trap 'kill $XVFB' EXIT
    export DISPLAY=:98
    sleep 1
fi
QT_QPA_PLATFORM=xcb "$BIN/python" scripts/screenshots.py "$OUT"
# The same consultation by keyboard only, at 1024x768, in a real window manager.
scripts/keyboard_consultation.sh "$OUT/keyboard"
QT_QPA_PLATFORM=xcb "$BIN/python" scripts/screenshots.py "$OUT" ar
# Both hips: every page into a scratch folder; the two the README shows are kept.
SCRATCH=$(mktemp -d)
QT_QPA_PLATFORM=xcb "$BIN/python" scripts/screenshots_both_hips.py "$SCRATCH"
cp "$SCRATCH"/wizard-both-hips-3-contraindications.png "$SCRATCH"/wizard-both-hips-4-options-right.png "$OUT"/
rm -rf "$SCRATCH"
scripts/handout_images.sh
echo "images written to $OUT"
