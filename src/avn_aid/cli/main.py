"""`avn-aid`: the command line, a thin face over the core.

Exit codes: 0 success; 1 the answer is "no" (an invalid pathway, a patient who is out of
scope or impossible, a check that found problems, a diff that found changes); 2 the
command could not be carried out (bad arguments, unreadable files); 70 a bug in avn-aid.
Heavy modules (reportlab, PySide6) are imported only by the commands that need them, so
`recommend` starts quickly.
"""

from __future__ import annotations

import argparse
import errno
import gc
import json
import os
import sys
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from avn_aid import __version__
from avn_aid.cli.patient_args import (
    add_pathway_argument,
    add_patient_arguments,
    load_chosen_pathway,
    patient_from_args,
)
from avn_aid.cli.preference_args import add_preference_arguments
from avn_aid.errors import PathwayError, UserError
from avn_aid.text import shorten

EXIT_OK, EXIT_NO, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 70


# Errors writing our output come from where it goes (a full disk, a closed pipe or
# terminal), not from a bug.
_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EPIPE, errno.EBADF}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        # argparse echoes the offending values whole; quote short excerpts instead.
        self.exit(EXIT_USAGE, f"avn-aid: error: {shorten(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="avn-aid",
        description="Decision aid for avascular necrosis of the hip. Without a command, "
        "opens the wizard.",
    )
    parser.add_argument("--version", action="version", version=f"avn-aid {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    recommend = commands.add_parser("recommend", help="show the options for a patient")
    add_patient_arguments(recommend)
    recommend.add_argument("--json", action="store_true", help="print JSON instead of text")

    handout = commands.add_parser("handout", help="write the patient's PDF handout")
    add_patient_arguments(handout)
    handout.add_argument("--patient-name", default="", metavar="TEXT")
    handout.add_argument("--clinician", default="", metavar="TEXT")
    handout.add_argument("--date", default=None, metavar="YYYY-MM-DD", help="default: today")
    handout.add_argument("--page-size", choices=["a4", "letter"], default=None)
    handout.add_argument(
        "--language",
        default="en",
        metavar="CODE",
        help="BCP 47 code of the handout's language (default: en); the pathway needs a "
        "translation file beside it",
    )
    handout.add_argument("--force", action="store_true", help="overwrite an existing file")
    handout.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    add_preference_arguments(handout)

    validate = commands.add_parser("validate", help="check pathway files for errors")
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")

    check = commands.add_parser("check", help="validate and analyse a pathway for editors")
    check.add_argument("file", type=Path, metavar="PATHWAY")
    check.add_argument("--strict", action="store_true", help="a past review date is an error")

    diff = commands.add_parser("diff", help="which patients get a different answer")
    diff.add_argument("old", type=Path, metavar="OLD")
    diff.add_argument("new", type=Path, metavar="NEW")

    upgrade = commands.add_parser(
        "upgrade",
        help="print a pathway written for an older format in the current one",
        description="Prints the pathway brought up to the current format (redirect it: "
        "avn-aid upgrade OLD.yaml > NEW.yaml); what changed is said on standard error. Removed "
        "keys are deleted; new required texts are added marked as not written yet, for the "
        "pathway's authors to write - never made up. Comments and layout are kept.",
    )
    upgrade.add_argument("file", type=Path, metavar="OLD")

    evidence = commands.add_parser(
        "evidence", help="print a reviewer's worksheet of every statement and its sources"
    )
    evidence.add_argument("file", type=Path, metavar="PATHWAY")
    evidence.add_argument(
        "-o", "--output", type=Path, default=None, metavar="FILE.md", help="default: print it"
    )
    evidence.add_argument("--force", action="store_true", help="overwrite an existing file")

    schema = commands.add_parser(
        "schema", help="print the JSON Schema of the pathway format (or of the result)"
    )
    schema.add_argument(
        "--result", action="store_true", help="the JSON Schema of `recommend --json` output"
    )

    translation = commands.add_parser(
        "translation",
        help="start or update the translation file of a pathway for a language",
        description="Writes NAME.LANG.yaml beside the pathway (or prints it with --print): "
        "entries already translated are kept, the others are left empty with the English "
        "shown, stale ones are marked. A new language needs no code, only this file.",
    )
    translation.add_argument("language", metavar="LANG", help="BCP 47 code, e.g. ar or fr")
    add_pathway_argument(translation)
    translation.add_argument(
        "--print", action="store_true", help="print to standard output instead of writing"
    )

    gui = commands.add_parser("gui", help="open the wizard (the default)")
    add_pathway_argument(gui)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if sys.stdout is None or sys.stderr is None:  # started with a closed stdout or stderr
        if sys.stderr is not None:
            print("avn-aid: standard output is closed; nothing was done", file=sys.stderr)
        return EXIT_USAGE
    args = build_parser().parse_args(argv)
    try:
        code = _dispatch(args)
        sys.stdout.flush()  # a full disk or closed pipe is reported here, not at exit
        return code
    except PathwayError as exc:
        print(
            f"avn-aid: the pathway cannot be used ({len(exc.problems)} problem(s)):",
            file=sys.stderr,
        )
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except UserError as exc:
        print(f"avn-aid: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        if exc.errno not in _OUTPUT_ERRNOS:
            return _bug()
        _silence_stdout()
        if exc.errno == errno.EPIPE:
            return EXIT_OK  # the reader stopped reading (`| head`): nothing went wrong
        print(f"avn-aid: cannot write the output: {exc.strerror}", file=sys.stderr)
        return EXIT_USAGE
    except Exception:  # noqa: BLE001 - a bug: print the whole traceback so it can be reported
        return _bug()


def _bug() -> int:
    traceback.print_exc()
    print("avn-aid: internal error; please report it with the text above.", file=sys.stderr)
    return EXIT_BUG


def _silence_stdout() -> None:
    """Point stdout at /dev/null so Python's flush at exit does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


@contextmanager
def _collecting_less_often() -> Iterator[None]:
    """For a command that builds one document: run the cycle collector less often.

    At Python's thresholds the collector keeps re-walking the long-lived objects of the
    modules imported, about a tenth of `avn-aid handout`'s time; mypy tunes the same
    thresholds for the same reason (`tune_gc` in mypy). Cycles are still collected, and
    the thresholds are put back afterwards, for a caller that runs main() in its own
    process (the tests, the wizard's collector in gui/collector.py, which reads them).
    """
    before = gc.get_threshold()
    gc.set_threshold(200_000, 30, 30)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _dispatch(args: argparse.Namespace) -> int:
    command = args.command or "gui"
    if command == "recommend":
        return _recommend(args)
    if command == "handout":
        with _collecting_less_often():  # from its imports on: reportlab allocates much
            from avn_aid.cli.handout_command import run_handout

            return run_handout(args)
    if command == "validate":
        return _validate(args.files)
    if command == "check":
        from avn_aid.cli.authoring_commands import run_check

        return run_check(args.file, strict=args.strict)
    if command == "diff":
        from avn_aid.cli.authoring_commands import run_diff

        return run_diff(args.old, args.new)
    if command == "upgrade":
        from avn_aid.cli.authoring_commands import run_upgrade

        return run_upgrade(args.file)
    if command == "translation":
        return _translation(args)
    if command == "evidence":
        from avn_aid.cli.authoring_commands import run_evidence

        return run_evidence(args.file, args.output, overwrite=args.force)
    if command == "schema":
        if args.result:
            from avn_aid.engine.result_schema import result_schema

            json.dump(result_schema(), sys.stdout, indent=2, sort_keys=True)
            sys.stdout.write("\n")
            return EXIT_OK
        from avn_aid.model.schema import pathway_schema_json

        sys.stdout.write(pathway_schema_json())
        return EXIT_OK
    from avn_aid.gui.app import run_gui

    return run_gui(getattr(args, "pathway", None))


def _translation(args: argparse.Namespace) -> int:
    from avn_aid.files import write_atomic
    from avn_aid.handout.localize import language
    from avn_aid.loading.translation import load_translation, skeleton, translation_file_for

    language(args.language)  # refuses what is not a language code
    document = load_chosen_pathway(args)
    target = translation_file_for(document.file, args.language)
    existing = load_translation(target).translation if target.exists() else None
    text = skeleton(document, args.language, existing)
    if args.print:
        sys.stdout.write(text)
    else:
        write_atomic(target, text.encode("utf-8"), overwrite=True)
        print(f"wrote {target}")
    return EXIT_OK


def _recommend(args: argparse.Namespace) -> int:
    from avn_aid.engine.evaluate import evaluate

    document = load_chosen_pathway(args)
    patient = patient_from_args(args, document.pathway)
    result = evaluate(document, patient)
    if args.json:
        json.dump(result.to_json(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        from avn_aid.cli.text_report import text_report

        sys.stdout.write(text_report(result))
    return EXIT_OK if result.outcome == "ok" else EXIT_NO


def _validate(files: list[Path]) -> int:
    from avn_aid.loading.loader import load_pathway

    failed = 0
    for file in files:
        try:
            document = load_pathway(file, use_cache=False)  # validate always reads the YAML
        except PathwayError as exc:
            failed += 1
            print(str(exc))
            print(f"{file}: {len(exc.problems)} problem(s)")
        else:
            meta = document.pathway.metadata
            print(f"{file}: valid ({meta.id} {meta.version}, sha256 {document.short_sha})")
    return EXIT_NO if failed else EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
