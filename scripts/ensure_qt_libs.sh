#!/usr/bin/env bash
# Qt's xcb platform (a real window) needs a few X libraries that minimal Debian/Ubuntu
# systems lack. Install them when we can (root with apt-get); otherwise say how.
set -u
PACKAGES="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 libegl1 libgl1 libfontconfig1 libdbus-1-3"
if ! command -v ldconfig >/dev/null 2>&1 || ldconfig -p | grep -q "libxcb-cursor.so.0"; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Qt's X11 libraries: $PACKAGES"
    apt-get update -qq && apt-get install -y -qq $PACKAGES >/dev/null
else
    echo "Qt needs X11 libraries that are missing. Install them with:" >&2
    echo "  sudo apt-get install $PACKAGES" >&2
fi
