"""Fixtures for handout tests: a typical patient's result and PDF."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from avn_aid.engine import Patient, evaluate
from avn_aid.handout.build import make_handout_pdf
from avn_aid.handout.content import Consultation

DATE = dt.date(2026, 11, 22)
NAME = "Zoë Ødegaard <b>& Co"
CLINICIAN = "Dr Ἀλέξανδρος Дмитрий"


@pytest.fixture(scope="session")
def typical_result(default_document):
    patient = Patient(age=40, stage="IIA", collapse="none", risk_factors=("smoking", "nsaid_use"))
    return evaluate(default_document, patient)


@pytest.fixture(scope="session")
def typical_pdf(default_document, typical_result) -> bytes:
    visit = Consultation(date=DATE, patient_name=NAME, clinician=CLINICIAN, side="left")
    return make_handout_pdf(typical_result, visit)


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
