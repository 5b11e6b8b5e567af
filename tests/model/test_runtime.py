"""The plain pathway records mirror the pathway format field for field, and say the same."""

from __future__ import annotations

import inspect
import json

import pytest
from pydantic import BaseModel

from avn_aid.loading.loader import load_located_pathway
from avn_aid.model import pathway as validated
from avn_aid.model.runtime import RECORDS, field_names, from_validated, to_json
from avn_aid.resources import default_pathway

FORMAT_CLASSES = {
    name: cls
    for name, cls in vars(validated).items()
    if inspect.isclass(cls)
    and issubclass(cls, BaseModel)
    and cls.__module__
    in (
        "avn_aid.model.pathway",
        "avn_aid.model.values_format",
    )
}
# Bases that only share fields; no value of them stands alone in a pathway.
BASES = {"Located", "Modifier"}


def test_every_format_class_has_a_record_and_back():
    assert len(FORMAT_CLASSES) > 20  # found the format's classes, not nothing
    assert set(FORMAT_CLASSES) - BASES == set(RECORDS)


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_a_record_has_the_format_fields_in_order(name):
    """Same names in the same order: the JSON, the diff report and the evidence worksheet
    list them in this order."""
    assert field_names(RECORDS[name]) == tuple(FORMAT_CLASSES[name].model_fields)


def test_the_plain_pathway_dumps_as_the_validated_one():
    """to_json of the records is pydantic's own JSON of the validated model, byte for byte."""
    document, located = load_located_pathway(default_pathway())
    model = validated.Pathway.model_validate(located.data, context={"references_checked": True})
    assert json.dumps(to_json(document.pathway)) == json.dumps(model.model_dump(mode="json"))
    assert from_validated(model) == document.pathway
    assert type(document.pathway).__module__ == "avn_aid.model.runtime"
