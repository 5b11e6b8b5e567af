"""Fill translations into a Qt .ts file from a Python dict {source: translation}.

Used to write a draft translation without Qt Linguist; a translator reviews it there.
Run: .venv/bin/python scripts/fill_ts.py resources/i18n/avn_aid_ar.ts DICT.py
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET


def fill(ts_path: str, table: dict[str, str]) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        target = message.find("translation")
        assert target is not None
        if source in table:
            target.text = table[source]
            target.attrib.pop("type", None)
        elif not (target.text or "").strip():
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, encoding="utf-8") as handle:
        text = handle.read()
    with open(ts_path, "w", encoding="utf-8") as handle:
        handle.write(text.replace("<TS ", "<!DOCTYPE TS>\n<TS ", 1) if "DOCTYPE" not in text else text)
    return missing


if __name__ == "__main__":
    names = runpy.run_path(sys.argv[2])
    left = fill(sys.argv[1], names["AR"])
    print("untranslated:", left)
