"""Figures: the seed articles' numbers, half-up rounding, tallies, overdue and indicators."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from conftest import MINIMAL, REPO, check_text, needs_checkout

from smartcity_cli.figures import (
    CategoryFigure,
    Tally,
    achievement,
    aggregate_action_plans,
    compute_figures,
    is_overdue,
    tally_program,
    to_percent,
)
from smartcity_cli.model import ActionPlan, Indicator, Masterplan, Scoring
from smartcity_cli.validate import validate_file


def _categories(*pairs: tuple[int, int]) -> list[CategoryFigure]:
    return [CategoryFigure(ActionPlan(f"c{i}", f"C{i}", (), ""), items, done)
            for i, (done, items) in enumerate(pairs)]  # fmt: skip


def test_seed_realisation_87_of_123_is_70_73() -> None:
    assert to_percent(Fraction(87, 123)) == Decimal("70.73")


def test_seed_action_plans_mean_of_categories_is_94_46() -> None:
    categories = _categories((13, 14), (11, 12), (14, 15), (15, 15))
    assert to_percent(Fraction(13, 14)) == Decimal("92.86")
    assert to_percent(Fraction(11, 12)) == Decimal("91.67")
    assert to_percent(aggregate_action_plans(categories, "mean_of_categories")) == Decimal("94.46")
    # pooled counts items, not categories: 53 of 56
    assert aggregate_action_plans(categories, "pooled") == Fraction(53, 56)
    assert to_percent(Fraction(53, 56)) == Decimal("94.64")


@pytest.mark.parametrize(
    ("rate", "expected"),
    [
        (Fraction(1, 8000), "0.01"),  # 0.0125 -> 0.01 (below the half)
        (Fraction(1, 800), "0.13"),  # 0.125 -> 0.13 half-up (banker's rounding would give 0.12)
        (Fraction(5, 800), "0.63"),  # 0.625 -> 0.63 (float rounding of 0.625 gives 0.62)
        (Fraction(2, 3), "66.67"),
        (Fraction(1), "100.00"),
        (Fraction(0), "0.00"),
        (Fraction(-1, 800), "-0.13"),  # half away from zero for negatives (an indicator going back)
    ],
)
def test_to_percent_rounds_half_up_to_two_places(rate: Fraction, expected: str) -> None:
    assert to_percent(rate) == Decimal(expected)
    assert str(to_percent(rate)) == expected


def test_to_percent_fewer_places() -> None:
    assert to_percent(Fraction(87, 123), 1) == Decimal("70.7")
    assert to_percent(Fraction(87, 123), 0) == Decimal("71")


def _plan(text: str = MINIMAL) -> Masterplan:
    result = check_text(text)
    assert result.plan is not None, result.findings
    return result.plan


def test_padang_panjang_sample_reproduces_the_article() -> None:
    result = validate_file(REPO / "masterplans" / "padang-panjang.yaml")
    assert result.plan is not None and result.errors == 0
    figures = compute_figures(result.plan, dt.date(2024, 11, 13))
    assert (figures.overall.running, figures.overall.counted) == (87, 123)
    assert to_percent(figures.overall.realization) == Decimal("70.73")
    assert to_percent(figures.action_plans) == Decimal("94.46")
    rates = {c.plan.id: to_percent(c.rate) for c in figures.categories}
    assert rates["policy"] == Decimal("92.86")
    assert rates["infrastructure"] == Decimal("91.67")


def test_tallies_add_up_to_the_overall_figure() -> None:
    result = validate_file(REPO / "masterplans" / "palu.yaml")
    assert result.plan is not None
    figures = compute_figures(result.plan, dt.date(2024, 6, 1))
    for groups in (figures.by_pillar, figures.by_horizon, figures.by_agency):
        assert sum((t for _, t in groups), Tally()) == figures.overall


def test_mean_progress_defaults_and_left_out_programs() -> None:
    text = MINIMAL + (
        "  - {id: A, name: A, pillar: economy, agency: bappeda, horizon: long, status: planned}\n"
        "  - {id: B, name: B, pillar: economy, agency: bappeda, horizon: long, status: running}\n"
        "  - {id: C, name: C, pillar: economy, agency: bappeda, horizon: long, status: delayed}\n"
        "  - {id: D, name: D, pillar: economy, agency: bappeda, horizon: long, status: completed}\n"
    )
    overall = compute_figures(_plan(text), dt.date(2024, 1, 1)).overall
    # 100 (GOV-01) + 40 (GOV-02) + 0 (planned A) + 100 (completed D); B and C left out
    assert overall.progress_known == 4
    assert overall.progress_missing == 2
    assert overall.mean_progress == Fraction(240, 400)
    assert (overall.running, overall.counted) == (4, 6)  # GOV-01, GOV-02, B, D


def test_exclude_cancelled_and_running_statuses() -> None:
    text = MINIMAL + (
        "  - {id: X, name: X, pillar: economy, agency: bappeda, horizon: long, status: cancelled}\n"
        "scoring:\n  exclude_cancelled: true\n  running_statuses: [running]\n"
    )
    overall = compute_figures(_plan(text), dt.date(2024, 1, 1)).overall
    assert overall.programs == 3
    assert overall.counted == 2  # the cancelled one is left out
    assert overall.running == 1  # only GOV-02: completed is not a running status here
    assert overall.status_count("cancelled") == 1


def test_overdue_edges() -> None:
    plan = _plan()
    running = plan.programs[1]  # GOV-02, running, years 2019-2023
    assert not is_overdue(running, dt.date(2023, 12, 31))  # its last year is not over yet
    assert is_overdue(running, dt.date(2024, 1, 1))
    completed = plan.programs[0]
    assert not is_overdue(completed, dt.date(2030, 1, 1))
    figures = compute_figures(plan, dt.date(2024, 1, 1))
    assert [p.id for p in figures.overdue] == ["GOV-02"]
    assert figures.overall.overdue == 1


@pytest.mark.parametrize(
    ("baseline", "target", "actual", "expected"),
    [
        (5, 40, 31, Fraction(26, 35)),  # rising: (31-5)/(40-5)
        (10, 6, 8, Fraction(1, 2)),  # falling (poverty rate): halfway from 10 to 6
        (None, 40, 10, Fraction(1, 4)),  # no baseline: actual / target
        (5, 40, None, None),  # nothing measured yet
        (5, 5, 7, None),  # no distance to cover
        (0.5, 1.5, 1.0, Fraction(1, 2)),  # decimals are exact
    ],
)
def test_indicator_achievement(baseline, target, actual, expected) -> None:  # type: ignore[no-untyped-def]
    indicator = Indicator("i", None, baseline, target, actual, "")
    assert achievement(indicator) == expected


def test_single_program_tally() -> None:
    plan = _plan()
    tally = tally_program(plan.programs[0], Scoring(), dt.date(2024, 1, 1))
    assert (tally.programs, tally.counted, tally.running, tally.quick_wins) == (1, 1, 1, 1)
    assert tally.realization == 1


@needs_checkout("benchmarks/synthetic.py")
def test_benchmark_plans_are_valid_and_reproducible() -> None:
    from benchmarks.synthetic import synthetic_plan

    text = synthetic_plan(300, seed=7)
    assert text == synthetic_plan(300, seed=7)
    result = check_text(text, stem="sintetis")
    assert result.findings == ()
    assert result.plan is not None and len(result.plan.programs) == 300
