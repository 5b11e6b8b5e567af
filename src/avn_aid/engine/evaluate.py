"""evaluate(pathway, patient) -> Result: pure, deterministic, no I/O, no clock, no Qt."""

from __future__ import annotations

from dataclasses import dataclass

from avn_aid.engine.compiled import CompiledPathway, compiled
from avn_aid.engine.compiled_records import CompiledPatient, Decision
from avn_aid.engine.explain import cited_sources, option_results
from avn_aid.engine.inputs import input_messages
from avn_aid.engine.result import (
    CaveatResult,
    DisagreementResult,
    HipResult,
    OptionResult,
    PathwayRef,
    PositionResult,
    Result,
    SourceRef,
    StagingFacts,
)
from avn_aid.model.document import PathwayDocument
from avn_aid.model.patient import HipFindings, Patient
from avn_aid.model.runtime import Disagreement, Pathway, Protocol


def evaluate(document: PathwayDocument, patient: Patient) -> Result:
    """What the pathway says for this patient, with every reason and source.

    Each affected hip is evaluated as a patient with only that hip (`single_hip`), so a
    hip's answer never depends on the other hip; what concerns both hips together (caveats
    and disagreements marked `affected_hips: both`) is added once for the patient.
    """
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
    staging = None if patient.both_hips else _staging_facts(pathway, patient.hip)
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
    hips = [_evaluate_hip(pathway, engine, patient, index) for index in range(len(patient.hips))]
    both = patient.both_hips
    if both:
        # Patient-level caveats depend only on the patient's own facts: the same for each hip.
        shown = [i for i in hips[0].caveats if not engine.caveat_is_per_hip[i]]
        # Conditions of both-hip caveats test no stage or collapse; contraindications of
        # either hip count.
        either = CompiledPatient(
            hips[0].key.stage,
            hips[0].key.collapse,
            patient.age,
            hips[0].key.ci | hips[1].key.ci,
            hips[0].key.rf,
        )
        shown += engine.caveats_for_both_hips(either, tuple(h.decision.statuses for h in hips))
        caveat_indices = [i for i in sorted(shown) if pathway.caveats[i].affected_hips != "one"]
    else:
        caveat_indices = list(hips[0].caveats)
    caveats = tuple(_caveat_result(pathway, i) for i in caveat_indices)
    offered_per_hip = [{o.id for o in h.options if o.status.is_offered} for h in hips]
    disagreements = tuple(
        DisagreementResult(
            id=d.id,
            topic=d.topic,
            positions=tuple(PositionResult(says=p.says, sources=p.sources) for p in d.positions),
            what_we_do=d.what_we_do,
        )
        for d in pathway.disagreements
        if _disagreement_applies(d, offered_per_hip)
        and (d.when is None or any(engine.condition(d.when).matches(h.key) for h in hips))
    )
    hip_results = tuple(
        HipResult(
            side=h.hip.side,
            stage=h.hip.stage,
            collapse=h.hip.collapse,
            contraindications=h.per_hip_contraindications,
            options=h.options,
            protocols=h.protocols,
            caveats=tuple(
                _caveat_result(pathway, i)
                for i in h.caveats
                if engine.caveat_is_per_hip[i]
                and not (both and pathway.caveats[i].affected_hips == "one")
            ),
            staging=h.staging,
        )
        for h in hips
    )
    cited = cited_sources(
        pathway,
        tuple(o for h in hips for o in h.options),
        (*caveats, *(c for h in hip_results for c in h.caveats)),
        disagreements,
        tuple(p for h in hips for p in h.protocols),
    )
    return Result(
        outcome="ok",
        messages=(),
        patient=patient,
        hips=hip_results,
        options=() if both else hips[0].options,
        caveats=caveats,
        disagreements=disagreements,
        protocols=() if both else hips[0].protocols,
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


def _staging_facts(pathway: Pathway, hip: HipFindings) -> StagingFacts | None:
    try:
        return StagingFacts(
            stage=pathway.stage(hip.stage), collapse=pathway.collapse_status(hip.collapse)
        )
    except KeyError:
        return None


@dataclass(frozen=True)
class _HipAnswer:
    hip: HipFindings
    key: CompiledPatient
    decision: Decision
    options: tuple[OptionResult, ...]
    protocols: tuple[Protocol, ...]
    caveats: tuple[int, ...]
    per_hip_contraindications: tuple[str, ...]
    staging: StagingFacts


def _evaluate_hip(
    pathway: Pathway, engine: CompiledPathway, patient: Patient, index: int
) -> _HipAnswer:
    """One hip, evaluated as the one-hip patient made of the patient's and the hip's facts."""
    single = patient.single_hip(index)
    key = engine.compile_patient(single)
    decision = engine.decide(key)
    options = option_results(pathway, single, decision, engine, key)
    protocol_ids: list[str] = []
    for option in options:
        if option.status.is_offered and option.protocol and option.protocol not in protocol_ids:
            protocol_ids.append(option.protocol)
    per_hip = pathway.per_hip_contraindications()
    return _HipAnswer(
        hip=patient.hips[index],
        key=key,
        decision=decision,
        options=options,
        protocols=tuple(pathway.protocol(p) for p in protocol_ids),
        caveats=decision.caveats,
        per_hip_contraindications=tuple(c for c in single.contraindications if c in per_hip),
        staging=StagingFacts(
            stage=pathway.stage(single.stage), collapse=pathway.collapse_status(single.collapse)
        ),
    )


def _caveat_result(pathway: Pathway, index: int) -> CaveatResult:
    c = pathway.caveats[index]
    return CaveatResult(
        id=c.id,
        title=c.title,
        text=c.text,
        plain=c.plain,
        sources=c.sources,
        affected_hips=c.affected_hips,
        section=c.section,
    )


def _disagreement_applies(disagreement: Disagreement, offered_per_hip: list[set[str]]) -> bool:
    hips = disagreement.affected_hips
    if (hips == "one" and len(offered_per_hip) > 1) or (
        hips == "both" and len(offered_per_hip) < 2
    ):
        return False
    if disagreement.options is None:
        return True
    wanted = set(disagreement.options)
    if hips == "both":
        return all(offered & wanted for offered in offered_per_hip)
    return any(offered & wanted for offered in offered_per_hip)
