"""How a person asked to read validation output: quiet, colour. Machine formats ignore it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Style:
    """``quiet`` drops the summary line (no output at all when nothing is found); ``color``
    adds ANSI colours to text."""

    quiet: bool = False
    color: bool = False


PLAIN = Style()

_SGR = {"error": "1;31", "warning": "33", "rule": "2", "place": "1"}


def paint(style: Style, role: str, text: str) -> str:
    """``text`` in the colour of ``role`` when colour is on; as it is otherwise."""
    return f"\x1b[{_SGR[role]}m{text}\x1b[0m" if style.color else text
