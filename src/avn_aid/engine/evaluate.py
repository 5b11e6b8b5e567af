"""evaluate(pathway, patient) -> Result: pure, deterministic, no I/O, no clock, no Qt."""

from __future__ import annotations

from avn_aid.engine.compiled import CompiledPathway, Decision
from avn_aid.engine.result import (
    CaveatResult,
    DisagreementResult,
    Message,
    OptionResult,
    PathwayRef,
    Patient,
    PositionResult,
    Reason,
    Result,
    SourceRef,
)
from avn_aid.loading.loader import PathwayDocument
from avn_aid.model.pathway import Modifier, Pathway

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


def input_messages(pathway: Pathway, patient: Patient) -> tuple[str, list[Message]]:
    """Check a patient against the pathway: ('ok' | 'out_of_scope' | 'invalid_input', messages)."""
    errors: list[Message] = []
    stage_ids = [s.id for s in pathway.staging.stages]
    collapse_ids = [c.id for c in pathway.staging.collapse]

    def unknown(field: str, value: str, valid: list[str]) -> None:
        errors.append(
            Message(
                level="error",
                field=field,
                text=f"{field}: '{value}' is not known; valid values are {', '.join(valid)}",
            )
        )

    if patient.stage not in stage_ids:
        unknown("stage", patient.stage, stage_ids)
    if patient.collapse not in collapse_ids:
        unknown("collapse", patient.collapse, collapse_ids)
    known_ci = [c.id for c in pathway.contraindications]
    for item in patient.contraindications:
        if item not in known_ci:
            unknown("contraindications", item, known_ci)
    known_rf = [r.id for r in pathway.risk_factors]
    for item in patient.risk_factors:
        if item not in known_rf:
            unknown("risk_factors", item, known_rf)
    age_problem = age_message(pathway, patient.age)
    if age_problem is not None and age_problem.level == "error":
        errors.append(age_problem)
    combination = combination_message(pathway, patient.stage, patient.collapse)
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


def combination_message(pathway: Pathway, stage: str, collapse: str) -> Message | None:
    """The error for an impossible stage and collapse combination, else None."""
    for rule in pathway.staging.impossible:
        if stage in rule.stages and collapse in rule.collapse:
            return Message(
                level="error",
                field="stage, collapse",
                text=f"stage {stage} with collapse '{collapse}' is impossible: {rule.message}",
            )
    return None


def evaluate(document: PathwayDocument, patient: Patient) -> Result:
    """What the pathway says for this patient, with every reason and source."""
    pathway = document.pathway
    ref = PathwayRef(
        id=pathway.metadata.id,
        title=pathway.metadata.title,
        version=pathway.metadata.version,
        status=pathway.metadata.status,
        sha256=document.sha256,
    )
    outcome, messages = input_messages(pathway, patient)
    if outcome != "ok":
        return Result(
            outcome=outcome,  # type: ignore[arg-type]
            messages=tuple(messages),
            patient=patient,
            options=(),
            caveats=(),
            disagreements=(),
            protocols=(),
            sources=(),
            pathway=ref,
        )
    engine = compiled(pathway)
    ci, rf = engine.mask_of(patient.contraindications, patient.risk_factors)
    decision = engine.decide(patient.stage, patient.collapse, patient.age, ci, rf)
    options = _option_results(pathway, patient, decision)
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
    cited = _cited_sources(options, caveats, disagreements, protocols, pathway, offered)
    return Result(
        outcome="ok",
        messages=(),
        patient=patient,
        options=options,
        caveats=caveats,
        disagreements=disagreements,
        protocols=protocols,
        sources=tuple(
            SourceRef(id=s.id, citation=s.citation, kind=s.kind, year=s.year, file=s.file)
            for s in pathway.sources
            if s.id in cited
        ),
        pathway=ref,
    )


def _option_results(
    pathway: Pathway, patient: Patient, decision: Decision
) -> tuple[OptionResult, ...]:
    results = []
    for option, status, deciders in zip(
        pathway.options, decision.statuses, decision.deciders, strict=True
    ):
        reasons: list[Reason] = []
        decided = set(deciders)
        for rule in option.rules:
            ref = f"{option.id}/{rule.id}"
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
        if f"{option.id}/default" in decided:
            reasons.append(
                Reason(
                    text=option.default.rationale,
                    sources=option.default.sources,
                    kind="default",
                    ref=f"{option.id}/default",
                    decisive=True,
                )
            )
        for kind, prefix, ids, modifiers in (
            ("contraindication", "ci", patient.contraindications, pathway.contraindications),
            ("risk_factor", "rf", patient.risk_factors, pathway.risk_factors),
        ):
            reasons.extend(_modifier_reasons(kind, prefix, ids, modifiers, option.id, decided))
        # Decisive reasons first; within each group, pathway order. Stable, so deterministic.
        reasons.sort(key=lambda r: not r.decisive)
        results.append(
            OptionResult(
                id=option.id,
                name=option.name,
                status=status,
                reasons=tuple(reasons),
                protocol=option.protocol,
            )
        )
    return tuple(results)


def _modifier_reasons(
    kind: str,
    prefix: str,
    patient_ids: tuple[str, ...],
    modifiers: tuple[Modifier, ...],
    option_id: str,
    decided: set[str],
) -> list[Reason]:
    reasons = []
    for modifier in modifiers:
        if modifier.id not in patient_ids:
            continue
        for effect in modifier.effects:
            if option_id in effect.options:
                ref = f"{prefix}:{modifier.id}"
                reasons.append(
                    Reason(
                        text=f"{modifier.label}: {effect.text}",
                        sources=effect.sources,
                        kind=kind,  # type: ignore[arg-type]
                        ref=ref,
                        decisive=ref in decided,
                    )
                )
    return reasons


def _cited_sources(options, caveats, disagreements, protocols, pathway, offered) -> set[str]:  # type: ignore[no-untyped-def]
    cited: set[str] = set()
    for option in options:
        for reason in option.reasons:
            cited.update(reason.sources)
        model = pathway.option(option.id)
        cited.update(model.sources)
        for item in (*model.benefits, *model.risks, *model.outcomes, *model.costs):
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
