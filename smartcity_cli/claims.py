"""Compare what an evaluation claimed with what the plan's data gives. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from smartcity_cli.figures import Figures, to_percent
from smartcity_cli.model import Evaluation, Masterplan
from smartcity_cli.rounding import Interval, claim_in_interval


@dataclass(frozen=True)
class ClaimCheck:
    """One claimed figure next to the computed one.

    ``kind`` is ``count`` or ``percent``. A percentage is reproduced when the computed rate,
    rounded half-up to as many decimals as the claim was written with (at most two),
    equals the claim. ``difference`` is claimed minus computed (two decimals).
    """

    stage: int
    figure: str  # programs_total, realization, action_plan_categories.policy, ...
    kind: str
    claimed: Decimal
    computed: Decimal | None
    reproduced: bool
    path: str  # where the claim sits in the document
    interval: Interval | None = None  # for a claim built from rounded published inputs

    @property
    def difference(self) -> Decimal | None:
        return None if self.computed is None else self.claimed - self.computed


def applies(evaluation: Evaluation, plan: Masterplan) -> bool:
    """Claims are checked against this revision only when they were made on it."""
    return evaluation.revision is None or evaluation.revision == plan.revision


def check_index_claim(plan: Masterplan, evaluation: Evaluation) -> ClaimCheck | None:
    """The claimed index against the interval its rounded published components allow.

    It depends on the evaluation's own scores only, so it is checked whatever revision
    the evaluation names."""
    from smartcity_cli.index import evaluation_index, off_scale

    claimed = evaluation.claimed
    if claimed is None or claimed.index is None or not evaluation.scores:
        return None  # a published index without its components: nothing to compare
    if off_scale(evaluation):
        return None  # index-scale reports it; nothing is compared
    computed = evaluation_index(evaluation, plan.scoring)
    interval = computed.interval if computed else None
    return ClaimCheck(
        evaluation.stage, "index", "index", claimed.index,
        None if computed is None or computed.value is None else to_percent(computed.value),
        interval is not None and claim_in_interval(claimed.index, interval),
        f"{evaluation.path}.claimed.index", interval,
    )  # fmt: skip


def check_claims(plan: Masterplan, figures: Figures, evaluation: Evaluation) -> list[ClaimCheck]:
    """Every claimed figure of one evaluation, compared with the computed one."""
    claimed = evaluation.claimed
    if claimed is None:
        return []
    base = f"{evaluation.path}.claimed"
    overall = figures.overall
    checks: list[ClaimCheck] = []

    def count(name: str, value: int | None, computed: int) -> None:
        if value is not None:
            checks.append(
                ClaimCheck(evaluation.stage, name, "count", Decimal(value), Decimal(computed),
                           value == computed, f"{base}.{name}")
            )  # fmt: skip

    def percent(name: str, written: Decimal | None, rate: Fraction | None, path: str) -> None:
        if written is None:
            return
        places = min(2, max(0, -int(written.as_tuple().exponent)))
        computed = None if rate is None else to_percent(rate)
        same = rate is not None and to_percent(rate, places) == written.quantize(
            Decimal(1).scaleb(-places)
        )
        checks.append(ClaimCheck(evaluation.stage, name, "percent", written, computed, same, path))

    count("programs_total", claimed.programs_total, overall.counted)
    count("programs_running", claimed.programs_running, overall.running)
    percent("realization", claimed.realization, overall.realization, f"{base}.realization")
    percent("mean_progress", claimed.mean_progress, overall.mean_progress, f"{base}.mean_progress")
    percent("action_plans", claimed.action_plans, figures.action_plans, f"{base}.action_plans")
    index = check_index_claim(plan, evaluation)
    if index is not None:
        checks.append(index)
    rates = {c.plan.id: c.rate for c in figures.categories}
    for category, value in claimed.action_plan_categories:
        if category not in rates:  # an unknown category: the unknown-reference rule says so
            continue
        percent(f"action_plan_categories.{category}", value, rates.get(category),
                f"{base}.action_plan_categories.{category}")  # fmt: skip
    return checks
