"""Typed errors: the user's mistakes (shown plainly) versus our bugs (shown with a traceback)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True, order=True)
class Problem:
    """One located problem or finding in a file a person edits: the only such type.

    The loader's errors use `where`; `check` adds what kind of finding it is and an
    example patient.
    """

    file: str
    line: int
    column: int
    message: str
    where: str = ""  # a readable path such as options[observation].rules[0].status
    severity: Severity = "error"
    kind: str = ""  # for check: "dead rule", "gap", "test case failed", ...
    example: str = ""  # for check: a patient it happens to

    def __str__(self) -> str:
        where = f" ({self.where})" if self.where else ""
        return f"{self.file}:{self.line}:{self.column}: {self.message}{where}"

    def as_finding(self) -> str:
        """The line `check` prints: severity and kind first, the example after."""
        example = f" [e.g. {self.example}]" if self.example else ""
        return (
            f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.kind}: "
            f"{self.message}{example}"
        )


def finding(
    severity: Severity,
    kind: str,
    message: str,
    file: str,
    line: int,
    column: int,
    example: str | None = None,
) -> Problem:
    """A located finding of `check`."""
    return Problem(file, line, column, message, severity=severity, kind=kind, example=example or "")


class UserError(Exception):
    """Something the user can fix; shown without a traceback."""


class PathwayError(UserError):
    """A pathway file that cannot be used; carries every problem found, located."""

    SHOWN = 100  # problems printed; past that, fixing the first ones usually fixes the rest

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        lines = [str(p) for p in self.problems[: self.SHOWN]]
        if len(self.problems) > self.SHOWN:
            lines.append(f"... and {len(self.problems) - self.SHOWN:,} more problems")
        super().__init__("\n".join(lines))


class InputError(UserError):
    """A patient description or command-line value that is not acceptable."""


class OutputError(UserError):
    """A file we were asked to write could not be written."""
