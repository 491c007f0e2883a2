"""The history command's core: a plan's figures at every commit that touched it.

Blobs are read with `git show`; nothing is checked out. A revision that does not load or
validate is a point with its error count, not a failure. In a shallow clone the history
starts where the clone does, and the result says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from smartcity_cli import gitio
from smartcity_cli.budget import compute_budget
from smartcity_cli.errors import LoadError
from smartcity_cli.figures import compute_figures, percent, to_percent
from smartcity_cli.model import Masterplan
from smartcity_cli.plandiff import ProgramChange, changed_indicators
from smartcity_cli.plans import resolve_plan
from smartcity_cli.validate import FileResult, validate_bytes


@dataclass(frozen=True)
class HistoryPoint:
    commit: gitio.Commit
    revision: int | None
    updated: str | None
    errors: int
    programs: int | None
    running: int | None
    realization: Decimal | None
    mean_progress: Decimal | None
    action_plans: Decimal | None
    problem: str  # the first error of a revision that does not validate
    budget_allocated: int | None = None  # whole rupiah over all budget lines (budget.py)
    budget_realised: int | None = None  # None when no line reports realised money
    # indicators whose values changed since the last revision that validated (plandiff.py)
    indicators: tuple[ProgramChange, ...] = ()


@dataclass(frozen=True)
class History:
    path: str  # repository-relative
    points: tuple[HistoryPoint, ...]
    shallow: bool


def plan_history(name: str, plans_dir: Path) -> History:
    path = resolve_plan(name, plans_dir)
    root, inside = gitio.relative_to_root(path)
    points = []
    previous: Masterplan | None = None
    for commit in gitio.log(inside, root):
        shown = f"{commit.sha[:8]}:{inside}"
        try:
            result = validate_bytes(gitio.show(commit.sha, inside, root), shown, "")
        except LoadError as exc:  # a blob past the size limit, refused before it is read
            result = FileResult(shown, (exc.finding,), None)
        plan = result.plan if result.errors == 0 else None
        if plan is None:
            first = next((f for f in result.findings if f.is_error), None)
            points.append(HistoryPoint(commit, None, None, result.errors, None, None, None, None,
                                       None, first.message if first else ""))  # fmt: skip
            continue
        figures = compute_figures(plan, plan.updated)
        overall = figures.overall

        points.append(
            HistoryPoint(
                commit, plan.revision, plan.updated.isoformat(), 0, overall.programs,
                overall.running, percent(overall.realization), percent(overall.mean_progress),
                percent(figures.action_plans), "", *_budget(plan),
                changed_indicators(previous, plan) if previous is not None else (),
            )
        )  # fmt: skip
        previous = plan
    return History(inside, tuple(points), gitio.is_shallow(root))


def _budget(plan: Masterplan) -> tuple[int | None, int | None]:
    """Allocated and realised rupiah of a revision, whole (half-up); None where there is none."""
    money = compute_budget(plan)
    if not money.programs:
        return None, None
    total = money.total
    allocated = int(to_percent(total.allocated / 100, 0))
    return allocated, int(to_percent(total.realised / 100, 0)) if total.reported else None
