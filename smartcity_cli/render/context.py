"""The report's view-model: every value pre-formatted in the report's language.

Templates and the terminal renderer only lay these values out; they do no arithmetic and
no formatting of their own. Chart geometry (bar widths in the SVG) is computed here too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from smartcity_cli import i18n
from smartcity_cli.claims import applies, check_claims
from smartcity_cli.figures import Figures, Tally, to_percent
from smartcity_cli.model import Masterplan, Program
from smartcity_cli.render.assessment_view import governance_rows
from smartcity_cli.render.charts import BAR_PX, ROW_PX, ChartBar, StatusSlice, status_slices
from smartcity_cli.render.claims_view import EvaluationView, evaluation_views
from smartcity_cli.render.money_view import MoneyView, build_money_view
from smartcity_cli.render.schedule_view import (
    ScheduleCell,
    ScheduleCounts,
    override_lines,
    schedule_cell,
    schedule_counts,
    schedule_headline,
)


@dataclass(frozen=True)
class Headline:
    key: str
    label: str
    value: str
    detail: str


@dataclass(frozen=True)
class GroupRow:
    name: str  # short, for the terminal (an agency's short name)
    full_name: str  # for documents
    programs: str
    running: str
    realization: str
    share: float  # realisation 0..1, for bars
    bar_px: str  # bar length in the SVG chart
    bar_pct: str  # bar length in a table cell, percent of the cell
    mean_progress: str
    missing: str
    overdue: str
    schedule: ScheduleCounts


@dataclass(frozen=True)
class CategoryRow:
    id: str
    name: str
    done: str
    items: str
    rate: str
    share: float
    bar_pct: str


@dataclass(frozen=True)
class ProgramRow:
    id: str
    name: str
    pillar: str
    agency: str
    horizon: str
    status: str
    status_key: str
    progress: str
    years: str
    quick_win: bool
    schedule: ScheduleCell


@dataclass(frozen=True)
class IndicatorRow:
    program: str
    name: str
    unit: str
    baseline: str
    target: str
    actual: str
    achievement: str


@dataclass(frozen=True)
class SourceView:
    title: str
    publisher: str
    date: str
    url: str


@dataclass(frozen=True)
class ReportView:
    lang: str
    t: dict[str, str]
    title: str
    region: str
    plan_title: str
    meta: tuple[tuple[str, str], ...]
    headline: tuple[Headline, ...]
    pillars: tuple[GroupRow, ...]
    horizons: tuple[GroupRow, ...]
    agencies: tuple[GroupRow, ...]
    elements: tuple[GroupRow, ...]  # sub-dimensions that programs name
    overrides: tuple[str, ...]  # schedule statuses set by hand, with their reasons
    quick_wins: GroupRow | None
    quick_win_programs: tuple[ProgramRow, ...]
    categories: tuple[CategoryRow, ...]
    action_overall: str
    overdue: tuple[ProgramRow, ...]
    evaluations: tuple[EvaluationView, ...]
    claims_mismatch: bool
    indicators: tuple[IndicatorRow, ...]
    statuses: tuple[StatusSlice, ...]
    pillar_chart: tuple[ChartBar, ...]
    chart_height: str
    governance: tuple[tuple[str, str], ...]
    sources: tuple[SourceView, ...]
    footer: str
    money: MoneyView | None = None  # budget, series, RPJMD and SPBE (render/money_view.py)


def _pct(rate: Fraction | None, lang: str) -> str:
    return i18n.format_percent(None if rate is None else to_percent(rate), lang)


def _share(rate: Fraction | None) -> float:
    return 0.0 if rate is None else max(0.0, min(1.0, float(rate)))


def _px(share: float, full: int = BAR_PX) -> str:
    return f"{share * full:.1f}"


def _group_row(name: str, tally: Tally, lang: str, full_name: str = "") -> GroupRow:
    share = _share(tally.realization)
    return GroupRow(
        name=name,
        full_name=full_name or name,
        programs=i18n.format_count(tally.programs, lang),
        running=i18n.format_count(tally.running, lang),
        realization=_pct(tally.realization, lang),
        share=share,
        bar_px=_px(share),
        bar_pct=_px(share, 100),
        mean_progress=_pct(tally.mean_progress, lang),
        missing=i18n.format_count(tally.progress_missing, lang),
        overdue=i18n.format_count(tally.overdue, lang),
        schedule=schedule_counts(tally, lang),
    )


class _Names:
    """Display names of pillars, agencies and horizons in the report's language."""

    def __init__(self, plan: Masterplan, lang: str, as_of: dt.date) -> None:
        self.as_of = as_of
        self.scoring = plan.scoring
        self.pillars = {
            p.id: (p.name_en or p.name) if lang == "en" else p.name for p in plan.pillars
        }
        self.agencies = {a.id: a.short or a.name for a in plan.agencies}
        self.elements = {
            (p.id, e.id): (e.name_en or e.name) if lang == "en" else e.name
            for p in plan.pillars
            for e in p.elements
        }
        self.agency_full = {a.id: a.name for a in plan.agencies}
        self.lang = lang

    def element(self, pillar: str, element: str) -> str:
        name = self.elements.get((pillar, element), element)
        return f"{self.pillars.get(pillar, pillar)}: {name}"

    def program_row(self, program: Program) -> ProgramRow:
        lang = self.lang
        years = program.years
        return ProgramRow(
            id=program.id,
            name=program.name,
            pillar=self.pillars.get(program.pillar, program.pillar),
            agency=self.agencies.get(program.agency, program.agency),
            horizon=i18n.horizon_label(program.horizon, lang),
            status=i18n.status_label(program.status, lang),
            status_key=program.status,
            progress=i18n.MISSING if program.progress is None
            else i18n.format_number(program.progress, lang) + "%",
            years=i18n.MISSING if years is None
            else str(years.start) if years.start == years.end else f"{years.start}–{years.end}",
            quick_win=program.quick_win,
            schedule=schedule_cell(program, self.as_of, self.scoring, lang),
        )  # fmt: skip


def program_rows(plan: Masterplan, lang: str, as_of: dt.date) -> list[tuple[Program, ProgramRow]]:
    """Every program with its display row, in the plan's order."""
    names = _Names(plan, lang, as_of)
    return [(p, names.program_row(p)) for p in plan.programs]


def build_report_view(plan: Masterplan, figures: Figures, *, lang: str, version: str) -> ReportView:
    """Everything the report shows, formatted for ``lang``."""
    t = i18n.LABELS[lang]
    names = _Names(plan, lang, figures.as_of)
    overall = figures.overall
    return ReportView(
        lang=lang,
        t=t,
        title=t["report_title"],
        region=plan.region.name,
        plan_title=plan.title,
        meta=_meta(plan, figures, lang),
        headline=_headline(plan, figures, lang),
        pillars=tuple(_group_row(names.pillars.get(k, k), v, lang) for k, v in figures.by_pillar),
        horizons=tuple(_group_row(i18n.horizon_label(k, lang), v, lang) for k, v in figures.by_horizon),
        agencies=tuple(
            _group_row(names.agencies.get(k, k), v, lang, names.agency_full.get(k, k))
            for k, v in figures.by_agency
            if v.programs
        ),
        elements=tuple(
            _group_row(names.element(pillar, element), tally, lang)
            for (pillar, element), tally in figures.by_element
        ),
        overrides=override_lines(plan, figures.as_of, lang),
        quick_wins=_group_row(t["quick_wins"], figures.quick_wins, lang)
        if figures.quick_wins.programs else None,
        quick_win_programs=tuple(names.program_row(p) for p in plan.programs if p.quick_win),
        categories=tuple(
            CategoryRow(c.plan.id, c.plan.name, i18n.format_count(c.done, lang),
                        i18n.format_count(c.items, lang), _pct(c.rate, lang),
                        _share(c.rate), _px(_share(c.rate)))
            for c in figures.categories
        ),
        action_overall=_pct(figures.action_plans, lang),
        overdue=tuple(names.program_row(p) for p in figures.overdue),
        evaluations=tuple(evaluation_views(plan, figures, lang)),
        claims_mismatch=any(
            not c.reproduced for e in plan.evaluations if applies(e, plan)
            for c in check_claims(plan, figures, e)
        ),
        indicators=tuple(
            IndicatorRow(f.program.id, f.indicator.name, f.indicator.unit or "",
                         i18n.format_number(f.indicator.baseline, lang),
                         i18n.format_number(f.indicator.target, lang),
                         i18n.format_number(f.indicator.actual, lang),
                         _pct(f.achievement, lang))
            for f in figures.indicators
        ),
        statuses=status_slices(overall, lang),
        pillar_chart=tuple(
            ChartBar(row.name, row.realization, str(8 + i * ROW_PX), str(21 + i * ROW_PX), row.bar_px)
            for i, row in enumerate(_group_row(names.pillars.get(k, k), v, lang)
                                    for k, v in figures.by_pillar)
        ),
        chart_height=str(len(figures.by_pillar) * ROW_PX + 16),
        governance=_governance(plan, t) + governance_rows(plan, lang),
        sources=tuple(
            SourceView(s.title, s.publisher or "",
                       i18n.format_date(s.date, lang) if s.date else "", s.url or "")
            for s in plan.sources
        ),
        footer=t["generated"].format(
            version=version, revision=plan.revision, as_of=i18n.format_date(figures.as_of, lang)
        ),
        money=build_money_view(plan, lang, figures.as_of),
    )  # fmt: skip


def _meta(plan: Masterplan, figures: Figures, lang: str) -> tuple[tuple[str, str], ...]:
    t = i18n.LABELS[lang]
    region = plan.region
    rows = [(t["as_of"], i18n.format_date(figures.as_of, lang))]
    rows.append(
        (t["revision"], f"{plan.revision} ({t['updated']} {i18n.format_date(plan.updated, lang)})")
    )
    rows.append((t["period"], f"{plan.period.start}–{plan.period.end}"))
    rows.append((t["framework"], plan.framework))
    rows.append((t["kind"], i18n.KIND[lang][region.kind]))
    if region.province:
        rows.append((t["province"], region.province))
    if region.code:
        rows.append((t["code"], region.code))
    if region.leader:
        rows.append((t["leader"], f"{region.leader.title} {region.leader.name}"))
    return tuple(rows)


def _headline(plan: Masterplan, figures: Figures, lang: str) -> tuple[Headline, ...]:
    t = i18n.LABELS[lang]
    overall = figures.overall
    count = i18n.format_count
    detail = t["realization_detail"].format(
        running=count(overall.running, lang), total=count(overall.counted, lang)
    )
    if plan.scoring.exclude_cancelled:
        detail += f" ({t['cancelled_excluded']})"
    missing = overall.progress_missing
    items = [
        Headline("realization", t["realization"], _pct(overall.realization, lang), detail),
        Headline("mean_progress", t["mean_progress"], _pct(overall.mean_progress, lang),
                 t["progress_missing"].format(n=count(missing, lang)) if missing else t["progress_all"]),
    ]  # fmt: skip
    if figures.categories:
        items.append(
            Headline("action_plans", t["action_plans"], _pct(figures.action_plans, lang),
                     t["action_plans_detail"].format(done=count(figures.action_done, lang),
                                                     items=count(figures.action_items, lang),
                                                     how=t[plan.scoring.action_plan_aggregate]))
        )  # fmt: skip
    items.append(
        Headline("overdue", t["overdue"], count(len(figures.overdue), lang),
                 t["overdue_detail"].format(year=figures.as_of.year))
    )  # fmt: skip
    on_track, detail = schedule_headline(figures, lang)
    items.append(Headline("schedule", t["schedule_headline"], on_track, detail))
    return tuple(items)


def _governance(plan: Masterplan, t: dict[str, str]) -> tuple[tuple[str, str], ...]:
    gov = plan.governance
    rows: list[tuple[str, str]] = []
    if gov and gov.council:
        rows.append((t["council"], gov.council.name))
        if gov.council.chair:
            rows.append((t["chair"], gov.council.chair))
        if gov.council.members:
            rows.append(("", ", ".join(gov.council.members)))
    if gov and gov.team:
        rows.append((t["team"], gov.team.name))
        if gov.team.lead_agency:
            agency = plan.agency(gov.team.lead_agency)
            rows.append((t["lead_agency"], agency.name if agency else gov.team.lead_agency))
    return tuple(rows)
