"""Every file under tests/cases/ validates to exactly what its .expected file says."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import QUALITY, REPO

from smartcity_cli.formats.text import finding_line
from smartcity_cli.rules import Stage, all_rules
from smartcity_cli.validate import validate_file

CASES = REPO / "tests" / "cases"
ACTUAL = REPO / "tests" / "actual" / "cases"
VALID = sorted((CASES / "valid").glob("*.yaml"))
INVALID = sorted((CASES / "invalid").glob("*/*.yaml"))
# see tests/cases/README.md: these need something one committed file cannot be
NOT_SHOWABLE = {"file-unreadable", "file-too-large", "yaml-too-many-values"} | {
    r.id for r in all_rules() if r.stage is Stage.CHANGE
}


def expected_output(case: Path) -> str:
    return case.with_suffix(".expected").read_text(encoding="utf-8").rstrip("\n")


def disabled_for(case: Path) -> frozenset[str]:
    """The thin case plans switch off the plan-quality warnings, but the one they show."""
    return QUALITY - {case.parent.name}


@pytest.mark.parametrize("case", VALID + INVALID, ids=lambda p: str(p.relative_to(CASES)))
def test_case(case: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(REPO)
    result = validate_file(case.relative_to(REPO), disabled=disabled_for(case))
    actual = "\n".join(finding_line(f) for f in result.findings)
    invalid = case.parent.parent.name == "invalid"
    expected = expected_output(case) if invalid else ""
    if actual != expected:
        out = ACTUAL / case.relative_to(CASES).with_suffix(".expected")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(actual + "\n", encoding="utf-8")
    assert actual == expected
    if invalid:
        rule = case.parent.name
        assert {f.rule for f in result.findings} == {rule}, "an invalid case fails only on its rule"


def test_every_rule_has_a_case_directory():
    for rule in all_rules():
        if rule.id in NOT_SHOWABLE:
            continue
        assert sorted((CASES / "invalid" / rule.id).glob("*.yaml")), f"no case for {rule.id}"


def test_case_directories_name_rules_and_cases_have_expected_files():
    known = {r.id for r in all_rules()} - NOT_SHOWABLE
    directories = {d.name for d in (CASES / "invalid").iterdir() if d.is_dir()}
    assert directories <= known
    for case in INVALID:
        assert case.with_suffix(".expected").is_file(), case
    for expected in (CASES / "invalid").glob("*/*.expected"):
        assert expected.with_suffix(".yaml").is_file(), expected
    assert 3 <= len(VALID) <= 6


def test_expected_files_match_the_command_line():
    by_disabled: dict[frozenset[str], list[Path]] = {}
    for case in INVALID:
        by_disabled.setdefault(disabled_for(case), []).append(case)
    for disabled, cases in by_disabled.items():
        paths = [str(case.relative_to(REPO)) for case in cases]
        options = [f"--disable={rule}" for rule in sorted(disabled)]
        run = subprocess.run(
            [sys.executable, "-m", "smartcity_cli", "validate", "--format", "text", *options, *paths],
            cwd=REPO, capture_output=True, text=True, encoding="utf-8", check=False,
        )  # fmt: skip
        *lines, summary = run.stdout.rstrip("\n").split("\n")
        assert "\n".join(lines) == "\n".join(expected_output(case) for case in cases)
        assert summary.startswith(f"{len(cases)} file")
        assert run.returncode == (1 if any(c.parent.name not in QUALITY for c in cases) else 0)
