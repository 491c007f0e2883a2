"""The evaluation document's view-model: the report's view plus one stage's claims,
a cover, programs per pillar, action-plan items and the print header. Pre-formatted."""

from __future__ import annotations

import re
from dataclasses import dataclass

from smartcity_cli import i18n
from smartcity_cli.figures import Figures
from smartcity_cli.model import Evaluation, Masterplan
from smartcity_cli.render.assessment_view import (
    EvidenceRow,
    evidence_rows,
    quick_win_attribute_rows,
)
from smartcity_cli.render.claims_view import EvaluationView, evaluation_views
from smartcity_cli.render.context import (
    CategoryRow,
    GroupRow,
    ProgramRow,
    ReportView,
    build_report_view,
    program_rows,
)


@dataclass(frozen=True)
class ItemRow:
    id: str
    name: str
    done: bool
    state: str  # "✓" or the word for not yet done
    note: str


@dataclass(frozen=True)
class CategorySection:
    category: CategoryRow
    items: tuple[ItemRow, ...]


@dataclass(frozen=True)
class PillarSection:
    summary: GroupRow
    line: str  # "30 program, 24 berjalan atau selesai (80,00%); ..."
    programs: tuple[ProgramRow, ...]


@dataclass(frozen=True)
class EvaluationDocument:
    report: ReportView
    evaluation: EvaluationView
    title: str
    cover: tuple[tuple[str, str], ...]
    header_css: str  # the running header, escaped for a CSS string
    page_css: str
    pillars: tuple[PillarSection, ...]
    no_progress: tuple[ProgramRow, ...]
    categories: tuple[CategorySection, ...]
    quick_win_attributes: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    evidence: tuple[EvidenceRow, ...] = ()


def css_string(text: str) -> str:
    """Text for inside a CSS string: everything but ASCII letters and digits as a six-digit
    hex escape, so plan text can neither end the string nor the style sheet. (Spaces too:
    CSS swallows one space after an escape.)"""
    return re.sub(r"[^A-Za-z0-9]", lambda m: f"\\{ord(m.group()):06x}", text)


def build_evaluation_document(
    plan: Masterplan, figures: Figures, evaluation: Evaluation, *, lang: str, version: str
) -> EvaluationDocument:
    """Everything the evaluation document of one stage shows, formatted for ``lang``."""
    t = i18n.LABELS[lang]
    report = build_report_view(plan, figures, lang=lang, version=version)
    stage = next(
        view
        for view, e in zip(evaluation_views(plan, figures, lang), plan.evaluations, strict=True)
        if e is evaluation
    )
    rows = program_rows(plan, lang, figures.as_of)
    region = plan.region
    cover = [
        (t["kind"], i18n.KIND[lang][region.kind]),
        *([(t["province"], region.province)] if region.province else []),
        (t["plan"], f"{plan.title} ({plan.period.start}–{plan.period.end})"),
        (t["cover_stage"], str(evaluation.stage)),
        (t["date"], stage.date),
        *([(t["assessor"], stage.assessor)] if stage.assessor else []),
        (t["figures_from"], t["figures_from_value"].format(
            revision=plan.revision, updated=i18n.format_date(plan.updated, lang),
            as_of=i18n.format_date(figures.as_of, lang))),
    ]  # fmt: skip
    pillar_ids = [pid for pid, _ in figures.by_pillar]
    return EvaluationDocument(
        report=report,
        evaluation=stage,
        title=t["evaluation_title"],
        cover=tuple(cover),
        header_css=css_string(f"{region.name} · {stage.title}"),
        page_css=css_string(t["page"]),
        pillars=tuple(
            PillarSection(
                summary=row,
                line=t["pillar_summary"].format(
                    programs=row.programs,
                    running=row.running,
                    realization=row.realization,
                    progress=row.mean_progress,
                ),
                programs=tuple(r for p, r in rows if p.pillar == pillar_id),
            )
            for pillar_id, row in zip(pillar_ids, report.pillars, strict=True)
        ),
        no_progress=tuple(
            r for p, r in rows if p.progress is None and p.status not in ("planned", "completed")
        ),
        categories=tuple(
            CategorySection(
                category=row,
                items=tuple(
                    ItemRow(i.id, i.name, i.done, "✓" if i.done else t["not_done"], i.note or "")
                    for i in plan_category.items
                ),
            )
            for row, plan_category in zip(report.categories, plan.action_plans, strict=True)
        ),
        quick_win_attributes=quick_win_attribute_rows(plan, lang),
        evidence=evidence_rows(plan, lang),
    )
