"""Plain text, one finding a line: ``file:line:col: severity [rule] message``, then its hint."""

from __future__ import annotations

from smartcity_cli.findings import Finding
from smartcity_cli.formats.style import PLAIN, Style, paint
from smartcity_cli.validate import ValidationResult


def finding_line(finding: Finding, style: Style = PLAIN) -> str:
    severity = finding.severity.value
    line = (
        f"{paint(style, 'place', str(finding.location))}: {paint(style, severity, severity)} "
        f"{paint(style, 'rule', f'[{finding.rule}]')} {finding.message}"
    )
    if finding.hint:
        line += f"\n    hint: {finding.hint}"
    return line


def summary(result: ValidationResult) -> str:
    files = len(result.files)

    def plural(n: int, word: str) -> str:
        return f"{n} {word}" + ("" if n == 1 else "s")

    line = (
        f"{plural(files, 'file')} checked: {plural(result.errors, 'error')}, "
        f"{plural(result.warnings, 'warning')}"
    )
    suppressed = len(result.suppressed)
    return line + (f", {suppressed} suppressed" if suppressed else "")


def render(result: ValidationResult, style: Style = PLAIN, /) -> str:
    lines = [finding_line(f, style) for f in result.findings]
    if not style.quiet:
        lines.append(summary(result))
    return "".join(line + "\n" for line in lines)
