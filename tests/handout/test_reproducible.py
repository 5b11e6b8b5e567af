"""The PDF's dates come from the visit: neither the clock, the time zone nor
SOURCE_DATE_EPOCH changes a byte."""

from __future__ import annotations

import io
import time

from pypdf import PdfReader

from avn_aid.handout.build import make_handout_pdf
from avn_aid.handout.content import Consultation
from tests.handout.conftest import CLINICIAN, DATE, NAME


def _pdf(result) -> bytes:
    visit = Consultation(date=DATE, patient_name=NAME, clinician=CLINICIAN, side="left")
    return make_handout_pdf(result, visit)


def test_source_date_epoch_does_not_change_the_bytes(typical_result, typical_pdf, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1234567890")
    assert _pdf(typical_result) == typical_pdf


def test_time_zone_does_not_change_the_bytes(typical_result, typical_pdf, monkeypatch):
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    time.tzset()
    try:
        assert _pdf(typical_result) == typical_pdf
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_pdf_is_dated_by_the_visit(typical_pdf):
    info = PdfReader(io.BytesIO(typical_pdf)).metadata
    assert info["/CreationDate"].startswith(f"D:{DATE:%Y%m%d}000000")
    assert info["/ModDate"] == info["/CreationDate"]
