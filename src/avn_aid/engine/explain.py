"""Each option's status with the reasons that decided it, and the sources a result cites."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from avn_aid.engine.compiled import CompiledPathway
from avn_aid.engine.compiled_records import CompiledPatient, Decision
from avn_aid.engine.result import (
    CaveatResult,
    DisagreementResult,
    OptionResult,
    Reason,
)
from avn_aid.model.patient import Patient
from avn_aid.model.runtime import (
    CitedText,
    Modifier,
    Outcome,
    Pathway,
    Preparation,
    Protocol,
    modifier_ref,
    rule_ref,
)


def option_results(
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
                outcomes=tuple(
                    o.id
                    for o in option.outcomes
                    if o.applies_to is None or engine.condition(o.applies_to).matches(key)
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


def cited_sources(
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
        cited.update(model.crutch_time_sources)
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
