"""Running a pathway's own test cases, and which rules they exercised."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from avn_aid.engine.evaluate import evaluate
from avn_aid.engine.result import OptionResult
from avn_aid.errors import PathwayError, Problem
from avn_aid.loading.cases import load_cases
from avn_aid.model.cases import Case
from avn_aid.model.document import PathwayDocument
from avn_aid.model.status import Status


@dataclass(frozen=True)
class CaseOutcome:
    """One test case: what it got wrong, each located at the case."""

    name: str
    problems: tuple[Problem, ...]

    @property
    def failures(self) -> tuple[str, ...]:
        return tuple(p.message for p in self.problems)


def check_case(document: PathwayDocument, case: Case) -> tuple[list[str], set[str]]:
    """What a case got wrong, and the rule refs that decided its options."""
    result = evaluate(document, case.patient)
    expect = case.expect
    failures = []
    if result.outcome != expect.outcome:
        failures.append(f"outcome is {result.outcome}, expected {expect.outcome}")
    if result.outcome == "ok":
        failures += _status_failures(result.options, expect.statuses, "")
        for side, hip_expect in expect.hips.items():
            hip = result.hip(side)
            failures += _status_failures(hip.options, hip_expect.statuses, f"{hip.name}: ")
            failures += _caveat_failures(
                {c.id for c in hip.caveats},
                hip_expect.caveats_include,
                hip_expect.caveats_exclude,
                f"{hip.name}: ",
            )
    failures += _caveat_failures(
        {c.id for c in result.caveats}, expect.caveats_include, expect.caveats_exclude, ""
    )
    shown = {d.id for d in result.disagreements}
    for missing in sorted(set(expect.disagreements_include) - shown):
        failures.append(f"disagreement {missing} is not shown")
    for extra in sorted(set(expect.disagreements_exclude) & shown):
        failures.append(f"disagreement {extra} is shown but should not be")
    every_option = [*result.options, *(o for hip in result.hips for o in hip.options)]
    figures = {f"{o.id}/{i}" for o in every_option for i in o.outcomes}
    known = {f"{o.id}/{f.id}" for o in document.pathway.options for f in o.outcomes}
    for named in (*expect.figures_shown, *expect.figures_hidden):
        if named not in known:
            failures.append(f"figure {named} does not exist")
    for missing in expect.figures_shown:
        if missing not in figures:
            failures.append(f"figure {missing} is not shown")
    for extra in expect.figures_hidden:
        if extra in figures:
            failures.append(f"figure {extra} is shown but should not be")
    said = " ".join(" ".join(result.statements()).split()).casefold()
    for wanted in expect.text_includes:
        if " ".join(wanted.split()).casefold() not in said:
            failures.append(f"no statement says '{wanted}'")
    for unwanted in expect.text_excludes:
        if " ".join(unwanted.split()).casefold() in said:
            failures.append(f"a statement says '{unwanted}'")
    fields = {m.field for m in result.messages}
    for missing in expect.message_fields:
        if missing not in fields:
            failures.append(f"no message names the field '{missing}'")
    exercised = {r.ref for h in result.hips for o in h.options for r in o.reasons if r.decisive}
    return failures, exercised


def _status_failures(
    options: tuple[OptionResult, ...], expected: dict[str, Status], where: str
) -> list[str]:
    got = {o.id: o.status for o in options}
    failures = []
    for option_id, status in expected.items():
        if option_id not in got:
            failures.append(f"{where}option {option_id} does not exist")
        elif got[option_id] != status:
            failures.append(
                f"{where}{option_id} is {got[option_id].value}, expected {status.value}"
            )
    return failures


def _caveat_failures(
    shown: set[str], include: tuple[str, ...], exclude: tuple[str, ...], where: str
) -> list[str]:
    return [f"{where}caveat {c} is not shown" for c in sorted(set(include) - shown)] + [
        f"{where}caveat {c} is shown but should not be" for c in sorted(set(exclude) & shown)
    ]


def run_cases(document: PathwayDocument, path: Path) -> tuple[list[CaseOutcome], set[str]]:
    case_file, located = load_cases(path)
    if case_file.pathway != document.pathway.metadata.id:
        mark = located.mark(("pathway",))
        raise PathwayError(
            [
                Problem(
                    str(path),
                    mark.line,
                    mark.column,
                    f"these cases are for '{case_file.pathway}', not '{document.pathway.metadata.id}'",
                )
            ]
        )
    outcomes = []
    exercised: set[str] = set()
    for index, case in enumerate(case_file.cases):
        failures, refs = check_case(document, case)
        exercised |= refs
        mark = located.mark(("cases", index))
        problems = tuple(
            Problem(
                str(path),
                mark.line,
                mark.column,
                failure,
                where=f"cases[{case.name}]",
                kind="test case failed",
            )
            for failure in failures
        )
        outcomes.append(CaseOutcome(case.name, problems))
    return outcomes, exercised
