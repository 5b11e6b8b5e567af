"""What matters to the patient: the value items a pathway asks about, and the patient's answers.

The items live in the pathway YAML (`values:`); the answers (a 1-5 rating per item, the
option the patient is leaning towards, the four SURE questions) come from the wizard, a
session file or `avn-aid handout --value KEY=N`, and are printed beside the options.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal

from avn_aid.errors import InputError

LOWEST, HIGHEST = 1, 5
# The SURE test (Légaré et al. 2010): Sure of myself, Understand information,
# Risk-benefit ratio, Encouragement; each answered yes or no.
SureKey = Literal["sure", "understand", "risk_benefit", "encouragement"]
SURE_KEYS: tuple[SureKey, ...] = ("sure", "understand", "risk_benefit", "encouragement")
_NONE: Mapping[Any, Any] = MappingProxyType({})  # not given: no answers


@dataclass(frozen=True, slots=True)
class Preferences:
    """The patient's answers; every part is optional.

    Building one checks it: the usual answers (ratings 1-5 by item id, an option id,
    SURE yes or no) are checked here; anything else goes to the pydantic model in
    `values_format.py`, which refuses it with its located errors (a ValidationError) or
    says what it means (spaces stripped). So the wizard, which starts without pydantic,
    and a session file mean the same answers the same way.
    """

    values: dict[str, int]  # rating 1-5 per value item id
    leaning: str | None  # id of the option the patient is leaning towards
    sure: dict[SureKey, bool]  # the SURE test's answers

    def __init__(
        self,
        *,
        values: Mapping[str, int] = _NONE,
        leaning: str | None = None,
        sure: Mapping[SureKey, bool] = _NONE,
    ) -> None:
        given: dict[str, Any] = {
            "values": {} if values is _NONE else values,
            "leaning": leaning,
            "sure": {} if sure is _NONE else sure,
        }
        if not _plain(given["values"], leaning, given["sure"]):
            given = _checked(given)
        object.__setattr__(self, "values", dict(given["values"]))
        object.__setattr__(self, "leaning", given["leaning"])
        object.__setattr__(self, "sure", dict(given["sure"]))

    @property
    def empty(self) -> bool:
        return not self.values and self.leaning is None and not self.sure

    def as_dict(self) -> dict[str, Any]:
        """The answers as the pydantic model reads them (and as sessions store them)."""
        return {"values": dict(self.values), "leaning": self.leaning, "sure": dict(self.sure)}

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Inside a pydantic model (a session) the answers are read by the pydantic model,
        with its errors and locations, then made plain."""
        from pydantic_core import core_schema

        from avn_aid.model import values_format

        from_model = core_schema.no_info_after_validator_function(
            _from_model, handler.generate_schema(values_format.Preferences)
        )
        return core_schema.json_or_python_schema(
            json_schema=from_model,
            # Answers built in Python were checked when they were built.
            python_schema=core_schema.union_schema(
                [core_schema.is_instance_schema(cls), from_model]
            ),
            serialization=core_schema.plain_serializer_function_ser_schema(Preferences.as_dict),
        )


def _is_key(value: object) -> bool:
    return type(value) is str and value == value.strip()


def _is_rating(value: object) -> bool:
    return type(value) is int and LOWEST <= value <= HIGHEST


def _plain(values: object, leaning: object, sure: object) -> bool:
    """True when the answers are of the usual kinds, needing no conversion."""
    return (
        type(values) is dict
        and all(_is_key(k) and _is_rating(v) for k, v in values.items())
        and (leaning is None or _is_key(leaning))
        and type(sure) is dict
        and all(k in SURE_KEYS and type(v) is bool for k, v in sure.items())
    )


def _checked(given: dict[str, Any]) -> dict[str, Any]:
    """Anything out of the ordinary: the pydantic model refuses it or says what it means."""
    from avn_aid.model import values_format

    return _from_model(values_format.Preferences(**given)).as_dict()


def _from_model(model: Any) -> Preferences:
    return Preferences(values=model.values, leaning=model.leaning, sure=model.sure)


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
