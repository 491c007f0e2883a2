"""Edit a plan's text in place and keep everything else: comments, key order, quoting, blank
lines, indentation.

The plan is read through the project's loader first, with its limits: a file that does not
load, or whose structure is wrong, is refused before anything else happens. Each edit then
replaces the text of one value (found from the loader's positions) or inserts one
``key: value`` beside a sibling; nothing else in the file is rewritten, so an edit costs
one pass over the text. ``finish`` (setcmd.py) reads the result back and checks that it
holds exactly the values meant.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from smartcity_cli.errors import LoadError, PlanInvalidError, SmartcityError
from smartcity_cli.findings import Finding
from smartcity_cli.limits import limits_in_force
from smartcity_cli.loader import Document, LoadLimits, child_path, load_bytes
from smartcity_cli.messages import msg
from smartcity_cli.model import Masterplan, build_masterplan
from smartcity_cli.schema import check_structure
from smartcity_cli.spans import EditError, LineIndex, render_scalar, scalar_end

Step = str | int


@dataclass(frozen=True)
class Edit:
    """One value set in the plan, for the change summary."""

    where: str  # "GOV-01 status", "A0-3 done", "GOV-01 actual: Layanan"
    old: str
    new: str
    subject: str = ""  # GOV-01, A0-3
    field: str = ""  # status, progress, note, pillar, done, actual
    detail: str = ""  # the indicator's name for actual


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    return "" if value is None else str(value)


def _path(steps: tuple[Step, ...]) -> str:
    path = ""
    for step in steps:
        path = child_path(path, step)
    return path


def _get(data: Any, steps: tuple[Step, ...]) -> Any:
    for step in steps:
        data = data[step]
    return data


@dataclass
class _Splice:
    """Text from ``start`` to ``end`` becomes prefix + the value written in ``style`` + suffix."""

    start: int
    end: int
    flow: bool
    style: str = ""
    prefix: str = ""
    suffix: str = ""

    def text(self, value: Any) -> str:
        return self.prefix + render_scalar(value, flow=self.flow, style=self.style) + self.suffix


class PlanEditor:
    """A plan loaded for editing; ``text()`` gives it back with only the edited values changed.

    Raises LoadError or PlanInvalidError (located findings) when the text does not load or
    its structure is wrong: the editor only ever works on a plan the loader accepted.
    """

    def __init__(
        self, text: str, name: str, *, limits: LoadLimits | None = None, repair: bool = False
    ) -> None:
        self.name = name
        self.source = text
        self.limits = limits or limits_in_force()
        self.edits: list[Edit] = []
        self.document: Document = load_bytes(text.encode("utf-8"), name, self.limits)
        self.findings: list[Finding] = [*self.document.findings, *check_structure(self.document)]
        errors = [f for f in self.findings if f.is_error]
        if errors and not repair:  # `repair`: validate --fix, which edits invalid plans
            raise PlanInvalidError(errors)
        self.plan: Masterplan | None = (
            None if errors else build_masterplan(self.document.data, self.document.plain)
        )
        self.data: Any = self.document.data
        self.lines = LineIndex(text)
        self._splices: dict[tuple[Step, ...], _Splice] = {}
        self.values: dict[tuple[Step, ...], Any] = {}  # what each edited path must hold
        self._programs: dict[str, int] | None = None
        self._items: dict[str, tuple[int, int]] | None = None
        self._where: dict[int, tuple[Step, ...]] | None = None

    # -- finding things ------------------------------------------------------------------

    def _program_index(self, program_id: str) -> int:
        if self._programs is None:
            self._programs = {}
            for n, program in enumerate(self.data.get("programs") or []):
                self._programs.setdefault(program.get("id"), n)
        if program_id not in self._programs:
            raise SmartcityError(
                msg("{name}: no program `{program_id}`", name=self.name, program_id=program_id)
            )
        return self._programs[program_id]

    def program(self, program_id: str) -> Any:
        return self.data["programs"][self._program_index(program_id)]

    def _item_index(self, item_id: str) -> tuple[int, int]:
        if self._items is None:
            self._items = {}
            for c, category in enumerate(self.data.get("action_plans") or []):
                for i, item in enumerate(category.get("items") or []):
                    self._items.setdefault(item.get("id"), (c, i))
        if item_id not in self._items:
            raise SmartcityError(
                msg("{name}: no action-plan item `{item_id}`", name=self.name, item_id=item_id)
            )
        return self._items[item_id]

    def item(self, item_id: str) -> Any:
        c, i = self._item_index(item_id)
        return self.data["action_plans"][c]["items"][i]

    def _indicator_steps(self, program_id: str, name: str) -> tuple[Step, ...]:
        index = self._program_index(program_id)
        for n, indicator in enumerate(self.program(program_id).get("indicators") or []):
            if indicator.get("name") == name:
                return ("programs", index, "indicators", n)
        raise SmartcityError(
            msg(
                "{name}: program {program_id} has no indicator `{name2}`",
                name=self.name,
                program_id=program_id,
                name2=name,
            )
        )

    def indicator(self, program_id: str, name: str) -> Any:
        return _get(self.data, self._indicator_steps(program_id, name))

    # -- setting values ------------------------------------------------------------------

    def _set_at(
        self,
        base: tuple[Step, ...],
        key: str,
        value: Any,
        edit: Edit,
        *,
        after: str | None,
        force: bool = False,
    ) -> None:
        mapping = _get(self.data, base)
        old = self.values.get((*base, key), mapping.get(key))
        same = old == value and type(old) is type(value)
        if same and not force:
            return  # the same value: nothing to write
        steps = (*base, key)
        try:
            if steps not in self._splices:
                self._splices[steps] = (
                    self._replace(steps) if key in mapping else self._insert(base, key, after)
                )
            self._splices[steps].text(value)  # a value that cannot be written fails here
        except EditError as exc:
            raise EditError(
                msg(
                    "{name}: cannot edit {path} in place: {exc}",
                    name=self.name,
                    path=_path(steps),
                    exc=exc,
                )
            ) from None
        self.values[steps] = value
        shown = (_shown(mapping.get(key)), _shown(value))
        self.edits.append(Edit(edit.where, *shown, edit.subject, edit.field, edit.detail))

    def _set(
        self, mapping: Any, key: str, value: Any, where: str, *, after: str | None = None
    ) -> None:
        """Set ``key`` of a mapping taken from ``program()``, ``item()``, ``indicator()`` or
        ``data`` (the earlier editor's API, used by the budget import)."""
        self._set_at(self._steps_to(mapping), key, value, Edit(where, "", ""), after=after)

    def _steps_to(self, target: Any) -> tuple[Step, ...]:
        """Where a list or mapping of ``data`` sits (found once, by identity)."""
        if self._where is None:
            self._where = {}
            stack: list[tuple[Any, tuple[Step, ...]]] = [(self.data, ())]
            while stack:
                node, steps = stack.pop()
                if isinstance(node, dict | list):
                    self._where.setdefault(id(node), steps)
                    items = node.items() if isinstance(node, dict) else enumerate(node)
                    stack.extend((child, (*steps, k)) for k, child in items)
        if id(target) not in self._where:
            raise EditError(
                msg("{name}: the value to edit is not part of this plan", name=self.name)
            )
        return self._where[id(target)]

    def _position(self, path: str, *, key: bool = False) -> int:
        table = self.document.key_positions if key else self.document.positions
        if path not in table:  # a value reached through an alias has no place of its own
            raise EditError(msg("it is written through a YAML alias; edit it by hand"))
        return self.lines.offset(*table[path])

    def _is_flow(self, container: tuple[Step, ...]) -> bool:
        return self.source[self._position(_path(container))] in "{["

    def _value_span(self, steps: tuple[Step, ...]) -> tuple[int, int, bool]:
        path = _path(steps)
        start = self._position(path)
        flow = self._is_flow(steps[:-1])
        key_indent = self.document.key_positions[path][1] - 1
        return start, scalar_end(self.source, start, flow=flow, key_indent=key_indent), flow

    def _replace(self, steps: tuple[Step, ...]) -> _Splice:
        start, end, flow = self._value_span(steps)
        return _Splice(start, end, flow, style=self.source[start])

    def _insert(self, base: tuple[Step, ...], key: str, after: str | None) -> _Splice:
        """A new ``key: value`` after the sibling ``after`` (else after ``id``, else first)."""
        mapping = _get(self.data, base)
        if after is None or after not in mapping:
            after = "id" if "id" in mapping else next(iter(mapping))
        _, end, flow = self._value_span((*base, after))
        if flow:
            return _Splice(end, end, True, prefix=f", {key}: ")
        indent = " " * (self.document.key_positions[_path((*base, after))][1] - 1)
        line_end = self.source.find("\n", end)
        if line_end < 0:
            at = len(self.source)
            return _Splice(at, at, False, prefix=f"\n{indent}{key}: ")
        return _Splice(line_end + 1, line_end + 1, False, prefix=f"{indent}{key}: ", suffix="\n")

    def set_program(self, program_id: str, field: str, value: Any) -> None:
        """status, progress, note or pillar of a program."""
        program = self.program(program_id)
        after = {"progress": "status", "status": None, "pillar": None,
                 "note": "progress" if "progress" in program else "status"}[field]  # fmt: skip
        base = ("programs", self._program_index(program_id))
        self._set_at(base, field, value, Edit(f"{program_id} {field}", "", "", program_id, field),
                  after=after)  # fmt: skip

    def set_item_done(self, item_id: str, done: bool) -> None:
        c, i = self._item_index(item_id)
        self._set_at(("action_plans", c, "items", i), "done", done,
                  Edit(f"{item_id} done", "", "", item_id, "done"), after=None)  # fmt: skip

    def set_actual(self, program_id: str, indicator: str, value: float | int) -> None:
        base = self._indicator_steps(program_id, indicator)
        edit = Edit(f"{program_id} actual: {indicator}", "", "", program_id, "actual", indicator)
        self._set_at(base, "actual", value, edit, after="target")

    def set_value(self, steps: tuple[Step, ...], value: Any, *, quote: str = "") -> None:
        """Replace the value at ``steps`` (which must exist): validate --fix.

        ``quote`` ('"' or "'") writes text in those quotes.
        """
        path = _path(steps)
        edit = Edit(path, "", "", path, "")
        self._set_at(steps[:-1], str(steps[-1]), value, edit, after=None, force=bool(quote))
        if quote and steps in self._splices:
            self._splices[steps].style = quote

    def stamp(self, updated: dt.date) -> None:
        """One more revision, dated ``updated``: once for all the edits of a command."""
        revision = self.data.get("revision")
        if isinstance(revision, bool) or not isinstance(revision, int):
            raise EditError(
                msg("{name}: revision is not a whole number; fix it by hand first", name=self.name)
            )
        for key, value in (("revision", revision + 1), ("updated", updated)):
            try:
                self._splices[(key,)] = self._replace((key,))
                self._splices[(key,)].text(value)
            except EditError as exc:
                raise EditError(
                    msg(
                        "{name}: cannot edit {key} in place: {exc}",
                        name=self.name,
                        key=key,
                        exc=exc,
                    )
                ) from None
            self.values[(key,)] = value

    def text(self) -> str:
        """The text with every edit applied, in one pass."""
        out: list[str] = []
        position = 0
        for steps, splice in sorted(self._splices.items(), key=lambda s: (s[1].start, s[1].end)):
            out += [self.source[position : splice.start], splice.text(self.values[steps])]
            position = splice.end
        out.append(self.source[position:])
        return "".join(out)

    def expected_data(self) -> Any:
        """The loaded data with the edited values set: what the new text must read back as.

        Changes the editor's copy of the data, so call it once, after everything else.
        """
        for steps, value in self.values.items():
            _get(self.data, steps[:-1])[steps[-1]] = value
        return self.data


def check_result(editor: PlanEditor, new_data: Any) -> None:
    """The edited text must hold exactly the intended values and nothing else changed."""
    for steps, value in editor.values.items():
        try:
            got = _get(new_data, steps)
        except (KeyError, IndexError, TypeError):
            got = None
        if got != value or type(got) is not type(value):
            raise EditError(
                msg(
                    "{editor_name}: the edited text would read {path} as {got!r}, not {value!r}; nothing was written (edit this value by hand)",
                    editor_name=editor.name,
                    path=_path(steps),
                    got=got,
                    value=value,
                )
            )
    if new_data != editor.expected_data():
        raise EditError(
            msg(
                "{editor_name}: the edit would change more than the values set; nothing was written (edit this value by hand)",
                editor_name=editor.name,
            )
        )


def number(value: float) -> float | int:
    """A number as a user would write it: 40 rather than 40.0."""
    return int(value) if float(value).is_integer() else value


__all__ = ["Edit", "EditError", "LoadError", "PlanEditor", "check_result", "number"]
