"""Property tests of import: whatever the workbook or CSV file, the answer is the import or
located problems, never a traceback; a refused import leaves the plan's bytes as they were,
and an accepted one leaves a valid plan.

Each workbook example costs an openpyxl save and an import (about 0.2 s), so these run a
tenth (cells) or a fifth (bytes, CSV) of SMARTCITY_HYPOTHESIS_EXAMPLES.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from functools import cache
from pathlib import Path
from typing import Any

from conftest import REPO
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_properties import EXAMPLES

from smartcity_cli.errors import SmartcityError
from smartcity_cli.model import Masterplan
from smartcity_cli.report import load_valid_plan
from smartcity_cli.sheets import FILES, RECORD_FILE, SheetErrors
from smartcity_cli.sheets_import import run_import
from smartcity_cli.validate import validate_file

PALU = REPO / "masterplans" / "palu.yaml"
UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
SHEET_NAMES = ["Programs", "ActionItems", "Indicators", "Targets", "_smartcity"]


def _settings(share: int) -> Any:
    return settings(max_examples=max(20, EXAMPLES // share), deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip


@cache
def _plan() -> Masterplan:
    return load_valid_plan(str(PALU), PALU.parent)[1]


@cache
def _exported() -> bytes:
    from smartcity_cli.sheets_export import export_xlsx

    return export_xlsx(_plan(), "id", PALU.read_bytes())


def _import(source: Path, tmp_path: Path) -> None:
    """Import into a fresh copy of the plan; check the promise whatever the outcome."""
    plan = tmp_path / "palu.yaml"
    plan.write_bytes(PALU.read_bytes())
    before = hashlib.sha256(plan.read_bytes()).hexdigest()
    try:
        result = run_import(source, plan, plan=_plan(), updated=dt.date(2024, 1, 1), dry_run=False)
    except SheetErrors as exc:
        names = (*FILES.values(), RECORD_FILE) if source.is_dir() else (source.name,)
        assert exc.problems and all(p.startswith(names) for p in exc.problems), exc.problems
        assert not any(UNSHOWABLE.search(p) for p in exc.problems), exc.problems
        assert hashlib.sha256(plan.read_bytes()).hexdigest() == before
        return
    except SmartcityError:  # a conflict, an invalid result: located by their own messages
        assert hashlib.sha256(plan.read_bytes()).hexdigest() == before
        return
    if result.edit.written:
        assert not validate_file(plan).errors
    else:
        assert hashlib.sha256(plan.read_bytes()).hexdigest() == before


TEXT = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["berjalan", "running", "selesai", "Completed", "ya", "tidak", "TRUE", "70%",
                     "70,5", "0,7", "=1+1", "'=1", "+", "-", "@", "GOV-01", "GOV-03", "K01",
                     "governance", "ID", "Status", "Kemajuan (%)", "smartcity-export", "1",
                     "plan", "palu", "revision", "sha256", "\x00", "\u202e", "x" * 40_000]),
)  # fmt: skip
VALUES = st.one_of(st.none(), st.booleans(), st.integers(-10**15, 10**15),
                   st.floats(allow_nan=False), TEXT,
                   st.datetimes(dt.datetime(1900, 1, 2), dt.datetime(2200, 1, 1)))  # fmt: skip
CELLS = st.tuples(st.sampled_from(SHEET_NAMES), st.integers(1, 300), st.integers(1, 70), VALUES,
                  st.sampled_from(["General", "0%", "0.00", "@", "0.0%"]))  # fmt: skip


@_settings(10)
@given(st.lists(CELLS, min_size=1, max_size=6))
def test_random_cells_in_an_exported_workbook(
    tmp_path: Path, cells: list[tuple[str, int, int, Any, str]]
) -> None:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import IllegalCharacterError

    book = load_workbook(io.BytesIO(_exported()))
    for sheet, row, column, value, number_format in cells:
        cell = book[sheet].cell(row=row, column=column)
        try:
            cell.value = value
        except (ValueError, TypeError, IllegalCharacterError):  # openpyxl refuses some itself
            continue
        cell.number_format = number_format
    book.save(tmp_path / "palu.xlsx")
    _import(tmp_path / "palu.xlsx", tmp_path)


@_settings(5)
@given(st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255),
                          st.sampled_from(["set", "insert", "delete"])), min_size=1, max_size=8))  # fmt: skip
def test_random_byte_mutations_of_an_exported_workbook(
    tmp_path: Path, mutations: list[tuple[int, int, str]]
) -> None:
    data = bytearray(_exported())
    for position, byte, how in mutations:
        at = position % (len(data) + 1)
        if how == "insert":
            data[at:at] = bytes([byte])
        elif at < len(data):
            if how == "set":
                data[at] = byte
            else:
                del data[at]
    (tmp_path / "palu.xlsx").write_bytes(bytes(data))
    _import(tmp_path / "palu.xlsx", tmp_path)


HEADER = "ID,Program,Pilar,OPD,Jangka,Status,Kemajuan (%),Catatan\n"


@_settings(5)
@given(st.one_of(st.binary(max_size=3000),
                 st.text(max_size=500).map(lambda t: (HEADER + t).encode("utf-8")),
                 st.lists(st.lists(TEXT, max_size=10), max_size=20).map(
                     lambda rows: (HEADER + "\n".join(";,\t"[len(r) % 3].join(r) for r in rows)).encode()),
                 st.sampled_from(["utf-16", "cp1252", "utf-8-sig"]).flatmap(
                     lambda enc: st.text(max_size=300).map(
                         lambda t: (HEADER + t).encode(enc, errors="replace")))))  # fmt: skip
def test_random_csv_files(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "csv").mkdir(exist_ok=True)
    (tmp_path / "csv" / "programs.csv").write_bytes(data)
    _import(tmp_path / "csv", tmp_path)
