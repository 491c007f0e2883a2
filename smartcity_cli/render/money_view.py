"""The view-model of money and measures: budget tables, indicator series with their line
charts, RPJMD targets and the SPBE extract. Every value pre-formatted; chart geometry here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from smartcity_cli import i18n, rupiah
from smartcity_cli.budget import UNSTATED, BudgetFigures, Money, compute_budget
from smartcity_cli.figures import to_percent
from smartcity_cli.indicators import SeriesFigure, plan_series, target_series
from smartcity_cli.labels_money import MONEY_LABELS
from smartcity_cli.model import Masterplan, Program
from smartcity_cli.render.schedule_view import schedule_cell
from smartcity_cli.spbe import PREDICATE_EN, by_indicator, result_figures

CHART_W, CHART_H, PAD_L, PAD_R, PAD_T, PAD_B = 260, 90, 34, 10, 8, 18


@dataclass(frozen=True)
class MoneyRow:
    name: str
    allocated: str  # exact rupiah
    realised: str
    rate: str


@dataclass(frozen=True)
class BudgetView:
    allocated: str  # short: Rp 5,25 miliar
    realised: str
    rate: str
    outside_apbd: str
    total: MoneyRow  # exact
    years: tuple[MoneyRow, ...]
    sources: tuple[MoneyRow, ...]
    pillars: tuple[MoneyRow, ...]
    agencies: tuple[MoneyRow, ...]
    left_out: str  # programs whose budget is in another currency, or ""
    line: str  # one line for the terminal: allocated, realised (rate), outside the APBD


@dataclass(frozen=True)
class SeriesRow:
    year: str
    target: str
    actual: str
    achievement: str


@dataclass(frozen=True)
class Point:
    x: str
    y: str
    label: str  # <title>: year and value


@dataclass(frozen=True)
class LineChart:
    """A small SVG line chart: target (dashed) and actual (solid) per year."""

    label: str
    target_points: str  # "x,y x,y" for <polyline>
    actual_points: str
    targets: tuple[Point, ...]
    actuals: tuple[Point, ...]
    x_labels: tuple[Point, ...]
    y_top: str  # the value at the top of the scale
    y_bottom: str


@dataclass(frozen=True)
class SeriesView:
    owner: str
    name: str
    unit: str
    direction: str
    rows: tuple[SeriesRow, ...]
    latest: str  # "2022: 110,00%" or "–"
    chart: LineChart


@dataclass(frozen=True)
class ProgramState:
    id: str
    name: str
    agency: str
    status: str
    progress: str
    schedule: str
    note: str


@dataclass(frozen=True)
class RpjmdView:
    id: str
    name: str
    reference: str  # "Misi 2 · Tujuan 2.1 · ..." or the free text
    programs: tuple[ProgramState, ...]
    series: SeriesView | None


@dataclass(frozen=True)
class SpbeResultRow:
    year: str
    index: str
    predicate: str
    claimed: str
    ok: bool


@dataclass(frozen=True)
class SpbeGroup:
    indicator: str
    domain: str
    aspect: str
    programs: tuple[ProgramState, ...]


@dataclass(frozen=True)
class MoneyView:
    t: dict[str, str]
    budget: BudgetView | None
    series: tuple[SeriesView, ...]
    rpjmd: tuple[RpjmdView, ...]
    spbe_results: tuple[SpbeResultRow, ...]
    spbe_groups: tuple[SpbeGroup, ...]

    @property
    def budget_line(self) -> str:
        return self.budget.line if self.budget else ""

    @property
    def any(self) -> bool:
        return bool(self.budget or self.series or self.rpjmd or self.spbe_results
                    or self.spbe_groups)  # fmt: skip


def _pct(rate: Fraction | None, lang: str) -> str:
    return i18n.format_percent(None if rate is None else to_percent(rate), lang)


def _row(name: str, money: Money, lang: str) -> MoneyRow:
    realised = rupiah.exact(money.realised, lang) if money.reported else i18n.MISSING
    return MoneyRow(name, rupiah.exact(money.allocated, lang), realised, _pct(money.rate, lang))


def budget_view(plan: Masterplan, figures: BudgetFigures, lang: str) -> BudgetView | None:
    if not figures.programs and not figures.other_currency:
        return None
    t = MONEY_LABELS[lang]
    pillars = {p.id: (p.name_en or p.name) if lang == "en" else p.name for p in plan.pillars}
    agencies = {a.id: a.name for a in plan.agencies}
    total = figures.total
    return BudgetView(
        allocated=rupiah.short(total.allocated, lang),
        realised=rupiah.short(total.realised, lang) if total.reported else i18n.MISSING,
        rate=_pct(total.rate, lang),
        outside_apbd=_pct(figures.outside_apbd, lang),
        total=_row(t["total"], total, lang),
        years=tuple(_row(str(y), m, lang) for y, m in figures.by_year),
        sources=tuple(_row(t["source_unstated"] if s == UNSTATED else s, m, lang)
                      for s, m in figures.by_source),
        pillars=tuple(_row(pillars.get(p, p), m, lang) for p, m in figures.by_pillar if m.lines),
        agencies=tuple(_row(agencies.get(a, a), m, lang) for a, m in figures.by_agency),
        left_out=t["other_currency"].format(ids=", ".join(figures.other_currency))
        if figures.other_currency else "",
        line=t["budget_line"].format(
            allocated=rupiah.short(total.allocated, lang),
            realised=rupiah.short(total.realised, lang) if total.reported else i18n.MISSING,
            rate=_pct(total.rate, lang), outside=_pct(figures.outside_apbd, lang)),
    )  # fmt: skip


def line_chart(series: SeriesFigure, lang: str) -> LineChart:
    """Geometry of a series' chart; the scale runs from 0 (or the lowest value) to the top."""
    years = [y.year for y in series.years]
    values = [Fraction(v) for y in series.years for v in (y.target, y.actual) if v is not None]
    low = min([Fraction(0), *values])
    high = max([*values, low + 1])
    inner_w, inner_h = CHART_W - PAD_L - PAD_R, CHART_H - PAD_T - PAD_B
    step = inner_w / (len(years) - 1) if len(years) > 1 else 0

    def x(i: int) -> float:
        return PAD_L + (i * step if len(years) > 1 else inner_w / 2)

    def y(value: int | float) -> float:
        return PAD_T + float((high - Fraction(value)) / (high - low)) * inner_h

    def points(which: str) -> tuple[Point, ...]:
        out = []
        for i, year in enumerate(series.years):
            value = getattr(year, which)
            if value is not None:
                out.append(Point(f"{x(i):.1f}", f"{y(value):.1f}",
                                 f"{year.year}: {i18n.format_number(value, lang)}"))  # fmt: skip
        return tuple(out)

    targets, actuals = points("target"), points("actual")
    t = MONEY_LABELS[lang]
    return LineChart(
        label=t["chart_label"].format(name=series.name),
        target_points=" ".join(f"{p.x},{p.y}" for p in targets),
        actual_points=" ".join(f"{p.x},{p.y}" for p in actuals),
        targets=targets,
        actuals=actuals,
        x_labels=tuple(Point(f"{x(i):.1f}", str(CHART_H - 4), str(year))
                       for i, year in enumerate(years)),
        y_top=i18n.format_number(_plain(high), lang),
        y_bottom=i18n.format_number(_plain(low), lang),
    )  # fmt: skip


def _plain(value: Fraction) -> int | float:
    return value.numerator if value.denominator == 1 else float(value)


def series_view(series: SeriesFigure, lang: str) -> SeriesView:
    t = MONEY_LABELS[lang]
    num = i18n.format_number
    latest = series.latest
    return SeriesView(
        owner=series.owner,
        name=series.name,
        unit=series.unit or "",
        direction=t[f"direction_{series.direction}"],
        rows=tuple(SeriesRow(str(y.year), num(y.target, lang), num(y.actual, lang),
                             _pct(y.achievement, lang)) for y in series.years),
        latest=i18n.MISSING if latest is None
        else f"{latest.year}: {_pct(latest.achievement, lang)}",
        chart=line_chart(series, lang),
    )  # fmt: skip


def program_state(program: Program, plan: Masterplan, lang: str, as_of: dt.date,
                  note: str = "") -> ProgramState:  # fmt: skip
    agency = plan.agency(program.agency)
    return ProgramState(
        id=program.id,
        name=program.name,
        agency=(agency.short or agency.name) if agency else program.agency,
        status=i18n.status_label(program.status, lang),
        progress=i18n.MISSING if program.progress is None
        else i18n.format_number(program.progress, lang) + "%",
        schedule=schedule_cell(program, as_of, plan.scoring, lang).label,
        note=note,
    )  # fmt: skip


def _reference(target_rpjmd: str | None, ref: object, lang: str) -> str:
    t = MONEY_LABELS[lang]
    parts = [
        f"{t['ref_' + key]} {value}"
        for key in ("mission", "goal", "target", "indicator", "program_code", "activity_code")
        if (value := getattr(ref, key, None))
    ]
    return " · ".join(parts) or (target_rpjmd or "")


def rpjmd_views(plan: Masterplan, lang: str, as_of: dt.date) -> tuple[RpjmdView, ...]:
    """Targets with structured RPJMD codes or a series: each with the programs serving it."""
    return tuple(
        RpjmdView(
            id=target.id,
            name=target.name,
            reference=_reference(target.rpjmd, target.rpjmd_ref, lang),
            programs=tuple(program_state(p, plan, lang, as_of) for p in plan.programs
                           if target.id in p.targets),
            series=series_view(target_series(target), lang) if target.series else None,
        )
        for target in plan.targets
        if target.rpjmd_ref is not None or target.series
    )  # fmt: skip


def build_money_view(plan: Masterplan, lang: str, as_of: dt.date) -> MoneyView:
    return MoneyView(
        t=MONEY_LABELS[lang],
        budget=budget_view(plan, compute_budget(plan), lang),
        series=tuple(series_view(s, lang) for s in plan_series(plan)),
        rpjmd=rpjmd_views(plan, lang, as_of),
        spbe_results=tuple(
            SpbeResultRow(
                str(r.result.year), i18n.format_decimal(r.index, lang),
                r.predicate if lang == "id" else f"{r.predicate} ({PREDICATE_EN[r.predicate]})",
                r.result.predicate or i18n.MISSING, r.claimed_ok,
            )
            for r in result_figures(plan)
        ),
        spbe_groups=tuple(
            SpbeGroup(
                str(g.indicator), g.domain or "", g.aspect or "",
                tuple(program_state(p, plan, lang, as_of, tag.note or "") for p, tag in g.programs),
            )
            for g in by_indicator(plan)
        ),
    )  # fmt: skip
