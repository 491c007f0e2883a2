"""Schedule status at the edges of time and thresholds, the evaluation index, the plan-quality
rules and --disable."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from conftest import MINIMAL, REPO, check_text, edit, problems

from smartcity_cli.figures import compute_figures, to_percent
from smartcity_cli.index import evaluation_index, weights
from smartcity_cli.model import Evaluation, Override, Program, Scoring, Years
from smartcity_cli.schedule import classify, expected_progress, schedule_state


def program(**changes: object) -> Program:
    plan = check_text(MINIMAL).plan
    assert plan is not None
    return dataclasses.replace(plan.programs[1], **changes)  # GOV-02, running, 2019-2023


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (dt.date(2018, 12, 31), Fraction(0)),  # before the start
        (dt.date(2019, 1, 1), Fraction(100, 365)),  # the first day counts
        (dt.date(2019, 12, 31), Fraction(100)),  # the last day: all of it
        (dt.date(2020, 1, 1), Fraction(100)),  # after the end
        (dt.date(2019, 7, 2), Fraction(18300, 365)),  # a one-year program halfway: 183 days
    ],
)
def test_expected_progress_of_a_one_year_program(as_of: dt.date, expected: Fraction) -> None:
    assert expected_progress(Years(2019, 2019), as_of) == expected


def test_expected_progress_counts_leap_days() -> None:
    assert expected_progress(Years(2024, 2024), dt.date(2024, 1, 1)) == Fraction(100, 366)
    assert expected_progress(Years(2019, 2023), dt.date(2021, 12, 31)) == Fraction(100 * 1096, 1826)


@pytest.mark.parametrize(
    ("progress", "status"),
    [(Fraction(90), "on_track"), (Fraction(8999, 100), "at_risk"), (Fraction(70), "at_risk"),
     (Fraction(6999, 100), "off_track"), (Fraction(0), "off_track")],
)  # fmt: skip
def test_thresholds_against_an_expected_100(progress: Fraction, status: str) -> None:
    assert classify(progress, Fraction(100), Scoring()) == status


def test_thresholds_come_from_scoring() -> None:
    strict = Scoring(on_track=Decimal(100), at_risk=Decimal(95))
    assert classify(Fraction(96), Fraction(100), strict) == "at_risk"
    assert classify(Fraction(94), Fraction(100), strict) == "off_track"
    assert classify(Fraction(0), Fraction(0), Scoring()) == "on_track"  # before the start


def test_schedule_state_and_override() -> None:
    as_of = dt.date(2021, 12, 31)  # 60.02% of 2019-2023 has passed
    state = schedule_state(program(progress=40.0), as_of, Scoring())
    assert state is not None and state.status == "off_track" and state.reason == ""
    assert to_percent(state.expected / 100) == Decimal("60.02")
    overridden = program(progress=40.0, status_override=Override("at_risk", "data belum masuk"))
    state = schedule_state(overridden, as_of, Scoring())
    assert state is not None and (state.computed, state.status, state.reason) == (
        "off_track", "at_risk", "data belum masuk")  # fmt: skip
    assert schedule_state(program(status="planned", progress=0.0), as_of, Scoring()) is None
    assert schedule_state(program(years=None), as_of, Scoring()) is None
    assert schedule_state(program(progress=None), as_of, Scoring()) is None


def test_schedule_counts_add_up_in_the_sample() -> None:
    from smartcity_cli.validate import validate_file

    plan = validate_file(REPO / "masterplans" / "padang-panjang.yaml").plan
    assert plan is not None
    figures = compute_figures(plan, dt.date(2024, 11, 13))
    assert figures.overall.schedule == (26, 14, 11)
    assert sum(figures.overall.schedule) == figures.overall.status_count(
        "running"
    ) + figures.overall.status_count(
        "delayed"
    )  # every running or delayed sample program has years and progress
    for groups in (figures.by_pillar, figures.by_horizon, figures.by_agency):
        assert tuple(map(sum, zip(*(t.schedule for _, t in groups), strict=True))) == (26, 14, 11)


SCORES = tuple((k, Decimal(v)) for k, v in
               {"baseline": 80, "output": 75, "outcome": 70, "impact": 65, "quick_win": 90}.items())  # fmt: skip


def _evaluation(scores: tuple[tuple[str, Decimal], ...] = SCORES) -> Evaluation:
    return Evaluation(
        2, dt.date(2024, 11, 13), None, None, None, None, None, "evaluations[0]", scores
    )


@pytest.mark.parametrize(
    ("scoring", "expected"),
    [
        (Scoring(), "72.50"),  # 8 + 15 + 21 + 19.5 + 9
        (Scoring(index_scheme="jambi"), "75.00"),  # 8 + 15 + 21 + 13 + 18
        (Scoring(index_weights=(("impact", Decimal(20)), ("quick_win", Decimal(20)))), "75.00"),
    ],
)
def test_evaluation_index(scoring: Scoring, expected: str) -> None:
    index = evaluation_index(_evaluation(), scoring)
    assert index is not None and index.value is not None
    assert str(to_percent(index.value)) == expected


def test_index_needs_every_weighted_score() -> None:
    index = evaluation_index(_evaluation(SCORES[:4]), Scoring())
    assert index is not None and index.value is None
    assert evaluation_index(_evaluation(()), Scoring()) is None
    assert sum(weights(Scoring()).values()) == 100


EVALUATION = (  # percent scores, kept as they were with scale: 100 (issue 13)
    "evaluations:\n  - stage: 2\n    date: 2024-11-13\n    scale: 100\n"
    "    scores: {baseline: 80, output: 75, outcome: 70, impact: 65, quick_win: 90}\n"
    "    claimed: {index: 72.5}\n"
)


def test_index_claim_is_checked() -> None:
    assert problems(MINIMAL + EVALUATION) == []
    assert problems(MINIMAL + EVALUATION.replace("index: 72.5", "index: 75")) == [
        (43, 22, "claim-mismatch")]  # fmt: skip


def test_index_weights_must_sum_to_100() -> None:
    text = MINIMAL + "scoring:\n  index: {scheme: custom, weights: {baseline: 50, output: 50}}\n"
    assert problems(text) == []
    assert problems(text.replace("output: 50", "output: 40")) == [(39, 10, "index-weights")]


# MINIMAL has programs in governance only, and records no legal basis
THIN = {"pillar-without-program", "legal-basis-missing"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # GOV-02 names no target and is running behind: two warnings of MINIMAL itself
        (MINIMAL, {"program-without-target", "off-track-not-delayed"}),
        (MINIMAL.replace("    quick_win: true\n", ""),
         {"pillar-without-quick-win", "program-without-target", "off-track-not-delayed"}),
        (MINIMAL.replace("    horizon: medium\n", "    horizon: medium\n    quick_win: true\n"),
         {"quick-win-not-short", "program-without-target", "off-track-not-delayed"}),
        (MINIMAL.replace("    progress: 40\n", "    progress: 40\n    targets: [S01]\n"),
         {"off-track-not-delayed"}),
        (edit("status: running\n    progress: 40", "status: delayed\n    progress: 40"),
         {"program-without-target"}),
        (edit("status: running\n    progress: 40", "status: running\n    progress: 90"),
         {"program-without-target"}),  # 90 of an expected 100: on track
    ],
)  # fmt: skip
def test_quality_rules(text: str, expected: set[str]) -> None:
    found = {f.rule for f in check_text(text, quality=True).findings}
    assert found - THIN == expected


def test_the_minimal_plan_is_thin_and_the_quality_rules_say_so() -> None:
    findings = check_text(MINIMAL, quality=True).findings
    assert [(f.rule, f.location.line) for f in findings] == [
        ("legal-basis-missing", 9), ("pillar-without-program", 10), ("pillar-without-program", 10),
        ("pillar-without-program", 10), ("pillar-without-program", 10),
        ("pillar-without-program", 10), ("program-without-target", 29),
        ("off-track-not-delayed", 35)]  # fmt: skip
    assert all(not f.is_error for f in findings)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "smartcity_cli", *args], cwd=REPO,
                          env={**os.environ, "NO_COLOR": "1"}, capture_output=True, text=True,
                          check=False)  # fmt: skip


def test_disable_rules_and_the_quality_group(tmp_path: Path) -> None:
    plan = tmp_path / "contoh.yaml"
    plan.write_text(MINIMAL, encoding="utf-8")
    assert run("validate", "--strict", str(plan)).returncode == 1
    assert run("validate", "--strict", "--disable", "quality", str(plan)).returncode == 0
    one = run("validate", "--disable", "pillar-without-program", str(plan)).stdout
    assert "[pillar-without-program]" not in one and "[off-track-not-delayed]" in one
    unknown = run("validate", "--disable", "no-such-rule", str(plan))
    assert unknown.returncode == 2 and "no rule or group `no-such-rule`" in unknown.stderr


def test_reports_show_schedule_overrides_and_the_index() -> None:
    md = run(
        "report", "padang-panjang", "--format", "md", "--lang", "en", "--as-of", "2024-11-13"
    ).stdout
    assert (
        "| On track | **26** | of 51 running or delayed programmes; 14 at risk, 11 off track" in md
    )
    assert (
        "GOV-24 Arsip digital pemerintah daerah (e-Arsip): at risk (computed: off track). Reason:"
        in md
    )
    assert "#### Evaluation index: 3.37" in md and "| Impact | 30 | 3.20 | 0.96 |" in md
    assert "| Smart Governance: Public service | 11 | 10 | 90.91% |" in md
    terminal = " ".join(run("report", "padang-panjang", "--as-of", "2024-11-13").stdout.split())
    assert "Indeks pencapaian: 3,37" in terminal and "berisiko (hitungan: tertinggal)" in terminal
