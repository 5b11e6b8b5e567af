"""Every modal question in one place, so tests can replace them instead of clicking."""

from __future__ import annotations

import traceback
from pathlib import Path
from types import TracebackType
from typing import Literal

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from avn_aid.gui.language import translate
from avn_aid.gui.printing import PrintRequest

Choice = Literal["save", "discard", "cancel"]


def ask_save_path(parent: QWidget, title: str, suggested: Path, file_filter: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(name) if name else None


def ask_open_path(parent: QWidget, title: str, folder: Path, file_filter: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), file_filter)
    return Path(name) if name else None


def ask_save_discard(parent: QWidget | None, title: str, text: str) -> Choice:
    """The desktop question before losing work: Save, Discard or Cancel (Esc and Enter are safe)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def ask_print(parent: QWidget, page_count: int, suggested: Path) -> PrintRequest | None:
    """The platform's print dialog; its choices come back as plain data for `lp`."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setFromTo(1, page_count)
    printer.setDocName(suggested.stem)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, page_count)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    pages = ""
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        pages = f"{printer.fromPage()}-{printer.toPage()}"
    sides = {
        QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
        QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
        QPrinter.DuplexMode.DuplexAuto: "two-sided-long-edge",
    }.get(printer.duplex(), "one-sided")
    from PySide6.QtGui import QPageLayout

    # Portrait is Qt's default, not a choice: keep each page as the PDF has it unless
    # landscape was picked.
    landscape = printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    output = printer.outputFileName()
    return PrintRequest(
        printer="" if output else printer.printerName(),
        copies=max(printer.copyCount(), 1),
        pages=pages,
        sides=sides,  # type: ignore[arg-type]
        orientation="landscape" if landscape else "auto",
        output_file=Path(output) if output else None,
        title=suggested.name,
    )


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


class TextDialog(QDialog):
    """Long text (a check report, an error's details) with a button to copy it."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(title)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(
            translate("avn-aid", "&Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.clicked.connect(lambda: QApplication.clipboard().setText(text))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_text(parent: QWidget | None, title: str, intro: str, text: str) -> None:
    TextDialog(parent, title, intro, text).exec()


def show_crash(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An unexpected error: say so, show the details, keep the window alive."""
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    show_text(
        QApplication.activeWindow(),
        translate("avn-aid", "Unexpected error"),
        translate(
            "avn-aid",
            "Something went wrong inside avn-aid. Your inputs are still in the window. "
            "Please copy the details below and report them.",
        ),
        details,
    )
