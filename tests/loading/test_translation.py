"""Pathway translations: keys by id, hashes of the English, refusal to mix languages."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from avn_aid.errors import InputError, PathwayError
from avn_aid.handout.localize import language, require_available
from avn_aid.loading import PathwayDocument
from avn_aid.loading.translation import (
    available_languages,
    coverage,
    load_translation,
    text_sha,
    translatable_texts,
    translate,
)


def _yaml_1_2(data: object) -> str:
    """YAML that means the same under YAML 1.2: every string quoted (PyYAML writes YAML 1.1,
    which leaves a hash such as 8150e2131452 bare, and YAML 1.2 reads that as a number)."""
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_style='"')


def _complete_file(document: PathwayDocument, path: Path, prefix: str = "ت ") -> Path:
    entries = {
        t.key: {"english_sha": text_sha(t.english), "text": prefix + t.english}
        for t in translatable_texts(document.pathway)
    }
    data = {"language": "ar", "translates": "avn-hip.yaml", "reviewers": [], "entries": entries}
    path.write_text(_yaml_1_2(data), encoding="utf-8")
    return path


def test_keys_name_items_by_id(default_document: PathwayDocument) -> None:
    keys = {t.key for t in translatable_texts(default_document.pathway)}
    first = default_document.pathway.options[0]
    assert f"options.{first.id}.name" in keys
    assert f"options.{first.id}.benefits.0.text" in keys
    # Ids, statuses, citations and file names are not prose to translate.
    assert not any(k.endswith((".id", ".status", ".citation", ".file")) for k in keys)
    assert not any(".sources." in k for k in keys)


def test_applying_a_complete_file_translates_every_text(
    default_document: PathwayDocument, tmp_path: Path
) -> None:
    path = _complete_file(default_document, tmp_path / "avn-hip.ar.yaml")
    translated = translate(default_document, load_translation(path))
    texts = translatable_texts(translated.pathway)
    assert texts and all(t.english.startswith("ت ") for t in texts)
    # Ids and structure are untouched: the same rules give the same statuses.
    assert [o.id for o in translated.pathway.options] == [
        o.id for o in default_document.pathway.options
    ]


def test_a_missing_or_stale_entry_refuses_the_handout(
    default_document: PathwayDocument, tmp_path: Path
) -> None:
    path = _complete_file(default_document, tmp_path / "avn-hip.ar.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    keys = list(data["entries"])
    del data["entries"][keys[3]]
    data["entries"][keys[5]]["english_sha"] = "0" * 12
    path.write_text(_yaml_1_2(data), encoding="utf-8")
    loaded = load_translation(path)
    found = coverage(default_document.pathway, loaded.translation)
    assert [t.key for t in found.missing] == [keys[3]]
    assert [t.key for t in found.stale] == [keys[5]]
    with pytest.raises(PathwayError) as caught:
        translate(default_document, loaded)
    message = str(caught.value)
    assert keys[3] in message and keys[5] in message


def test_languages_are_found_beside_the_pathway(tmp_path: Path) -> None:
    for name in ("p.yaml", "p.tests.yaml", "p.ar.yaml", "p.fr.yaml", "other.de.yaml"):
        (tmp_path / name).write_text("x: 1\n", encoding="utf-8")
    assert available_languages(tmp_path / "p.yaml") == ["en", "ar", "fr"]


def test_unknown_language_codes_are_refused_with_the_list() -> None:
    with pytest.raises(InputError, match="not a language code"):
        language("xx-nonsense-code")
    with pytest.raises(InputError, match=r"available: en \(English\), ar \(Arabic\)"):
        require_available("fr", ["en", "ar"])
    assert language("ar").right_to_left and not language("en").right_to_left


def test_numbers_and_dates_follow_the_language() -> None:
    import datetime as dt

    assert language("ar-IQ").number(12) == "١٢"
    assert language("ar").number(12) == "12"  # CLDR: Arabic in general uses Latin digits
    assert "٢٠٢٦" in language("ar-IQ").date(dt.date(2026, 1, 5))
    assert language("fr").number(1234.5) == "1\u202f234,5"


def test_a_new_language_starts_from_a_skeleton_and_keeps_work_on_update(
    default_document: PathwayDocument, tmp_path: Path
) -> None:
    """`avn-aid translation LANG` output: every text listed, translations kept, stale marked."""
    from avn_aid.loading.translation import skeleton

    texts = translatable_texts(default_document.pathway)
    path = tmp_path / "avn-hip.fr.yaml"
    path.write_text(skeleton(default_document, "fr", None), encoding="utf-8")
    empty = load_translation(path)
    assert len(coverage(default_document.pathway, empty.translation).missing) == len(texts)

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["entries"][texts[0].key]["text"] = "Ostéonécrose de la hanche"
    data["entries"][texts[1].key].update(text="ancienne", english_sha="0" * 12)
    path.write_text(_yaml_1_2(data), encoding="utf-8")
    again = skeleton(default_document, "fr", load_translation(path).translation)
    assert '"Ostéonécrose de la hanche"' in again
    assert "STALE" in again and '"ancienne"' in again
    path.write_text(again, encoding="utf-8")
    found = coverage(default_document.pathway, load_translation(path).translation)
    assert [t.key for t in found.stale] == [texts[1].key]
    assert len(found.missing) == len(texts) - 2


def test_the_default_pathway_has_a_complete_current_arabic_translation(
    default_document: PathwayDocument,
) -> None:
    """When the English changes, update pathways/avn-hip.ar.yaml (`avn-aid translation ar`)."""
    from avn_aid.loading.translation import translation_file_for

    loaded = load_translation(translation_file_for(default_document.file, "ar"))
    found = coverage(default_document.pathway, loaded.translation)
    assert [t.key for t in found.missing] == []
    assert [t.key for t in found.stale] == []
    assert list(found.unknown) == []
    assert not loaded.translation.reviewed  # a draft until a medical translator signs it


def test_a_malformed_entry_is_located_and_named_like_pathway_errors(tmp_path):
    """Translation files share the pathway's error wording: line, column and readable path."""
    path = tmp_path / "p.fr.yaml"
    path.write_text(
        "language: fr\ntranslates: p.yaml\nentries:\n  metadata.title:\n"
        "    english_sha: nothex\n    text: Bonjour\n    colour: red\n"
    )
    with pytest.raises(PathwayError) as caught:
        load_translation(path)
    assert [str(p).removeprefix(str(tmp_path)) for p in caught.value.problems] == [
        "/p.fr.yaml:5:18: 'nothex' does not have the expected form (^[0-9a-f]{12}$)"
        " (entries.metadata.title.english_sha)",
        "/p.fr.yaml:7:5: unknown key 'colour' (check its spelling; `avn-aid schema` lists the keys)"
        " (entries.metadata.title.colour)",
    ]
