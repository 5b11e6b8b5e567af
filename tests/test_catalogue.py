"""Every wording key the code asks for exists, every key is used, and languages agree."""

from __future__ import annotations

import re
import string
import typing
from pathlib import Path

import pytest

from avn_aid.catalogue import entries, text, texts
from avn_aid.model.pathway import SourceKind, WeightBearing
from avn_aid.model.patient import UNASKED_QUESTIONS, Answer
from avn_aid.model.status import Status
from avn_aid.resources import messages_file

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "avn_aid"
LITERAL = re.compile(r"""\btexts?\(\s*["']([a-z_.]+)["']""")
PREFIXED = re.compile(r"""_texts\(\s*["']([a-z_.]+)["']((?:,\s*["'][a-z_]+["'])+)""")


def _keys_in_code() -> set[str]:
    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        code = path.read_text(encoding="utf-8")
        found.update(LITERAL.findall(code))
        for prefix, rest in PREFIXED.findall(code):
            found.update(f"{prefix}.{k}" for k in re.findall(r"[a-z_]+", rest))
    return found


def _keys_by_family() -> set[str]:
    """Keys the code builds from ids: one per status, weight-bearing kind and source kind."""
    keys = {f"status.{s.value}.{part}" for s in Status for part in ("label", "patient")}
    for kind in typing.get_args(WeightBearing):
        keys |= {f"weight_bearing.long.{kind}", f"weight_bearing.short.{kind}"}
    keys |= {f"source_kinds.{kind}" for kind in typing.get_args(SourceKind)}
    keys |= {"handout.side.left", "handout.side.right"}
    keys |= {"handout.side_word.left", "handout.side_word.right"}
    # The optional questions and their answers, and what a figure counted.
    keys |= {f"handout.asked.{q}" for q in UNASKED_QUESTIONS}
    keys |= {f"handout.asked.question.{q}" for q in UNASKED_QUESTIONS}
    keys |= {f"handout.asked.{answer}" for answer in typing.get_args(Answer)}
    keys |= {f"numbers.noun.{noun}" for noun in ("people", "hips", "counted")}
    return keys


def test_every_key_the_code_uses_exists() -> None:
    used = _keys_in_code() | _keys_by_family()
    assert len(used) > 100, "the scan found the code's keys"
    assert sorted(used - set(entries())) == []


def test_every_key_in_the_catalogue_is_used() -> None:
    assert sorted(set(entries()) - _keys_in_code() - _keys_by_family()) == []


def test_fields_are_filled_in() -> None:
    assert text("handout.page_of", page=2, total=8) == "Page 2 of 8"
    assert text("handout.sure.yes_box", box="X") == "X Yes"
    with pytest.raises(TypeError):
        texts("handout.page_of")


def _fields(entry: str | tuple[str, ...]) -> set[str]:
    parts = [entry] if isinstance(entry, str) else list(entry)
    return {name for p in parts for _, name, _, _ in string.Formatter().parse(p) if name}


def test_other_languages_have_the_same_keys_and_fields() -> None:
    folder = messages_file("en").parent
    english = entries("en")
    for path in sorted(folder.glob("*.yaml")):
        other = entries(path.stem)
        assert set(other) == set(english), path.name
        for key, entry in english.items():
            assert _fields(other[key]) == _fields(entry), f"{path.name}: {key}"


@pytest.mark.parametrize("wording", ["yes", "no", "on", "1:40", "12"])
def test_a_wording_that_yaml_reads_as_something_else_is_refused(
    wording: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bare yes/no/number in a catalogue file fails loudly instead of printing 'True'."""
    import avn_aid.catalogue as catalogue

    bad = tmp_path / "xx.yaml"
    bad.write_text(f"handout:\n  answer: {wording}\n", encoding="utf-8")
    monkeypatch.setattr(catalogue, "messages_file", lambda language: bad)
    catalogue.entries.cache_clear()
    try:
        with pytest.raises(TypeError, match=r"handout\.answer"):
            catalogue.entries("xx")
    finally:
        catalogue.entries.cache_clear()


@pytest.fixture
def fresh_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """entries() reading a catalogue of our own through a cache folder of its own."""
    import avn_aid.catalogue as catalogue

    home = tmp_path / "cache-home"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.delenv("AVN_AID_NO_CACHE", raising=False)
    words = tmp_path / "xx.yaml"
    words.write_text("handout:\n  answer: 'Yes'\n  list:\n    - one\n    - two\n", "utf-8")
    monkeypatch.setattr(catalogue, "messages_file", lambda language: words)
    catalogue.entries.cache_clear()
    yield catalogue, words, home
    catalogue.entries.cache_clear()


def _fresh(catalogue):
    catalogue.entries.cache_clear()
    return catalogue.entries("xx")


def test_the_catalogue_is_cached_and_a_hit_gives_the_same_words(fresh_catalogue) -> None:
    catalogue, _, home = fresh_catalogue
    first = _fresh(catalogue)
    assert first == {"handout.answer": "Yes", "handout.list": ("one", "two")}
    (entry,) = (home / "avn-aid" / "catalogues").iterdir()
    entry.write_bytes(entry.read_bytes().replace(b'"Yes"', b'"Ja!"'))  # checksum now wrong
    assert _fresh(catalogue) == first  # a damaged entry is a miss: the YAML again
    assert _fresh(catalogue) == first  # ... and rewritten


def test_an_entry_that_is_not_a_catalogue_is_a_miss(fresh_catalogue) -> None:
    """Even with a matching checksum, an entry holding other than text is not used."""
    import hashlib
    import json

    catalogue, _, home = fresh_catalogue
    first = _fresh(catalogue)
    (entry,) = (home / "avn-aid" / "catalogues").iterdir()
    for body in (b'{"handout.answer": true}', b'["handout.answer"]', b'{"k": ["a", 1]}'):
        header = {"key": entry.name, "sha256": hashlib.sha256(body).hexdigest()}
        entry.write_bytes(json.dumps(header).encode() + b"\n" + body)
        assert _fresh(catalogue) == first


def test_an_edited_catalogue_is_read_again(fresh_catalogue) -> None:
    catalogue, words, home = fresh_catalogue
    _fresh(catalogue)
    words.write_text("handout:\n  answer: 'No'\n", "utf-8")
    assert _fresh(catalogue) == {"handout.answer": "No"}
    assert len(list((home / "avn-aid" / "catalogues").iterdir())) == 2


def test_no_catalogue_cache_when_caching_is_off(fresh_catalogue, monkeypatch) -> None:
    catalogue, _, home = fresh_catalogue
    monkeypatch.setenv("AVN_AID_NO_CACHE", "1")
    assert _fresh(catalogue)["handout.answer"] == "Yes"
    assert not (home / "avn-aid").exists()


def test_words_from_a_warm_cache_need_no_yaml(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from avn_aid.catalogue import text\n"
        "print(text('handout.heading.sources'))\n"
        "print('yaml' in sys.modules)\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("AVN_AID_NO_CACHE", None)
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        ).stdout.splitlines()
        for _ in range(2)
    ]
    heading = text("handout.heading.sources", "en")
    assert runs == [[heading, "True"], [heading, "False"]]
