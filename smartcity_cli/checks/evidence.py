"""Rules about supporting evidence (data dukung): paths that exist, and what lacks evidence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from smartcity_cli.assessment import Evidence
from smartcity_cli.checks.context import CheckContext
from smartcity_cli.findings import Finding, Severity
from smartcity_cli.messages import msg
from smartcity_cli.model import Masterplan
from smartcity_cli.rules import Rule, Stage, register


def all_evidence(plan: Masterplan) -> Iterator[Evidence]:
    """Every piece of evidence in the plan, in document order."""
    for program in plan.programs:
        yield from program.evidence
        for indicator in program.indicators:
            yield from indicator.evidence
    for category in plan.action_plans:
        for item in category.items:
            yield from item.evidence
    gov = plan.governance
    if gov is not None:
        for decree in (gov.council.decree if gov.council else None,
                       gov.team.decree if gov.team else None):  # fmt: skip
            if decree is not None:
                yield from decree.evidence
        if gov.legal_basis is not None:
            yield from gov.legal_basis.evidence
        for meeting in gov.forum:
            yield from meeting.evidence
    for evaluation in plan.evaluations:
        if evaluation.letter is not None:
            yield from evaluation.letter.evidence
        for rec in evaluation.findings.recommendations:
            yield from rec.evidence


def path_problem(path: str, root: Path) -> str:
    """What is wrong with an evidence path in the repository at ``root``; "" if nothing."""
    parts = PurePosixPath(path.replace("\\", "/")).parts
    if ".." in parts or ":" in path:
        return msg("evidence path {path} leaves the plans repository", path=path)
    target = root.joinpath(*parts)
    if target.exists() and not target.resolve().is_relative_to(root.resolve()):
        return msg("evidence path {path} leaves the plans repository", path=path)  # through a link
    if not target.is_file():
        return msg("evidence path {path} does not exist in the plans repository", path=path)
    return ""


@register
class EvidencePath(Rule):
    """An evidence `path` does not name a file in the plans repository (an error).

    Evidence is a `url` (http or https, shown and never fetched) or a `path`, relative
    to the folder that holds `masterplans/`, that must exist there and may not climb
    out of it with `..`. Plans read from a git revision are not checked for paths.

    Passing:

        evidence:
          - {title: Perwal Nomor 9 Tahun 2023, kind: decree, path: evidence/perwal-9-2023.pdf}

    Failing:

        evidence:
          - {title: Perwal Nomor 9 Tahun 2023, kind: decree, path: evidence/hilang.pdf}
    """

    id = "evidence-path"
    severity = Severity.ERROR
    stage = Stage.SEMANTIC

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.root is None:
            return
        for evidence in all_evidence(ctx.plan):
            if evidence.path is None:
                continue
            problem = path_problem(evidence.path, ctx.root)
            if problem:
                yield cls.finding(problem, ctx.at(f"{evidence.at}.path"),
                                  msg("paths are relative to the folder that holds the plans folder; add the file, or give a url"))  # fmt: skip


def lacking(plan: Masterplan) -> Iterator[tuple[str, str, dict[str, str]]]:
    """(document path, what, its fields) of each running program, done action item and
    measured value that carries no evidence; what is ``program``, ``measured`` or
    ``action_item``, for the caller to put in words."""
    running = set(plan.scoring.running_statuses)
    for program in plan.programs:
        if program.status in running and not program.evidence:
            yield program.path, "program", {"id": program.id, "status": program.status}
        for indicator in program.indicators:
            if indicator.actual is not None and not indicator.evidence:
                yield indicator.path, "measured", {"id": program.id, "name": indicator.name}
    for category in plan.action_plans:
        for item in category.items:
            if item.done and not item.evidence:
                yield item.path, "action_item", {"id": item.id}


_WHAT = {
    "program": lambda f: msg("program {id} ({status})", **f),
    "measured": lambda f: msg("measured value of {id}: {name}", **f),
    "action_item": lambda f: msg("action item {id} (done)", **f),
}


def lacking_evidence(plan: Masterplan) -> Iterator[tuple[str, str]]:
    """(document path, what) of each running program, done action item and measured
    value that carries no evidence, in English (the rule's message)."""
    for path, what, fields in lacking(plan):
        yield path, _WHAT[what](fields)


@register
class EvidenceMissing(Rule):
    """A running program, a done action item or a measured value has no evidence (a warning).

    Assessors check the self-assessment against supporting evidence (data dukung); an
    answer without it scores low. The rule is on when the plan sets
    `scoring.require_evidence: true`, so that a region starts collecting evidence
    without a flood of warnings; `smartcity evaluate SLUG --stage N --check` lists
    what lacks evidence either way. Programs count as running by
    `scoring.running_statuses`; a measured value is an indicator's `actual`.

    Passing:

        scoring: {require_evidence: true}
        programs:
          - id: GOV-02
            status: running
            evidence: [{title: Foto Pusat Kendali, kind: photo, path: evidence/gov-02.jpg}]

    Failing:

        scoring: {require_evidence: true}
        programs:
          - {id: GOV-02, status: running}
    """

    id = "evidence-missing"
    severity = Severity.WARNING
    stage = Stage.SEMANTIC
    group = "quality"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        if not ctx.plan.scoring.require_evidence:
            return
        for path, what in lacking_evidence(ctx.plan):
            yield cls.finding(msg("{what} has no evidence", what=what), ctx.at(path),
                              msg("add evidence: a document, decree, photo, link or dataset"))  # fmt: skip
