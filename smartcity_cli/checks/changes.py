"""Rules about an edit: what may change between two revisions of a plan (diff --check)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from smartcity_cli.findings import Finding, Severity
from smartcity_cli.messages import msg
from smartcity_cli.rules import RULES, Rule, Stage, register

if TYPE_CHECKING:
    from smartcity_cli.loader import Document
    from smartcity_cli.plandiff import PlanDiff


@dataclass(frozen=True)
class ChangeContext:
    diff: PlanDiff
    old_doc: Document
    new_doc: Document


class ChangeRule(Rule):
    stage: ClassVar[Stage] = Stage.CHANGE
    severity: ClassVar[Severity] = Severity.ERROR

    @classmethod
    def check_change(cls, ctx: ChangeContext) -> Iterator[Finding]:
        return iter(())


def run_change_checks(ctx: ChangeContext) -> list[Finding]:
    findings: list[Finding] = []
    for rule in RULES.values():
        if issubclass(rule, ChangeRule):
            findings.extend(rule.check_change(ctx))
    return findings


@register
class RevisionNotRaised(ChangeRule):
    """An edit changes the plan but does not raise `revision` by exactly one.

    Each approved edit is one revision: the evaluation claims, the history and the
    reviewers all count on it. Edits to comments only do not count as a change.

    Passing:

        # before: revision: 7          after: revision: 8, one program's status changed
        revision: 8

    Failing:

        # before: revision: 7          after: revision: 7, one program's status changed
        revision: 7
    """

    id = "revision-not-raised"

    @classmethod
    def check_change(cls, ctx: ChangeContext) -> Iterator[Finding]:
        old, new = ctx.diff.old.revision, ctx.diff.new.revision
        if ctx.diff.content_changed and new != old + 1:
            what = msg("stays") if new == old else msg("goes from {old} to", old=old)
            yield cls.finding(
                msg(
                    "the plan changed but its revision {what} {new}; it must be {value}",
                    what=what,
                    new=new,
                    value=old + 1,
                ),
                ctx.new_doc.locate("revision"),
                msg("set revision: {value}", value=old + 1),
            )


@register
class UpdatedWentBack(ChangeRule):
    """The `updated` date of an edit is earlier than the previous revision's.

    Passing:

        # before: updated: 2024-11-13
        updated: 2024-12-02

    Failing:

        # before: updated: 2024-11-13
        updated: 2024-10-01
    """

    id = "updated-went-back"

    @classmethod
    def check_change(cls, ctx: ChangeContext) -> Iterator[Finding]:
        old, new = ctx.diff.old.updated, ctx.diff.new.updated
        if new < old:
            yield cls.finding(
                msg(
                    "updated goes back from {isoformat} to {isoformat2}",
                    isoformat=old.isoformat(),
                    isoformat2=new.isoformat(),
                ),
                ctx.new_doc.locate("updated"),
                msg("set updated to the date of this revision"),
            )


@register
class ProgramRemoved(ChangeRule):
    """A program disappears from the plan without having been cancelled first (a warning).

    Removing a program silently changes every figure. Set its status to `cancelled`
    in one revision (the reports then show it), and remove it in a later one if needed.

    Passing:

        # before: GOV-07 status: cancelled        after: GOV-07 removed

    Failing:

        # before: GOV-07 status: running          after: GOV-07 removed
    """

    id = "program-removed"
    severity = Severity.WARNING

    @classmethod
    def check_change(cls, ctx: ChangeContext) -> Iterator[Finding]:
        for program in ctx.diff.removed:
            if program.status != "cancelled":
                yield cls.finding(
                    msg(
                        "program {program_id} ({program_name}) was removed while {status}",
                        program_id=program.id,
                        program_name=program.name,
                        status=program.status,
                    ),
                    ctx.old_doc.locate(f"{program.path}.id"),
                    msg("cancel it first (status: cancelled), remove it in a later revision"),
                )


@register
class FormatChanged(ChangeRule):
    """The `format` version changes in an edit without a migration to that version.

    Format versions change only through `smartcity migrate FILE --to N`, which knows
    how to carry every key over.

    Passing:

        # before: format: 1
        format: 1

    Failing:

        # before: format: 1
        format: 2
    """

    id = "format-changed"

    @classmethod
    def check_change(cls, ctx: ChangeContext) -> Iterator[Finding]:
        from smartcity_cli.migrations import has_path

        old, new = ctx.diff.old.format, ctx.diff.new.format
        if old != new and not has_path(old, new):
            yield cls.finding(
                msg(
                    "format changes from {old} to {new}, and no migration leads there",
                    old=old,
                    new=new,
                ),
                ctx.new_doc.locate("format"),
                msg("keep the format, or migrate with `smartcity migrate FILE --to N`"),
            )
