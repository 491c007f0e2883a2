"""The national evaluation: the 0-5 index, claims from rounded inputs, the scale design,
assessor findings and their follow-up (issue 13)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from conftest import MINIMAL, REPO, check_text, problems

from smartcity_cli.index import evaluation_index
from smartcity_cli.model import Masterplan
from smartcity_cli.render.assessment_view import assessment_view, follow_up_view
from smartcity_cli.rounding import bound, claim_in_interval, weighted_interval
from smartcity_cli.validate import validate_file

D = Decimal

# Kota Kediri, 2022 (BANGSAONLINE.com, 28 December 2022; see docs/format.md): index 3,31,
# up from 3,06, letter B-1003/DJAI/AI.01.04/12/2022 of 5 December 2022, rank 22.
KEDIRI = (
    MINIMAL
    + """\
evaluations:
  - stage: 1
    date: 2021-12-10
    claimed: {index: 3.06}
  - stage: 2
    date: 2022-12-05
    scores: {baseline: 3.60, output: 3.21, outcome: 3.23, impact: 3.07, quick_win: 3.65}
    dimensions: {governance: 2.75, branding: 2.75, economy: 3.5, society: 3.33,
                 living: 3.33, environment: 2.75}
    claimed: {index: 3.31}
    rank: {position: 22, scope: nasional}
    letter: {number: B-1003/DJAI/AI.01.04/12/2022, date: 2022-12-05,
             title: Pemberitahuan Hasil Evaluasi Smart City Kota Tahun 2022}
scoring:
  index: {scheme: jambi}
"""
)  # the claimed index of stage 2 is on line 47

ISSUE = [(D(10), D("2.00")), (D(20), D("3.00")), (D(30), D("3.00")), (D(30), D("3.00")),
         (D(10), D("4.00"))]  # fmt: skip


def plan_of(text: str) -> Masterplan:
    result = check_text(text)
    assert result.errors == 0, result.findings
    assert result.plan is not None
    return result.plan


def test_the_issue_example_interval_and_its_edges() -> None:
    interval = weighted_interval(ISSUE, D(100))
    assert (interval.low, interval.high) == (Fraction("2.995"), Fraction("3.005"))
    assert claim_in_interval(D("3.00"), interval)  # inside: the exact value
    assert claim_in_interval(D("3.0"), interval)  # compared at the claim's own decimals
    assert claim_in_interval(D("3"), interval)
    assert not claim_in_interval(D("3.01"), interval)  # on the upper edge, which is open
    assert not claim_in_interval(D("2.99"), interval)  # touches the lower edge from below
    assert not claim_in_interval(D("3.05"), interval)  # outside


def test_a_claim_on_the_closed_lower_edge_is_reproduced() -> None:
    # 2.99 +- 0.005 with weight 100: [2.985, 2.995); a claim of 2.98 rounds from [2.975,
    # 2.985): it touches 2.985, the interval's closed lower end, from below: not reproduced.
    interval = weighted_interval([(D(100), D("2.99"))], D(100))
    assert not claim_in_interval(D("2.98"), interval)
    assert claim_in_interval(D("2.99"), interval)
    # one decimal: 3.0 covers [2.95, 3.05), the interval [2.985, 2.995) lies inside it
    assert claim_in_interval(D("3.0"), interval)


def test_inputs_with_more_decimals_narrow_their_own_half_unit() -> None:
    interval = weighted_interval([(D(100), D("3.125"))], D(100))
    assert (interval.low, interval.high) == (Fraction("3.1245"), Fraction("3.1255"))
    assert bound(interval.low) == D("3.1245") and bound(Fraction("3.31")) == D("3.310")


def test_kediri_2022_is_reproduced_only_through_the_interval() -> None:
    plan = plan_of(KEDIRI)
    stage = plan.evaluations[1]
    index = evaluation_index(stage, plan.scoring)
    assert index is not None and index.value is not None and index.interval is not None
    assert index.value * 100 == Fraction("3.315")  # the point value would round to 3.32
    assert (bound(index.interval.low), bound(index.interval.high)) == (D("3.310"), D("3.320"))
    assert check_text(KEDIRI).findings == ()  # the published 3,31 is reproduced


def test_kediri_under_the_sleman_weights_is_a_located_mismatch_with_the_interval() -> None:
    text = KEDIRI.replace("{scheme: jambi}", "{scheme: sleman-2019}")
    (finding,) = check_text(text).findings
    assert (finding.location.line, finding.location.column, finding.rule) == (
        47, 22, "claim-mismatch")  # fmt: skip
    assert finding.message == (
        "stage 2 claims index 3.31, but the data gives 3.26 "
        "(the rounded components allow 3.252 to below 3.262)"
    )


@pytest.mark.parametrize(("lang", "expected"), [
    ("id", (("Skala 0–5", ""),
            ("Indeks", "3,31 (diumumkan; komponen yang dibulatkan memberi 3,310–3,320: sesuai)"),
            ("Sebelumnya", "3,06, evaluasi tahap 1 (10 Desember 2021); perubahan +0,25"),
            ("Peringkat", "22 (nasional)"),
            ("Surat hasil", "Nomor B-1003/DJAI/AI.01.04/12/2022, 5 Desember 2022: "
                            "Pemberitahuan Hasil Evaluasi Smart City Kota Tahun 2022"))),
    ("en", (("Scale 0–5", ""),
            ("Index", "3.31 (published; the rounded components give 3.310–3.320: reproduced)"),
            ("Previously", "3.06, evaluation stage 1 (10 December 2021); change +0.25"),
            ("Rank", "22 (nasional)"),
            ("Result letter", "No. B-1003/DJAI/AI.01.04/12/2022, 5 December 2022: "
                              "Pemberitahuan Hasil Evaluasi Smart City Kota Tahun 2022"))),
])  # fmt: skip
def test_the_result_is_shown_beside_its_inputs(lang: str, expected: tuple) -> None:
    plan = plan_of(KEDIRI)
    view = assessment_view(plan, plan.evaluations[1], lang)
    assert view.result == expected
    assert view.dimensions[0] == ("Smart Governance", "2,75" if lang == "id" else "2.75")
    assert len(view.dimensions) == 6


def test_rank_of_a_total() -> None:
    plan = plan_of(KEDIRI.replace("{position: 22, scope: nasional}", "{position: 4, of: 38}"))
    assert ("Rank", "4 of 38") in assessment_view(plan, plan.evaluations[1], "en").result


PERCENT_SCORES = (
    MINIMAL
    + """\
evaluations:
  - stage: 1
    date: 2023-06-20
    scores: {baseline: 80, output: 75, outcome: 70, impact: 65, quick_win: 90}
"""
)  # scores on line 41


def test_percent_scores_are_a_located_error_on_the_0_5_scale() -> None:
    result = check_text(PERCENT_SCORES)
    assert [(f.location.line, f.location.column, f.rule) for f in result.findings] == [
        (41, 24, "index-scale"), (41, 36, "index-scale"), (41, 49, "index-scale"),
        (41, 61, "index-scale"), (41, 76, "index-scale")]  # fmt: skip
    first = result.findings[0]
    assert first.message == (
        "scores.baseline is 80, but stage 1 is on the 0-5 scale of the national index"
    )
    assert "scale: 100" in first.hint and first.is_error


def test_scale_100_keeps_old_percent_scores_as_they_were() -> None:
    text = PERCENT_SCORES.replace("    scores:", "    scale: 100\n    scores:")
    plan = plan_of(text)
    index = evaluation_index(plan.evaluations[0], plan.scoring)
    assert index is not None and index.value is not None
    assert index.value * 100 == Fraction("72.5")  # 8 + 15 + 21 + 19.5 + 9
    assert check_text(text).findings == ()


def test_a_scale_other_than_5_or_100_is_an_error() -> None:
    text = PERCENT_SCORES.replace("    scores:", "    scale: 10\n    scores:")
    assert problems(text) == [(41, 12, "index-scale")]


def test_dimensions_and_claimed_index_above_5_are_errors_too() -> None:
    text = (
        MINIMAL
        + """\
evaluations:
  - stage: 1
    date: 2023-06-20
    dimensions: {governance: 62.5}
    claimed: {index: 64.5}
"""
    )
    assert problems(text) == [(41, 30, "index-scale"), (42, 22, "index-scale")]


FINDINGS = (
    MINIMAL
    + """\
evaluations:
  - stage: 1
    date: 2023-06-20
    findings:
      weaknesses: [Forum belum rutin.]
      strengths: [Pusat Kendali beroperasi.]
      recommendations:
        - {id: R1-01, text: Tetapkan Perwal, agency: bappeda, due: 2023-09-30, status: done}
        - {id: R1-02, text: Adakan forum, due: 2023-10-31, status: done}
        - {id: R1-03, text: Lengkapi data dukung, due: 2024-03-31, status: in_progress}
        - {id: R1-04, text: Cari dana CSR, status: open}
        - {id: R1-05, text: Aplikasi parkir, status: dropped, reason: Digabung ke GOV-01}
  - stage: 2
    date: 2023-12-01
"""
)  # recommendations on lines 45-49; the plan is updated 2024-01-15


def test_follow_up_counts_the_previous_stage() -> None:
    plan = plan_of(FINDINGS)
    assert follow_up_view(plan, plan.evaluations[0], "en") is None  # nothing earlier
    view = follow_up_view(plan, plan.evaluations[1], "en")
    assert view is not None
    assert view.line == "2 of 5 recommendations of evaluation stage 1 done"
    assert view.rest == "1 in progress, 1 open, 1 dropped"
    assert [r.status for r in view.rows] == ["done", "done", "in progress", "open", "dropped"]
    assert view.rows[0].agency == "Badan Perencanaan Pembangunan Daerah"
    assert view.rows[4].detail == "Digabung ke GOV-01"
    indonesian = follow_up_view(plan, plan.evaluations[1], "id")
    assert indonesian is not None
    assert indonesian.line == "2 dari 5 rekomendasi evaluasi tahap 1 selesai"


def test_overdue_open_recommendations_warn_at_the_plans_date() -> None:
    rules = {f.rule for f in check_text(FINDINGS, quality=True).findings}
    assert "recommendation-overdue" not in rules  # due 2024-03-31 is after 2024-01-15
    late = FINDINGS.replace("due: 2024-03-31", "due: 2024-01-14")
    result = check_text(late, quality=True)
    overdue = [f for f in result.findings if f.rule == "recommendation-overdue"]
    assert [(f.location.line, f.message) for f in overdue] == [
        (47, "recommendation R1-03 of stage 1 was due 2024-01-14 and is still in progress")
    ]


def test_the_sample_follow_up_is_5_of_7() -> None:
    result = validate_file(REPO / "masterplans" / "padang-panjang.yaml")
    assert result.plan is not None
    stage_2 = next(e for e in result.plan.evaluations if e.stage == 2)
    view = follow_up_view(result.plan, stage_2, "id")
    assert view is not None and view.line == "5 dari 7 rekomendasi evaluasi tahap 1 selesai"


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("status: dropped, reason: Digabung ke GOV-01", "status: dropped",
     [(49, 54, "dropped-without-reason")]),
    ("id: R1-02", "id: R1-01", [(46, 16, "duplicate-id")]),
    ("agency: bappeda, due", "agency: dinas-x, due", [(45, 54, "unknown-reference")]),
    ("status: open}", "status: closed}", [(48, 52, "invalid-value")]),
])  # fmt: skip
def test_recommendation_errors_are_located(old: str, new: str, expected: list) -> None:
    assert FINDINGS.count(old) == 1
    assert problems(FINDINGS.replace(old, new)) == expected


def test_a_percent_scale_result_says_so() -> None:
    plan = plan_of(PERCENT_SCORES.replace("    scores:", "    scale: 100\n    scores:"))
    assert assessment_view(plan, plan.evaluations[0], "en").result == (
        ("Scale 0–100", ""),
        ("Index", "72.495–72.505 (from components rounded to two decimals)"),
    )


def test_the_report_renders_rank_letter_and_dimensions() -> None:
    from smartcity_cli.figures import compute_figures
    from smartcity_cli.render import render_report
    from smartcity_cli.render.context import build_report_view

    plan = plan_of(KEDIRI)
    view = build_report_view(plan, compute_figures(plan, plan.updated), lang="id", version="T")
    md = render_report(view, "md")
    for line in (
        "- **Peringkat:** 22 (nasional)\n",
        "- **Surat hasil:** Nomor B-1003/DJAI/AI.01.04/12/2022, 5 Desember 2022: "
        "Pemberitahuan Hasil Evaluasi Smart City Kota Tahun 2022\n",
        "| Smart Economy | 3,5 |\n",
        "| Indeks pencapaian | 3,31 | 3,32 (3,310–3,320) | -0,01 | ✓ sesuai |\n",
    ):
        assert line in md
