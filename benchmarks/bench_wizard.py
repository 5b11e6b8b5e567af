"""Wizard start-up next to a bare QWizard, peak memory, and the options-page transition.

Runs under a real X server: uses $DISPLAY, or starts Xvfb on :97 if there is none.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import PYTHON, compare, compile_bytecode

# Both drivers quit as soon as the window has been shown and painted once.
APP = """
from PySide6.QtCore import QTimer
from avn_aid.gui.answers import Answers
from avn_aid.gui.app import make_app
from avn_aid.gui.main_window import MainWindow
from avn_aid.loading import load_pathway
from avn_aid.resources import default_pathway
app = make_app()
window = MainWindow(load_pathway(default_pathway()), default_pathway())
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""
BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
app = QApplication([])
wizard = QWizard()
wizard.addPage(QWizardPage())
wizard.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""
SESSION = """
import resource, statistics, time
from PySide6.QtWidgets import QApplication
from avn_aid.gui.answers import Answers
from avn_aid.gui.app import make_app
from avn_aid.gui.main_window import MainWindow
from avn_aid.loading import load_pathway
from avn_aid.resources import default_pathway
app = make_app()
window = MainWindow(load_pathway(default_pathway()), default_pathway())
window.show()
wizard = window.wizard
wizard.set_answers(Answers(age=40, stage="IIA", collapse="none"))
wizard.next()
wizard.next()
times = []
for _ in range(20):
    start = time.perf_counter()
    wizard.next()
    app.processEvents()
    times.append(time.perf_counter() - start)
    wizard.back()
    app.processEvents()
wizard.next(); wizard.next(); app.processEvents()
print(f"contraindications -> options page: median {statistics.median(times) * 1000:.1f} ms over 20 (target < 100 ms)")
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"peak memory after a full consultation with the PDF preview: {peak:.0f} MB "
      f"(target <= 120 MB) {'OK' if peak <= 120 else 'MISSED'}")
"""


def main() -> None:
    env = {"QT_QPA_PLATFORM": "xcb"}
    xvfb = None
    if not os.environ.get("DISPLAY"):
        if not shutil.which("Xvfb"):
            sys.exit("needs an X server: install Xvfb (apt-get install xvfb) or set DISPLAY")
        xvfb = subprocess.Popen(
            ["Xvfb", ":97", "-screen", "0", "1280x900x24"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1)
        env["DISPLAY"] = ":97"
    compile_bytecode()
    try:
        compare(
            "avn-aid wizard, start to shown",
            [PYTHON, "-c", APP],
            "bare PySide6 QWizard, start to shown",
            [PYTHON, "-c", BARE],
            target=1.4,
            env=env,
        )
        subprocess.run([PYTHON, "-c", SESSION], check=True, env={**os.environ, **env})
    finally:
        if xvfb is not None:
            xvfb.terminate()


if __name__ == "__main__":
    main()
