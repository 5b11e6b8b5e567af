"""What matters to the patient as files state it (value items, saved answers), by pydantic."""

# The pathway's value items (`values:` in the YAML) and the patient's answers in a saved
# session. Valid answers become the plain `model.values.Preferences`, which checks the
# common case itself and asks this model only about anything else.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from avn_aid.model.base import StrictModel
from avn_aid.model.types import Bool, Int
from avn_aid.model.values import HIGHEST, LOWEST, SureKey

Rating = Annotated[Int, Field(ge=LOWEST, le=HIGHEST)]


class ValueItem(StrictModel):
    """One thing that may matter to a patient when choosing, rated 1 (not at all) to 5 (a lot)."""

    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_]*$", max_length=40)] = Field(
        description="Stable key, used on the command line as --value KEY=N and in sessions."
    )
    label: Annotated[str, Field(min_length=1, max_length=120)] = Field(
        description="The item as the patient reads it, e.g. 'Keeping my own hip'."
    )


class Preferences(StrictModel):
    """The patient's answers; every part is optional."""

    values: dict[str, Rating] = Field(
        default_factory=dict, description="Rating 1-5 per value item id."
    )
    leaning: str | None = Field(
        default=None, description="Id of the option the patient is leaning towards."
    )
    sure: dict[SureKey, Bool] = Field(
        default_factory=dict, description="The SURE test answers, yes (true) or no (false)."
    )
