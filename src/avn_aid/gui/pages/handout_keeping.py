"""Keeping the handout: saved, printed or opened in a viewer - always the page's same bytes."""

from __future__ import annotations

import datetime as dt
import html
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from avn_aid.errors import UserError
from avn_aid.files import write_atomic
from avn_aid.gui import dialogs, printing, settings
from avn_aid.gui.background import run_in_background
from avn_aid.gui.language import isolated, translate
from avn_aid.gui.printing import PrintRequest, no_print_system, orientation_of, send

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton

    from avn_aid.gui.answers import Host


class KeepsHandout:
    """Save, print and open for the handout page, which makes the PDF these hand on."""

    _host: Host
    pdf: bytes
    document: QPdfDocument | None
    message: QLabel
    progress: QProgressBar
    save_button: QPushButton
    print_button: QPushButton
    open_button: QPushButton
    _temp: tempfile.TemporaryDirectory[str] | None

    def _suggested(self, ending: str) -> Path:
        return settings.suggested(self._host.answers().patient_name, dt.date.today(), ending)

    def _enable(self, enabled: bool) -> None:
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(enabled)

    def save_as(self) -> None:
        path = dialogs.ask_save_path(
            self,
            translate("avn-aid", "Save handout"),
            self._suggested("-handout.pdf"),
            translate("avn-aid", "PDF files (*.pdf)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(path.suffix + ".pdf")
        try:
            # The file dialog has already asked before replacing an existing file.
            write_atomic(path, self.pdf, overwrite=True)
        except UserError as exc:
            dialogs.warn(self, translate("avn-aid", "Handout not saved"), str(exc))
            return
        settings.remember_folder(path)
        self._host.mark_kept()
        self.message.setText(translate("avn-aid", "Saved to {path}").format(path=isolated(path)))

    def print_pdf(self) -> None:
        if not printing.can_send_pdf():
            # Qt cannot hand a PDF's own pages to a printer; without lp or lpr it could only
            # paint page images, so say so before the dialog rather than after it.
            self._not_printed(UserError(no_print_system()))
            return
        pages = self.document.pageCount() if self.document is not None else 0
        request = dialogs.ask_print(self, pages, self._suggested("-handout.pdf"))
        if request is None:
            return
        # The PDF decides the orientation, not the dialog (whose portrait is only a default).
        sizes = [self.document.pagePointSize(i) for i in range(pages)]
        orientation = orientation_of([(size.width(), size.height()) for size in sizes])
        self.send(replace(request, orientation=orientation))

    def send(self, request: PrintRequest) -> None:
        """Hand the PDF to the print system in the background; say when it was sent."""
        pdf = self.pdf
        self._enable(False)
        self.progress.show()
        self.message.setText(translate("avn-aid", "Sending the handout to the printer..."))
        run_in_background(lambda: send(pdf, request), self._printed, self._not_printed)

    def _printed(self, said: str) -> None:
        self.progress.hide()
        self._enable(bool(self.pdf))
        self._host.mark_kept()
        self.message.setText(said)

    def _not_printed(self, exc: BaseException) -> None:
        self.progress.hide()
        self._enable(bool(self.pdf))
        if not isinstance(exc, UserError):
            raise exc  # a bug: the crash dialog shows it
        self.message.setText(
            "<b>" + translate("avn-aid", "Not printed.") + "</b> " + html.escape(str(exc))
        )
        dialogs.warn(self, translate("avn-aid", "Handout not printed"), str(exc))

    def open_in_viewer(self) -> None:
        # A private temporary folder, removed when the program ends.
        if self._temp is None:
            self._temp = tempfile.TemporaryDirectory(prefix="avn-aid-")
        path = Path(self._temp.name) / self._suggested("-handout.pdf").name
        write_atomic(path, self.pdf, overwrite=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            dialogs.warn(
                self,
                translate("avn-aid", "No PDF viewer"),
                translate("avn-aid", "No program opened the handout. It is at {path}.").format(
                    path=isolated(path)
                ),
            )
