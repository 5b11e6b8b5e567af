"""What the wizard's start leaves for later: the PDF stack is imported for a handout only,
pydantic for a session file or a pathway read without the cache, babel (language names)
for the Language menu or the handout page."""

from __future__ import annotations

import os
import subprocess
import sys

START = """
import sys
from PySide6.QtCore import QTimer
from avn_aid.gui.app import make_app
from avn_aid.gui.main_window import MainWindow
from avn_aid.loading import load_pathway
from avn_aid.resources import default_pathway
app = make_app()
window = MainWindow(load_pathway(default_pathway()), default_pathway())
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
print("LOADED", sorted(m for m in ("reportlab", "uharfbuzz", "avn_aid.handout.build")
                        if m in sys.modules))
print("LATER", sorted(m for m in ("pydantic", "babel", "avn_aid.session") if m in sys.modules))
"""


def test_the_wizard_opens_without_the_pdf_stack(tmp_path):
    """Opening the window (which lists the handout languages) imports no reportlab."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", START], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "LOADED []" in done.stdout, done.stdout


def test_the_wizard_opens_without_pydantic_or_babel(tmp_path):
    """With the pathway in the cache, opening the window imports no pydantic (the patient's
    answers are plain data; sessions are read by pydantic when one is opened) and no babel
    (the languages' names are listed when a menu or the handout page needs them)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    runs = [
        subprocess.run(
            [sys.executable, "-c", START], capture_output=True, text=True, env=env, check=False
        )
        for _ in range(2)  # the first fills the cache
    ]
    assert all(done.returncode == 0 for done in runs), runs[-1].stderr[-2000:]
    assert "'pydantic'" in runs[0].stdout  # cold: the pathway was validated
    assert "LATER []" in runs[1].stdout, runs[1].stdout
