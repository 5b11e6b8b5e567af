"""Screenshots of every wizard page in a real window (run under Xvfb: `make screenshots`)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from avn_aid.gui.app import make_app
from avn_aid.gui.main_window import MainWindow
from avn_aid.loading import load_pathway
from avn_aid.resources import default_pathway

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")


def main() -> int:
    app = make_app()
    window = MainWindow(load_pathway(default_pathway()), default_pathway())
    window.resize(1100, 780)
    window.show()
    wizard = window.wizard
    page = wizard.patient_page
    page.name.setText("Zoë Ødegaard")
    page.age_box.setValue(42)
    page.side.setCurrentIndex(1)
    page.clinician.setText("Dr A. Surgeon")
    steps = [
        ("1-patient", lambda: None),
        ("2-stage", lambda: (wizard.next(), wizard.stage_page.set_answers("IIA", "none"))),
        ("2b-stage-impossible", lambda: wizard.stage_page.set_answers("III", "none")),
        (
            "3-contraindications",
            lambda: (
                wizard.stage_page.set_answers("IIA", "none"),
                wizard.next(),
                wizard.modifiers_page.risk_factor_boxes["smoking"].setChecked(True),
            ),
        ),
        (
            "4-options",
            lambda: (wizard.next(), wizard.options_page.cards[2].why_button.setChecked(True)),
        ),
        ("5-handout", lambda: wizard.next()),
    ]
    OUT.mkdir(parents=True, exist_ok=True)

    def run(index: int = 0) -> None:
        if index == len(steps):
            app.quit()
            return
        name, action = steps[index]
        action()
        # Give the window time to lay out and paint (the PDF view renders asynchronously).
        QTimer.singleShot(
            900, lambda: (window.grab().save(str(OUT / f"wizard-{name}.png")), run(index + 1))
        )

    QTimer.singleShot(500, run)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
