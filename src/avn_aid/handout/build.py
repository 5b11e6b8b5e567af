"""Result to PDF bytes in one call, checking the user's text can be printed."""

from __future__ import annotations

from avn_aid.engine.result import Result
from avn_aid.handout.content import Consultation
from avn_aid.handout.fonts import require_printable
from avn_aid.handout.localize import handout_languages, require_available
from avn_aid.handout.plan import build_sheet
from avn_aid.handout.render_sheet import render_sheet_pdf
from avn_aid.loading.translation import (
    ENGLISH,
    load_translation,
    translate,
    translation_file_for,
)
from avn_aid.model.document import PathwayDocument


def make_handout_pdf(
    result: Result,
    visit: Consultation,
    page_size: str = "a4",
    language: str = ENGLISH,
    translation_reviewed: bool = True,
) -> bytes:
    require_printable("patient name", visit.patient_name)
    require_printable("clinician", visit.clinician)
    return render_sheet_pdf(build_sheet(result, visit, language, translation_reviewed), page_size)


def pathway_in(document: PathwayDocument, language: str) -> tuple[PathwayDocument, bool]:
    """The pathway in a handout language and whether a medical translator reviewed it.

    Refuses an unknown or unavailable language (naming those there are) and a
    translation with missing or stale entries (never mixing languages).
    """
    require_available(language, handout_languages(document.file))
    if language == ENGLISH:
        return document, True
    loaded = load_translation(translation_file_for(document.file, language))
    return translate(document, loaded), loaded.translation.reviewed
