"""How YAML 1.1 reads an unquoted scalar, and which of its readings YAML readers disagree on.

PyYAML reads YAML 1.1, editors read YAML 1.2: `no` is false to one and text to the other,
`010` is eight or ten. The forms on which they disagree come back as markers, so that the
loader reports them instead of guessing.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

NULL = {"", "~", "null", "Null", "NULL"}
BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
BOOL_11 = {
    **dict.fromkeys(("yes", "Yes", "YES", "on", "On", "ON"), True),
    **dict.fromkeys(("no", "No", "NO", "off", "Off", "OFF"), False),
}
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
_FLOAT_SPECIAL = {".inf": "inf", ".Inf": "inf", ".INF": "inf", "+.inf": "inf", "+.Inf": "inf",
                  "+.INF": "inf", "-.inf": "-inf", "-.Inf": "-inf", "-.INF": "-inf",
                  ".nan": "nan", ".NaN": "nan", ".NAN": "nan"}  # fmt: skip
# Forms PyYAML (YAML 1.1) reads as numbers but YAML 1.2 readers do not, or read otherwise.
_NUMBER_11 = re.compile(
    r"[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+"
    r"|[-+]?(?:[0-9][0-9_]*)(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9_]+(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*"
)
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_TIMESTAMP = re.compile(
    r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?"
    r"(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?"
)


class Marker:
    """A sentinel for a scalar form that is not a value by itself."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


TEXT = Marker("text")
AMBIGUOUS_BOOL = Marker("ambiguous boolean")
AMBIGUOUS_NUMBER = Marker("ambiguous number")
INVALID_DATE = Marker("invalid date")


def plain_value(text: str) -> Any:
    """Resolve an unquoted scalar: None, bool, int, float, date, datetime, or a marker."""
    if text in NULL:
        return None
    if text in BOOL:
        return BOOL[text]
    if text in BOOL_11:
        return AMBIGUOUS_BOOL
    if _INT.fullmatch(text):
        try:
            return int(text)
        except ValueError:  # longer than Python's int-from-text limit
            return AMBIGUOUS_NUMBER
    if _FLOAT.fullmatch(text):
        return float(text)
    if text in _FLOAT_SPECIAL:
        return float(_FLOAT_SPECIAL[text])
    date = _DATE.fullmatch(text)
    if date:
        try:
            return dt.date(*(int(part) for part in date.groups()))
        except ValueError:
            return INVALID_DATE
    if _TIMESTAMP.fullmatch(text):
        return _timestamp(text)
    if _NUMBER_11.fullmatch(text):
        return AMBIGUOUS_NUMBER
    return TEXT


def _timestamp(text: str) -> Any:
    """A date and time as YAML 1.1 reads it; kept so that a date field can refuse it clearly."""
    try:
        return _CONSTRUCTOR.construct_yaml_timestamp(
            yaml.ScalarNode("tag:yaml.org,2002:timestamp", text)
        )
    except ValueError:
        return INVALID_DATE


_CONSTRUCTOR = yaml.constructor.SafeConstructor()
