"""The readable text form of a result, for `avn-aid recommend`."""

from __future__ import annotations

import textwrap

from avn_aid.catalogue import text
from avn_aid.engine.result import CaveatResult, OptionResult, Result
from avn_aid.model.runtime import Protocol

_WIDTH = 88


def _hip_name(side: str | None) -> str:
    return {"left": text("report.left"), "right": text("report.right")}[side or "left"]


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
        )
    ]
    if p.both_hips:
        lines.append(
            text(
                "report.patient_both_hips",
                age=p.age,
                contraindications=", ".join(p.contraindications) or none,
                risk_factors=", ".join(p.risk_factors) or none,
            )
        )
        for findings in p.hips:
            extra = ", ".join(findings.contraindications)
            lines.append(
                text(
                    "report.hip_line",
                    hip=_hip_name(findings.side).capitalize(),
                    stage=findings.stage,
                    collapse=findings.collapse,
                    contraindications=text("report.hip_contraindications", contraindications=extra)
                    if extra
                    else "",
                )
            )
    else:
        one = p.single_hip(0)
        lines.append(
            text(
                "report.patient",
                age=p.age,
                stage=one.stage,
                collapse=one.collapse,
                contraindications=", ".join(one.contraindications) or none,
                risk_factors=", ".join(p.risk_factors) or none,
            )
        )
    lines.append(text("report.outcome", outcome=result.outcome))
    for message in result.messages:
        lines.append(_wrap(f"{message.level.upper()}: {message.text}", ""))
    if result.outcome != "ok":
        return "\n".join(lines) + "\n"
    if p.both_hips:
        for hip in result.hips:
            name = _hip_name(hip.side).upper()
            lines += [
                "",
                text("report.hip_heading", hip=name, stage=hip.stage, collapse=hip.collapse),
            ]
            lines += _options(hip.options)
            lines += _caveats(text("report.hip_caveats", hip=name), hip.caveats)
            lines += _protocols(hip.protocols)
        lines += ["", text("report.both_hips_heading")]
        lines += _caveats(text("report.caveats"), result.caveats)
    else:
        lines += _options(result.options)
        lines += _caveats(text("report.caveats"), result.caveats)
    if result.disagreements:
        lines += ["", text("report.disagreements")]
        for item in result.disagreements:
            lines.append(_wrap(f"- {item.topic}", "  "))
            for position in item.positions:
                lines.append(_wrap(f"{position.says} ({', '.join(position.sources)})", "      "))
            lines.append(_wrap(text("report.this_pathway", what_we_do=item.what_we_do), "      "))
    if not p.both_hips:
        lines += _protocols(result.protocols)
    lines += ["", text("report.sources")]
    for source in result.sources:
        lines.append(
            _wrap(f"{source.id} [{source.kind.replace('_', ' ')}] {source.citation}", "  ")
        )
    lines.append("")
    lines.append(text("report.footnote"))
    return "\n".join(lines) + "\n"


def _options(options: tuple[OptionResult, ...]) -> list[str]:
    lines = ["", text("report.options")]
    for option in options:
        lines.append(f"  {option.status.words.upper():<17} {option.name}  [{option.id}]")
        for reason in option.reasons:
            mark = "*" if reason.decisive else "-"
            lines.append(_wrap(f"{mark} {reason.text} ({', '.join(reason.sources)})", "      "))
    return lines


def _caveats(title: str, caveats: tuple[CaveatResult, ...]) -> list[str]:
    if not caveats:
        return []
    lines = ["", title]
    for caveat in caveats:
        lines.append(_wrap(f"- {caveat.title}: {caveat.text} ({', '.join(caveat.sources)})", "  "))
    return lines


def _protocols(protocols: tuple[Protocol, ...]) -> list[str]:
    if not protocols:
        return []
    lines = ["", text("report.protocols")]
    for protocol in protocols:
        lines.append(f"  {protocol.name}")
        lines.extend(_protocol_lines(protocol))
    return lines


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
