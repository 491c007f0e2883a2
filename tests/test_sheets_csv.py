"""CSV import as Indonesian Excel and LibreOffice save it: semicolons, UTF-16, Windows-1252,
repeated rows. Issues 15 and 18."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from pathlib import Path

import pytest
from conftest import REPO

from smartcity_cli.report import load_valid_plan
from smartcity_cli.sheets import SheetErrors
from smartcity_cli.sheets_export import export_csv
from smartcity_cli.sheets_import import ImportResult, run_import

PALU = REPO / "masterplans" / "palu.yaml"


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    """palu exported as CSV (in Indonesian) beside a copy of the plan."""
    (tmp_path / "palu.yaml").write_bytes(PALU.read_bytes())
    _, plan = load_valid_plan(str(PALU), PALU.parent)
    export_csv(plan, "id", PALU.read_bytes(), tmp_path / "csv")
    return tmp_path


def importing(base: Path, delimiter: str | None = None) -> ImportResult:
    _, plan = load_valid_plan(str(PALU), PALU.parent)
    return run_import(base / "csv", base / "palu.yaml", plan=plan, updated=dt.date(2024, 1, 1),
                      dry_run=True, delimiter=delimiter)  # fmt: skip


def edits(result: ImportResult) -> list[tuple[str, str, str]]:
    return [(e.where, e.old, e.new) for e in result.edit.edits]


def programs(base: Path) -> Path:
    return base / "csv" / "programs.csv"


def delimited(text: str, delimiter: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(
        csv.reader(io.StringIO(text))
    )
    return out.getvalue()


def with_gov03_delayed(text: str) -> str:
    line = next(line for line in text.splitlines() if line.startswith("GOV-03,"))
    return text.replace(line, line.replace(",berjalan,", ",tertunda,"))


def test_the_export_writes_labels_a_bom_and_the_record(exported: Path) -> None:
    text = programs(exported).read_text(encoding="utf-8")
    assert text.startswith("\ufeffID,Program,Pilar,OPD,Jangka,Status,Kemajuan (%),Catatan\n")
    assert (
        "\nGOV-03,Kelurahan cerdas di 46 kelurahan,governance,diskominfo,jangka menengah,berjalan,35,\n"
        in text
    )
    record = (exported / "csv" / "_smartcity.csv").read_text(encoding="utf-8-sig").splitlines()
    assert record[:3] == ["smartcity-export,1,,,", "plan,palu,,,", "revision,3,,,"]


def test_semicolons_are_detected(exported: Path) -> None:
    text = with_gov03_delayed(programs(exported).read_text(encoding="utf-8-sig"))
    programs(exported).write_text(delimited(text, ";"), encoding="utf-8")
    assert edits(importing(exported)) == [("GOV-03 status", "running", "delayed")]


def test_a_wrong_delimiter_is_named(exported: Path) -> None:
    text = programs(exported).read_text(encoding="utf-8-sig")
    programs(exported).write_text(delimited(text, ";"), encoding="utf-8")
    with pytest.raises(SheetErrors) as caught:
        importing(exported, delimiter=",")
    assert caught.value.problems[0] == (
        "programs.csv!A1: unknown column `ID;Program;Pilar;OPD;Jangka;Status;Kemajuan (%);Catatan`"
    )
    assert caught.value.problems[-1] == (
        "programs.csv:1: the header is read with the comma (`,`) as delimiter, but it holds `;`: "
        "is the file separated by semicolons? (--delimiter ';')"
    )


def test_utf16_with_its_bom_is_read(exported: Path) -> None:
    text = with_gov03_delayed(programs(exported).read_text(encoding="utf-8-sig"))
    programs(exported).write_bytes(delimited(text, "\t").encode("utf-16"))  # Excel's "Unicode Text"
    assert edits(importing(exported)) == [("GOV-03 status", "running", "delayed")]


def test_windows_1252_is_located(exported: Path) -> None:
    text = (
        programs(exported)
        .read_text(encoding="utf-8-sig")
        .replace("46 kelurahan", "46 kelurahan \u2013 café")
    )
    programs(exported).write_bytes(text.encode("cp1252"))
    with pytest.raises(SheetErrors) as caught:
        importing(exported)
    assert caught.value.problems == [
        "programs.csv:4:41: byte 0x96 is not UTF-8; the file is probably Windows-1252: save it as "
        '"CSV UTF-8 (Comma delimited)" in Excel, or with character set UTF-8 in LibreOffice'
    ]


def test_a_repeated_row_is_an_error(exported: Path) -> None:
    text = programs(exported).read_text(encoding="utf-8-sig")
    line = next(line for line in text.splitlines() if line.startswith("GOV-03,"))
    programs(exported).write_text(text + line.replace(",35,", ",90,") + "\n", encoding="utf-8")
    with pytest.raises(SheetErrors) as caught:
        importing(exported)
    assert caught.value.problems == ["programs.csv!A72: the same row as row 4 (`GOV-03`); keep one"]


def test_text_typed_as_percent_and_with_a_decimal_comma(exported: Path) -> None:
    text = programs(exported).read_text(encoding="utf-8-sig")
    line = next(line for line in text.splitlines() if line.startswith("GOV-03,"))
    programs(exported).write_text(
        text.replace(line, line.replace(",35,", ',"70,5%",')), encoding="utf-8"
    )
    assert edits(importing(exported)) == [("GOV-03 progress", "35", "70.5")]


def test_the_delimiter_option_reaches_the_reader(exported: Path) -> None:
    import os
    import subprocess
    import sys

    text = with_gov03_delayed(programs(exported).read_text(encoding="utf-8-sig"))
    programs(exported).write_text(delimited(text, "\t"), encoding="utf-8")
    for other in (exported / "csv").glob("*.csv"):  # the option is for every sheet
        if other.name not in ("programs.csv", "_smartcity.csv"):
            other.unlink()
    result = subprocess.run([sys.executable, "-m", "smartcity_cli", "import", "csv", "--into",
                             "palu.yaml", "--delimiter", "tab", "--dry-run", "--lang", "id"],
                            cwd=exported,
                            env={**os.environ, "NO_COLOR": "1"}, capture_output=True, text=True,
                            check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "  GOV-03 status: berjalan -> tertunda\n" in result.stdout
    wrong = subprocess.run([sys.executable, "-m", "smartcity_cli", "import", "csv", "--into",
                            "palu.yaml", "--delimiter", ";"], cwd=exported,
                           env={**os.environ, "NO_COLOR": "1"}, capture_output=True, text=True,
                           check=False)  # fmt: skip
    assert wrong.returncode == 1
    assert ("programs.csv:1: the header is read with the semicolon (`;`) as delimiter, but it "
            "holds `\\t`: is the file separated by tabs? (--delimiter 'tab')") in wrong.stderr  # fmt: skip
    assert hashlib.sha256((exported / "palu.yaml").read_bytes()).digest() == hashlib.sha256(
        PALU.read_bytes()).digest()  # fmt: skip
