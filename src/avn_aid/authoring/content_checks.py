"""Checks on what the pathway says: sources cited and findable, figures, stages possible."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from avn_aid.authoring.locator import Locator
from avn_aid.errors import Problem, finding
from avn_aid.loading.formats import NOT_WRITTEN
from avn_aid.loading.located import LocatedData, strings
from avn_aid.model.runtime import Pathway


def content_findings(pathway: Pathway, located: LocatedData, where: Locator) -> list[Problem]:
    """Every finding about the pathway's content, in a fixed order."""
    return [
        *_uncited_sources(pathway, located, where),
        *_consistency_findings(pathway, where),
        *_figure_findings(pathway, where),
        *_promotional_findings(pathway, where),
        *_source_findings(pathway, where),
        *_not_written(located, where),
        *_crutch_time_findings(pathway, where),
    ]


def _crutch_time_findings(pathway: Pathway, where: Locator) -> list[Problem]:
    """The time on crutches is printed in the option grid: it needs its sources too."""
    return [
        finding(
            "warning",
            "uncited crutch time",
            f"option {option.id}: crutch_time cites no source; give crutch_time_sources",
            *where.at(("options", i, "crutch_time")),
        )
        for i, option in enumerate(pathway.options)
        if not option.crutch_time_sources
    ]


def _not_written(located: LocatedData, where: Locator) -> list[Problem]:
    """Texts that `avn-aid upgrade` added for the authors to write, still unwritten."""
    return [
        finding(
            "error",
            "not written",
            "this text was added by avn-aid upgrade and is not written yet; write it "
            "before the pathway is used with patients",
            *where.at(path),
        )
        for path, text in strings(located.data)
        if text == NOT_WRITTEN
    ]


def _cited(node: Any, top: bool = True) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("sources", "crutch_time_sources") and not top and isinstance(value, list):
                yield from (str(v) for v in value)
            else:
                yield from _cited(value, top=False)
    elif isinstance(node, list):
        for item in node:
            yield from _cited(item, top=False)


def _uncited_sources(pathway: Pathway, located: LocatedData, where: Locator) -> list[Problem]:
    cited = set(_cited(located.data))
    return [
        finding(
            "error",
            "uncited source",
            f"source {s.id} is defined but nothing cites it",
            *where.at(("sources", i)),
        )
        for i, s in enumerate(pathway.sources)
        if s.id not in cited
    ]


def _source_findings(pathway: Pathway, where: Locator) -> list[Problem]:
    """A reader must be able to find every source: a document that is not one of the seed
    files needs its title and where it was published or can be read."""
    findings = []
    for i, source in enumerate(pathway.sources):
        if source.file is None and (
            source.title is None or (source.url is None and source.published_in is None)
        ):
            findings.append(
                finding(
                    "error",
                    "unfindable source",
                    f"source {source.id} needs its title and published_in or url, so that a "
                    "reader can find it",
                    *where.at(("sources", i)),
                )
            )
    return findings


def _promotional_findings(pathway: Pathway, where: Locator) -> list[Problem]:
    """A status that rests only on pages selling the treatment is not evidence-based."""
    promotional = {s.id for s in pathway.sources if s.kind == "promotional_page"}
    findings = []
    for i, option in enumerate(pathway.options):
        decisions: list[tuple[tuple[str | int, ...], str, tuple[str, ...]]] = [
            (("options", i, "rules", j), f"rule {option.id}/{r.id}", r.sources)
            for j, r in enumerate(option.rules)
        ]
        decisions.append(
            (("options", i, "default"), f"{option.id} default", option.default.sources)
        )
        for path, name, sources in decisions:
            if set(sources) <= promotional:
                findings.append(
                    finding(
                        "error",
                        "promotional only",
                        f"{name} cites only promotional sources ({', '.join(sources)}); a "
                        "status needs at least one source that does not sell the treatment",
                        *where.at(path),
                    )
                )
    return findings


def _figure_findings(pathway: Pathway, where: Locator) -> list[Problem]:
    """A count printed with a figure must be one the source states (issue: an invented
    '45 of 50'); every figure must say whether its source states one."""
    findings = []
    for i, option in enumerate(pathway.options):
        for j, outcome in enumerate(option.outcomes):
            at = where.at(("options", i, "outcomes", j))
            if outcome.denominator is not None and outcome.stated_denominator is not True:
                findings.append(
                    finding(
                        "error",
                        "unstated denominator",
                        f"outcome {option.id}/{outcome.id} gives denominator "
                        f"{outcome.denominator} but not stated_denominator: true; print a count "
                        "only when the source states it",
                        *at,
                    )
                )
            elif outcome.stated_denominator is True and outcome.denominator is None:
                findings.append(
                    finding(
                        "error",
                        "unstated denominator",
                        f"outcome {option.id}/{outcome.id} says the source states a "
                        "denominator but gives none",
                        *at,
                    )
                )
            elif outcome.stated_denominator is None:
                findings.append(
                    finding(
                        "warning",
                        "unstated denominator",
                        f"outcome {option.id}/{outcome.id}: say whether the source states how "
                        "many were counted (stated_denominator: true or false)",
                        *at,
                    )
                )
    return findings


def _consistency_findings(pathway: Pathway, where: Locator) -> list[Problem]:
    """A stage for which every collapse status is impossible can never be entered."""
    findings = []
    for i, stage in enumerate(pathway.staging.stages):
        if all(
            pathway.staging.impossible_rule(stage.id, c.id) is not None
            for c in pathway.staging.collapse
        ):
            findings.append(
                finding(
                    "error",
                    "impossible stage",
                    f"stage {stage.id} is impossible with every collapse status",
                    *where.at(("staging", "stages", i)),
                )
            )
    return findings
