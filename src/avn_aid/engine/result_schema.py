"""The JSON Schema of `Result.to_json()`, read from the result's records and their type hints."""

from __future__ import annotations

import types
import typing
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, Literal

from avn_aid.engine.result import JSON_KEYS, Result, excluded_from_json
from avn_aid.model.patient import Patient
from avn_aid.model.record import Record, record_fields
from avn_aid.model.status import Status


@dataclass(frozen=True, kw_only=True)
class FlatPatient:
    """A one-hip patient as `recommend --json` has always written it."""

    age: int
    stage: str
    collapse: str
    contraindications: tuple[str, ...]
    risk_factors: tuple[str, ...]
    symptoms: Literal["yes", "no"] | None = field(metadata={"description": "null when not asked."})
    failed_conservative_care: Literal["yes", "no"] | None = field(
        metadata={"description": "null when not asked."}
    )


def result_schema() -> dict[str, Any]:
    """The JSON Schema of `Result.to_json()`: both the one-hip and the two-hip form."""
    defs: dict[str, Any] = {}
    _Schema(defs).of_record(Result)
    _Schema(defs).of_record(FlatPatient)
    schema: dict[str, Any] = defs.pop("Result")
    from avn_aid.model import patient_format

    patient = patient_format.Patient.model_json_schema(mode="serialization")
    defs.update(patient.pop("$defs", {}))
    defs["Patient"] = patient
    props = schema["properties"]
    props["patient"] = {
        "anyOf": [{"$ref": "#/$defs/FlatPatient"}, {"$ref": "#/$defs/Patient"}],
        "description": "One hip: the flat form (age, stage, collapse, ...). Two hips: "
        "age, contraindications and risk factors of the patient, and `hips`.",
    }
    props["options"]["description"] = "One-hip results only: that hip's options."
    props["protocols"]["description"] = "One-hip results only: that hip's protocols."
    props["caveats"]["description"] = (
        "One hip: every caveat that applies. Two hips: those about the patient as a whole "
        "and about treating both hips; each hip's own are in `hips`."
    )
    props["hips"]["description"] = "Each affected hip's answer (one or two hips)."
    schema["required"] = [k for k in JSON_KEYS if k not in ("options", "protocols")]
    schema["$defs"] = dict(sorted(defs.items()))
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "avn-aid result (recommend --json)"
    return schema


class _Schema:
    """JSON Schema of the records' JSON form, read from their type hints."""

    def __init__(self, defs: dict[str, Any]) -> None:
        self.defs = defs

    def of_record(self, cls: type[Any]) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required = []
        for item in record_fields(cls) if issubclass(cls, Record) else fields(cls):
            if excluded_from_json(item):
                continue
            prop = self.of(hints[item.name])
            if "description" in item.metadata:
                prop = {**prop, "description": item.metadata["description"]}
            properties[item.name] = prop
            if item.default is MISSING and item.default_factory is MISSING:
                required.append(item.name)
        schema: dict[str, Any] = {
            "additionalProperties": False,
            "properties": properties,
            "required": required,
            "title": cls.__name__,
            "type": "object",
        }
        if cls.__doc__ and not cls.__doc__.startswith(f"{cls.__name__}("):
            schema["description"] = " ".join(cls.__doc__.split())
        self.defs[cls.__name__] = schema
        return schema

    def of(self, hint: Any) -> dict[str, Any]:
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        if hint is type(None):
            return {"type": "null"}
        if origin is Literal:
            return {"enum": list(args), "type": "string"}
        if origin in (typing.Union, types.UnionType):
            return {"anyOf": [self.of(a) for a in args]}
        if origin is tuple:
            return {"items": self.of(args[0]), "type": "array"}
        if origin is not None and args and len(args) == 2:  # a mapping of str to values
            return {"additionalProperties": self.of(args[1]), "type": "object"}
        if isinstance(hint, type) and issubclass(hint, Status):
            self.defs.setdefault(
                "Status", {"enum": [s.value for s in Status], "title": "Status", "type": "string"}
            )
            return {"$ref": "#/$defs/Status"}
        if hint is Patient:  # its schema is its pydantic model's (result_schema adds it)
            return {"$ref": "#/$defs/Patient"}
        if isinstance(hint, type) and (
            issubclass(hint, Record) or hasattr(hint, "__dataclass_fields__")
        ):
            if hint.__name__ not in self.defs:
                self.defs[hint.__name__] = {}  # placeholder: records may refer to themselves
                self.of_record(hint)
            return {"$ref": f"#/$defs/{hint.__name__}"}
        simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
        if hint in simple:
            return {"type": simple[hint]}
        if getattr(hint, "__name__", "") == "date":
            return {"format": "date", "type": "string"}
        raise TypeError(f"no JSON Schema for {hint!r}")
