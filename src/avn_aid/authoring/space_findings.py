"""Findings of the whole decision space: gaps, dead ends, conflicts, dead rules and options."""

from __future__ import annotations

from dataclasses import replace

from avn_aid.authoring.locator import Locator
from avn_aid.authoring.space import age_edges, summarise
from avn_aid.engine.compiled import CompiledPathway
from avn_aid.engine.compiled_records import CompiledPatient
from avn_aid.errors import Problem, finding
from avn_aid.model.runtime import Pathway


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


def space_findings(
    pathway: Pathway, engine: CompiledPathway, where: Locator
) -> tuple[list[Problem], int]:
    """Every finding about the decision space, and how many patients it holds."""
    summary = summarise(engine, age_edges(pathway))
    rule_refs = pathway.rule_refs()
    findings: list[Problem] = []
    stage_index = {s.id: i for i, s in enumerate(pathway.staging.stages)}
    for (stage, _), point in summary.gaps.items():
        findings.append(
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
        findings.append(
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
        findings.append(
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
            findings.append(
                finding(
                    "error",
                    "dead rule",
                    f"rule {ref} matches no possible patient",
                    *where.rule(ref),
                )
            )
        elif ref not in summary.decided:
            findings.append(
                finding(
                    "error",
                    "shadowed rule",
                    f"rule {ref} matches patients but a higher-priority rule always decides instead",
                    *where.rule(ref),
                )
            )
    for index, listed in enumerate(pathway.options):
        if index not in summary.offered and listed.listed_for_information is None:
            findings.append(
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
            findings.append(
                finding(
                    "error",
                    "dead caveat",
                    f"caveat {caveat.id} applies to no possible patient",
                    *where.at(("caveats", index)),
                )
            )
    return findings, summary.patients


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
