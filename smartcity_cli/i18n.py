"""Numbers, dates and words in the report's language: Indonesian (id) and English (en).

Indonesian writes 70,73% and 1.500.000; English writes 70.73% and 1,500,000. The words
themselves are in labels.py.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from smartcity_cli.labels import CLAIM_FIGURE, HORIZON, KIND, LABELS, STATUS

__all__ = ["CLAIM_FIGURE", "HORIZON", "KIND", "LABELS", "STATUS"]

LANGUAGES = ("id", "en")
MISSING = "–"

MONTHS = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip

_SEPARATORS = {"id": (".", ","), "en": (",", ".")}  # (thousands, decimal)


def group_digits(digits: str, lang: str) -> str:
    """'1500000' -> '1.500.000' (id) or '1,500,000' (en)."""
    sign = "-" if digits.startswith("-") else ""
    digits = digits.lstrip("-")
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return sign + _SEPARATORS[lang][0].join(groups)


def format_decimal(value: Decimal, lang: str) -> str:
    """A decimal as written, with the language's separators: 70.73 -> '70,73' (id)."""
    text = format(value, "f")
    whole, _, fraction = text.partition(".")
    out = group_digits(whole, lang)
    return f"{out}{_SEPARATORS[lang][1]}{fraction}" if fraction else out


def format_percent(value: Decimal | None, lang: str) -> str:
    """A rounded percentage: Decimal('70.73') -> '70,73%' (id), '70.73%' (en)."""
    return MISSING if value is None else format_decimal(value, lang) + "%"


def format_count(value: int, lang: str) -> str:
    return group_digits(str(value), lang)


def format_number(value: float | int | None, lang: str) -> str:
    """A number from the plan as the user wrote it: 4.5 -> '4,5' (id); 1500000 -> '1.500.000'."""
    if value is None:
        return MISSING
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return format_decimal(
        Decimal(repr(value)) if isinstance(value, float) else Decimal(value), lang
    )


def format_date(value: dt.date, lang: str) -> str:
    """13 November 2024 / 13 Mei 2024: day, month name, year in both languages."""
    return f"{value.day} {MONTHS[lang][value.month - 1]} {value.year}"


def status_label(status: str, lang: str) -> str:
    return STATUS[lang][status]


def horizon_label(horizon: str, lang: str) -> str:
    return HORIZON[lang].get(horizon, horizon)
