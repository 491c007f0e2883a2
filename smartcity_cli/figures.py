"""The figures the tool computes from a plan: pure functions over the model, no I/O.

Counts are kept in summable tallies and rates as exact fractions; rounding (decimal,
half-up, two places) happens once, in ``to_percent``, and formatting by language lives in
``i18n``. The definitions are those of docs/format.md, "Figures the tool computes".
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from smartcity_cli.model import ActionPlan, Indicator, Masterplan, Program, Scoring
from smartcity_cli.schedule import schedule_state
from smartcity_cli.spec import SCHEDULE_STATUSES, STATUSES

ZERO = Fraction(0)


def to_percent(rate: Fraction, places: int = 2) -> Decimal:
    """A rate (0..1) as a percentage rounded half-up: 87/123 -> Decimal('70.73')."""
    scaled = rate * 100 * 10**places
    rounded = (
        math.floor(scaled + Fraction(1, 2))
        if scaled >= 0
        else -math.floor(-scaled + Fraction(1, 2))
    )
    return Decimal(rounded).scaleb(-places)


def percent(rate: Fraction | None) -> Decimal | None:
    """``to_percent`` where there is a rate to round."""
    return None if rate is None else to_percent(rate)


def exact(value: float | int) -> Fraction:
    """A YAML number as an exact fraction of what was written (70.73 is 7073/100, not a float)."""
    return Fraction(Decimal(repr(value))) if isinstance(value, float) else Fraction(value)


@dataclass(frozen=True)
class Tally:
    """Counts over a group of programs; tallies add up, so any grouping is a sum of singles."""

    programs: int = 0
    counted: int = 0  # the denominator of realisation (less cancelled when they are excluded)
    running: int = 0  # counted programs whose status is a running status
    progress_sum: Fraction = ZERO
    progress_known: int = 0
    progress_missing: int = 0  # left out of mean progress: no progress value given
    overdue: int = 0
    quick_wins: int = 0
    statuses: tuple[int, ...] = (0,) * len(STATUSES)
    schedule: tuple[int, ...] = (0, 0, 0)  # on track, at risk, off track (overrides applied)

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.programs + other.programs,
            self.counted + other.counted,
            self.running + other.running,
            self.progress_sum + other.progress_sum,
            self.progress_known + other.progress_known,
            self.progress_missing + other.progress_missing,
            self.overdue + other.overdue,
            self.quick_wins + other.quick_wins,
            tuple(a + b for a, b in zip(self.statuses, other.statuses, strict=True)),
            tuple(a + b for a, b in zip(self.schedule, other.schedule, strict=True)),
        )

    @property
    def realization(self) -> Fraction | None:
        return Fraction(self.running, self.counted) if self.counted else None

    @property
    def mean_progress(self) -> Fraction | None:
        return self.progress_sum / 100 / self.progress_known if self.progress_known else None

    def status_count(self, status: str) -> int:
        return self.statuses[STATUSES.index(status)]

    def schedule_count(self, status: str) -> int:
        return self.schedule[SCHEDULE_STATUSES.index(status)]


def tally_program(program: Program, scoring: Scoring, as_of: dt.date) -> Tally:
    """The tally of one program."""
    cancelled = program.status == "cancelled"
    counted = not (cancelled and scoring.exclude_cancelled)
    progress = _progress(program)
    known = progress is not None and counted
    statuses = [0] * len(STATUSES)
    statuses[STATUSES.index(program.status)] = 1
    schedule = [0, 0, 0]
    state = schedule_state(program, as_of, scoring)
    if state is not None:
        schedule[SCHEDULE_STATUSES.index(state.status)] = 1
    return Tally(
        programs=1,
        counted=int(counted),
        running=int(counted and program.status in scoring.running_statuses),
        progress_sum=progress if known and progress is not None else ZERO,
        progress_known=int(known),
        progress_missing=int(counted and progress is None),
        overdue=int(is_overdue(program, as_of)),
        quick_wins=int(program.quick_win),
        statuses=tuple(statuses),
        schedule=tuple(schedule),
    )


def _progress(program: Program) -> Fraction | None:
    """Progress in percent; planned counts 0 and completed 100 when none is given."""
    if program.progress is not None:
        return exact(program.progress)
    return {"planned": ZERO, "completed": Fraction(100)}.get(program.status)


def is_overdue(program: Program, as_of: dt.date) -> bool:
    """Its last year is over at ``as_of`` and it is neither completed nor cancelled."""
    return (
        program.years is not None
        and program.years.end < as_of.year
        and program.status not in ("completed", "cancelled")
    )


def total(tallies: Iterable[Tally]) -> Tally:
    return sum(tallies, Tally())


@dataclass(frozen=True)
class CategoryFigure:
    """One action-plan category: done items of all items."""

    plan: ActionPlan
    items: int
    done: int

    @property
    def rate(self) -> Fraction | None:
        return Fraction(self.done, self.items) if self.items else None


@dataclass(frozen=True)
class IndicatorFigure:
    program: Program
    indicator: Indicator
    achievement: Fraction | None


@dataclass(frozen=True)
class Figures:
    """Everything a report shows, computed once from a plan at an as-of date."""

    as_of: dt.date
    overall: Tally
    by_pillar: tuple[tuple[str, Tally], ...]
    by_horizon: tuple[tuple[str, Tally], ...]
    by_agency: tuple[tuple[str, Tally], ...]
    by_element: tuple[tuple[tuple[str, str], Tally], ...]  # (pillar, element) named by programs
    quick_wins: Tally
    categories: tuple[CategoryFigure, ...]
    action_plans: Fraction | None
    action_items: int
    action_done: int
    overdue: tuple[Program, ...]
    indicators: tuple[IndicatorFigure, ...] = field(default=())


_RECENT: list[tuple[Masterplan, dt.date, Figures]] = []  # the last two plans' figures


def compute_figures(plan: Masterplan, as_of: dt.date) -> Figures:
    """All figures of a plan at ``as_of``.

    The plan is immutable, so the figures of the same plan object at the same date are
    the same: the last two are kept (an edit computes the new plan's figures for the
    claims check and again for its summary, beside the old plan's).
    """
    for known, date, figures in _RECENT:
        if known is plan and date == as_of:
            return figures
    figures = _compute_figures(plan, as_of)
    _RECENT[:] = [(plan, as_of, figures), *_RECENT[:1]]
    return figures


def _compute_figures(plan: Masterplan, as_of: dt.date) -> Figures:
    singles = [(p, tally_program(p, plan.scoring, as_of)) for p in plan.programs]
    categories = tuple(
        CategoryFigure(a, len(a.items), sum(item.done for item in a.items))
        for a in plan.action_plans
    )
    items = sum(c.items for c in categories)
    done = sum(c.done for c in categories)
    return Figures(
        as_of=as_of,
        overall=total(t for _, t in singles),
        by_pillar=_group(singles, [p.id for p in plan.pillars], lambda p: p.pillar),
        by_horizon=_group(singles, [h for h, _ in plan.horizons], lambda p: p.horizon),
        by_agency=_group(singles, [a.id for a in plan.agencies], lambda p: p.agency),
        by_element=_by_element(plan, singles),
        quick_wins=total(t for p, t in singles if p.quick_win),
        categories=categories,
        action_plans=aggregate_action_plans(categories, plan.scoring.action_plan_aggregate),
        action_items=items,
        action_done=done,
        overdue=tuple(
            sorted((p for p, _ in singles if is_overdue(p, as_of)),
                   key=lambda p: (p.years.end if p.years else 0, p.id))
        ),
        indicators=tuple(
            IndicatorFigure(p, ind, achievement(ind)) for p in plan.programs for ind in p.indicators
        ),
    )  # fmt: skip


def _group(
    singles: list[tuple[Program, Tally]], order: list[str], key: Callable[[Program], str]
) -> tuple[tuple[str, Tally], ...]:
    """Tallies per group, in the plan's declared order; groups without programs included."""
    groups: dict[str, Tally] = dict.fromkeys(order, Tally())
    for program, tally in singles:
        name = key(program)
        groups[name] = groups.get(name, Tally()) + tally
    return tuple(groups.items())


def _by_element(
    plan: Masterplan, singles: list[tuple[Program, Tally]]
) -> tuple[tuple[tuple[str, str], Tally], ...]:
    """Tallies per sub-dimension that programs name, in the pillars' element order."""
    groups: dict[tuple[str, str], Tally] = {}
    for program, tally in singles:
        if program.element is not None:
            key = (program.pillar, program.element)
            groups[key] = groups.get(key, Tally()) + tally
    order = [(p.id, e.id) for p in plan.pillars for e in p.elements]
    return tuple(
        sorted(groups.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))
    )


def aggregate_action_plans(categories: Iterable[CategoryFigure], how: str) -> Fraction | None:
    """Overall action-plan realisation: the plain mean of category rates, or pooled items."""
    rated = [c for c in categories if c.items]
    if not rated:
        return None
    if how == "pooled":
        return Fraction(sum(c.done for c in rated), sum(c.items for c in rated))
    return sum((Fraction(c.done, c.items) for c in rated), ZERO) / len(rated)


def achievement(indicator: Indicator) -> Fraction | None:
    """How far an indicator has come: (actual - baseline) / (target - baseline).

    Without a baseline it is the yearly formula of ``indicators.rate`` (actual / target, or
    2 - actual / target for an indicator that should fall). A baseline above the target works
    for falling indicators too. None when there is no actual value, no target or no distance.
    """
    from smartcity_cli.indicators import rate

    if indicator.actual is None or indicator.target is None:
        return None
    if indicator.baseline is None:
        return rate(indicator.target, indicator.actual, indicator.direction)
    actual, target = exact(indicator.actual), exact(indicator.target)
    start = exact(indicator.baseline)
    if target == start:
        return None
    return (actual - start) / (target - start)
