"""Plain text, one finding a line: ``file:line:col: severity [rule] message``, then its hint.

Messages quote plan text, so control and bidi characters are written out (``\\x1b``,
``\\n``): a crafted key cannot move the cursor, and one finding stays one line.
"""

from __future__ import annotations

from smartcity_cli.findings import Finding
from smartcity_cli.textsafe import escape_controls
from smartcity_cli.validate import ValidationResult


def finding_line(finding: Finding) -> str:
    line = escape_controls(
        f"{finding.location}: {finding.severity.value} [{finding.rule}] {finding.message}"
    )
    if finding.hint:
        line += f"\n    hint: {escape_controls(finding.hint)}"
    return line


def summary(result: ValidationResult) -> str:
    files = len(result.files)

    def plural(n: int, word: str) -> str:
        return f"{n} {word}" + ("" if n == 1 else "s")

    return (
        f"{plural(files, 'file')} checked: {plural(result.errors, 'error')}, "
        f"{plural(result.warnings, 'warning')}"
    )


def render(result: ValidationResult) -> str:
    lines = [finding_line(f) for f in result.findings]
    lines.append(summary(result))
    return "\n".join(lines) + "\n"
