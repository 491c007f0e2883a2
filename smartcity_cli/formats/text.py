"""Plain text, one finding a line: ``file:line:col: severity [rule] message``, then its hint.

Messages quote plan text, so control and bidi characters are written out (``\\x1b``,
``\\n``): a crafted key cannot move the cursor, and one finding stays one line.
"""

from __future__ import annotations

from smartcity_cli.findings import Finding
from smartcity_cli.formats.style import PLAIN, Style, message_and_hint, paint
from smartcity_cli.messages import msg, plural, say
from smartcity_cli.textsafe import escape_controls
from smartcity_cli.validate import ValidationResult


def finding_line(finding: Finding, style: Style = PLAIN) -> str:
    severity = finding.severity.value
    message, hint = message_and_hint(finding, style)
    line = (
        f"{paint(style, 'place', escape_controls(str(finding.location)))}: "
        f"{paint(style, severity, severity)} {paint(style, 'rule', f'[{finding.rule}]')} "
        f"{escape_controls(message)}"
    )
    if hint:
        line += f"\n    {say(msg('hint'), style.lang)}: {escape_controls(hint)}"
    return line


def summary(result: ValidationResult, lang: str = "en") -> str:
    """``3 files checked: 1 error, 2 warnings, 1 suppressed``, in ``lang``."""
    line = msg(
        "{files} checked: {errors}, {warnings}",
        files=plural(len(result.files), "{count} file", "{count} files"),
        errors=plural(result.errors, "{count} error", "{count} errors"),
        warnings=plural(result.warnings, "{count} warning", "{count} warnings"),
    )
    suppressed = len(result.suppressed)
    if suppressed:
        line = msg("{summary}, {count} suppressed", summary=line, count=suppressed)
    return say(line, lang)


def render(result: ValidationResult, style: Style = PLAIN, /) -> str:
    lines = [finding_line(f, style) for f in result.findings]
    if not style.quiet:
        lines.append(summary(result, style.lang))
    return "".join(line + "\n" for line in lines)
