"""`avn-aid check`: everything a pathway editor should know before saving.

Validation, then an analysis of the whole decision space (gaps, conflicts, dead and
shadowed rules, unreachable options, caveats that never apply, uncited sources), then
the pathway's own test cases with rule coverage, then the review dates.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from avn_aid.authoring.space import age_edges, summarise
from avn_aid.authoring.test_cases import CaseOutcome, run_cases
from avn_aid.engine.compiled import CompiledPathway, CompiledPatient, compiled
from avn_aid.errors import PathwayError, Problem, finding
from avn_aid.loading.located import LocatedData
from avn_aid.model.document import PathwayDocument
from avn_aid.model.pathway import Pathway, rule_ref
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


def describe(engine: CompiledPathway, point: CompiledPatient) -> str:
    """A patient for an example, contraindications and risk factors in pathway order."""
    ci = engine.ids_of(point.ci, engine.ci_bits)
    rf = engine.ids_of(point.rf, engine.rf_bits)
    text = f"age {point.age}, stage {point.stage}, collapse {point.collapse}"
    if point.symptoms != "unknown":
        text += f", symptoms {point.symptoms}"
    if point.fcc != "unknown":
        text += f", failed conservative care {point.fcc}"
    if ci:
        text += f", contraindications {'+'.join(ci)}"
    if rf:
        text += f", risk factors {'+'.join(rf)}"
    return text


class _Locator:
    def __init__(self, pathway: Pathway, located: LocatedData, file: str) -> None:
        self.located = located
        self.file = file
        self.option_index = {o.id: i for i, o in enumerate(pathway.options)}
        self.rule_index = {
            rule_ref(o.id, r.id): (i, j)
            for i, o in enumerate(pathway.options)
            for j, r in enumerate(o.rules)
        }

    def at(self, path: tuple[str | int, ...]) -> tuple[str, int, int]:
        mark = self.located.mark(path)
        return self.file, mark.line, mark.column

    def rule(self, ref: str) -> tuple[str, int, int]:
        if ref in self.rule_index:
            i, j = self.rule_index[ref]
            return self.at(("options", i, "rules", j))
        option_id = ref.split("/")[0]
        return self.at(("options", self.option_index[option_id], "default"))


def analyse(
    document: PathwayDocument, located: LocatedData, *, strict: bool, today: dt.date
) -> Report:
    pathway = document.pathway
    where = _Locator(pathway, located, document.file)
    engine = compiled(pathway)
    report = Report()
    started = time.perf_counter()
    _space_findings(pathway, engine, where, report)
    report.seconds = time.perf_counter() - started
    report.findings.extend(_uncited_sources(pathway, located, where))
    report.findings.extend(_consistency_findings(pathway, where))
    report.findings.extend(_figure_findings(pathway, where))
    report.findings.extend(_promotional_findings(pathway, where))
    report.findings.extend(_source_findings(pathway, where))
    _case_findings(document, where, report)
    from avn_aid.authoring.translations import translation_findings  # imports this module

    report.findings.extend(translation_findings(document, located, strict=strict))
    if pathway.metadata.last_reviewed is not None and not pathway.metadata.reviewers:
        report.findings.append(
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
        report.findings.append(
            finding(
                "error" if strict else "warning",
                "review overdue",
                f"next_review {next_review} is in the past (today is {today}); review the pathway "
                "and move the date on",
                *where.at(("metadata", "next_review")),
            )
        )
    report.findings.sort(key=lambda f: (f.file, f.line, f.column, f.kind, f.message))
    return report


def _space_findings(
    pathway: Pathway, engine: CompiledPathway, where: _Locator, report: Report
) -> None:
    summary = summarise(engine, age_edges(pathway))
    rule_refs = pathway.rule_refs()
    report.patients = summary.patients
    stage_index = {s.id: i for i, s in enumerate(pathway.staging.stages)}
    for (stage, _), point in summary.gaps.items():
        report.findings.append(
            finding(
                "error",
                "gap",
                "no option is recommended or to consider for this patient",
                *where.at(("staging", "stages", stage_index[stage])),
                describe(engine, point),
            )
        )
    for (stage, _), worst in summary.dead_ends.items():
        example = _smallest_dead_end(engine, worst)
        report.findings.append(
            finding(
                "error",
                "dead end",
                "no option is recommended or to consider for this patient group; keep at "
                "least one option (such as non-operative care while a contraindication "
                "lasts) open to every patient",
                *where.at(("staging", "stages", stage_index[stage])),
                describe(engine, example),
            )
        )
    for refs, point in summary.conflicts.items():
        report.findings.append(
            finding(
                "error",
                "conflict",
                f"rules {', '.join(refs)} have the same priority and give different statuses",
                *where.rule(refs[0]),
                describe(engine, point),
            )
        )
    for ref in rule_refs:
        if ref not in summary.matched:
            report.findings.append(
                finding(
                    "error",
                    "dead rule",
                    f"rule {ref} matches no possible patient",
                    *where.rule(ref),
                )
            )
        elif ref not in summary.decided:
            report.findings.append(
                finding(
                    "error",
                    "shadowed rule",
                    f"rule {ref} matches patients but a higher-priority rule always decides instead",
                    *where.rule(ref),
                )
            )
    for index, listed in enumerate(pathway.options):
        if index not in summary.offered and listed.listed_for_information is None:
            report.findings.append(
                finding(
                    "error",
                    "unreachable option",
                    f"option {listed.id} is never recommended or to consider for any patient "
                    "(set listed_for_information to say why, if that is intended)",
                    *where.at(("options", index)),
                )
            )
    for index, caveat in enumerate(pathway.caveats):
        if index not in summary.caveats | summary.both_hips_caveats:
            report.findings.append(
                finding(
                    "error",
                    "dead caveat",
                    f"caveat {caveat.id} applies to no possible patient",
                    *where.at(("caveats", index)),
                )
            )
    report.total_rules = len(rule_refs)


def _cited(node: Any, top: bool = True) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "sources" and not top and isinstance(value, list):
                yield from (str(v) for v in value)
            else:
                yield from _cited(value, top=False)
    elif isinstance(node, list):
        for item in node:
            yield from _cited(item, top=False)


def _uncited_sources(pathway: Pathway, located: LocatedData, where: _Locator) -> list[Problem]:
    cited = set(_cited(located.data))
    return [
        finding(
            "error",
            "uncited source",
            f"source {s.id} is defined but nothing cites it",
            *where.at(("sources", i)),
        )
        for i, s in enumerate(pathway.sources)
        if s.id not in cited
    ]


def _source_findings(pathway: Pathway, where: _Locator) -> list[Problem]:
    """A reader must be able to find every source: a document that is not one of the seed
    files needs its title and where it was published or can be read."""
    findings = []
    for i, source in enumerate(pathway.sources):
        if source.file is None and (
            source.title is None or (source.url is None and source.published_in is None)
        ):
            findings.append(
                finding(
                    "error",
                    "unfindable source",
                    f"source {source.id} needs its title and published_in or url, so that a "
                    "reader can find it",
                    *where.at(("sources", i)),
                )
            )
    return findings


def _promotional_findings(pathway: Pathway, where: _Locator) -> list[Problem]:
    """A status that rests only on pages selling the treatment is not evidence-based."""
    promotional = {s.id for s in pathway.sources if s.kind == "promotional_page"}
    findings = []
    for i, option in enumerate(pathway.options):
        decisions: list[tuple[tuple[str | int, ...], str, tuple[str, ...]]] = [
            (("options", i, "rules", j), f"rule {option.id}/{r.id}", r.sources)
            for j, r in enumerate(option.rules)
        ]
        decisions.append(
            (("options", i, "default"), f"{option.id} default", option.default.sources)
        )
        for path, name, sources in decisions:
            if set(sources) <= promotional:
                findings.append(
                    finding(
                        "error",
                        "promotional only",
                        f"{name} cites only promotional sources ({', '.join(sources)}); a "
                        "status needs at least one source that does not sell the treatment",
                        *where.at(path),
                    )
                )
    return findings


def _smallest_dead_end(engine: CompiledPathway, worst: CompiledPatient) -> CompiledPatient:
    """A dead end with as few contraindications as still leave nothing to choose (each
    one dropped in turn while the group stays stuck), so the finding names the group."""
    patient = worst
    for bit in (1 << i for i in range(len(engine.pathway.contraindications))):
        if patient.ci & bit:
            fewer = replace(patient, ci=patient.ci & ~bit)
            if fewer.ci and not any(s.is_offered for s in engine.decide(fewer).statuses):
                patient = fewer
    return patient


def _figure_findings(pathway: Pathway, where: _Locator) -> list[Problem]:
    """A count printed with a figure must be one the source states (issue: an invented
    '45 of 50'); every figure must say whether its source states one."""
    findings = []
    for i, option in enumerate(pathway.options):
        for j, outcome in enumerate(option.outcomes):
            at = where.at(("options", i, "outcomes", j))
            if outcome.denominator is not None and outcome.stated_denominator is not True:
                findings.append(
                    finding(
                        "error",
                        "unstated denominator",
                        f"outcome {option.id}/{outcome.id} gives denominator "
                        f"{outcome.denominator} but not stated_denominator: true; print a count "
                        "only when the source states it",
                        *at,
                    )
                )
            elif outcome.stated_denominator is True and outcome.denominator is None:
                findings.append(
                    finding(
                        "error",
                        "unstated denominator",
                        f"outcome {option.id}/{outcome.id} says the source states a "
                        "denominator but gives none",
                        *at,
                    )
                )
            elif outcome.stated_denominator is None:
                findings.append(
                    finding(
                        "warning",
                        "unstated denominator",
                        f"outcome {option.id}/{outcome.id}: say whether the source states how "
                        "many were counted (stated_denominator: true or false)",
                        *at,
                    )
                )
    return findings


def _consistency_findings(pathway: Pathway, where: _Locator) -> list[Problem]:
    """A stage for which every collapse status is impossible can never be entered."""
    findings = []
    for i, stage in enumerate(pathway.staging.stages):
        if all(
            pathway.staging.impossible_rule(stage.id, c.id) is not None
            for c in pathway.staging.collapse
        ):
            findings.append(
                finding(
                    "error",
                    "impossible stage",
                    f"stage {stage.id} is impossible with every collapse status",
                    *where.at(("staging", "stages", i)),
                )
            )
    return findings


def _case_findings(document: PathwayDocument, where: _Locator, report: Report) -> None:
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
