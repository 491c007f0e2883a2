"""The SPBE link: the predicate of an SPBE index, and the programs tagged per SPBE indicator.

The SPBE (Sistem Pemerintahan Berbasis Elektronik) evaluation under PermenPANRB 59/2020
scores 47 indicators on a maturity scale of 1 to 5; the index carries a predicate by fixed
thresholds (docs/format.md, "SPBE link"). Pure, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from smartcity_cli.model import Masterplan, Program
from smartcity_cli.model_money import SpbeResult, SpbeTag

# (upper bound, exclusive; predicate): below 1.8 Kurang, ..., from 4.2 Memuaskan
THRESHOLDS = (
    (Decimal("1.8"), "Kurang"),
    (Decimal("2.6"), "Cukup"),
    (Decimal("3.5"), "Baik"),
    (Decimal("4.2"), "Sangat Baik"),
)
TOP = "Memuaskan"
PREDICATE_EN = {
    "Kurang": "Poor", "Cukup": "Fair", "Baik": "Good", "Sangat Baik": "Very good",
    "Memuaskan": "Excellent",
}  # fmt: skip
MATURITY = {
    1: ("Rintisan", "Initial"), 2: ("Terkelola", "Managed"), 3: ("Terdefinisi", "Defined"),
    4: ("Terpadu dan Terukur", "Integrated and measured"), 5: ("Optimum", "Optimum"),
}  # fmt: skip


def index_decimal(index: int | float, written: str | None = None) -> Decimal:
    """The index as written (2.80 keeps its digits), not as a binary float."""
    if written is not None:
        try:
            return Decimal(written)
        except InvalidOperation:  # a YAML number Decimal does not read (0x2): use its value
            pass
    return Decimal(repr(index))


def predicate(index: Decimal) -> str:
    """The predicate of an SPBE index: 1.79 Kurang, 1.80 Cukup, ..., 4.20 Memuaskan."""
    for bound, name in THRESHOLDS:
        if index < bound:
            return name
    return TOP


@dataclass(frozen=True)
class ResultFigure:
    result: SpbeResult
    index: Decimal
    predicate: str  # computed
    claimed_ok: bool  # no predicate given, or the one given is the computed one


def result_figures(plan: Masterplan) -> tuple[ResultFigure, ...]:
    out = []
    for r in sorted(plan.spbe, key=lambda r: r.year):
        index = index_decimal(r.index)
        computed = predicate(index)
        out.append(ResultFigure(r, index, computed, r.predicate in (None, computed)))
    return tuple(out)


@dataclass(frozen=True)
class IndicatorPrograms:
    """One SPBE indicator and the programs tagged with it, in the plan's order."""

    indicator: int
    domain: str | None
    aspect: str | None
    programs: tuple[tuple[Program, SpbeTag], ...]


def by_indicator(plan: Masterplan) -> tuple[IndicatorPrograms, ...]:
    """Per tagged SPBE indicator (in number order) the programs that serve it."""
    groups: dict[int, list[tuple[Program, SpbeTag]]] = {}
    for program in plan.programs:
        for tag in program.spbe:
            groups.setdefault(tag.indicator, []).append((program, tag))
    return tuple(
        IndicatorPrograms(
            number,
            next((t.domain for _, t in pairs if t.domain), None),
            next((t.aspect for _, t in pairs if t.aspect), None),
            tuple(pairs),
        )
        for number, pairs in sorted(groups.items())
    )
