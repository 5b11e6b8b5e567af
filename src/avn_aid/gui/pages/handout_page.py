"""Page 5: the handout PDF, previewed, saved, printed or opened - always the same bytes."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWizardPage

from avn_aid.errors import UserError
from avn_aid.files import write_atomic
from avn_aid.gui import dialogs
from avn_aid.handout.content import Consultation
from avn_aid.handout.paper import default_page_size

if TYPE_CHECKING:
    from avn_aid.gui.wizard import Wizard


class HandoutPage(QWizardPage):
    def __init__(self, wizard: Wizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Handout")
        self.setSubTitle(
            "The patient's handout. Save, print or open it; all three use the same PDF."
        )
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.paper = QComboBox()
        self.paper.addItems(["A4", "US Letter"])
        self.paper.setCurrentIndex(0 if default_page_size() == "a4" else 1)
        self.paper.setAccessibleName("Paper size")
        paper_label = QLabel("&Paper:")
        paper_label.setBuddy(self.paper)
        self.save_button = QPushButton("&Save as...")
        self.print_button = QPushButton("P&rint...")
        self.open_button = QPushButton("&Open in viewer")
        for widget in (
            paper_label,
            self.paper,
            self.save_button,
            self.print_button,
            self.open_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self._layout = layout
        # The PDF viewer and reportlab load on first use, keeping start-up fast.
        self.view = None
        self.document = None
        self._buffer: QBuffer | None = None
        self.pdf: bytes = b""
        self._temp: tempfile.TemporaryDirectory[str] | None = None
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_pdf)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.paper.currentIndexChanged.connect(lambda _: self.initializePage())

    def consultation(self) -> Consultation:
        return self._wizard.patient_page.consultation(dt.date.today())

    def _ensure_viewer(self) -> None:
        if self.document is not None:
            return
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.view = QPdfView()
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName("Handout preview")
        self._layout.addWidget(self.view, 1)
        self.document = QPdfDocument(self)
        self.view.setDocument(self.document)

    def initializePage(self) -> None:  # noqa: N802
        from avn_aid.handout.build import make_handout_pdf

        self._ensure_viewer()
        self.document.close()
        self.pdf = b""
        try:
            self.pdf = make_handout_pdf(
                self._wizard.result(),
                self.consultation(),
                "a4" if self.paper.currentIndex() == 0 else "letter",
            )
        except UserError as exc:
            self.message.setText(f"<b>No handout:</b> {exc}")
        else:
            self.message.setText("")
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(self.pdf))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(bool(self.pdf))

    def save_as(self) -> None:
        path = dialogs.ask_save_path(self, "Save handout", "handout.pdf", "PDF files (*.pdf)")
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(path.suffix + ".pdf")
        try:
            # The file dialog has already asked before replacing an existing file.
            write_atomic(path, self.pdf, overwrite=True)
        except UserError as exc:
            dialogs.warn(self, "Handout not saved", str(exc))
        else:
            self.message.setText(f"Saved to {path}")

    def print_pdf(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return
        painter = QPainter(printer)
        try:
            for index in range(self.document.pageCount()):
                if index:
                    printer.newPage()
                area = painter.viewport()
                image = self.document.render(index, QSize(area.width(), area.height()))
                painter.drawImage(area, image)
        finally:
            painter.end()

    def open_in_viewer(self) -> None:
        # A private temporary folder, removed when the program ends.
        if self._temp is None:
            self._temp = tempfile.TemporaryDirectory(prefix="avn-aid-")
        path = Path(self._temp.name) / "handout.pdf"
        write_atomic(path, self.pdf, overwrite=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            dialogs.warn(self, "No PDF viewer", f"No program opened the handout. It is at {path}.")
