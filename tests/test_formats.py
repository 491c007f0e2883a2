"""Validation output formats: exact text, JSON and GitHub annotations."""

from __future__ import annotations

import json

import pytest

from smartcity_cli.findings import Finding, Location, Severity
from smartcity_cli.formats import FORMATS, OutputFormat, resolve
from smartcity_cli.validate import FileResult, ValidationResult

RESULT = ValidationResult(
    (
        FileResult(
            "masterplans/palu.yaml",
            (
                Finding("unknown-key", Severity.ERROR, "`stauts` is not a known key here",
                        Location("masterplans/palu.yaml", 41, 5, "programs[3].stauts"),
                        "did you mean `status`?"),
                Finding("horizon-overrun", Severity.WARNING, "program X ends in 2030, after 50%, ok",
                        Location("masterplans/palu.yaml", 50, 12, "programs[4].years.end")),
            ),
            None,
        ),
        FileResult("masterplans/x.yaml", (Finding("file-unreadable", Severity.ERROR, "gone",
                                                  Location("masterplans/x.yaml")),), None),
        FileResult("masterplans/ok.yaml", (), None),
    )
)  # fmt: skip


def test_text() -> None:
    assert FORMATS[OutputFormat.TEXT](RESULT) == (
        "masterplans/palu.yaml:41:5: error [unknown-key] `stauts` is not a known key here\n"
        "    hint: did you mean `status`?\n"
        "masterplans/palu.yaml:50:12: warning [horizon-overrun] program X ends in 2030, after 50%, ok\n"
        "masterplans/x.yaml: error [file-unreadable] gone\n"
        "3 files checked: 2 errors, 1 warning\n"
    )


def test_github_annotations_escape_their_properties_and_data() -> None:
    assert FORMATS[OutputFormat.GITHUB](RESULT) == (
        "::error file=masterplans/palu.yaml,line=41,col=5,title=unknown-key::"
        "`stauts` is not a known key here (hint: did you mean `status`?)\n"
        "::warning file=masterplans/palu.yaml,line=50,col=12,title=horizon-overrun::"
        "program X ends in 2030, after 50%25, ok\n"
        "::error file=masterplans/x.yaml,title=file-unreadable::gone\n"
        "3 files checked: 2 errors, 1 warning\n"
    )


def test_json_document() -> None:
    document = json.loads(FORMATS[OutputFormat.JSON](RESULT))
    assert document["format_version"] == 1
    assert document["summary"] == {"files": 3, "errors": 2, "warnings": 1, "suppressed": 0}
    assert [f["valid"] for f in document["files"]] == [False, False, True]
    assert document["files"][0]["findings"][0] == {
        "rule": "unknown-key",
        "severity": "error",
        "message": "`stauts` is not a known key here",
        "hint": "did you mean `status`?",
        "file": "masterplans/palu.yaml",
        "line": 41,
        "column": 5,
        "path": "programs[3].stauts",
    }


@pytest.mark.parametrize("fmt", [f for f in OutputFormat if f is not OutputFormat.AUTO])
def test_every_format_renders_every_finding(fmt: OutputFormat) -> None:
    output = FORMATS[fmt](RESULT)
    for finding in RESULT.findings:
        assert finding.rule in output
        assert str(finding.location.line or "") in output


def test_every_format_has_a_renderer() -> None:
    assert set(FORMATS) == set(OutputFormat) - {OutputFormat.AUTO}


def test_auto_is_github_under_actions_only() -> None:
    assert resolve(OutputFormat.AUTO, {"GITHUB_ACTIONS": "true"}) is OutputFormat.GITHUB
    assert resolve(OutputFormat.AUTO, {}) is OutputFormat.TEXT
    assert resolve(OutputFormat.JSON, {"GITHUB_ACTIONS": "true"}) is OutputFormat.JSON
