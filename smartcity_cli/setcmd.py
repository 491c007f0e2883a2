"""The set command's core: change a program's values in place, as one new revision.

Every edit (set, import) goes through ``edit_plan``: read the plan, check it with the
loader and its limits, apply the edit, validate the result once, and replace the file only
if nobody changed it meanwhile; when somebody did, the edit is redone on the new text.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from smartcity_cli.atomic_write import PlanChangedError, replace_if_unchanged
from smartcity_cli.checks.changes import ChangeContext, run_change_checks
from smartcity_cli.diff import DiffResult
from smartcity_cli.edit_figures import edit_diff
from smartcity_cli.editing import Edit, PlanEditor, check_result, number
from smartcity_cli.errors import LoadError, PlanInvalidError, UsageError
from smartcity_cli.findings import Finding
from smartcity_cli.loader import LoadLimits, load_bytes, read_bytes
from smartcity_cli.messages import msg
from smartcity_cli.plans import resolve_plan
from smartcity_cli.validate import validate_document

ATTEMPTS = 20  # edits redone on a plan that keeps changing under them, before giving up


@dataclass(frozen=True)
class EditResult:
    path: Path
    edits: tuple[Edit, ...]
    diff: DiffResult
    written: bool
    notes: tuple[str, ...] = ()  # what the user should know about the write (owner, retries)
    language: str = "id"


class ChangeInvalidError(PlanInvalidError):
    """The plan is valid, but the edit would make it invalid; the findings are the new text's."""

    def __init__(self, findings: list[Finding], path: Path) -> None:
        super().__init__(findings)
        self.args = (
            msg("the change would leave {count} error(s) in the plan (located in the changed "
                "text, above); {path} was not changed", count=len(findings), path=path),
        )  # fmt: skip


def parse_actuals(pairs: list[str]) -> list[tuple[str, float | int]]:
    """`INDICATOR=VALUE` pairs; the indicator is named as in the plan."""
    out = []
    for pair in pairs:
        name, sep, value = pair.rpartition("=")
        if not sep or not name.strip():
            raise UsageError(msg("--actual takes INDICATOR=VALUE, not `{pair}`", pair=pair))
        try:
            out.append((name.strip(), number(float(value.replace(",", ".")))))
        except ValueError:
            raise UsageError(
                msg("--actual {pair}: `{value}` is not a number", pair=pair, value=value)
            ) from None
    return out


@dataclass(frozen=True)
class PlanText:
    """A plan's text as the editor sees it (LF, no BOM), and how to give it back."""

    text: str
    bom: bool
    crlf: bool
    raw: bytes = field(default=b"", repr=False)  # the bytes read: the write compares them

    @classmethod
    def read(cls, path: Path, *, limits: LoadLimits | None = None) -> PlanText:
        raw = read_bytes(path, max_bytes=(limits or LoadLimits()).max_bytes)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            load_bytes(raw, str(path))  # the loader's located encoding error
            raise
        return cls(text.replace("\r\n", "\n"), raw.startswith(b"\xef\xbb\xbf"), "\r\n" in text,
                   raw)  # fmt: skip

    def restore(self, text: str) -> str:
        return ("\ufeff" if self.bom else "") + (text.replace("\n", "\r\n") if self.crlf else text)


def finish(
    path: Path, form: PlanText, editor: PlanEditor, *, updated: dt.date, dry_run: bool
) -> EditResult:
    """Stamp one new revision, validate the result once, and write it atomically unless
    nothing changed; raises PlanChangedError when the file changed since ``form`` was read."""
    if not editor.edits:  # nothing to write, nothing to compare
        return EditResult(path, (), DiffResult((), (), ()), False, (), _language(editor))
    name, stem = str(path), path.stem
    editor.stamp(updated)
    new_text = editor.text()
    try:
        new_doc = load_bytes(new_text.encode("utf-8"), name, editor.limits)
    except LoadError as exc:
        raise ChangeInvalidError([exc.finding], path) from None
    after = validate_document(new_doc, stem)
    errors = [f for f in after.findings if f.is_error]
    if errors:
        own = [f for f in validate_document(editor.document, stem).findings if f.is_error]
        raise PlanInvalidError(own) if own else ChangeInvalidError(errors, path)
    assert editor.plan is not None and after.plan is not None  # both free of errors
    diff = edit_diff(editor.plan, after.plan, old_name=name, new_name=name)
    findings = run_change_checks(ChangeContext(diff, editor.document, new_doc))
    check_result(editor, new_doc.data)  # exactly the values meant, nothing else
    notes: list[str] = []
    if not dry_run:
        data = form.restore(new_text).encode("utf-8")
        notes = replace_if_unchanged(path, data, expected=form.raw or _raw(form))
    result = DiffResult((diff,) if diff else (), tuple(findings), ())
    return EditResult(path, tuple(editor.edits), result, not dry_run, tuple(notes),
                      _language(editor))  # fmt: skip


def _language(editor: PlanEditor) -> str:
    return editor.plan.language if editor.plan else "id"


def _raw(form: PlanText) -> bytes:
    return form.restore(form.text).encode("utf-8")


def edit_plan(
    path: Path,
    apply: Callable[[PlanEditor], None],
    *,
    updated: dt.date,
    dry_run: bool,
    limits: LoadLimits | None = None,
) -> EditResult:
    """Read the plan, ``apply`` the edit to it, and write one new revision.

    When another process changes the file between the read and the write, the edit is
    redone on the new text (up to ATTEMPTS times); it is never written over the other one.
    """
    collecting = gc.isenabled()
    gc.disable()  # two documents and two models of plain data, no cycles to collect: the
    try:  # collector would walk them again and again (a third of the time at 10,000 programs)
        return _edit_plan(path, apply, updated=updated, dry_run=dry_run, limits=limits)
    finally:
        if collecting:
            gc.enable()


def _edit_plan(
    path: Path,
    apply: Callable[[PlanEditor], None],
    *,
    updated: dt.date,
    dry_run: bool,
    limits: LoadLimits | None,
) -> EditResult:
    for attempt in range(1, ATTEMPTS + 1):
        form = PlanText.read(path, limits=limits)
        editor = PlanEditor(form.text, str(path), limits=limits)
        apply(editor)
        try:
            result = finish(path, form, editor, updated=updated, dry_run=dry_run)
        except PlanChangedError:
            if attempt == ATTEMPTS:
                raise
            continue
        if attempt > 1:
            note = msg("{path} changed while this edit was made; the edit was redone on the new "
                       "text", path=path)  # fmt: skip
            result = EditResult(result.path, result.edits, result.diff, result.written,
                                (*result.notes, note), result.language)  # fmt: skip
        return result
    raise AssertionError("unreachable")  # pragma: no cover


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
    limits: LoadLimits | None = None,
) -> EditResult:
    path = resolve_plan(name, plans_dir)
    parsed = parse_actuals(actuals)

    def apply(editor: PlanEditor) -> None:
        if status is not None:
            editor.set_program(program_id, "status", status)
        if progress is not None:
            editor.set_program(program_id, "progress", number(progress))
        for indicator, value in parsed:
            editor.set_actual(program_id, indicator, value)
        if note is not None:
            editor.set_program(program_id, "note", note)
        if status is None and progress is None and not actuals and note is None:
            editor.program(program_id)  # an unknown id is still an error
            raise UsageError(msg("nothing to set: give --status, --progress, --actual or --note"))

    return edit_plan(path, apply, updated=updated, dry_run=dry_run, limits=limits)


def edit_summary(result: EditResult) -> str:
    """What set or import did (kept here for callers of the earlier API; see edit_summary.py)."""
    from smartcity_cli.edit_summary import edit_summary as summary

    return summary(result)
