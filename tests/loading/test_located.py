"""Located data finds the nearest recorded place and walks every text once."""

from __future__ import annotations

from avn_aid.loading.located import LocatedData, Mark, strings
from avn_aid.loading.safe_yaml import load_located


def test_a_path_without_a_mark_falls_back_to_its_nearest_parent():
    located = LocatedData({"a": {"b": 1}}, value_marks={("a",): Mark(2, 3)})
    assert located.mark(("a", "b", 0)) == Mark(2, 3)
    assert located.mark(("z",)) == Mark(1, 1)
    located.key_marks[("a",)] = Mark(1, 1)
    assert located.mark(("a",), key=True) == Mark(1, 1)


def test_strings_yields_texts_in_file_order_and_shared_parts_where_defined():
    data = load_located("a: &x [one, {b: two}]\nc: *x\nd: 3\ne: four\n", "f.yaml").data
    assert list(strings(data)) == [(("a", 0), "one"), (("a", 1, "b"), "two"), (("e",), "four")]
