"""The hostile inputs, as a table: what is on disk, the command, the exit code, the message.

Each case names the problem its message must state and, for files, where (file:line:col).
Pathway cases start from the frozen pathway of the golden tests, so clinical edits to the
default pathway do not move them. Contents that cannot be written literally (5,000
levels of nesting, a 1.5 MB file) are built by the small helpers at the top.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent / "golden" / "pathway.yaml"
PATHWAY_ID = "avn-hip-default"
PATIENT = ("--age", "40", "--stage", "IIA", "--collapse", "none")


@dataclass(frozen=True)
class File:
    """A file to write before the run; `content` may be built from the base pathway text."""

    name: str
    content: bytes | Callable[[str], bytes]


@dataclass(frozen=True)
class Fifo:
    name: str


@dataclass(frozen=True)
class Folder:
    name: str


@dataclass(frozen=True)
class Device:
    """A character device (made with mknod as root; otherwise a link to /dev/null)."""

    name: str


@dataclass(frozen=True)
class Case:
    id: str
    argv: tuple[str, ...]
    exit: int
    says: str  # a regular expression the output (stdout + stderr) must match
    setup: tuple[File | Fifo | Folder | Device, ...] = ()
    runner: str = "cli"  # or "session": the wizard's Open session
    stdout: str = "pipe"  # or "full" (/dev/full) or "closed"
    creates: tuple[str, ...] = ()  # files the run may create (only for cases that succeed)
    env: dict[str, str] = field(default_factory=dict)  # "{folder}" is the case's folder


# --- builders ---------------------------------------------------------------------------


def edited(*replacements: tuple[str, str]) -> Callable[[str], bytes]:
    """The base pathway with each `old` (which must occur) replaced once."""

    def build(base: str) -> bytes:
        for old, new in replacements:
            assert old in base, f"case set-up: {old!r} not in the base pathway"
            base = base.replace(old, new, 1)
        return base.encode("utf-8")

    return build


def appended(extra: str) -> Callable[[str], bytes]:
    return lambda base: (base + extra).encode("utf-8")


def extra_contraindications(count: int) -> Callable[[str], bytes]:
    items = "".join(
        f"  - id: extra_{i}\n    label: Extra {i}\n    explanation: An extra one.\n"
        f"    group: Other\n    kind: relative\n    sources: [s000]\n"
        for i in range(count)
    )
    return edited(("contraindications:\n", "contraindications:\n" + items))


def extra_risk_factors(count: int) -> Callable[[str], bytes]:
    items = "".join(
        f"  - id: extra_rf_{i}\n    label: Extra {i}\n    explanation: An extra one.\n"
        f"    group: Other\n    sources: [s000]\n"
        for i in range(count)
    )
    return edited(("risk_factors:\n", "risk_factors:\n" + items))


def options_changed(change: Callable[[list[dict[str, object]]], None]) -> Callable[[str], bytes]:
    """The base pathway with its options list changed (written back as JSON, which is YAML)."""

    def build(base: str) -> bytes:
        import yaml  # the base pathway is plain YAML; the loader under test is not used here

        data = yaml.safe_load(base)
        change(data["options"])
        return json.dumps(data, default=str).encode("utf-8")

    return build


def copies(options: list[dict[str, object]]) -> None:
    """40 options, more than the format's 32: the first one's short copies (whole copies
    would make the file larger than a pathway may be, a different refusal)."""
    first = options[0]
    short = {
        **first,
        "rules": [],
        "outcomes": [],
        "costs": [],
        "preparation": [],
        "benefits": first["benefits"][:1],  # type: ignore[index]
        "risks": first["risks"][:1],  # type: ignore[index]
    }
    options.extend({**short, "id": f"{first['id']}_copy{k}"} for k in range(40 - len(options)))


def long_grid_texts(options: list[dict[str, object]]) -> None:
    for option in options:
        option["plain"] = "word " * 790


def long_names(options: list[dict[str, object]]) -> None:
    options[0]["name"] = "n" * 4000


def utf8(text: str) -> bytes:
    return text.encode("utf-8")


def cases_file(patient: str) -> bytes:
    return utf8(
        f"pathway: {PATHWAY_ID}\ncases:\n  - name: hostile\n    patient: {patient}\n"
        "    expect: {outcome: ok}\n"
    )


def session(**patient: object) -> bytes:
    data = {
        "format": "avn-aid-session",
        "format_version": 1,
        "patient": {"age": 40, "stage": "IIA", "collapse": "none", **patient},
        "patient_name": "",
        "clinician": "",
        "side": None,
        "pathway": {"id": PATHWAY_ID, "version": "0.1.0", "sha256": "0" * 64},
        "answer": {"outcome": "ok", "statuses": {}, "caveats": []},
    }
    return utf8(json.dumps(data))


def session_text(edit: Callable[[str], str]) -> bytes:
    return utf8(edit(session().decode("utf-8")))


def validate(name: str = "p.yaml") -> tuple[str, ...]:
    return ("validate", name)


LONG_ID = "x" * 100_000  # one argument; the kernel allows up to 128 KiB

# --- the table --------------------------------------------------------------------------

PATHWAYS = [
    Case(
        "yaml-deep-sequences",
        validate(),
        1,
        r"p\.yaml:1:\d+: the data is nested more than 40 levels deep",
        (File("p.yaml", utf8("a: " + "[" * 5000 + "]" * 5000 + "\n")),),
    ),
    Case(
        "yaml-deep-mappings",
        validate(),
        1,
        r"p\.yaml:1:\d+: the data is nested more than 40 levels deep",
        (File("p.yaml", utf8("a: " + "{b: " * 3000 + "1" + "}" * 3000 + "\n")),),
    ),
    Case(
        "yaml-deep-block-nesting",
        validate(),
        1,
        r"p\.yaml:\d+:\d+: the data is nested more than 40 levels deep",
        (
            File(
                "p.yaml", utf8("".join(f"{' ' * i}k{i}:\n" for i in range(600)) + " " * 600 + "v\n")
            ),
        ),
    ),
    Case(
        "yaml-alias-to-itself",
        validate(),
        1,
        r"p\.yaml:1:11: alias \*x refers to the node that contains it",
        (File("p.yaml", utf8("a: &x [1, *x]\n")),),
    ),
    Case(
        "yaml-mapping-alias-to-itself",
        validate(),
        1,
        r"p\.yaml:2:6: alias \*m refers to the node that contains it",
        (File("p.yaml", utf8("a: &m\n  b: *m\n")),),
    ),
    Case(
        "yaml-billion-laughs",
        validate(),
        1,
        r"p\.yaml:\d+:\d+: the file expands to more than 100,000 values",
        (
            File(
                "p.yaml",
                utf8(
                    "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
                    + "".join(
                        f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]\n"
                        for i in range(1, 10)
                    )
                ),
            ),
        ),
    ),
    Case(
        "yaml-undefined-alias",
        validate(),
        1,
        r"p\.yaml:1:4: alias \*nowhere is used before &nowhere defines it",
        (File("p.yaml", utf8("a: *nowhere\n")),),
    ),
    Case(
        "yaml-float-tag-on-text",
        validate(),
        1,
        r"p\.yaml:1:4: 'abc' is not a number \(!!float\)",
        (File("p.yaml", utf8("a: !!float abc\n")),),
    ),
    Case(
        "yaml-timestamp-tag-on-text",
        validate(),
        1,
        r"p\.yaml:1:4: 'notadate' is not a date written as YYYY-MM-DD",
        (File("p.yaml", utf8("a: !!timestamp notadate\n")),),
    ),
    Case(
        "yaml-bool-tag-on-text",
        validate(),
        1,
        r"p\.yaml:1:4: 'maybe' is not true or false \(!!bool\)",
        (File("p.yaml", utf8("a: !!bool maybe\n")),),
    ),
    Case(
        "yaml-int-tag-on-decimal",
        validate(),
        1,
        r"p\.yaml:1:4: '1\.5' is not a whole number \(!!int\)",
        (File("p.yaml", utf8("a: !!int 1.5\n")),),
    ),
    Case(
        "yaml-python-object-runs-nothing",
        validate(),
        1,
        r"p\.yaml:1:11: tag 'tag:yaml\.org,2002:python/object/apply:os\.system' is not allowed",
        (File("p.yaml", utf8('metadata: !!python/object/apply:os.system ["touch pwned"]\n')),),
    ),
    Case(
        "yaml-python-name",
        validate(),
        1,
        r"p\.yaml:1:4: tag 'tag:yaml\.org,2002:python/name:os\.system' is not allowed",
        (File("p.yaml", utf8("a: !!python/name:os.system ''\n")),),
    ),
    Case(
        "yaml-binary-tag",
        validate(),
        1,
        r"p\.yaml:1:4: tag 'tag:yaml\.org,2002:binary' is not allowed",
        (File("p.yaml", utf8("a: !!binary aGVsbG8=\n")),),
    ),
    Case(
        "yaml-local-tag",
        validate(),
        1,
        r"p\.yaml:1:4: tag '!thing' is not allowed",
        (File("p.yaml", utf8("a: !thing x\n")),),
    ),
    Case(
        "yaml-merge-key",
        validate(),
        1,
        r"p\.yaml:3:3: merge keys \(<<\) are not allowed",
        (File("p.yaml", utf8("base: &b {x: 1}\nm:\n  <<: *b\n")),),
    ),
    Case(
        "yaml-duplicate-key",
        validate(),
        1,
        r"p\.yaml:11:3: duplicate key 'title' \(first given at line 10\)",
        (File("p.yaml", edited(("  title: Osteo", "  title: Other\n  title: Osteo"))),),
    ),
    Case(
        "yaml-key-is-a-list",
        validate(),
        1,
        r"p\.yaml:1:3: a key must be plain text",
        (File("p.yaml", utf8("? [a, b]\n: 1\n")),),
    ),
    Case(
        "yaml-two-documents",
        validate(),
        1,
        r"p\.yaml:2:1: the file holds more than one YAML document",
        (File("p.yaml", utf8("--- {a: 1}\n--- {b: 2}\n")),),
    ),
    Case(
        "yaml-octal-looking-age",
        validate(),
        1,
        r"p\.yaml:20:14: '020': a number with a leading zero is read differently",
        (File("p.yaml", edited(("    min_age: 18", "    min_age: 020"))),),
    ),
    Case(
        "yaml-sexagesimal-age",
        validate(),
        1,
        r"p\.yaml:21:14: expected a whole number \(metadata\.scope\.max_age\)",
        (File("p.yaml", edited(("    max_age: 120", "    max_age: 1:40"))),),
    ),
    Case(
        "yaml-yes-as-age",
        validate(),
        1,
        r"p\.yaml:20:14: expected a whole number \(metadata\.scope\.min_age\)",
        (File("p.yaml", edited(("    min_age: 18", "    min_age: yes"))),),
    ),
    Case(
        "yaml-true-as-age",
        validate(),
        1,
        r"p\.yaml:20:14: expected a whole number \(metadata\.scope\.min_age\)",
        (File("p.yaml", edited(("    min_age: 18", "    min_age: true"))),),
    ),
    Case(
        "yaml-quoted-number-as-age",
        validate(),
        1,
        r"p\.yaml:20:14: expected a whole number \(metadata\.scope\.min_age\)",
        (File("p.yaml", edited(("    min_age: 18", '    min_age: "18"'))),),
    ),
    Case(
        "yaml-decimal-as-age",
        validate(),
        1,
        r"p\.yaml:20:14: expected a whole number \(metadata\.scope\.min_age\)",
        (File("p.yaml", edited(("    min_age: 18", "    min_age: 18.0"))),),
    ),
    Case(
        "yaml-min-age-above-max-age",
        validate(),
        1,
        r"p\.yaml:\d+:\d+: min_age \(90\) is greater than max_age \(50\) \(metadata\.scope\)",
        (
            File(
                "p.yaml",
                edited(
                    ("    min_age: 18", "    min_age: 90"), ("    max_age: 120", "    max_age: 50")
                ),
            ),
        ),
    ),
    Case(
        "yaml-5000-digit-number",
        validate(),
        1,
        r"p\.yaml:20:14: the number '9{24}\.\.\.' \(5,000 characters\) is too long",
        (File("p.yaml", edited(("    min_age: 18", "    min_age: " + "9" * 5000))),),
    ),
    Case(
        "yaml-nan-percent",
        validate(),
        1,
        r"p\.yaml:\d+:\d+: \.nan is not a usable number here",
        (File("p.yaml", edited(("        percent_low: 80", "        percent_low: .nan"))),),
    ),
    Case(
        "yaml-range-upside-down",
        validate(),
        1,
        r"p\.yaml:\d+:\d+: percent_low \(99\.0\) is greater than percent_high \(95\.0\)",
        (File("p.yaml", edited(("        percent_low: 80", "        percent_low: 99"))),),
    ),
    Case(
        "yaml-date-not-on-calendar",
        validate(),
        1,
        r"p\.yaml:16:18: 2026-02-30 is not a date on the calendar",
        (File("p.yaml", edited(("  last_reviewed: 2026-11-22", "  last_reviewed: 2026-02-30"))),),
    ),
    Case(
        "yaml-number-as-date",
        validate(),
        1,
        r"p\.yaml:16:18: Input should be a valid date|p\.yaml:16:18: expected a date",
        (File("p.yaml", edited(("  last_reviewed: 2026-11-22", "  last_reviewed: 0"))),),
    ),
    Case(
        "yaml-tab-indentation",
        validate(),
        1,
        r"p\.yaml:2:1: a tab is used for indentation; YAML indents with spaces only",
        (File("p.yaml", utf8("metadata:\n\tid: x\n")),),
    ),
    Case(
        "text-utf16",
        validate(),
        1,
        r"p\.yaml:1:1: this is UTF-16 text; save the file as UTF-8",
        (File("p.yaml", "metadata:\n  id: x\n".encode("utf-16")),),
    ),
    Case(
        "text-utf16-without-bom",
        validate(),
        1,
        r"p\.yaml:1:1: this is UTF-16 text; save the file as UTF-8",
        (File("p.yaml", "metadata:\n  id: x\n".encode("utf-16-le")),),
    ),
    Case(
        "text-utf32",
        validate(),
        1,
        r"p\.yaml:1:1: this is UTF-32 text; save the file as UTF-8",
        (File("p.yaml", "metadata:\n  id: x\n".encode("utf-32")),),
    ),
    Case(
        "text-binary",
        validate(),
        1,
        r"p\.yaml:1:1: this is not a text file \(it contains NUL bytes\)",
        (File("p.yaml", bytes(range(256)) * 8),),
    ),
    Case(
        "text-latin1",
        validate(),
        1,
        r"p\.yaml:2:1: this is not UTF-8 text",
        (File("p.yaml", "metadata:\n  title: Zo\xeb\n".encode("latin-1")),),
    ),
    Case(
        "text-control-character",
        validate(),
        1,
        r"p\.yaml:1:4: character U\+0007 is not allowed in a YAML file",
        (File("p.yaml", utf8("a: \x07\n")),),
    ),
    Case(
        "file-too-large",
        validate(),
        1,
        r"p\.yaml:1:1: the file is over 1,000,000 bytes; a pathway may be at most",
        (File("p.yaml", b"# " + b"x" * 1_500_000 + b"\n"),),
    ),
    Case(
        "file-fifo",
        validate(),
        1,
        r"p\.yaml:1:1: this is a pipe \(FIFO\), not a regular file",
        (Fifo("p.yaml"),),
    ),
    Case(
        "file-device",
        ("validate", "/dev/zero"),
        1,
        r"/dev/zero:1:1: this is a device, not a regular file",
    ),
    Case(
        "file-folder",
        validate(),
        1,
        r"p\.yaml:1:1: this is a folder, not a pathway",
        (Folder("p.yaml"),),
    ),
    Case("file-missing", validate(), 1, r"p\.yaml:1:1: cannot read the file: No such file"),
    Case("file-empty", validate(), 1, r"p\.yaml:1:1: the file is empty", (File("p.yaml", b""),)),
    Case(
        "yaml-list-not-mapping",
        validate(),
        1,
        r"p\.yaml:1:1: a pathway file must be a mapping",
        (File("p.yaml", b"- a\n- b\n"),),
    ),
    Case(
        "yaml-unknown-key",
        validate(),
        1,
        r"p\.yaml:11:3: unknown key 'titel'",
        (File("p.yaml", edited(("  version:", "  titel: x\n  version:"))),),
    ),
    Case(
        "text-cjk-in-pathway",
        validate(),
        1,
        r"p\.yaml:10:10: the handout font cannot print '骨' \(U\+9AA8\) \(metadata\.title\)",
        (File("p.yaml", edited(("  title: Osteonecrosis", "  title: 骨 Osteonecrosis"))),),
    ),
    Case(
        "text-bidi-override-in-pathway",
        validate(),
        1,
        r"p\.yaml:10:10: contains control or invisible formatting characters: U\+202E",
        (File("p.yaml", edited(("  title: Osteonecrosis", "  title: \u202eOsteonecrosis"))),),
    ),
    Case(
        "text-syriac-in-pathway",
        validate(),
        1,
        r"p\.yaml:10:10: contains right-to-left text",
        (File("p.yaml", edited(("  title: Osteonecrosis", "  title: ܓܪܡܐ Osteonecrosis"))),),
    ),
    Case(
        "output-900kb-value-is-excerpted",
        validate(),
        1,
        r"p\.yaml:\d+:\d+: is too long \(at most 4000 characters\) \(metadata\.funding\)",
        (File("p.yaml", edited(("  funding: ", "  funding: " + "y" * 900_000 + " "))),),
    ),
    Case(
        "output-20000-unknown-references",
        validate(),
        1,
        r"unknown source 'u0' \(defined: [^)]*\)[\s\S]*\.\.\. and 19,900 more problems",
        (
            File(
                "p.yaml",
                edited(
                    (
                        "      sources: [ref_context, s000]",
                        "      sources: [" + ", ".join(f"u{i}" for i in range(20_000)) + "]",
                    )
                ),
            ),
        ),
    ),
    Case(
        "yaml-too-many-values",
        validate(),
        1,
        r"p\.yaml:\d+:\d+: the file expands to more than 100,000 values; no pathway",
        (File("p.yaml", utf8("a: [" + "1, " * 120_000 + "1]\n")),),
    ),
    Case(
        "handout-too-many-options",
        ("handout", "--pathway", "p.yaml", *PATIENT, "-o", "h.pdf"),
        2,
        r"p\.yaml:1:\d+: has too many items \(at most 32\) \(options\)",
        (File("p.yaml", options_changed(copies)),),
    ),
    Case(
        "handout-option-name-too-long",
        ("handout", "--pathway", "p.yaml", *PATIENT, "-o", "h.pdf"),
        2,
        r"p\.yaml:1:\d+: is too long \(at most 120 characters\) \(options\[observation\]\.name\)",
        (File("p.yaml", options_changed(long_names)),),
    ),
    Case(
        "handout-grid-text-taller-than-a-page",
        (
            "handout",
            "--pathway",
            "p.yaml",
            "--age",
            "40",
            "--stage",
            "I",
            "--collapse",
            "none",
            "-o",
            "h.pdf",
        ),
        2,
        r"the handout cannot be laid out: a table cell holds more text than fits on a page",
        (File("p.yaml", options_changed(long_grid_texts)),),
    ),
    Case(
        "analysis-space-too-large",
        ("check", "p.yaml"),
        2,
        r"the decision space has [\d,]+ points to walk .* 2\^19 sets of risk factors\); "
        r"avn-aid analyses at most 500,000",
        (File("p.yaml", extra_risk_factors(15)),),
    ),
    Case(
        "analysis-diff-space-too-large",
        ("diff", "p.yaml", "q.yaml"),
        2,
        r"the decision space has [\d,]+ points to walk .* avn-aid analyses at most 500,000",
        (File("p.yaml", extra_risk_factors(0)), File("q.yaml", extra_risk_factors(15))),
    ),
    Case(
        # Once 13 hours: contraindications are now reasoned about in groups, not 2^22 sets.
        "analysis-22-contraindications-in-bounded-time",
        ("check", "p.yaml"),
        1,  # the frozen pathway has findings under today's checks; what matters is the finish
        r"p\.yaml: \d+ error\(s\), \d+ warning\(s\); [\d,]+ patients analysed",
        (File("p.yaml", extra_contraindications(15)),),
    ),
    # diff groups contraindication sets too: two versions with 20 (2^27 patients each) at once.
    Case(
        "analysis-diff-many-contraindications",
        ("diff", "p.yaml", "q.yaml"),
        0,
        r"No patient gets a different answer",
        (File("p.yaml", extra_contraindications(20)), File("q.yaml", extra_contraindications(20))),
    ),
]

CASE_FILES = [
    Case(
        f"cases-{name}",
        ("check", "p.yaml"),
        1,
        rf"p\.tests\.yaml:{where}: (error: test file: )?{says}",
        (File("p.yaml", extra_contraindications(0)), File("p.tests.yaml", content)),
    )
    for name, content, where, says in [
        (
            "deep",
            utf8("pathway: x\ncases: " + "[" * 3000 + "]" * 3000 + "\n"),
            r"2:\d+",
            "the data is nested",
        ),
        ("alias-to-itself", utf8("pathway: x\ncases: &c [*c]\n"), "2:12", r"alias \*c refers"),
        (
            "age-true",
            cases_file("{age: true, stage: I, collapse: none}"),
            r"4:\d+",
            "expected a whole number",
        ),
        (
            "age-text",
            cases_file("{age: '40', stage: I, collapse: none}"),
            r"4:\d+",
            "expected a whole number",
        ),
        (
            "age-200",
            cases_file("{age: 200, stage: I, collapse: none}"),
            r"4:\d+",
            "200 is out of range: the highest allowed is 150",
        ),
        (
            "age-negative",
            cases_file("{age: -1, stage: I, collapse: none}"),
            r"4:\d+",
            "-1 is out of range: the lowest allowed is 0",
        ),
        (
            "duplicate-key",
            utf8("pathway: x\npathway: y\ncases: []\n"),
            "2:1",
            "duplicate key 'pathway'",
        ),
        (
            "float-tag",
            cases_file("{age: !!float x, stage: I, collapse: none}"),
            r"4:\d+",
            r"'x' is not a number",
        ),
    ]
] + [
    Case(
        "cases-fifo",
        ("check", "p.yaml"),
        1,
        r"p\.tests\.yaml:1:1: (error: test file: )?this is a pipe \(FIFO\)",
        (File("p.yaml", extra_contraindications(0)), Fifo("p.tests.yaml")),
    ),
]

SESSIONS = [
    Case(
        f"session-{name}",
        ("s.json",),
        2,
        says,
        (File("s.json", content) if content is not None else Fifo("s.json"),),
        runner="session",
    )
    for name, content, says in [
        (
            "age-true",
            session(age=True),
            r"s\.json is not a valid session file:\s+patient\.age: expected a whole number",
        ),
        ("age-text", session(age="40"), r"patient\.age: expected a whole number"),
        ("age-decimal", session(age=40.0), r"patient\.age: expected a whole number"),
        (
            "age-200",
            session(age=200),
            r"patient\.age: 200 is out of range: the highest allowed is 150",
        ),
        (
            "age-negative",
            session(age=-1),
            r"patient\.age: -1 is out of range: the lowest allowed is 0",
        ),
        (
            "age-20-digits",
            session_text(lambda t: t.replace('"age": 40', '"age": 99999999999999999999')),
            r"the number '9{20}' is too long",
        ),
        (
            "age-5000-digits",
            session_text(lambda t: t.replace('"age": 40', '"age": ' + "9" * 5000)),
            r"the number '9{24}\.\.\.' \(5,000 characters\) is too long",
        ),
        (
            "duplicate-key",
            session_text(lambda t: t.replace('"age": 40', '"age": 40, "age": 41')),
            r"the key 'age' is given twice",
        ),
        ("deep", utf8("[" * 40_000 + "]" * 40_000), r"line 1: nested more than 20 levels deep"),
        (
            "nan",
            session_text(lambda t: t.replace('"age": 40', '"age": NaN')),
            r"NaN is not a JSON number",
        ),
        (
            "infinite",
            session_text(lambda t: t.replace('"age": 40', '"age": 1e999')),
            r"the number '1e999' is too large",
        ),
        (
            "version-true",
            session_text(lambda t: t.replace('"format_version": 1', '"format_version": true')),
            r"format_version: expected a whole number",
        ),
        (
            "version-9",
            session_text(lambda t: t.replace('"format_version": 1', '"format_version": 9')),
            r"format version 9 is not one this avn-aid reads",
        ),
        (
            "unknown-key",
            session_text(lambda t: t.replace('"age": 40', '"age": 40, "weight": 80')),
            r"patient\.weight: unknown key 'weight'",
        ),
        (
            "stage-too-long",
            session(stage="I" * 100),
            r"patient\.(hips\.0\.)?stage: is too long \(at most 64 characters\)",
        ),
        (
            "name-rtl-override",
            session_text(lambda t: t.replace('"patient_name": ""', '"patient_name": "A\\u202eB"')),
            r"patient_name: contains control or invisible formatting characters: U\+202E",
        ),
        (
            "name-syriac",
            session_text(lambda t: t.replace('"patient_name": ""', '"patient_name": "ܐܒܪܗܡ"')),
            r"patient_name: contains right-to-left text",
        ),
        ("not-json", utf8("age: 40\n"), r"line 1, column 1: not JSON"),
        ("not-utf8", b'{"a": "\xff"}', r"line 1: this is not UTF-8 text"),
        (
            "too-large",
            b" " * 200_000,
            r"the file is over 100,000 bytes; a session file may be at most",
        ),
        ("fifo", None, r"s\.json: this is a pipe \(FIFO\), not a regular file"),
    ]
] + [
    Case("session-device", ("/dev/zero",), 2, r"/dev/zero: this is a device", runner="session"),
]

ARGUMENTS = [
    Case(f"argument-age-{name}", ("recommend", "--age", age, *PATIENT[2:]), 2, says)
    for name, age, says in [
        ("digit-separator", "4_5", r"argument --age: '4_5' is not a whole number of years"),
        (
            "too-old",
            "200",
            r"argument --age: '200' is not a plausible age \(ages run from 0 to 150\)",
        ),
        ("20-digits", "9" * 20, r"argument --age: '9{20}' is not a plausible age"),
        ("negative", "-5", r"argument --age: '-5' is not a whole number of years"),
        ("arabic-digits", "٤٥", r"argument --age: '٤٥' is not a whole number of years"),
        ("decimal", "45.0", r"argument --age: '45\.0' is not a whole number of years"),
        ("spaces", " 45", r"argument --age: ' 45' is not a whole number of years"),
    ]
] + [
    Case(
        "argument-age-beyond-pathway",
        ("recommend", "--age", "130", *PATIENT[2:]),
        1,
        r"age: 130 is not a plausible age \(expected 0 to 120\)",
    ),
    Case(
        "argument-huge-stage",
        ("recommend", "--age", "40", "--stage", LONG_ID, "--collapse", "none"),
        2,
        r"--stage: is too long \(at most 64 characters\)",
    ),
    Case(
        "argument-unknown-stage",
        ("recommend", "--age", "40", "--stage", "V", "--collapse", "none"),
        2,
        r"stage: 'V' is not known; valid values: I, II, IIA, IIB, III, IV",
    ),
    Case(
        "argument-2000-unknown-contraindications",
        ("recommend", *PATIENT, *[a for i in range(2000) for a in ("--contraindication", f"c{i}")]),
        2,
        r"contraindications: 'c\d+' is not known;[\s\S]*and 1,980 more unknown values",
    ),
    Case(
        "argument-huge-unrecognised",
        ("recommend", *PATIENT, LONG_ID),
        2,
        r"unrecognized arguments: x{60}\.\.\.",
    ),
    Case(
        "argument-huge-choice",
        ("handout", *PATIENT, "--side", LONG_ID, "-o", "h.pdf"),
        2,
        r"argument --side: invalid choice: 'x{59}\.\.\.",
    ),
    Case(
        "argument-impossible-date",
        ("handout", *PATIENT, "--date", "2026-02-30", "-o", "h.pdf"),
        2,
        r"--date '2026-02-30' is not a date written as YYYY-MM-DD",
    ),
    Case(
        "name-syriac",
        ("handout", *PATIENT, "--patient-name", "ܐܒܪܗܡ", "-o", "h.pdf"),
        2,
        r"patient name: contains right-to-left text \('ܐ' \(U\+0710\)",
    ),
    Case(
        "name-cjk",
        ("handout", *PATIENT, "--patient-name", "王小明", "-o", "h.pdf"),
        2,
        r"patient name: the handout font cannot print '王' \(U\+738B\)",
    ),
    Case(
        "name-terminal-escape",
        ("handout", *PATIENT, "--clinician", "Dr \x1b[2J", "-o", "h.pdf"),
        2,
        r"clinician: contains control characters",
    ),
]


def _cache_key() -> str:
    """The cache entry name of the default pathway, as the program under test computes it."""
    import hashlib

    from avn_aid.loading.cache import entry_key
    from avn_aid.resources import default_pathway

    return entry_key(hashlib.sha256(default_pathway().read_bytes()).hexdigest())


def _catalogue_entry() -> str:
    """The cache entry of the English wording catalogue, which a run printing words keeps."""
    from avn_aid.catalogue import entry_key
    from avn_aid.resources import messages_file

    return f"xdg/avn-aid/catalogues/{entry_key(messages_file('en').read_bytes())}"


CACHE = [
    Case(
        "cache-entry-is-a-fifo",
        ("recommend", *PATIENT),
        0,
        r"Outcome: ok",
        (
            Folder("xdg"),
            Folder("xdg/avn-aid"),
            Folder("xdg/avn-aid/pathways"),
            Fifo(f"xdg/avn-aid/pathways/{_cache_key()}"),
        ),
        env={"XDG_CACHE_HOME": "{folder}/xdg"},
        creates=("xdg/avn-aid/catalogues", _catalogue_entry()),
    ),
]

OUTPUTS = [
    Case(
        "output-device-with-force",
        ("handout", *PATIENT, "-o", "dev", "--force"),
        2,
        r"cannot write dev: it is a device; avn-aid writes only to regular files or new paths",
        (Device("dev"),),
    ),
    Case(
        "output-fifo-with-force",
        ("handout", *PATIENT, "-o", "pipe", "--force"),
        2,
        r"cannot write pipe: it is a pipe \(FIFO\)",
        (Fifo("pipe"),),
    ),
    Case(
        "output-existing-file",
        ("handout", *PATIENT, "-o", "h.pdf"),
        2,
        r"h\.pdf already exists; choose another name or allow overwriting \(--force\)",
        (File("h.pdf", b"keep me"),),
    ),
    Case(
        "output-missing-folder",
        ("handout", *PATIENT, "-o", "nowhere/h.pdf"),
        2,
        r"cannot write nowhere/h\.pdf: the folder nowhere does not exist",
    ),
    Case(
        "output-folder",
        ("handout", *PATIENT, "-o", "out", "--force"),
        2,
        r"cannot write out: it is a folder",
        (Folder("out"),),
    ),
    Case(
        "output-name-too-long",
        ("handout", *PATIENT, "-o", "n" * 252 + ".pdf"),
        2,
        r"cannot write n+\.pdf: File name too long",
    ),
    Case(
        "output-long-legal-name-works",
        ("handout", *PATIENT, "-o", "l" * 240 + ".pdf"),
        0,
        r"wrote l{240}\.pdf \([\d,]+ bytes\)",
        creates=("l" * 240 + ".pdf",),
    ),
    Case(
        "output-full-disk",
        ("recommend", *PATIENT, "--json"),
        2,
        r"avn-aid: cannot write the output: No space left on device",
        stdout="full",
    ),
    Case(
        "output-closed-stdout",
        ("recommend", *PATIENT),
        2,
        r"avn-aid: standard output is closed; nothing was done",
        stdout="closed",
    ),
]

ALL = PATHWAYS + CASE_FILES + SESSIONS + ARGUMENTS + CACHE + OUTPUTS
