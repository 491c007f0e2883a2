"""Export a plan as a workbook (or CSV files) for the agencies, with the record of the export.

Plan text is untrusted: every text cell is written as text, never as a formula (xlsx: the
cell's type is string; CSV: the usual `'` before a leading `= + - @`, tab or CR). The
workbook enforces its lists and ranges (stop-style validation, a prompt in the plan's
language), prints on A4 landscape with the header row on every page, and carries a hidden
sheet recording the plan's revision, the hash of its text and every editable cell's value
at export, so that import can tell the officer's edits from the plan's own changes.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from smartcity_cli.labels import STATUS
from smartcity_cli.model import Masterplan
from smartcity_cli.output import write_bytes, write_document
from smartcity_cli.sheets import (
    FILES,
    NO,
    RECORD_FILE,
    RECORD_SHEET,
    SHEETS,
    YES,
    editable_values,
    letter,
    rows_of,
)
from smartcity_cli.spec import STATUSES

RECORD_VERSION = "1"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PROMPTS = {
    "id": {
        "status": ("Status", "Pilih dari daftar: {values}.", "Status harus salah satu dari daftar."),
        "pillar": ("Pilar", "Pilih dari daftar: {values}.", "Pilar harus salah satu dari daftar."),
        "done": ("Selesai", "Pilih {values}.", "Isi ya atau tidak."),
        "progress": ("Kemajuan", "Angka 0 sampai 100 (persen), mis. 70.",
                     "Kemajuan harus angka 0 sampai 100."),
    },
    "en": {
        "status": ("Status", "Choose from the list: {values}.", "The status must be one of the list."),
        "pillar": ("Pillar", "Choose from the list: {values}.", "The pillar must be one of the list."),
        "done": ("Done", "Choose {values}.", "Enter yes or no."),
        "progress": ("Progress", "A number 0 to 100 (percent), e.g. 70.",
                     "The progress must be a number from 0 to 100."),
    },
}  # fmt: skip


def record_rows(plan: Masterplan, plan_bytes: bytes) -> list[list[str]]:
    """The record of an export: what it came from, and each editable cell's value then."""
    rows = [["smartcity-export", RECORD_VERSION, "", "", ""],
            ["plan", plan.region.slug, "", "", ""],
            ["revision", str(plan.revision), "", "", ""],
            ["sha256", hashlib.sha256(plan_bytes).hexdigest(), "", "", ""]]  # fmt: skip
    for (sheet, key, column), value in editable_values(plan).items():
        row = [sheet, key[0], key[1] if len(key) > 1 else "", column, value]
        # a third key part (Budget: source; IndicatorSeries: year) in a sixth column, so that
        # the rows of the other sheets read as before
        rows.append([*row, key[2]] if len(key) > 2 else row)
    return rows


def csv_safe(value: Any) -> Any:
    """A CSV cell that a spreadsheet will not run: text starting like a formula gets a `'`."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return "" if value is None else value


def _add_validation(ws: Any, key: str, lang: str, where: str, values: list[str]) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    title, prompt, error = PROMPTS[lang][key]
    if key == "progress":
        rule = DataValidation(type="decimal", operator="between", formula1="0", formula2="100")
    else:
        rule = DataValidation(type="list", formula1='"' + ",".join(values) + '"')
    rule.allow_blank = key == "progress"
    rule.showErrorMessage = True
    rule.errorStyle = "stop"
    rule.errorTitle = rule.promptTitle = title
    rule.error = error
    rule.prompt = prompt.format(values=", ".join(values))[:255]  # Excel's limit for a prompt
    rule.showInputMessage = True
    rule.add(where)
    ws.add_data_validation(rule)


def _write_rows(ws: Any, rows: Iterable[list[Any]]) -> None:
    """Write rows from the first; text stays text, even when it starts with `=`, and a
    control character that a workbook cannot hold is shown as `\\x1f` (in the cell and in
    the record alike)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    for number, row in enumerate(rows, start=1):  # by number: ws.max_row costs a scan each time
        for column, value in enumerate(row, start=1):
            if isinstance(value, str):
                text = ILLEGAL_CHARACTERS_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", value)
                cell = ws.cell(row=number, column=column, value=text)
                cell.data_type = "s"  # openpyxl would store `=...` as a formula
            elif value is not None:
                ws.cell(row=number, column=column, value=value)


def _lists(plan: Masterplan, lang: str) -> dict[str, list[str]]:
    lists = {"status": [STATUS[lang][s] for s in STATUSES], "pillar": [p.id for p in plan.pillars],
             "done": [YES[lang], NO[lang]]}  # fmt: skip
    # an inline list cannot hold a comma or a quote, nor pass 255 characters
    return {k: v for k, v in lists.items()
            if len(",".join(v)) < 250 and not any("," in x or '"' in x for x in v)}  # fmt: skip


def export_xlsx(plan: Masterplan, lang: str, plan_bytes: bytes) -> bytes:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill, Protection

    grey = PatternFill("solid", fgColor="E7EBEF")
    note = "hanya-baca" if lang == "id" else "read-only"
    lists = _lists(plan, lang)
    book = Workbook()
    for default in book.worksheets:  # a new workbook has one empty sheet
        book.remove(default)
    for (sheet, columns), rows in zip(SHEETS.items(), rows_of(plan, lang).values(), strict=True):
        ws = book.create_sheet(sheet)
        _write_rows(ws, [[getattr(c, lang) for c in columns], *rows])
        last = max(2, len(rows) + 1)
        for index, column in enumerate(columns, start=1):
            col = letter(index)
            header = ws.cell(row=1, column=index)
            header.font = Font(bold=True)
            widest = max([len(str(r[index - 1] or "")) for r in rows] + [len(header.value)])
            ws.column_dimensions[col].width = min(60, max(column.width, widest + 2))
            if not column.editable:
                header.comment = Comment(note, "smartcity")
                for (cell,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                    cell.fill = grey
                continue
            for (cell,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.protection = Protection(locked=False)
            if column.key == "progress" or column.key in lists:
                _add_validation(ws, column.key, lang, f"{col}2:{col}{last}",
                                lists.get(column.key, []))  # fmt: skip
        ws.freeze_panes = "A2"
        ws.protection.sheet = True  # read-only columns are locked; no password: a guard, not a lock
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages as the rows need, each whole rows
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"
    record = book.create_sheet(RECORD_SHEET)
    _write_rows(record, record_rows(plan, plan_bytes))
    record.sheet_state = "veryHidden"
    record.protection.sheet = True
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _csv_text(rows: Iterable[list[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows([[csv_safe(v) for v in row] for row in rows])
    return "\ufeff" + out.getvalue()  # a BOM, so that Excel reads UTF-8


def export_csv(plan: Masterplan, lang: str, plan_bytes: bytes, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for (sheet, columns), rows in zip(SHEETS.items(), rows_of(plan, lang).values(), strict=True):
        path = directory / FILES[sheet]
        write_document(_csv_text([[getattr(c, lang) for c in columns], *rows]), str(path))
        written.append(path)
    path = directory / RECORD_FILE
    write_document(_csv_text(record_rows(plan, plan_bytes)), str(path))
    return [*written, path]


def run_export(name: str, output: Path, *, fmt: str, lang: str | None, plans_dir: Path) -> str:
    """Export a valid plan as a workbook, or as a directory of CSV files; a message."""
    from smartcity_cli.loader import read_bytes
    from smartcity_cli.report import load_valid_plan

    path, plan = load_valid_plan(name, plans_dir)
    plan_bytes = read_bytes(path)
    language = lang or plan.language
    if fmt == "csv":
        files = export_csv(plan, language, plan_bytes, output)
        return f"{path} -> {', '.join(str(f) for f in files)}"
    write_bytes(export_xlsx(plan, language, plan_bytes), str(output), protect=(path,))
    return f"{path} -> {output}"
