"""`avn-aid check`: everything a pathway editor should know before saving, as one report."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from avn_aid.authoring.content_checks import content_findings
from avn_aid.authoring.locator import Locator
from avn_aid.authoring.space_findings import space_findings
from avn_aid.authoring.test_cases import CaseOutcome, run_cases
from avn_aid.authoring.translations import translation_findings
from avn_aid.engine.compiled import compiled
from avn_aid.errors import PathwayError, Problem, finding
from avn_aid.loading.located import LocatedData
from avn_aid.model.document import PathwayDocument
from avn_aid.model.runtime import Pathway
from avn_aid.resources import cases_file_for


@dataclass
class Report:
    findings: list[Problem] = field(default_factory=list)
    patients: int = 0
    seconds: float = 0.0
    cases: list[CaseOutcome] = field(default_factory=list)
    untested_rules: list[str] = field(default_factory=list)
    total_rules: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [f for f in self.findings if f.severity == "error"]


def analyse(
    document: PathwayDocument, located: LocatedData, *, strict: bool, today: dt.date
) -> Report:
    """Check a validated pathway: its decision space (gaps, conflicts, dead and shadowed
    rules, unreachable options, caveats that never apply), its content (sources, figures),
    its own test cases with rule coverage, its translations and its review dates."""
    pathway = document.pathway
    where = Locator(pathway, located, document.file)
    engine = compiled(pathway)
    report = Report()
    started = time.perf_counter()
    report.findings, report.patients = space_findings(pathway, engine, where)
    report.seconds = time.perf_counter() - started
    report.total_rules = len(pathway.rule_refs())
    report.findings.extend(content_findings(pathway, located, where))
    _case_findings(document, where, report)
    report.findings.extend(translation_findings(document, located, strict=strict))
    report.findings.extend(_review_findings(pathway, where, strict=strict, today=today))
    report.findings.sort(key=lambda f: (f.file, f.line, f.column, f.kind, f.message))
    return report


def _review_findings(
    pathway: Pathway, where: Locator, *, strict: bool, today: dt.date
) -> list[Problem]:
    """A review date needs its reviewer; a review date in the past is due."""
    findings = []
    if pathway.metadata.last_reviewed is not None and not pathway.metadata.reviewers:
        findings.append(
            finding(
                "error",
                "review without reviewer",
                "last_reviewed is set but reviewers is empty; a review date needs the clinician "
                "who reviewed it (leave last_reviewed out until then)",
                *where.at(("metadata", "last_reviewed")),
            )
        )
    next_review = pathway.metadata.next_review
    if next_review < today:
        findings.append(
            finding(
                "error" if strict else "warning",
                "review overdue",
                f"next_review {next_review} is in the past (today is {today}); review the pathway "
                "and move the date on",
                *where.at(("metadata", "next_review")),
            )
        )
    return findings


def _case_findings(document: PathwayDocument, where: Locator, report: Report) -> None:
    cases_path = cases_file_for(Path(document.file))
    if not cases_path.exists():
        report.findings.append(
            finding(
                "warning",
                "no test cases",
                f"{cases_path.name} not found; add clinical test cases",
                document.file,
                1,
                1,
            )
        )
        report.untested_rules = document.pathway.rule_refs()
        return
    try:
        outcomes, exercised = run_cases(document, cases_path)
    except PathwayError as exc:
        for p in exc.problems:
            report.findings.append(
                finding("error", "test file", p.message, p.file, p.line, p.column)
            )
        return
    report.cases = outcomes
    for outcome in outcomes:
        report.findings.extend(
            replace(p, message=f"'{outcome.name}': {p.message}", where="") for p in outcome.problems
        )
    rules = document.pathway.rule_refs()
    report.untested_rules = [r for r in rules if r not in exercised]


def format_report(report: Report, file: str) -> str:
    lines = [f.as_finding() for f in report.findings]
    passed = sum(1 for c in report.cases if not c.failures)
    untested = len(report.untested_rules)
    share = untested / report.total_rules if report.total_rules else 0.0
    lines.append(
        f"{file}: {len(report.errors)} error(s), "
        f"{sum(1 for f in report.findings if f.severity == 'warning')} warning(s); "
        f"{report.patients:,} patients analysed in {report.seconds:.2f} s; "
        f"test cases: {passed} of {len(report.cases)} passed; "
        f"rules no test exercises: {untested} of {report.total_rules} ({share:.0%})"
        + (f": {', '.join(report.untested_rules)}" if report.untested_rules else "")
    )
    return "\n".join(lines) + "\n"
