"""An editable cell's content -> the plan's value, with Excel's traps handled.

- A cell formatted as a percentage holds a fraction: 0.7 shown as 70% means a progress of
  70. A fraction in a cell without that format is refused (the import cannot tell 0.7% from
  70%), unless it is the plan's own value.
- Status and done are understood as codes and as the labels of either language (`berjalan`
  and `running`, `ya` and `yes`), whatever the workbook's language; a pillar by id or name.
- `70,5` is 70.5; `70%` typed as text is 70.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from smartcity_cli.editing import number
from smartcity_cli.labels import STATUS
from smartcity_cli.messages import msg
from smartcity_cli.model import Masterplan
from smartcity_cli.sheets import canonical, shown
from smartcity_cli.sheets_read import Cell
from smartcity_cli.spec import STATUSES

TRUE = {"true", "ya", "yes", "1", "selesai", "done", "benar", "y"}
FALSE = {"false", "tidak", "no", "0", "belum", "salah", "n", ""}


@dataclass(frozen=True)
class Value:
    """A parsed cell: the value to write, and its canonical text for the three-way merge."""

    typed: Any
    text: str


class CellProblem(Exception):
    """A cell that cannot be read as its column's value; the message says why."""


def _words(cell: Cell) -> str:
    return "" if cell.value is None else str(cell.value).strip()


def _number(cell: Cell) -> tuple[float, bool] | None:
    """The cell's number and whether it is a percentage of the cell's own value."""
    if isinstance(cell.value, bool):
        raise CellProblem(msg("`{cell_value}` is not a number", cell_value=shown(cell.value)))
    if isinstance(cell.value, int | float):
        value, scaled = float(cell.value), cell.percent  # Excel keeps 70% as 0.7
    else:
        text = _words(cell)
        if not text:
            return None
        percent = text.endswith("%")
        try:
            value = float(text.rstrip("%").strip().replace(",", "."))
        except ValueError:
            raise CellProblem(msg("`{text}` is not a number", text=shown(text))) from None
        scaled = False  # `70%` typed as text already means 70
        if percent:
            return value, False
    if not math.isfinite(value):
        raise CellProblem(msg("`{cell_value}` is not a number", cell_value=shown(cell.value)))
    return (round(value * 100, 9) if scaled else value), scaled


def _control(char: str) -> bool:
    """C0 (but tab and newline), DEL, C1 and the bidi overrides: never in a plan's text."""
    code = ord(char)
    return (
        (code < 32 and char not in "\t\n")
        or 127 <= code < 160
        or 0x202A <= code <= 0x202E
        or 0x2066 <= code <= 0x2069
    )


class Reader:
    """Reads the cells of one plan's sheets."""

    def __init__(self, plan: Masterplan) -> None:
        self.statuses = {code: code for code in STATUSES}
        for labels in STATUS.values():
            self.statuses.update({label.lower(): code for code, label in labels.items()})
        self.pillars = {p.id.lower(): p.id for p in plan.pillars}
        for p in plan.pillars:
            for name in (p.name, p.name_en):
                if name:
                    self.pillars.setdefault(name.strip().lower(), p.id)

    def read(self, column: str, cell: Cell, *, known: set[str]) -> Value | None:
        """The cell's value, or None when the cell leaves the plan as it is (an empty note or
        actual). ``known`` holds the canonical values a fraction may equal (the plan's and
        the export's)."""
        text = _words(cell)
        if column == "status":
            code = self.statuses.get(text.lower())
            if code is None:
                raise CellProblem(msg("status `{text}` is not one of: {codes} (or {labels})", text=shown(text), codes=', '.join(STATUSES), labels=', '.join(STATUS['id'].values())))  # fmt: skip
            return Value(code, code)
        if column == "pillar":
            pillar = self.pillars.get(text.lower())
            if pillar is None:
                raise CellProblem(msg("pillar `{text}` does not exist; the plan's pillars: {pillars}", text=shown(text), pillars=', '.join(sorted(set(self.pillars.values())))))  # fmt: skip
            return Value(pillar, pillar)
        if column == "done":
            word = str(cell.value).lower() if isinstance(cell.value, bool) else text.lower()
            if word not in TRUE | FALSE:
                raise CellProblem(msg("`{text}` is not yes or no (ya or tidak)", text=shown(text)))
            return Value(word in TRUE, canonical("done", word in TRUE))
        if column == "note":
            control = next((c for c in text if _control(c)), None)
            if control is not None and text not in known:  # the plan's own text is its business
                raise CellProblem(msg("the note holds the control character U+{code:04X}; delete it", code=ord(control)))  # fmt: skip
            return Value(text, text) if text else None
        parsed = _number(cell)
        if parsed is None:
            if column == "progress" and known - {""}:
                raise CellProblem(msg("the progress is empty; write a number from 0 to 100"))
            return None
        value, scaled = parsed
        as_text = canonical(column, value)
        if column == "progress":
            if not 0 <= value <= 100:
                raise CellProblem(msg("progress {value:g} is out of range 0..100", value=value))
            if 0 < value < 1 and not scaled and as_text not in known:
                raise CellProblem(
                    msg(
                        "progress {value:g} is a fraction in a cell that is not formatted as a percentage: write {value2:g} for {value2:g}%, or format the cell as a percentage",
                        value=value,
                        value2=value * 100,
                    )
                )
        return Value(number(value), as_text)
