"""Opening a pathway runs its own test cases and warns when any fail; Validate runs off the GUI thread."""

from __future__ import annotations

import shutil
from dataclasses import replace

from avn_aid.gui import dialogs
from avn_aid.resources import cases_file_for, default_pathway


def copy_pathway(tmp_path, break_a_case: bool):
    target = tmp_path / default_pathway().name
    shutil.copy(default_pathway(), target)
    cases = cases_file_for(default_pathway()).read_text()
    if break_a_case:
        old = "    patient: {age: 40, stage: IIB, collapse: none}\n    expect: {outcome: invalid_input"
        assert old in cases
        cases = cases.replace(
            old, "    patient: {age: 40, stage: IIB, collapse: none}\n    expect: {outcome: ok"
        )
    cases_file_for(target).write_text(cases)
    return target


def test_opening_a_pathway_whose_cases_fail_warns(window, tmp_path, monkeypatch, wait_background):
    path = copy_pathway(tmp_path, break_a_case=True)
    warned = []
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: path)
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warned.append((title, text)))
    window.open_pathway()
    assert window.path == path
    wait_background()  # the cases run off the GUI thread
    assert len(warned) == 1 and warned[0][0] == "Pathway test cases fail"
    assert "1 of " in warned[0][1] and "stage IIB without collapse is impossible" in warned[0][1]


def test_opening_a_pathway_whose_cases_pass_says_nothing(
    window, tmp_path, monkeypatch, wait_background
):
    path = copy_pathway(tmp_path, break_a_case=False)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: path)
    window.open_pathway()  # a warning would fail: dialogs.warn is not replaced
    assert window.path == path
    wait_background()


def test_reload_warns_too(window, tmp_path, monkeypatch, wait_background):
    path = copy_pathway(tmp_path, break_a_case=False)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: path)
    window.open_pathway()
    wait_background()
    copy_pathway(tmp_path, break_a_case=True)
    warned = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warned.append(title))
    window.reload_pathway()
    wait_background()
    assert warned == ["Pathway test cases fail"]


def test_validate_keeps_the_window_responsive(window, qtbot, monkeypatch, wait_background):
    shown = []
    monkeypatch.setattr(
        dialogs, "show_text", lambda parent, title, intro, text: shown.append(intro)
    )
    window.validate_pathway()
    # The check is still running while the window takes input.
    window.wizard.patient_page.age_box.setValue(33)
    assert window.wizard.answers().age == 33 and not shown
    wait_background()
    assert shown and "No problems found." in shown[0]


def test_the_cases_run_while_the_window_takes_input(window, tmp_path, monkeypatch, qtbot):
    """The check is started and returns at once; its warning comes when it is done."""
    from avn_aid.gui import background

    path = copy_pathway(tmp_path, break_a_case=True)
    warned = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warned.append(title))
    window.path = path
    window.check_test_cases()
    assert not background.idle() and warned == []  # running elsewhere; nothing said yet
    qtbot.waitUntil(lambda: warned == ["Pathway test cases fail"], timeout=20000)


def test_a_report_for_a_pathway_no_longer_open_is_dropped(
    window, tmp_path, monkeypatch, wait_background
):
    path = copy_pathway(tmp_path, break_a_case=True)
    window.path = path
    window.check_test_cases()
    window.wizard.set_document(replace(window.wizard.written_document))  # another one
    wait_background()  # a warning would fail: dialogs.warn is not replaced
