"""All figures of many plans as one JSON document for other tools (docs/site-json.md).

Percentages are strings of decimals rounded half-up ("70.73"), never floats, so that a
reader gets exactly the figure the reports show. FORMAT_VERSION versions the shape.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

from smartcity_cli import __version__
from smartcity_cli.claims import applies, check_claims
from smartcity_cli.figures import Figures, Tally, compute_figures, to_percent
from smartcity_cli.figures_json_money import money_dict
from smartcity_cli.formats.json import finding_dict
from smartcity_cli.model import Masterplan
from smartcity_cli.validate import FileResult

FORMAT_VERSION = 1


def _pct(rate: Fraction | None) -> str | None:
    return None if rate is None else str(to_percent(rate))


def tally_dict(tally: Tally) -> dict[str, Any]:
    return {
        "programs": tally.programs,
        "counted": tally.counted,
        "running": tally.running,
        "realization": _pct(tally.realization),
        "mean_progress": _pct(tally.mean_progress),
        "progress_missing": tally.progress_missing,
        "overdue": tally.overdue,
    }


def figures_dict(plan: Masterplan, figures: Figures) -> dict[str, Any]:
    """One plan's figures."""
    return {
        **tally_dict(figures.overall),
        "action_plans": _pct(figures.action_plans),
        "action_plan_items": figures.action_items,
        "action_plan_done": figures.action_done,
        "by_pillar": [{"id": k, **tally_dict(v)} for k, v in figures.by_pillar],
        "by_horizon": [{"id": k, **tally_dict(v)} for k, v in figures.by_horizon],
        "by_agency": [{"id": k, **tally_dict(v)} for k, v in figures.by_agency],
        "quick_wins": tally_dict(figures.quick_wins),
        "action_plan_categories": [
            {"id": c.plan.id, "items": c.items, "done": c.done, "realization": _pct(c.rate)}
            for c in figures.categories
        ],
        "claims": [
            {
                "stage": c.stage,
                "figure": c.figure,
                "claimed": str(c.claimed),
                "computed": None if c.computed is None else str(c.computed),
                "reproduced": c.reproduced,
            }
            for e in plan.evaluations
            if applies(e, plan)
            for c in check_claims(plan, figures, e)
        ],
        **money_dict(plan),  # budget, series and SPBE (figures_json_money.py)
    }


def region_dict(result: FileResult, slug: str, as_of: dt.date) -> dict[str, Any]:
    """One file: who it is, whether it validates, and its figures when it does."""
    plan = result.plan if result.errors == 0 else None
    region = plan.region if plan else None
    return {
        "slug": slug,
        "file": result.file,
        "name": region.name if region else None,
        "kind": region.kind if region else None,
        "province": region.province if region else None,
        "code": region.code if region else None,
        "revision": plan.revision if plan else None,
        "updated": plan.updated.isoformat() if plan else None,
        "valid": result.errors == 0,
        "errors": result.errors,
        "warnings": result.warnings,
        "findings": [finding_dict(f) for f in result.findings],
        "figures": figures_dict(plan, compute_figures(plan, as_of)) if plan else None,
    }


def site_figures(regions: list[tuple[FileResult, str]], as_of: dt.date) -> dict[str, Any]:
    return site_figures_of([region_dict(result, slug, as_of) for result, slug in regions], as_of)


def site_figures_of(regions: list[dict[str, Any]], as_of: dt.date) -> dict[str, Any]:
    """figures.json from region dicts made one at a time (the site keeps only these)."""
    return {
        "format_version": FORMAT_VERSION,
        "tool": {"name": "smartcity", "version": __version__},
        "as_of": as_of.isoformat(),
        "regions": regions,
    }
