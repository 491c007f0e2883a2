"""Evaluation claims next to the computed figures, formatted for a report or document."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from smartcity_cli import i18n
from smartcity_cli.claims import ClaimCheck, applies, check_claims
from smartcity_cli.figures import Figures
from smartcity_cli.model import Masterplan
from smartcity_cli.render.assessment_view import AssessmentView, assessment_view
from smartcity_cli.render.schedule_view import IndexView, index_view
from smartcity_cli.rounding import bound


@dataclass(frozen=True)
class ClaimRow:
    figure: str
    claimed: str
    computed: str
    difference: str
    reproduced: bool
    verdict: str


@dataclass(frozen=True)
class EvaluationView:
    title: str
    date: str
    assessor: str  # with the mode: "Kementerian ... (daring)"
    note: str
    compared: bool
    revision_note: str
    claims: tuple[ClaimRow, ...]
    index: IndexView | None = None
    assessment: AssessmentView | None = None  # 0-5 result, findings, follow-up


def claim_row(claim: ClaimCheck, plan: Masterplan, lang: str) -> ClaimRow:
    labels = i18n.CLAIM_FIGURE[lang]
    t = i18n.LABELS[lang]
    if claim.figure.startswith("action_plan_categories."):
        category = claim.figure.split(".", 1)[1]
        name = next((a.name for a in plan.action_plans if a.id == category), category)
        figure = labels["category"].format(name=name)
    else:
        figure = labels[claim.figure]
    suffix = "%" if claim.kind == "percent" else ""

    def show(value: Decimal | None) -> str:
        return i18n.MISSING if value is None else i18n.format_decimal(value, lang) + suffix

    difference = claim.difference
    computed = show(claim.computed)
    if claim.interval is not None:  # from rounded published inputs: the interval they allow
        low, high = (i18n.format_decimal(bound(b), lang)
                     for b in (claim.interval.low, claim.interval.high))  # fmt: skip
        computed += f" ({low}–{high})"
    return ClaimRow(
        figure=figure,
        claimed=show(claim.claimed),
        computed=computed,
        difference=i18n.MISSING if difference is None
        else ("+" if difference > 0 else "") + show(difference),
        reproduced=claim.reproduced,
        verdict=t["reproduced"] if claim.reproduced else t["not_reproduced"],
    )  # fmt: skip


def evaluation_views(plan: Masterplan, figures: Figures, lang: str) -> list[EvaluationView]:
    t = i18n.LABELS[lang]
    views = []
    for evaluation in plan.evaluations:
        compared = applies(evaluation, plan)
        rows = tuple(claim_row(c, plan, lang) for c in check_claims(plan, figures, evaluation))
        views.append(
            EvaluationView(
                title=t["stage"].format(stage=evaluation.stage),
                date=i18n.format_date(evaluation.date, lang),
                assessor=(evaluation.assessor or "")
                + (f" ({t['mode_' + evaluation.mode]})" if evaluation.mode else ""),
                note=evaluation.note or "",
                compared=compared,
                revision_note="" if compared else t["claims_other_revision"].format(
                    claimed=evaluation.revision, current=plan.revision),
                claims=rows if compared else (),
                index=index_view(evaluation, plan, lang),
                assessment=assessment_view(plan, evaluation, lang),
            )
        )  # fmt: skip
    return views
