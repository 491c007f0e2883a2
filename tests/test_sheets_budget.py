"""The Budget and IndicatorSeries sheets: exported, edited, imported; bad cells located and
nothing written; a round trip without edits byte-identical."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import REPO
from test_sheets import changed_lines, digest, run

SAMPLE = REPO / "masterplans" / "padang-panjang.yaml"


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    (tmp_path / "masterplans").mkdir()
    shutil.copy(SAMPLE, tmp_path / "masterplans" / "padang-panjang.yaml")
    return tmp_path


def test_round_trip_without_edits_is_byte_identical(plans: Path) -> None:
    plan = plans / "masterplans" / "padang-panjang.yaml"
    before = digest(plan)
    assert run(plans, "export", "padang-panjang", "-o", "pp.xlsx").returncode == 0
    result = run(plans, "import", "pp.xlsx", "--into", "padang-panjang")
    assert result.returncode == 0, result.stderr
    assert run(plans, "export", "padang-panjang", "-o", "csv", "--format", "csv").returncode == 0
    assert run(plans, "import", "csv", "--into", "padang-panjang").returncode == 0
    assert digest(plan) == before
    assert (plans / "csv" / "budget.csv").read_text(encoding="utf-8-sig").splitlines()[:3] == [
        "ID program,Tahun,Sumber dana,Pagu (Rp),Realisasi (Rp)",
        "GOV-01,2019,APBD,1200000000,1150000000",
        "GOV-01,2020,APBD,1000000000,980000000",
    ]
    series = (plans / "csv" / "indicator_series.csv").read_text(encoding="utf-8-sig")
    assert "GOV-04,Waktu rata-rata penerbitan izin,2023,3,2.5\n" in series


def test_import_sets_realised_money_and_a_yearly_actual(plans: Path) -> None:
    from openpyxl import load_workbook

    plan = plans / "masterplans" / "padang-panjang.yaml"
    before = plan.read_text(encoding="utf-8")
    assert run(plans, "export", "padang-panjang", "-o", "pp.xlsx").returncode == 0
    book = load_workbook(plans / "pp.xlsx")
    budget, series = book["Budget"], book["IndicatorSeries"]
    rows = {(r[0].value, r[1].value, r[2].value): r for r in budget.iter_rows(min_row=2)}
    rows[("GOV-02", 2024, "KPBU")][4].value = 650000000
    points = {(r[0].value, r[2].value): r for r in series.iter_rows(min_row=2)}
    points[("GOV-02", 2025)][4].value = 35
    book.save(plans / "pp.xlsx")
    result = run(plans, "import", "pp.xlsx", "--into", "padang-panjang", "--updated", "2024-12-01")
    assert result.returncode == 0, result.stderr
    after = plan.read_text(encoding="utf-8")
    assert changed_lines(before, after) == [
        "-revision: 7", "-updated: 2024-11-13", "+revision: 8", "+updated: 2024-12-01",
        "-      - {year: 2024, source: KPBU, allocated: 700000000}",
        "+      - {year: 2024, source: KPBU, allocated: 700000000, realised: 650000000}",
        "-          2025: {target: 36}",
        "+          2025: {target: 36, actual: 35}",
    ]  # fmt: skip
    assert run(plans, "validate", "masterplans/padang-panjang.yaml").returncode == 0


@pytest.mark.parametrize(("sheet", "row", "col", "value", "message"), [
    ("Budget", 2, 5, "banyak", "pp.xlsx!Budget!E2: `banyak` is not a number"),
    ("Budget", 2, 5, -5, "pp.xlsx!Budget!E2: realised -5 is negative"),
    ("Budget", 2, 2, 2031, "pp.xlsx!Budget!A2: GOV-01 has no APBD budget line for 2031"),
    ("IndicatorSeries", 2, 3, 2030,
     "pp.xlsx!IndicatorSeries!B2: `Layanan terintegrasi ke Pusat Kendali` of GOV-02 has no "
     "series year 2030"),
])  # fmt: skip
def test_bad_cells_are_located_and_nothing_is_written(
    plans: Path, sheet: str, row: int, col: int, value: object, message: str
) -> None:
    from openpyxl import load_workbook

    plan = plans / "masterplans" / "padang-panjang.yaml"
    before = digest(plan)
    assert run(plans, "export", "padang-panjang", "-o", "pp.xlsx").returncode == 0
    book = load_workbook(plans / "pp.xlsx")
    book[sheet].cell(row=row, column=col).value = value
    book.save(plans / "pp.xlsx")
    result = run(plans, "import", "pp.xlsx", "--into", "padang-panjang")
    assert result.returncode != 0
    assert message in result.stderr, result.stderr
    assert "nothing was written" in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(plan) == before


REALISED, ACTUAL = 5, 5  # column E of Budget and of IndicatorSeries


def _edited(plans: Path, name: str, sheet: str, row_key: tuple[object, ...], value: object) -> str:
    """A copy of pp.xlsx with one editable cell changed, the row found by its key columns."""
    from openpyxl import load_workbook

    book = load_workbook(plans / "pp.xlsx")
    width = len(row_key)
    [row] = [r for r in book[sheet].iter_rows(min_row=2)
             if tuple(c.value for c in r[:width]) == row_key]  # fmt: skip
    row[REALISED - 1 if sheet == "Budget" else ACTUAL - 1].value = value
    book.save(plans / name)
    return name


def _import(plans: Path, name: str, updated: str) -> subprocess.CompletedProcess[str]:
    return run(plans, "import", name, "--into", "padang-panjang", "--updated", updated)


# Budget rows by (program, year, source); IndicatorSeries rows by (program, name, year)
GOV01_2019 = ("GOV-01", 2019, "APBD")  # realised 1150000000 at export
GOV01_2020 = ("GOV-01", 2020, "APBD")  # realised 980000000 at export
IZIN_2023 = ("GOV-04", "Waktu rata-rata penerbitan izin", 2023)  # actual 2.5 at export


@pytest.mark.parametrize(("sheet", "first", "second", "lines"), [
    ("Budget", (GOV01_2019, 1160000000), (GOV01_2020, 990000000), [
        "-      - {year: 2019, source: APBD, allocated: 1200000000, realised: 1150000000}",
        "-      - {year: 2020, source: APBD, allocated: 1000000000, realised: 980000000}",
        "+      - {year: 2019, source: APBD, allocated: 1200000000, realised: 1160000000}",
        "+      - {year: 2020, source: APBD, allocated: 1000000000, realised: 990000000}",
    ]),
    ("IndicatorSeries", (IZIN_2023, 2.4),
     (("GOV-02", "Layanan terintegrasi ke Pusat Kendali", 2025), 35), [
        "-          2025: {target: 36}", "+          2025: {target: 36, actual: 35}",
        "-          2023: {target: 3, actual: 2.5}", "+          2023: {target: 3, actual: 2.4}",
    ]),
])  # fmt: skip
def test_two_agencies_money_sheets_from_one_export_merge(
    plans: Path, sheet: str, first: tuple, second: tuple, lines: list[str]
) -> None:
    plan = plans / "masterplans" / "padang-panjang.yaml"
    before = plan.read_text(encoding="utf-8")
    assert run(plans, "export", "padang-panjang", "-o", "pp.xlsx").returncode == 0
    a = _edited(plans, "a.xlsx", sheet, *first)
    b = _edited(plans, "b.xlsx", sheet, *second)
    assert _import(plans, a, "2024-12-01").returncode == 0
    result = _import(plans, b, "2024-12-02")  # b's untouched copy of a's cell is no edit
    assert result.returncode == 0, result.stderr
    assert changed_lines(before, plan.read_text(encoding="utf-8")) == [
        "-revision: 7", "-updated: 2024-11-13", "+revision: 9", "+updated: 2024-12-02", *lines
    ]  # fmt: skip


@pytest.mark.parametrize(("sheet", "key", "ours", "theirs", "message"), [
    ("Budget", GOV01_2019, 1160000000, 1170000000,
     "error: c.xlsx!Budget!E2: GOV-01 2019 APBD realised: at export `1150000000`, in the sheet "
     "`1170000000`, in the plan now `1160000000`\n"),
    ("IndicatorSeries", IZIN_2023, 2.4, 2.2,
     "error: c.xlsx!IndicatorSeries!E{row}: GOV-04 Waktu rata-rata penerbitan izin 2023 actual: "
     "at export `2.5`, in the sheet `2.2`, in the plan now `2.4`\n"),
])  # fmt: skip
def test_a_money_cell_changed_in_both_is_a_conflict_and_nothing_is_written(
    plans: Path, sheet: str, key: tuple, ours: object, theirs: object, message: str
) -> None:
    from openpyxl import load_workbook

    plan = plans / "masterplans" / "padang-panjang.yaml"
    assert run(plans, "export", "padang-panjang", "-o", "pp.xlsx").returncode == 0
    rows = [
        tuple(c.value for c in r[: len(key)])
        for r in load_workbook(plans / "pp.xlsx")[sheet].iter_rows(min_row=2)
    ]
    a = _edited(plans, "a.xlsx", sheet, key, ours)
    c = _edited(plans, "c.xlsx", sheet, key, theirs)
    assert _import(plans, a, "2024-12-01").returncode == 0
    before = digest(plan)
    result = _import(plans, c, "2024-12-02")
    assert result.returncode == 1
    assert result.stderr == message.format(row=rows.index(key) + 2) + (
        "1 conflict(s): the plan changed since the sheet was exported (revision 7 -> 8) in "
        "cells the sheet changed too; nothing was written. Export again and redo these cells, "
        "or take the sheet's values with --take-sheet.\n"
    )
    assert digest(plan) == before
    taken = run(plans, "import", "c.xlsx", "--into", "padang-panjang", "--take-sheet")
    assert taken.returncode == 0, taken.stderr
    assert digest(plan) != before
