"""How a person asked to read validation output: quiet, colour. Machine formats ignore it."""

from __future__ import annotations

from dataclasses import dataclass

from smartcity_cli.findings import Finding
from smartcity_cli.messages import msg, say


@dataclass(frozen=True)
class Style:
    """``quiet`` drops the summary line (no output at all when nothing is found); ``color``
    adds ANSI colours to text; ``lang`` is the language of messages (id or en)."""

    quiet: bool = False
    color: bool = False
    lang: str = "en"


PLAIN = Style()

_SGR = {"error": "1;31", "warning": "33", "rule": "2", "place": "1"}


def paint(style: Style, role: str, text: str) -> str:
    """``text`` in the colour of ``role`` when colour is on; as it is otherwise."""
    return f"\x1b[{_SGR[role]}m{text}\x1b[0m" if style.color else text


def message_and_hint(finding: Finding, style: Style) -> tuple[str, str]:
    """A finding's message and hint in the style's language."""
    return say(finding.message, style.lang), say(finding.hint, style.lang)


def with_hint(finding: Finding, style: Style) -> str:
    """Message and hint on one line, for formats that have one text a finding."""
    message, hint = message_and_hint(finding, style)
    return (
        say(msg("{message} (hint: {hint})", message=message, hint=hint), style.lang)
        if hint
        else message
    )
