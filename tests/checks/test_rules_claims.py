"""claim-mismatch: an evaluation's claimed figures recomputed from the plan (a warning)."""

from __future__ import annotations

import pytest
from conftest import ACTION_PLANS, MINIMAL, check_text, problems

from smartcity_cli.findings import Severity

# Three programs (completed 100, running 40, planned): 3 total, 2 running, realisation 2/3,
# mean progress 140/3. Action plans: policy 1/2, infra 1/1, mean of categories 75, pooled 2/3.
CLAIMS = (
    MINIMAL
    + """\
  - id: GOV-03
    name: Smart Parking
    pillar: living
    element: mobility
    agency: diskominfo
    horizon: long
    status: planned
"""
    + ACTION_PLANS
    + """\
evaluations:
  - stage: 1
    date: 2024-11-13
    claimed:
      programs_total: 3
      programs_running: 2
      realization: 66.67
      mean_progress: 46.67
      action_plans: 75
      action_plan_categories: {policy: 50, infra: 100}
"""
)  # the claims sit on lines 59-64


def edit(old: str, new: str, text: str = CLAIMS) -> str:
    """The text (CLAIMS by default) with one unique piece replaced."""
    assert text.count(old) == 1, old
    return text.replace(old, new)


def test_claims_that_reproduce_pass():
    assert problems(CLAIMS) == []


@pytest.mark.parametrize(
    ("old", "new", "where", "message"),
    [
        ("programs_total: 3", "programs_total: 4", (59, 23),
         "stage 1 claims programs_total 4, but the data gives 3"),
        ("programs_running: 2", "programs_running: 3", (60, 25),
         "stage 1 claims programs_running 3, but the data gives 2"),
        ("realization: 66.67", "realization: 70", (61, 20),
         "stage 1 claims realization 70%, but the data gives 66.67%"),
        ("mean_progress: 46.67", "mean_progress: 50.5", (62, 22),
         "stage 1 claims mean_progress 50.5%, but the data gives 46.67%"),
        ("action_plans: 75", "action_plans: 80", (63, 21),
         "stage 1 claims action_plans 80%, but the data gives 75.00%"),
        ("{policy: 50,", "{policy: 60,", (64, 40),
         "stage 1 claims action_plan_categories.policy 60%, but the data gives 50.00%"),
    ],
)  # fmt: skip
def test_claim_mismatch(old: str, new: str, where: tuple[int, int], message: str):
    text = edit(old, new)
    assert problems(text) == [(*where, "claim-mismatch")]
    (finding,) = check_text(text).findings
    assert finding.message == message
    assert finding.hint == "correct the claim, or the programs' statuses it was computed from"


def test_claim_mismatch_is_a_warning():
    result = check_text(edit("realization: 66.67", "realization: 70"))
    assert [f.severity for f in result.findings] == [Severity.WARNING]
    assert (result.errors, result.warnings) == (0, 1)


@pytest.mark.parametrize("claim", ["66.67", "66.7", "67", "66.667"])
def test_claim_rounded_to_the_decimals_written_matches(claim: str):
    assert problems(edit("realization: 66.67", f"realization: {claim}")) == []


@pytest.mark.parametrize("claim", ["66.66", "66.6", "66", "67.0"])
def test_claim_rounded_to_the_decimals_written_differs(claim: str):
    assert problems(edit("realization: 66.67", f"realization: {claim}")) == [
        (61, 20, "claim-mismatch")
    ]


def test_claim_trailing_zero_counts_as_a_written_decimal():
    # 66.70 is written with two decimals; 2/3 to two decimals is 66.67, so the claim differs.
    text = edit("realization: 66.67", "realization: 66.70")
    assert problems(text) == [(61, 20, "claim-mismatch")]


def test_claim_of_another_revision_is_not_checked():
    text = edit("programs_running: 2", "programs_running: 3")
    other = edit("    date: 2024-11-13\n", "    revision: 2\n    date: 2024-11-13\n", text)
    assert problems(other) == []
    same = edit("    date: 2024-11-13\n", "    revision: 1\n    date: 2024-11-13\n", text)
    assert problems(same) == [(61, 25, "claim-mismatch")]


def test_claim_follows_the_scoring_rules():
    pooled = CLAIMS + "scoring: {action_plan_aggregate: pooled}\n"
    assert problems(pooled) == [(63, 21, "claim-mismatch")]
    assert problems(edit("action_plans: 75", "action_plans: 66.67", pooled)) == []
    only_completed = edit("realization: 66.67", "realization: 33.33")
    only_completed += "scoring: {running_statuses: [completed]}\n"
    assert problems(only_completed) == [(60, 25, "claim-mismatch")]  # programs_running 2 vs 1


def test_claim_with_nothing_to_compute_from():
    text = MINIMAL + "evaluations:\n  - {stage: 1, date: 2024-11-13, claimed: {action_plans: 50}}\n"
    assert problems(text) == [(39, 58, "claim-mismatch")]
    (finding,) = check_text(text).findings
    assert (
        finding.message
        == "stage 1 claims action_plans 50%, but the data gives nothing to compute it from"
    )


def test_evaluation_without_claims_passes():
    assert (
        problems(MINIMAL + "evaluations:\n  - {stage: 1, date: 2024-11-13, mode: onsite}\n") == []
    )
