"""A pathway that `avn-aid upgrade` left with texts to write gives no handout."""

from __future__ import annotations

import datetime as dt

import pytest

from avn_aid.engine import Patient, evaluate
from avn_aid.errors import UserError
from avn_aid.handout.build import make_handout_pdf
from avn_aid.handout.content import Consultation
from avn_aid.loading import load_pathway
from avn_aid.loading.formats import NOT_WRITTEN
from avn_aid.loading.loader import upgrade_pathway
from tests.loading.test_formats import older_text

PATIENT = Patient(age=40, stage="IIA", collapse="none")
VISIT = Consultation(date=dt.date(2026, 11, 22))


def test_an_upgraded_pathway_with_texts_to_write_is_refused(write_pathway, default_text, tmp_path):
    older = write_pathway(text=older_text(default_text), name="avn-hip.yaml")
    upgraded = tmp_path / "up" / "avn-hip.yaml"
    upgraded.parent.mkdir()
    upgraded.write_text(upgrade_pathway(older)[1].text)
    assert NOT_WRITTEN in upgraded.read_text()
    document = load_pathway(upgraded, use_cache=False)  # valid: only check refuses it
    with pytest.raises(UserError, match="not written yet"):
        make_handout_pdf(evaluate(document, PATIENT), VISIT)


def test_the_same_pathway_once_written_gives_a_handout(default_document):
    assert make_handout_pdf(evaluate(default_document, PATIENT), VISIT).startswith(b"%PDF")
