"""Per-line suppression: ``# smartcity: disable=RULE[,RULE] -- reason`` on the finding's line.

A suppression needs a reason (without one it suppresses nothing and is a finding), names
registered rules, and must suppress something (else it is a warning, so stale ones go).
Suppressed findings are kept, with their reason, and counted by every output format.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from smartcity_cli.findings import Finding, Location, Severity
from smartcity_cli.messages import msg
from smartcity_cli.rules import RULES, Rule, Stage, register

# A YAML comment starts with '#' at the start of a line or after whitespace. (Inside a
# quoted string the same text would be taken for a comment too; plans do not say that.)
_COMMENT = re.compile(
    r"(?:^|(?<=\s))#\s*smartcity:\s*disable\s*=\s*(?P<rules>[^\s#]*)"
    r"(?P<rest>[^#\n]*?)\s*$",
    re.MULTILINE,
)
_REASON = re.compile(r"^\s*--\s*(?P<reason>\S.*?)\s*$")


@dataclass(frozen=True)
class Suppression:
    """One suppression comment: its place, the rule ids it names and its reason."""

    line: int
    column: int
    rules: tuple[str, ...]
    reason: str  # "" when there is none (then it suppresses nothing)


@dataclass(frozen=True)
class SuppressedFinding:
    """A finding that a suppression comment turned off, with the comment's reason."""

    finding: Finding
    reason: str


def find_suppressions(text: str) -> list[Suppression]:
    """Every suppression comment in a file's text, in order."""
    found = []
    for match in _COMMENT.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
        rules = tuple(r for r in match["rules"].split(",") if r)
        reason = _REASON.match(match["rest"])
        found.append(Suppression(line, column, rules, reason["reason"] if reason else ""))
    return found


def apply_suppressions(
    findings: Iterable[Finding],
    suppressions: list[Suppression],
    file: str,
    *,
    disabled: frozenset[str] = frozenset(),
) -> tuple[list[Finding], list[SuppressedFinding]]:
    """The findings left, plus those suppressed; adds a finding for each suppression that is
    invalid (no reason, unknown rule) or that suppresses nothing."""
    kept = list(findings)
    if not suppressions:
        return kept, []
    suppressed: list[SuppressedFinding] = []
    for s in suppressions:
        where = Location(file, s.line, s.column)
        comment = f"`# smartcity: disable={','.join(s.rules)}`"
        unknown = [r for r in s.rules if r not in RULES]
        if not s.rules or unknown:
            what = f"no rule `{unknown[0]}`" if unknown else "it names no rule"
            if SuppressionInvalid.id in disabled:
                continue
            kept.append(SuppressionInvalid.finding(
                msg("{comment} suppresses nothing: {what}", comment=comment, what=what), where,
                msg("name rule ids from `smartcity rules`, e.g. disable=program-without-target")))  # fmt: skip
            continue
        if not s.reason:
            if SuppressionInvalid.id in disabled:
                continue
            kept.append(SuppressionInvalid.finding(
                msg("{comment} has no reason, so it suppresses nothing", comment=comment), where,
                msg("say why after ' -- ', e.g. -- the target is set in the 2025 revision")))  # fmt: skip
            continue
        for rule in s.rules:
            if rule in disabled or RULES[rule].stage is Stage.CHANGE:  # checked later, apart
                continue
            hits = [f for f in kept if f.rule == rule and f.location.line == s.line]
            if not hits and SuppressionUnused.id not in disabled:
                kept.append(SuppressionUnused.finding(
                    msg("{comment} suppresses nothing: no `{rule}` finding on this line", comment=comment, rule=rule), where,
                    msg("remove it, or move it to the line of the finding")))  # fmt: skip
            for hit in hits:
                kept.remove(hit)
                suppressed.append(SuppressedFinding(hit, s.reason))
    return kept, suppressed


class _SuppressionRule(Rule):
    stage = Stage.SEMANTIC  # reported beside the findings; raised here, not by check()


@register
class SuppressionInvalid(_SuppressionRule):
    """A suppression comment has no reason, or names no rule or an unknown one.

    `# smartcity: disable=RULE -- reason` turns off the findings of RULE on its own line.
    The reason is required: a reviewer must see why the rule does not apply. An invalid
    comment suppresses nothing.

    Passing:

        programs:
          - id: GOV-09  # smartcity: disable=program-without-target -- target set in 2025 revision

    Failing:

        programs:
          - id: GOV-09  # smartcity: disable=program-without-target
    """

    id = "suppression-invalid"
    severity = Severity.ERROR


@register
class SuppressionUnused(_SuppressionRule):
    """A suppression comment suppresses nothing on its line (a warning).

    The finding it was written for has been fixed, or the comment is on another line than
    the finding. Remove it, so that a later finding is not hidden by a stale comment.

    Passing:

        programs:
          - id: GOV-09  # smartcity: disable=program-without-target -- target set in 2025 revision

    Failing:

        programs:
          - id: GOV-01  # smartcity: disable=program-without-target -- (GOV-01 has targets)
    """

    id = "suppression-unused"
    severity = Severity.WARNING
