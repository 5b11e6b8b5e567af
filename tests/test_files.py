"""Atomic writing: nothing half-written, nothing overwritten unless asked."""

from __future__ import annotations

import os

import pytest

from avn_aid.errors import OutputError
from avn_aid.files import write_atomic


def test_writes_and_refuses_to_overwrite(tmp_path):
    target = tmp_path / "h.pdf"
    write_atomic(target, b"one", overwrite=False)
    with pytest.raises(OutputError, match="already exists"):
        write_atomic(target, b"two", overwrite=False)
    assert target.read_bytes() == b"one"
    write_atomic(target, b"two", overwrite=True)
    assert target.read_bytes() == b"two"
    assert os.listdir(tmp_path) == ["h.pdf"]


def test_missing_folder(tmp_path):
    with pytest.raises(OutputError, match="does not exist"):
        write_atomic(tmp_path / "nope" / "h.pdf", b"x", overwrite=False)


def test_failure_mid_write_leaves_nothing(tmp_path, monkeypatch):
    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OutputError, match="No space left"):
        write_atomic(tmp_path / "h.pdf", b"x" * 1000, overwrite=False)
    assert os.listdir(tmp_path) == []


def test_unwritable_folder(tmp_path, monkeypatch):
    import tempfile

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(OutputError, match=r"cannot write to the folder .*Permission denied"):
        write_atomic(tmp_path / "h.pdf", b"x", overwrite=False)
