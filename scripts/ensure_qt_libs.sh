#!/usr/bin/env bash
# Qt's xcb platform (a real window) needs X libraries that minimal Debian/Ubuntu systems
# lack. Ask the dynamic linker what the venv's xcb plugin cannot find (checking one
# library by name missed libxcb-icccm4 and others); install them when we can (root with
# apt-get), otherwise say how.
set -u
PYTHON="${1:-.venv/bin/python}"
PACKAGES="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libxcb-sync1 libxcb-xkb1 libegl1 libgl1 libfontconfig1 libdbus-1-3"

missing_libraries() {
    local qt plugin
    qt="$("$PYTHON" -c 'import os, PySide6; print(os.path.dirname(PySide6.__file__))' 2>/dev/null)" || return 0
    plugin="$qt/Qt/plugins/platforms/libqxcb.so"
    [ -f "$plugin" ] || return 0
    LD_LIBRARY_PATH="$qt/Qt/lib" ldd "$plugin" "$qt"/Qt/lib/libQt6XcbQpa.so* 2>/dev/null | grep "not found" | sort -u
}

missing="$(missing_libraries)"
[ -z "$missing" ] && exit 0
echo "Qt's window system plugin cannot find:" >&2
echo "$missing" >&2
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Qt's X11 libraries: $PACKAGES"
    apt-get update -qq && apt-get install -y -qq $PACKAGES >/dev/null
    missing="$(missing_libraries)"
    [ -z "$missing" ] || { echo "still missing after install:" >&2; echo "$missing" >&2; }
else
    echo "Install them with:" >&2
    echo "  sudo apt-get install $PACKAGES" >&2
fi
