"""The three-way merge of an imported sheet: the value at export, in the sheet, in the plan.

A workbook records what it was exported from (see sheets_export.record_rows). For each
editable cell:

- unchanged in the sheet (sheet == export): ignored, whatever the plan holds now;
- changed in the sheet, unchanged in the plan since the export: applied;
- changed in both, to the same value: nothing to do;
- changed in both to different values: a conflict, listed with the cell and the three
  values; nothing is written unless the officer chose to take the sheet's side.

So several agencies' sheets from one export merge: each brings only what it changed. A
sheet without a record (from before the record existed) cannot tell its edits from stale
values; its values are applied where they differ, with a warning saying so.
"""

from __future__ import annotations

from dataclasses import dataclass

from smartcity_cli.errors import SmartcityError
from smartcity_cli.messages import Joined, Msg, msg
from smartcity_cli.sheets import KEYS, SheetErrors, shown

CellKey = tuple[str, tuple[str, ...], str]  # (sheet, row key, column key)


@dataclass(frozen=True)
class ExportRecord:
    plan: str  # the region's slug
    revision: int
    sha256: str  # of the plan file's bytes at export
    values: dict[CellKey, str]  # each editable cell's canonical value at export


def parse_record(rows: list[list[str]], where: str) -> ExportRecord:
    """The record's rows (sheet, key, key2, column, value[, key3]) -> ExportRecord, or
    SheetErrors. A third key part (Budget, IndicatorSeries) is in the sixth column."""
    head = {row[0]: row[1] for row in rows[:4]}
    if not rows or rows[0][:2] != ["smartcity-export", "1"] or set(head) != {
        "smartcity-export", "plan", "revision", "sha256"
    } or not head["revision"].isdigit():  # fmt: skip
        raise SheetErrors([msg("{where}!A1: the export record is damaged or from a newer smartcity; export the plan again", where=where)])  # fmt: skip
    values: dict[CellKey, str] = {}
    for row in rows[4:]:
        sheet, key, key2, column, value = row[:5]
        parts = (key, key2, row[5] if len(row) > 5 else "")
        size = len(KEYS[sheet]) if sheet in KEYS else (2 if key2 else 1)
        values[sheet, parts[:size], column] = value
    return ExportRecord(head["plan"], int(head["revision"]), head["sha256"], values)


@dataclass(frozen=True)
class Conflict:
    where: str  # the sheet's cell
    what: str  # "GOV-03 progress"
    base: str
    sheet: str
    plan: str

    def __str__(self) -> str:
        def show(value: str) -> str:
            return f"`{shown(value, 60)}`" if value else "(empty)"

        return self.message()

    def message(self) -> Msg:
        def show(value: str) -> Msg:
            return msg("`{value}`", value=shown(value, 60)) if value else msg("(empty)")

        return msg("{where}: {what}: at export {base}, in the sheet {sheet}, in the plan now {plan}",
                   where=self.where, what=shown(self.what), base=show(self.base),
                   sheet=show(self.sheet), plan=show(self.plan))  # fmt: skip


class SheetConflicts(SmartcityError):
    """Cells changed both in the sheet and in the plan since the export; nothing was written."""

    one_problem_a_line = True  # cell text in it is escaped by shown(); cli keeps the breaks

    def __init__(self, conflicts: list[Conflict], record: ExportRecord, revision: int) -> None:
        self.conflicts = conflicts
        lines: list[object] = [c.message() for c in conflicts]
        lines.append(
            msg("{count} conflict(s): the plan changed since the sheet was exported "
                "(revision {exported} -> {revision}) in cells the sheet changed too; "
                "nothing was written. Export again and redo these cells, or take the sheet's "
                "values with --take-sheet.", count=len(conflicts), exported=record.revision,
                revision=revision)
        )  # fmt: skip
        super().__init__(Joined(lines))


def decide(base: str | None, sheet: str, plan: str) -> str:
    """`apply`, `keep` (nothing to do) or `conflict` for one cell."""
    if base is None:  # no record: the sheet's value wins where it differs
        return "keep" if sheet == plan else "apply"
    if sheet in (base, plan):
        return "keep"
    return "apply" if plan == base else "conflict"
