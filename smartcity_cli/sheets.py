"""The layout of the officers' spreadsheets: sheets, columns, and each cell's value as text.

Sheets (their names stay English so that locations are stable: `plan.xlsx!Programs!D14`):
Programs, ActionItems, Indicators and Targets, each with a header row in the plan's language.
Only some columns may be edited (status, progress, note and pillar of a program, done of an
action item, actual of an indicator); the others are marked read-only and locked.

A new sheet is one more entry in SHEETS (its columns), ROWS (its rows from the plan) and
KEYS (the columns that name a row); export, import and the three-way merge follow from these.
The modules around this one: sheets_export (write), sheets_limits (bounds on untrusted
files), sheets_read (xlsx/CSV -> cells), sheets_values (cell -> value), merge3 (base, sheet
and plan -> changes or conflicts), sheets_import (the import command's core).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from smartcity_cli.editing import number
from smartcity_cli.errors import SmartcityError
from smartcity_cli.labels import HORIZON, STATUS
from smartcity_cli.messages import Joined, msg
from smartcity_cli.model import Masterplan


class Cell(NamedTuple):
    """One cell read from a sheet. A named tuple, not a frozen dataclass: an import of a
    10,000-programme plan reads 330,000 of them, and a frozen dataclass costs three times
    as much to make."""

    where: str  # plan.xlsx!Programs!D14
    value: Any
    percent: bool = False  # the cell's number format shows a percentage (Excel stores 70% as 0.7)


def _text(cell: Cell) -> str:
    """A cell's text, stripped; empty for an empty cell (sheets_budget reads cells with it)."""
    return "" if cell.value is None else str(cell.value).strip()


@dataclass(frozen=True)
class Column:
    key: str
    id: str  # header in Indonesian
    en: str  # header in English
    editable: bool = False
    width: int = 12


SHEETS: dict[str, tuple[Column, ...]] = {
    "Programs": (
        Column("id", "ID", "ID", width=10), Column("name", "Program", "Programme", width=40),
        Column("pillar", "Pilar", "Pillar", editable=True), Column("agency", "OPD", "Agency"),
        Column("horizon", "Jangka", "Horizon", width=16),
        Column("status", "Status", "Status", editable=True, width=14),
        Column("progress", "Kemajuan (%)", "Progress (%)", editable=True),
        Column("note", "Catatan", "Note", editable=True, width=40),
    ),
    "ActionItems": (
        Column("category", "Kategori", "Category"), Column("id", "ID", "ID", width=10),
        Column("name", "Aksi", "Action", width=40), Column("done", "Selesai", "Done", editable=True),
    ),
    "Indicators": (
        Column("program", "ID program", "Programme ID"), Column("name", "Indikator", "Indicator", width=40),
        Column("unit", "Satuan", "Unit"), Column("baseline", "Awal", "Baseline"),
        Column("target", "Target", "Target"), Column("actual", "Capaian", "Actual", editable=True),
    ),
    "Targets": (
        Column("id", "ID", "ID", width=8), Column("name", "Sasaran", "Target", width=50),
        Column("rpjmd", "RPJMD", "RPJMD", width=24),
    ),
}  # fmt: skip
# the columns whose values name a row: (program) id, item id, (program, indicator name)
KEYS = {"Programs": ("id",), "ActionItems": ("id",), "Indicators": ("program", "name"),
        "Targets": ("id",), "Budget": ("program", "year", "source"),
        "IndicatorSeries": ("program", "name", "year")}  # fmt: skip
FILES = {"Programs": "programs.csv", "ActionItems": "action_items.csv",
         "Indicators": "indicators.csv", "Targets": "targets.csv"}  # fmt: skip
RECORD_SHEET = "_smartcity"  # hidden: what the workbook was exported from (see merge3)
RECORD_FILE = "_smartcity.csv"
YES = {"id": "ya", "en": "yes"}
NO = {"id": "tidak", "en": "no"}


def canonical(key: str, value: Any) -> str:
    """A plan value of an editable column as text, the form the three-way merge compares."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if key in ("progress", "actual", "realised"):
        return str(number(float(value)))
    return str(value)


def _shown(values: dict[str, dict[str, str]], lang: str) -> Callable[[str], str]:
    return lambda code: values[lang].get(code, code)


def rows_of(plan: Masterplan, lang: str) -> dict[str, list[list[Any]]]:
    """The plan's values, sheet by sheet, in the columns' order, as an officer reads them."""
    status, horizon = _shown(STATUS, lang), _shown(HORIZON, lang)
    done = {True: YES[lang], False: NO[lang]}
    return {
        "Programs": [[p.id, p.name, p.pillar, p.agency, horizon(p.horizon), status(p.status),
                      None if p.progress is None else number(p.progress), p.note or ""]
                     for p in plan.programs],
        "ActionItems": [[a.id, i.id, i.name, done[i.done]] for a in plan.action_plans
                        for i in a.items],
        "Indicators": [[p.id, ind.name, ind.unit or "",
                        None if ind.baseline is None else number(ind.baseline),
                        None if ind.target is None else number(ind.target),
                        None if ind.actual is None else number(ind.actual)]
                       for p in plan.programs for ind in p.indicators],
        "Targets": [[t.id, t.name, t.rpjmd or ""] for t in plan.targets],
        **sheets_budget.money_rows(plan),  # Budget, IndicatorSeries (sheets_budget.py)
    }  # fmt: skip


def editable_values(plan: Masterplan) -> dict[tuple[str, tuple[str, ...], str], str]:
    """Every editable cell's value in the plan, canonical, by (sheet, row key, column key)."""
    out: dict[tuple[str, tuple[str, ...], str], str] = {}
    for p in plan.programs:
        for key, value in (("pillar", p.pillar), ("status", p.status),
                           ("progress", p.progress), ("note", p.note)):  # fmt: skip
            out["Programs", (p.id,), key] = canonical(key, value)
        for ind in p.indicators:
            out["Indicators", (p.id, ind.name), "actual"] = canonical("actual", ind.actual)
    for a in plan.action_plans:
        for item in a.items:
            out["ActionItems", (item.id,), "done"] = canonical("done", item.done)
    out.update(sheets_budget.money_values(plan))
    return out


_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def shown(value: Any, limit: int = 80) -> str:
    """A cell's text for a message: at most ``limit`` characters, control and bidi characters
    written visibly (`\\x1b`), so that a sheet cannot rewrite the officer's terminal."""
    text = "" if value is None else str(value)
    cut = text[:limit] + ("..." if len(text) > limit else "")
    return _UNSHOWABLE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256
                           else f"\\u{ord(m.group()):04x}", cut)  # fmt: skip


def letter(index: int) -> str:
    """The column letter of a 1-based column number: 1 -> A, 28 -> AB."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class SheetErrors(SmartcityError):
    """Located problems in an imported sheet; nothing was written."""

    one_problem_a_line = True  # cell text in it is escaped by shown(); cli keeps the breaks

    def __init__(self, problems: list[Any]) -> None:
        self.problems = problems
        super().__init__(
            msg("{problems}\n{count} problem(s) in the sheet; nothing was written",
                problems=Joined(problems), count=len(problems))
        )  # fmt: skip


# the Budget and IndicatorSeries sheets join SHEETS and FILES when this is imported; last,
# because sheets_budget uses Column and Cell from above. Their editable cells are in the
# export record and merged three-way like the others (sheets_budget.money_changes).
from smartcity_cli import sheets_budget  # noqa: E402
