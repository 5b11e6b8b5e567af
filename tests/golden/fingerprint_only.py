"""After a change to pathway.yaml alone: do the re-recorded outputs differ only in its sha256?"""

#     cp -r tests/golden/outputs /tmp/golden-before   # before re-recording
#     make golden
#     .venv/bin/python tests/golden/fingerprint_only.py /tmp/golden-before
# Compares JSON, text and stderr byte for byte and PDFs by the text of every page, with the
# old fingerprint replaced by the new one; the old pathway.yaml is read from git HEAD.

import hashlib
import io
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

old_sha = hashlib.sha256(
    subprocess.check_output(
        ["git", "show", "HEAD:tests/golden/pathway.yaml"], cwd=Path(__file__).parent
    )
).hexdigest()
new_sha = hashlib.sha256(Path("tests/golden/pathway.yaml").read_bytes()).hexdigest()
print("sha", old_sha[:12], "->", new_sha[:12])
old_root, new_root = Path(sys.argv[1]), Path(__file__).resolve().parent / "outputs"
bad = 0
checked = 0
for folder in sorted(old_root.iterdir()):
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(p.name for p in (new_root / folder.name).iterdir()), folder
    for name in names:
        a = (folder / name).read_bytes()
        b = (new_root / folder.name / name).read_bytes()
        checked += 1
        if name.endswith(".pdf"):
            ta = [p.extract_text() for p in PdfReader(io.BytesIO(a)).pages]
            tb = [p.extract_text() for p in PdfReader(io.BytesIO(b)).pages]
            ta = [t.replace(old_sha[:12], new_sha[:12]) for t in ta]
            same = ta == tb
        else:
            same = (
                a.replace(old_sha.encode(), new_sha.encode()).replace(
                    old_sha[:12].encode(), new_sha[:12].encode()
                )
                == b
            )
        if not same:
            bad += 1
            print("DIFFERS beyond the fingerprint:", folder.name, name)
print(f"{checked} files checked, {bad} differ beyond the pathway fingerprint")
sys.exit(1 if bad else 0)
