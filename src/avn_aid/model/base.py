"""The strict base model every pathway and result model derives from."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class StrictModel(BaseModel):
    """Frozen, and unknown keys are errors.

    A clinical lead who misspells `contraindicated` as a key must be told, not have the
    rule silently ignored; frozen instances make a loaded pathway safe to share between
    the GUI, the engine and the handout.
    """

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        str_strip_whitespace=True,
        use_attribute_docstrings=False,
        defer_build=True,
    )
