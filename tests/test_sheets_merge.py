"""No silent overwrite: the export record, the three-way merge of agencies' sheets, and Excel's
traps (percentages, labels, enforced validation, print setup). Issue 15."""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO

from smartcity_cli.merge3 import SheetConflicts
from smartcity_cli.report import load_valid_plan
from smartcity_cli.sheets import SheetErrors
from smartcity_cli.sheets_import import ImportResult, run_import

PALU = REPO / "masterplans" / "palu.yaml"


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "smartcity_cli", *args], cwd=cwd,
                          env={**os.environ, "NO_COLOR": "1"}, capture_output=True, text=True,
                          check=False)  # fmt: skip


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    (tmp_path / "masterplans").mkdir()
    shutil.copy(PALU, tmp_path / "masterplans" / "palu.yaml")
    return tmp_path


def export(plans: Path, name: str = "base.xlsx", *extra: str) -> Path:
    result = run(plans, "export", "palu", "-o", name, *extra)
    assert result.returncode == 0, result.stderr
    return plans / name


def edit_cells(source: Path, target: Path, sheet: str, edits: dict[tuple[str, int], Any],
               *, formats: dict[tuple[str, int], str] | None = None) -> None:  # fmt: skip
    """Copy a workbook, setting cells by (row id, column number) as an officer would."""
    from openpyxl import load_workbook

    book = load_workbook(source)
    for row in book[sheet].iter_rows(min_row=2):
        for (rid, column), value in edits.items():
            if row[0].value == rid or (sheet == "ActionItems" and row[1].value == rid):
                row[column - 1].value = value
                if formats and (rid, column) in formats:
                    row[column - 1].number_format = formats[rid, column]
    book.save(target)


def importing(plans: Path, source: Path, **options: Any) -> ImportResult:
    path = plans / "masterplans" / "palu.yaml"
    _, plan = load_valid_plan(str(path), path.parent)
    options.setdefault("dry_run", True)
    return run_import(source, path, plan=plan, updated=dt.date(2024, 1, 1), **options)


def changes(result: ImportResult) -> list[tuple[str, str, str]]:
    return [(e.where, e.old, e.new) for e in result.edit.edits]


PROGRESS = 7  # column G of Programs


def test_two_agencies_sheets_from_one_export_merge(plans: Path) -> None:
    base = export(plans)
    edit_cells(base, plans / "a.xlsx", "Programs", {("GOV-03", PROGRESS): 80})
    edit_cells(base, plans / "b.xlsx", "Programs", {("LIV-04", PROGRESS): 90})
    first = run(
        plans, "import", "a.xlsx", "--into", "palu", "--updated", "2024-01-01", "--lang", "id"
    )
    assert first.returncode == 0 and "  GOV-03 kemajuan: 35% -> 80%\n" in first.stdout
    second = run(
        plans, "import", "b.xlsx", "--into", "palu", "--updated", "2024-01-02", "--lang", "id"
    )
    assert second.returncode == 0, second.stderr
    assert "  LIV-04 kemajuan: 40% -> 90%\n" in second.stdout and "GOV-03" not in second.stdout
    after = (plans / "masterplans" / "palu.yaml").read_text(encoding="utf-8")
    diff = [line for line in difflib.unified_diff(PALU.read_text(encoding="utf-8").splitlines(),
                                                  after.splitlines(), n=0, lineterm="")
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]  # fmt: skip
    assert diff == ["-revision: 3", "-updated: 2023-12-15", "+revision: 5", "+updated: 2024-01-02",
                    "-    progress: 35", "+    progress: 80",
                    "-    progress: 40", "+    progress: 90"]  # fmt: skip


def test_a_conflict_lists_the_cell_and_three_values_and_writes_nothing(plans: Path) -> None:
    base = export(plans)
    edit_cells(base, plans / "a.xlsx", "Programs", {("GOV-03", PROGRESS): 80})
    edit_cells(base, plans / "c.xlsx", "Programs", {("GOV-03", PROGRESS): 60})
    assert run(plans, "import", "a.xlsx", "--into", "palu").returncode == 0
    path = plans / "masterplans" / "palu.yaml"
    before = digest(path)
    result = run(plans, "import", "c.xlsx", "--into", "palu")
    assert result.returncode == 1
    assert result.stderr == (
        "error: c.xlsx!Programs!G4: GOV-03 progress: at export `35`, in the sheet `60`, in the "
        "plan now `80`\n1 conflict(s): the plan changed since the sheet was exported (revision 3 "
        "-> 4) in cells the sheet changed too; nothing was written. Export again and redo these "
        "cells, or take the sheet's values with --take-sheet.\n"
    )
    assert digest(path) == before
    taken = run(plans, "import", "c.xlsx", "--into", "palu", "--take-sheet", "--lang", "id")
    assert taken.returncode == 0 and "  GOV-03 kemajuan: 80% -> 60%\n" in taken.stdout


def test_an_edit_equal_to_the_plans_own_change_is_no_conflict(plans: Path) -> None:
    base = export(plans)
    edit_cells(base, plans / "a.xlsx", "Programs", {("GOV-03", PROGRESS): 80})
    assert run(plans, "import", "a.xlsx", "--into", "palu").returncode == 0
    assert changes(importing(plans, plans / "a.xlsx")) == []  # the same sheet again


def test_a_workbook_without_the_record_imports_with_a_warning(plans: Path) -> None:
    from openpyxl import load_workbook

    base = export(plans)
    book = load_workbook(base)
    book.remove(book["_smartcity"])
    book["Programs"]["G4"] = 55
    book.save(plans / "old.xlsx")
    result = importing(plans, plans / "old.xlsx")
    assert changes(result) == [("GOV-03 progress", "35", "55")]
    assert result.warnings == (
        "old.xlsx: warning: no export record (a sheet from before smartcity kept one, or its "
        "hidden record was removed): changes made to the plan since the export cannot be told "
        "from the sheet's old values, and the sheet's values replace the plan's wherever they "
        "differ",
    )


def test_a_record_of_another_plan_or_a_damaged_one_is_refused(plans: Path) -> None:
    from openpyxl import load_workbook

    base = export(plans)
    book = load_workbook(base)
    book["_smartcity"]["B2"] = "padang"
    book.save(plans / "other.xlsx")
    with pytest.raises(SheetErrors, match=r"other.xlsx!_smartcity!B2: the sheet was exported "
                       r"from the plan `padang`, not `palu`"):  # fmt: skip
        importing(plans, plans / "other.xlsx")
    book["_smartcity"]["B3"] = "three"
    book.save(plans / "damaged.xlsx")
    with pytest.raises(SheetErrors, match=r"damaged.xlsx!_smartcity!A1: the export record is "
                       "damaged"):  # fmt: skip
        importing(plans, plans / "damaged.xlsx")


def test_the_record_holds_revision_hash_and_each_editable_value(plans: Path) -> None:
    from openpyxl import load_workbook

    record = load_workbook(export(plans))["_smartcity"]
    assert record.sheet_state == "veryHidden"
    rows = [[c.value for c in row] for row in record.iter_rows()]
    # a sixth column holds the third key part of a Budget or IndicatorSeries row
    assert rows[:4] == [["smartcity-export", "1", None, None, None, None],
                        ["plan", "palu", None, None, None, None],
                        ["revision", "3", None, None, None, None],
                        ["sha256", digest(PALU), None, None, None, None]]  # fmt: skip
    assert ["Programs", "GOV-03", None, "progress", "35", None] in rows
    assert ["Indicators", "GOV-01", "Dataset OPD terbit", "actual", "640", None] in rows
    assert ["ActionItems", "K01", None, "done", "true", None] in rows


def test_a_percent_formatted_cell_holds_a_fraction_of_one_hundred(plans: Path) -> None:
    base = export(plans)
    edit_cells(base, plans / "p.xlsx", "Programs", {("GOV-04", PROGRESS): 0.7},
               formats={("GOV-04", PROGRESS): "0%"})  # fmt: skip
    assert changes(importing(plans, plans / "p.xlsx")) == [("GOV-04 progress", "40", "70")]


def test_a_fraction_without_the_percent_format_is_located(plans: Path) -> None:
    base = export(plans)
    edit_cells(base, plans / "f.xlsx", "Programs", {("GOV-04", PROGRESS): 0.7})
    with pytest.raises(SheetErrors) as caught:
        importing(plans, plans / "f.xlsx")
    assert caught.value.problems == [
        "f.xlsx!Programs!G5: progress 0.7 is a fraction in a cell that is not formatted as a "
        "percentage: write 70 for 70%, or format the cell as a percentage"
    ]


def test_indonesian_labels_are_shown_and_labels_and_codes_are_understood(plans: Path) -> None:
    from openpyxl import load_workbook

    base = export(plans)
    book = load_workbook(base)
    programs = book["Programs"]
    assert [c.value for c in programs[4]][:7] == [
        "GOV-03", "Kelurahan cerdas di 46 kelurahan", "governance", "diskominfo",
        "jangka menengah", "berjalan", 35,
    ]  # fmt: skip
    assert {c.value for (c,) in book["ActionItems"].iter_rows(min_row=2, min_col=4)} == {
        "ya",
        "tidak",
    }
    edit_cells(
        base, plans / "l.xlsx", "Programs", {("GOV-03", 6): "tertunda", ("GOV-04", 6): "Delayed"}
    )
    edit_cells(plans / "l.xlsx", plans / "l.xlsx", "ActionItems", {("K01", 4): "tidak"})
    assert changes(importing(plans, plans / "l.xlsx")) == [
        ("GOV-03 status", "running", "delayed"), ("GOV-04 status", "running", "delayed"),
        ("K01 done", "true", "false"),
    ]  # fmt: skip
    english = load_workbook(export(plans, "en.xlsx", "--lang", "en"))["Programs"]
    assert [c.value for c in english[4]][4:6] == ["medium term", "running"]


def test_validation_is_enforced_with_a_prompt_in_the_plans_language(plans: Path) -> None:
    from openpyxl import load_workbook

    rules = {
        str(dv.sqref): dv
        for dv in load_workbook(export(plans))["Programs"].data_validations.dataValidation
    }
    assert sorted(rules) == ["C2:C71", "F2:F71", "G2:G71"]
    status, progress = rules["F2:F71"], rules["G2:G71"]
    assert status.formula1 == '"direncanakan,berjalan,selesai,tertunda,dibatalkan"'
    assert (progress.type, progress.operator, progress.formula1, progress.formula2) == (
        "decimal", "between", "0", "100")  # fmt: skip
    for rule in rules.values():
        assert rule.showErrorMessage and rule.errorStyle == "stop" and rule.showInputMessage
    assert (
        status.prompt == "Pilih dari daftar: direncanakan, berjalan, selesai, tertunda, dibatalkan."
    )
    assert progress.prompt == "Angka 0 sampai 100 (persen), mis. 70."
    english = load_workbook(export(plans, "en.xlsx", "--lang", "en"))["Programs"]
    assert {dv.prompt for dv in english.data_validations.dataValidation} >= {
        "A number 0 to 100 (percent), e.g. 70."}  # fmt: skip


def test_every_sheet_prints_landscape_on_a4_fit_to_width_with_the_header_repeated(
    plans: Path,
) -> None:
    from openpyxl import load_workbook

    book = load_workbook(export(plans))
    for name in ("Programs", "ActionItems", "Indicators", "Targets"):
        ws = book[name]
        setup = ws.page_setup
        assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == (
            "landscape", 9, 1, 0)  # fmt: skip
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True
        assert ws.print_title_rows == "$1:$1"


def test_a_repeated_row_is_an_error(plans: Path) -> None:
    from openpyxl import load_workbook

    book = load_workbook(export(plans))
    ws = book["Programs"]
    ws.append([c.value for c in ws[4]])  # GOV-03 again, at row 72
    book.save(plans / "dup.xlsx")
    with pytest.raises(SheetErrors) as caught:
        importing(plans, plans / "dup.xlsx")
    assert caught.value.problems == [
        "dup.xlsx!Programs!A72: the same row as row 4 (`GOV-03`); keep one"
    ]


def test_conflicts_come_from_the_core_as_values(plans: Path) -> None:
    base = export(plans)
    edit_cells(base, plans / "a.xlsx", "Programs", {("GOV-03", 8): "catatan A"})
    edit_cells(base, plans / "b.xlsx", "Programs", {("GOV-03", 8): "catatan B"})
    importing(plans, plans / "a.xlsx", dry_run=False)
    with pytest.raises(SheetConflicts) as caught:
        importing(plans, plans / "b.xlsx")
    [conflict] = caught.value.conflicts
    assert (conflict.where, conflict.what, conflict.base, conflict.sheet, conflict.plan) == (
        "b.xlsx!Programs!H4", "GOV-03 note", "", "catatan B", "catatan A")  # fmt: skip


def test_the_sheet_problems_and_conflicts_are_said_in_indonesian(plans: Path) -> None:
    """The same located problem and the same conflict, as an Indonesian officer reads them."""
    from smartcity_cli.messages import say

    base = export(plans)
    edit_cells(base, plans / "f.xlsx", "Programs", {("GOV-04", PROGRESS): 0.7})
    with pytest.raises(SheetErrors) as caught:
        importing(plans, plans / "f.xlsx")
    assert say(caught.value.args[0], "id") == (
        "f.xlsx!Programs!G5: kemajuan 0.7 adalah pecahan di sel yang tidak berformat "
        "persentase: tulis 70 untuk 70%, atau format selnya sebagai persentase\n"
        "1 masalah di lembar; tidak ada yang ditulis"
    )
    ran = run(plans, "import", "f.xlsx", "--into", "palu", "--lang", "id")
    assert ran.returncode == 1
    assert "galat: f.xlsx!Programs!G5: kemajuan 0.7 adalah pecahan" in ran.stderr


@pytest.mark.parametrize("edited", [False, True])
def test_a_plan_with_errors_is_refused_with_its_own_findings(plans: Path, edited: bool) -> None:
    """The plan is read once, by the editor; its semantic errors are still reported (and
    nothing written) whether the sheet changes something or not."""
    base = export(plans)
    path = plans / "masterplans" / "palu.yaml"
    text = path.read_text(encoding="utf-8")
    marker = "  - id: GOV-03\n"
    head, tail = text.split(marker, 1)
    path.write_text(
        head + marker + tail.replace("    status: running", "    status: planned", 1),
        encoding="utf-8",
    )  # planned with progress 35: progress-status
    before = digest(path)
    sheet = base
    if edited:
        sheet = plans / "e.xlsx"
        edit_cells(base, sheet, "Programs", {("LIV-04", PROGRESS): 90})
    result = run(plans, "import", sheet.name, "--into", "palu")
    assert result.returncode == 1
    assert "[progress-status] program GOV-03 is planned but its progress is 35" in result.stderr
    assert digest(path) == before
