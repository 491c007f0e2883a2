"""Indicator series: achievement per year and in the latest measured year. Pure, no I/O.

A year's achievement follows the government performance formulas (docs/format.md,
"Indicator series"): actual / target for an indicator that should rise, and
1 + (1 - actual / target) for one that should fall (waiting time, poverty rate).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from smartcity_cli.model import Indicator, Masterplan, Program, Target
from smartcity_cli.model_money import SeriesPoint


def _exact(value: int | float) -> Fraction:
    from smartcity_cli.figures import exact

    return exact(value)


def rate(target: int | float, actual: int | float, direction: str) -> Fraction | None:
    """One year's achievement as a fraction (1 = target met); None when the target is 0."""
    goal, measured = _exact(target), _exact(actual)
    if goal == 0:
        return None
    ratio = measured / goal
    return ratio if direction != "down" else 2 - ratio


@dataclass(frozen=True)
class YearFigure:
    year: int
    target: int | float | None
    actual: int | float | None
    achievement: Fraction | None


@dataclass(frozen=True)
class SeriesFigure:
    """A program indicator's or an RPJMD target's yearly figures; ``latest`` is the last year
    with an actual value (and a target to measure it against)."""

    owner: str  # program id, or target id
    name: str
    unit: str | None
    direction: str
    years: tuple[YearFigure, ...]
    latest: YearFigure | None


def year_figures(points: tuple[SeriesPoint, ...], direction: str) -> tuple[YearFigure, ...]:
    return tuple(
        YearFigure(
            p.year,
            p.target,
            p.actual,
            None if p.target is None or p.actual is None else rate(p.target, p.actual, direction),
        )
        for p in points
    )


def _series(owner: str, name: str, unit: str | None, direction: str,
            points: tuple[SeriesPoint, ...]) -> SeriesFigure:  # fmt: skip
    years = year_figures(points, direction)
    measured = [y for y in years if y.achievement is not None]
    return SeriesFigure(owner, name, unit, direction, years, measured[-1] if measured else None)


def indicator_series(program: Program, indicator: Indicator) -> SeriesFigure:
    return _series(program.id, indicator.name, indicator.unit, indicator.direction,
                   indicator.series)  # fmt: skip


def target_series(target: Target) -> SeriesFigure:
    return _series(target.id, target.name, target.unit, target.direction, target.series)


def plan_series(plan: Masterplan) -> tuple[SeriesFigure, ...]:
    """Every program indicator that has a series, in the plan's order."""
    return tuple(
        indicator_series(p, ind) for p in plan.programs for ind in p.indicators if ind.series
    )
