"""Rupiah amounts the way documents write them: "Rp 1,5 miliar", "IDR 1.5 billion".

``short`` is for prose and cards (at most two decimals, half-up, trailing zeros dropped,
the next unit once rounding reaches 1000 of this one); ``exact`` is for tables, where
totals must add up to the rupiah: "Rp 1.500.000.000".
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from smartcity_cli.i18n import format_decimal, group_digits

PREFIX = {"id": "Rp", "en": "IDR"}
# (power of ten, Indonesian, English); 1 miliar = 10^9, 1 triliun = 10^12
UNITS = ((12, "triliun", "trillion"), (9, "miliar", "billion"), (6, "juta", "million"))


def _decimal(amount: Fraction | Decimal | int) -> Decimal:
    if isinstance(amount, Fraction):
        return Decimal(amount.numerator) / Decimal(amount.denominator)
    return Decimal(amount)


def exact(amount: Fraction | Decimal | int, lang: str) -> str:
    """Whole rupiah, grouped: Rp 1.500.000.000 / IDR 1,500,000,000 (half-up to the rupiah)."""
    whole = _decimal(amount).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{PREFIX[lang]} {group_digits(str(whole), lang)}"


def short(amount: Fraction | Decimal | int, lang: str) -> str:
    """Rp 1,5 miliar; Rp 350 juta; IDR 1.5 billion. Below a million: the exact amount."""
    value = _decimal(amount)
    sign = "-" if value < 0 else ""
    value = abs(value)
    for index, (power, name_id, name_en) in enumerate(UNITS):
        if value < Decimal(10) ** power:
            continue
        scaled = _scaled(value, power)
        if scaled >= 1000 and index > 0:  # 999.999.999 rounds to 1000 juta: say 1 miliar
            power, name_id, name_en = UNITS[index - 1]
            scaled = _scaled(value, power)
        number = format_decimal(scaled.normalize() if scaled % 1 else scaled.quantize(1), lang)
        return f"{sign}{PREFIX[lang]} {number} {name_id if lang == 'id' else name_en}"
    return sign + exact(value, lang)


def _scaled(value: Decimal, power: int) -> Decimal:
    return (value / Decimal(10) ** power).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
