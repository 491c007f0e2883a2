"""Plain text, one finding a line: ``file:line:col: severity [rule] message``, then its hint.

Messages quote plan text, so control and bidi characters are written out (``\\x1b``,
``\\n``): a crafted key cannot move the cursor, and one finding stays one line.
"""

from __future__ import annotations

from smartcity_cli.findings import Finding
from smartcity_cli.formats.style import PLAIN, Style, paint
from smartcity_cli.textsafe import escape_controls
from smartcity_cli.validate import ValidationResult


def finding_line(finding: Finding, style: Style = PLAIN) -> str:
    severity = finding.severity.value
    line = (
        f"{paint(style, 'place', escape_controls(str(finding.location)))}: "
        f"{paint(style, severity, severity)} {paint(style, 'rule', f'[{finding.rule}]')} "
        f"{escape_controls(finding.message)}"
    )
    if finding.hint:
        line += f"\n    hint: {escape_controls(finding.hint)}"
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
