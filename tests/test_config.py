"""Configuration found upwards from the working directory; the command line wins over it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MINIMAL, REPO

from smartcity_cli.config import Config, find_config
from smartcity_cli.errors import UsageError
from smartcity_cli.limits import DEFAULT_MAX_BYTES

# A plan whose only findings (the plan-quality rules aside) is one horizon-overrun warning.
WARNED = MINIMAL.replace("years: {start: 2019, end: 2019}", "years: {start: 2019, end: 2020}")


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    environ["PYTHONPATH"] = str(REPO)
    return subprocess.run([sys.executable, "-m", "smartcity_cli", *args], cwd=cwd,
                          env={**environ, "NO_COLOR": "1"}, capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A plans repository with one plan that has one warning, and a subdirectory."""
    root = tmp_path / "plans-repo"
    (root / "masterplans").mkdir(parents=True)
    (root / "masterplans" / "contoh.yaml").write_text(WARNED, encoding="utf-8")
    (root / "docs" / "deep").mkdir(parents=True)
    return root


def test_found_upwards_from_a_subdirectory(repo: Path) -> None:
    (repo / ".smartcity.toml").write_text('strict = true\ndisable = ["quality"]\n')
    config = find_config(repo / "docs" / "deep")
    assert (config.root, config.file) == (repo, repo / ".smartcity.toml")
    assert (config.strict, config.disable, config.max_bytes) == (
        True,
        ("quality",),
        DEFAULT_MAX_BYTES,
    )
    assert config.source("strict") == f"{repo / '.smartcity.toml'}"
    assert config.source("max_bytes") == "default"


def test_pyproject_table_and_precedence_of_the_own_file(repo: Path) -> None:
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.smartcity]\ndir = "plans"\n[tool.smartcity.limits]\n'
        "max_values = 1000\n"
    )
    config = find_config(repo)
    assert (config.dir, config.max_values, config.file) == ("plans", 1000, repo / "pyproject.toml")
    assert config.source("dir") == f"{repo / 'pyproject.toml'} [tool.smartcity]"
    (repo / ".smartcity.toml").write_text("strict = true\n")
    own = find_config(repo)
    assert (own.file, own.dir, own.strict) == (repo / ".smartcity.toml", "masterplans", True)


def test_a_pyproject_without_our_table_is_passed_over(repo: Path) -> None:
    (repo / "docs" / "pyproject.toml").write_text('[project]\nname = "docs"\n')
    assert find_config(repo / "docs" / "deep") == Config(root=repo)


def test_nothing_found_is_the_defaults(tmp_path: Path) -> None:
    assert find_config(tmp_path) == Config()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("strikt = true\n", "unknown setting `strikt`; did you mean `strict`?"),
        ('strict = "yes"\n', "`strict` must be true or false, not 'yes'"),
        ("[limits]\nmax_bytes = 0\n", "`limits.max_bytes` must be a positive whole number, not 0"),
        ('language = "fr"\n', '`language` must be "id" or "en", not \'fr\''),
        ('dir = "../elsewhere"\n', "`dir` must be a directory inside the repository"),
        ("strict = \n", "not valid TOML"),
        ("[schedule]\non_track = 120\n", "`schedule.on_track` must be a percentage, above 0 and"),
        ("[schedule]\nat_risk = 0\n", "`schedule.at_risk` must be a percentage, above 0 and"),
        ('[schedule]\nat_risk = "60"\n', "`schedule.at_risk` must be a percentage"),
        (
            "[schedule]\non_track = 60\nat_risk = 65\n",
            "`schedule.at_risk` must be at most `schedule.on_track` (60), not 65",
        ),
        (
            "[schedule]\nat_risk = 95\n",  # above the default on_track
            "`schedule.at_risk` must be at most `schedule.on_track` (90), not 95",
        ),
    ],
)
def test_a_bad_configuration_is_a_usage_error_that_names_file_and_key(
    repo: Path, text: str, message: str
) -> None:
    (repo / ".smartcity.toml").write_text(text)
    with pytest.raises(UsageError, match="^" + str(repo / ".smartcity.toml")) as caught:
        find_config(repo)
    assert message in str(caught.value)
    result = run("validate", cwd=repo)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert message in result.stderr


def test_the_command_line_wins_over_the_file(repo: Path) -> None:
    (repo / ".smartcity.toml").write_text('strict = true\ndisable = ["quality"]\n')
    strict = run("validate", cwd=repo / "docs")
    assert strict.returncode == 1  # the warning fails under the configured strict
    assert strict.stdout == (
        "../masterplans/contoh.yaml:25:31: warning [horizon-overrun] program GOV-01 ends in "
        "2020, after its short horizon ends in 2019\n"
        "    hint: choose a longer horizon or shorten the years\n"
        "1 file checked: 0 errors, 1 warning\n"
    )
    assert run("validate", "--no-strict", cwd=repo / "docs").returncode == 0
    # --disable replaces the configured list: the quality warnings are back
    replaced = run("validate", "--disable", "horizon-overrun", "--no-strict", cwd=repo)
    assert (
        "[horizon-overrun]" not in replaced.stdout and "[pillar-without-program]" in replaced.stdout
    )
    (repo / ".smartcity.toml").write_text("[limits]\nmax_bytes = 100\n")
    refused = run("validate", "-q", cwd=repo)
    assert "[file-too-large]" in refused.stdout
    assert "[file-too-large]" not in run("validate", "--max-bytes", "100000", cwd=repo).stdout


def test_configured_dir_and_language_are_used_from_anywhere_below(repo: Path) -> None:
    (repo / "masterplans").rename(repo / "rencana")
    shutil.copy(REPO / "masterplans" / "palu.yaml", repo / "rencana" / "palu.yaml")
    (repo / ".smartcity.toml").write_text('dir = "rencana"\nlanguage = "en"\n')
    report = run("report", "palu", cwd=repo / "docs" / "deep")
    assert report.returncode == 0, report.stderr
    assert (
        "\nKota Palu: Smart City Masterplan Progress Report\n" in report.stdout
    )  # after the stale notice
    assert "Realisasi program" not in report.stdout
    native = run("report", "palu", "--lang", "id", cwd=repo / "docs" / "deep")
    assert "Realisasi program" in native.stdout


def test_smartcity_config_prints_each_setting_and_its_source(repo: Path) -> None:
    (repo / ".smartcity.toml").write_text("strict = true\n[limits]\nmax_bytes = 1000000\n")
    result = run("config", cwd=repo / "masterplans")
    where = repo / ".smartcity.toml"
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        f"configuration file: {where}\n"
        f"plans repository:   {repo}\n"
        "plans directory:    .\n"
        "\n"
        'dir                  "masterplans"  default\n'
        f"strict               true           {where}\n"
        "disable              []             default\n"
        "language             null           default\n"
        f"limits.max_bytes     1000000        {where}\n"
        "limits.max_values    750000         default\n"
        "limits.alias_budget  10000          default\n"
        "schedule.on_track    90             default\n"
        "schedule.at_risk     70             default\n"
    )


def test_commands_find_the_plans_repository_like_git(repo: Path) -> None:
    shutil.copy(REPO / "masterplans" / "palu.yaml", repo / "masterplans" / "palu.yaml")
    inside = run("report", "palu", cwd=repo / "masterplans")
    assert inside.returncode == 0, inside.stderr
    assert "Kota Palu" in inside.stdout
    assert run("validate", "-q", "--disable", "quality", "--disable", "horizon-overrun",
               cwd=repo / "docs" / "deep").stdout == ""  # fmt: skip
    listed = run("validate", "--disable", "quality", cwd=repo / "docs" / "deep").stdout
    assert listed.startswith("../../masterplans/contoh.yaml:")


@pytest.mark.parametrize("command", [["validate"], ["site", "-o", "out"], ["report", "palu"]])
def test_no_plans_directory_gives_one_helpful_message(tmp_path: Path, command: list[str]) -> None:
    result = run(*command, cwd=tmp_path)
    assert result.returncode == 2
    assert (
        "there is no masterplans/ here or in any directory above; run from your plans "
        "repository (or below it), or pass --dir"
    ) in result.stderr
    assert "Traceback" not in result.stderr


PLAN_SCHEDULE = "scoring:\n  schedule: {on_track: 95, at_risk: 90}\n"


@pytest.mark.parametrize(
    ("config", "plan", "expected"),
    [
        ("", MINIMAL, ("90", "70")),  # the built-in defaults
        ("[schedule]\non_track = 40\nat_risk = 30.5\n", MINIMAL, ("40", "30.5")),
        # the plan's own scoring.schedule wins over the configuration, as a whole
        ("[schedule]\non_track = 40\nat_risk = 30\n", MINIMAL + PLAN_SCHEDULE, ("95", "90")),
        ("[schedule]\non_track = 80\n", MINIMAL + "scoring:\n  schedule: {at_risk: 50}\n",
         ("90", "50")),
    ],
)  # fmt: skip
def test_schedule_thresholds_default_config_plan(
    repo: Path, monkeypatch: pytest.MonkeyPatch, config: str, plan: str, expected: tuple[str, str]
) -> None:
    from smartcity_cli.report import load_valid_plan

    (repo / "masterplans" / "contoh.yaml").write_text(plan, encoding="utf-8")
    if config:
        (repo / ".smartcity.toml").write_text(config, encoding="utf-8")
    monkeypatch.chdir(repo)
    _, loaded = load_valid_plan("contoh", Path("masterplans"))
    assert (str(loaded.scoring.on_track), str(loaded.scoring.at_risk)) == expected


def test_configured_schedule_thresholds_change_the_report_and_show_in_config(repo: Path) -> None:
    (repo / "masterplans" / "contoh.yaml").write_text(MINIMAL, encoding="utf-8")
    # GOV-02 is 40% done when all of its time has passed: off track by default (below 70)
    args = ("report", "contoh", "--format", "md", "--lang", "en", "--as-of", "2024-01-15")
    before = run(*args, cwd=repo)
    assert before.returncode == 0, before.stderr
    assert "| **0** | of 1 running or delayed programmes; 0 at risk, 1 off track" in before.stdout
    (repo / ".smartcity.toml").write_text("[schedule]\non_track = 40\nat_risk = 30\n")
    after = run(*args, cwd=repo)
    assert "| **1** | of 1 running or delayed programmes; 0 at risk, 0 off track" in after.stdout
    shown = run("config", cwd=repo).stdout
    where = repo / ".smartcity.toml"
    assert f"schedule.on_track    40             {where}\n" in shown
    assert f"schedule.at_risk     30             {where}\n" in shown
    # the plan's own thresholds win again
    (repo / "masterplans" / "contoh.yaml").write_text(MINIMAL + PLAN_SCHEDULE, encoding="utf-8")
    again = run(*args, cwd=repo)
    assert "| **0** | of 1 running or delayed programmes; 0 at risk, 1 off track" in again.stdout
