"""YAML's own error messages, turned into findings an officer can act on."""

from __future__ import annotations

import re

import yaml

from smartcity_cli import syntax_rules as syntax
from smartcity_cli.findings import Finding, Location
from smartcity_cli.messages import msg

_FRIENDLY = (
    ("found unexpected end of stream", msg("the file ends inside a quoted value"),
     msg("close the quote that starts here")),
    ("mapping values are not allowed", msg("a colon (:) appears where YAML does not expect one"),
     msg('quote the value if it contains ": ", for example name: "Palu: kota"')),
    ("expected a single document", msg("the file holds more than one YAML document"),
     msg("keep one plan per file; remove the second '---'")),
)  # fmt: skip


def syntax_finding(exc: yaml.MarkedYAMLError, text: str, name: str) -> Finding:
    problem = exc.problem or "invalid YAML"
    mark = exc.problem_mark or exc.context_mark
    message, hint = problem, ""
    if mark is not None and _char_at(text, mark.line, mark.column) == "\t":
        return syntax.YamlSyntax.finding(
            msg("a tab is used where YAML needs spaces"),
            Location(name, mark.line + 1, mark.column + 1),
            msg("indent with spaces; YAML does not allow tabs for indentation"),
        )
    if mark is not None and (indentation := _indentation_finding(text, mark.line, name)):
        return indentation
    for raw, friendly, advice in _FRIENDLY:
        if raw in problem:
            message, hint = (
                msg("{friendly} ({problem})", friendly=friendly, problem=problem),
                advice,
            )
            if "quoted scalar" in (exc.context or "") and exc.context_mark is not None:
                mark = exc.context_mark
            break
    else:
        if exc.context:
            message = msg("{problem} ({context})", problem=problem, context=exc.context)
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return syntax.YamlSyntax.finding(message, Location(name, line, column), hint)


_ENTRY = re.compile(r" *(?:- |-$|[^\s#-][^:#]*:(?: |$))")


def _indentation_finding(text: str, line: int, name: str) -> Finding | None:
    """An error on a key or list item indented differently from the entry above it, where
    that entry does not open a block: the cause is the indentation, not a colon."""
    lines = text.split("\n")
    if line >= len(lines) or not _ENTRY.match(lines[line]):
        return None
    here = len(lines[line]) - len(lines[line].lstrip(" "))
    above = next((n for n in range(line - 1, -1, -1)
                  if lines[n].strip() and not lines[n].lstrip().startswith("#")), None)  # fmt: skip
    if above is None:
        return None
    previous = lines[above].split(" #")[0].rstrip()
    there = len(previous) - len(previous.lstrip(" "))
    if here == there or previous.endswith(":") or not _ENTRY.match(previous):
        return None
    if previous.lstrip().startswith("- "):  # the item's own keys line up after its "- "
        there += 2 + len(previous.lstrip()[2:]) - len(previous.lstrip()[2:].lstrip())
        if here == there:
            return None
    return syntax.YamlSyntax.finding(
        msg(
            "this line is indented by {here} spaces, the entry above it (line {value}) by {there}: YAML reads indentation as structure",
            here=here,
            value=above + 1,
            there=there,
        ),
        Location(name, line + 1, here + 1),
        msg("indent it by {there} spaces, like the entries beside it", there=there),
    )


def _char_at(text: str, line: int, column: int) -> str:
    start = 0
    for _ in range(line):
        start = text.find("\n", start) + 1
        if start == 0:
            return ""
    return text[start + column : start + column + 1]


def reader_finding(exc: yaml.YAMLError, text: str, name: str) -> Finding:
    position = getattr(exc, "position", 0) or 0
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    character = getattr(exc, "character", None)
    if isinstance(character, int):
        character = chr(character)
    what = f"the character U+{ord(character):04X}" if character else "a character"
    return syntax.YamlSyntax.finding(
        msg("{what} is not allowed in a YAML file", what=what),
        Location(name, line, column),
        msg("remove the control character (often pasted from another program)"),
    )
