"""Rules about the national evaluation: the 0-5 scale, assessor recommendations and their
follow-up, and the facts the output component scores (legal basis, forum meetings)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from smartcity_cli.checks.context import CheckContext
from smartcity_cli.checks.references import DuplicateId, UnknownReference
from smartcity_cli.findings import Finding, Severity
from smartcity_cli.messages import msg
from smartcity_cli.rules import Rule, Stage, register
from smartcity_cli.spec import INDEX_SCALES

FORUM_MAX_GAP = 365  # days between the last forum meeting and `updated`


@register
class IndexScale(Rule):
    """A score, dimension index or claimed index is off the evaluation's scale (an error).

    Published results of the national evaluation are indices from 0 to 5 with two
    decimals (3,31), and so is every component score and dimension index. An evaluation
    is on that scale unless it says `scale: 100`, which keeps percent scores written
    before the 0-5 index was supported. A value above 5 on the 0-5 scale is an error,
    never read as a percent in silence; `scale` itself is 5 or 100.

    Passing:

        evaluations:
          - stage: 1
            date: 2022-12-05
            scores: {baseline: 3.60, output: 3.21, outcome: 3.23, impact: 3.07, quick_win: 3.65}
            claimed: {index: 3.31}

    Failing:

        evaluations:
          - stage: 1
            date: 2022-12-05
            scores: {baseline: 80, output: 75, outcome: 70, impact: 65, quick_win: 90}
    """

    id = "index-scale"
    severity = Severity.ERROR
    stage = Stage.SEMANTIC

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        for evaluation in ctx.plan.evaluations:
            if evaluation.scale not in INDEX_SCALES:
                yield cls.finding(
                    msg(
                        "stage {stage} has scale {scale}; it is 5 or 100",
                        stage=evaluation.stage,
                        scale=evaluation.scale,
                    ),
                    ctx.at(f"{evaluation.path}.scale"),
                    msg(
                        "scale: 5 is the national 0-5 index (the default); 100 keeps old percent scores"
                    ),
                )
                continue
            if evaluation.scale != 5:
                continue
            values: list[tuple[str, Decimal]] = [
                *((f"scores.{k}", v) for k, v in evaluation.scores),
                *((f"dimensions.{k}", v) for k, v in evaluation.dimensions),
            ]
            if evaluation.claimed and evaluation.claimed.index is not None:
                values.append(("claimed.index", evaluation.claimed.index))
            for where, value in values:
                if value > 5:
                    yield cls.finding(
                        msg(
                            "{where} is {value}, but stage {stage} is on the 0-5 scale of the national index",
                            where=where,
                            value=value,
                            stage=evaluation.stage,
                        ),
                        ctx.at(f"{evaluation.path}.{where}"),
                        msg(
                            "write the published 0-5 value (such as 3.31); if this evaluation records percent scores, say so with `scale: 100`"
                        ),
                    )


@register
class DroppedWithoutReason(Rule):
    """A recommendation is marked dropped without a reason (an error).

    Assessors ask at the next stage what became of each recommendation; "dropped" is an
    answer only with the reason. Recommendation ids are unique in the plan
    (`duplicate-id`) and `agency` names an agency (`unknown-reference`).

    Passing:

        recommendations:
          - {id: R1-03, text: Bangun aplikasi parkir, status: dropped,
             reason: Digabung ke program Pusat Kendali}

    Failing:

        recommendations:
          - {id: R1-03, text: Bangun aplikasi parkir, status: dropped}
    """

    id = "dropped-without-reason"
    severity = Severity.ERROR
    stage = Stage.SEMANTIC

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        plan = ctx.plan
        agencies = {a.id for a in plan.agencies}
        seen: set[str] = set()
        for evaluation in plan.evaluations:
            for rec in evaluation.findings.recommendations:
                if rec.status == "dropped" and not rec.reason:
                    yield cls.finding(
                        msg("recommendation {rec_id} is dropped without a reason", rec_id=rec.id),
                        ctx.at(f"{rec.at}.status"),
                        msg("add `reason:` saying why it will not be done"),
                    )
                if rec.id in seen:
                    yield DuplicateId.finding(
                        msg("recommendation id {rec_id} is used twice", rec_id=rec.id), ctx.at(f"{rec.at}.id"),
                        msg("give each recommendation its own id, such as R1-01 for stage 1"),
                    )  # fmt: skip
                seen.add(rec.id)
                if rec.agency is not None and rec.agency not in agencies:
                    yield UnknownReference.finding(
                        msg("recommendation {rec_id} names agency `{agency}`, which is not in agencies", rec_id=rec.id, agency=rec.agency), ctx.at(f"{rec.at}.agency"),
                        msg("use the id of an agency listed under agencies"),
                    )  # fmt: skip


class _QualityRule(Rule):
    stage = Stage.SEMANTIC
    severity = Severity.WARNING
    group = "quality"


@register
class RecommendationOverdue(_QualityRule):
    """A recommendation is past its due date and still open (a warning).

    Checked at the plan's `updated` date, so the same file always gives the same
    findings. Open and in-progress recommendations count as open.

    Passing:

        updated: 2024-11-13
        recommendations:
          - {id: R1-01, text: Tetapkan Perwal masterplan, due: 2024-06-30, status: done}

    Failing:

        updated: 2024-11-13
        recommendations:
          - {id: R1-01, text: Tetapkan Perwal masterplan, due: 2024-06-30, status: open}
    """

    id = "recommendation-overdue"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        plan = ctx.plan
        for evaluation in plan.evaluations:
            for rec in evaluation.findings.recommendations:
                if rec.is_open and rec.due is not None and rec.due < plan.updated:
                    yield cls.finding(
                        msg(
                            "recommendation {rec_id} of stage {stage} was due {isoformat} and is still {replace}",
                            rec_id=rec.id,
                            stage=evaluation.stage,
                            isoformat=rec.due.isoformat(),
                            replace=rec.status.replace("_", " "),
                        ),
                        ctx.at(f"{rec.at}.status"),
                        msg(
                            "follow it up, set a new due date, or mark it done or dropped (with the reason)"
                        ),
                    )


@register
class LegalBasisMissing(_QualityRule):
    """The plan records no regulation establishing the masterplan (a warning).

    The output component of the evaluation looks for the Perwal/Perbup that establishes
    the masterplan; assessors list its absence as a weakness. Record it under
    `governance.legal_basis`.

    Passing:

        governance:
          legal_basis: {kind: Perwal, number: "9", year: 2023,
                        title: Penyelenggaraan Smart City}

    Failing:

        governance:
          council: {name: Dewan Smart City}
    """

    id = "legal-basis-missing"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        gov = ctx.plan.governance
        if gov is None or gov.legal_basis is None:
            yield cls.finding(
                msg("no regulation establishing the masterplan is recorded"),
                ctx.at("governance" if gov is not None else "masterplan", key=True),
                msg("add governance.legal_basis: the Perwal/Perbup (kind, number, year, title)"),
            )


@register
class ForumStale(_QualityRule):
    """The last Smart City forum meeting is more than a year before `updated` (a warning).

    Assessors mark regions down when the forum is not held regularly. Only plans that
    record forum meetings are checked.

    Passing:

        updated: 2024-11-13
        governance:
          forum: [{date: 2024-03-20}]

    Failing:

        updated: 2024-11-13
        governance:
          forum: [{date: 2023-03-20}]
    """

    id = "forum-stale"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        plan = ctx.plan
        if plan.governance is None or not plan.governance.forum:
            return
        last = max(plan.governance.forum, key=lambda m: m.date)
        if plan.updated - last.date > dt.timedelta(days=FORUM_MAX_GAP):
            yield cls.finding(
                msg(
                    "the last forum meeting was on {isoformat}, more than a year before this revision ({isoformat2})",
                    isoformat=last.date.isoformat(),
                    isoformat2=plan.updated.isoformat(),
                ),
                ctx.at(f"{last.at}.date"),
                msg("hold the forum and record the meeting with its evidence"),
            )
