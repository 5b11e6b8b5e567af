"""Result to PDF bytes in one call, checking the user's text can be printed."""

from __future__ import annotations

import dataclasses

from avn_aid.engine.result import Result
from avn_aid.errors import UserError
from avn_aid.handout.content import Consultation
from avn_aid.handout.fonts import require_printable
from avn_aid.handout.localize import handout_languages, require_available
from avn_aid.handout.plan import build_sheet
from avn_aid.handout.render_sheet import render_sheet_pdf
from avn_aid.loading.formats import NOT_WRITTEN
from avn_aid.loading.translation_files import ENGLISH, translation_file_for
from avn_aid.model.document import PathwayDocument
from avn_aid.model.record import field_names, is_record


def make_handout_pdf(
    result: Result,
    visit: Consultation,
    page_size: str = "a4",
    language: str = ENGLISH,
    translation_reviewed: bool = True,
) -> bytes:
    require_printable("patient name", visit.patient_name)
    require_printable("clinician", visit.clinician)
    sheet = build_sheet(result, visit, language, translation_reviewed)
    if _holds_unwritten(sheet):
        raise UserError(
            "the pathway still holds texts that `avn-aid upgrade` marked as not written yet; "
            "write them (`avn-aid check` on the pathway file lists them) before a handout is "
            "given to a patient"
        )
    return render_sheet_pdf(sheet, page_size)


def _holds_unwritten(node: object) -> bool:
    """Whether any text the patient would read is still an upgrade's placeholder."""
    if isinstance(node, str):
        return NOT_WRITTEN in node
    if isinstance(node, tuple | list):
        return any(_holds_unwritten(item) for item in node)
    if is_record(node):  # the pathway's records in the result
        return any(_holds_unwritten(getattr(node, name)) for name in field_names(node))
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        return any(_holds_unwritten(getattr(node, f.name)) for f in dataclasses.fields(node))
    return False


def pathway_in(document: PathwayDocument, language: str) -> tuple[PathwayDocument, bool]:
    """The pathway in a handout language and whether a medical translator reviewed it.

    Refuses an unknown or unavailable language (naming those there are) and a
    translation with missing or stale entries (never mixing languages).
    """
    require_available(language, handout_languages(document.file))
    if language == ENGLISH:
        return document, True
    # Here: reading a translation validates it against the pathway format (pydantic),
    # which an English handout does without.
    from avn_aid.loading.translation import load_translation, translate

    loaded = load_translation(translation_file_for(document.file, language))
    return translate(document, loaded), loaded.translation.reviewed
