"""`# smartcity: disable=RULE -- reason`: suppresses on its line, needs a reason, and counts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import MINIMAL, REPO, check_text, edit
from test_validate_ci import sarif_errors

from smartcity_cli.suppressions import Suppression, find_suppressions

REASON = "the target is set in the 2025 revision"
ON_GOV_02 = edit("  - id: GOV-02\n", f"  - id: GOV-02  # smartcity: disable=program-without-target -- {REASON}\n")  # fmt: skip


def spots(text: str) -> list[tuple[int, int, str]]:
    result = check_text(text, quality=True)
    return [(f.location.line, f.location.column, f.rule) for f in result.findings
            if f.rule != "pillar-without-program"]  # fmt: skip


def test_comments_are_parsed_with_place_rules_and_reason() -> None:
    text = "a: 1  # smartcity: disable=x,y -- why not\n# smartcity:disable=z\nb: '#smartcity: disable=q'\n"
    assert find_suppressions(text) == [
        Suppression(1, 7, ("x", "y"), "why not"),
        Suppression(2, 1, ("z",), ""),
    ]


def test_a_suppression_with_a_reason_turns_off_its_lines_finding_and_is_counted() -> None:
    before = spots(MINIMAL)
    assert (29, 9, "program-without-target") in before
    assert spots(ON_GOV_02) == [s for s in before if s[2] != "program-without-target"]
    result = check_text(ON_GOV_02, quality=True)
    (suppressed,) = result.suppressed
    assert (suppressed.finding.rule, suppressed.finding.location.line) == (
        "program-without-target",
        29,
    )
    assert suppressed.reason == REASON


def test_a_suppression_without_a_reason_is_an_error_and_suppresses_nothing() -> None:
    text = edit("  - id: GOV-02\n", "  - id: GOV-02  # smartcity: disable=program-without-target\n")
    assert (29, 9, "program-without-target") in spots(text)
    assert (29, 17, "suppression-invalid") in spots(text)
    assert check_text(text, quality=True).suppressed == ()
    invalid = next(
        f for f in check_text(text, quality=True).findings if f.rule == "suppression-invalid"
    )
    assert (
        invalid.message
        == "`# smartcity: disable=program-without-target` has no reason, so it suppresses nothing"
    )


def test_an_unknown_rule_is_an_error() -> None:
    text = edit(
        "  - id: GOV-02\n", "  - id: GOV-02  # smartcity: disable=program-without-targets -- x\n"
    )
    (invalid,) = [f for f in check_text(text).findings if f.rule == "suppression-invalid"]
    assert invalid.message.endswith("suppresses nothing: no rule `program-without-targets`")


def test_a_suppression_that_suppresses_nothing_is_a_warning() -> None:
    text = edit(
        "  - id: GOV-01\n", "  - id: GOV-01  # smartcity: disable=program-without-target -- stale\n"
    )
    assert (18, 17, "suppression-unused") in spots(text)
    # a rule turned off for the whole run does not make its suppressions stale
    quiet = check_text(text)  # the quality rules, program-without-target among them, are off
    assert quiet.findings == ()


def _run(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    return subprocess.run([sys.executable, "-m", "smartcity_cli", "validate", *args], cwd=REPO,
                          env=environ, input=stdin, capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip


def test_every_format_counts_suppressions() -> None:
    plan = edit("status: running\n", "status: running  # smartcity: disable=off-track-not-delayed -- behind, agreed\n", ON_GOV_02)  # fmt: skip
    name = ("-", "--stdin-filename", "contoh.yaml", "--disable", "pillar-without-program",
            "--disable", "legal-basis-missing")  # fmt: skip
    text = _run(*name, stdin=plan)
    assert text.returncode == 0, text.stdout
    assert text.stdout == "1 file checked: 0 errors, 0 warnings, 2 suppressed\n"
    github = _run(*name, "--format", "github", stdin=plan)
    assert github.stdout == "1 file checked: 0 errors, 0 warnings, 2 suppressed\n"
    document = json.loads(_run(*name, "--format", "json", stdin=plan).stdout)
    assert document["summary"] == {"files": 1, "errors": 0, "warnings": 0, "suppressed": 2}
    assert [(s["rule"], s["line"], s["reason"]) for s in document["files"][0]["suppressed"]] == [
        ("program-without-target", 29, REASON), ("off-track-not-delayed", 35, "behind, agreed")]  # fmt: skip
    sarif = _run(*name, "--format", "sarif", stdin=plan).stdout
    assert sarif_errors(sarif) == []
    results = json.loads(sarif)["runs"][0]["results"]
    assert [(r["ruleId"], r["suppressions"]) for r in results] == [
        ("program-without-target", [{"kind": "inSource", "justification": REASON}]),
        ("off-track-not-delayed", [{"kind": "inSource", "justification": "behind, agreed"}]),
    ]


def test_the_samples_have_no_suppression_comment() -> None:
    for path in sorted(Path(REPO / "masterplans").glob("*.yaml")):
        assert find_suppressions(path.read_text(encoding="utf-8")) == [], path
