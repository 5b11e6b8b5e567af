"""The grouped analysis finds what the exhaustive walk finds, on small random pathways."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from avn_aid.authoring.diff import format_report
from avn_aid.authoring.regions import patient_changes
from avn_aid.authoring.space import SpaceTooLargeError, age_edges, summarise
from avn_aid.engine.compiled import compiled
from avn_aid.loading import load_pathway
from avn_aid.model import pathway as validated
from avn_aid.model.document import PathwayDocument
from avn_aid.model.runtime import Pathway, from_validated
from avn_aid.resources import default_pathway
from tests.authoring.exhaustive import exhaustive_changes, exhaustive_summary

STATUSES = ["recommended", "consider", "not_recommended", "contraindicated"]
CI_POOL = ["ci_a", "ci_b", "ci_c", "ci_d", "ci_e"]
RF_POOL = ["rf_a", "rf_b"]
ANSWERS = ["yes", "no", "unknown"]


@pytest.fixture(scope="module")
def base() -> dict[str, Any]:
    return yaml.safe_load(default_pathway().read_text(encoding="utf-8"))


def _subset(draw: st.DrawFn, items: list[str], *, allow_none: bool = True) -> list[str] | None:
    if allow_none and draw(st.booleans()):
        return None
    return draw(st.lists(st.sampled_from(items), min_size=1, max_size=len(items), unique=True))


def _condition(
    draw: st.DrawFn,
    stages: list[str],
    collapse: list[str],
    cis: list[str],
    rfs: list[str],
    *,
    with_ci: bool,
) -> dict[str, Any]:
    when: dict[str, Any] = {}
    if (chosen := _subset(draw, stages)) is not None:
        when["stages"] = chosen
    if (chosen := _subset(draw, collapse)) is not None:
        when["collapse"] = chosen
    if draw(st.booleans()):
        low = draw(st.sampled_from([None, 18, 40, 66]))
        high = draw(st.sampled_from([None, 39, 65, 90]))
        if low is not None and high is not None and low > high:
            low, high = high, low
        when["age"] = {k: v for k, v in (("min", low), ("max", high)) if v is not None}
    if with_ci and cis and (chosen := _subset(draw, cis)) is not None:
        when["contraindications_any"] = chosen
    if rfs and (chosen := _subset(draw, rfs)) is not None:
        when["risk_factors_any"] = chosen
    # The optional questions, "not asked" included, in about one condition in three.
    for question in ("symptoms", "failed_conservative_care"):
        if draw(st.integers(0, 2)) == 0:
            when[question] = _subset(draw, ANSWERS, allow_none=False)
    return when


@st.composite
def pathways(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    """A valid pathway: the default's texts with random stages, rules, effects and caveats."""
    data = copy.deepcopy(base)
    stage_ids = [s["id"] for s in data["staging"]["stages"]]
    keep = draw(st.lists(st.sampled_from(stage_ids), min_size=1, max_size=3, unique=True))
    data["staging"]["stages"] = [s for s in data["staging"]["stages"] if s["id"] in keep]
    impossible = []
    for rule in data["staging"].get("impossible", []):
        rule["stages"] = [s for s in rule["stages"] if s in keep]
        if rule["stages"]:
            impossible.append(rule)
    data["staging"]["impossible"] = impossible
    collapse = [c["id"] for c in data["staging"]["collapse"]]
    cis = draw(st.lists(st.sampled_from(CI_POOL), min_size=0, max_size=4, unique=True))
    rfs = draw(st.lists(st.sampled_from(RF_POOL), min_size=0, max_size=2, unique=True))
    options = data["options"][: draw(st.integers(2, 3))]
    option_ids = [o["id"] for o in options]
    for option in options:
        option["rules"] = [
            {
                "id": f"r{n}",
                "when": _condition(draw, keep, collapse, cis, rfs, with_ci=False),
                "status": draw(st.sampled_from(STATUSES)),
                "priority": draw(st.integers(0, 1)),
                "rationale": "x.",
                "sources": ["s003"],
            }
            for n in range(draw(st.integers(0, 3)))
        ]
        option["default"]["status"] = draw(st.sampled_from(STATUSES))
        option["preparation"] = []
        option.pop("listed_for_information", None)
    data["options"] = options

    def effects(absolute: bool) -> list[dict[str, Any]]:
        return [
            {
                "options": draw(st.lists(st.sampled_from(option_ids), min_size=1, unique=True)),
                "ceiling": "contraindicated" if absolute else draw(st.sampled_from(STATUSES)),
                "text": "x.",
                "sources": ["s003"],
            }
            for _ in range(draw(st.integers(0, 2)))
        ]

    modifier = {"label": "x", "explanation": "x.", "group": "x", "sources": ["s003"]}
    data["contraindications"] = []
    for ci in cis:
        absolute = draw(st.booleans())
        data["contraindications"].append(
            {
                "id": ci,
                **modifier,
                "kind": "absolute" if absolute else "relative",
                "effects": effects(absolute),
            }
        )
    data["risk_factors"] = [{"id": rf, **modifier, "effects": effects(False)} for rf in rfs]
    data["caveats"] = []
    for n in range(draw(st.integers(0, 3))):
        caveat: dict[str, Any] = {
            "id": f"caveat{n}",
            "title": "x",
            "text": "x.",
            "plain": "x.",
            "sources": ["s003"],
            "when": _condition(draw, keep, collapse, cis, rfs, with_ci=True),
        }
        if (chosen := _subset(draw, option_ids)) is not None:
            caveat["options"] = chosen
        data["caveats"].append(caveat)
    data["disagreements"] = []
    protocols = {o.get("protocol") for o in options}
    data["protocols"] = [p for p in data.get("protocols", []) if p["id"] in protocols]
    return data


def _load(data: dict[str, Any]) -> Pathway:
    pathway: Pathway = from_validated(validated.Pathway.model_validate(data))
    return pathway


SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(data=st.data())
def test_check_summary_equals_the_exhaustive_walk(base, data):
    """Same patients counted, rules matched and deciding, options offered, caveats shown, gaps, conflicts."""
    pathway = _load(data.draw(pathways(base)))
    engine = compiled(pathway)
    edges = age_edges(pathway)
    assert summarise(engine, edges) == exhaustive_summary(engine, edges)


@SETTINGS
@given(data=st.data())
def test_diff_equals_the_exhaustive_walk(base, data):
    """Same changed patients, grouped and described the same, for two random versions."""
    old = _load(data.draw(pathways(base)))
    new = _load(data.draw(pathways(base)))
    expected_space, expected = exhaustive_changes(old, new)
    space, found = patient_changes(old, new)
    assert space == expected_space
    assert set(found) == set(expected)
    for words, regions in expected.items():
        assert found[words] == regions, words
    documents = (
        PathwayDocument(old, "0" * 64, "old.yaml"),
        PathwayDocument(new, "1" * 64, "new.yaml"),
    )
    assert format_report(*documents, space, found) == format_report(*documents, space, expected)


@SETTINGS
@given(data=st.data())
def test_diff_of_an_edit_equals_the_exhaustive_walk(base, data):
    """An edit of one version (a status, a ceiling, a caveat) against the version it came from."""
    before = data.draw(pathways(base))
    after = copy.deepcopy(before)
    choice = data.draw(st.integers(0, 2))
    if choice == 0:
        option = data.draw(st.sampled_from(after["options"]))
        option["default"]["status"] = data.draw(st.sampled_from(STATUSES))
    elif choice == 1 and any(c["effects"] for c in after["contraindications"]):
        ci = data.draw(st.sampled_from([c for c in after["contraindications"] if c["effects"]]))
        ci["kind"] = "relative"
        ci["effects"][0]["ceiling"] = data.draw(st.sampled_from(STATUSES))
    elif after["caveats"]:
        after["caveats"][0]["when"].pop("contraindications_any", None)
    old, new = _load(before), _load(after)
    expected_space, expected = exhaustive_changes(old, new)
    space, found = patient_changes(old, new)
    assert space == expected_space
    assert {w: found[w] for w in expected} == expected and set(found) == set(expected)


def test_the_default_pathway_against_an_edit_is_found_exhaustively_too(
    write_pathway, default_document
):
    """A real edit of the real pathway: grouped and exhaustive agree."""
    path = write_pathway(("ceiling: not_recommended", "ceiling: consider"))
    new = load_pathway(path).pathway
    expected_space, expected = exhaustive_changes(default_document.pathway, new)
    space, found = patient_changes(default_document.pathway, new)
    assert expected, "the edit should change some patients"
    assert (space, found) == (expected_space, expected)


def test_many_risk_factors_are_refused_at_once_but_many_contraindications_are_not(base):
    """Risk factors are still walked one set at a time; contraindications are reasoned about."""
    data = copy.deepcopy(base)
    modifier = {"label": "x", "explanation": "x.", "group": "x", "sources": ["s003"]}
    data["risk_factors"] += [{"id": f"extra_rf_{n}", **modifier} for n in range(16)]
    with pytest.raises(SpaceTooLargeError, match="2\\^20 sets of risk factors"):
        summarise(compiled(_load(data)), age_edges(_load(data)))
    data = copy.deepcopy(base)
    data["contraindications"] += [
        {"id": f"extra_ci_{n}", **modifier, "kind": "relative"} for n in range(40)
    ]
    summary = summarise(compiled(_load(data)), age_edges(_load(data)))
    assert summary.patients % (1 << 47) == 0
