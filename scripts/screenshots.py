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
# An interface language other than English: `screenshots.py OUT ar` gives wizard-ar-*.png.
LANGUAGE = sys.argv[2] if len(sys.argv) > 2 else "en"
PREFIX = "wizard" if LANGUAGE == "en" else f"wizard-{LANGUAGE}"


def main() -> int:
    app = make_app()
    from avn_aid.gui.language import apply_language

    apply_language(app, LANGUAGE)
    window = MainWindow(load_pathway(default_pathway()), default_pathway())
    window.resize(1100, 780)
    window.show()
    wizard = window.wizard
    page = wizard.patient_page
    page.name.setText("Zoë Ødegaard" if LANGUAGE == "en" else "أحمد علي")
    page.age_box.setValue(42)
    page.side.setCurrentIndex(1)
    page.clinician.setText("Dr A. Surgeon")
    def choose(stage: str, collapse: str) -> None:
        """Click a stage and a collapse status, as the clinician would."""
        pathway = wizard.document.pathway
        stage_page = wizard.stage_page
        stage_page.stages.button([x.id for x in pathway.staging.stages].index(stage)).click()
        ids = [c.id for c in pathway.staging.collapse]
        stage_page.collapses.button(ids.index(collapse)).click()

    steps = [
        ("1-patient", lambda: None),
        ("2-stage", lambda: (wizard.next(), choose("IIA", "none"))),
        ("2b-stage-impossible", lambda: choose("III", "none")),
        (
            "3-contraindications",
            lambda: (
                choose("IIA", "none"),
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
    if LANGUAGE != "en":  # the same handout page with the handout in that language too
        steps.append(
            (
                "5b-handout-in-language",
                lambda: wizard.handout_page.language.setCurrentIndex(
                    wizard.handout_page.language.findData(LANGUAGE)
                ),
            )
        )
    OUT.mkdir(parents=True, exist_ok=True)

    def run(index: int = 0) -> None:
        if index == len(steps):
            wizard.mark_kept()  # nothing to save: quit without the Save/Discard question
            window.close()
            app.quit()
            return
        name, action = steps[index]
        action()
        # Give the window time to lay out and paint (the PDF view renders asynchronously).
        QTimer.singleShot(
            900, lambda: (window.grab().save(str(OUT / f"{PREFIX}-{name}.png")), run(index + 1))
        )

    QTimer.singleShot(500, run)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
