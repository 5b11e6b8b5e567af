"""evaluate(pathway, patient) -> Result: pure, deterministic, no I/O, no clock, no Qt."""

from __future__ import annotations

from avn_aid.engine.compiled import compiled
from avn_aid.engine.explain import cited_sources, option_results
from avn_aid.engine.inputs import input_messages
from avn_aid.engine.result import (
    CaveatResult,
    DisagreementResult,
    PathwayRef,
    PositionResult,
    Result,
    SourceRef,
    StagingFacts,
)
from avn_aid.model.document import PathwayDocument
from avn_aid.model.pathway import Pathway
from avn_aid.model.patient import Patient


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
    options = option_results(pathway, patient, decision, engine, key)
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
    cited = cited_sources(pathway, options, caveats, disagreements, protocols)
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
