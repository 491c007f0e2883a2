"""The import command's core: a workbook or CSV directory -> checked edits -> one revision.

Every problem in the sheet is collected and reported with its cell before any edit lands;
conflicts with changes made to the plan since the export stop the import (see merge3). The
edits go through the same comment-keeping editor as `smartcity set`.
"""

from __future__ import annotations

import datetime as dt
import gc
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smartcity_cli import sheets_budget
from smartcity_cli.diff import DiffResult
from smartcity_cli.editing import PlanEditor
from smartcity_cli.errors import PlanInvalidError, UsageError
from smartcity_cli.merge3 import (
    CellKey,
    Conflict,
    ExportRecord,
    SheetConflicts,
    decide,
    parse_record,
)
from smartcity_cli.messages import msg
from smartcity_cli.model import Masterplan
from smartcity_cli.setcmd import EditResult, PlanText, finish
from smartcity_cli.sheets import (
    KEYS,
    RECORD_FILE,
    RECORD_SHEET,
    SHEETS,
    SheetErrors,
    editable_values,
    shown,
)
from smartcity_cli.sheets_limits import SheetLimits
from smartcity_cli.sheets_read import Records, SheetData, read_csv, read_xlsx
from smartcity_cli.sheets_values import CellProblem, Reader
from smartcity_cli.validate import validate_document


@dataclass(frozen=True)
class ImportResult:
    edit: EditResult
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class Change:
    cell: CellKey
    value: Any


def _exists(plan: Masterplan) -> dict[str, set[tuple[str, ...]]]:
    return {
        "Programs": {(p.id,) for p in plan.programs},
        "ActionItems": {(i.id,) for a in plan.action_plans for i in a.items},
        "Indicators": {(p.id, ind.name) for p in plan.programs for ind in p.indicators},
    }


def _missing(sheet: str, key: tuple[str, ...]) -> str:
    if sheet == "Programs":
        return msg("no program `{program}` in the plan", program=shown(key[0]))
    if sheet == "ActionItems":
        return msg("no action-plan item `{item}` in the plan", item=shown(key[0]))
    return msg("program `{program}` has no indicator `{indicator}`", program=shown(key[0]),
               indicator=shown(key[1]))  # fmt: skip


def plan_changes(
    plan: Masterplan, sheets: Records, record: ExportRecord | None, *, take_sheet: bool
) -> list[Change]:
    """The edits an import makes; SheetErrors for unreadable cells, SheetConflicts for cells
    changed in both the sheet and the plan (unless ``take_sheet``)."""
    reader, exists, current = Reader(plan), _exists(plan), editable_values(plan)
    problems: list[str] = []
    conflicts: list[Conflict] = []
    changes: list[Change] = []
    for sheet, rows in sheets.items():
        if sheet not in exists:
            continue  # Targets: read-only
        editable = [c.key for c in SHEETS[sheet] if c.editable]
        for row in rows:
            key = tuple("" if row[k].value is None else str(row[k].value).strip()
                        for k in KEYS[sheet])  # fmt: skip
            if key not in exists[sheet]:
                problems.append(
                    msg(
                        "{where}: {missing}",
                        where=row[KEYS[sheet][-1]].where,
                        missing=_missing(sheet, key),
                    )
                )
                continue
            for column in editable:
                cell, ours = (sheet, key, column), current[sheet, key, column]
                base = record.values.get(cell) if record else None
                try:
                    value = reader.read(column, row[column], known={ours, base or ours})
                except CellProblem as exc:
                    problems.append(
                        msg("{where}: {problem}", where=row[column].where, problem=exc.args[0])
                    )
                    continue
                if value is None:
                    continue
                verdict = decide(base, value.text, ours)
                if verdict == "conflict" and not take_sheet:
                    conflicts.append(Conflict(row[column].where, f"{' '.join(key)} {column}",
                                              base or "", value.text, ours))  # fmt: skip
                elif verdict != "keep":
                    changes.append(Change(cell, value.typed))
    if problems:
        raise SheetErrors(problems)
    if conflicts:
        assert record is not None  # only a record can tell a conflict
        raise SheetConflicts(conflicts, record, plan.revision)
    return changes


def _apply(editor: PlanEditor, changes: list[Change]) -> None:
    for change in changes:
        sheet, key, column = change.cell
        if sheet == "Programs":
            editor.set_program(key[0], column, change.value)
        elif sheet == "ActionItems":
            editor.set_item_done(key[0], change.value)
        else:
            editor.set_actual(key[0], key[1], change.value)


def _record(
    data: SheetData, source: Path, plan: Masterplan
) -> tuple[ExportRecord | None, list[str]]:
    if data.record is None:
        return None, [
            msg("{name}: warning: no export record (a sheet from before smartcity kept one, "
                "or its hidden record was removed): changes made to the plan since the export "
                "cannot be told from the sheet's old values, and the sheet's values replace the "
                "plan's wherever they differ", name=source.name)
        ]  # fmt: skip
    where = f"{source.name}!{RECORD_SHEET}" if source.is_file() else f"{source.name}/{RECORD_FILE}"
    record = parse_record(data.record, where)
    if record.plan != plan.region.slug:
        raise SheetErrors([msg("{where}!B2: the sheet was exported from the plan `{plan}`, not `{slug}`", where=where, plan=shown(record.plan), slug=plan.region.slug)])  # fmt: skip
    return record, []


def run_import(
    source: Path,
    into: Path,
    *,
    plan: Masterplan | None = None,
    updated: dt.date,
    dry_run: bool,
    take_sheet: bool = False,
    delimiter: str | None = None,
) -> ImportResult:
    """Apply a workbook (or a CSV directory) to the plan file ``into``; one revision for all.

    The plan is read once, by the comment-keeping editor, and its structure checked; the
    result of the edit is validated in full (setcmd.finish), and when it has errors the
    original's own errors are reported if it has any, so a plan with errors is never
    written. ``plan`` (tests) compares the sheet with a model given from outside.
    """
    collecting = gc.isenabled()
    gc.disable()  # as in setcmd.edit_plan: two documents of plain data, no cycles to collect
    try:
        return _run_import(source, into, plan=plan, updated=updated, dry_run=dry_run,
                           take_sheet=take_sheet, delimiter=delimiter)  # fmt: skip
    finally:
        if collecting:
            gc.enable()


def _run_import(
    source: Path,
    into: Path,
    *,
    plan: Masterplan | None,
    updated: dt.date,
    dry_run: bool,
    take_sheet: bool,
    delimiter: str | None,
) -> ImportResult:
    form = PlanText.read(into)
    editor = PlanEditor(form.text, str(into))  # raises on a plan that does not load
    if plan is None:
        assert editor.plan is not None  # PlanEditor raised on structural errors
        plan = editor.plan
    limits = SheetLimits.for_plan(plan, len(form.text.encode("utf-8")))
    data = read_csv(source, limits, delimiter) if source.is_dir() else read_xlsx(source, limits)
    if not data.sheets:
        raise UsageError(
            msg(
                "{source}: none of the sheets {SHEETS} is there",
                source=source,
                SHEETS=", ".join(SHEETS),
            )
        )
    record, warnings = _record(data, source, plan)
    problems: list[str] = []
    conflicts: list[Conflict] = []
    money = sheets_budget.money_changes(plan, data.sheets, problems, record, conflicts,
                                        take_sheet=take_sheet)  # fmt: skip
    try:
        changes = plan_changes(plan, data.sheets, record, take_sheet=take_sheet)
    except SheetErrors as exc:
        raise SheetErrors(exc.problems + problems) from None
    except SheetConflicts as exc:  # problems first: a conflict is only told of a readable sheet
        if problems:
            raise SheetErrors(problems) from None
        conflicts[:0] = exc.conflicts
    if problems:
        raise SheetErrors(problems)
    if conflicts:
        assert record is not None  # only a record can tell a conflict
        raise SheetConflicts(conflicts, record, plan.revision)
    if not changes and not money:  # nothing to edit; a plan with errors still says so
        own = [f for f in validate_document(editor.document, into.stem).findings if f.is_error]
        if own:
            raise PlanInvalidError(own)
        return ImportResult(
            EditResult(into, (), DiffResult((), (), ()), False, (), plan.language), tuple(warnings)
        )
    _apply(editor, changes)
    for kind, args in money:
        sheets_budget.apply_money_change(editor, kind, args)
    return ImportResult(
        finish(into, form, editor, updated=updated, dry_run=dry_run), tuple(warnings)
    )
