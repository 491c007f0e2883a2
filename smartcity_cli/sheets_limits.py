"""Bounds on an imported workbook or CSV file, derived from the plan it is applied to.

A sheet comes from another agency and is untrusted, like a plan file: a tiny zip can hold
gigabytes of XML, one cell at XFD1048576 can make a reader build billions of empty cells.
The bounds are checked before any parsing (file size, zip entries and their total
uncompressed size, which Python's zipfile also enforces while reading: it never returns
more than an entry's declared size, and a wrong CRC is an error) and while reading (the
last row and column that may hold a value). Each refusal names the file, sheet and cell.

XML is parsed by openpyxl through defusedxml (a dependency; openpyxl uses it whenever it
is installed), so entity expansion and external entities are refused whatever the
system's expat version.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from smartcity_cli.messages import msg
from smartcity_cli.model import Masterplan
from smartcity_cli.sheets import SheetErrors

MB = 1_000_000


@dataclass(frozen=True)
class SheetLimits:
    """How much of a sheet is read for a plan; see for_plan."""

    max_bytes: int  # the file, and the zip's entries uncompressed, together
    rows: dict[str, int]  # the last row of each sheet that may hold a value
    max_columns: int = 64  # the last column that may hold a value (the layout uses 8)
    max_entries: int = 200  # files in the zip (an exported workbook has about 20)

    def elements(self, sheet: str) -> int:
        """Rows and cells, empty or not, parsed before a sheet is refused: four times its row
        cap in rows of 8 cells and their row element (a few tenths of a second at most)."""
        return 4 * self.rows[sheet] * 9

    @classmethod
    def for_plan(cls, plan: Masterplan, plan_size: int) -> SheetLimits:
        """Room for the plan's rows twice over (plus 100), and for its text eight times over
        plus 2 MB: an exported workbook of a 34 KB plan is about 130 KB of XML, one saved
        again by LibreOffice or Excel about 250 KB."""
        count = {
            "Programs": len(plan.programs),
            "ActionItems": sum(len(a.items) for a in plan.action_plans),
            "Indicators": sum(len(p.indicators) for p in plan.programs),
            "Targets": len(plan.targets),
            "Budget": sum(len(p.budget_lines) for p in plan.programs),
            "IndicatorSeries": sum(len(i.series) for p in plan.programs for i in p.indicators),
        }
        rows = {sheet: 2 * n + 101 for sheet, n in count.items()}  # + the header row
        rows["_smartcity"] = 2 * (4 * count["Programs"] + count["Indicators"]
                                  + count["ActionItems"]) + 104  # fmt: skip
        return cls(max_bytes=2 * MB + 8 * plan_size, rows=rows)


def _megabytes(size: int) -> str:
    return f"{size / MB:,.1f} MB"


def read_bounded(path: Path, limits: SheetLimits) -> bytes:
    """A sheet file's bytes, refused when larger than the plan's limit."""
    try:
        with path.open("rb") as handle:
            data = handle.read(limits.max_bytes + 1)
    except OSError as exc:
        raise SheetErrors(
            [
                msg(
                    "{path_name}: cannot read it ({value})",
                    path_name=path.name,
                    value=exc.strerror or exc,
                )
            ]
        ) from None
    if len(data) > limits.max_bytes:
        raise SheetErrors([msg("{path_name}: the file is over {megabytes}, the most a sheet for this plan can be; was it exported from it?", path_name=path.name, megabytes=_megabytes(limits.max_bytes))])  # fmt: skip
    return data


def check_zip(name: str, data: bytes, limits: SheetLimits) -> None:
    """Refuse a workbook whose zip entries are too many or too large, before parsing any."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise SheetErrors(
            [msg("{name}: not an xlsx workbook (not a zip file: {exc})", name=name, exc=exc)]
        ) from None
    if len(entries) > limits.max_entries:
        raise SheetErrors([msg("{name}: the workbook holds {count_entries:,} files, more than {max_entries}; save it again from Excel or LibreOffice", name=name, count_entries=len(entries), max_entries=limits.max_entries)])  # fmt: skip
    total = sum(entry.file_size for entry in entries)
    if total > limits.max_bytes:
        biggest = max(entries, key=lambda entry: entry.file_size)
        raise SheetErrors([
            msg("{name}!{filename}: the workbook unpacks to {megabytes} ({filename}: {megabytes2}), more than the {megabytes3} a sheet for this plan can be", name=name, filename=biggest.filename, megabytes=_megabytes(total), megabytes2=_megabytes(biggest.file_size), megabytes3=_megabytes(limits.max_bytes))
        ])  # fmt: skip
