"""Printing hands the handout's own PDF bytes to CUPS, in the background, with the dialog's options."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from avn_aid.gui import dialogs, printing
from avn_aid.gui.printing import PrintRequest, lp_command
from avn_aid.gui.wizard import PageId
from tests.gui.conftest import fill

GUI = Path(printing.__file__).parent
QUEUE = "avn-aid-test-pdf"


@pytest.fixture
def handout_page(window, request):
    # cups-pdf's Ghostscript draws "Zoë Ø" right but drops the Unicode of ë and Ø from its
    # text layer (seen by rendering the printed page), so the CUPS test names in ASCII.
    name = getattr(request, "param", "Zoë Ø")
    fill(window.wizard, age=42, stage="IIA", collapse="none", risk_factors=("smoking",), name=name)
    window.wizard.next()
    assert window.wizard.currentId() == PageId.HANDOUT
    return window.wizard.handout_page


def test_every_modal_dialog_is_in_dialogs_py():
    """Tests replace dialogs.py; a dialog opened anywhere else would hang them."""
    files = [p for p in GUI.rglob("*.py") if p.name != "dialogs.py"]
    assert len(files) > 8
    modal = re.compile(r"QPrintDialog|QFileDialog|QMessageBox|\.exec\(\)")
    offenders = [
        f"{p.name}: {m.group()}"
        for p in files
        for m in modal.finditer(p.read_text())
        if "app.exec()" not in m.string[max(m.start() - 4, 0) : m.end()]
    ]
    assert offenders == []


def test_lp_gets_the_dialog_options(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/bin/{name}" if name == "lp" else None)
    request = PrintRequest(
        printer="ward-3", copies=2, pages="1-3", sides="two-sided-long-edge",
        orientation="landscape", title="handout",
    )  # fmt: skip
    assert lp_command(request) == [
        "lp", "-t", "handout", "-n", "2", "-d", "ward-3",
        "-o", "sides=two-sided-long-edge", "-o", "page-ranges=1-3", "-o", "orientation-requested=4",
        "--", "-",
    ]  # fmt: skip
    plain = lp_command(PrintRequest())
    assert "-d" not in plain and not any(o.startswith("orientation") for o in plain)


def test_one_orientation_throughout_is_kept_mixed_pages_are_left_alone():
    assert printing.orientation_of([(595, 842), (595, 842)]) == "portrait"
    assert printing.orientation_of([(842, 595)]) == "landscape"
    assert printing.orientation_of([(595, 842), (842, 595)]) == "auto"


def test_the_portrait_handout_is_printed_portrait_whatever_the_dialog_said(
    handout_page, monkeypatch
):
    """lp is asked for portrait (orientation-requested=3) even if Landscape was picked."""
    monkeypatch.setattr(
        dialogs, "ask_print", lambda *a: PrintRequest(printer="ward-3", orientation="landscape")
    )
    sent = []
    monkeypatch.setattr(handout_page, "send", sent.append)
    sizes = PdfReader(io.BytesIO(handout_page.pdf)).pages
    assert all(p.mediabox.height > p.mediabox.width for p in sizes)  # the handout: portrait
    handout_page.print_button.click()
    (request,) = sent
    assert request.orientation == "portrait" and request.printer == "ward-3"
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/bin/{name}" if name == "lp" else None)
    assert "orientation-requested=3" in lp_command(request)


def test_lpr_when_there_is_no_lp(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/lpr" if name == "lpr" else None)
    command = lp_command(PrintRequest(printer="p", copies=3, pages="2-2", title="h"))
    assert command[:5] == ["lpr", "-T", "h", "-#3", "-P"] and "page-ranges=2-2" in command


def test_print_to_file_writes_the_same_bytes_in_the_background(
    handout_page, tmp_path, monkeypatch, wait_background
):
    target = tmp_path / "printed.pdf"
    offered = []
    monkeypatch.setattr(
        dialogs,
        "ask_print",
        lambda parent, pages, name: (
            offered.append((pages, name)) or PrintRequest(output_file=target)
        ),
    )
    handout_page.print_button.click()
    assert offered[0][0] == handout_page.document.pageCount() and offered[0][1].name.endswith(
        "-handout.pdf"
    )
    assert not handout_page.print_button.isEnabled() and handout_page.progress.isVisibleTo(
        handout_page
    )
    wait_background()
    assert target.read_bytes() == handout_page.pdf
    assert str(target) in handout_page.message.text() and handout_page.print_button.isEnabled()


def test_without_a_print_system_it_is_said_before_any_dialog(handout_page, monkeypatch):
    """No lp and no lpr: no print dialog to fill in for nothing (ask_print would fail)."""
    warned = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(shutil, "which", lambda name: None)
    handout_page.print_button.click()
    assert warned and "No print system" in warned[0]
    assert "Not printed" in handout_page.message.text() and handout_page.print_button.isEnabled()


def test_print_failure_is_said_not_hidden(handout_page, monkeypatch, wait_background):
    monkeypatch.setattr(
        dialogs, "ask_print", lambda *a: PrintRequest(printer="no-such-printer-here")
    )
    warned = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(printing, "can_send_pdf", lambda: True)
    monkeypatch.setattr(shutil, "which", lambda name: None)  # lp vanished after the dialog
    handout_page.print_button.click()
    wait_background()
    assert (
        warned and "No print system" in warned[0] and "Not printed" in handout_page.message.text()
    )


# --- end to end against a real CUPS queue with the cups-pdf back end -----------------------


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)


def cups_pdf_queue() -> tuple[str, Path]:
    """Set up (where we can) a CUPS queue printing to PDF files; skip saying why otherwise."""
    needed = ["lp", "lpstat", "lpadmin", "cupsd"]
    missing = [n for n in needed if not shutil.which(n)]
    ppd = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd")
    if missing or not ppd.exists():
        pytest.skip(
            f"CUPS with cups-pdf is not installed (missing: {', '.join(missing) or ppd}); "
            "apt-get install cups printer-driver-cups-pdf"
        )
    if _run("lpstat", "-r").stdout.strip() != "scheduler is running":
        if os.geteuid() != 0:
            pytest.skip("the CUPS scheduler is not running and only root can start it")
        started = _run("cupsd")
        for _ in range(50):
            if _run("lpstat", "-r").stdout.strip() == "scheduler is running":
                break
            time.sleep(0.2)
        else:
            pytest.skip(f"cupsd did not start: {started.stderr.strip()}")
    if _run("lpstat", "-p", QUEUE).returncode != 0:
        made = _run("lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(ppd))
        if made.returncode != 0:
            pytest.skip(f"cannot add the cups-pdf queue: {made.stderr.strip()}")
    out = Path("/var/spool/cups-pdf/ANONYMOUS") if os.geteuid() != 0 else Path.home() / "PDF"
    conf = Path("/etc/cups/cups-pdf.conf")
    for line in conf.read_text().splitlines() if conf.exists() else []:
        if line.startswith("Out ") and os.geteuid() == 0:
            out = Path(line.split(None, 1)[1].replace("${HOME}", str(Path.home())))
    return QUEUE, out


def words(pdf: bytes) -> list[str]:
    """Each page's letters and digits in order (Ghostscript re-embeds fonts, and loses the
    Unicode of some symbol glyphs - bullets, dashes, ticks - so those are left out)."""
    return [
        "".join(c for c in page.extract_text() if c.isalnum())
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def landscape(pdf: bytes) -> list[bool]:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return [
        (p.mediabox.width > p.mediabox.height) != (int(p.get("/Rotate", 0)) % 180 == 90)
        for p in pages
    ]


@pytest.mark.parametrize("handout_page", ["Ann Lee 0042"], indirect=True)
def test_printed_through_cups_is_the_saved_handout(
    handout_page, tmp_path, monkeypatch, wait_background, qtbot
):
    queue, out = cups_pdf_queue()
    saved = tmp_path / "saved.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: saved)
    handout_page.save_button.click()
    title = f"avn-aid-cups-test-{os.getpid()}-{time.monotonic_ns()}"
    monkeypatch.setattr(dialogs, "ask_print", lambda *a: PrintRequest(printer=queue, title=title))
    before = set(out.glob("*.pdf")) if out.exists() else set()
    handout_page.print_button.click()
    wait_background()
    said = handout_page.message.text()
    assert re.fullmatch(rf"Sent to {queue}\. Print job {queue}-\d+\.", said), said

    def printed() -> list[Path]:
        return (
            [p for p in out.glob("*.pdf") if p not in before and title[:20] in p.name]
            if out.exists()
            else []
        )

    qtbot.waitUntil(lambda: bool(printed()), timeout=60000)
    result = printed()[0]
    qtbot.waitUntil(lambda: _run("lpstat", "-o", queue).stdout.strip() == "", timeout=60000)
    printed_pdf = result.read_bytes()
    result.unlink()
    original = saved.read_bytes()
    assert words(printed_pdf) == words(original)
    assert landscape(printed_pdf) == landscape(original)  # each page keeps its orientation
    assert 0.2 < len(printed_pdf) / len(original) < 5  # the same order: not page pictures
