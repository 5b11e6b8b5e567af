"""`avn-aid evidence`: every statement once, with where it appears and its sources."""

from __future__ import annotations

from avn_aid.authoring.evidence import statements, worksheet
from avn_aid.loading import load_pathway
from avn_aid.model.runtime import Located, field_names, is_record


def _located(node: object) -> int:
    """An independent count of the cited items in a pathway."""
    count = 1 if isinstance(node, Located) else 0
    if isinstance(node, tuple):
        return sum(_located(item) for item in node)
    if is_record(node):
        count += sum(_located(getattr(node, name)) for name in field_names(node))
    return count


def test_every_cited_statement_is_listed_once(default_document):
    pathway = default_document.pathway
    found = statements(pathway)
    cited = [s for s in found if s.sources]
    # Every cited item, and each option's time on crutches (cited by crutch_time_sources).
    assert len(cited) == _located(pathway) + len(pathway.options)
    assert len({s.where for s in found}) == len(found)  # each place once
    text = worksheet(default_document)
    assert text.count("\n- [ ] `") == len(found)
    # The pathway's own decisions (what we do about a disagreement) are listed too.
    decisions = [s for s in found if not s.sources]
    assert len(decisions) == len(pathway.disagreements) + 1  # + the staging note
    assert "sources: none (the pathway's own decision)" in text


def test_sources_locators_and_places(default_document):
    text = worksheet(default_document)
    pathway = default_document.pathway
    for source in pathway.sources:
        assert f"| {source.id} | " in text and f"- **{source.id}** (" in text
    # A locator is printed beside its source.
    assert "s003 (Abstract; Results (hip survival analysis))" in text
    # Where a statement appears, by section and id, and what it says.
    assert "`options[core_decompression].rules[minimal-collapse]` (Rule)" in text
    assert "  - when: stages II/IIB/III, collapse minimal" in text
    assert "`protocols[staged-12-week].phases[0]` (Phase)" in text
    assert "`caveats[pregnancy]` (Caveat)" in text
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Sources",
        "## Staging",
        "## Contraindications",
        "## Risk factors",
        "## Options",
        "## Recovery protocols",
        "## Caveats",
        "## Disagreements",
        "## Statements by source",
    ]


def test_a_status_resting_on_a_sales_page_alone_is_marked(write_pathway):
    path = write_pathway(
        (
            "        sources: [zhang2018, mont1996, s001]\n",
            "        sources: [s001]\n",
        )
    )
    text = worksheet(load_pathway(path))
    assert "  - sources: s001 - promotional only" in text


def test_the_time_on_crutches_is_a_statement_with_its_sources(default_document):
    """The grid prints it, so the reviewer ticks it off like any other statement (F25)."""
    found = {s.where: s for s in statements(default_document.pathway)}
    crutches = found["options[total_hip_arthroplasty].crutch_time"]
    assert crutches.sources == ("manktelow_recovery", "roh_recovery")
    assert crutches.says[0].startswith("crutch_time: Crutches or sticks for the first few weeks")
    assert not any("crutch_time" in line for line in found["options[total_hip_arthroplasty]"].says)
