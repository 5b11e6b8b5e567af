"""Saving the consultation as a session file and opening one again."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from avn_aid.errors import UserError
from avn_aid.gui import dialogs, settings
from avn_aid.gui.answers import Answers
from avn_aid.gui.language import isolated, translate
from avn_aid.gui.wizard import PageId

if TYPE_CHECKING:
    from avn_aid.gui.main_window import MainWindow
    from avn_aid.session import Session

# avn_aid.session (and pydantic, which checks session files) is imported when a session is
# opened or saved, not when the wizard starts.


def current_session(window: MainWindow) -> Session:
    from avn_aid.session import Session, answer_of, stamp

    wizard = window.wizard
    answers = wizard.answers()
    details = answers.consultation(dt.date.today())
    return Session(
        patient=wizard.patient(),
        patient_name=details.patient_name,
        clinician=details.clinician,
        pathway=stamp(wizard.written_document),
        answer=answer_of(wizard.result()),
        handout_language=answers.handout_language,
        preferences=answers.preferences,
    )


def save(window: MainWindow) -> bool:
    """Save the patient's answers; False if nothing was saved."""
    answers = window.wizard.answers()
    if answers.age is None:
        dialogs.warn(
            window,
            translate("avn-aid", "Nothing to save"),
            translate("avn-aid", "Enter the patient's age on the Patient page first."),
        )
        return False
    path = dialogs.ask_save_path(
        window,
        translate("avn-aid", "Save session"),
        settings.suggested(answers.patient_name, dt.date.today(), ".avn.json"),
        translate("avn-aid", "Sessions (*.json)"),
    )
    if path is None:
        return False
    from avn_aid.session import save_session

    try:
        save_session(path, current_session(window), overwrite=True)
    except UserError as exc:
        dialogs.warn(window, translate("avn-aid", "Session not saved"), str(exc))
        return False
    settings.remember_folder(path)
    window.wizard.mark_kept()
    window.statusBar().showMessage(
        translate("avn-aid", "Session saved to {path}").format(path=isolated(path)), 4000
    )
    return True


def open_one(window: MainWindow) -> None:
    if not window.may_discard(translate("avn-aid", "open another session")):
        return
    path = dialogs.ask_open_path(
        window,
        translate("avn-aid", "Open session"),
        settings.last_folder(),
        translate("avn-aid", "Sessions (*.json)"),
    )
    if path is None:
        return
    from avn_aid.session import load_session

    try:
        session = load_session(path)
    except UserError as exc:
        dialogs.warn(window, translate("avn-aid", "Session not opened"), str(exc))
        return
    settings.remember_folder(path)
    show(window, session)


def show(window: MainWindow, session: Session) -> None:
    """Put a session's answers in the wizard and say what differs from when it was saved."""
    from avn_aid.session import pathway_difference, result_changes

    wizard = window.wizard
    patient = session.patient
    left = patient.hips[0]
    right = patient.hips[1] if patient.both_hips else None
    unknown = wizard.set_answers(
        Answers(
            patient_name=session.patient_name,
            age=patient.age,
            side=None if right else left.side,
            clinician=session.clinician,
            stage=left.stage,
            collapse=left.collapse,
            contraindications=(*patient.contraindications, *left.contraindications),
            risk_factors=patient.risk_factors,
            both_hips=right is not None,
            right_stage=right.stage if right else None,
            right_collapse=right.collapse if right else None,
            right_contraindications=right.contraindications if right else (),
            symptoms=left.symptoms,
            right_symptoms=right.symptoms if right else None,
            failed_conservative_care=patient.failed_conservative_care,
            handout_language=session.handout_language,
            preferences=session.preferences,
        )
    )
    notes = []
    difference = pathway_difference(session, wizard.written_document)
    if difference:
        notes.append(difference)
        changes = result_changes(session.answer, wizard.result())
        notes.append(
            translate("avn-aid", "What changed in the result:") + "\n  " + "\n  ".join(changes)
            if changes
            else translate("avn-aid", "The result for this patient is unchanged.")
        )
    if unknown:
        notes.append(
            translate("avn-aid", "Not in this pathway, so not ticked: ") + ", ".join(unknown)
        )
    if notes:
        dialogs.show_text(
            window,
            translate("avn-aid", "Session opened"),
            translate("avn-aid", "This session needs your attention."),
            "\n\n".join(notes),
        )
    while wizard.currentId() != PageId.OPTIONS:  # one more stage page with both hips
        if not wizard.currentPage().isComplete():
            break
        wizard.next()
    wizard.mark_kept()  # just opened from a file: nothing to lose yet
