"""Schedule status and the evaluation index, formatted for reports and documents."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from smartcity_cli import i18n
from smartcity_cli.figures import Figures, Tally, to_percent
from smartcity_cli.index import evaluation_index
from smartcity_cli.labels import INDEX_SCHEME
from smartcity_cli.model import Evaluation, Masterplan, Program, Scoring
from smartcity_cli.schedule import schedule_state


@dataclass(frozen=True)
class ScheduleCell:
    key: str  # on_track | at_risk | off_track, or "" without a schedule status
    label: str
    expected: str  # "diharapkan 37%", or ""
    overridden: bool


@dataclass(frozen=True)
class ScheduleCounts:
    on_track: str
    at_risk: str
    off_track: str


@dataclass(frozen=True)
class IndexRow:
    component: str
    weight: str
    score: str
    weighted: str


@dataclass(frozen=True)
class IndexView:
    title: str
    scheme: str
    rows: tuple[IndexRow, ...]
    value: str


def schedule_cell(program: Program, as_of: dt.date, scoring: Scoring, lang: str) -> ScheduleCell:
    t = i18n.LABELS[lang]
    state = schedule_state(program, as_of, scoring)
    if state is None:
        return ScheduleCell("", i18n.MISSING, "", False)
    expected = i18n.format_percent(to_percent(state.expected / 100, 0), lang)
    label = t[state.status] + ("*" if state.reason else "")
    return ScheduleCell(
        state.status, label, t["expected"].format(expected=expected), bool(state.reason)
    )


def schedule_counts(tally: Tally, lang: str) -> ScheduleCounts:
    count = i18n.format_count
    return ScheduleCounts(
        count(tally.schedule_count("on_track"), lang),
        count(tally.schedule_count("at_risk"), lang),
        count(tally.schedule_count("off_track"), lang),
    )


def schedule_headline(figures: Figures, lang: str) -> tuple[str, str]:
    """(value, detail) of the schedule card: how many of the scheduled programs are on track."""
    t = i18n.LABELS[lang]
    overall = figures.overall
    total = sum(overall.schedule)
    detail = t["schedule_detail"].format(
        total=i18n.format_count(total, lang),
        at_risk=i18n.format_count(overall.schedule_count("at_risk"), lang),
        off_track=i18n.format_count(overall.schedule_count("off_track"), lang),
        as_of=i18n.format_date(figures.as_of, lang),
    )
    return i18n.format_count(overall.schedule_count("on_track"), lang), detail


def override_lines(plan: Masterplan, as_of: dt.date, lang: str) -> tuple[str, ...]:
    """Every schedule status set by hand, with its reason: shown in every report."""
    t = i18n.LABELS[lang]
    lines = []
    for program in plan.programs:
        state = schedule_state(program, as_of, plan.scoring)
        if state is not None and state.reason:
            lines.append(t["override_line"].format(program=f"{program.id} {program.name}",
                                                   status=t[state.status], computed=t[state.computed],
                                                   reason=" ".join(state.reason.split())))  # fmt: skip
    return tuple(lines)


def index_view(evaluation: Evaluation, plan: Masterplan, lang: str) -> IndexView | None:
    """The evaluation index with its inputs, or None when the evaluation has no scores."""
    index = evaluation_index(evaluation, plan.scoring)
    if index is None:
        return None
    t = i18n.LABELS[lang]

    def number(value: Decimal | None) -> str:
        return i18n.MISSING if value is None else i18n.format_decimal(value, lang)

    rows = tuple(
        IndexRow(
            component=t[f"component_{part.component}"],
            weight=number(part.weight),
            score=number(part.score),
            weighted=i18n.MISSING if part.weighted is None
            else i18n.format_decimal(to_percent(part.weighted / 100), lang),
        )
        for part in index.parts
    )  # fmt: skip
    value = (
        i18n.format_decimal(to_percent(index.value), lang)
        if index.value is not None
        else t["index_incomplete"]
    )
    scheme = INDEX_SCHEME[lang].get(index.scheme, index.scheme)
    return IndexView(t["index"], t["index_scheme"].format(scheme=scheme), rows, value)
