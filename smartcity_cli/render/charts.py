"""Geometry of the SVG charts (bar lengths, positions), computed here so templates do none."""

from __future__ import annotations

from dataclasses import dataclass

from smartcity_cli import i18n
from smartcity_cli.figures import Tally
from smartcity_cli.spec import STATUSES

BAR_PX = 240  # width of a full bar in the SVG charts
ROW_PX = 26  # height of one row of the bar chart


@dataclass(frozen=True)
class StatusSlice:
    key: str
    label: str
    count: str
    share: float
    x_px: str
    width_px: str


@dataclass(frozen=True)
class ChartBar:
    """One bar of the realisation chart, with its place in the SVG."""

    label: str
    value: str
    y_px: str
    text_y_px: str
    width_px: str


def status_slices(overall: Tally, lang: str) -> tuple[StatusSlice, ...]:
    slices, x = [], 0.0
    full = BAR_PX * 2
    for status in STATUSES:
        n = overall.status_count(status)
        share = n / overall.programs if overall.programs else 0.0
        slices.append(StatusSlice(status, i18n.status_label(status, lang), i18n.format_count(n, lang),
                                  share, f"{x:.1f}", f"{share * full:.1f}"))  # fmt: skip
        x += share * full
    return tuple(slices)
