"""The Pathway menu: open, reload, check and describe the pathway, never using a broken one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from avn_aid.catalogue import text
from avn_aid.errors import PathwayError, UserError
from avn_aid.gui import dialogs
from avn_aid.gui.background import run_in_background
from avn_aid.gui.language import isolated, translate
from avn_aid.loading.loader import load_located_pathway, load_pathway
from avn_aid.model.document import PathwayDocument

if TYPE_CHECKING:
    from avn_aid.authoring.test_cases import CaseOutcome
    from avn_aid.gui.main_window import MainWindow

FAILED_SHOWN = 8  # failed test cases listed by name; the rest are counted


def load(window: MainWindow, path: Path) -> PathwayDocument | None:
    """Load a pathway; on any problem keep the current one and show every located error."""
    try:
        return load_pathway(path)
    except PathwayError as exc:
        dialogs.show_text(
            window,
            translate("avn-aid", "Pathway not loaded"),
            translate(
                "avn-aid", "{path} has {count} problem(s). The current pathway stays active."
            ).format(path=isolated(path), count=len(exc.problems)),
            str(exc),
        )
        return None


def open_other(window: MainWindow) -> None:
    if not window.may_discard(translate("avn-aid", "open another pathway")):
        return
    path = dialogs.ask_open_path(
        window,
        translate("avn-aid", "Open pathway"),
        window.path.parent,
        translate("avn-aid", "Pathway files (*.yaml *.yml)"),
    )
    if path is not None and switch(window, path):
        window.wizard.new_patient()


def switch(window: MainWindow, path: Path) -> bool:
    """Use the pathway at `path` if it loads; the answers stay where they still exist."""
    document = load(window, path)
    if document is None:
        return False
    window.path = path
    window.wizard.set_document(document)
    window.show_pathway()
    window.statusBar().showMessage(
        translate("avn-aid", "Loaded {path}").format(path=isolated(path)), 4000
    )
    check_test_cases(window)
    return True


def check_test_cases(window: MainWindow) -> None:
    """Run the pathway's own test cases off the GUI thread and warn when any fail.

    About 0.1 s for the default pathway's 105 cases (0.06 s more the first time, to import
    the checker), growing with the number of cases; the window paints and takes input
    meanwhile. They run on the pathway as written: their expected words are in its
    language, whatever language the window shows it in.
    """
    from avn_aid.resources import cases_file_for

    cases = cases_file_for(window.path)
    if not cases.exists():
        return
    document = window.wizard.written_document

    def run() -> tuple[list[CaseOutcome], PathwayError | None]:
        from avn_aid.authoring.test_cases import run_cases

        try:
            return run_cases(document, cases)[0], None
        except PathwayError as exc:
            return [], exc

    def report(found: tuple[list[CaseOutcome], PathwayError | None]) -> None:
        if window.wizard.written_document is not document:
            return  # another pathway was opened meanwhile; its own check reports
        _warn_about_cases(window, cases, *found)

    def failed(exc: BaseException) -> None:
        raise exc  # a bug in the checker: the crash dialog shows it

    run_in_background(run, report, failed)


def _warn_about_cases(
    window: MainWindow, cases: Path, outcomes: list[CaseOutcome], unreadable: PathwayError | None
) -> None:
    if unreadable is not None:
        dialogs.warn(
            window,
            translate("avn-aid", "Pathway test cases"),
            translate("avn-aid", "{file} cannot be read:").format(file=isolated(cases.name))
            + f"\n{unreadable}",
        )
        return
    failed = [o for o in outcomes if o.failures]
    if not failed:
        return
    lines = "\n".join(f"- {o.name}: {'; '.join(o.failures)}" for o in failed[:FAILED_SHOWN])
    if len(failed) > FAILED_SHOWN:
        more = translate("avn-aid", "... and {count} more").format(count=len(failed) - FAILED_SHOWN)
        lines += f"\n{more}"
    dialogs.warn(
        window,
        translate("avn-aid", "Pathway test cases fail"),
        translate(
            "avn-aid",
            "{failed} of {total} test cases in {file} fail. This pathway may not say what "
            "its authors meant; check it before use.",
        ).format(failed=len(failed), total=len(outcomes), file=isolated(cases.name))
        + f"\n\n{lines}",
    )


def validate(window: MainWindow) -> None:
    """Check the pathway in the background (about 1.6 s); the window stays usable."""
    path = window.path
    window.statusBar().showMessage(
        translate("avn-aid", "Checking {path}...").format(path=isolated(path))
    )
    # Worded here, on the GUI thread; the check itself runs on another.
    words = {
        "unusable": translate("avn-aid", "{path} cannot be used.").format(path=isolated(path)),
        "too_large": translate("avn-aid", "{path} cannot be analysed.").format(path=isolated(path)),
        "clean": translate("avn-aid", "No problems found."),
        "errors": translate("avn-aid", "{count} error(s) found."),
    }

    def check() -> tuple[str, str]:
        from avn_aid.authoring.check import analyse, format_report  # heavy; only when asked

        try:
            document, located = load_located_pathway(path)
        except PathwayError as exc:
            return words["unusable"], str(exc)
        try:
            report = analyse(document, located, strict=False, today=dt.date.today())
        except UserError as exc:  # e.g. a decision space too large to analyse
            return words["too_large"], str(exc)
        verdict = (
            words["errors"].format(count=len(report.errors)) if report.findings else words["clean"]
        )
        return f"{isolated(path)}: {verdict}", format_report(report, str(path))

    def show(found: tuple[str, str]) -> None:
        window.statusBar().clearMessage()
        dialogs.show_text(window, translate("avn-aid", "Pathway check"), *found)

    def failed(exc: BaseException) -> None:
        window.statusBar().clearMessage()
        raise exc  # a bug in the check: the crash dialog shows it

    run_in_background(check, show, failed)


def about_text(window: MainWindow, today: dt.date) -> str:
    """Who made the active pathway, when it is reviewed, and its sources, in the window's words."""
    document = window.wizard.document
    meta = document.pathway.metadata
    overdue = meta.next_review < today
    none = translate("avn-aid", "none yet")
    field = [
        (translate("avn-aid", "Pathway"), f"{meta.title} ({meta.id})"),
        (
            translate("avn-aid", "Version"),
            translate("avn-aid", "{version}, {status}").format(
                version=meta.version, status=_status(meta.status)
            ),
        ),
        (translate("avn-aid", "File"), isolated(window.path)),
        ("sha256", isolated(document.sha256)),
        (translate("avn-aid", "Authors"), "; ".join(meta.authors)),
        (translate("avn-aid", "Reviewers"), "; ".join(meta.reviewers) or none),
        (translate("avn-aid", "Last reviewed"), str(meta.last_reviewed or none)),
        (
            translate("avn-aid", "Next review"),
            str(meta.next_review)
            + ("   " + translate("avn-aid", "WARNING: this date has passed") if overdue else ""),
        ),
        (translate("avn-aid", "Update policy"), meta.update_policy),
        (translate("avn-aid", "Funding"), meta.funding),
    ]
    lines = [f"{name}: {value}" for name, value in field]
    lines += ["", translate("avn-aid", "Sources:")]
    lines += [
        f"  {isolated(s.id)} ["
        + translate("avn-aid", "{kind}, {year}").format(
            kind=text(f"source_kinds.{s.kind}"), year=s.year or text("handout.no_date")
        )
        + f"] {isolated(s.citation)}"
        for s in document.pathway.sources
    ]
    return "\n".join(lines)


def _status(status: str) -> str:
    return translate("avn-aid", "draft") if status == "draft" else status


def about(window: MainWindow) -> None:
    meta = window.wizard.document.pathway.metadata
    intro = (
        translate("avn-aid", "Review overdue: check the pathway before using it.")
        if meta.next_review < dt.date.today()
        else translate("avn-aid", "About the active pathway.")
    )
    dialogs.show_text(
        window,
        translate("avn-aid", "About this pathway"),
        intro,
        about_text(window, dt.date.today()),
    )
