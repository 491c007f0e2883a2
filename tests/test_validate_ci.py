"""validate in CI and editors: SARIF, the job summary, --quiet, --color, stdin, missing paths."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MINIMAL, REPO, edit
from test_formats import RESULT

from smartcity_cli.formats import FORMATS, OutputFormat, Style, resolve, summary
from smartcity_cli.rules import all_rules

SARIF_SCHEMA = REPO / "tests" / "sarif" / "sarif-schema-2.1.0.json"
BROKEN = edit("    status: running\n", "    stauts: running\n")  # line 35


def run(
    *args: str, cwd: Path = REPO, stdin: str | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items()
               if k not in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "NO_COLOR")}  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "smartcity_cli", *args], cwd=cwd, env={**environ, **env},
        input=stdin, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def sarif_errors(text: str) -> list[str]:
    jsonschema = pytest.importorskip(
        "jsonschema", reason="SARIF validation needs jsonschema (.[test])"
    )
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema)
    return [
        f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(json.loads(text))
    ]


def test_sarif_is_valid_against_the_official_schema_and_lists_every_rule() -> None:
    text = FORMATS[OutputFormat.SARIF](RESULT)
    assert sarif_errors(text) == []
    log = json.loads(text)
    (run_,) = log["runs"]
    rules = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.id for r in all_rules()]
    unknown_key = next(r for r in rules if r["id"] == "unknown-key")
    assert unknown_key["shortDescription"]["text"] == next(
        r for r in all_rules() if r.id == "unknown-key").summary()  # fmt: skip
    assert "**Failing:**" in unknown_key["help"]["markdown"]
    assert unknown_key["helpUri"].endswith("/docs/rules.md#unknown-key")
    first, warning, unreadable = run_["results"]
    assert first == {
        "ruleId": "unknown-key",
        "ruleIndex": [r["id"] for r in rules].index("unknown-key"),
        "level": "error",
        "message": {"text": "`stauts` is not a known key here (hint: did you mean `status`?)"},
        "locations": [{
            "physicalLocation": {"artifactLocation": {"uri": "masterplans/palu.yaml"},
                                 "region": {"startLine": 41, "startColumn": 5}},
            "logicalLocations": [{"fullyQualifiedName": "programs[3].stauts", "kind": "member"}],
        }],
    }  # fmt: skip
    assert warning["level"] == "warning"
    assert "region" not in unreadable["locations"][0]["physicalLocation"]  # the whole file


def test_sarif_of_a_clean_run_is_valid_with_no_results() -> None:
    result = run("validate", "--format", "sarif", "masterplans/palu.yaml")
    assert result.returncode == 0
    assert sarif_errors(result.stdout) == []
    assert json.loads(result.stdout)["runs"][0]["results"] == []


@pytest.mark.parametrize("value", ["true", "TRUE", "1", "yes", "on", "True "])
def test_auto_recognises_truthy_github_actions_values(value: str) -> None:
    assert resolve(OutputFormat.AUTO, {"GITHUB_ACTIONS": value}) is OutputFormat.GITHUB


@pytest.mark.parametrize("value", ["", "false", "0", "no"])
def test_auto_is_text_when_github_actions_is_falsy(value: str) -> None:
    assert resolve(OutputFormat.AUTO, {"GITHUB_ACTIONS": value}) is OutputFormat.TEXT


def test_quiet_prints_findings_only_and_nothing_when_clean() -> None:
    assert FORMATS[OutputFormat.TEXT](RESULT, Style(quiet=True)) == (
        "masterplans/palu.yaml:41:5: error [unknown-key] `stauts` is not a known key here\n"
        "    hint: did you mean `status`?\n"
        "masterplans/palu.yaml:50:12: warning [horizon-overrun] program X ends in 2030, after 50%, ok\n"
        "masterplans/x.yaml: error [file-unreadable] gone\n"
    )
    assert FORMATS[OutputFormat.GITHUB](RESULT, Style(quiet=True)).count("\n") == 3
    clean = run("validate", "--quiet", "masterplans/palu.yaml")
    assert (clean.returncode, clean.stdout, clean.stderr) == (0, "", "")


def test_color_always_never_and_auto() -> None:
    coloured = FORMATS[OutputFormat.TEXT](RESULT, Style(color=True)).splitlines()[0]
    assert coloured == (
        "\x1b[1mmasterplans/palu.yaml:41:5\x1b[0m: \x1b[1;31merror\x1b[0m "
        "\x1b[2m[unknown-key]\x1b[0m `stauts` is not a known key here"
    )
    never = run("validate", "--color", "never", "masterplans/palu.yaml")
    always = run("validate", "--color", "always", "-", stdin=BROKEN)
    auto = run("validate", "-", stdin=BROKEN)  # piped: no colour
    assert "\x1b[" not in never.stdout and "\x1b[" not in auto.stdout
    assert "\x1b[1;31merror\x1b[0m" in always.stdout
    bad = run("validate", "--color", "sometimes")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_stdin_is_checked_under_its_stdin_filename() -> None:
    named = run("validate", "-", "--stdin-filename", "masterplans/contoh.yaml", stdin=BROKEN)
    assert named.returncode == 1
    assert named.stdout == (
        "masterplans/contoh.yaml:29:5: error [missing-key] `status` is required in programs[1]\n"
        "    hint: add `status:` (planned, running, completed, delayed or cancelled.)\n"
        "masterplans/contoh.yaml:35:5: error [unknown-key] `stauts` is not a known key here\n"
        "    hint: did you mean `status`?\n"
        "1 file checked: 2 errors, 0 warnings\n"
    )
    # the slug is checked against the stem of --stdin-filename, and not at all without it
    quiet = ("--disable", "quality", "-q")  # MINIMAL is a deliberately thin plan
    renamed = run("validate", "-", "--stdin-filename", "x/other.yaml", *quiet, stdin=MINIMAL)
    assert (renamed.returncode, renamed.stdout) == (1, (
        "x/other.yaml:5:9: error [slug-mismatch] region.slug is `contoh` but the file is named "
        "other.yaml\n    hint: rename the file to contoh.yaml or set slug: other\n"))  # fmt: skip
    anonymous = run("validate", "-", "--disable", "quality", stdin=MINIMAL)
    assert (anonymous.returncode, anonymous.stdout) == (0, "1 file checked: 0 errors, 0 warnings\n")
    twice = run("validate", "-", "-", stdin=MINIMAL)
    assert twice.returncode == 2 and "'-' (standard input) can be given only once" in twice.stderr


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_a_missing_path_among_good_ones_is_a_finding_and_every_format_stays_well_formed(
    fmt: str,
) -> None:
    result = run("validate", "--format", fmt, "masterplans/palu.yaml", "no/such.yaml",
                 "masterplans/padang.yaml")  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert result.stderr == ""
    if fmt == "text":
        assert result.stdout == (
            "no/such.yaml: error [file-unreadable] cannot read the file: No such file or directory\n"
            "3 files checked: 1 error, 0 warnings\n"
        )
    elif fmt == "github":
        assert result.stdout == (
            "::error file=no/such.yaml,title=file-unreadable::cannot read the file: No such file "
            "or directory\n3 files checked: 1 error, 0 warnings\n"
        )
    elif fmt == "json":
        document = json.loads(result.stdout)
        assert document["summary"] == {"files": 3, "errors": 1, "warnings": 0, "suppressed": 0}
        assert [f["file"] for f in document["files"]] == [
            "masterplans/palu.yaml", "no/such.yaml", "masterplans/padang.yaml"]  # fmt: skip
    else:
        assert sarif_errors(result.stdout) == []
        (only,) = json.loads(result.stdout)["runs"][0]["results"]
        assert only["ruleId"] == "file-unreadable"


def test_step_summary_lists_every_finding_in_markdown(tmp_path: Path) -> None:
    assert summary.render(RESULT) == (
        "### smartcity validate\n\n"
        "❌ 3 files checked: 2 errors, 1 warning\n\n"
        "| File | Line | Severity | Rule | Message |\n"
        "|---|---:|---|---|---|\n"
        "| masterplans/palu.yaml | 41:5 | error | `unknown-key` | \\`stauts\\` is not a known key "
        "here (hint: did you mean \\`status\\`?) |\n"
        "| masterplans/palu.yaml | 50:12 | warning | `horizon-overrun` | program X ends in 2030, "
        "after 50%, ok |\n"
        "| masterplans/x.yaml |  | error | `file-unreadable` | gone |\n\n"
    )
    target = tmp_path / "summary.md"
    target.write_text("before\n", encoding="utf-8")
    result = run("validate", "masterplans/palu.yaml", GITHUB_ACTIONS="true",
                 GITHUB_STEP_SUMMARY=str(target))  # fmt: skip
    assert result.returncode == 0
    assert target.read_text(encoding="utf-8") == (
        "before\n### smartcity validate\n\n✅ 1 file checked: 0 errors, 0 warnings\n\n"
    )
    nowhere = run("validate", "masterplans/palu.yaml",
                  GITHUB_STEP_SUMMARY=str(tmp_path / "no" / "dir.md"))  # fmt: skip
    assert nowhere.returncode == 0
    assert nowhere.stderr.startswith("warning: cannot write the step summary")


def test_no_step_summary_outside_actions(tmp_path: Path) -> None:
    result = run("validate", "masterplans/palu.yaml", GITHUB_STEP_SUMMARY="")
    assert result.returncode == 0 and not list(tmp_path.iterdir())
