"""The patient type refuses what no patient can be: one validation for every face."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from avn_aid.model.patient import Patient


@pytest.mark.parametrize("age", [-1, 151, 10**20, True, "45", 45.0, None])
def test_ages_outside_0_to_150_or_not_whole_numbers_are_refused(age):
    with pytest.raises(ValidationError):
        Patient(age=age, stage="I", collapse="none")


@pytest.mark.parametrize("age", [0, 17, 150])
def test_ages_from_0_to_150_are_patients(age):
    assert Patient(age=age, stage="I", collapse="none").age == age


def test_ids_longer_than_any_pathway_id_are_refused():
    with pytest.raises(ValidationError):
        Patient(age=40, stage="I" * 65, collapse="none")
