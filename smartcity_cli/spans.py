"""Where a scalar value sits in YAML text, and how to write a new one there.

The loader gives the line and column where each value starts; this module finds where it
ends (quoted, block or plain, in block or flow context) and writes new scalars in a form
that reads back as the value meant. It never guesses silently: a value it cannot measure
is an EditError, and the editor reads the whole result back through the loader anyway.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from smartcity_cli import scalars
from smartcity_cli.errors import SmartcityError
from smartcity_cli.messages import msg

# libyaml's line breaks: a column counts characters from the last of these
_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")
_INDICATORS = "-?:,[]{}#&*!|>'\"%@`"
_NOT_PRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


class EditError(SmartcityError):
    """A value the editor cannot change without touching more than that value."""


class LineIndex:
    """Line and column (1-based, as the loader reports them) to an offset in the text."""

    def __init__(self, text: str) -> None:
        self.starts = [0, *(m.end() for m in _BREAK.finditer(text))]

    def offset(self, line: int, column: int) -> int:
        return self.starts[line - 1] + column - 1


def scalar_end(text: str, start: int, *, flow: bool, key_indent: int) -> int:
    """The offset just past the scalar that starts at ``start``.

    ``flow``: the scalar is inside [...] or {...}. ``key_indent``: the column (0-based) of
    its mapping key, which bounds block scalars and continuation lines.
    """
    first = text[start : start + 1]
    if first == "'":
        i = start + 1
        while True:
            i = text.find("'", i)
            if i < 0:
                raise EditError(msg("a quoted value has no closing quote"))
            if text.startswith("''", i):
                i += 2
                continue
            return i + 1
    if first == '"':
        i = start + 1
        while i < len(text):
            if text[i] == "\\":
                i += 2
            elif text[i] == '"':
                return i + 1
            else:
                i += 1
        raise EditError(msg("a quoted value has no closing quote"))
    if first in ("|", ">"):
        if flow:
            raise EditError(msg("a block scalar inside [...] or {{...}}"))
        return _block_end(text, start, key_indent)
    if not first or first in "&*!":
        raise EditError(msg("the value has a YAML anchor, alias or tag"))
    return _flow_plain_end(text, start) if flow else _block_plain_end(text, start, key_indent)


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _block_end(text: str, start: int, key_indent: int) -> int:
    end = _line_end(text, start)
    position = end
    while position < len(text):
        line_start = position + 1
        line_end = _line_end(text, line_start)
        line = text[line_start:line_end]
        if line.strip() and _indent(line) <= key_indent:
            break
        if line.strip():
            end = line_end
        position = line_end
    return end


def _comment_or_end(text: str, start: int, end: int) -> int:
    """Where a plain scalar on one line stops: before ' #' or the end, without spaces."""
    match = re.compile(r"[ \t]#").search(text, start, end)
    stop = match.start() if match else end
    while stop > start and text[stop - 1] in " \t":
        stop -= 1
    return stop


def _block_plain_end(text: str, start: int, key_indent: int) -> int:
    line_end = _line_end(text, start)
    end = _comment_or_end(text, start, line_end)
    if end < line_end:  # a comment ends a plain scalar for good
        return end
    position = line_end
    while position < len(text):  # continuation lines: more indented than the key
        line_start = position + 1
        next_end = _line_end(text, line_start)
        line = text[line_start:next_end]
        if not line.strip():
            position = next_end
            continue
        if _indent(line) <= key_indent or line.lstrip(" ").startswith("#"):
            break
        end = _comment_or_end(text, line_start, next_end)
        if end < next_end:
            break
        position = next_end
    return end


def _flow_plain_end(text: str, start: int) -> int:
    line_end = _line_end(text, start)
    match = re.compile(r"[,\]}]|[ \t]#").search(text, start, line_end)
    stop = match.start() if match else line_end
    if match is None:  # the value may go on on the next line: only a closing mark is safe
        rest = text[line_end:].lstrip()
        if rest[:1] not in (",", "]", "}"):
            raise EditError(msg("a value inside {{...}} that runs over several lines"))
    while stop > start and text[stop - 1] in " \t":
        stop -= 1
    return stop


def render_scalar(value: object, *, flow: bool, style: str = "") -> str:
    """YAML for a bool, number, date or text that reads back as exactly that value.

    ``style`` is the first character of the value it replaces: a quote keeps its quoting.
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise EditError(msg("{value} is not a finite number", value=value))
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):  # a span of years: {start: 2026, end: 2028}
        return (
            "{" + ", ".join(f"{k}: {render_scalar(v, flow=True)}" for k, v in value.items()) + "}"
        )
    if not isinstance(value, str):
        raise EditError(msg("cannot write {name} values", name=type(value).__name__))
    if style not in ("'", '"') and _plain_ok(value, flow=flow):
        return value
    if style != '"' and "\n" not in value and not _NOT_PRINTABLE.search(value):
        return "'" + value.replace("'", "''") + "'"
    return _double_quoted(value)


def _plain_ok(text: str, *, flow: bool) -> bool:
    if not text or text != text.strip() or text[0] in _INDICATORS:
        return False
    if _NOT_PRINTABLE.search(text) or "\n" in text or "\t" in text:
        return False
    if ": " in text or " #" in text or text.endswith(":"):
        return False
    if flow and any(c in text for c in ",[]{}"):
        return False
    return scalars.plain_value(text) is scalars.TEXT


def _double_quoted(text: str) -> str:
    out = json.dumps(text, ensure_ascii=False)
    return _NOT_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)
