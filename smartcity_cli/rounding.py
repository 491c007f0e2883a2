"""Claims built from rounded published inputs: the interval the rounding allows. Pure.

A published component of 2,00 stands for any value in [1,995; 2,005) (half-up rounding to
two decimals), so a weighted mean of published components lies in the half-open interval
[sum(w * (c - h)), sum(w * (c + h))) / sum-of-weights, where h is half a unit of the last
decimal each input carries (at least two decimals: 0,005). A claim written with k
decimals (at most two) is reproduced when some value in that interval rounds half-up to
it at k decimals: when [claim - h_k, claim + h_k) meets the interval.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction


@dataclass(frozen=True)
class Interval:
    """The half-open interval [low, high) a figure computed from rounded inputs lies in."""

    low: Fraction
    high: Fraction

    @property
    def middle(self) -> Fraction:
        return (self.low + self.high) / 2


def places_of(value: Decimal) -> int:
    """Decimals a number was written with: Decimal('3.50') -> 2, Decimal('3') -> 0."""
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def half_unit(value: Decimal, *, at_least: int = 2) -> Fraction:
    """Half a unit of the last decimal a published input carries, assuming two at least."""
    return Fraction(1, 2 * 10 ** max(at_least, places_of(value)))


def weighted_interval(parts: list[tuple[Decimal, Decimal]], total: Decimal) -> Interval:
    """The interval of sum(weight * value) / total over (weight, published value) parts."""
    low = sum((Fraction(w) * (Fraction(v) - half_unit(v)) for w, v in parts), Fraction(0))
    high = sum((Fraction(w) * (Fraction(v) + half_unit(v)) for w, v in parts), Fraction(0))
    return Interval(low / Fraction(total), high / Fraction(total))


def claim_in_interval(claim: Decimal, interval: Interval) -> bool:
    """Whether a value in ``interval`` rounds half-up to ``claim`` at the claim's decimals."""
    half = Fraction(1, 2 * 10 ** min(2, places_of(claim)))
    value = Fraction(claim)
    return interval.low < value + half and value - half < interval.high


def bound(value: Fraction) -> Decimal:
    """An interval bound for display: half-up to four decimals, trailing zeros trimmed to
    three (2,995; 3,310; 3,3125)."""
    scaled = value * 10**4
    rounded = Decimal(
        int(scaled + Fraction(1, 2)) if scaled >= 0 else -int(-scaled + Fraction(1, 2))
    )
    text = format(rounded.scaleb(-4), "f")
    while text.endswith("0") and len(text.split(".")[1]) > 3:
        text = text[:-1]
    return Decimal(text)
