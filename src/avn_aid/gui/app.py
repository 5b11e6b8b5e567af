"""Starting the wizard: the application object, settings, the crash dialog."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from avn_aid.errors import PathwayError
from avn_aid.gui import dialogs
from avn_aid.gui.collector import GuiThreadCollector
from avn_aid.gui.language import isolated, translate
from avn_aid.gui.main_window import MainWindow
from avn_aid.loading.loader import load_pathway
from avn_aid.resources import default_pathway


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("avn-aid")
    app.setApplicationName("avn-aid")
    sys.excepthook = dialogs.show_crash  # never die silently on a bug in a slot
    GuiThreadCollector(app)  # collection off the worker threads: it lives as long as the app
    return app  # type: ignore[return-value]


def run_gui(pathway: Path | None) -> int:
    app = make_app()
    from avn_aid.gui import language

    code = language.chosen_language()
    if code != language.ENGLISH:  # the application starts in English, left to right
        language.apply_language(app, code)
    path = pathway or default_pathway()
    try:
        document = load_pathway(path)
    except PathwayError as exc:
        print(f"avn-aid: the pathway cannot be used:\n{exc}", file=sys.stderr)
        dialogs.show_text(
            None,
            translate("avn-aid", "Pathway not loaded"),
            translate("avn-aid", "{path} cannot be used; nothing was opened.").format(
                path=isolated(path)
            ),
            str(exc),
        )
        return 2
    window = MainWindow(document, path)
    window.show()
    window.check_test_cases()
    return app.exec()
