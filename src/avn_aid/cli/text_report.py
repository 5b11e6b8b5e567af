"""The readable text form of a result, for `avn-aid recommend`."""

from __future__ import annotations

import textwrap

from avn_aid.engine.result import Result

_WIDTH = 88


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, _WIDTH, initial_indent=indent, subsequent_indent=indent + "  ")


def text_report(result: Result) -> str:
    ref = result.pathway
    draft = " (DRAFT)" if ref.status == "draft" else ""
    p = result.patient
    lines = [
        f"{ref.title} {ref.version}{draft}  [{ref.id}, sha256 {ref.sha256[:12]}]",
        f"Patient: age {p.age}, stage {p.stage}, collapse {p.collapse}; "
        f"contraindications: {', '.join(p.contraindications) or 'none'}; "
        f"risk factors: {', '.join(p.risk_factors) or 'none'}",
        f"Outcome: {result.outcome}",
    ]
    for message in result.messages:
        lines.append(_wrap(f"{message.level.upper()}: {message.text}", ""))
    if result.outcome != "ok":
        return "\n".join(lines) + "\n"
    lines += ["", "OPTIONS"]
    for option in result.options:
        lines.append(f"  {option.status.words.upper():<17} {option.name}  [{option.id}]")
        for reason in option.reasons:
            mark = "*" if reason.decisive else "-"
            lines.append(_wrap(f"{mark} {reason.text} ({', '.join(reason.sources)})", "      "))
    if result.caveats:
        lines += ["", "CAVEATS"]
        for caveat in result.caveats:
            lines.append(
                _wrap(f"- {caveat.title}: {caveat.text} ({', '.join(caveat.sources)})", "  ")
            )
    if result.disagreements:
        lines += ["", "WHERE THE SOURCES DISAGREE"]
        for item in result.disagreements:
            lines.append(_wrap(f"- {item.topic}", "  "))
            for position in item.positions:
                lines.append(_wrap(f"{position.says} ({', '.join(position.sources)})", "      "))
            lines.append(_wrap(f"This pathway: {item.what_we_do}", "      "))
    if result.protocols:
        lines += ["", "RECOVERY PROTOCOLS"]
        for protocol in result.protocols:
            lines.append(f"  {protocol.name}")
            for phase in protocol.phases:
                weeks = (
                    f"weeks {phase.from_week}-{phase.to_week}"
                    if phase.to_week is not None
                    else f"from week {phase.from_week}"
                )
                load = phase.weight_bearing.replace("_", " ")
                if phase.percent:
                    load += f" ({phase.percent}%)"
                lines.append(_wrap(f"{weeks}: {phase.name} - weight-bearing {load}", "    "))
            for visit in protocol.follow_up:
                imaging = f"; imaging: {', '.join(visit.imaging)}" if visit.imaging else ""
                lines.append(_wrap(f"visit {visit.at}: {', '.join(visit.checks)}{imaging}", "    "))
    lines += ["", "SOURCES"]
    for source in result.sources:
        lines.append(
            _wrap(f"{source.id} [{source.kind.replace('_', ' ')}] {source.citation}", "  ")
        )
    lines.append("")
    lines.append(
        "* decided the status.  This supports, and does not replace, the clinical discussion."
    )
    return "\n".join(lines) + "\n"
