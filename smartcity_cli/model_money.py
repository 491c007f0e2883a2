"""Model parts for money and measures over the years: budget lines, yearly series, RPJMD codes
and SPBE results. Frozen dataclasses built from structurally valid data; no I/O, no YAML.

Kept apart from ``model.py`` so that the plan's core entities stay small; ``model.py`` builds
these through the ``*_of`` functions below.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class BudgetLine:
    """One year's money from one source; amounts in rupiah as written (exact, not floats)."""

    year: int
    source: str
    allocated: int | float
    realised: int | float | None
    note: str | None
    path: str


@dataclass(frozen=True)
class SeriesPoint:
    """One year of an indicator or RPJMD target: its target and its measured value."""

    year: int
    target: int | float | None
    actual: int | float | None
    path: str


@dataclass(frozen=True)
class RpjmdRef:
    """Where an RPJMD states a target, as codes (Permendagri 90/2019 codes where used)."""

    mission: str | None
    goal: str | None
    target: str | None
    indicator: str | None
    program_code: str | None
    activity_code: str | None


@dataclass(frozen=True)
class SpbeTag:
    """An SPBE indicator (1..47) a program serves."""

    indicator: int
    note: str | None
    path: str
    domain: str | None = None
    aspect: str | None = None


@dataclass(frozen=True)
class SpbeResult:
    """A year's SPBE evaluation result; ``index`` as written, ``predicate`` as claimed."""

    year: int
    index: int | float
    predicate: str | None
    path: str


def budget_lines_of(data: Any, path: str) -> tuple[BudgetLine, ...]:
    """The lines of a budget written as a list; () for the single-amount form or none."""
    if not isinstance(data, list):
        return ()
    return tuple(
        BudgetLine(
            line["year"], line["source"], line["allocated"], line.get("realised"),
            line.get("note"), f"{path}.budget[{i}]",
        )
        for i, line in enumerate(data)
    )  # fmt: skip


def series_of(data: dict[str, Any] | None, path: str) -> tuple[SeriesPoint, ...]:
    """A ``series:`` mapping as points in year order."""
    if not data:
        return ()
    return tuple(
        sorted(
            (
                SeriesPoint(int(year), point.get("target"), point.get("actual"),
                            f"{path}.series.{year}")
                for year, point in data.items()
            ),
            key=lambda p: p.year,
        )
    )  # fmt: skip


def rpjmd_ref_of(data: dict[str, Any] | None) -> RpjmdRef | None:
    if data is None:
        return None
    keys = ("mission", "goal", "target", "indicator", "program_code", "activity_code")
    return RpjmdRef(*(None if data.get(k) is None else str(data[k]) for k in keys))


def spbe_tags_of(data: list[dict[str, Any]] | None, path: str) -> tuple[SpbeTag, ...]:
    return tuple(
        SpbeTag(
            tag["indicator"],
            tag.get("note"),
            f"{path}.spbe[{i}]",
            tag.get("domain"),
            tag.get("aspect"),
        )
        for i, tag in enumerate(data or [])
    )


def spbe_results_of(data: dict[str, Any] | None) -> tuple[SpbeResult, ...]:
    return tuple(
        SpbeResult(r["year"], r["index"], r.get("predicate"), f"spbe.results[{i}]")
        for i, r in enumerate((data or {}).get("results", []))
    )
