"""Hostile and broken pathway files are refused quickly, with located messages."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from avn_aid.errors import PathwayError
from avn_aid.loading import load_pathway
from tests.conftest import default_version, line_of


def _problems(path: Path) -> list[str]:
    with pytest.raises(PathwayError) as caught:
        load_pathway(path)
    return [str(p) for p in caught.value.problems]


def test_duplicate_key_is_an_error_at_the_second_key(write_pathway, default_text):
    """PyYAML would keep the last value; we refuse and point at the repeat."""
    path = write_pathway(("  title: Osteonecrosis", "  title: Other\n  title: Osteonecrosis"))
    problems = _problems(path)
    second = line_of(default_text, "  title: Osteonecrosis") + 1
    assert any(f":{second}:3: duplicate key 'title'" in p for p in problems), problems


def test_python_tags_are_refused_and_nothing_runs(tmp_path):
    """A !!python tag is reported, never constructed."""
    path = tmp_path / "evil.yaml"
    path.write_text('metadata: !!python/object/apply:os.system ["touch pwned"]\n')
    problems = _problems(path)
    assert any(
        "evil.yaml:1:11: tag 'tag:yaml.org,2002:python/object/apply:os.system'" in p
        for p in problems
    )
    assert not (tmp_path / "pwned").exists()


def test_alias_bomb_is_refused_quickly(tmp_path):
    """Nested aliases that would expand to billions of values stop early."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n")
    start = time.perf_counter()
    problems = _problems(path)
    assert time.perf_counter() - start < 5
    assert any("expands to more than" in p for p in problems)


def test_syntax_error_names_line_and_column(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("metadata:\n  id: x\n  title: [unclosed\n")
    problems = _problems(path)
    assert len(problems) == 1 and problems[0].startswith(f"{path}:")
    assert "YAML syntax error" in problems[0]


def test_empty_file(tmp_path):
    path = tmp_path / "empty.yaml"
    path.write_text("")
    assert _problems(path) == [f"{path}:1:1: the file is empty"]


def test_binary_garbage(tmp_path):
    path = tmp_path / "garbage.yaml"
    path.write_bytes(bytes(range(256)) * 4)
    assert "not a text file" in _problems(path)[0]


def test_invalid_utf8(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("metadata:\n  title: Zo\xeb\n".encode("latin-1"))
    assert ":2:1: this is not UTF-8" in _problems(path)[0]


def test_huge_file_refused_before_reading(tmp_path):
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"# " + b"x" * 2_000_000 + b"\n")
    assert "at most" in _problems(path)[0]


def test_not_a_mapping(tmp_path):
    path = tmp_path / "list.yaml"
    path.write_text("- a\n- b\n")
    assert "must be a mapping" in _problems(path)[0]


def test_unknown_key_is_located_at_the_key(write_pathway, default_text):
    """A misspelt key is an error, not a silently ignored rule."""
    path = write_pathway(
        (
            "        when: {collapse: [none], age: {min: 18, max: 65}}\n        status: consider\n",
            "        when: {collapse: [none], age: {min: 18, max: 65}}\n        status: consider\n"
            "        stauts: consider\n",
        )
    )
    problems = _problems(path)
    line = line_of(default_text, "        when: {collapse: [none], age: {min: 18, max: 65}}\n") + 2
    assert any(
        f":{line}:9: unknown key 'stauts'" in p
        and "options[core_decompression_bmac].rules[pre-collapse-study-ages]" in p
        for p in problems
    ), problems


def test_dangling_references_are_all_reported(write_pathway):
    """Unknown sources, options, protocols and stages: every one, located, named by id."""
    path = write_pathway(
        ("    protocol: staged-12-week", "    protocol: no-such-protocol"),
        ("        sources: [s001, s002, s003, s000]", "        sources: [s999]"),
        (
            "      - options: [core_decompression_bmac]\n        ceiling: not_recommended\n        text: the study of cells left out people with a weak",
            "      - options: [stem_cells]\n        ceiling: not_recommended\n        text: the study of cells left out people with a weak",
        ),
        ("        when: {stages: [IV]}", "        when: {stages: [V]}"),
    )
    problems = _problems(path)
    text = "\n".join(problems)
    assert "unknown protocol 'no-such-protocol'" in text
    assert "unknown source 's999'" in text
    assert "unknown option 'stem_cells'" in text
    assert "unknown stage 'V'" in text
    assert len(problems) == 4


def test_schema_and_reference_problems_reported_together(write_pathway):
    path = write_pathway(
        ("    kind: absolute\n", "    kind: sometimes\n"),
        ("    protocol: staged-12-week", "    protocol: nowhere"),
    )
    text = "\n".join(_problems(path))
    assert "'sometimes' is not allowed here" in text and "unknown protocol 'nowhere'" in text


def test_wrong_type_message_speaks_yaml(write_pathway):
    path = write_pathway((f'  version: "{default_version()}"', "  version: 0.3"))
    assert any("expected text; if it looks like a number" in p for p in _problems(path))


def test_duplicate_ids_are_errors(write_pathway):
    path = write_pathway(("  - id: s002\n", "  - id: s001\n"))
    assert any("source id 's001' is defined twice" in p for p in _problems(path))


def test_absolute_contraindication_must_contraindicate(write_pathway):
    path = write_pathway(("        ceiling: contraindicated\n", "        ceiling: consider\n"))
    assert any("absolute contraindication" in p for p in _problems(path))


def test_missing_file_and_folder(tmp_path):
    assert "cannot read the file" in _problems(tmp_path / "absent.yaml")[0]
    assert "folder" in _problems(tmp_path)[0]
