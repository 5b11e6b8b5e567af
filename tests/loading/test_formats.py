"""Files written for an older pathway format are named as such and upgraded without invention."""

from __future__ import annotations

import pytest

from avn_aid.authoring.regions import patient_changes
from avn_aid.errors import PathwayError
from avn_aid.loading import load_pathway
from avn_aid.loading.formats import NOT_WRITTEN, older_format, upgrade_text
from avn_aid.loading.loader import upgrade_pathway
from avn_aid.loading.safe_yaml import load_located
from tests.authoring.conftest import check_file
from tests.conftest import line_of

CRUTCHES = "    crutch_time: A stick or crutches if they help"
SHORT = (
    "        short: >-\n"
    "          A seller claims 80 to 95 in 100 avoided collapse and joint replacement over 5 to 10\n"
    "          years, by the seller's own definition; it gives no study or numbers.\n"
)


def _handout_section(text: str) -> str:
    start = text.index("handout:\n")
    return text[start : text.index("\nvalues:", start) + 1]


def older_text(text: str) -> str:
    """The pathway as the old format had it: always_listed, no handout:, no short:."""
    for old, new in (
        (CRUTCHES, "    always_listed: true\n" + CRUTCHES),
        (SHORT, ""),
        (_handout_section(text), ""),
    ):
        assert old in text
        text = text.replace(old, new, 1)
    return text


@pytest.fixture
def older(write_pathway, default_text):
    return write_pathway(text=older_text(default_text), name="avn-hip.yaml")


def test_an_older_file_is_named_as_such_above_its_located_problems(older):
    with pytest.raises(PathwayError) as caught:
        load_pathway(older, use_cache=False)
    first, *rest = caught.value.problems
    assert (first.line, first.column) == (1, 1)
    assert "older pathway format" in first.message and f"avn-aid upgrade {older}" in first.message
    for what in ("always_listed was removed", "handout: section", "range needs short:"):
        assert what in first.message
    assert [p.where for p in rest] == [
        "handout",
        "options[observation].always_listed",
        "options[core_decompression_bmac].outcomes[promotional-claim]",
    ]


def test_upgrade_edits_only_what_changed_and_marks_what_to_write(older, default_document):
    text = older.read_text()
    document, upgraded = upgrade_pathway(older)
    assert [(p.line, p.message) for p in upgraded.done] == [
        (line_of(text, "    always_listed: true"), "removed options[observation].always_listed"),
        (
            line_of(text, "      - id: promotional-claim"),
            "added short: to options[core_decompression_bmac].outcomes[promotional-claim]",
        ),
        (text.count("\n"), "added handout: at the end (3 texts to write)"),
    ]
    assert upgraded.to_write == 4 and upgraded.text.count(NOT_WRITTEN) == 4
    old_lines = text.splitlines()
    new_lines = upgraded.text.splitlines()
    kept = [line for line in new_lines if NOT_WRITTEN not in line]
    added = [
        "# Added by avn-aid upgrade: the handout's own words, for the pathway's authors",
        "# to write (avn-aid check lists every text not written yet).",
        "handout:",
        "  questions:",
    ]
    assert kept == [line for line in old_lines if "always_listed" not in line] + added
    # Nothing that decides an answer moved: no patient is answered differently.
    assert patient_changes(default_document.pathway, document.pathway)[1] == {}


def test_check_refuses_every_text_upgrade_left_to_write(older, tmp_path, default_text):
    upgraded = tmp_path / "up" / "avn-hip.yaml"
    upgraded.parent.mkdir()
    upgraded.write_text(upgrade_pathway(older)[1].text)
    report = check_file(upgraded)
    lines = upgraded.read_text().splitlines()
    assert sorted(f.line for f in report.errors if f.kind == "not written") == [
        n for n, line in enumerate(lines, 1) if NOT_WRITTEN in line
    ]


def test_a_current_file_is_left_as_it_is(default_text, write_pathway):
    path = write_pathway()
    _, upgraded = upgrade_pathway(path)
    assert upgraded.text == default_text and upgraded.done == () and upgraded.to_write == 0


def test_what_cannot_be_edited_line_by_line_is_left_to_a_person():
    text = "metadata: {}\noptions:\n  - {id: a, always_listed: true}\n  - id: b\n    always_listed: >-\n      true\n"
    with pytest.raises(PathwayError) as caught:
        upgrade_text(text, load_located(text, "f.yaml"), "f.yaml")
    assert [(p.line, p.column, p.message) for p in caught.value.problems] == [
        (3, 13, "remove always_listed here by hand"),
        (5, 5, "remove always_listed here by hand"),
    ]
    flow = "{metadata: {}, options: []}\n"
    assert [f.change.id for f in older_format(load_located(flow, "f.yaml").data)] == ["handout"]
    with pytest.raises(PathwayError, match="add a handout: section by hand"):
        upgrade_text(flow, load_located(flow, "f.yaml"), "f.yaml")


def test_other_problems_are_named_at_the_old_files_lines(older):
    text = older.read_text().replace("  version:", "  versio:", 1)
    older.write_text(text)
    with pytest.raises(PathwayError) as caught:
        upgrade_pathway(older)
    assert ("unknown key 'versio'", line_of(text, "  versio:")) in [
        (p.message.split(" (")[0], p.line) for p in caught.value.problems
    ]
