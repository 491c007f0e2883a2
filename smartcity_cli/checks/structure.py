"""Rules about the shape of the file: keys, types and allowed values (raised by schema.py)."""

from __future__ import annotations

from smartcity_cli.findings import Severity
from smartcity_cli.rules import Rule, Stage, register


class _StructureRule(Rule):
    stage = Stage.STRUCTURE
    severity = Severity.ERROR


@register
class FormatVersion(_StructureRule):
    """`format` names a file-format version this tool does not read.

    This tool reads format 1. A newer file needs a newer smartcity; an older one is
    upgraded with `smartcity migrate`.

    Passing:

        format: 1

    Failing:

        format: 3
    """

    id = "format-version"


@register
class MissingKey(_StructureRule):
    """A required key is missing.

    Each mapping has keys that must be there (a program needs `id`, `name`,
    `pillar`, `agency`, `horizon` and `status`); see docs/format.md.

    Passing:

        - id: GOV-01
          name: Pusat Kendali
          pillar: governance
          agency: diskominfo
          horizon: short
          status: running

    Failing:

        - id: GOV-01
          name: Pusat Kendali
          pillar: governance
          agency: diskominfo
          horizon: short
    """

    id = "missing-key"


@register
class UnknownKey(_StructureRule):
    """A key is not part of the format (often a typo).

    Unknown keys are errors so that a misspelt key is not silently ignored; the hint
    names the key that was probably meant.

    Passing:

        status: running

    Failing:

        stauts: running
    """

    id = "unknown-key"


@register
class WrongType(_StructureRule):
    """A value has the wrong type (text where a number belongs, a list where a mapping belongs).

    Passing:

        progress: 60

    Failing:

        progress: sixty
    """

    id = "wrong-type"
    fixable = (
        "ya/tidak in a yes/no field, 70% or 70,5 in a number field, 2026-2028 for a span of years"
    )


@register
class UnquotedText(_StructureRule):
    """Text that YAML reads as a number, date or true/false because it is not quoted.

    A region code `13.70` unquoted becomes the number 13.7 and loses its zero; an id
    `2019` becomes a number; a name `2024-01-01` becomes a date. Quote such text.

    Passing:

        code: "13.70"

    Failing:

        code: 13.70
    """

    id = "unquoted-text"
    fixable = 'quotes the value, so that it stays the text written ("13.70")'


@register
class InvalidValue(_StructureRule):
    """A value is not one of the allowed choices, or not of the required form.

    Passing:

        status: completed

    Failing:

        status: finished
    """

    id = "invalid-value"
    fixable = (
        "a status or horizon written in Indonesian (berjalan -> running, jangka panjang -> long)"
    )


@register
class OutOfRange(_StructureRule):
    """A number is outside its allowed range (progress 0..100, years, amounts >= 0).

    Passing:

        progress: 100

    Failing:

        progress: 120
    """

    id = "out-of-range"
