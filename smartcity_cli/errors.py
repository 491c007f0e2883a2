"""Exceptions for the cases where the tool cannot go on; caught in one place, the CLI."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the CLI imports this module at start-up; findings are made later
    from smartcity_cli.findings import Finding


class SmartcityError(Exception):
    """A condition that stops a command; its message is for the user, never a traceback."""

    exit_code = 1


class UsageError(SmartcityError):
    """Wrong arguments, a path that does not exist, a plan that cannot be found (exit 2)."""

    exit_code = 2


class LoadError(SmartcityError):
    """A file that cannot be read as a masterplan at all; carries the finding that says why."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


class PlanInvalidError(SmartcityError):
    """A command that needs a valid plan was given one with errors."""

    def __init__(self, findings: list[Finding]) -> None:
        from smartcity_cli.messages import plural

        super().__init__(plural(len(findings), "the plan has {count} error",
                                "the plan has {count} errors"))  # fmt: skip
        self.findings = findings


class OutputError(SmartcityError):
    """A report could not be rendered or written."""
