"""Meeting officers where they work: set, export/import (xlsx and CSV), new."""

from __future__ import annotations

import difflib
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

PALU = REPO / "masterplans" / "palu.yaml"


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "smartcity_cli", *args], cwd=cwd,
                          env={**os.environ, "NO_COLOR": "1"}, capture_output=True, text=True,
                          check=False)  # fmt: skip


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    (tmp_path / "masterplans").mkdir()
    shutil.copy(PALU, tmp_path / "masterplans" / "palu.yaml")
    return tmp_path


def changed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), n=0, lineterm="")
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]  # fmt: skip


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_set_touches_only_the_changed_lines(plans: Path) -> None:
    before = PALU.read_text(encoding="utf-8")
    result = run(plans, "set", "--lang", "id", "palu", "GOV-01", "--status", "completed", "--progress", "100",
                 "--actual", "Dataset OPD terbit=700", "--note", "Selesai: 700 dataset terbit.",
                 "--updated", "2024-03-01")  # fmt: skip
    assert result.returncode == 0, result.stderr
    after = (plans / "masterplans" / "palu.yaml").read_text(encoding="utf-8")
    assert changed_lines(before, after) == [
        "-revision: 3", "-updated: 2023-12-15", "+revision: 4", "+updated: 2024-03-01",
        "-    status: running", "-    progress: 70",
        "+    status: completed", "+    progress: 100", "+    note: 'Selesai: 700 dataset terbit.'",
        "-      - {name: Dataset OPD terbit, unit: dataset, baseline: 60, target: 900, actual: 640}",
        "+      - {name: Dataset OPD terbit, unit: dataset, baseline: 60, target: 900, actual: 700}",
    ]  # fmt: skip
    assert result.stdout == (  # each change once, in the plan's language (Indonesian)
        "Kota Palu: masterplans/palu.yaml\n"
        "  Revisi 3 -> 4, diperbarui 15 Desember 2023 -> 1 Maret 2024\n"
        "  GOV-01 status: berjalan -> selesai\n"
        "  GOV-01 kemajuan: 70% -> 100%\n"
        "  GOV-01 realisasi Dataset OPD terbit: 640 -> 700\n"
        "  GOV-01 catatan: – -> Selesai: 700 dataset terbit.\n"
        "  Rata-rata kemajuan: 62,25% -> 62,68%\n"
        "masterplans/palu.yaml: ditulis\n"
    )
    assert run(plans, "validate", "masterplans/palu.yaml").returncode == 0


def test_set_writes_nothing_when_the_result_would_be_invalid(plans: Path) -> None:
    path = plans / "masterplans" / "palu.yaml"
    before = digest(path)
    result = run(plans, "set", "palu", "GOV-01", "--status", "completed")  # progress stays 70
    assert result.returncode == 1
    assert "[progress-status] program GOV-01 is completed but its progress is 70" in result.stderr
    assert digest(path) == before
    unknown = run(plans, "set", "palu", "GOV-99", "--status", "running")
    assert unknown.returncode == 1 and "no program `GOV-99`" in unknown.stderr
    assert run(plans, "set", "palu", "GOV-01").returncode == 2  # nothing to set
    assert run(plans, "set", "palu", "GOV-01", "--progress", "120").returncode == 2
    assert digest(path) == before


def test_set_keeps_a_bom_and_crlf(plans: Path) -> None:
    path = plans / "masterplans" / "palu.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + PALU.read_bytes().replace(b"\n", b"\r\n"))
    assert (
        run(
            plans, "set", "palu", "GOV-01", "--progress", "75", "--updated", "2024-01-02"
        ).returncode
        == 0
    )
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n    progress: 75\r\n" in data
    assert data.count(b"\n") == data.count(b"\r\n")


def test_export_then_import_without_edits_changes_nothing(plans: Path) -> None:
    path = plans / "masterplans" / "palu.yaml"
    before = digest(path)
    assert run(plans, "export", "palu", "-o", "palu.xlsx").returncode == 0
    result = run(plans, "import", "--lang", "id", "palu.xlsx", "--into", "palu")
    assert result.returncode == 0 and "tidak ada yang berubah" in result.stdout
    assert digest(path) == before
    assert run(plans, "export", "palu", "-o", "csv", "--format", "csv").returncode == 0
    assert run(plans, "import", "--lang", "id", "csv", "--into", "palu").stdout.endswith(
        "tidak ada yang berubah\n"
    )
    assert digest(path) == before


def test_export_edit_import(plans: Path) -> None:
    from openpyxl import load_workbook

    path = plans / "masterplans" / "palu.yaml"
    before = path.read_text(encoding="utf-8")
    assert run(plans, "export", "palu", "-o", "palu.xlsx").returncode == 0
    book = load_workbook(plans / "palu.xlsx")
    programs = book["Programs"]
    assert programs.freeze_panes == "A2"
    assert [c.value for c in programs[1]] == ["ID", "Program", "Pilar", "OPD", "Jangka", "Status",
                                              "Kemajuan (%)", "Catatan"]  # fmt: skip
    assert programs["A1"].comment is not None and programs["F1"].comment is None  # read-only marked
    assert {str(dv.sqref).split(":")[0] for dv in programs.data_validations.dataValidation} >= {
        "C2",
        "F2",
    }
    rows = {row[0].value: row for row in programs.iter_rows(min_row=2)}
    rows["GOV-02"][5].value = "completed"  # three statuses
    rows["GOV-02"][6].value = 100
    rows["GOV-03"][5].value = "delayed"
    rows["ENV-01"][5].value = "cancelled"
    indicators = book["Indicators"]
    first = next(indicators.iter_rows(min_row=2))  # one indicator
    first[5].value = 700
    book.save(plans / "palu.xlsx")
    result = run(
        plans, "import", "--lang", "id", "palu.xlsx", "--into", "palu", "--updated", "2024-03-01"
    )
    assert result.returncode == 0, result.stderr
    after = path.read_text(encoding="utf-8")
    changes = changed_lines(before, after)
    assert len(changes) == 14  # revision, updated, 3 statuses, one progress, one actual: old + new
    assert "+revision: 4" in changes and "+updated: 2024-03-01" in changes
    assert sum(line.startswith("+    status: ") for line in changes) == 3
    assert sum(1 for line in before.splitlines() if line.lstrip().startswith("#")) == sum(
        1 for line in after.splitlines() if line.lstrip().startswith("#")
    )  # comments survive
    assert "Realisasi program: 72,86% -> " in result.stdout  # the figures moved with the edits
    assert "realisasi" not in result.stderr


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda ws: ws.cell(2, 1, "GOV-99"), "palu.xlsx!Programs!A2: no program `GOV-99` in the plan"),
        (lambda ws: ws.cell(3, 6, "finished"), "palu.xlsx!Programs!F3: status `finished` is not one of"),
        (lambda ws: ws.cell(4, 7, 120), "palu.xlsx!Programs!G4: progress 120 is out of range 0..100"),
        (lambda ws: ws.merge_cells("B5:C5"), "palu.xlsx!Programs!B5: merged cells; unmerge them"),
        (lambda ws: setattr(ws["F1"], "value", None), "palu.xlsx!Programs!I1: the column `Status` / `Status` is missing"),
    ],
)  # fmt: skip
def test_bad_sheets_are_located_and_change_nothing(plans: Path, change, message: str) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    path = plans / "masterplans" / "palu.yaml"
    before = digest(path)
    assert run(plans, "export", "palu", "-o", "palu.xlsx").returncode == 0
    book = load_workbook(plans / "palu.xlsx")
    change(book["Programs"])
    book.save(plans / "palu.xlsx")
    result = run(plans, "import", "palu.xlsx", "--into", "palu")
    assert result.returncode == 1
    assert message in result.stderr, result.stderr
    assert "nothing was written" in result.stderr and "Traceback" not in result.stderr
    assert digest(path) == before


def test_csv_round_trip_with_an_edit(plans: Path) -> None:
    assert (
        run(plans, "export", "palu", "-o", "csv", "--format", "csv", "--lang", "en").returncode == 0
    )
    programs = plans / "csv" / "programs.csv"
    text = programs.read_text(encoding="utf-8-sig")
    assert text.startswith("ID,Programme,Pillar,Agency,Horizon,Status,Progress (%),Note\n")
    programs.write_text(text.replace("GOV-02,", "GOV-02,", 1).replace(",running,", ",delayed,", 1),
                        encoding="utf-8")  # fmt: skip
    result = run(plans, "import", "--lang", "id", "csv", "--into", "palu", "--dry-run")
    assert result.returncode == 0 and "status: berjalan -> tertunda" in result.stdout
    assert "tidak ditulis (--dry-run)" in result.stdout
    assert digest(plans / "masterplans" / "palu.yaml") == digest(PALU)


def test_a_sheet_saved_by_libreoffice_imports(plans: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (optional: apt-get install libreoffice-calc)")
    assert run(plans, "export", "palu", "-o", "palu.xlsx").returncode == 0
    out = plans / "lo"
    subprocess.run([soffice, "--headless", "--convert-to", "xlsx", "--outdir", str(out),
                    str(plans / "palu.xlsx")], check=True, capture_output=True, timeout=180)  # fmt: skip
    result = run(plans, "import", "--lang", "id", str(out / "palu.xlsx"), "--into", "palu")
    assert result.returncode == 0 and "tidak ada yang berubah" in result.stdout, result.stderr
    assert result.stderr == ""  # the export record survived LibreOffice: no warning


def test_new_writes_a_valid_plan_and_never_overwrites(tmp_path: Path) -> None:
    args = ["new", "kota-palu", "--name", "Kota Palu", "--kind", "kota", "--province",
            "Sulawesi Tengah", "--start", "2022", "--end", "2031"]  # fmt: skip
    assert run(tmp_path, *args).returncode == 0
    path = tmp_path / "masterplans" / "kota-palu.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schema/masterplan.schema.json\n")
    assert "# Daerah\n" in text and "period: {start: 2022, end: 2031}" in text
    checked = run(tmp_path, "validate", str(path))
    assert checked.returncode == 0 and "0 errors" in checked.stdout
    before = digest(path)
    again = run(tmp_path, *args)
    assert again.returncode == 2 and "never overwrites" in again.stderr
    assert digest(path) == before
    english = run(tmp_path, "new", "kab-x", "--name", "Kabupaten X", "--kind", "kabupaten",
                  "--province", "Riau", "--lang", "en")  # fmt: skip
    assert english.returncode == 0
    assert "# The region\n" in (tmp_path / "masterplans" / "kab-x.yaml").read_text(encoding="utf-8")
    assert run(tmp_path, "new", "kab-y", "--name", "Y", "--kind", "kabupaten").returncode == 2


def test_heavy_libraries_load_only_for_their_commands() -> None:
    code = ("import sys, smartcity_cli.cli, smartcity_cli.validate, smartcity_cli.report; "
            "print(sorted(m for m in ('openpyxl', 'ruamel.yaml', 'jinja2', 'rich') if m in sys.modules))")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
