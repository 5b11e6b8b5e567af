#!/usr/bin/env bash
# A whole consultation by keyboard only, in a real window: Xvfb at 1024x768 (the smallest
# screen the wizard must fit), the openbox window manager, keys sent with xdotool. Each step
# is photographed into $1 (docs/images/wizard-*.png); the handout saved at the end is checked.
# Needs Debian's xvfb, openbox, xdotool, imagemagick and poppler-utils.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-docs/images}
BIN=.venv/bin
WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT
for tool in Xvfb openbox xdotool import pdftotext; do
    command -v "$tool" >/dev/null || { echo "keyboard_consultation: $tool is missing" >&2; exit 2; }
done
mkdir -p "$OUT"
DISPLAY_NUMBER=97
while [ -e "/tmp/.X11-unix/X$DISPLAY_NUMBER" ]; do DISPLAY_NUMBER=$((DISPLAY_NUMBER + 1)); done
export DISPLAY=":$DISPLAY_NUMBER"
Xvfb "$DISPLAY" -screen 0 1024x768x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
openbox >"$WORK/openbox.log" 2>&1 &
PIDS+=($!)
sleep 1
# Fresh settings: no remembered clinician, paper, folder or window size.
XDG_CONFIG_HOME="$WORK/config" QT_QPA_PLATFORM=xcb "$BIN/avn-aid" >"$WORK/app.log" 2>&1 &
APP=$!
PIDS+=("$APP")
xdotool search --sync --onlyvisible --name "^avn-aid - " >/dev/null
sleep 1.5

key() { xdotool key --delay 60 "$@"; sleep 0.4; }
type_text() { xdotool type --delay 40 "$1"; sleep 0.3; }
shot() { sleep "${2:-0.5}"; import -window root "$OUT/wizard-$1.png"; echo "  $OUT/wizard-$1.png"; }

echo "keyboard-only consultation on $DISPLAY (1024x768):"
# 1. Patient: the name field has focus when the window opens.
type_text "MRN 4471"
key Tab
type_text "42"
key Tab Down Tab
type_text "Dr A. Surgeon"
shot 1-patient
# 2. Stage by its mnemonic and the arrow keys; collapse likewise.
key alt+n
key alt+s Down Down
key alt+o space
shot 2-stage
key alt+s Down          # IIB with no collapse cannot be: the page says why and what to choose
shot 2b-stage-impossible
key Up
# 3. Contraindications and risk factors: the first box has focus; seven Tabs reach Smoking.
key alt+n
for _ in 1 2 3 4 5 6 7; do xdotool key Tab; done
key space
shot 3-contraindications
# 4. Options: the first 'Why?' has focus; Space opens it, Page Down scrolls from the button.
key alt+n
key space
shot 4-options
key Next Next
shot 4b-options-scrolled
# 5. Handout, then the print dialog (cancelled here; tests print through CUPS).
key alt+n
shot 5-handout 2.5
key alt+r
shot 6-print-dialog 1.5
key Escape
# 6. Esc would lose an unsaved patient: the window asks first; Esc answers Cancel.
key Escape
shot 7-ask-before-discarding
key Escape
# 7. Enter on the handout page is Save as..., never New patient.
key Return
sleep 1
xdotool key ctrl+a
type_text "$WORK/handout.pdf"
key Return
shot 8-saved 1
# 8. Saved, so Esc starts a new patient without asking; the clinician's name stays.
key Escape
shot 9-new-patient
kill "$APP"
grep -q "MRN 4471" <(pdftotext "$WORK/handout.pdf" -) \
    || { echo "keyboard_consultation: the saved handout lacks the patient" >&2; exit 1; }
echo "keyboard-only consultation done; the saved handout names MRN 4471"
