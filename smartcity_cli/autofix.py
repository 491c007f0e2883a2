"""`validate --fix`: apply the fixes whose meaning is certain (fixes.py) through the same
in-place editor as `set`, as one new revision, and only where the result does not get
worse: a fix after which the plan would have an error it did not have is not applied.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smartcity_cli.atomic_write import replace_if_unchanged
from smartcity_cli.editing import PlanEditor, check_result
from smartcity_cli.errors import LoadError, SmartcityError
from smartcity_cli.findings import Finding
from smartcity_cli.fixes import BOOLEAN_WORDS, FIXABLE_RULES, Fix, spec_at, steps_of, suggest
from smartcity_cli.loader import Document, LoadLimits, load_bytes
from smartcity_cli.messages import msg, say
from smartcity_cli.setcmd import PlanText
from smartcity_cli.spec import Boolean, Text, TextOrRecord
from smartcity_cli.validate import validate_document

_AMBIGUOUS = ("yaml-ambiguous-boolean", "yaml-ambiguous-number")


@dataclass(frozen=True)
class FixResult:
    path: Path
    applied: tuple[tuple[Finding, Fix], ...]
    skipped: tuple[tuple[Finding, Fix, str], ...]  # and why
    diff: str  # unified diff of the file, empty when nothing changed
    written: bool


def _value(doc: Document, steps: tuple[str | int, ...]) -> Any:
    value: Any = doc.data
    for step in steps:
        value = value[step]
    return value


def fix_for(finding: Finding, doc: Document) -> Fix | None:
    """The certain fix of one finding, or None."""
    path = finding.location.path
    if finding.rule not in FIXABLE_RULES or not path:
        return None
    steps = steps_of(path)
    if not steps or isinstance(steps[-1], int):  # values of mappings only, not list items
        return None
    try:
        value = _value(doc, steps)
    except (KeyError, IndexError, TypeError):
        return None
    if finding.rule in _AMBIGUOUS:  # `yes`, `010` written unquoted: the loader kept the text
        spec = spec_at(path)
        if isinstance(spec, Text | TextOrRecord) and isinstance(value, str):
            return Fix(path, value, msg('"{value}" (quoted, so that it stays text)', value=value),
                       quote=True)  # fmt: skip
        if isinstance(spec, Boolean) and str(value).lower() in BOOLEAN_WORDS:
            flag = BOOLEAN_WORDS[str(value).lower()]
            return Fix(path, flag, msg("`{flag}` ({value})", flag=str(flag).lower(), value=value))
        return None
    return suggest(path, value, doc.plain.get(path))


def _errors(findings: tuple[Finding, ...] | list[Finding]) -> set[tuple[str, str]]:
    return {(f.rule, f.location.path) for f in findings if f.is_error}


def _attempt(
    form: PlanText, name: str, fixes: list[Fix], updated: dt.date, limits: LoadLimits
) -> tuple[str, set[tuple[str, str]]]:
    """The text with ``fixes`` applied and a new revision, and its errors."""
    editor = PlanEditor(form.text, name, limits=limits, repair=True)
    for fix in fixes:
        editor.set_value(steps_of(fix.path), fix.value, quote='"' if fix.quote else "")
    editor.stamp(updated)
    text = editor.text()
    try:
        doc = load_bytes(text.encode("utf-8"), name, limits)
    except LoadError as exc:
        return text, {(exc.finding.rule, exc.finding.location.path or "?")}
    check_result(editor, doc.data)  # the fixed values and nothing else
    return text, _errors(validate_document(doc, Path(name).stem).findings)


def fix_file(
    path: Path, *, updated: dt.date, dry_run: bool, limits: LoadLimits | None = None
) -> FixResult:
    """Apply every certain fix of the plan at ``path`` that does not add an error."""
    limits = limits or LoadLimits()
    name = str(path)
    form = PlanText.read(path, limits=limits)
    try:
        doc = load_bytes(form.text.encode("utf-8"), name, limits)
    except LoadError:
        return FixResult(path, (), (), "", False)  # validate reports why it cannot be read
    findings = validate_document(doc, path.stem).findings
    before = _errors(findings)
    candidates = [(f, fix) for f in findings if (fix := fix_for(f, doc)) is not None]
    if not candidates:
        return FixResult(path, (), (), "", False)
    accepted: list[tuple[Finding, Fix]] = []
    skipped: list[tuple[Finding, Fix, str]] = []
    text = form.text

    def acceptable(errors: set[tuple[str, str]], chosen: list[tuple[Finding, Fix]]) -> bool:
        fixed = {(f.rule, fix.path) for f, fix in chosen}
        return not (errors - before) and not (errors & fixed)

    try:
        text, errors = _attempt(form, name, [fix for _, fix in candidates], updated, limits)
        if acceptable(errors, candidates):
            accepted = candidates
        else:  # one at a time: keep each fix that makes nothing worse
            for finding, fix in candidates:
                trial = [*accepted, (finding, fix)]
                _, errors = _attempt(form, name, [x for _, x in trial], updated, limits)
                if acceptable(errors, trial):
                    accepted = trial
                else:
                    new = sorted(f"[{rule}] {where}" for rule, where in errors - before)
                    why = (msg("the result would have {errors}", errors=", ".join(new)) if new
                           else msg("the result would have the same error"))  # fmt: skip
                    skipped.append((finding, fix, why))
            if accepted:
                text, _ = _attempt(form, name, [fix for _, fix in accepted], updated, limits)
    except SmartcityError as exc:  # the editor cannot place a value, revision is broken
        return FixResult(path, (), tuple((f, x, str(exc)) for f, x in candidates), "", False)
    if not accepted:
        return FixResult(path, (), tuple(skipped), "", False)
    diff = "".join(difflib.unified_diff(form.text.splitlines(keepends=True),
                                        text.splitlines(keepends=True), name, name))  # fmt: skip
    if not dry_run:
        replace_if_unchanged(path, form.restore(text).encode("utf-8"), expected=form.raw)
    return FixResult(path, tuple(accepted), tuple(skipped), diff, not dry_run)


def fix_summary(result: FixResult, lang: str = "en") -> str:
    """One line a fix, located at the finding it fixes; then the fixes left alone."""
    lines = [
        msg("{place}: fixed [{rule}] {fix}", place=str(f.location), rule=f.rule, fix=fix.hint)
        for f, fix in result.applied
    ]
    lines += [
        msg(
            "{place}: not fixed [{rule}] {fix}: {why}",
            place=str(f.location),
            rule=f.rule,
            fix=fix.hint,
            why=why,
        )
        for f, fix, why in result.skipped
    ]
    if result.applied:
        state = (
            msg("written, revision raised by one")
            if result.written
            else msg("not written (--dry-run)")
        )
        lines.append(
            msg(
                "{path}: {count} fix(es) {state}",
                path=result.path,
                count=len(result.applied),
                state=state,
            )
        )
    return "".join(say(line, lang) + "\n" for line in lines)  # fmt: skip


def run_fixes(
    files: list[Path], *, dry_run: bool, limits: LoadLimits, updated: dt.date, lang: str = "en"
) -> tuple[str, str]:
    """Fix every file: (the unified diffs, the summaries)."""
    results = [fix_file(p, updated=updated, dry_run=dry_run, limits=limits) for p in files]
    return "".join(r.diff for r in results), "".join(fix_summary(r, lang) for r in results)
