"""The figures an edit moves, for the summary of `set` and `import`: the same numbers as
`smartcity diff` shows, computed for what an edit can change.

diff_plans computes every figure of both revisions (schedule, agencies, elements,
indicators), twice the cost of the rest of an edit on a large plan. An edit changes a few
programs' values in place: each program's tally is computed once, and again only for the
programs that changed; only the figures the summary shows are added up. Realisation and
mean progress do not depend on the as-of date, so both revisions are tallied at one.
"""

from __future__ import annotations

from decimal import Decimal

from smartcity_cli.figures import (
    CategoryFigure,
    Tally,
    aggregate_action_plans,
    percent,
    tally_program,
)
from smartcity_cli.model import Masterplan
from smartcity_cli.plandiff import FigureChange, PlanDiff


def _tallies(old: Masterplan, new: Masterplan) -> tuple[list[Tally], list[Tally]]:
    as_of = new.updated
    before = [tally_program(p, old.scoring, as_of) for p in old.programs]
    if len(old.programs) != len(new.programs) or old.scoring != new.scoring:
        return before, [tally_program(p, new.scoring, as_of) for p in new.programs]
    after = [
        tally if p == q else tally_program(q, new.scoring, as_of)
        for p, q, tally in zip(old.programs, new.programs, before, strict=True)
    ]
    return before, after


def _by_pillar(plan: Masterplan, tallies: list[Tally]) -> dict[str, Tally]:
    groups: dict[str, Tally] = dict.fromkeys((p.id for p in plan.pillars), Tally())
    for program, tally in zip(plan.programs, tallies, strict=True):
        groups[program.pillar] = groups.get(program.pillar, Tally()) + tally
    return groups


def _action_plans(plan: Masterplan) -> Decimal | None:
    categories = [CategoryFigure(a, len(a.items), sum(i.done for i in a.items))
                  for a in plan.action_plans]  # fmt: skip
    return percent(aggregate_action_plans(categories, plan.scoring.action_plan_aggregate))


def edit_diff(old: Masterplan, new: Masterplan, *, old_name: str, new_name: str) -> PlanDiff:
    """A PlanDiff of an in-place edit: no programs added or removed, the summary's figures."""
    before, after = _tallies(old, new)
    total_before, total_after = sum(before, Tally()), sum(after, Tally())
    figures = [
        FigureChange("programs", "", Decimal(total_before.programs), Decimal(total_after.programs)),
        FigureChange("realization", "", percent(total_before.realization),
                     percent(total_after.realization)),
        FigureChange("mean_progress", "", percent(total_before.mean_progress),
                     percent(total_after.mean_progress)),
        FigureChange("action_plans", "", _action_plans(old), _action_plans(new)),
    ]  # fmt: skip
    pillars_before = _by_pillar(old, before)
    for pillar, tally in _by_pillar(new, after).items():
        was = pillars_before.get(pillar)
        figures.append(FigureChange("realization", pillar,
                                    percent(was.realization) if was else None,
                                    percent(tally.realization)))  # fmt: skip
    return PlanDiff(old_name=old_name, new_name=new_name, old=old, new=new, added=(),
                    removed=(), changes=(), figures=tuple(figures),
                    content_changed=True)  # fmt: skip
