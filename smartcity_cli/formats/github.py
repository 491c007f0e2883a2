"""GitHub Actions workflow commands: one ``::error file=,line=,col=::`` annotation a finding.

Plan text in a message has its control and bidi characters written out (``\\x1b``,
``\\n``) before the workflow-command escaping, so an annotation is one line of the log
and cannot carry terminal sequences.
"""

from __future__ import annotations

from smartcity_cli.findings import Finding
from smartcity_cli.formats.style import PLAIN, Style, with_hint
from smartcity_cli.formats.text import summary
from smartcity_cli.textsafe import escape_controls
from smartcity_cli.validate import ValidationResult


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, style: Style = PLAIN) -> str:
    loc = finding.location
    props = [f"file={_escape_property(escape_controls(loc.file))}"]
    if loc.line:
        props += [f"line={loc.line}", f"col={loc.column}"]
    props.append(f"title={_escape_property(finding.rule)}")
    message = with_hint(finding, style)
    return f"::{finding.severity.value} {','.join(props)}::{_escape_data(escape_controls(message))}"


def render(result: ValidationResult, style: Style = PLAIN, /) -> str:
    lines = [annotation(f, style) for f in result.findings]
    if not style.quiet:
        lines.append(summary(result, style.lang))
    return "".join(line + "\n" for line in lines)
