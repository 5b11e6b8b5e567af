"""Properties over the whole input space: every stage x collapse x age edge x contraindication subset."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from avn_aid.engine import Patient, evaluate
from avn_aid.model.status import Status

AGE_EDGES = (0, 17, 18, 50, 51, 65, 66, 120, 121)


def _subsets(items):
    return itertools.chain.from_iterable(
        itertools.combinations(items, n) for n in range(len(items) + 1)
    )


@pytest.fixture(scope="module")
def space(default_document):
    pathway = default_document.pathway
    stages = [s.id for s in pathway.staging.stages]
    collapse = [c.id for c in pathway.staging.collapse]
    contraindications = [c.id for c in pathway.contraindications]
    results = {}
    for stage, col, age, cis in itertools.product(
        stages, collapse, AGE_EDGES, _subsets(contraindications)
    ):
        patient = Patient(age=age, stage=stage, collapse=col, contraindications=cis)
        results[(stage, col, age, cis)] = evaluate(default_document, patient)
    assert len(results) == len(stages) * len(collapse) * len(AGE_EDGES) * 2 ** len(
        contraindications
    )
    return results


def test_never_crashes_and_ok_results_list_every_option_once(space, default_document):
    option_ids = [o.id for o in default_document.pathway.options]
    ok = 0
    for result in space.values():
        if result.outcome == "ok":
            ok += 1
            assert [o.id for o in result.options] == option_ids
            assert all(isinstance(o.status, Status) for o in result.options)
            assert all(o.reasons for o in result.options)
        else:
            assert result.messages and not result.options
    assert ok > 1000


def test_observation_is_in_every_answer(space):
    for result in space.values():
        if result.outcome == "ok":
            assert result.option("observation")


def test_adding_a_contraindication_never_makes_an_option_more_permitted(space, default_document):
    contraindications = [c.id for c in default_document.pathway.contraindications]
    compared = 0
    for (stage, col, age, cis), result in space.items():
        if result.outcome != "ok":
            continue
        for extra in contraindications:
            if extra in cis:
                continue
            more = space[
                (stage, col, age, tuple(sorted((*cis, extra), key=contraindications.index)))
            ]
            for before, after in zip(result.options, more.options, strict=True):
                assert after.status.permissiveness <= before.status.permissiveness
                compared += 1
    assert compared > 10000


def test_every_status_has_a_decisive_reason_with_sources(space):
    for result in space.values():
        for option in result.options:
            decisive = [r for r in option.reasons if r.decisive]
            assert decisive and all(r.sources for r in decisive)


def test_outcome_classes(space):
    """Under 18 is referred, impossible combinations and implausible ages are refused."""
    assert space[("I", "none", 17, ())].outcome == "out_of_scope"
    assert space[("I", "none", 121, ())].outcome == "invalid_input"
    assert space[("III", "none", 40 if False else 50, ())].outcome == "invalid_input"


@settings(max_examples=200, deadline=None)
@given(
    age=st.integers(0, 130),
    stage=st.sampled_from(["I", "II", "IIA", "IIB", "III", "IV"]),
    collapse=st.sampled_from(["none", "minimal", "advanced"]),
    order=st.permutations(["pregnancy", "active_infection", "bleeding_disorder"]),
    size=st.integers(0, 3),
)
def test_same_input_same_result_whatever_the_order(
    default_document, age, stage, collapse, order, size
):
    chosen = order[:size]
    a = evaluate(
        default_document,
        Patient(age=age, stage=stage, collapse=collapse, contraindications=tuple(chosen)),
    )
    b = evaluate(
        default_document,
        Patient(
            age=age, stage=stage, collapse=collapse, contraindications=tuple(reversed(chosen)) * 2
        ),
    )
    assert a == b and json.dumps(a.to_json()) == json.dumps(b.to_json())
