"""Preparation steps are chosen by the engine with the same conditions as every rule."""

from __future__ import annotations

from avn_aid.engine import Patient, evaluate
from avn_aid.loading import load_pathway


def test_steps_follow_risk_factors(default_document):
    plain = evaluate(default_document, Patient(age=40, stage="IIA", collapse="none"))
    smoker = evaluate(
        default_document,
        Patient(age=40, stage="IIA", collapse="none", risk_factors=("smoking",)),
    )
    steps = smoker.option("core_decompression_bmac").preparation
    assert any("Stop smoking" in step for step in steps)
    assert not any(
        "Stop smoking" in step for step in plain.option("core_decompression_bmac").preparation
    )
    assert any("crutches" in step for step in plain.option("core_decompression_bmac").preparation)


def test_every_part_of_a_step_condition_counts(write_pathway):
    """A step limited to stage IV is not shown at stage I, even for a matching risk factor."""
    path = write_pathway(
        (
            "        when: {risk_factors_any: [smoking]}\n        sources: [s001, s000]\n"
            "      - text: Get your home ready for crutches before the day of the operation.\n"
            "        sources: [s001]\n    sources: [s000, s001, mont1996",
            "        when: {risk_factors_any: [smoking], stages: [IV]}\n        sources: [s001, s000]\n"
            "      - text: Get your home ready for crutches before the day of the operation.\n"
            "        sources: [s001]\n    sources: [s000, s001, mont1996",
        )
    )
    document = load_pathway(path)
    result = evaluate(
        document, Patient(age=40, stage="I", collapse="none", risk_factors=("smoking",))
    )
    assert not any("Stop smoking" in s for s in result.option("core_decompression").preparation)
    assert any("Stop smoking" in s for s in result.option("core_decompression_bmac").preparation)
