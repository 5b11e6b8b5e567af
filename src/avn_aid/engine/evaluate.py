"""evaluate(pathway, patient) -> Result: pure, deterministic, no I/O, no clock, no Qt."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from avn_aid.engine.compiled import CompiledPathway, CompiledPatient, Decision
from avn_aid.engine.result import (
    CaveatResult,
    DisagreementResult,
    Message,
    OptionResult,
    PathwayRef,
    PositionResult,
    Reason,
    Result,
    SourceRef,
    StagingFacts,
)
from avn_aid.engine.result import Outcome as ResultOutcome
from avn_aid.model.document import PathwayDocument
from avn_aid.model.pathway import (
    CitedText,
    Modifier,
    Outcome,
    Pathway,
    Preparation,
    Protocol,
    modifier_ref,
    rule_ref,
)
from avn_aid.model.patient import HipFindings, Patient
from avn_aid.text import excerpt, summary

_CACHE: dict[int, tuple[Pathway, CompiledPathway]] = {}


def compiled(pathway: Pathway) -> CompiledPathway:
    """The compiled form of a pathway, built once per pathway object."""
    hit = _CACHE.get(id(pathway))
    if hit is not None and hit[0] is pathway:
        return hit[1]
    if len(_CACHE) > 16:
        _CACHE.clear()
    result = CompiledPathway(pathway)
    _CACHE[id(pathway)] = (pathway, result)
    return result


def unknown_id_messages(pathway: Pathway, patient: Patient) -> list[Message]:
    """An error for each id the pathway does not define, listing the valid ones."""
    errors = []
    checks = (
        ("stage", (patient.stage,), [s.id for s in pathway.staging.stages]),
        ("collapse", (patient.collapse,), [c.id for c in pathway.staging.collapse]),
        ("contraindications", patient.contraindications, [c.id for c in pathway.contraindications]),
        ("risk_factors", patient.risk_factors, [r.id for r in pathway.risk_factors]),
    )
    for field, values, valid in checks:
        for value in values:
            if value not in valid:
                errors.append(
                    Message(
                        level="error",
                        field=field,
                        text=f"{field}: {excerpt(value)} is not known; "
                        f"valid values: {summary(valid)}",
                    )
                )
    return errors


def input_messages(pathway: Pathway, patient: Patient) -> tuple[ResultOutcome, list[Message]]:
    """Check a patient against the pathway: ('ok' | 'out_of_scope' | 'invalid_input', messages)."""
    errors = unknown_id_messages(pathway, patient)
    age_problem = age_message(pathway, patient.age)
    if age_problem is not None and age_problem.level == "error":
        errors.append(age_problem)
    combination = combination_message(pathway, patient.hip)
    if combination is not None:
        errors.append(combination)
    if errors:
        return "invalid_input", errors
    if age_problem is not None:
        return "out_of_scope", [age_problem]
    return "ok", []


def age_message(pathway: Pathway, age: int) -> Message | None:
    """An error for an implausible age, a referral warning for one out of scope, else None."""
    scope = pathway.metadata.scope
    if age < 0 or age > scope.max_age:
        return Message(
            level="error",
            field="age",
            text=f"age: {age} is not a plausible age (expected 0 to {scope.max_age})",
        )
    if age < scope.min_age:
        return Message(level="warning", field="age", text=scope.referral_message)
    return None


def combination_message(pathway: Pathway, hip: HipFindings) -> Message | None:
    """The error for an impossible stage and collapse combination, else None."""
    rule = pathway.staging.impossible_rule(hip.stage, hip.collapse)
    if rule is None:
        return None
    return Message(
        level="error",
        field="stage, collapse",
        text=f"stage {hip.stage} with collapse '{hip.collapse}' is impossible: {rule.message}",
    )


def evaluate(document: PathwayDocument, patient: Patient) -> Result:
    """What the pathway says for this patient, with every reason and source."""
    pathway = document.pathway
    ref = PathwayRef(
        id=pathway.metadata.id,
        title=pathway.metadata.title,
        version=pathway.metadata.version,
        status=pathway.metadata.status,
        sha256=document.sha256,
        metadata=pathway.metadata,
        handout=pathway.handout,
        values=pathway.values,
    )
    outcome, messages = input_messages(pathway, patient)
    staging = _staging_facts(pathway, patient)
    if outcome != "ok":
        return Result(
            outcome=outcome,
            messages=tuple(messages),
            patient=patient,
            options=(),
            caveats=(),
            disagreements=(),
            protocols=(),
            sources=(),
            pathway=ref,
            staging=staging,
        )
    engine = compiled(pathway)
    key = engine.compile_patient(patient)
    decision = engine.decide(key)
    options = _option_results(pathway, patient, decision, engine, key)
    offered = {o.id for o in options if o.status.is_offered}
    caveats = tuple(
        CaveatResult(id=c.id, title=c.title, text=c.text, plain=c.plain, sources=c.sources)
        for c in (pathway.caveats[i] for i in decision.caveats)
    )
    disagreements = tuple(
        DisagreementResult(
            id=d.id,
            topic=d.topic,
            positions=tuple(PositionResult(says=p.says, sources=p.sources) for p in d.positions),
            what_we_do=d.what_we_do,
        )
        for d in pathway.disagreements
        if d.options is None or offered.intersection(d.options)
    )
    protocol_ids = []
    for option in options:
        if option.status.is_offered and option.protocol and option.protocol not in protocol_ids:
            protocol_ids.append(option.protocol)
    protocols = tuple(pathway.protocol(p) for p in protocol_ids)
    cited = _cited_sources(pathway, options, caveats, disagreements, protocols)
    return Result(
        outcome="ok",
        messages=(),
        patient=patient,
        options=options,
        caveats=caveats,
        disagreements=disagreements,
        protocols=protocols,
        sources=tuple(
            SourceRef(
                id=s.id, citation=s.citation, kind=s.kind, year=s.year, file=s.file, limits=s.limits
            )
            for s in pathway.sources
            if s.id in cited
        ),
        pathway=ref,
        staging=staging,
    )


def _staging_facts(pathway: Pathway, patient: Patient) -> StagingFacts | None:
    hip = patient.hip
    try:
        return StagingFacts(
            stage=pathway.stage(hip.stage), collapse=pathway.collapse_status(hip.collapse)
        )
    except KeyError:
        return None


def _option_results(
    pathway: Pathway,
    patient: Patient,
    decision: Decision,
    engine: CompiledPathway,
    key: CompiledPatient,
) -> tuple[OptionResult, ...]:
    results = []
    for index, (option, status, deciders) in enumerate(
        zip(pathway.options, decision.statuses, decision.deciders, strict=True)
    ):
        reasons: list[Reason] = []
        decided = set(deciders)
        for rule in option.rules:
            ref = rule_ref(option.id, rule.id)
            if ref in decided:
                reasons.append(
                    Reason(
                        text=rule.rationale,
                        sources=rule.sources,
                        kind="rule",
                        ref=ref,
                        decisive=True,
                    )
                )
        default_ref = rule_ref(option.id, "default")
        if default_ref in decided:
            reasons.append(
                Reason(
                    text=option.default.rationale,
                    sources=option.default.sources,
                    kind="default",
                    ref=default_ref,
                    decisive=True,
                )
            )
        reasons.extend(
            _modifier_reasons(
                "contraindication",
                "ci",
                patient.contraindications,
                pathway.contraindications,
                option.id,
                decided,
            )
        )
        reasons.extend(
            _modifier_reasons(
                "risk_factor", "rf", patient.risk_factors, pathway.risk_factors, option.id, decided
            )
        )
        # Decisive reasons first; within each group, pathway order. Stable, so deterministic.
        reasons.sort(key=lambda r: not r.decisive)
        results.append(
            OptionResult(
                id=option.id,
                name=option.name,
                status=status,
                reasons=tuple(reasons),
                protocol=option.protocol,
                facts=option,
                preparation=tuple(
                    option.preparation[i].text for i in engine.preparation_steps(index, key)
                ),
            )
        )
    return tuple(results)


def _modifier_reasons(
    kind: Literal["contraindication", "risk_factor"],
    prefix: str,
    patient_ids: tuple[str, ...],
    modifiers: Sequence[Modifier],
    option_id: str,
    decided: set[str],
) -> list[Reason]:
    reasons = []
    for modifier in modifiers:
        if modifier.id not in patient_ids:
            continue
        for effect in modifier.effects:
            if option_id in effect.options:
                ref = modifier_ref(prefix, modifier.id)
                reasons.append(
                    Reason(
                        text=f"{modifier.label}: {effect.text}",
                        sources=effect.sources,
                        kind=kind,
                        ref=ref,
                        decisive=ref in decided,
                    )
                )
    return reasons


def _cited_sources(
    pathway: Pathway,
    options: tuple[OptionResult, ...],
    caveats: tuple[CaveatResult, ...],
    disagreements: tuple[DisagreementResult, ...],
    protocols: tuple[Protocol, ...],
) -> set[str]:
    """Every source the result shows: reasons, option facts, caveats, disagreements, protocols."""
    cited: set[str] = set()
    for option in options:
        for reason in option.reasons:
            cited.update(reason.sources)
        model = pathway.option(option.id)
        cited.update(model.sources)
        facts: list[CitedText | Outcome | Preparation] = [
            *model.benefits,
            *model.risks,
            *model.outcomes,
            *model.costs,
            *model.preparation,
        ]
        for item in facts:
            cited.update(item.sources)
    for caveat in caveats:
        cited.update(caveat.sources)
    for disagreement in disagreements:
        for position in disagreement.positions:
            cited.update(position.sources)
    for protocol in protocols:
        cited.update(protocol.sources)
        for phase in protocol.phases:
            cited.update(phase.sources)
        for visit in protocol.follow_up:
            cited.update(visit.sources)
    return cited
