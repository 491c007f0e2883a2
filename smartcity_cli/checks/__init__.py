"""The rules, by module; importing this package registers every rule."""

from __future__ import annotations

from smartcity_cli import syntax_rules
from smartcity_cli.checks import (
    assessment,
    changes,
    characters,
    claims,
    consistency,
    evidence,
    money,
    quality,
    references,
    structure,
)
from smartcity_cli.checks.context import CheckContext
from smartcity_cli.findings import Finding
from smartcity_cli.rules import RULES, Stage

__all__ = ["CheckContext", "run_checks"]
_MODULES = (
    syntax_rules,
    structure,
    characters,
    references,
    consistency,
    money,
    quality,
    claims,
    changes,
    assessment,
    evidence,
)


def run_checks(ctx: CheckContext, *, disabled: frozenset[str] = frozenset()) -> list[Finding]:
    """Every enabled semantic rule's findings for one plan, in registry order."""
    findings: list[Finding] = []
    for rule in RULES.values():
        if rule.stage is Stage.SEMANTIC and rule.id not in disabled:
            findings.extend(rule.check(ctx))
    return findings
