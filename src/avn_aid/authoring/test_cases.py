"""Running a pathway's own test cases, and which rules they exercised."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from avn_aid.engine.evaluate import evaluate
from avn_aid.errors import PathwayError, Problem
from avn_aid.loading.cases import load_cases
from avn_aid.model.cases import Case
from avn_aid.model.document import PathwayDocument


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
    failures = []
    if result.outcome != case.expect.outcome:
        failures.append(f"outcome is {result.outcome}, expected {case.expect.outcome}")
    if result.outcome == "ok":
        for option_id, expected in case.expect.statuses.items():
            try:
                got = result.option(option_id).status
            except KeyError:
                failures.append(f"option {option_id} does not exist")
                continue
            if got != expected:
                failures.append(f"{option_id} is {got.value}, expected {expected.value}")
    caveats = {c.id for c in result.caveats}
    for missing in sorted(set(case.expect.caveats_include) - caveats):
        failures.append(f"caveat {missing} is not shown")
    for extra in sorted(set(case.expect.caveats_exclude) & caveats):
        failures.append(f"caveat {extra} is shown but should not be")
    fields = {m.field for m in result.messages}
    for missing in case.expect.message_fields:
        if missing not in fields:
            failures.append(f"no message names the field '{missing}'")
    exercised = {r.ref for o in result.options for r in o.reasons if r.decisive}
    return failures, exercised


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
