"""The validated-pathway cache: same pathway back, misses on anything odd, no patient data."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from avn_aid.loading import cache
from avn_aid.loading.loader import load_pathway
from avn_aid.resources import default_pathway
from tests.conftest import EXAMPLE_ARGS


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "cache-home"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.delenv("AVN_AID_NO_CACHE", raising=False)
    return home


def _entries(home: Path) -> list[Path]:
    return sorted(p for p in home.rglob("*") if p.is_file())


def test_a_second_load_comes_from_the_cache_and_equals_the_first(cache_home):
    """The entry is written on the first load and gives back an equal pathway."""
    first = load_pathway(default_pathway())
    entries = _entries(cache_home)
    assert len(entries) == 1 and entries[0].parent.name == "pathways"
    hit = cache.load(first.sha256, first.file)
    assert hit is not None and hit.pathway == first.pathway and hit.sha256 == first.sha256
    assert load_pathway(default_pathway()) == first


def test_a_damaged_entry_is_a_miss_and_is_replaced(cache_home):
    """A flipped byte fails the checksum: the YAML is read again and the entry rewritten."""
    first = load_pathway(default_pathway())
    (entry,) = _entries(cache_home)
    data = bytearray(entry.read_bytes())
    data[-10] ^= 0x01
    entry.write_bytes(bytes(data))
    assert cache.load(first.sha256, first.file) is None
    assert load_pathway(default_pathway()) == first
    assert cache.load(first.sha256, first.file) is not None


@pytest.mark.parametrize("content", [b"", b"not json\n{}", b'{"key": "x", "sha256": "y"}\n{}'])
def test_garbage_entries_are_misses(cache_home, content):
    first = load_pathway(default_pathway())
    (entry,) = _entries(cache_home)
    entry.write_bytes(content)
    assert cache.load(first.sha256, first.file) is None


def _plant(entry: Path, body: bytes) -> None:
    """Write an entry with a correct checksum for `body`, under the entry's own key."""
    header = json.dumps({"key": entry.name, "sha256": hashlib.sha256(body).hexdigest()}).encode()
    entry.write_bytes(header + b"\n" + body)


def _valid_body(entry: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(entry.read_bytes().partition(b"\n")[2])
    return data


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda d: {"metadata": {}}, id="not-a-pathway"),
        pytest.param(lambda d: {**d, "@": "Patient"}, id="a-class-that-is-not-a-record"),
        pytest.param(lambda d: {**d, "@": "os.system"}, id="a-foreign-name"),
        pytest.param(lambda d: {k: v for k, v in d.items() if k != "options"}, id="missing-field"),
        pytest.param(lambda d: {**d, "extra": 1}, id="unknown-field"),
        pytest.param(
            lambda d: {**d, "metadata": {**d["metadata"], "@": "Source"}}, id="wrong-class"
        ),
        pytest.param(lambda d: [d], id="a-list"),
    ],
)
def test_an_entry_that_does_not_rebuild_is_a_miss(cache_home, change):
    """Even with a correct checksum, an entry that is not the pathway's records, field for
    field, is a miss (and the YAML is read again)."""
    first = load_pathway(default_pathway())
    (entry,) = _entries(cache_home)
    _plant(entry, json.dumps(change(_valid_body(entry))).encode())
    assert cache.load(first.sha256, first.file) is None
    assert load_pathway(default_pathway()) == first


def test_a_hit_imports_neither_pydantic_nor_yaml(cache_home):
    """The point of the cache: a start served from it runs on plain data alone."""
    load_pathway(default_pathway())
    code = (
        "import sys\n"
        "from avn_aid.loading.loader import load_pathway\n"
        "from avn_aid.resources import default_pathway\n"
        "document = load_pathway(default_pathway())\n"
        "print(document.pathway.metadata.id)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'yaml')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "XDG_CACHE_HOME": str(cache_home)},
    )
    assert done.stdout.splitlines() == ["avn-hip-default", "[]"], done.stdout


def test_no_cache_when_turned_off(cache_home, monkeypatch):
    monkeypatch.setenv("AVN_AID_NO_CACHE", "1")
    load_pathway(default_pathway())
    assert _entries(cache_home) == []


def test_an_edited_file_is_a_new_key(cache_home, write_pathway):
    """A different file content never meets the old entry."""
    load_pathway(default_pathway())
    edited = write_pathway(
        ("  title: Osteonecrosis of the hip", "  title: Osteonecrosis of the hip (edited)")
    )
    assert "(edited)" in load_pathway(edited).pathway.metadata.title
    assert len(_entries(cache_home)) == 2


def test_validate_and_check_never_use_the_cache(cache_home):
    """They always read and check the YAML: no entry appears."""
    for command in (["validate", str(default_pathway())], ["check", str(default_pathway())]):
        subprocess.run(
            [sys.executable, "-m", "avn_aid", *command], capture_output=True, check=False
        )
    assert _entries(cache_home) == []


@pytest.mark.slow
def test_the_cache_never_holds_anything_about_a_patient(cache_home, tmp_path):
    """After recommend and a handout with a name, clinician and rare inputs, no entry holds them."""
    name, clinician = "Zebediah Quintessa Marchbanks", "Dr Ottoline Fairweather-Knox"
    out = tmp_path / "h.pdf"
    for args in (
        [
            "recommend",
            "--age",
            "47",
            "--stage",
            "IIB",
            "--collapse",
            "minimal",
            "--risk-factor",
            "smoking",
            "--json",
        ],
        [
            "handout",
            *EXAMPLE_ARGS,
            "--patient-name",
            name,
            "--clinician",
            clinician,
            "--date",
            "2031-02-03",
            "-o",
            str(out),
        ],
    ):
        done = subprocess.run([sys.executable, "-m", "avn_aid", *args], capture_output=True)
        assert done.returncode in (0, 1), done.stderr
    entries = _entries(cache_home)
    assert entries, "the commands should have written an entry"
    for entry in entries:
        data = entry.read_bytes()
        for secret in (name, clinician, "Zebediah", "Fairweather", "2031-02-03"):
            assert secret.encode() not in data, (entry, secret)
    # and what the pathway's entry holds is exactly the pathway, nothing more (the other
    # entries are the wording catalogues, checked for the secrets above)
    (pathway_entry,) = [e for e in entries if e.parent.name == "pathways"]
    document = load_pathway(default_pathway(), use_cache=False)
    body = pathway_entry.read_bytes().partition(b"\n")[2]
    assert body == cache.entry_body(document.pathway)
    assert cache.load(document.sha256, document.file) == document


def test_the_key_follows_the_checking_data(tmp_path, monkeypatch):
    """Another font coverage table (it decides which texts are printable) is another key."""
    before = cache.entry_key("0" * 64)
    table = tmp_path / "coverage.txt"
    table.write_text("0020-007E\n", encoding="ascii")
    monkeypatch.setattr(cache, "font", lambda name: table)
    assert cache.entry_key("0" * 64) != before


def test_recommend_from_a_warm_cache_never_loads_the_pathway_format(cache_home):
    """`recommend` served from the cache imports neither pydantic nor YAML: the pathway
    comes back as plain records and the patient is checked by the plain Patient."""
    code = (
        "import sys\n"
        "from avn_aid.cli.main import main\n"
        f"main(['recommend', {', '.join(repr(a) for a in EXAMPLE_ARGS)}, '--json'])\n"
        "loaded = [m for m in ('avn_aid.model.pathway', 'yaml', 'avn_aid.loading.safe_yaml',"
        " 'pydantic', 'pydantic_core')"
        " if m in sys.modules]\n"
        "print('LOADED', loaded, file=sys.stderr)\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    for _ in range(2):  # the first run fills the cache, the second is served from it
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
        )
    assert "LOADED []" in done.stderr, done.stderr
