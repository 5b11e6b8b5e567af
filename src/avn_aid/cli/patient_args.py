"""The patient options shared by `recommend` and `handout`, checked against the pathway."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from avn_aid.engine.inputs import unknown_id_messages
from avn_aid.errors import InputError
from avn_aid.loading.loader import load_pathway
from avn_aid.loading.messages import describe_error
from avn_aid.model.document import PathwayDocument
from avn_aid.model.patient import MAX_AGE, SIDES, Answer, HipFindings, Patient
from avn_aid.model.runtime import Pathway
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
    group = parser.add_argument_group(
        "patient",
        "One hip: --stage and --collapse (and --side if known). Both hips, or one hip with "
        "its side: --hip SIDE:STAGE:COLLAPSE once per side. Values that belong to one hip "
        "take a SIDE: prefix when both hips are affected (--contraindication "
        "right:previous_hip_surgery).",
    )
    group.add_argument("--age", type=whole_years, required=True, help="age in whole years")
    group.add_argument("--stage", help="Ficat stage: I, II, IIA, IIB, III or IV")
    group.add_argument("--collapse", help="none, minimal or advanced")
    group.add_argument("--side", choices=SIDES, default=None, help="which hip, if known")
    group.add_argument(
        "--hip",
        action="append",
        default=[],
        type=hip_argument,
        metavar="SIDE:STAGE:COLLAPSE",
        help="an affected hip, e.g. left:IIA:none (once per side)",
    )
    group.add_argument(
        "--contraindication",
        action="append",
        default=[],
        metavar="[SIDE:]ID",
        help="a contraindication id (repeatable); see --help for the list",
    )
    group.add_argument(
        "--risk-factor",
        action="append",
        default=[],
        metavar="ID",
        help="a risk factor id (repeatable)",
    )
    group.add_argument(
        "--symptoms",
        action="append",
        default=[],
        type=sided_answer,
        metavar="[SIDE:]yes|no",
        help="does the hip cause pain or other symptoms? (omitted: not asked); with both "
        "hips, once per hip: --symptoms left:yes --symptoms right:no",
    )
    group.add_argument(
        "--failed-conservative-care",
        choices=("yes", "no"),
        default=None,
        help=(
            "has care without surgery been tried for 3 months or more without enough relief? "
            "(omitted: not asked)"
        ),
    )
    add_pathway_argument(parser)


def hip_argument(text: str) -> HipFindings:
    """`SIDE:STAGE:COLLAPSE` -> the hip's findings (ids are checked against the pathway later)."""
    parts = text.split(":")
    if len(parts) != 3 or not all(p.strip() for p in parts):
        raise argparse.ArgumentTypeError(
            f"{excerpt(text)} is not SIDE:STAGE:COLLAPSE (for example --hip left:IIA:none)"
        )
    side, stage, collapse = (p.strip() for p in parts)
    if side not in SIDES:
        raise argparse.ArgumentTypeError(f"{excerpt(side)} is not a side: left or right")
    try:
        return HipFindings(side=side, stage=stage, collapse=collapse)
    except ValueError as exc:  # pydantic's ValidationError is one
        raise argparse.ArgumentTypeError(f"{excerpt(text)}: {_option_errors(exc)}") from None


def sided_answer(text: str) -> tuple[str | None, Answer]:
    """`yes`, `no`, or either with a SIDE: prefix (the hip it is about)."""
    side, answer = split_side(text)
    if answer not in ("yes", "no"):
        raise argparse.ArgumentTypeError(
            f"{excerpt(text)} is not yes or no (with both hips: left:yes, right:no)"
        )
    return side, "yes" if answer == "yes" else "no"


def split_side(value: str) -> tuple[str | None, str]:
    """'right:previous_hip_surgery' -> ('right', 'previous_hip_surgery'); 'x' -> (None, 'x')."""
    head, sep, tail = value.partition(":")
    if sep and head in SIDES:
        return head, tail
    return None, value


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
        hips = _hips_from_args(args)
    except ValueError as exc:  # a ValidationError: e.g. a --stage longer than any id
        raise InputError(_option_errors(exc)) from None
    patient_level: list[str] = []
    per_side: dict[str | None, list[str]] = {}
    for value in args.contraindication:
        side, item = split_side(value)
        if side is None:
            patient_level.append(item)
        elif side not in {h.side for h in hips}:
            raise InputError(
                f"--contraindication {value}: there is no {side} hip (give it with --hip or --side)"
            )
        else:
            per_side.setdefault(side, []).append(item)
    symptoms = _per_hip_answers("--symptoms", args.symptoms, hips)
    try:
        patient = Patient(
            age=args.age,
            hips=tuple(
                HipFindings(
                    side=h.side,
                    stage=h.stage,
                    collapse=h.collapse,
                    contraindications=tuple(per_side.get(h.side, ())),
                    symptoms=symptoms.get(h.side),
                )
                for h in hips
            ),
            contraindications=tuple(patient_level),
            risk_factors=tuple(args.risk_factor),
            failed_conservative_care=args.failed_conservative_care,
        )
    except ValueError as exc:  # pydantic's ValidationError is one
        raise InputError(_option_errors(exc)) from None
    unknown = unknown_id_messages(pathway, patient)
    if unknown:
        shown = [m.text for m in unknown[:MAX_LISTED]]
        if len(unknown) > MAX_LISTED:
            shown.append(f"and {len(unknown) - MAX_LISTED:,} more unknown values")
        raise InputError("\n".join(shown))
    return patient


def _per_hip_answers(
    option: str, given: list[tuple[str | None, Answer]], hips: tuple[HipFindings, ...]
) -> dict[str | None, Answer]:
    """Each hip's answer by side: `left:yes` for one hip; a bare `yes` only with one hip."""
    sides = [h.side for h in hips]
    answers: dict[str | None, Answer] = {}
    for side, answer in given:
        if side is None:
            if len(hips) > 1:
                raise InputError(f"{option} {answer}: with both hips, say which (left:{answer})")
            side = sides[0]
        elif side not in sides:
            raise InputError(f"{option} {side}:{answer}: there is no {side} hip")
        if side in answers and answers[side] != answer:
            raise InputError(f"{option} is given twice for the {side or 'one'} hip")
        answers[side] = answer
    return answers


def _option_errors(exc: ValueError) -> str:
    """Pydantic's errors named by the command-line option they came from."""
    errors = getattr(exc, "errors", None)  # a ValidationError (pydantic is imported only then)
    if errors is None:
        return str(exc)
    lines = []
    for error in errors(include_url=False)[:MAX_LISTED]:
        names = [str(p) for p in error["loc"] if isinstance(p, str)]
        option = names[-1] if names else "value"
        lines.append(f"--{option.replace('_', '-')}: {describe_error(error, ())}")
    return "\n".join(lines)


def _hips_from_args(args: argparse.Namespace) -> tuple[HipFindings, ...]:
    hips: list[HipFindings] = args.hip
    if hips:
        flat = [f"--{n}" for n in ("stage", "collapse", "side") if getattr(args, n) is not None]
        if flat:
            raise InputError(f"give either --hip or {', '.join(flat)}, not both")
        sides = [h.side for h in hips]
        for side in SIDES:
            if sides.count(side) > 1:
                raise InputError(
                    f"--hip {side}:... is given {sides.count(side)} times; once per side"
                )
        return tuple(hips)
    missing = [f"--{n}" for n in ("stage", "collapse") if getattr(args, n) is None]
    if missing:
        raise InputError(
            f"missing {' and '.join(missing)} (or give each hip as --hip SIDE:STAGE:COLLAPSE)"
        )
    return (HipFindings(side=args.side, stage=args.stage, collapse=args.collapse),)
