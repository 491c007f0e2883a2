"""The diff command's core: load two revisions of a plan (files or REF:path), compare them,
and check the edit with the change rules.

A git ref is verified once (`gitio.verify_ref`): one that names no commit is a usage error,
never "the plan is new". The slug rule is left to `validate` of a plans directory, so a
copy under another name (``palu (1).yaml``, a `git difftool` temporary file) compares.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from smartcity_cli import gitio
from smartcity_cli.checks.changes import ChangeContext, run_change_checks
from smartcity_cli.errors import LoadError, UsageError
from smartcity_cli.findings import Finding, FindingCounts, sort_findings
from smartcity_cli.loader import load_file, read_bytes
from smartcity_cli.messages import msg
from smartcity_cli.plandiff import PlanDiff, diff_plans
from smartcity_cli.plans import inside, is_file
from smartcity_cli.textsafe import elide
from smartcity_cli.validate import FileResult, ValidationResult, validate_bytes, validate_document

NO_SLUG = ""  # the stem that turns the slug-mismatch rule off: copies may have any name


@dataclass(frozen=True)
class DiffResult(FindingCounts):
    diffs: tuple[PlanDiff, ...]
    findings: tuple[Finding, ...]  # errors of plans that do not validate, and change findings
    notes: tuple[tuple[str, str], ...]  # (path, "new" | "removed"): plans added or removed whole


def load_revision(spec: str, cwd: Path) -> FileResult:
    """A plan from a file, or from git as ``REF:path`` (path as git reads it)."""
    path = cwd / spec
    if is_file(path):
        return _file(
            inside(path, path.parent), Path(spec) if not Path(spec).is_absolute() else path
        )
    ref, sep, in_repo = spec.partition(":")
    if not sep or not ref or not in_repo:
        raise UsageError(
            msg("{elide}: no such file, and not of the form REF:path", elide=elide(spec))
        )
    root = gitio.repo_root(cwd)
    return _blob(gitio.verify_ref(ref, root), in_repo, root, shown=spec)


def _file(path: Path, shown: Path) -> FileResult:
    """A plan file (never one linked out of its directory), named ``shown``."""
    try:
        doc = load_file(path, name=str(shown))
    except LoadError as exc:
        return FileResult(str(shown), (exc.finding,), None)
    return validate_document(doc, NO_SLUG)


def _blob(sha: str, inside: str, root: Path, *, shown: str) -> FileResult:
    """The plan at ``inside`` in commit ``sha``, named ``shown`` (the user's REF:path)."""
    try:
        data = gitio.show(sha, inside, root)
    except LoadError as exc:
        return FileResult(shown, (exc.finding,), None)
    return validate_bytes(data, shown, NO_SLUG)


def compare(old: FileResult, new: FileResult) -> tuple[PlanDiff | None, list[Finding]]:
    """The diff of two loaded revisions and the change findings; errors when one is invalid."""
    invalid = [f for r in (old, new) for f in r.findings if f.is_error]
    if invalid or old.plan is None or new.plan is None or not old.document or not new.document:
        return None, invalid
    diff = diff_plans(old.plan, new.plan, old_name=old.file, new_name=new.file)
    return diff, run_change_checks(ChangeContext(diff, old.document, new.document))


def diff_specs(old_spec: str, new_spec: str, cwd: Path) -> DiffResult:
    diff, findings = compare(load_revision(old_spec, cwd), load_revision(new_spec, cwd))
    return DiffResult((diff,) if diff else (), tuple(sort_findings(findings)), ())


def diff_git(base: str, paths: list[str], cwd: Path) -> DiffResult:
    """Every plan that changed between ``base`` and the work tree."""
    root = gitio.repo_root(cwd)
    sha = gitio.verify_ref(base, root)
    inside = [gitio.relative_to_root(cwd / p)[1] for p in paths] or ["."]
    diffs: list[PlanDiff] = []
    findings: list[Finding] = []
    notes: list[tuple[str, str]] = []
    for name in gitio.changed_files(sha, inside, root):
        before, after = gitio.exists_at(sha, name, root), (root / name).is_file()
        if before and after:
            old = _blob(sha, name, root, shown=f"{base}:{name}")
            diff, found = compare(old, _work_tree(root, name))
            findings.extend(found)
            if diff:
                diffs.append(diff)
        elif after:
            notes.append((name, "new"))
            findings.extend(f for f in _work_tree(root, name).findings if f.is_error)
        else:
            notes.append((name, "removed"))
    return DiffResult(tuple(diffs), tuple(sort_findings(findings)), tuple(notes))


def _work_tree(root: Path, name: str) -> FileResult:
    """A work-tree file, shown by its repository path as git shows the base."""
    try:
        data = read_bytes(root / name)
    except LoadError as exc:
        return FileResult(name, (exc.finding,), None)
    return validate_bytes(data, name, NO_SLUG)


def with_change_findings(result: ValidationResult, files: list[Path], ref: str) -> ValidationResult:
    """Validation results with each file also checked as an edit of its version at ``ref``.

    ``ref`` must name a commit (a usage error otherwise); a file absent there is new.
    """
    out = []
    verified: dict[Path, str] = {}  # repository root -> the commit ``ref`` names there
    for path, file_result in zip(files, result.files, strict=True):
        extra: list[Finding] = []
        if file_result.plan is None:  # unreadable, missing or invalid: nothing to compare
            out.append(file_result)
            continue
        root, inside = gitio.relative_to_root(path)
        if root not in verified:
            verified[root] = gitio.verify_ref(ref, root)
        sha = verified[root]
        if gitio.exists_at(sha, inside, root):
            old = _blob(sha, inside, root, shown=f"{ref}:{inside}")
            if old.plan is not None and old.errors == 0 and old.document and file_result.document:
                plan_diff = diff_plans(old.plan, file_result.plan, old_name=old.file,
                                       new_name=file_result.file)  # fmt: skip
                extra = run_change_checks(
                    ChangeContext(plan_diff, old.document, file_result.document)
                )
        findings = tuple(sort_findings([*file_result.findings, *extra]))
        out.append(dataclasses.replace(file_result, findings=findings))
    return ValidationResult(tuple(out))
