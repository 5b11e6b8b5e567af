"""`avn-aid diff OLD NEW`: which patients get a different answer, in readable ranges.

Both pathways are evaluated over the union of their decision spaces; every patient whose
outcome, option statuses or caveats differ is collected, the changes are grouped by what
changed, and each group is described by stage, collapse, age range and the
contraindications and risk factors all its patients share. Changed texts, figures and
protocols are listed after.
"""

from __future__ import annotations

import itertools
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from avn_aid.authoring.space import age_band, age_edges, require_tractable
from avn_aid.engine.evaluate import compiled, input_messages
from avn_aid.errors import PathwayError
from avn_aid.loading.loader import load_pathway
from avn_aid.model.document import PathwayDocument
from avn_aid.model.pathway import Pathway
from avn_aid.model.patient import Patient


@dataclass(frozen=True)
class Answer:
    outcome: str
    statuses: tuple[tuple[str, str], ...]  # (option id, status)
    caveats: frozenset[str]


def _patients(
    stages: list[str], collapse: list[str], ages: list[int], cis: list[str], rfs: list[str]
) -> list[Patient]:
    """Every combination of the inputs, contraindications varying fastest."""
    ci_subsets = [s for n in range(len(cis) + 1) for s in itertools.combinations(cis, n)]
    rf_subsets = [s for n in range(len(rfs) + 1) for s in itertools.combinations(rfs, n)]
    return [
        Patient(age=age, stage=stage, collapse=col, contraindications=ci, risk_factors=rf)
        for stage, col, age in itertools.product(stages, collapse, ages)
        for rf in rf_subsets
        for ci in ci_subsets
    ]


def _answers(pathway: Pathway, patients: list[Patient]) -> Iterator[Answer]:
    engine = compiled(pathway)
    known_ci = {c.id for c in pathway.contraindications}
    known_rf = {r.id for r in pathway.risk_factors}
    option_ids = [o.id for o in pathway.options]
    caveat_ids = [c.id for c in pathway.caveats]
    invalid = Answer("invalid_input", (), frozenset())
    outcomes: dict[tuple[str, str, int], str] = {}
    rules_for: tuple[object, ...] = ()
    base = None
    for patient in patients:
        place = (patient.stage, patient.collapse, patient.age)
        outcome = outcomes.get(place)
        if outcome is None:
            bare = Patient(age=patient.age, stage=patient.stage, collapse=patient.collapse)
            outcome = outcomes[place] = input_messages(pathway, bare)[0]
        if outcome != "ok":
            yield Answer(outcome, (), frozenset())
            continue
        if not (
            known_ci.issuperset(patient.contraindications)
            and known_rf.issuperset(patient.risk_factors)
        ):
            yield invalid  # an id this pathway does not define
            continue
        key = engine.compile_patient(patient)
        if rules_for != (place, patient.risk_factors) or base is None:
            rules_for = (place, patient.risk_factors)
            base = engine.by_rules(key)  # the rule part does not depend on contraindications
        decision = engine.finish(base, key)
        yield Answer(
            "ok",
            tuple(zip(option_ids, (s.value for s in decision.statuses), strict=True)),
            frozenset(caveat_ids[i] for i in decision.caveats),
        )


def _change_words(old: Answer, new: Answer) -> tuple[str, ...]:
    words = []
    if old.outcome != new.outcome:
        words.append(f"outcome {old.outcome} -> {new.outcome}")
    before, after = dict(old.statuses), dict(new.statuses)
    for option_id in list(before) + [o for o in after if o not in before]:
        a, b = before.get(option_id), after.get(option_id)
        if a != b and old.outcome == new.outcome == "ok":
            words.append(f"{option_id} {a or 'absent'} -> {b or 'absent'}")
    for caveat in sorted(new.caveats - old.caveats):
        words.append(f"caveat {caveat} added")
    for caveat in sorted(old.caveats - new.caveats):
        words.append(f"caveat {caveat} removed")
    return tuple(words)


def patient_changes(old: Pathway, new: Pathway) -> dict[tuple[str, ...], list[Patient]]:
    """Every patient whose answer differs, grouped by what changed."""

    def union(a: list[str], b: list[str]) -> list[str]:
        return a + [x for x in b if x not in a]

    stages = union([s.id for s in old.staging.stages], [s.id for s in new.staging.stages])
    collapse = union([c.id for c in old.staging.collapse], [c.id for c in new.staging.collapse])
    cis = union([c.id for c in old.contraindications], [c.id for c in new.contraindications])
    rfs = union([r.id for r in old.risk_factors], [r.id for r in new.risk_factors])
    ages = age_edges(old, new)
    require_tractable(len(stages), len(collapse), len(ages), len(cis), len(rfs))
    groups: dict[tuple[str, ...], list[Patient]] = defaultdict(list)
    patients = _patients(stages, collapse, ages, cis, rfs)
    for patient, before, after in zip(
        patients, _answers(old, patients), _answers(new, patients), strict=True
    ):
        if before != after:
            groups[_change_words(before, after)].append(patient)
    return dict(groups)


def describe_group(
    changes: list[Patient], ages: list[int], cis: list[str], rfs: list[str]
) -> list[str]:
    """Readable ranges: one line per stage and collapse, with ages and shared modifiers."""
    lines = []
    by_place: dict[tuple[str, str], list[Patient]] = defaultdict(list)
    for change in changes:
        by_place[(change.stage, change.collapse)].append(change)
    for (stage, col), items in by_place.items():
        bands = sorted({age_band(c.age, ages) for c in items})
        age_text = ", ".join(_band_words(b) for b in _merge(bands))
        parts = [f"stage {stage}", f"collapse {col}", age_text]
        parts.append(
            _modifier_words(
                [frozenset(c.contraindications) for c in items], cis, "contraindications"
            )
        )
        parts.append(
            _modifier_words([frozenset(c.risk_factors) for c in items], rfs, "risk factors")
        )
        lines.append(", ".join(parts) + f" ({len(items)} combinations)")
    return lines


def _modifier_words(sets: list[frozenset[str]], ids: list[str], noun: str) -> str:
    """'any risk factors', 'no contraindications', 'with pregnancy', 'with X, no other ...'."""
    always = frozenset.intersection(*sets)
    never = set(ids) - set().union(*sets)
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
    a, b = old.model_dump(mode="json"), new.model_dump(mode="json")
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
    """The report text and how many patient combinations changed."""
    groups = patient_changes(old.pathway, new.pathway)
    ages = age_edges(old.pathway, new.pathway)
    cis = [c.id for c in old.pathway.contraindications]
    cis += [c.id for c in new.pathway.contraindications if c.id not in cis]
    rfs = [r.id for r in old.pathway.risk_factors]
    rfs += [r.id for r in new.pathway.risk_factors if r.id not in rfs]
    total = sum(len(v) for v in groups.values())
    out = [
        f"old: {old.file} ({old.pathway.metadata.version}, sha256 {old.short_sha})",
        f"new: {new.file} ({new.pathway.metadata.version}, sha256 {new.short_sha})",
        "",
    ]
    if not groups:
        out.append("No patient gets a different answer.")
    else:
        out.append(f"{total:,} patient combinations get a different answer:")
        for words, changes in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            out.append("")
            out.append("  " + "; ".join(words))
            out.extend("    " + line for line in describe_group(changes, ages, cis, rfs))
    content = content_changes(old.pathway, new.pathway)
    out.append("")
    out.append("Changed content:" if content else "No texts, figures or protocols changed.")
    out.extend("  " + line for line in content)
    return "\n".join(out) + "\n", total


def run_diff(old_path: Path, new_path: Path) -> int:
    documents = []
    for path in (old_path, new_path):
        try:
            documents.append(load_pathway(path))
        except PathwayError as exc:
            print(str(exc))
            print(f"{path}: cannot be compared until it is valid")
            return 2
    text, total = diff_report(documents[0], documents[1])
    sys.stdout.write(text)
    return 1 if total else 0
