"""The JSON, text report and PDF of every golden patient stay byte-identical to the recorded ones."""

from __future__ import annotations

import pytest

from tests.golden.record import OUTPUTS, cases, outputs

CASES = cases()


def test_golden_set_covers_what_it_claims() -> None:
    """At least 12 patients, every stage, refusals, contraindications and risk factors."""
    assert len(CASES) >= 12
    args = [" ".join(map(str, c["args"])) for c in CASES]
    for stage in ("I", "II", "IIA", "IIB", "III", "IV"):
        assert any(f"--stage {stage} " in a for a in args), stage
    assert any("--contraindication" in a for a in args)
    assert any("--risk-factor" in a for a in args)
    exits = {c["name"]: (OUTPUTS / str(c["name"]) / "exit-codes.txt").read_text() for c in CASES}
    assert sum("handout: 0" in e for e in exits.values()) >= 12
    assert any("recommend: 1" in e for e in exits.values())  # out of scope or impossible
    assert any("recommend: 2" in e for e in exits.values())  # refused arguments


@pytest.mark.parametrize("case", CASES, ids=[str(c["name"]) for c in CASES])
def test_outputs_are_byte_identical(case: dict[str, object]) -> None:
    """Each output file equals its recording; no file appears or disappears."""
    folder = OUTPUTS / str(case["name"])
    recorded = {p.name: p.read_bytes() for p in folder.iterdir()}
    produced = outputs(case)
    assert sorted(produced) == sorted(recorded)
    for name, data in produced.items():
        assert data == recorded[name], f"{folder.name}/{name} changed"
