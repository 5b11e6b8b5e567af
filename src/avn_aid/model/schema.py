"""The JSON Schema of the pathway format, for editors that complete and check YAML."""

from __future__ import annotations

import json

from avn_aid.model.pathway import Pathway


def pathway_schema() -> dict[str, object]:
    schema = Pathway.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "avn-aid pathway"
    return schema


def pathway_schema_json() -> str:
    return json.dumps(pathway_schema(), indent=2, sort_keys=True) + "\n"
