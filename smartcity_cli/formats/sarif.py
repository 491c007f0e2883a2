"""SARIF 2.1.0, which GitHub code scanning, GitLab and Azure DevOps ingest.

One run; its driver lists every registered rule with its documentation, and each result
points at its rule by id and index. Findings about a whole file have no region.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from smartcity_cli import __version__
from smartcity_cli.findings import Finding
from smartcity_cli.formats.style import PLAIN, Style, with_hint
from smartcity_cli.suppressions import SuppressedFinding
from smartcity_cli.validate import ValidationResult

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
HOME = "https://github.com/smartcity-masterplan/smartcity"
RULES_PAGE = {"en": f"{HOME}/blob/main/docs/rules.md", "id": f"{HOME}/blob/main/docs/rules.id.md"}


def _rule_entries(lang: str = "en") -> tuple[list[dict[str, Any]], dict[str, int]]:
    from smartcity_cli.rules import all_rules, rule_markdown

    entries: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for rule in all_rules():
        index[rule.id] = len(entries)
        tags = [rule.stage.value] + ([rule.group] if rule.group else [])
        entries.append({
            "id": rule.id,
            "name": "".join(part.capitalize() for part in rule.id.split("-")),
            "shortDescription": {"text": rule.summary_in(lang)},
            "fullDescription": {"text": rule.doc_in(lang)},
            "help": {"text": rule.doc_in(lang), "markdown": rule_markdown(rule, lang)},
            "helpUri": f"{RULES_PAGE[lang]}#{rule.id}",
            "defaultConfiguration": {"level": rule.severity.value},
            "properties": {"tags": tags},
        })  # fmt: skip
    return entries, index


def artifact_uri(file: str) -> str:
    """A URI reference for a file name as the user gave it: relative stays relative
    (resolved against the checkout by the reader), absolute becomes ``file://``."""
    path = PurePosixPath(file.replace("\\", "/"))
    if path.is_absolute():
        return "file://" + quote(str(path))
    return quote(str(path))


def result_entry(
    finding: Finding, rule_index: dict[str, int], style: Style = PLAIN
) -> dict[str, Any]:
    loc = finding.location
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(loc.file)}}
    if loc.line:
        physical["region"] = {"startLine": loc.line, "startColumn": max(loc.column, 1)}
    location: dict[str, Any] = {"physicalLocation": physical}
    if loc.path:
        location["logicalLocations"] = [{"fullyQualifiedName": loc.path, "kind": "member"}]
    message = with_hint(finding, style)
    entry: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": finding.severity.value,
        "message": {"text": message},
        "locations": [location],
    }
    if finding.rule in rule_index:
        entry["ruleIndex"] = rule_index[finding.rule]
    return entry


def suppressed_entry(
    suppressed: SuppressedFinding, rule_index: dict[str, int], style: Style = PLAIN
) -> dict[str, Any]:
    """A suppressed finding stays in the log, marked as suppressed in the source with the
    comment's reason (code scanning shows it as dismissed)."""
    entry = result_entry(suppressed.finding, rule_index, style)
    entry["suppressions"] = [{"kind": "inSource", "justification": suppressed.reason}]
    return entry


def render(result: ValidationResult, style: Style = PLAIN, /) -> str:
    """The SARIF log: always the whole document, whatever the style."""
    rules, index = _rule_entries(style.lang)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "smartcity",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": HOME,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [result_entry(f, index, style) for f in result.findings]
                + [suppressed_entry(s, index, style) for s in result.suppressed],
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
