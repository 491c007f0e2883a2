"""Spreadsheets for the officers who update a plan: export to xlsx or CSV, import the edits back.

Sheets (their names stay English so that locations are stable: `plan.xlsx!Programs!D14`):
Programs, ActionItems, Indicators and Targets, each with a header row in the plan's language.
Only some columns may be edited (status, progress, note and pillar of a program, done of an
action item, actual of an indicator); the others are marked read-only and locked. Importing
applies the edited values through the same comment-keeping editor as `smartcity set`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smartcity_cli.editing import PlanEditor, number
from smartcity_cli.errors import SmartcityError, UsageError
from smartcity_cli.model import Masterplan
from smartcity_cli.output import write_bytes, write_document
from smartcity_cli.setcmd import EditResult, PlanText, finish
from smartcity_cli.spec import STATUSES


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
        Column("horizon", "Jangka", "Horizon"), Column("status", "Status", "Status", editable=True),
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
FILES = {"Programs": "programs.csv", "ActionItems": "action_items.csv",
         "Indicators": "indicators.csv", "Targets": "targets.csv"}  # fmt: skip
TRUE = {"true", "ya", "yes", "1", "selesai", "done", "benar"}
FALSE = {"false", "tidak", "no", "0", "belum", "salah", ""}


def rows_of(plan: Masterplan) -> dict[str, list[list[Any]]]:
    """The plan's values, sheet by sheet, in the columns' order."""
    return {
        "Programs": [[p.id, p.name, p.pillar, p.agency, p.horizon, p.status,
                      None if p.progress is None else number(p.progress), p.note or ""]
                     for p in plan.programs],
        "ActionItems": [[a.id, i.id, i.name, i.done] for a in plan.action_plans for i in a.items],
        "Indicators": [[p.id, ind.name, ind.unit or "",
                        None if ind.baseline is None else number(ind.baseline),
                        None if ind.target is None else number(ind.target),
                        None if ind.actual is None else number(ind.actual)]
                       for p in plan.programs for ind in p.indicators],
        "Targets": [[t.id, t.name, t.rpjmd or ""] for t in plan.targets],
        **sheets_budget.money_rows(plan),  # Budget, IndicatorSeries (sheets_budget.py)
    }  # fmt: skip


def export_xlsx(plan: Masterplan, lang: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    grey = PatternFill("solid", fgColor="E7EBEF")
    note = "hanya-baca" if lang == "id" else "read-only"
    book = Workbook()
    for default in book.worksheets:  # a new workbook has one empty sheet
        book.remove(default)
    for (sheet, columns), rows in zip(SHEETS.items(), rows_of(plan).values(), strict=True):
        ws = book.create_sheet(sheet)
        ws.append([getattr(c, lang) for c in columns])
        for row in rows:
            ws.append(row)
        for index, column in enumerate(columns, start=1):
            letter = ws.cell(row=1, column=index).column_letter
            header = ws.cell(row=1, column=index)
            header.font = Font(bold=True)
            widest = max([len(str(r[index - 1] or "")) for r in rows] + [len(header.value)])
            ws.column_dimensions[letter].width = min(60, max(column.width, widest + 2))
            if not column.editable:
                header.comment = Comment(note, "smartcity")
                for (cell,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                    cell.fill = grey
            else:
                for (cell,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                    cell.protection = Protection(locked=False)
        ws.freeze_panes = "A2"
        ws.protection.sheet = True  # read-only columns are locked; no password: a guard, not a lock
        last = max(2, len(rows) + 1)
        lists = {"status": ",".join(STATUSES), "pillar": ",".join(p.id for p in plan.pillars),
                 "done": "TRUE,FALSE"}  # fmt: skip
        for index, column in enumerate(columns, start=1):
            letter = ws.cell(row=1, column=index).column_letter
            if column.key in lists and sheet in ("Programs", "ActionItems"):
                rule = DataValidation(
                    type="list", formula1=f'"{lists[column.key]}"', allow_blank=False
                )
                rule.add(f"{letter}2:{letter}{last}")
                ws.add_data_validation(rule)
            elif column.key == "progress":
                rule = DataValidation(
                    type="decimal", operator="between", formula1="0", formula2="100"
                )
                rule.add(f"{letter}2:{letter}{last}")
                ws.add_data_validation(rule)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def run_export(name: str, output: Path, *, fmt: str, lang: str | None, plans_dir: Path) -> str:
    """Export a valid plan as a workbook, or as a directory of CSV files; a message."""
    from smartcity_cli.report import load_valid_plan

    path, plan = load_valid_plan(name, plans_dir)
    language = lang or plan.language
    if fmt == "csv":
        files = export_csv(plan, language, output)
        return f"{path} -> {', '.join(str(f) for f in files)}"
    write_bytes(export_xlsx(plan, language), str(output), protect=(path,))
    return f"{path} -> {output}"


def export_csv(plan: Masterplan, lang: str, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for (sheet, columns), rows in zip(SHEETS.items(), rows_of(plan).values(), strict=True):
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([getattr(c, lang) for c in columns])
        writer.writerows([["" if v is None else v for v in row] for row in rows])
        path = directory / FILES[sheet]
        write_document("\ufeff" + out.getvalue(), str(path))  # a BOM, so that Excel reads UTF-8
        written.append(path)
    return written


# -- import ----------------------------------------------------------------------------------


class SheetErrors(SmartcityError):
    """Located problems in an imported sheet; nothing was written."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(
            "\n".join(problems) + f"\n{len(problems)} problem(s) in the sheet; nothing was written"
        )


@dataclass(frozen=True)
class Cell:
    where: str  # plan.xlsx!Programs!D14
    value: Any


def _letter(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def read_xlsx(path: Path) -> dict[str, list[dict[str, Cell]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not xlsx
        raise UsageError(f"{path}: cannot read it as an xlsx workbook ({exc})") from None
    sheets = {}
    for sheet in SHEETS:
        if sheet not in book.sheetnames:
            continue
        ws = book[sheet]
        problems = [f"{path.name}!{sheet}!{str(r).split(':')[0]}: merged cells; unmerge them"
                    for r in ws.merged_cells.ranges]  # fmt: skip
        if problems:
            raise SheetErrors(problems)
        grid = [list(row) for row in ws.iter_rows(values_only=True)]
        sheets[sheet] = _records(grid, f"{path.name}!{sheet}", sheet)
    return sheets


def read_csv(directory: Path) -> dict[str, list[dict[str, Cell]]]:
    sheets = {}
    for sheet, name in FILES.items():
        path = directory / name
        if path.is_file():
            with path.open(encoding="utf-8-sig", newline="") as handle:
                grid: list[list[Any]] = [list(row) for row in csv.reader(handle)]
            sheets[sheet] = _records(grid, f"{name}", sheet)
    return sheets


def _records(grid: list[list[Any]], where: str, sheet: str) -> list[dict[str, Cell]]:
    """Rows as {column key: Cell}, columns found by their header in either language."""
    if not grid:
        raise SheetErrors([f"{where}!A1: the sheet is empty; it needs its header row"])
    labels = {text.strip().lower(): c.key for c in SHEETS[sheet] for text in (c.id, c.en)}
    header = grid[0]
    positions: dict[str, int] = {}
    problems = []
    for index, text in enumerate(header):
        if text is None or not str(text).strip():
            continue
        key = labels.get(str(text).strip().lower())
        if key is None:
            problems.append(f"{where}!{_letter(index + 1)}1: unknown column `{text}`")
        else:
            positions[key] = index
    required = [
        c for c in SHEETS[sheet] if c.editable or c.key == "id" or c.key in ("program", "name")
    ]
    problems.extend(
        f"{where}!{_letter(len(header) + 1)}1: the column `{column.id}` / `{column.en}` is "
        "missing from the header row"
        for column in required
        if column.key not in positions
    )
    if problems:
        raise SheetErrors(problems)
    records = []
    for number_, row in enumerate(grid[1:], start=2):
        if all(v is None or str(v).strip() == "" for v in row):
            continue
        records.append({key: Cell(f"{where}!{_letter(i + 1)}{number_}", row[i] if i < len(row) else None)
                        for key, i in positions.items()})  # fmt: skip
    return records


def _text(cell: Cell) -> str:
    return "" if cell.value is None else str(cell.value).strip()


def _progress(cell: Cell, problems: list[str]) -> float | int | None:
    if _text(cell) == "":
        return None
    try:
        value = (
            float(str(cell.value).replace(",", "."))
            if isinstance(cell.value, str)
            else float(cell.value)
        )
    except (TypeError, ValueError):
        problems.append(f"{cell.where}: `{cell.value}` is not a number")
        return None
    if not 0 <= value <= 100:
        problems.append(f"{cell.where}: progress {value:g} is out of range 0..100")
        return None
    return number(value)


def apply_sheets(
    editor: PlanEditor, plan: Masterplan, sheets: dict[str, list[dict[str, Cell]]]
) -> None:
    """Set every edited value; raise SheetErrors with every problem, before any edit lands."""
    problems: list[str] = []
    programs = {p.id: p for p in plan.programs}
    pillars = {p.id for p in plan.pillars}
    items = {i.id for a in plan.action_plans for i in a.items}
    changes: list[tuple[str, tuple[Any, ...]]] = []
    for row in sheets.get("Programs", []):
        pid = _text(row["id"])
        if pid not in programs:
            problems.append(f"{row['id'].where}: no program `{pid}` in the plan")
            continue
        status = _text(row["status"])
        if status not in STATUSES:
            problems.append(
                f"{row['status'].where}: status `{status}` is not one of: {', '.join(STATUSES)}"
            )
        else:
            changes.append(("program", (pid, "status", status)))
        pillar = _text(row["pillar"])
        if pillar not in pillars:
            problems.append(f"{row['pillar'].where}: pillar `{pillar}` does not exist")
        else:
            changes.append(("program", (pid, "pillar", pillar)))
        progress = _progress(row["progress"], problems)
        if progress is not None:
            changes.append(("program", (pid, "progress", progress)))
        note = _text(row["note"])
        if note:  # an empty cell leaves the note as it is
            changes.append(("program", (pid, "note", note)))
    for row in sheets.get("ActionItems", []):
        iid, done = _text(row["id"]), _text(row["done"]).lower()
        if iid not in items:
            problems.append(f"{row['id'].where}: no action-plan item `{iid}` in the plan")
        elif done not in TRUE | FALSE:
            problems.append(f"{row['done'].where}: `{row['done'].value}` is not yes or no")
        else:
            changes.append(("item", (iid, done in TRUE)))
    for row in sheets.get("Indicators", []):
        pid, name = _text(row["program"]), _text(row["name"])
        program = programs.get(pid)
        if program is None or name not in {i.name for i in program.indicators}:
            problems.append(f"{row['name'].where}: program `{pid}` has no indicator `{name}`")
            continue
        actual = _text(row["actual"])
        if actual:
            try:
                changes.append(("actual", (pid, name, number(float(actual.replace(",", "."))))))
            except ValueError:
                problems.append(f"{row['actual'].where}: `{actual}` is not a number")
    changes += sheets_budget.money_changes(plan, sheets, problems)
    if problems:
        raise SheetErrors(problems)
    for kind, args in changes:
        if kind == "program":
            editor.set_program(*args)
        elif kind == "item":
            editor.set_item_done(*args)
        elif kind == "actual":
            editor.set_actual(*args)
        else:
            sheets_budget.apply_money_change(editor, kind, args)


def run_import(
    source: Path, into: Path, *, plan: Masterplan, updated: dt.date, dry_run: bool
) -> EditResult:
    """Apply a workbook (or a CSV directory) to the plan file ``into``; one revision for all."""
    sheets = read_csv(source) if source.is_dir() else read_xlsx(source)
    if not sheets:
        raise UsageError(f"{source}: none of the sheets {', '.join(SHEETS)} is there")
    form = PlanText.read(into)
    editor = PlanEditor(form.text, str(into))
    apply_sheets(editor, plan, sheets)
    return finish(into, form, editor, updated=updated, dry_run=dry_run)


# the Budget and IndicatorSeries sheets join SHEETS and FILES when this is imported; last,
# because sheets_budget uses Column and Cell from above
from smartcity_cli import sheets_budget  # noqa: E402
