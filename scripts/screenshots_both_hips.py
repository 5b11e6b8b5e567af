"""Screenshots of the wizard for a patient with both hips (run under Xvfb: `make images`)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from avn_aid.gui.app import make_app
from avn_aid.gui.main_window import MainWindow
from avn_aid.gui.pages.patient_page import BOTH
from avn_aid.loading import load_pathway
from avn_aid.resources import default_pathway

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")


def main() -> int:
    app = make_app()
    window = MainWindow(load_pathway(default_pathway()), default_pathway())
    window.resize(1100, 780)
    window.show()
    wizard = window.wizard
    pathway = wizard.document.pathway
    page = wizard.patient_page
    page.name.setText("B-2")
    page.age_box.setValue(45)
    page.side.setCurrentIndex(BOTH)
    page.clinician.setText("Dr A. Surgeon")

    def choose(stage_page, stage: str, collapse: str) -> None:
        stage_page.stages.button([s.id for s in pathway.staging.stages].index(stage)).click()
        ids = [c.id for c in pathway.staging.collapse]
        stage_page.collapses.button(ids.index(collapse)).click()

    steps = [
        ("1-patient", lambda: None),
        ("2-stage-left", lambda: (wizard.next(), choose(wizard.stage_page, "IIA", "none"))),
        ("2-stage-right", lambda: (wizard.next(), choose(wizard.right_stage_page, "IV", "advanced"))),
        (
            "3-contraindications",
            lambda: (
                wizard.next(),
                wizard.modifiers_page.right_boxes["previous_hip_surgery"].setChecked(True),
            ),
        ),
        ("4-options-left", lambda: wizard.next()),
        ("4-options-right", lambda: wizard.options_page.tabs.setCurrentIndex(1)),
    ]
    OUT.mkdir(parents=True, exist_ok=True)

    def run(index: int = 0) -> None:
        if index == len(steps):
            wizard.mark_kept()
            window.close()
            app.quit()
            return
        name, action = steps[index]
        action()
        QTimer.singleShot(
            900,
            lambda: (
                window.grab().save(str(OUT / f"wizard-both-hips-{name}.png")),
                run(index + 1),
            ),
        )

    QTimer.singleShot(500, run)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
