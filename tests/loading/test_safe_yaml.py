"""Syntax errors and forbidden characters become located problems, never tracebacks."""

from __future__ import annotations

import pytest

from avn_aid.errors import PathwayError
from avn_aid.loading.safe_yaml import load_located, load_yaml_file


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("a:\n\tb: 1\n", (2, 1), "a tab is used for indentation"),
        ("a: \x07\n", (1, 4), "U+0007 is not allowed"),
        ("a: [1, 2\n", (2, 1), "YAML syntax error"),
        ("", (1, 1), "the file is empty"),
    ],
)
def test_syntax_problems_are_located(text, where, message):
    with pytest.raises(PathwayError) as caught:
        load_located(text, "f.yaml")
    (problem,) = caught.value.problems
    assert (problem.file, (problem.line, problem.column)) == ("f.yaml", where)
    assert message in problem.message


def test_a_file_that_cannot_be_read_is_a_problem_at_its_first_line(tmp_path):
    with pytest.raises(PathwayError) as caught:
        load_yaml_file(tmp_path, "a test-case file")
    (problem,) = caught.value.problems
    assert str(problem) == f"{tmp_path}:1:1: this is a folder, not a test-case file"
