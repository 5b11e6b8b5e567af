"""Cache entries: read back as written, and anything else in their place is a miss."""

from __future__ import annotations

import os

import pytest

from avn_aid import user_cache


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("AVN_AID_NO_CACHE", raising=False)
    return tmp_path / "avn-aid" / "things"


def test_an_entry_reads_back_and_only_under_its_key(folder):
    user_cache.write_entry("things", "k1", b"body")
    assert user_cache.read_entry("things", "k1", 100) == b"body"
    assert user_cache.read_entry("things", "k2", 100) is None
    (folder / "k2").write_bytes((folder / "k1").read_bytes())  # k1's entry under k2
    assert user_cache.read_entry("things", "k2", 100) is None
    assert [p.name for p in folder.iterdir()] != [] and not list(folder.glob(".*.tmp"))


def test_what_is_not_an_entry_is_a_miss(folder):
    user_cache.write_entry("things", "big", b"x" * 50)
    assert user_cache.read_entry("things", "big", 40) is None  # over the limit
    (folder / "dir").mkdir()
    assert user_cache.read_entry("things", "dir", 100) is None
    os.mkfifo(folder / "fifo")  # would block a plain open() for ever
    assert user_cache.read_entry("things", "fifo", 100) is None
    (folder / "junk").write_bytes(b"not json\nbody")
    assert user_cache.read_entry("things", "junk", 100) is None


def test_nothing_is_kept_when_caching_is_off(folder, monkeypatch):
    monkeypatch.setenv("AVN_AID_NO_CACHE", "1")
    user_cache.write_entry("things", "k1", b"body")
    assert not folder.exists() and user_cache.read_entry("things", "k1", 100) is None
