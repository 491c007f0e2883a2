"""The Budget and IndicatorSeries sheets of `export`/`import` (docs/format.md, issue 14).

Budget lists each budget line (program, year, source, allocated) with `realised` editable;
IndicatorSeries lists each year of an indicator's series with `actual` editable. They join
the sheets of ``sheets.py`` through its SHEETS and FILES tables, its ``rows_of`` and its
``apply_sheets``; problems are located like the other sheets' and nothing is written when
any is found. An empty editable cell leaves the value as it is. Their editable cells are in
the export record (``money_values``) and merged three-way like the other sheets' (merge3):
an agency's untouched cell never undoes another agency's edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from smartcity_cli import sheets
from smartcity_cli.editing import PlanEditor, number
from smartcity_cli.messages import msg
from smartcity_cli.model import Masterplan
from smartcity_cli.sheets import Cell, Column, canonical

if TYPE_CHECKING:
    from smartcity_cli.merge3 import Conflict, ExportRecord

MONEY_SHEETS: dict[str, tuple[Column, ...]] = {
    "Budget": (
        Column("program", "ID program", "Programme ID"), Column("year", "Tahun", "Year", width=8),
        Column("source", "Sumber dana", "Source"),
        Column("allocated", "Pagu (Rp)", "Allocated (IDR)", width=16),
        Column("realised", "Realisasi (Rp)", "Realised (IDR)", editable=True, width=16),
    ),
    "IndicatorSeries": (
        Column("program", "ID program", "Programme ID"),
        Column("name", "Indikator", "Indicator", width=40), Column("year", "Tahun", "Year", width=8),
        Column("target", "Target", "Target"), Column("actual", "Capaian", "Actual", editable=True),
    ),
}  # fmt: skip
MONEY_FILES = {"Budget": "budget.csv", "IndicatorSeries": "indicator_series.csv"}
sheets.SHEETS.update(MONEY_SHEETS)
sheets.FILES.update(MONEY_FILES)


def _value(value: float | int | None) -> float | int | None:
    return None if value is None else number(value)


def money_rows(plan: Masterplan) -> dict[str, list[list[Any]]]:
    """The rows of the two sheets, in the plan's order."""
    return {
        "Budget": [[p.id, line.year, line.source, _value(line.allocated), _value(line.realised)]
                   for p in plan.programs for line in p.budget_lines],
        "IndicatorSeries": [[p.id, ind.name, point.year, _value(point.target), _value(point.actual)]
                            for p in plan.programs for ind in p.indicators
                            for point in ind.series],
    }  # fmt: skip


def money_values(plan: Masterplan) -> dict[tuple[str, tuple[str, ...], str], str]:
    """The two sheets' editable cells, canonical, by (sheet, row key, column key)."""
    out: dict[tuple[str, tuple[str, ...], str], str] = {}
    for p in plan.programs:
        for line in p.budget_lines:
            out["Budget", (p.id, str(line.year), line.source), "realised"] = canonical(
                "realised", line.realised
            )
        for ind in p.indicators:
            for point in ind.series:
                out["IndicatorSeries", (p.id, ind.name, str(point.year)), "actual"] = canonical(
                    "actual", point.actual
                )
    return out


def _amount(cell: Cell, problems: list[str], what: str) -> float | int | None:
    text = sheets._text(cell)
    if text == "":
        return None
    try:
        value = (
            float(cell.value)
            if isinstance(cell.value, int | float)
            else float(text.replace(",", "."))
        )
    except ValueError:
        problems.append(
            msg("{where}: `{cell_value}` is not a number", where=cell.where, cell_value=cell.value)
        )
        return None
    if value < 0:
        problems.append(
            msg("{where}: {what} {value:g} is negative", where=cell.where, what=what, value=value)
        )
        return None
    return number(value)


def _year(row: dict[str, Cell], problems: list[str]) -> int | None:
    cell = row.get("year")
    if cell is None:
        first = next(iter(row.values()))
        problems.append(
            msg(
                "{sheet}: the column `Tahun` / `Year` is missing",
                sheet=first.where.rsplit("!", 1)[0],
            )
        )
        return None
    try:
        return int(float(sheets._text(cell)))
    except ValueError:
        problems.append(
            msg("{where}: `{cell_value}` is not a year", where=cell.where, cell_value=cell.value)
        )
        return None


def money_changes(
    plan: Masterplan,
    read: dict[str, list[dict[str, Cell]]],
    problems: list[str],
    record: ExportRecord | None = None,
    conflicts: list[Conflict] | None = None,
    *,
    take_sheet: bool = False,
) -> list[tuple[str, tuple[Any, ...]]]:
    """The edits the two sheets ask for, merged three-way against ``record`` (merge3.decide):
    problems are added to ``problems``, cells changed in both the sheet and the plan to
    ``conflicts`` (unless ``take_sheet``)."""
    from smartcity_cli.merge3 import Conflict, decide

    programs, current = {p.id: p for p in plan.programs}, money_values(plan)
    changes: list[tuple[str, tuple[Any, ...]]] = []

    def merge(
        cell: Cell, key: tuple[str, tuple[str, ...], str], value: float | int, what: str
    ) -> bool:
        """Whether the sheet's value is to be written; a conflict is noted."""
        ours, base = current[key], record.values.get(key) if record else None
        verdict = decide(base, canonical(key[2], value), ours)
        if verdict == "conflict" and not take_sheet:
            if conflicts is not None:
                conflicts.append(
                    Conflict(cell.where, what, base or "", canonical(key[2], value), ours)
                )
            return False
        return verdict != "keep"

    for row in read.get("Budget", []):
        pid = sheets._text(row["program"])
        year = _year(row, problems)
        source = sheets._text(row["source"]) if "source" in row else ""
        program = programs.get(pid)
        if program is None:
            problems.append(
                msg("{where}: no program `{pid}` in the plan", where=row["program"].where, pid=pid)
            )
            continue
        if year is None:
            continue
        matches = [b for b in program.budget_lines if (b.year, b.source) == (year, source)]
        if len(matches) != 1:
            how = "no" if not matches else "more than one"
            problems.append(
                msg(
                    "{where}: {pid} has {how} {source} budget line for {year}",
                    where=row["program"].where,
                    pid=pid,
                    how=how,
                    source=source,
                    year=year,
                )
            )
            continue
        value = _amount(row["realised"], problems, "realised")
        key = ("Budget", (pid, str(year), source), "realised")
        if value is not None and merge(
            row["realised"], key, value, f"{pid} {year} {source} realised"
        ):
            changes.append(("budget_realised", (pid, year, source, value)))
    for row in read.get("IndicatorSeries", []):
        pid, name = sheets._text(row["program"]), sheets._text(row["name"])
        year = _year(row, problems)
        program = programs.get(pid)
        indicator = (
            next((i for i in program.indicators if i.name == name), None) if program else None
        )
        if indicator is None:
            problems.append(
                msg(
                    "{where}: program `{pid}` has no indicator `{name}`",
                    where=row["name"].where,
                    pid=pid,
                    name=name,
                )
            )
            continue
        if year is None:
            continue
        if year not in {p.year for p in indicator.series}:
            problems.append(
                msg(
                    "{where}: `{name}` of {pid} has no series year {year}",
                    where=row["name"].where,
                    name=name,
                    pid=pid,
                    year=year,
                )
            )
            continue
        value = _amount(row["actual"], problems, "actual")
        key = ("IndicatorSeries", (pid, name, str(year)), "actual")
        if value is not None and merge(row["actual"], key, value, f"{pid} {name} {year} actual"):
            changes.append(("series_actual", (pid, name, year, value)))
    return changes  # fmt: skip


def apply_money_change(editor: PlanEditor, kind: str, args: tuple[Any, ...]) -> None:
    """Set one value found by ``money_changes``, keeping the file's formatting."""
    if kind == "budget_realised":
        pid, year, source, value = args
        line = next(b for b in editor.program(pid)["budget"]
                    if b.get("year") == year and b.get("source") == source)  # fmt: skip
        editor._set(line, "realised", value, f"{pid} realised {year} {source}", after="allocated")
    else:
        pid, name, year, value = args
        series = editor.indicator(pid, name)["series"]
        point = next(series[k] for k in series if str(k) == str(year))
        editor._set(point, "actual", value, f"{pid} actual {year}: {name}", after="target")
