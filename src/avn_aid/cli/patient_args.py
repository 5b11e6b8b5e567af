"""The patient options shared by `recommend` and `handout`, checked against the pathway."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from pydantic import ValidationError

from avn_aid.engine.inputs import unknown_id_messages
from avn_aid.errors import InputError
from avn_aid.loading.loader import load_pathway
from avn_aid.loading.messages import describe_error
from avn_aid.model.document import PathwayDocument
from avn_aid.model.pathway import Pathway
from avn_aid.model.patient import Patient
from avn_aid.model.types import MAX_AGE
from avn_aid.resources import default_pathway
from avn_aid.text import excerpt

_DIGITS = re.compile(r"[0-9]+")
MAX_LISTED = 20  # messages shown before the rest are counted


def whole_years(text: str) -> int:
    """An age as the digits 0-9 only: int() would also take '4_5', ' 45', '+45' and '٤٥'."""
    if not _DIGITS.fullmatch(text):
        raise argparse.ArgumentTypeError(
            f"{excerpt(text)} is not a whole number of years (for example --age 45)"
        )
    if len(text) > 3 or int(text) > MAX_AGE:
        raise argparse.ArgumentTypeError(
            f"{excerpt(text)} is not a plausible age (ages run from 0 to {MAX_AGE})"
        )
    return int(text)


def add_patient_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("patient")
    group.add_argument("--age", type=whole_years, required=True, help="age in whole years")
    group.add_argument("--stage", required=True, help="Ficat stage: I, II, IIA, IIB, III or IV")
    group.add_argument("--collapse", required=True, help="none, minimal or advanced")
    group.add_argument(
        "--contraindication",
        action="append",
        default=[],
        metavar="ID",
        help="a contraindication id (repeatable); see --help for the list",
    )
    group.add_argument(
        "--risk-factor",
        action="append",
        default=[],
        metavar="ID",
        help="a risk factor id (repeatable)",
    )
    add_pathway_argument(parser)


def add_pathway_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--pathway",
        type=Path,
        default=None,
        metavar="FILE",
        help="pathway YAML file (default: the bundled avn-hip.yaml)",
    )


def load_chosen_pathway(args: argparse.Namespace) -> PathwayDocument:
    return load_pathway(args.pathway or default_pathway())


def patient_from_args(args: argparse.Namespace, pathway: Pathway) -> Patient:
    """Build the patient, refusing ids the pathway does not define, listing the valid ones."""
    try:
        patient = Patient(
            age=args.age,
            stage=args.stage,
            collapse=args.collapse,
            contraindications=tuple(args.contraindication),
            risk_factors=tuple(args.risk_factor),
        )
    except ValidationError as exc:
        raise InputError(
            "\n".join(
                f"--{str(e['loc'][0]).replace('_', '-')}: {describe_error(e, ())}"
                for e in exc.errors(include_url=False)[:MAX_LISTED]
            )
        ) from None
    unknown = unknown_id_messages(pathway, patient)
    if unknown:
        shown = [m.text for m in unknown[:MAX_LISTED]]
        if len(unknown) > MAX_LISTED:
            shown.append(f"and {len(unknown) - MAX_LISTED:,} more unknown values")
        raise InputError("\n".join(shown))
    return patient
