"""The Budget and IndicatorSeries sheets: exported, edited, imported; bad cells located and
nothing written; a round trip without edits byte-identical."""

from __future__ import annotations

import shutil
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
