"""The command line as users run it: exit codes, located messages, never a traceback."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MINIMAL, REPO


def run(
    *args: str, cwd: Path = REPO, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80", **(env or {})}
    environ.pop("GITHUB_ACTIONS", None) if not env or "GITHUB_ACTIONS" not in env else None
    return subprocess.run(
        [sys.executable, "-m", "smartcity_cli", *args],
        cwd=cwd, env=environ, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_validate_samples_in_repo_root_exits_0() -> None:
    result = run("validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "5 files checked: 0 errors, 0 warnings"


def test_validate_strict_passes_the_samples_too() -> None:
    assert run("validate", "--strict", "masterplans").returncode == 0


def _laughs() -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    return "\n".join(lines) + "\n"


BAD_INPUTS: dict[str, tuple[bytes, str, str]] = {
    # name: (content, expected rule, expected "line:col" in the message)
    "empty": (b"", "empty-file", ":1:1:"),
    "list-at-top": (b"- a\n- b\n", "wrong-type", ":1:1:"),
    "tabs": (MINIMAL.replace("  name: Kota Contoh", "\tname: Kota Contoh").encode(), "yaml-syntax", ":6:1:"),
    "unclosed-quote": (MINIMAL.replace("name: Satu Data", 'name: "Satu Data').encode(), "yaml-syntax", ":30:11:"),
    "duplicate-key": (MINIMAL.replace("    status: running", "    status: running\n    status: delayed").encode(), "yaml-duplicate-key", ":36:5:"),
    "status-no": (MINIMAL.replace("status: running", "status: no").encode(), "yaml-ambiguous-boolean", ":35:13:"),
    "code-13-70": (MINIMAL.replace("  province: Sumatera Barat", "  province: Sumatera Barat\n  code: 13.70").encode(), "unquoted-text", ":9:9:"),
    "cycle": (MINIMAL.replace("    targets: [S01]", "    targets: [S01]\n    depends_on: [GOV-02]").encode(), "dependency-cycle", ":29:17:"),
    "billion-laughs": (_laughs().encode(), "yaml-alias-budget", ":5:10:"),  # where 10,000 is passed
    "python-tag": (MINIMAL.replace("name: Pusat Kendali", "name: !!python/object:os.system x").encode(), "yaml-tag", ":19:11:"),
    "invalid-utf8": (MINIMAL.replace("Pusat Kendali", "Pusat Kendal\xff").encode("latin-1"), "file-encoding", ":19:23:"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_gets_a_located_message_and_exit_1(name: str, tmp_path: Path) -> None:
    content, rule, where = BAD_INPUTS[name]
    path = tmp_path / "contoh.yaml"
    path.write_bytes(content)
    digest = hashlib.sha256(content).hexdigest()
    result = run("validate", str(path))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert f"[{rule}]" in result.stdout
    line = next(line for line in result.stdout.splitlines() if f"[{rule}]" in line)
    assert line.startswith(str(path) + where), line
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_fifty_megabyte_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.write(b"a: 1\n" * 10_000_000)
    result = run("validate", str(path))
    assert result.returncode == 1
    assert f"{path}: error [file-too-large] the file is 50,000,000 bytes" in result.stdout


def test_directory_without_yaml_is_a_usage_error(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path))
    assert result.returncode == 2
    assert f"error: {tmp_path}: no .yaml or .yml files in this directory" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_path_is_a_finding_and_exit_2() -> None:
    result = run("validate", "no/such/plan.yaml")
    assert result.returncode == 2
    assert result.stdout == (
        "no/such/plan.yaml: error [file-unreadable] cannot read the file: No such file or directory\n"
        "1 file checked: 1 error, 0 warnings\n"
    )


def test_one_bad_file_never_stops_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("a: [\n", encoding="utf-8")
    (tmp_path / "contoh.yaml").write_text(MINIMAL.replace("status: running", "stauts: running"))
    (tmp_path / "z.yaml").write_bytes(b"\xff")
    result = run("validate", str(tmp_path), "--format", "json")
    assert result.returncode == 1
    document = json.loads(result.stdout)
    assert [Path(f["file"]).name for f in document["files"]] == ["a.yaml", "contoh.yaml", "z.yaml"]
    assert [[x["rule"] for x in f["findings"]] for f in document["files"]] == [
        ["yaml-syntax"],
        ["missing-key", "unknown-key"],
        ["file-encoding"],
    ]


def test_warnings_pass_unless_strict(tmp_path: Path) -> None:
    text = MINIMAL.replace("years: {start: 2019, end: 2019}", "years: {start: 2019, end: 2020}")
    path = tmp_path / "contoh.yaml"
    path.write_text(text, encoding="utf-8")
    relaxed = run("validate", str(path))
    assert relaxed.returncode == 0
    assert "warning [horizon-overrun]" in relaxed.stdout
    assert run("validate", "--strict", str(path)).returncode == 1


def test_github_format_is_automatic_under_actions() -> None:
    result = run("validate", "masterplans/palu.yaml", env={"GITHUB_ACTIONS": "true"})
    assert result.stdout == "1 file checked: 0 errors, 0 warnings\n"
    bad = run("validate", "tests/conftest.py", env={"GITHUB_ACTIONS": "true"})
    assert bad.stdout.startswith("::error file=tests/conftest.py,line=")


def test_unknown_option_is_exit_2() -> None:
    result = run("validate", "--no-such-option")
    assert result.returncode == 2
    assert "No such option" in result.stderr


def test_help_teaches_exit_codes() -> None:
    result = run("validate", "--help")
    assert result.returncode == 0
    assert "Exit codes: 0 no errors" in " ".join(result.stdout.split())


def test_rules_lists_every_rule() -> None:
    from smartcity_cli.rules import all_rules

    result = run("rules")
    assert result.returncode == 0
    ids = [line.split()[0] for line in result.stdout.splitlines()]
    assert ids == [r.id for r in all_rules()]
    one = run("rules", "unknown-key")
    assert one.stdout.startswith("unknown-key (error, structure; not fixable)")
    assert "Failing:" in one.stdout
    assert run("rules", "no-such-rule").returncode == 1


def test_report_prints_the_seed_figures() -> None:
    result = run("report", "padang-panjang", "--as-of", "2024-11-13")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "87 dari 123 program" in out
    for figure in ("70,73%", "94,46%", "92,86%", "91,67%"):
        assert figure in out
    assert out.count("✓ sesuai") == 7  # every stage II claim reproduced, and the stage I index
    assert "Sebelumnya: 3,10, evaluasi tahap 1 (20 Juni 2024); perubahan +0,27" in out
    assert "5 dari 7 rekomendasi evaluasi tahap 1 selesai" in out  # the follow-up
    assert "\x1b[" not in out  # NO_COLOR and a pipe: no escape codes
    assert max(len(line) for line in out.splitlines()) <= 80


def test_report_in_english() -> None:
    out = run("report", "padang-panjang", "--lang", "en", "--as-of", "2024-11-13").stdout
    assert "87 of 123 programmes" in out
    assert "70.73%" in out and "94.46%" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "nowhere"], "no plan `nowhere` in masterplans/; plans there: bukittinggi"),
        (["report", "padang-panjng"], "did you mean `padang-panjang`?"),
        (["report", "../../etc/passwd"], "`../../etc/passwd` is not a plan slug"),
        (["report", "masterplans/nowhere.yaml"], "masterplans/nowhere.yaml: no such file"),
        (["report", "Bad Slug"], "is not a plan slug"),
        (["report", "padang-panjang", "--format", "html"], "an HTML report needs a file"),
        (["report", "padang-panjang", "-o", "x.txt"], "-o writes documents"),
        (["report", "padang-panjang", "--as-of", "13-11-2024"], "Invalid value for '--as-of'"),
    ],
)
def test_report_usage_errors_exit_2(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_report_of_an_invalid_plan_lists_its_errors(tmp_path: Path) -> None:
    (tmp_path / "contoh.yaml").write_text(MINIMAL.replace("status: running", "status: finished"))
    result = run("report", "contoh", "--dir", str(tmp_path))
    assert result.returncode == 1
    assert "error [invalid-value] `finished` is not one of" in result.stderr
    assert "error: the plan has 1 error;" in result.stderr


def test_report_never_overwrites_its_plan(tmp_path: Path) -> None:
    plan = tmp_path / "contoh.yaml"
    plan.write_text(MINIMAL, encoding="utf-8")
    result = run("report", str(plan), "--format", "md", "-o", str(plan))
    assert result.returncode == 2
    assert "refusing to write the report over its input plan" in result.stderr
    assert plan.read_text(encoding="utf-8") == MINIMAL


def test_schema_command_prints_the_kept_schema() -> None:
    result = run("schema")
    assert result.stdout == (REPO / "schema" / "masterplan.schema.json").read_text(encoding="utf-8")


def test_version() -> None:
    from smartcity_cli import __version__

    assert run("--version").stdout == f"smartcity {__version__}\n"
