"""Result to PDF bytes in one call, checking the user's text can be printed."""

from __future__ import annotations

from avn_aid.engine.result import Result
from avn_aid.handout.content import Consultation, build_handout
from avn_aid.handout.fonts import require_printable
from avn_aid.handout.render import render_pdf


def make_handout_pdf(result: Result, visit: Consultation, page_size: str = "a4") -> bytes:
    require_printable("patient name", visit.patient_name)
    require_printable("clinician", visit.clinician)
    handout = build_handout(result, visit)
    return render_pdf(handout, page_size)
