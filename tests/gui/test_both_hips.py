"""The wizard for a patient with both hips: a stage page per hip, options per hip in tabs."""

from __future__ import annotations

import io
import json

from pypdf import PdfReader

from avn_aid.engine import evaluate
from avn_aid.gui import dialogs
from avn_aid.gui.pages.patient_page import BOTH
from avn_aid.gui.wizard import PageId
from avn_aid.model.patient import HipFindings, Patient


def _click(page, stage, collapse, pathway):
    for group, ids, value in (
        (page.stages, [s.id for s in pathway.staging.stages], stage),
        (page.collapses, [c.id for c in pathway.staging.collapse], collapse),
    ):
        group.button(ids.index(value)).click()


def fill_both(wizard, *, age, left, right, right_contraindications=(), risk_factors=()):
    """Drive the wizard for both hips the way a clinician would, up to the options page."""
    pathway = wizard.document.pathway
    wizard.patient_page.name.setText("B-2")
    wizard.patient_page.age_box.setValue(age)
    wizard.patient_page.side.setCurrentIndex(BOTH)
    wizard.next()
    assert wizard.currentId() == PageId.STAGE
    assert wizard.currentPage().title() == "Stage and collapse: left hip"
    _click(wizard.stage_page, *left, pathway)
    wizard.next()
    assert wizard.currentId() == PageId.STAGE_RIGHT
    _click(wizard.right_stage_page, *right, pathway)
    wizard.next()
    assert wizard.currentId() == PageId.MODIFIERS
    page = wizard.modifiers_page
    for item in right_contraindications:
        assert page.right_boxes[item].isVisible()
        page.right_boxes[item].click()
    for item in risk_factors:
        page.risk_factor_boxes[item].click()
    wizard.next()
    assert wizard.currentId() == PageId.OPTIONS


def test_options_of_each_hip_in_their_own_tab(window):
    wizard = window.wizard
    fill_both(
        wizard,
        age=45,
        left=("IIA", "none"),
        right=("IV", "advanced"),
        right_contraindications=("previous_hip_surgery",),
        risk_factors=("smoking",),
    )
    expected = evaluate(
        window.document,
        Patient(
            age=45,
            hips=(
                HipFindings(side="left", stage="IIA", collapse="none"),
                HipFindings(
                    side="right",
                    stage="IV",
                    collapse="advanced",
                    contraindications=("previous_hip_surgery",),
                ),
            ),
            risk_factors=("smoking",),
        ),
    )
    assert wizard.result() == expected
    page = wizard.options_page
    assert page.tabs is not None and page.tabs.count() == 2
    assert [page.tabs.tabText(i) for i in range(2)] == [
        "&Left hip: Stage IIA",
        "&Right hip: Stage IV",
    ]
    for hip in expected.hips:
        shown = [(c.option_id, c.status) for c in page.hip_cards[hip.side]]
        assert shown == [(o.id, o.status.value) for o in hip.options]
    assert page.cards == []  # nothing shown outside the tabs, so nothing is mixed up


def test_one_hip_skips_the_second_stage_page(window):
    wizard = window.wizard
    wizard.patient_page.age_box.setValue(40)
    wizard.next()
    assert wizard.currentPage().title() == "Stage and collapse"
    _click(wizard.stage_page, "IIA", "none", window.document.pathway)
    wizard.next()
    assert wizard.currentId() == PageId.MODIFIERS
    assert not any(box.isVisible() for box in wizard.modifiers_page.right_boxes.values())


def test_impossible_right_hip_blocks_next(window):
    wizard = window.wizard
    wizard.patient_page.age_box.setValue(40)
    wizard.patient_page.side.setCurrentIndex(BOTH)
    wizard.next()
    _click(wizard.stage_page, "IIA", "none", window.document.pathway)
    wizard.next()
    _click(wizard.right_stage_page, "III", "none", window.document.pathway)
    assert not wizard.currentPage().isComplete()
    wizard.next()
    assert wizard.currentId() == PageId.STAGE_RIGHT


def test_handout_and_session_cover_both_hips(window, tmp_path, monkeypatch):
    wizard = window.wizard
    fill_both(wizard, age=40, left=("IIA", "none"), right=("I", "none"))
    wizard.next()
    assert wizard.currentId() == PageId.HANDOUT
    pdf = wizard.handout_page.pdf
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "both your hips" in text and "Treating both hips" in text
    path = tmp_path / "both.avn.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: path)
    assert window.save_session()
    data = json.loads(path.read_text("utf-8"))
    assert [h["stage"] for h in data["patient"]["hips"]] == ["IIA", "I"]
    window.new_patient()
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: path)
    window.open_session()
    answers = wizard.answers()
    assert answers.both_hips and (answers.right_stage, answers.right_collapse) == ("I", "none")
    assert wizard.currentId() == PageId.OPTIONS
    assert set(wizard.options_page.hip_cards) == {"left", "right"}
