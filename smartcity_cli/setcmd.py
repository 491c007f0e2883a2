"""The set command's core: change a program's values in place, as one new revision."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from smartcity_cli.diff import DiffResult, compare
from smartcity_cli.editing import Edit, PlanEditor, number
from smartcity_cli.errors import PlanInvalidError, UsageError
from smartcity_cli.loader import read_bytes
from smartcity_cli.output import write_document
from smartcity_cli.plans import resolve_plan
from smartcity_cli.validate import validate_bytes


@dataclass(frozen=True)
class EditResult:
    path: Path
    edits: tuple[Edit, ...]
    diff: DiffResult
    written: bool


def parse_actuals(pairs: list[str]) -> list[tuple[str, float | int]]:
    """`INDICATOR=VALUE` pairs; the indicator is named as in the plan."""
    out = []
    for pair in pairs:
        name, sep, value = pair.rpartition("=")
        if not sep or not name.strip():
            raise UsageError(f"--actual takes INDICATOR=VALUE, not `{pair}`")
        try:
            out.append((name.strip(), number(float(value.replace(",", ".")))))
        except ValueError:
            raise UsageError(f"--actual {pair}: `{value}` is not a number") from None
    return out


@dataclass(frozen=True)
class PlanText:
    """A plan's text as the editor sees it (LF, no BOM), and how to give it back."""

    text: str
    bom: bool
    crlf: bool

    @classmethod
    def read(cls, path: Path) -> PlanText:
        raw = read_bytes(path)
        text = raw.decode("utf-8-sig")
        return cls(text.replace("\r\n", "\n"), raw.startswith(b"\xef\xbb\xbf"), "\r\n" in text)

    def restore(self, text: str) -> str:
        return ("\ufeff" if self.bom else "") + (text.replace("\n", "\r\n") if self.crlf else text)


def finish(
    path: Path, form: PlanText, editor: PlanEditor, *, updated: dt.date, dry_run: bool
) -> EditResult:
    """Stamp one new revision, validate, and write atomically unless nothing changed."""
    if not editor.edits:  # nothing to write, nothing to compare
        return EditResult(path, (), DiffResult((), (), ()), False)
    before = validate_bytes(form.text.encode("utf-8"), str(path), path.stem)
    editor.stamp(updated)
    new_text = editor.text()
    after = validate_bytes(new_text.encode("utf-8"), str(path), path.stem)
    errors = [f for f in after.findings if f.is_error]
    if errors:
        raise PlanInvalidError(errors)
    diff, findings = compare(before, after)
    result = DiffResult((diff,) if diff else (), tuple(findings), ())
    if not dry_run:
        write_document(form.restore(new_text), str(path))
    return EditResult(path, tuple(editor.edits), result, not dry_run)


def run_set(
    name: str,
    program_id: str,
    *,
    status: str | None,
    progress: float | None,
    actuals: list[str],
    note: str | None,
    updated: dt.date,
    plans_dir: Path,
    dry_run: bool = False,
) -> EditResult:
    path = resolve_plan(name, plans_dir)
    form = PlanText.read(path)
    editor = PlanEditor(form.text, str(path))
    if status is not None:
        editor.set_program(program_id, "status", status)
    if progress is not None:
        editor.set_program(program_id, "progress", number(progress))
    for indicator, value in parse_actuals(actuals):
        editor.set_actual(program_id, indicator, value)
    if note is not None:
        editor.set_program(program_id, "note", note)
    if status is None and progress is None and not actuals and note is None:
        editor.program(program_id)  # an unknown id is still an error
        raise UsageError("nothing to set: give --status, --progress, --actual or --note")
    return finish(path, form, editor, updated=updated, dry_run=dry_run)


def edit_summary(result: EditResult) -> str:
    """What set or import did: each value changed, the figures, and whether it was written."""
    from smartcity_cli.render.diff import render_text

    if not result.edits:
        return f"{result.path}: nothing changed\n"
    lines = [f"{e.where}: {e.old or '–'} -> {e.new}" for e in result.edits]
    state = "written" if result.written else "not written (--dry-run)"
    return "\n".join(lines) + "\n" + render_text(result.diff, None) + f"{result.path}: {state}\n"
