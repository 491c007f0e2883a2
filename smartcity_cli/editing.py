"""Edit a plan file in place and keep everything else: comments, key order, quoting, blank
lines. ruamel.yaml's round-trip mode does the work; this module refuses a file whose
formatting it could not keep, so an edit never rewrites lines it did not mean to.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from smartcity_cli.errors import SmartcityError


@dataclass(frozen=True)
class Edit:
    """One value set in the plan, for the change summary."""

    where: str  # "GOV-01 status", "A0-3 done", "GOV-01 actual: Layanan"
    old: str
    new: str


def _yaml(indent: int, sequence: int, offset: int) -> Any:
    from ruamel.yaml import YAML

    yaml = YAML()  # round-trip
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long line that was one line
    yaml.indent(mapping=indent, sequence=sequence, offset=offset)
    return yaml


def _shown(value: object) -> str:
    return "" if value is None else str(value)


class PlanEditor:
    """A plan loaded for editing; ``text()`` gives it back with only the edited values changed."""

    # (mapping, sequence, offset) indentations in the order they are tried: the samples'
    # style first, then the other common ones
    STYLES = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4), (4, 4, 0), (3, 3, 0))

    def __init__(self, text: str, name: str) -> None:
        self.name = name
        self.edits: list[Edit] = []
        for style in self.STYLES:  # the first indentation that gives the file back unchanged
            self.yaml = _yaml(*style)
            self.data = self.yaml.load(text)
            if self.text() == text:
                return
        if self.text() != text:
            first = next(
                (n for n, (a, b) in enumerate(zip(text.splitlines(), self.text().splitlines(), strict=False), 1)
                 if a != b), 1)  # fmt: skip
            raise SmartcityError(
                f"{name}:{first}: the editor cannot keep this file's formatting exactly "
                "(mixed indentation?); edit it by hand, or re-indent it consistently first"
            )

    def text(self) -> str:
        out = io.StringIO()
        self.yaml.dump(self.data, out)
        return out.getvalue()

    # -- finding things ------------------------------------------------------------------

    def program(self, program_id: str) -> Any:
        for program in self.data.get("programs") or []:
            if program.get("id") == program_id:
                return program
        raise SmartcityError(f"{self.name}: no program `{program_id}`")

    def item(self, item_id: str) -> Any:
        for category in self.data.get("action_plans") or []:
            for item in category.get("items") or []:
                if item.get("id") == item_id:
                    return item
        raise SmartcityError(f"{self.name}: no action-plan item `{item_id}`")

    def indicator(self, program_id: str, name: str) -> Any:
        for indicator in self.program(program_id).get("indicators") or []:
            if indicator.get("name") == name:
                return indicator
        raise SmartcityError(f"{self.name}: program {program_id} has no indicator `{name}`")

    # -- setting values ------------------------------------------------------------------

    def _set(
        self, mapping: Any, key: str, value: Any, where: str, *, after: str | None = None
    ) -> None:
        old = mapping.get(key)
        if old == value and isinstance(old, bool) == isinstance(value, bool):
            return  # the same value (a quoted "x" and x are the same text): nothing to write
        if isinstance(old, str) and isinstance(value, str) and type(old) is not str:
            value = type(old)(value)  # keep the quoting style the file used
        if key in mapping:
            mapping[key] = value
        else:
            keys = list(mapping.keys())
            position = keys.index(after) + 1 if after in keys else len(keys)
            mapping.insert(position, key, value)
            if position == len(keys) and keys:  # now last: take over the blank line that
                last = keys[-1]  # ruamel keeps as the old last key's trailing comment
                if last in mapping.ca.items:
                    mapping.ca.items[key] = mapping.ca.items.pop(last)
        self.edits.append(Edit(where, _shown(old), _shown(value)))

    def set_program(self, program_id: str, field: str, value: Any) -> None:
        """status, progress, note or pillar of a program."""
        program = self.program(program_id)
        after = {"progress": "status", "status": None, "pillar": None,
                 "note": "progress" if "progress" in program else "status"}[field]  # fmt: skip
        self._set(program, field, value, f"{program_id} {field}", after=after)

    def set_item_done(self, item_id: str, done: bool) -> None:
        self._set(self.item(item_id), "done", done, f"{item_id} done")

    def set_actual(self, program_id: str, indicator: str, value: float | int) -> None:
        self._set(self.indicator(program_id, indicator), "actual", value,
                  f"{program_id} actual: {indicator}", after="target")  # fmt: skip

    def stamp(self, updated: dt.date) -> None:
        """One more revision, dated ``updated``: once for all the edits of a command."""
        self.data["revision"] = int(self.data["revision"]) + 1
        self.data["updated"] = updated


def number(value: float) -> float | int:
    """A number as a user would write it: 40 rather than 40.0."""
    return int(value) if float(value).is_integer() else value
