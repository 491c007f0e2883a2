"""Budget figures: allocated, realised and the realisation rate per year, source, pillar and
agency, and the share from outside the APBD. Pure functions over the model, no I/O.

Amounts stay exact (fractions of what was written) until they are formatted. The
definitions are those of docs/format.md, "Budget by year and source".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from fractions import Fraction
from typing import TypeVar

from smartcity_cli.figures import exact
from smartcity_cli.model import Masterplan, Program
from smartcity_cli.spec import BUDGET_SOURCES

ZERO = Fraction(0)
K = TypeVar("K")
UNSTATED = ""  # the source key of a single-amount budget that names no listed source


@dataclass(frozen=True)
class Money:
    """Sums over budget lines; they add up, so any grouping is a sum of single lines.

    ``reported`` is the allocation of the lines that state what was realised: the rate
    compares realised money with that, so that a year not yet reported does not pull it down.
    """

    allocated: Fraction = ZERO
    realised: Fraction = ZERO
    reported: Fraction = ZERO
    lines: int = 0

    def __add__(self, other: Money) -> Money:
        return Money(
            self.allocated + other.allocated,
            self.realised + other.realised,
            self.reported + other.reported,
            self.lines + other.lines,
        )

    @property
    def rate(self) -> Fraction | None:
        """Realised / allocated over the lines that report realised money."""
        return self.realised / self.reported if self.reported else None


@dataclass(frozen=True)
class Line:
    """A budget line of a program, as the figures see it (the single form has no year)."""

    program: Program
    year: int | None
    source: str  # one of BUDGET_SOURCES, or UNSTATED
    money: Money


@dataclass(frozen=True)
class BudgetFigures:
    total: Money
    by_year: tuple[tuple[int, Money], ...]
    by_source: tuple[tuple[str, Money], ...]
    by_pillar: tuple[tuple[str, Money], ...]
    by_agency: tuple[tuple[str, Money], ...]
    outside_apbd: Fraction | None  # of the money whose source is stated
    programs: int  # programs with a rupiah budget
    other_currency: tuple[str, ...]  # program ids whose single budget is not in IDR: left out


def source_key(written: str | None) -> str:
    """A single-amount budget's free-text source as a listed source, or UNSTATED.

    The text counts as the source its first word names, case aside ("APBN (Kementerian
    Perhubungan)" is APBN, "Hibah Kementerian LHK" is hibah); text that names two sources
    ("APBD dan APBN") cannot be split and counts as not stated.
    """
    if written is None:
        return UNSTATED
    words = re.findall(r"[A-Za-z]+", written)
    if (
        not words
        or any(w.lower() in ("dan", "and") for w in words)
        or re.search(r"[,&+/]", written)
    ):
        return UNSTATED
    by_lower = {s.lower(): s for s in BUDGET_SOURCES}
    return by_lower.get(words[0].lower(), UNSTATED)


def program_lines(program: Program) -> list[Line]:
    """A program's budget as lines; [] when it has none or only a non-rupiah amount."""
    lines = [
        Line(program, b.year, b.source, _money(b.allocated, b.realised))
        for b in program.budget_lines
    ]
    single = program.budget
    if single is not None and single.currency == "IDR":
        lines.append(Line(program, None, source_key(single.source), _money(single.amount, None)))
    return lines


def _money(allocated: float | int, realised: float | int | None) -> Money:
    amount = exact(allocated)
    if realised is None:
        return Money(amount, ZERO, ZERO, 1)
    return Money(amount, exact(realised), amount, 1)


def compute_budget(plan: Masterplan) -> BudgetFigures:
    """All budget figures of a plan."""
    lines = [line for p in plan.programs for line in program_lines(p)]
    years = sorted({line.year for line in lines if line.year is not None})
    sources = [*BUDGET_SOURCES, UNSTATED]
    by_source = _group(lines, sources, lambda line: line.source)
    stated = sum((m for s, m in by_source if s != UNSTATED), Money())
    apbd = dict(by_source)["APBD"]
    return BudgetFigures(
        total=_sum(line.money for line in lines),
        by_year=_group(lines, years, lambda line: line.year),
        by_source=tuple((s, m) for s, m in by_source if m.lines),
        by_pillar=_group(lines, [p.id for p in plan.pillars], lambda line: line.program.pillar),
        by_agency=tuple(
            (a, m)
            for a, m in _group(lines, [a.id for a in plan.agencies], lambda x: x.program.agency)
            if m.lines
        ),
        outside_apbd=(stated.allocated - apbd.allocated) / stated.allocated
        if stated.allocated
        else None,
        programs=len({line.program.id for line in lines}),
        other_currency=tuple(
            p.id for p in plan.programs if p.budget is not None and p.budget.currency != "IDR"
        ),
    )


def _sum(moneys: Iterable[Money]) -> Money:
    return sum(moneys, Money())


def _group(
    lines: list[Line], order: list[K], key: Callable[[Line], K | None]
) -> tuple[tuple[K, Money], ...]:
    groups: dict[K, Money] = dict.fromkeys(order, Money())
    for line in lines:
        name = key(line)
        if name is not None:
            groups[name] = groups.get(name, Money()) + line.money
    return tuple(groups.items())
