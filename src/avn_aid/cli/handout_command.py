"""`avn-aid handout`: the patient's PDF, written safely."""

from __future__ import annotations

import argparse
import datetime as dt

from avn_aid.cli.patient_args import load_chosen_pathway, patient_from_args
from avn_aid.cli.preference_args import preferences_from_args
from avn_aid.engine.evaluate import evaluate
from avn_aid.errors import InputError
from avn_aid.files import check_writable, write_atomic
from avn_aid.handout.build import make_handout_pdf, pathway_in
from avn_aid.handout.content import Consultation
from avn_aid.handout.paper import default_page_size


def parse_date(text: str | None) -> dt.date:
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"--date '{text}' is not a date written as YYYY-MM-DD") from None


def run_handout(args: argparse.Namespace) -> int:
    check_writable(args.output, overwrite=args.force)  # refuse before the work, not after
    document, reviewed = pathway_in(load_chosen_pathway(args), args.language)
    patient = patient_from_args(args, document.pathway)
    visit = Consultation(
        date=parse_date(args.date),
        patient_name=args.patient_name,
        clinician=args.clinician,
        side=None if patient.both_hips else patient.hips[0].side,
        preferences=preferences_from_args(args, document.pathway),
    )
    result = evaluate(document, patient)
    pdf = make_handout_pdf(
        result, visit, args.page_size or default_page_size(), args.language, reviewed
    )
    write_atomic(args.output, pdf, overwrite=args.force)
    print(f"wrote {args.output} ({len(pdf):,} bytes)")
    return 0
