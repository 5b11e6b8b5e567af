"""`avn-aid diff OLD NEW`: which patients get a different answer, in readable ranges.

Both pathways are compared over the union of their decision spaces (see regions.py for
how contraindication sets are grouped rather than listed); the patients whose outcome,
option statuses or caveats differ are grouped by what changed, and each group is
described by stage, collapse, age range, the contraindications and risk factors all
its patients share and, when either version reads them, the answers to the optional
questions (symptoms, failed conservative care; "not asked" is an answer). Changed texts, figures and protocols are listed after.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Any

from avn_aid.authoring.regions import Changes, Region, Space, patient_changes
from avn_aid.authoring.space import ANSWERS, age_band
from avn_aid.model.document import PathwayDocument
from avn_aid.model.runtime import Pathway, to_json


def describe_group(regions: list[Region], space: Space) -> list[str]:
    """Readable ranges: one line per stage and collapse, with ages and shared modifiers."""
    lines = []
    for region in _merge_answers(regions):
        bands = sorted({age_band(age, space.ages) for age in region.ages})
        age_text = ", ".join(_band_words(b) for b in _merge(bands))
        parts = [f"stage {region.stage}", f"collapse {region.collapse}", age_text]
        parts.append(_modifier_words(region.ci_all, region.ci_any, space.cis, "contraindications"))
        parts.append(_modifier_words(region.rf_all, region.rf_any, space.rfs, "risk factors"))
        if space.symptoms != (("unknown",),):
            parts.append(_answer_words(region.symptoms, "symptoms"))
        if space.fcc != (("unknown",),):
            parts.append(_answer_words(region.fcc, "failed conservative care"))
        lines.append(", ".join(parts) + f" ({region.count} combinations)")
    return lines


def _modifier_words(every: int, some: int, ids: list[str], noun: str) -> str:
    """'any risk factors', 'no contraindications', 'with pregnancy', 'with X, no other ...'.

    `every` and `some` are masks over `ids`: what all patients have, what any has.
    """
    always = {item for i, item in enumerate(ids) if every >> i & 1}
    never = {item for i, item in enumerate(ids) if not some >> i & 1}
    if not always and not never:
        return f"any {noun}"
    if not always and never == set(ids):
        return f"no {noun}"
    words = []
    if always:
        words.append("with " + " and ".join(sorted(always)))
    if never == set(ids) - always:
        words.append(f"no other {noun}")
    elif never:
        words.append("without " + ", ".join(sorted(never)))
    return ", ".join(words)


def _merge_answers(regions: list[Region]) -> list[Region]:
    """Regions that differ only in the answers to one optional question, as one region
    (e.g. symptoms no with each answer on conservative care: symptoms no, any answer)."""
    out = list(regions)
    merged = True
    while merged:
        merged = False
        for i, j in itertools.combinations(range(len(out)), 2):
            a, b = out[i], out[j]
            alike = (a.stage, a.collapse, a.ages, a.ci_all, a.ci_any, a.rf_all, a.rf_any) == (
                b.stage,
                b.collapse,
                b.ages,
                b.ci_all,
                b.ci_any,
                b.rf_all,
                b.rf_any,
            )
            if alike and (a.symptoms == b.symptoms or a.fcc == b.fcc):
                out[i] = replace(
                    a, count=a.count + b.count, symptoms=a.symptoms | b.symptoms, fcc=a.fcc | b.fcc
                )
                del out[j]
                merged = True
                break
    return out


def _answer_words(answers: set[str], question: str) -> str:
    """'symptoms no', 'failed conservative care yes or not asked', 'any symptoms answer'."""
    if answers >= set(ANSWERS):
        return f"any {question} answer"
    words = {"yes": "yes", "no": "no", "unknown": "not asked"}
    return f"{question} " + " or ".join(words[a] for a in ANSWERS if a in answers)


def _merge(bands: list[tuple[int, int | None]]) -> list[tuple[int, int | None]]:
    merged: list[tuple[int, int | None]] = []
    for low, high in bands:
        if merged and merged[-1][1] is not None and merged[-1][1] + 1 == low:
            merged[-1] = (merged[-1][0], high)
        else:
            merged.append((low, high))
    return merged


def _band_words(band: tuple[int, int | None]) -> str:
    low, high = band
    if high is None:
        return f"age {low}+"
    return f"age {low}" if low == high else f"age {low}-{high}"


def content_changes(old: Pathway, new: Pathway) -> list[str]:
    """Texts, figures, protocols and metadata that changed, by section and id."""
    lines = []
    a, b = to_json(old), to_json(new)
    for key in a["metadata"]:
        if a["metadata"][key] != b["metadata"][key]:
            lines.append(f"metadata.{key}: {a['metadata'][key]!r} -> {b['metadata'][key]!r}")
    for section in (
        "sources",
        "contraindications",
        "risk_factors",
        "options",
        "protocols",
        "caveats",
        "disagreements",
    ):
        lines.extend(_section_changes(section, a[section], b[section]))
    for section in ("stages", "collapse", "impossible"):
        lines.extend(
            _section_changes(f"staging.{section}", a["staging"][section], b["staging"][section])
        )
    return lines


def _section_changes(
    section: str, old: list[dict[str, Any]], new: list[dict[str, Any]]
) -> list[str]:
    before = {item["id"]: item for item in old}
    after = {item["id"]: item for item in new}
    lines = []
    for item_id in before:
        if item_id not in after:
            lines.append(f"{section}[{item_id}] removed")
        elif before[item_id] != after[item_id]:
            fields = [k for k in before[item_id] if before[item_id][k] != after[item_id].get(k)]
            lines.append(f"{section}[{item_id}] changed: {', '.join(fields)}")
    lines.extend(f"{section}[{item_id}] added" for item_id in after if item_id not in before)
    return lines


def diff_report(old: PathwayDocument, new: PathwayDocument) -> tuple[str, int]:
    """The report text and how many one-hip patient combinations changed (changes for
    patients with both hips are in the text; `bilateral.both_hips_changes` lists them)."""
    space, groups = patient_changes(old.pathway, new.pathway)
    return format_report(old, new, space, groups)


def format_report(
    old: PathwayDocument, new: PathwayDocument, space: Space, groups: Changes
) -> tuple[str, int]:
    total = sum(region.count for regions in groups.values() for region in regions)
    out = [
        f"old: {old.file} ({old.pathway.metadata.version}, sha256 {old.short_sha})",
        f"new: {new.file} ({new.pathway.metadata.version}, sha256 {new.short_sha})",
        "",
    ]
    if not groups:
        out.append("No patient gets a different answer.")
    else:
        out.append(f"{total:,} patient combinations get a different answer:")
        counted = {words: sum(r.count for r in regions) for words, regions in groups.items()}
        for words, regions in sorted(groups.items(), key=lambda kv: (-counted[kv[0]], kv[0])):
            out.append("")
            out.append("  " + "; ".join(words))
            out.extend("    " + line for line in describe_group(regions, space))
    from avn_aid.authoring.bilateral import both_hips_changes

    both = both_hips_changes(old.pathway, new.pathway)
    out.append("")
    out.append(
        "Patients with both hips: each hip's answer is its one-hip answer above; the caveats "
        "shown once for both hips:"
        if both
        else "Patients with both hips: each hip's answer is its one-hip answer above; the "
        "caveats shown once for both hips do not change."
    )
    out.extend("  " + line for line in both)
    content = content_changes(old.pathway, new.pathway)
    out.append("")
    out.append("Changed content:" if content else "No texts, figures or protocols changed.")
    out.extend("  " + line for line in content)
    return "\n".join(out) + "\n", total
