"""`avn-aid evidence`: a reviewer's worksheet of every statement and what it rests on.

A clinical lead reviews a pathway by reading each statement beside its sources. The
worksheet lists every statement once (every item of the pathway that cites sources, and
the pathway's own decisions that cite none), where it appears, its sources with the
locator of each, grouped by section, with a box to tick. Nothing is summarised away: a
statement missing from the worksheet would be a statement nobody reviewed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from avn_aid.model.document import PathwayDocument
from avn_aid.model.runtime import (
    AgeRange,
    Condition,
    Disagreement,
    Located,
    Option,
    Pathway,
    Source,
    field_names,
    is_record,
)

_SKIP = {"id", "sources", "locators", "crutch_time", "crutch_time_sources"}
_SECTIONS = (
    ("staging", "Staging"),
    ("contraindications", "Contraindications"),
    ("risk_factors", "Risk factors"),
    ("options", "Options"),
    ("protocols", "Recovery protocols"),
    ("caveats", "Caveats"),
    ("disagreements", "Disagreements"),
)


@dataclass(frozen=True)
class Statement:
    """One reviewable statement: where it appears, what it says, what it rests on."""

    section: str
    where: str
    kind: str
    says: tuple[str, ...]
    sources: tuple[str, ...]
    locators: tuple[tuple[str, str], ...]


def _condition_words(when: Condition) -> str:
    parts = []
    for name in field_names(when):
        value = getattr(when, name)
        if value is None:
            continue
        if isinstance(value, AgeRange):
            parts.append(value.words())
        else:
            parts.append(f"{name} {'/'.join(str(v) for v in value)}")
    return ", ".join(parts) or "every patient"


def _own_words(item: object) -> tuple[str, ...]:
    """The item's own fields as 'field: value' lines; nested cited items are their own
    statements, so they are left out here."""
    lines = []
    for name in field_names(item):
        if name in _SKIP:
            continue
        value = getattr(item, name)
        if value is None or value == () or value == "" or value is False:
            continue
        if name == "priority" and value == 0:
            continue
        if isinstance(value, Located) or (
            isinstance(value, tuple) and value and isinstance(value[0], Located)
        ):
            continue
        if isinstance(value, Condition):
            lines.append(f"{name}: {_condition_words(value)}")
        elif isinstance(value, tuple):
            lines.append(f"{name}: {'; '.join(str(v) for v in value)}")
        elif is_record(value):
            continue
        else:
            text = value.value if hasattr(value, "value") else value
            lines.append(f"{name}: {' '.join(str(text).split())}")
    return tuple(lines)


def _label(name: str, item: object, index: int) -> str:
    ident = getattr(item, "id", None)
    return f"{name}[{ident if ident is not None else index}]"


def _walk(node: object, where: str, section: str) -> Iterator[Statement]:
    if isinstance(node, Located):
        yield Statement(
            section=section,
            where=where,
            kind=type(node).__name__,
            says=_own_words(node),
            sources=tuple(node.sources),  # type: ignore[attr-defined]
            locators=tuple(sorted(node.locators.items())),
        )
    if isinstance(node, Option):
        yield Statement(
            section=section,
            where=f"{where}.crutch_time",
            kind="CrutchTime",
            says=(f"crutch_time: {' '.join(node.crutch_time.split())}",),
            sources=node.crutch_time_sources,
            locators=(),
        )
    elif isinstance(node, Disagreement):
        yield Statement(
            section=section,
            where=f"{where}.what_we_do",
            kind="Decision",
            says=(f"topic: {node.topic}", f"what_we_do: {' '.join(node.what_we_do.split())}"),
            sources=(),
            locators=(),
        )
    if is_record(node) and not isinstance(node, Source):
        for name in field_names(node):
            value = getattr(node, name)
            if isinstance(value, tuple):
                for i, item in enumerate(value):
                    if is_record(item):
                        yield from _walk(item, f"{where}.{_label(name, item, i)}", section)
            elif is_record(value) and not isinstance(value, Condition | AgeRange):
                yield from _walk(value, f"{where}.{name}", section)


def statements(pathway: Pathway) -> list[Statement]:
    """Every statement of the pathway, in file order within each section."""
    found: list[Statement] = []
    for section, _ in _SECTIONS:
        value = getattr(pathway, section)
        items = value if isinstance(value, tuple) else (value,)
        for i, item in enumerate(items):
            where = _label(section, item, i) if isinstance(value, tuple) else section
            found.extend(_walk(item, where, section))
    meta = pathway.metadata
    found.append(
        Statement(
            section="staging",
            where="metadata.staging_note",
            kind="Decision",
            says=(f"staging_note: {' '.join(meta.staging_note.split())}",),
            sources=(),
            locators=(),
        )
    )
    return found


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "/")


def worksheet(document: PathwayDocument) -> str:
    """The reviewer's worksheet as Markdown."""
    pathway = document.pathway
    meta = pathway.metadata
    found = statements(pathway)
    sources = {s.id: s for s in pathway.sources}
    lines = [
        f"# Evidence worksheet: {meta.title}",
        "",
        f"Pathway `{meta.id}` version {meta.version} ({meta.status}), file sha256 "
        f"`{document.sha256[:12]}`. Reviewers so far: "
        f"{'; '.join(meta.reviewers) or 'none'}.",
        "",
        f"{len(found)} statements. Read each one beside the sources it cites (at the "
        "locator, where one is given), then tick it: [x] when the source says it, or note "
        "what is wrong. A statement with no source is the pathway's own decision; judge it "
        "on its reasons.",
        "",
        "## Sources",
        "",
        "| id | citation | kind | year | address | read | limits | statements |",
        "|---|---|---|---|---|---|---|---|",
    ]
    uses: dict[str, int] = {}
    for statement in found:
        for source_id in statement.sources:
            uses[source_id] = uses.get(source_id, 0) + 1
    for source in pathway.sources:
        address = source.url or (f"seed file {source.file}" if source.file else "-")
        lines.append(
            f"| {source.id} | {_cell(source.citation)} | {source.kind} | "
            f"{source.year or '-'} | {address} | {source.accessed or '-'} | "
            f"{_cell(source.limits)} | {uses.get(source.id, 0)} |"
        )
    for section, heading in _SECTIONS:
        group = [s for s in found if s.section == section]
        if not group:
            continue
        lines += ["", f"## {heading}", ""]
        current = None
        for statement in group:
            parent = statement.where.split(".")[0]
            if section in ("options", "protocols", "contraindications") and parent != current:
                current = parent
                lines += [f"### {parent}", ""]
            lines.append(f"- [ ] `{statement.where}` ({statement.kind})")
            for said in statement.says:
                lines.append(f"  - {said}")
            if statement.sources:
                locators = dict(statement.locators)
                cited = [
                    f"{sid} ({_cell(locators[sid])})" if sid in locators else sid
                    for sid in statement.sources
                ]
                kinds = {sources[sid].kind for sid in statement.sources if sid in sources}
                note = " - promotional only" if kinds == {"promotional_page"} else ""
                lines.append(f"  - sources: {', '.join(cited)}{note}")
            else:
                lines.append("  - sources: none (the pathway's own decision)")
    lines += ["", "## Statements by source", ""]
    for source in pathway.sources:
        places = [s.where for s in found if source.id in s.sources]
        lines.append(f"- **{source.id}** ({len(places)}): " + ", ".join(f"`{p}`" for p in places))
    return "\n".join(lines) + "\n"
