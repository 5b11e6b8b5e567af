"""Preparation steps are chosen by the engine with the same conditions as every rule."""

from __future__ import annotations

from avn_aid.engine import Patient, evaluate
from avn_aid.loading import load_pathway

# The default pathway gives its risk-factor advice as caveats (pathway 0.5.3), so a step
# with a condition is written into a copy of it here.
HOME_STEP = (
    "      - text: Get your home ready for crutches before the day of the operation.\n"
    "        sources: [s001]\n"
)


def _with_steps(write_pathway, first_when: str, second_when: str):
    def step(when: str) -> str:
        return (
            "      - text: Stop smoking before the operation if you choose it.\n"
            f"        when: {when}\n        sources: [s001, s000]\n" + HOME_STEP
        )

    return load_pathway(
        write_pathway(
            (HOME_STEP, step(first_when)),
            (HOME_STEP + "    protocol:", step(second_when) + "    protocol:"),
        )
    )


def test_steps_follow_risk_factors(write_pathway):
    document = _with_steps(
        write_pathway, "{risk_factors_any: [smoking]}", "{risk_factors_any: [smoking]}"
    )
    plain = evaluate(document, Patient(age=40, stage="IIA", collapse="none"))
    smoker = evaluate(
        document, Patient(age=40, stage="IIA", collapse="none", risk_factors=("smoking",))
    )
    steps = smoker.option("core_decompression_bmac").preparation
    assert any("Stop smoking" in step for step in steps)
    assert not any(
        "Stop smoking" in step for step in plain.option("core_decompression_bmac").preparation
    )
    assert any("crutches" in step for step in plain.option("core_decompression_bmac").preparation)


def test_every_part_of_a_step_condition_counts(write_pathway):
    """A step limited to stage IV is not shown at stage I, even for a matching risk factor."""
    document = _with_steps(
        write_pathway,
        "{risk_factors_any: [smoking], stages: [IV]}",
        "{risk_factors_any: [smoking]}",
    )
    result = evaluate(
        document, Patient(age=40, stage="I", collapse="none", risk_factors=("smoking",))
    )
    assert not any("Stop smoking" in s for s in result.option("core_decompression").preparation)
    assert any("Stop smoking" in s for s in result.option("core_decompression_bmac").preparation)
