"""Printing hands the handout's own PDF bytes to the print system (CUPS), never page images."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from avn_aid.errors import UserError
from avn_aid.files import write_atomic
from avn_aid.gui.language import isolated, translate

Sides = Literal["one-sided", "two-sided-long-edge", "two-sided-short-edge"]
# "auto" leaves each page to the print system; a handout printed whole is one orientation.
Orientation = Literal["auto", "portrait", "landscape"]
ORIENTATION_CODES = {"portrait": "3", "landscape": "4"}  # IPP orientation-requested


def no_print_system() -> str:
    return translate(
        "avn-aid",
        "No print system was found (neither lp nor lpr); save the handout and print it "
        "from a PDF viewer.",
    )


@dataclass(frozen=True)
class PrintRequest:
    """What the print dialog asked for."""

    printer: str = ""  # empty: the system's default printer
    copies: int = 1
    pages: str = ""  # CUPS page ranges such as "1-3,5"; empty: every page
    sides: Sides = "one-sided"
    orientation: Orientation = "auto"
    output_file: Path | None = None  # print to file: the same bytes, written there
    title: str = "avn-aid handout"  # the job's name in the printer queue


def lp_command(request: PrintRequest) -> list[str]:
    """The `lp` (or BSD `lpr`) command that prints a PDF read from standard input."""
    options = [f"sides={request.sides}"]
    if request.pages:
        options.append(f"page-ranges={request.pages}")
    if request.orientation != "auto":
        options.append(f"orientation-requested={ORIENTATION_CODES[request.orientation]}")
    if shutil.which("lp"):
        command = ["lp", "-t", request.title, "-n", str(request.copies)]
        if request.printer:
            command += ["-d", request.printer]
        for option in options:
            command += ["-o", option]
        return [*command, "--", "-"]
    if shutil.which("lpr"):
        command = ["lpr", "-T", request.title, f"-#{request.copies}"]
        if request.printer:
            command += ["-P", request.printer]
        for option in options:
            command += ["-o", option]
        return command
    raise UserError(no_print_system())


def orientation_of(page_sizes: list[tuple[float, float]]) -> Orientation:
    """The orientation every page of the PDF has (width, height), or "auto" if they differ.

    The handout's pages are all portrait: it is printed portrait whatever the print dialog
    was left at, so a printer or driver that guesses cannot turn it sideways.
    """
    found = {"landscape" if width > height else "portrait" for width, height in page_sizes}
    return found.pop() if len(found) == 1 else "auto"  # type: ignore[return-value]


def can_send_pdf() -> bool:
    return bool(shutil.which("lp") or shutil.which("lpr"))


def send(pdf: bytes, request: PrintRequest) -> str:
    """Print or write the PDF; return what happened in words. Runs off the GUI thread."""
    if request.output_file is not None:
        write_atomic(request.output_file, pdf, overwrite=True)
        return translate("avn-aid", "Printed to the file {path}.").format(
            path=isolated(request.output_file)
        )
    import subprocess

    command = lp_command(request)
    try:
        done = subprocess.run(command, input=pdf, capture_output=True, timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise UserError(_refused(str(exc))) from exc
    if done.returncode != 0:
        why = done.stderr.decode(errors="replace").strip() or f"{command[0]} failed"
        raise UserError(_refused(why))
    job = re.search(r"request id is (\S+)", done.stdout.decode(errors="replace"))
    if request.printer:
        sent = translate("avn-aid", "Sent to {printer}.").format(printer=request.printer)
    else:
        sent = translate("avn-aid", "Sent to the default printer.")
    if job:
        sent += " " + translate("avn-aid", "Print job {job}.").format(job=job.group(1))
    return sent


def _refused(why: str) -> str:
    return translate("avn-aid", "The print system did not take the handout: {why}").format(why=why)
