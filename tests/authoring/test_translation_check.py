"""`check` reports missing and stale translations at their lines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from avn_aid.authoring.check import analyse
from avn_aid.loading.loader import load_located_pathway
from avn_aid.loading.translation import text_sha, translatable_texts
from tests.conftest import line_of


def test_check_finds_a_missing_and_a_stale_translation_at_their_lines(
    tmp_path: Path, default_text: str
) -> None:
    pathway = tmp_path / "avn-hip.yaml"
    pathway.write_text(default_text, encoding="utf-8")
    document, located = load_located_pathway(pathway)
    texts = translatable_texts(document.pathway)
    stale_key = texts[1].key
    missing = texts[2]
    lines = ["language: ar", "translates: avn-hip.yaml", "reviewers: []", "entries:"]
    for text in texts:
        if text is missing:
            continue
        sha = "0" * 12 if text.key == stale_key else text_sha(text.english)
        lines += [f"  {text.key}:", f"    english_sha: '{sha}'", "    text: ترجمة"]
    translation = tmp_path / "avn-hip.ar.yaml"
    translation.write_text("\n".join(lines) + "\n", encoding="utf-8")
    content = translation.read_text(encoding="utf-8")

    report = analyse(document, located, strict=False, today=dt.date(2026, 11, 22))
    found = {(f.kind, f.file, f.line) for f in report.findings if f.kind.startswith("translation")}

    english_line = located.mark(missing.path).line
    assert ("translation missing", str(pathway), english_line) in found
    assert ("translation stale", str(translation), line_of(content, f"  {stale_key}:")) in found
    assert len([k for k, _, _ in found if k in ("translation missing", "translation stale")]) == 2
    # The reported line is where the English is written (its key, or the text itself).
    assert f"{missing.key.rsplit('.', 1)[-1]}:" in default_text.splitlines()[english_line - 1]
