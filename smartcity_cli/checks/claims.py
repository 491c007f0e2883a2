"""The rule that checks an evaluation's claimed figures against the plan's data."""

from __future__ import annotations

from collections.abc import Iterator

from smartcity_cli.checks.context import CheckContext
from smartcity_cli.claims import applies, check_claims, check_index_claim
from smartcity_cli.figures import compute_figures
from smartcity_cli.findings import Finding, Severity
from smartcity_cli.messages import msg
from smartcity_cli.rounding import bound
from smartcity_cli.rules import Rule, Stage, register


@register
class ClaimMismatch(Rule):
    """A figure claimed at an evaluation is not what the plan's data gives (a warning).

    The tool recomputes each claimed figure (programs, realisation, mean progress,
    action plans and their categories) from the programs and action plans in the file.
    A percentage matches when the computed value, rounded half-up to the decimals the
    claim was written with, equals it. The evaluation index is computed from component
    scores that were themselves published rounded to two decimals, so a claimed index
    matches when any value in the interval those roundings allow rounds to it. Claims of an evaluation that names a
    `revision` other than the file's are not checked here: they describe an earlier
    state of the plan. The report shows claimed and computed side by side.

    Passing:

        # 87 of 123 programs running or completed
        evaluations:
          - stage: 2
            date: 2024-11-13
            claimed: {programs_total: 123, realization: 70.73}

    Failing:

        # 87 of 123 programs running or completed
        evaluations:
          - stage: 2
            date: 2024-11-13
            claimed: {programs_total: 123, realization: 75.0}
    """

    id = "claim-mismatch"
    severity = Severity.WARNING
    stage = Stage.SEMANTIC

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        plan = ctx.plan
        evaluations = [e for e in plan.evaluations if e.claimed]
        if not evaluations:
            return
        figures = compute_figures(plan, plan.updated)
        for evaluation in evaluations:
            if applies(evaluation, plan):
                claims = check_claims(plan, figures, evaluation)
            else:  # only the index: it comes from the evaluation's own scores
                index = check_index_claim(plan, evaluation)
                claims = [index] if index is not None else []
            for claim in claims:
                if claim.reproduced:
                    continue
                computed = (
                    "nothing to compute it from"
                    if claim.computed is None
                    else (f"{claim.computed}" + ("%" if claim.kind == "percent" else ""))
                )
                if claim.interval is not None:
                    low, high = bound(claim.interval.low), bound(claim.interval.high)
                    computed += f" (the rounded components allow {low} to below {high})"
                unit = "%" if claim.kind == "percent" else ""
                yield cls.finding(
                    msg(
                        "stage {stage} claims {figure} {claimed}{unit}, but the data gives {computed}",
                        stage=claim.stage,
                        figure=claim.figure,
                        claimed=claim.claimed,
                        unit=unit,
                        computed=computed,
                    ),
                    ctx.at(claim.path),
                    msg("correct the claim, or the programs' statuses it was computed from"),
                )
