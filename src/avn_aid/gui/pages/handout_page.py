"""Page 5: the handout PDF made and previewed; keeping it is in handout_keeping."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from avn_aid.errors import UserError
from avn_aid.gui import settings
from avn_aid.gui.answers import Answers
from avn_aid.gui.language import QT_TRANSLATE_NOOP, translate
from avn_aid.gui.pages.handout_keeping import KeepsHandout
from avn_aid.gui.values_panel import ValuesPanel
from avn_aid.handout.paper import default_page_size

if TYPE_CHECKING:
    from avn_aid.gui.answers import Host

PAPERS = (("a4", "A4"), ("letter", QT_TRANSLATE_NOOP("avn-aid", "US Letter")))


class HandoutPage(KeepsHandout, QWizardPage):
    def __init__(self, host: Host) -> None:
        super().__init__()
        self._host = host
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.paper = QComboBox()
        self.paper.addItems([""] * len(PAPERS))
        chosen = settings.paper(default_page_size())
        self.paper.setCurrentIndex([value for value, _ in PAPERS].index(chosen))
        self.paper_label = QLabel()
        self.paper_label.setBuddy(self.paper)
        # The handout's language is chosen per handout, apart from the interface language.
        self.language = QComboBox()  # filled when the page is shown (language names: babel)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.save_button = QPushButton()
        self.print_button = QPushButton()
        self.open_button = QPushButton()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: CUPS does not report how far it is
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        for widget in (
            self.language_label,
            self.language,
            self.paper_label,
            self.paper,
            self.save_button,
            self.print_button,
            self.open_button,
        ):
            bar.addWidget(widget)
        bar.addWidget(self.progress)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.values = ValuesPanel()
        self.values.changed.connect(self._values_changed)
        layout.addWidget(self.values)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self._layout = layout
        # The PDF viewer and reportlab load on first use, keeping start-up fast.
        self.view = None
        self.document = None
        self._buffer: QBuffer | None = None
        self.pdf: bytes = b""
        self._temp = None  # the private folder open_in_viewer makes on first use
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_pdf)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.paper.currentIndexChanged.connect(self._paper_changed)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """The page's words in the interface language; the handout's language is its own."""
        self.setTitle(translate("avn-aid", "Handout"))
        self.setSubTitle(
            translate(
                "avn-aid",
                "The patient's handout. Save, print or open it; all three use the same PDF.",
            )
        )
        for index, (_, words) in enumerate(PAPERS):
            self.paper.setItemText(index, translate("avn-aid", words))
        self.paper.setAccessibleName(translate("avn-aid", "Paper size"))
        self.paper_label.setText(translate("avn-aid", "Pap&er:"))
        self.language.setAccessibleName(translate("avn-aid", "Handout language"))
        self.language_label.setText(translate("avn-aid", "Lan&guage:"))
        self.save_button.setText(translate("avn-aid", "&Save as..."))
        self.print_button.setText(translate("avn-aid", "P&rint..."))
        self.open_button.setText(translate("avn-aid", "&Open in viewer"))
        self.progress.setAccessibleName(translate("avn-aid", "Printing"))
        self.message.setAccessibleName(translate("avn-aid", "What happened to the handout"))
        if self.view is not None:
            self.view.setAccessibleName(translate("avn-aid", "Handout preview"))
        self.values.retranslate()

    # This page collects the handout's language and what matters to the patient.
    def show_answers(self, answers: Answers) -> None:
        self._fill_languages()
        index = self.language.findData(answers.handout_language)
        self.language.setCurrentIndex(max(index, 0))
        self.values.set_pathway(self._host.document.pathway)
        if answers.preferences.empty:
            self.values.clear()
        else:
            self.values.set_preferences(answers.preferences)

    def give_answers(self, answers: Answers) -> Answers:
        self.values.set_pathway(self._host.document.pathway)
        return replace(
            answers,
            handout_language=self.language_code(),
            preferences=self.values.preferences(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        # What matters to the patient takes at most about a third of the page, so the
        # preview of the handout stays in view while it is filled in.
        self.values.limit_height(self.height() // 3)
        super().resizeEvent(event)

    def _values_changed(self) -> None:
        if self.document is not None:  # the page has been shown: make the handout again
            self.initializePage()

    def language_code(self) -> str:
        return str(self.language.currentData() or "en")

    def _fill_languages(self) -> None:
        """The languages this pathway has a translation for (English always)."""
        from avn_aid.handout.localize import handout_languages, language

        codes = handout_languages(self._host.document.file)
        if [self.language.itemData(i) for i in range(self.language.count())] == codes:
            return
        chosen = self.language_code() if self.language.count() else "en"
        self.language.blockSignals(True)
        self.language.clear()
        for code in codes:
            found = language(code)
            label = found.own_name if code == "en" else f"{found.own_name} ({found.english_name})"
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(self.language.findData(chosen), 0))
        self.language.blockSignals(False)

    def _language_changed(self) -> None:
        if self.document is not None:  # the page has been shown: make the handout again
            self.initializePage()

    def paper_size(self) -> str:
        return PAPERS[self.paper.currentIndex()][0]

    def _paper_changed(self) -> None:
        settings.set_paper(self.paper_size())
        if self.document is not None:  # the page has been shown: make the handout again
            self.initializePage()

    def _ensure_viewer(self) -> None:
        if self.document is not None:
            return
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.view = QPdfView()
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(translate("avn-aid", "Handout preview"))
        self._layout.addWidget(self.view, 1)
        self.document = QPdfDocument(self)
        self.view.setDocument(self.document)

    def initializePage(self) -> None:  # noqa: N802
        from avn_aid.handout.build import make_handout_pdf

        self._ensure_viewer()
        self._fill_languages()
        self.document.close()
        self.pdf = b""
        try:
            from avn_aid.engine.evaluate import evaluate
            from avn_aid.handout.build import pathway_in

            # Always from the pathway as written: the wizard may show it translated.
            code = self.language_code()
            document, reviewed = pathway_in(self._host.written_document, code)
            result = evaluate(document, self._host.result().patient)
            self.pdf = make_handout_pdf(
                result,
                self._host.answers().consultation(dt.date.today()),
                self.paper_size(),
                code,
                reviewed,
            )
        except UserError as exc:
            self.message.setText(
                "<b>" + translate("avn-aid", "No handout:") + "</b> " + html.escape(str(exc))
            )
        else:
            self.message.setText("")
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(self.pdf))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
        self._enable(bool(self.pdf))
