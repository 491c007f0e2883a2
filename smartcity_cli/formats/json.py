"""Machine-readable output; its shape is versioned by FORMAT_VERSION (see docs/validate-json.md)."""

from __future__ import annotations

import json
from typing import Any

from smartcity_cli import __version__
from smartcity_cli.findings import Finding
from smartcity_cli.formats.style import PLAIN, Style, message_and_hint
from smartcity_cli.validate import ValidationResult

FORMAT_VERSION = 1


def finding_dict(finding: Finding, style: Style = PLAIN) -> dict[str, Any]:
    loc = finding.location
    message, hint = message_and_hint(finding, style)
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": message,
        "hint": hint,
        "file": loc.file,
        "line": loc.line,
        "column": loc.column,
        "path": loc.path,
    }


def render(result: ValidationResult, style: Style = PLAIN, /) -> str:
    """The whole document whatever the style: other tools read it."""
    document = {
        "format_version": FORMAT_VERSION,
        "tool": {"name": "smartcity", "version": __version__},
        "language": style.lang,
        "summary": {
            "files": len(result.files),
            "errors": result.errors,
            "warnings": result.warnings,
            "suppressed": len(result.suppressed),
        },
        "files": [
            {
                "file": r.file,
                "valid": r.errors == 0,
                "errors": r.errors,
                "warnings": r.warnings,
                "findings": [finding_dict(f, style) for f in r.findings],
                "suppressed": [
                    finding_dict(s.finding, style) | {"reason": s.reason} for s in r.suppressed
                ],
            }
            for r in result.files
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
