"""`--value KEY=N`, `--leaning OPTION` and `--sure KEY=yes|no`: what matters to the patient."""

from __future__ import annotations

import argparse

from avn_aid.model.runtime import Pathway
from avn_aid.model.values import (
    SURE_KEYS,
    Preferences,
    check_preferences,
    parse_rating,
    parse_sure,
)


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
