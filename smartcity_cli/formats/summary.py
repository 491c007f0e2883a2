"""The Markdown job summary for GitHub Actions (``$GITHUB_STEP_SUMMARY``).

GitHub shows at most ten annotations of a kind per step; the summary lists every finding
(up to MAX_ROWS) in one table on the run's page.
"""

from __future__ import annotations

from smartcity_cli.formats.style import PLAIN, Style, with_hint
from smartcity_cli.formats.text import summary
from smartcity_cli.validate import ValidationResult

MAX_ROWS = 500  # the summary file is limited to 1 MiB a step


def render(result: ValidationResult, style: Style = PLAIN) -> str:
    from smartcity_cli.render.env import md_escape

    mark = "✅" if result.errors == 0 else "❌"
    lines = ["### smartcity validate", "", f"{mark} {summary(result, style.lang)}", ""]
    findings = result.findings
    if findings:
        lines += ["| File | Line | Severity | Rule | Message |", "|---|---:|---|---|---|"]
        for f in findings[:MAX_ROWS]:
            place = f"{f.location.line}:{f.location.column}" if f.location.line else ""
            message = with_hint(f, style)
            lines.append(f"| {md_escape(f.location.file)} | {place} | {f.severity.value} | "
                         f"`{f.rule}` | {md_escape(message)} |")  # fmt: skip
        if len(findings) > MAX_ROWS:
            lines += ["", f"... and {len(findings) - MAX_ROWS:,} more findings, not shown"]
        lines.append("")
    return "\n".join(lines) + "\n"
