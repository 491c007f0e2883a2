"""The one validation pipeline: load -> structure -> model -> semantic checks -> result."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartcity_cli.checks import CheckContext, run_checks
from smartcity_cli.checks.characters import control_findings
from smartcity_cli.errors import LoadError
from smartcity_cli.findings import Finding, FindingCounts, sort_findings
from smartcity_cli.loader import Document, LoadLimits, load_bytes, load_file
from smartcity_cli.model import Masterplan, build_masterplan
from smartcity_cli.schema import check_structure
from smartcity_cli.suppressions import SuppressedFinding, apply_suppressions


@dataclass(frozen=True)
class FileResult(FindingCounts):
    """What validating one file found; ``plan`` is set when the file could be understood."""

    file: str
    findings: tuple[Finding, ...]
    plan: Masterplan | None
    document: Document | None = field(default=None, compare=False, repr=False)
    suppressed: tuple[SuppressedFinding, ...] = ()  # turned off by `# smartcity: disable=`


@dataclass(frozen=True)
class ValidationResult(FindingCounts):
    files: tuple[FileResult, ...]

    @property
    def findings(self) -> list[Finding]:  # type: ignore[override]  # derived, not stored
        return [f for result in self.files for f in result.findings]

    @property
    def suppressed(self) -> list[SuppressedFinding]:
        return [s for result in self.files for s in result.suppressed]

    def failed(self, *, strict: bool = False) -> bool:
        return self.errors > 0 or (strict and self.warnings > 0)


def validate_document(
    doc: Document,
    stem: str,
    *,
    disabled: frozenset[str] = frozenset(),
    root: Path | None = None,
) -> FileResult:
    """Check a loaded document; semantic checks run only on a structurally sound one.

    ``disabled`` rule ids report nothing (`validate --disable`). ``root`` is the plans
    repository that evidence paths are checked in (None for text that is not on disk).
    """
    findings = list(doc.findings)
    findings.extend(check_structure(doc))
    if "control-character" not in disabled:  # disabled, it must not block the checks either
        findings.extend(control_findings(doc))
    plan = None
    if not any(f.is_error for f in findings):
        plan = _configured(build_masterplan(doc.data, doc.plain), doc.data)
        findings.extend(run_checks(CheckContext(plan, doc, stem, root), disabled=disabled))
    findings = [f for f in findings if f.rule not in disabled]
    findings, suppressed = apply_suppressions(findings, doc.suppressions, doc.file,
                                              disabled=disabled)  # fmt: skip
    return FileResult(doc.file, tuple(cap_findings(findings)), plan, doc, tuple(suppressed))


MAX_FINDINGS_PER_RULE = 100


def _configured(plan: Masterplan, data: Any) -> Masterplan:
    """The plan with the schedule thresholds of the configuration in force, where the plan
    does not state its own (config.schedule_scoring)."""
    from smartcity_cli.config import current_config, schedule_scoring

    scoring = data.get("scoring") if isinstance(data, dict) else None
    schedule = scoring.get("schedule") if isinstance(scoring, dict) else None
    configured = schedule_scoring(plan.scoring, schedule, current_config())
    return plan if configured is plan.scoring else dataclasses.replace(plan, scoring=configured)


def cap_findings(findings: list[Finding]) -> list[Finding]:
    """Findings in reading order, at most 100 of one rule, then one a rule that says how many
    more there were (at the end, located at the file)."""
    counts: dict[str, int] = {}
    kept: list[Finding] = []
    for finding in sort_findings(findings):
        counts[finding.rule] = counts.get(finding.rule, 0) + 1
        if counts[finding.rule] <= MAX_FINDINGS_PER_RULE:
            kept.append(finding)
    for rule, count in counts.items():
        if count > MAX_FINDINGS_PER_RULE:
            first = next(f for f in kept if f.rule == rule)
            kept.append(dataclasses.replace(
                first, message=f"... and {count - MAX_FINDINGS_PER_RULE:,} more findings of this "
                "rule, not shown", location=dataclasses.replace(first.location, line=0, column=0,
                                                                path=""), hint=""))  # fmt: skip
    return kept


def validate_file(
    path: Path, *, limits: LoadLimits | None = None, disabled: frozenset[str] = frozenset()
) -> FileResult:
    """Validate one file; a file that cannot be read is a result with one finding."""
    try:
        doc = load_file(path, limits=limits)
    except LoadError as exc:
        return FileResult(str(path), (exc.finding,), None)
    return validate_document(doc, path.stem, disabled=disabled, root=plans_root(path))


def plans_root(path: Path) -> Path:
    """The plans repository of a plan file: the folder holding the plans folder
    (``masterplans/x.yaml`` -> ``.``). Evidence paths are relative to it."""
    return path.absolute().parent.parent


def validate_bytes(
    data: bytes,
    name: str,
    stem: str,
    *,
    limits: LoadLimits | None = None,
    disabled: frozenset[str] = frozenset(),
) -> FileResult:
    """Validate a file's bytes from elsewhere (a git blob, stdin), shown to the user as ``name``."""
    try:
        doc = load_bytes(data, name, limits)
    except LoadError as exc:
        return FileResult(name, (exc.finding,), None)
    return validate_document(doc, stem, disabled=disabled)


def validate_paths(
    paths: Iterable[Path],
    *,
    limits: LoadLimits | None = None,
    disabled: frozenset[str] = frozenset(),
) -> ValidationResult:
    """Validate many files; one bad file never stops the others."""
    return ValidationResult(
        tuple(validate_file(p, limits=limits, disabled=disabled) for p in paths)
    )
