"""What a check reports: a located Finding with a rule id and severity. No I/O."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(str, enum.Enum):
    """How much a finding matters: errors fail validation, warnings fail only under --strict."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Location:
    """A place in a masterplan file: 1-based line and column, and the path inside the document.

    ``line`` and ``column`` are 0 when the finding concerns the file as a whole.
    """

    file: str
    line: int = 0
    column: int = 0
    path: str = ""

    def __str__(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.column}"
        return self.file


@dataclass(frozen=True)
class Finding:
    """One problem found in a file, with the rule that found it and where."""

    rule: str
    severity: Severity
    message: str
    location: Location
    hint: str = ""

    @property
    def sort_key(self) -> tuple[str, int, int, str, str]:
        loc = self.location
        return (loc.file, loc.line, loc.column, self.rule, self.message)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Findings in reading order: by file, line, column, then rule."""
    return sorted(findings, key=lambda f: f.sort_key)


class FindingCounts:
    """Errors and warnings of anything that holds ``findings``."""

    findings: tuple[Finding, ...] | list[Finding]

    @property
    def errors(self) -> int:
        return sum(f.is_error for f in self.findings)

    @property
    def warnings(self) -> int:
        return len(self.findings) - self.errors
