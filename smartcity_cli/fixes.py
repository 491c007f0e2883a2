"""Fixes whose meaning is certain: what an officer wrote, and the value the format wants.

`berjalan` in a status field is `running`, `ya` in a yes/no field is `true`, `70%` and
`70,5` in a number field are 70 and 70.5, `2026-2028` in a span of years is
`{start: 2026, end: 2028}`, and an unquoted `13.70` or `yes` in a text field is the text
"13.70" or "yes". The structure check names these in its hints; `validate --fix` writes
them through the same in-place editor as `set`. Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from smartcity_cli.labels import HORIZON, STATUS
from smartcity_cli.messages import msg
from smartcity_cli.spec import (
    MASTERPLAN_FILE,
    Boolean,
    Integer,
    ListOf,
    MapOf,
    Number,
    Record,
    Spec,
    Text,
    TextOrRecord,
)

# Indonesian words an officer reads in the reports, back to the format's words
STATUS_WORDS = {word: key for key, word in STATUS["id"].items()}
HORIZON_WORDS = {
    **{word: key for key, word in HORIZON["id"].items()},
    **{word.removeprefix("jangka "): key for key, word in HORIZON["id"].items()},
}
BOOLEAN_WORDS = {"ya": True, "tidak": False, "yes": True, "no": False, "benar": True,
                 "salah": False, "belum": False, "sudah": True}  # fmt: skip
_NUMBER = re.compile(r"\s*([-+]?[0-9]+)(?:,([0-9]+))?\s*(%?)\s*")
_SPAN = re.compile(r"\s*([0-9]{4})\s*[-–]\s*([0-9]{4})\s*")

# rules some of whose findings --fix can correct (the rest of their findings it leaves)
FIXABLE_RULES = frozenset({"invalid-value", "wrong-type", "unquoted-text",
                           "yaml-ambiguous-boolean", "yaml-ambiguous-number",
                           "unknown-reference"})  # fmt: skip


@dataclass(frozen=True)
class Fix:
    """Write ``value`` at ``path``; ``shown`` is how the hint spells it."""

    path: str
    value: Any
    shown: str
    quote: bool = False  # write the text in double quotes, as the hint shows it

    @property
    def hint(self) -> str:
        return msg("write {shown}", shown=self.shown)


def steps_of(path: str) -> tuple[str | int, ...]:
    """``programs[3].status`` -> ("programs", 3, "status"); quoted keys as loader writes them."""
    steps: list[str | int] = []
    for match in re.finditer(r'\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|\.?([A-Za-z0-9_-]+)', path):
        index, quoted, plain = match.groups()
        if index is not None:
            steps.append(int(index))
        elif quoted is not None:
            steps.append(quoted.replace('\\"', '"').replace("\\\\", "\\"))
        else:
            steps.append(plain)
    return tuple(steps)


def spec_at(path: str) -> Spec | None:
    """The format's spec for the value at ``path``, or None where the format has none."""
    spec: Spec | None = MASTERPLAN_FILE
    for step in steps_of(path):
        if isinstance(spec, TextOrRecord):
            spec = spec.record
        if isinstance(spec, ListOf) and isinstance(step, int):
            spec = spec.item
        elif isinstance(spec, MapOf) and isinstance(step, str):
            spec = spec.value
        elif isinstance(spec, Record) and isinstance(step, str) and step in spec.by_name:
            spec = spec.by_name[step].spec
        else:
            return None
    return spec


def _number(text: str, *, integer: bool) -> int | float | None:
    match = _NUMBER.fullmatch(text)
    if not match:
        return None
    whole, fraction, _ = match.groups()
    if fraction is None:
        return int(whole)
    return None if integer else float(f"{whole}.{fraction}")


def suggest(path: str, value: Any, raw: str | None) -> Fix | None:
    """The certain fix for ``value`` (as read; ``raw`` its unquoted text) at ``path``."""
    spec = spec_at(path)
    field = path.rsplit(".", 1)[-1]
    if isinstance(spec, Text | TextOrRecord) and not isinstance(value, str | dict | list):
        if raw is not None and value is not None:  # 13.70, 2024-01-01, true written unquoted
            return Fix(
                path, raw, msg('"{raw}" (quoted, so that it stays text)', raw=raw), quote=True
            )
        return None
    if not isinstance(value, str):
        return None
    word = value.strip().lower()
    if isinstance(spec, Text) and spec.choices and word in STATUS_WORDS:
        key = STATUS_WORDS[word]
        return (
            Fix(path, key, msg("`{key}` ({value})", key=key, value=value))
            if key in spec.choices
            else None
        )
    if field == "horizon" and word in HORIZON_WORDS:
        key = HORIZON_WORDS[word]
        return Fix(path, key, msg("`{key}` ({value})", key=key, value=value))
    if isinstance(spec, Boolean) and word in BOOLEAN_WORDS:
        flag = BOOLEAN_WORDS[word]
        return Fix(path, flag, msg("`{lower}` ({value})", lower=str(flag).lower(), value=value))
    if isinstance(spec, Integer | Number):
        number = _number(value, integer=isinstance(spec, Integer))
        if number is not None:
            return Fix(
                path,
                number,
                msg("`{number}` (a plain number: no %, and . for decimals)", number=number),
            )
    if isinstance(spec, Record) and {"start", "end"} <= set(spec.by_name):
        span = _SPAN.fullmatch(value)
        if span:
            start, end = int(span.group(1)), int(span.group(2))
            return Fix(
                path,
                {"start": start, "end": end},
                msg("`{{start: {start}, end: {end}}}`", start=start, end=end),
            )
    return None
