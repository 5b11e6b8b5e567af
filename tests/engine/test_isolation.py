"""The core never imports Qt or reportlab, and never needs the network."""

from __future__ import annotations

import subprocess
import sys


def test_engine_import_does_not_load_pyside6_or_reportlab():
    code = (
        "import sys, avn_aid.engine, avn_aid.loading, avn_aid.cli.main;"
        "from avn_aid.resources import default_pathway;"
        "from avn_aid.engine import evaluate, Patient;"
        "from avn_aid.loading import load_pathway;"
        "evaluate(load_pathway(default_pathway()), Patient(age=40, stage='I', collapse='none'));"
        "bad=[m for m in sys.modules if m.split('.')[0] in ('PySide6','shiboken6','reportlab')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_handout_content_and_authoring_do_not_load_pyside6():
    code = (
        "import sys, avn_aid.handout.render_sheet, avn_aid.authoring.check, avn_aid.authoring.diff;"
        "bad=[m for m in sys.modules if m.split('.')[0] in ('PySide6','shiboken6')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
