"""Read an officer's workbook or CSV directory into located cells, within the plan's limits.

Only the cells are read, never formulas' sources: a formula cell gives the value Excel or
LibreOffice last computed. The header row names the columns (in either language); a value
past the last column or row the limits allow, merged cells, a repeated row, an encoding
that is not UTF-8/UTF-16, a field the CSV reader cannot hold or a wrong delimiter is a
located problem and nothing is imported.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smartcity_cli.errors import SmartcityError
from smartcity_cli.messages import msg
from smartcity_cli.sheets import (
    FILES,
    KEYS,
    RECORD_FILE,
    RECORD_SHEET,
    SHEETS,
    Cell,
    SheetErrors,
    letter,
    shown,
)
from smartcity_cli.sheets_limits import SheetLimits, check_zip, read_bounded

DELIMITERS = {",": msg("comma"), ";": msg("semicolon"), "\t": msg("tab")}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


Grid = dict[int, dict[int, Cell]]  # row number -> column number -> cell (non-empty only)
Records = dict[str, list[dict[str, Cell]]]


@dataclass(frozen=True)
class SheetData:
    """The sheets found, and the export record (rows of text) if the file has one."""

    sheets: Records
    record: list[list[str]] | None


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _too_far(where: str, row: int, column: int, limits: SheetLimits, sheet: str) -> str | None:
    if column > limits.max_columns:
        return msg(
            "{where}!{cell}: a value in column {column}, past the last column a sheet can "
            "use ({last}); delete it",
            where=where,
            cell=f"{letter(column)}{row}",
            column=letter(column),
            last=letter(limits.max_columns),
        )
    if row > limits.rows[sheet]:
        return msg(
            "{where}!{cell}: a value in row {row:,}, past the last row this plan's sheet "
            "can have ({last:,}); delete the rows below the data",
            where=where,
            cell=f"{letter(column)}{row}",
            row=row,
            last=limits.rows[sheet],
        )
    return None  # fmt: skip


def _xlsx_grid(book: Any, sheet: str, where: str, limits: SheetLimits) -> Grid:
    """A sheet's non-empty cells, parsed row by row; stops at the first one past the limits."""
    from openpyxl.cell.read_only import ReadOnlyCell
    from openpyxl.worksheet._reader import WorkSheetParser

    ws = book[sheet]
    grid: Grid = {}
    elements = 0  # rows and cells parsed, empty ones too: what the reading costs
    with ws._get_source() as source:
        parser = WorkSheetParser(source, ws._shared_strings, data_only=True, epoch=book.epoch,
                                 date_formats=book._date_formats,
                                 timedelta_formats=book._timedelta_formats)  # fmt: skip
        for row, cells in parser.parse():
            elements += 1 + len(cells)
            if elements > limits.elements(sheet):
                raise SheetErrors([msg("{where}!A{row}: more rows and cells than this plan's sheet can hold ({elements:,}), counting empty ones (kept by formatting?); delete the rows below the data", where=where, row=row, elements=limits.elements(sheet))])  # fmt: skip
            for cell in cells:
                column, value = cell["column"], cell["value"]
                if _empty(value):
                    continue
                problem = _too_far(where, row, column, limits, sheet)
                if problem:
                    raise SheetErrors([problem])
                fmt = ReadOnlyCell(ws, **cell).number_format
                grid.setdefault(row, {})[column] = Cell(
                    f"{where}!{letter(column)}{row}", value, "%" in str(fmt)
                )
        merged = parser.merged_cells.mergeCell if parser.merged_cells else []
    if merged:
        raise SheetErrors([f"{where}!{str(m.ref).split(':')[0]}: merged cells; unmerge them"
                           for m in merged])  # fmt: skip
    return grid


def read_xlsx(path: Path, limits: SheetLimits) -> SheetData:
    from openpyxl import load_workbook

    data = read_bounded(path, limits)
    check_zip(path.name, data, limits)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not xlsx
        raise SheetErrors(
            [
                msg(
                    "{path_name}: cannot read it as an xlsx workbook ({exc})",
                    path_name=path.name,
                    exc=exc,
                )
            ]
        ) from None
    sheets, record = {}, None
    try:
        for sheet in [*SHEETS, RECORD_SHEET]:
            if sheet not in book.sheetnames:
                continue
            where = f"{path.name}!{sheet}"
            try:
                grid = _xlsx_grid(book, sheet, where, limits)
            except SmartcityError:
                raise
            except Exception as exc:  # a damaged or hostile sheet: say which, never a traceback
                raise SheetErrors([msg("{where}: cannot read the sheet ({name}: {exc})", where=where, name=type(exc).__name__, exc=str(exc)[:200])]) from None  # fmt: skip
            if sheet == RECORD_SHEET:
                record = _record(grid)
            else:
                sheets[sheet] = records(grid, where, sheet)
    finally:
        book.close()
    return SheetData(sheets, record)


def _record(grid: Grid) -> list[list[str]]:
    return [[_text(row.get(c)) for c in range(1, 7)] for _, row in sorted(grid.items())]


def _text(cell: Cell | None) -> str:
    return "" if cell is None or cell.value is None else str(cell.value)


# -- CSV ----------------------------------------------------------------------------------------


def _decode(name: str, data: bytes) -> str:
    """UTF-8 (with or without a BOM) or UTF-16 with its BOM; anything else is located."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        encoding = "UTF-16" if encoding == "utf-16" else "UTF-8"
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        byte = data[exc.start : exc.start + 1].hex()
        raise SheetErrors([
            msg("{name}:{line}:{column}: byte 0x{byte} is not {encoding}; the file is probably Windows-1252: save it as \"CSV UTF-8 (Comma delimited)\" in Excel, or with character set UTF-8 in LibreOffice", name=name, line=line, column=column, byte=byte, encoding=encoding)
        ]) from None  # fmt: skip


def _labels(sheet: str) -> dict[str, str]:
    return {text.strip().lower(): c.key for c in SHEETS[sheet] for text in (c.id, c.en)}


def _delimiter(header: str, sheet: str, given: str | None) -> str:
    """The given delimiter, else the one that splits the header into the most known columns."""
    if given:
        return given
    labels = _labels(sheet)

    def known(delimiter: str) -> int:
        return sum(part.strip().strip('"').lower() in labels for part in header.split(delimiter))

    return max(DELIMITERS, key=known)  # a tie keeps the first: the comma


def _unescape(value: str) -> str:
    """Undo export's `'` before text that a spreadsheet would run as a formula."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_STARTS) else value


def _csv_grid(name: str, text: str, delimiter: str, sheet: str, limits: SheetLimits) -> Grid:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    grid: Grid = {}
    row = 0
    last_row, last_column = limits.rows[sheet], limits.max_columns
    letters = [""]  # column letters, each computed once: a sheet has thousands of rows
    try:
        for row, values in enumerate(reader, start=1):
            cells: dict[int, Cell] | None = None
            for column, value in enumerate(values, start=1):
                if not value or value.isspace():
                    continue
                if column > last_column or row > last_row:
                    raise SheetErrors([_too_far(name, row, column, limits, sheet)])
                while len(letters) <= column:
                    letters.append(letter(len(letters)))
                if cells is None:
                    cells = grid[row] = {}
                cells[column] = Cell(
                    f"{name}!{letters[column]}{row}", _unescape(value), value.rstrip().endswith("%")
                )
    except csv.Error as exc:  # a field over the reader's 131,072 characters, a NUL, ...
        raise SheetErrors([msg("{name}:{line_num}: row {value}: cannot read it as CSV ({exc})", name=name, line_num=reader.line_num, value=row + 1, exc=exc)]) from None  # fmt: skip
    return grid


def read_csv(directory: Path, limits: SheetLimits, delimiter: str | None = None) -> SheetData:
    sheets: Records = {}
    record = None
    for sheet, name in [*FILES.items(), (RECORD_SHEET, RECORD_FILE)]:
        path = directory / name
        if not path.is_file():
            continue
        text = _decode(name, read_bounded(path, limits))
        header = text.split("\n", 1)[0]
        if sheet == RECORD_SHEET:  # written with commas; a spreadsheet may have saved it with `;`
            used = ";" if ";" in header and "," not in header else ","
            record = _record(_csv_grid(name, text, used, sheet, limits))
            continue
        used = _delimiter(header, sheet, delimiter)
        grid = _csv_grid(name, text, used, sheet, limits)
        try:
            sheets[sheet] = records(grid, name, sheet)
        except SheetErrors as exc:
            others = [d for d in DELIMITERS if d != used and d in header]
            if not others:
                raise
            used_, other = ("\\t" if d == "\t" else d for d in (used, others[0]))
            option = "tab" if others[0] == "\t" else others[0]
            raise SheetErrors([*exc.problems, msg("{name}:1: the header is read with the {delimiter} (`{used}`) as delimiter, but it holds `{other}`: is the file separated by {other_delimiter}s? (--delimiter '{option}')", name=name, delimiter=DELIMITERS[used], used=used_, other=other, other_delimiter=DELIMITERS[others[0]], option=option)]) from None  # fmt: skip
    return SheetData(sheets, record)


# -- rows -----------------------------------------------------------------------------------------


def records(grid: Grid, where: str, sheet: str) -> list[dict[str, Cell]]:
    """Rows as {column key: Cell}, columns found by their header in either language; a row
    whose key (program id, item id, program and indicator) repeats an earlier row's is an error."""
    header = grid.get(1)
    if not header:
        raise SheetErrors(
            [msg("{where}!A1: the header row is empty; it needs the column names", where=where)]
        )
    labels = _labels(sheet)
    positions: dict[str, int] = {}
    problems = []
    for index, cell in sorted(header.items()):
        key = labels.get(str(cell.value).strip().lower())
        if key is None:
            problems.append(
                msg(
                    "{where}: unknown column `{cell_value}`",
                    where=cell.where,
                    cell_value=shown(cell.value),
                )
            )
        else:
            positions[key] = index
    required = [c for c in SHEETS[sheet] if c.editable or c.key in KEYS[sheet]]
    after = letter(max(header) + 1)
    problems.extend(msg("{where}!{after}1: the column `{column}` / `{column_en}` is missing from "
                        "the header row", where=where, after=after, column=c.id, column_en=c.en)
                    for c in required if c.key not in positions)  # fmt: skip
    if problems:
        raise SheetErrors(problems)
    out: list[dict[str, Cell]] = []
    seen: dict[tuple[str, ...], int] = {}
    for number, row in sorted(grid.items()):
        if number == 1:
            continue
        record = {key: row.get(i, Cell(f"{where}!{letter(i)}{number}", None))
                  for key, i in positions.items()}  # fmt: skip
        names = tuple(_text(record[k]).strip() for k in KEYS[sheet])
        if names in seen:
            problems.append(msg("{where}: the same row as row {seen} (`{names}`); keep one", where=record[KEYS[sheet][0]].where, seen=seen[names], names=shown(' / '.join(names))))  # fmt: skip
            continue
        seen[names] = number
        out.append(record)
    if problems:
        raise SheetErrors(problems)
    return out
