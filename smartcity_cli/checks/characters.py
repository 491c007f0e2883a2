"""The rule about characters that plan text must not hold: controls and bidi overrides."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Any

from smartcity_cli.findings import Finding, Severity
from smartcity_cli.messages import msg
from smartcity_cli.rules import Rule, Stage, register
from smartcity_cli.textsafe import BIDI, FORBIDDEN

if TYPE_CHECKING:  # the loader imports the rules, so the rules import it for types only
    from smartcity_cli.loader import Document


def describe(char: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE``; controls have no Unicode name, so their kind."""
    code = f"U+{ord(char):04X}"
    if char in BIDI or ord(char) >= 0x2000:
        return f"{code} {unicodedata.name(char, 'bidirectional control')}"  # Unicode's name
    return msg("{code} (a control character)", code=code)


@register
class ControlCharacter(Rule):
    """Plan text holds a control character or a bidirectional override.

    Keys and text values may hold tabs and line breaks, but not the other control
    characters (ESC, BEL, NUL, the C1 controls U+0080 to U+009F) nor the characters
    that reorder text (U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F, U+061C).
    They are invisible in an editor; in a terminal they can erase or rewrite lines,
    and in a report they can show a name backwards. The tool writes them out visibly
    (`\\x1b`, `\\u202e`) wherever it shows plan text; remove them from the file. The
    finding names the code point and the character's place in the value.

    Passing:

        name: "Smart Parking"

    Failing:

        name: "Smart \\e[2J Parking"
    """

    id = "control-character"
    severity = Severity.ERROR
    stage = Stage.STRUCTURE


def control_findings(doc: Document) -> list[Finding]:
    """A finding for the first forbidden character of every key and text value."""
    from smartcity_cli.loader import child_path

    findings: list[Finding] = []
    if not doc.may_hold_controls:
        return findings

    def check(text: str, path: str, *, key: bool) -> None:
        found = FORBIDDEN.search(text)
        if found is None:
            return
        what = msg("the key `{path}`", path=path) if key else msg("`{path}`", path=path)
        findings.append(ControlCharacter.finding(
            msg("{what} holds {describe} at character {value}", what=what, describe=describe(found.group()), value=found.start() + 1),
            doc.locate(path, key=key),
            msg("remove it; it is invisible here and can rewrite a terminal or reorder a name"),
        ))  # fmt: skip

    stack: list[tuple[Any, str]] = [(doc.data, "")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, str):
            check(value, path, key=False)
        elif isinstance(value, dict):
            for key, item in value.items():
                child = child_path(path, key) if isinstance(key, str) else f"{path}[{key!r}]"
                if isinstance(key, str):
                    check(key, child, key=True)
                stack.append((item, child))
        elif isinstance(value, list):
            stack.extend((item, child_path(path, i)) for i, item in enumerate(value))
    return findings
