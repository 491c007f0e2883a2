"""The budget, series and SPBE figures of one plan for figures.json (docs/site-json.md).

Amounts are strings of whole rupiah (half-up), percentages strings of two decimals, as
every figure in that file: a reader gets exactly what the reports show, never a float.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from smartcity_cli.budget import Money, compute_budget
from smartcity_cli.figures import to_percent
from smartcity_cli.indicators import SeriesFigure, plan_series, target_series
from smartcity_cli.model import Masterplan
from smartcity_cli.spbe import by_indicator, result_figures


def _pct(rate: Fraction | None) -> str | None:
    return None if rate is None else str(to_percent(rate))


def _rupiah(amount: Fraction) -> str:
    return str(int(to_percent(amount / 100, 0)))  # whole rupiah, half-up


def _money(money: Money) -> dict[str, Any]:
    return {
        "allocated": _rupiah(money.allocated),
        "realised": _rupiah(money.realised) if money.reported else None,
        "realization": _pct(money.rate),
    }


def _series(series: SeriesFigure) -> dict[str, Any]:
    return {
        "owner": series.owner,
        "name": series.name,
        "direction": series.direction,
        "years": [
            {"year": y.year, "target": None if y.target is None else str(y.target),
             "actual": None if y.actual is None else str(y.actual),
             "achievement": _pct(y.achievement)}
            for y in series.years
        ],
        "latest_year": series.latest.year if series.latest else None,
    }  # fmt: skip


def money_dict(plan: Masterplan) -> dict[str, Any]:
    """The keys figures.json adds for budgets, series, RPJMD targets and SPBE."""
    budget = compute_budget(plan)
    return {
        "budget": {
            **_money(budget.total),
            "outside_apbd": _pct(budget.outside_apbd),
            "by_year": [{"year": y, **_money(m)} for y, m in budget.by_year],
            "by_source": [{"source": s or None, **_money(m)} for s, m in budget.by_source],
            "by_pillar": [{"id": p, **_money(m)} for p, m in budget.by_pillar if m.lines],
            "by_agency": [{"id": a, **_money(m)} for a, m in budget.by_agency],
            "other_currency": list(budget.other_currency),
        }
        if budget.programs or budget.other_currency
        else None,
        "indicator_series": [_series(s) for s in plan_series(plan)],
        "target_series": [_series(target_series(t)) for t in plan.targets if t.series],
        "spbe": {
            "results": [
                {"year": r.result.year, "index": str(r.index), "predicate": r.predicate,
                 "predicate_claimed": r.result.predicate}
                for r in result_figures(plan)
            ],
            "indicators": [
                {"indicator": g.indicator, "programs": [p.id for p, _ in g.programs]}
                for g in by_indicator(plan)
            ],
        },
    }  # fmt: skip
