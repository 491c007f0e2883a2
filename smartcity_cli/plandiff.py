"""What changed between two revisions of a plan: programs and figures. Pure."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from smartcity_cli.figures import Figures, compute_figures, percent
from smartcity_cli.model import Masterplan, Program
from smartcity_cli.plandiff_money import indicator_changes, money_changes


@dataclass(frozen=True)
class ProgramChange:
    """One change to a program that is in both revisions."""

    id: str
    name: str
    what: (
        str  # renamed | pillar | agency | status | progress | budget | budget_realised | indicator
    )
    old: str
    new: str


@dataclass(frozen=True)
class FigureChange:
    figure: str  # realization | mean_progress | action_plans | programs
    group: str  # "" for the whole plan, else a pillar id
    old: Decimal | None
    new: Decimal | None

    @property
    def changed(self) -> bool:
        return self.old != self.new


@dataclass(frozen=True)
class PlanDiff:
    old_name: str
    new_name: str
    old: Masterplan
    new: Masterplan
    added: tuple[Program, ...]
    removed: tuple[Program, ...]
    changes: tuple[ProgramChange, ...]
    figures: tuple[FigureChange, ...]
    content_changed: bool


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


def _program_changes(old: Program, new: Program) -> list[ProgramChange]:
    pairs = [
        ("renamed", old.name, new.name),
        ("pillar", old.pillar, new.pillar),
        ("agency", old.agency, new.agency),
        ("status", old.status, new.status),
        ("progress", _number(old.progress), _number(new.progress)),
        *money_changes(old, new),  # budget, realised money, indicators (plandiff_money.py)
    ]  # fmt: skip
    return [ProgramChange(new.id, new.name, what, a, b) for what, a, b in pairs if a != b]


def changed_indicators(old: Masterplan, new: Masterplan) -> tuple[ProgramChange, ...]:
    """Only the indicators whose values changed, in programs that are in both revisions (an
    added or removed program is the diff's news, not an indicator change)."""
    before = {p.id: p for p in old.programs}
    return tuple(
        ProgramChange(p.id, p.name, what, a, b)
        for p in new.programs
        if p.id in before
        for what, a, b in indicator_changes(before[p.id], p)
        if a != b
    )


def _figures(old: Figures, new: Figures) -> list[FigureChange]:
    changes = [
        FigureChange("programs", "", Decimal(old.overall.programs), Decimal(new.overall.programs)),
        FigureChange("realization", "", percent(old.overall.realization),
                     percent(new.overall.realization)),
        FigureChange("mean_progress", "", percent(old.overall.mean_progress),
                     percent(new.overall.mean_progress)),
        FigureChange("action_plans", "", percent(old.action_plans), percent(new.action_plans)),
    ]  # fmt: skip
    before = dict(old.by_pillar)
    for pillar, tally in new.by_pillar:
        was = before.get(pillar)
        changes.append(
            FigureChange("realization", pillar, percent(was.realization) if was else None,
                         percent(tally.realization))
        )  # fmt: skip
    return changes


def _content(plan: Masterplan) -> Masterplan:
    """The plan without its revision stamp, to tell a real edit from a re-stamp."""
    return dataclasses.replace(plan, revision=0, updated=dt.date.min)


def diff_plans(old: Masterplan, new: Masterplan, *, old_name: str, new_name: str) -> PlanDiff:
    """Programs added, removed and changed (matched by id), and the figures before and after."""
    before = {p.id: p for p in old.programs}
    after = {p.id: p for p in new.programs}
    return PlanDiff(
        old_name=old_name,
        new_name=new_name,
        old=old,
        new=new,
        added=tuple(p for p in new.programs if p.id not in before),
        removed=tuple(p for p in old.programs if p.id not in after),
        changes=tuple(
            change
            for p in new.programs
            if p.id in before
            for change in _program_changes(before[p.id], p)
        ),
        figures=tuple(
            _figures(compute_figures(old, old.updated), compute_figures(new, new.updated))
        ),
        content_changed=_content(old) != _content(new),
    )
