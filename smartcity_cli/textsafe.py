"""Plan text made safe to show: control and bidi characters escaped visibly, long text cut,
and, for a GitHub comment, mentions, bare links and math made inert. Pure.

A plan is untrusted. An ESC (``\\x1b``) in a program's name would otherwise let the file
rewrite the terminal (erase lines, print a fake summary, set the clipboard through OSC 52),
a newline would split one finding into two lines, and a right-to-left override (U+202E)
would show a name reversed. Every text output passes plan text through `escape_controls`.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

# Bidi controls: the marks (LRM, RLM, ALM), the embeddings and overrides, the isolates.
BIDI = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# C0 controls, DEL, C1 controls, line and paragraph separators, and the bidi controls.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029" + "".join(sorted(BIDI)) + "]")
# The same, but keeping tab and newline: what a multi-line document may hold.
_UNSAFE_IN_BLOCK = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029" + "".join(sorted(BIDI)) + "]"
)

# What the `control-character` rule refuses in plan text: tab and newline are ordinary.
FORBIDDEN = _UNSAFE_IN_BLOCK

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}

ELLIPSIS = "…"
TERMINAL_LIMIT = 200  # characters of one plan text shown in a terminal report


def escape_char(char: str) -> str:
    """``\\x1b`` for a character below U+0100, ``\\u202e`` above; ``\\n``, ``\\r``, ``\\t``."""
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with every control and bidi character written out visibly.

    One line by default (newlines too become ``\\n``), so that one finding stays one line;
    ``keep_newlines`` keeps tab and newline for multi-line documents.
    """
    pattern = _UNSAFE_IN_BLOCK if keep_newlines else _UNSAFE
    return pattern.sub(lambda m: escape_char(m.group()), text)


def elide(text: str, limit: int = TERMINAL_LIMIT) -> str:
    """At most ``limit`` characters: the start of a longer text, then an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + ELLIPSIS


def for_terminal(text: str, limit: int = TERMINAL_LIMIT) -> str:
    """One plan text for a terminal: cut first (so a 1 MB name costs nothing), then escaped."""
    return escape_controls(elide(text, limit))


_T = TypeVar("_T")


def sanitize(value: _T, limit: int = TERMINAL_LIMIT) -> _T:
    """A copy of a view-model (dataclasses, tuples, lists, dicts) with every string made
    safe for a terminal by `for_terminal`; other values are kept as they are."""
    return _clean(value, limit)  # type: ignore[no-any-return]


def _clean(value: Any, limit: int) -> Any:
    if isinstance(value, str):
        return for_terminal(value, limit)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _clean(getattr(value, f.name), limit)
                   for f in dataclasses.fields(value) if f.init}  # fmt: skip
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        return tuple(_clean(v, limit) for v in value)
    if isinstance(value, list):
        return [_clean(v, limit) for v in value]
    if isinstance(value, dict):
        return {_clean(k, limit): _clean(v, limit) for k, v in value.items()}
    return value


# --- Markdown for a GitHub comment --------------------------------------------------------

_MENTION = r"(?<![\w/.])@[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9_.-]+)?"
_URL = r"(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)[^\s`|\\<>]+"
_INERT = re.compile(f"({_MENTION}|{_URL})")


def md_inert(text: str, escape: Any) -> str:
    """Plan text for a GitHub comment: ``escape`` (the Markdown escaper) for most of it, and
    each ``@user``/``@org/team`` mention and bare link as a code span, so GitHub neither
    notifies anyone nor makes a link; ``$`` escaped so no math is typeset."""
    text = " ".join(escape_controls(text).split())
    out: list[str] = []
    for i, part in enumerate(_INERT.split(text)):
        if i % 2:  # a mention or a link; the patterns exclude backticks and pipes
            out.append(f"`{part}`")
        elif part:  # the escaper trims; the spaces around a code span are kept
            lead, tail = " " * part.startswith(" "), " " * (part.endswith(" ") and part != " ")
            core = str(escape(part)).replace("$", "\\$")
            out.append(lead + core + tail if core else part)
    return "".join(out)
