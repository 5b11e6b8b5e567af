"""The readable text form of a result, for `avn-aid recommend`."""

from __future__ import annotations

import textwrap

from avn_aid.catalogue import text
from avn_aid.engine.result import Result
from avn_aid.model.pathway import Protocol

_WIDTH = 88


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, _WIDTH, initial_indent=indent, subsequent_indent=indent + "  ")


def text_report(result: Result) -> str:
    ref = result.pathway
    p = result.patient
    none = text("report.none")
    lines = [
        text(
            "report.header",
            title=ref.title,
            version=ref.version,
            draft=text("report.draft") if ref.status == "draft" else "",
            id=ref.id,
            sha=ref.sha256[:12],
        ),
        text(
            "report.patient",
            age=p.age,
            stage=p.stage,
            collapse=p.collapse,
            contraindications=", ".join(p.contraindications) or none,
            risk_factors=", ".join(p.risk_factors) or none,
        ),
        text("report.outcome", outcome=result.outcome),
    ]
    for message in result.messages:
        lines.append(_wrap(f"{message.level.upper()}: {message.text}", ""))
    if result.outcome != "ok":
        return "\n".join(lines) + "\n"
    lines += ["", text("report.options")]
    for option in result.options:
        lines.append(f"  {option.status.words.upper():<17} {option.name}  [{option.id}]")
        for reason in option.reasons:
            mark = "*" if reason.decisive else "-"
            lines.append(_wrap(f"{mark} {reason.text} ({', '.join(reason.sources)})", "      "))
    if result.caveats:
        lines += ["", text("report.caveats")]
        for caveat in result.caveats:
            lines.append(
                _wrap(f"- {caveat.title}: {caveat.text} ({', '.join(caveat.sources)})", "  ")
            )
    if result.disagreements:
        lines += ["", text("report.disagreements")]
        for item in result.disagreements:
            lines.append(_wrap(f"- {item.topic}", "  "))
            for position in item.positions:
                lines.append(_wrap(f"{position.says} ({', '.join(position.sources)})", "      "))
            lines.append(_wrap(text("report.this_pathway", what_we_do=item.what_we_do), "      "))
    if result.protocols:
        lines += ["", text("report.protocols")]
        for protocol in result.protocols:
            lines.append(f"  {protocol.name}")
            lines.extend(_protocol_lines(protocol))
    lines += ["", text("report.sources")]
    for source in result.sources:
        lines.append(
            _wrap(f"{source.id} [{source.kind.replace('_', ' ')}] {source.citation}", "  ")
        )
    lines.append("")
    lines.append(text("report.footnote"))
    return "\n".join(lines) + "\n"


def _protocol_lines(protocol: Protocol) -> list[str]:
    lines = []
    for phase in protocol.phases:
        weeks = (
            text("report.weeks", start=phase.from_week, end=phase.to_week)
            if phase.to_week is not None
            else text("report.from_week", start=phase.from_week)
        )
        load = phase.weight_bearing.replace("_", " ")
        if phase.percent:
            load += text("report.percent", percent=phase.percent)
        lines.append(_wrap(text("report.phase", weeks=weeks, name=phase.name, load=load), "    "))
    for visit in protocol.follow_up:
        imaging = text("report.imaging", imaging=", ".join(visit.imaging)) if visit.imaging else ""
        line = text("report.visit", at=visit.at, checks=", ".join(visit.checks), imaging=imaging)
        lines.append(_wrap(line, "    "))
    return lines
