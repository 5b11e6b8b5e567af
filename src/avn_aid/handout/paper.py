"""The default paper size: US Letter where the locale's region uses it, A4 elsewhere."""

from __future__ import annotations

import locale

_LETTER_REGIONS = {"US", "CA", "MX", "PH", "CL", "CO", "VE"}


def default_page_size() -> str:
    try:
        name = locale.setlocale(locale.LC_CTYPE, None) or ""
    except locale.Error:
        name = ""
    region = name.split(".")[0].split("_")[-1].upper() if "_" in name else ""
    return "letter" if region in _LETTER_REGIONS else "a4"
