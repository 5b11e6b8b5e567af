"""`--value KEY=N`, `--leaning OPTION` and `--sure KEY=yes|no`: what matters to the patient."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from avn_aid.model.runtime import Pathway

if TYPE_CHECKING:
    from avn_aid.model.values import Preferences

# The SURE test's keys, as model/values.py names them (a test keeps the two equal); here so
# that building the parser, which every command does, imports no pydantic model.
SURE_KEYS = ("sure", "understand", "risk_benefit", "encouragement")


def add_preference_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("what matters to the patient (printed in the handout)")
    group.add_argument(
        "--value",
        action="append",
        default=[],
        metavar="KEY=N",
        help="how much a value item matters, 1 (not at all) to 5 (a lot); repeatable; "
        "keys are the pathway's value items (see its values: list)",
    )
    group.add_argument(
        "--leaning",
        default=None,
        metavar="OPTION",
        help="id of the option the patient leans towards",
    )
    group.add_argument(
        "--sure",
        action="append",
        default=[],
        metavar="KEY=yes|no",
        help=f"a SURE test answer; KEY is one of {', '.join(SURE_KEYS)}; repeatable",
    )


def preferences_from_args(args: argparse.Namespace, pathway: Pathway) -> Preferences:
    """The answers, refusing keys the pathway does not define (and listing those it does)."""
    from avn_aid.model.values import Preferences, check_preferences, parse_rating, parse_sure

    preferences = Preferences(
        values=dict(parse_rating(text) for text in args.value),
        leaning=args.leaning,
        sure=dict(parse_sure(text) for text in args.sure),
    )
    check_preferences(
        preferences,
        tuple(v.id for v in pathway.values),
        tuple(o.id for o in pathway.options),
    )
    return preferences
