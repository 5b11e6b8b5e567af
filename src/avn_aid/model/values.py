"""What matters to the patient: the value items a pathway asks about, and the patient's answers.

The items live in the pathway YAML (`values:`); the answers (a 1-5 rating per item, the
option the patient is leaning towards, the four SURE questions) come from the wizard, a
session file or `avn-aid handout --value KEY=N`, and are printed beside the options.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from avn_aid.errors import InputError
from avn_aid.model.base import StrictModel
from avn_aid.model.types import Bool, Int

LOWEST, HIGHEST = 1, 5
Rating = Annotated[Int, Field(ge=LOWEST, le=HIGHEST)]
# The SURE test (Légaré et al. 2010): Sure of myself, Understand information,
# Risk-benefit ratio, Encouragement; each answered yes or no.
SureKey = Literal["sure", "understand", "risk_benefit", "encouragement"]
SURE_KEYS: tuple[SureKey, ...] = ("sure", "understand", "risk_benefit", "encouragement")


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

    @property
    def empty(self) -> bool:
        return not self.values and self.leaning is None and not self.sure


def check_preferences(
    preferences: Preferences, value_ids: tuple[str, ...], option_ids: tuple[str, ...]
) -> None:
    """Refuse keys the pathway does not define, listing the ones it does."""
    unknown = sorted(set(preferences.values) - set(value_ids))
    if unknown:
        raise InputError(
            f"unknown value item {', '.join(unknown)}; this pathway asks about: "
            + ", ".join(value_ids)
        )
    if preferences.leaning is not None and preferences.leaning not in option_ids:
        raise InputError(
            f"unknown option '{preferences.leaning}' to lean towards; the options are: "
            + ", ".join(option_ids)
        )


def parse_rating(text: str) -> tuple[str, int]:
    """'keep_hip=4' -> ('keep_hip', 4), with a message a person can act on otherwise."""
    key, sep, number = text.partition("=")
    if not sep or not key.strip():
        raise InputError(f"--value '{text}': write KEY=N, for example keep_own_hip=5")
    # Digits only: int() would also read '4_5', ' 5' and other scripts' digits.
    rating = int(number) if number.isascii() and number.isdigit() and len(number) < 3 else 0
    if not LOWEST <= rating <= HIGHEST:
        raise InputError(f"--value '{text}': N is a whole number from {LOWEST} to {HIGHEST}")
    return key.strip(), rating


def parse_sure(text: str) -> tuple[SureKey, bool]:
    """'sure=yes' -> ('sure', True)."""
    key, _, answer = text.partition("=")
    if key not in SURE_KEYS or answer.lower() not in ("yes", "no"):
        raise InputError(
            f"--sure '{text}': write KEY=yes or KEY=no with KEY one of {', '.join(SURE_KEYS)}"
        )
    return key, answer.lower() == "yes"
