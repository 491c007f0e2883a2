"""What a diff says about a program's money and measures: budget totals, realised money and
each indicator's values (single and by year), as text pairs for plandiff.ProgramChange."""

from __future__ import annotations

from smartcity_cli.budget import program_lines
from smartcity_cli.figures import exact, to_percent
from smartcity_cli.model import Indicator, Program


def _number(value: float | int | None) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) and not value.is_integer() else str(int(value))


def _whole(program: Program, realised: bool) -> str:
    """A program's allocated (or realised) rupiah over all its lines, or "" without any."""
    lines = program_lines(program)
    if realised:
        reported = [line.money for line in lines if line.money.reported]
        if not reported:
            return ""
        return str(int(to_percent(sum((m.realised for m in reported), exact(0)) / 100, 0)))
    if program.budget is not None and not program.budget_lines:
        return _number(program.budget.amount)  # as before: the amount as written
    if not lines:
        return ""
    return str(int(to_percent(sum((line.money.allocated for line in lines), exact(0)) / 100, 0)))


def _indicator(ind: Indicator | None) -> str:
    if ind is None:
        return ""
    parts = [f"{key} {_number(value)}" for key, value in
             (("baseline", ind.baseline), ("target", ind.target), ("actual", ind.actual))
             if value is not None]  # fmt: skip
    parts += [f"{p.year} {_number(p.target) or '–'}/{_number(p.actual) or '–'}" for p in ind.series]
    return f"{ind.name}: " + ", ".join(parts)


def money_changes(old: Program, new: Program) -> list[tuple[str, str, str]]:
    """(what, old text, new text) for the budget, realised money and each indicator."""
    pairs = [
        ("budget", _whole(old, False), _whole(new, False)),
        ("budget_realised", _whole(old, True), _whole(new, True)),
    ]
    return pairs + indicator_changes(old, new)


def indicator_changes(old: Program, new: Program) -> list[tuple[str, str, str]]:
    """("indicator", old text, new text) for each indicator by name, changed or not; the text
    holds the single baseline/target/actual and every year's target/actual."""
    before = {i.name: i for i in old.indicators}
    after = {i.name: i for i in new.indicators}
    names = [*before, *(n for n in after if n not in before)]
    return [("indicator", _indicator(before.get(n)), _indicator(after.get(n))) for n in names]
