"""Hostile input, measured: each is refused or handled in well under a second of CPU and
200 MB of memory, with a located message, and the input is never changed."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

MEASURE = """
import json, sys, time
from pathlib import Path
from smartcity_cli.validate import validate_file
started = time.process_time()
result = validate_file(Path(sys.argv[1]))
cpu = time.process_time() - started
# VmHWM is this process's own peak; ru_maxrss would include the parent's from before the fork
status = Path("/proc/self/status").read_text()
peak_mb = int(next(l for l in status.splitlines() if l.startswith("VmHWM")).split()[1]) / 1024
print(json.dumps({"cpu": cpu, "peak_mb": peak_mb,
                  "findings": [(f.rule, f.location.line) for f in result.findings]}))
"""


def _laughs() -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    return "\n".join(lines) + "\n"


def _write(path: Path, name: str) -> None:
    with path.open("w", encoding="utf-8") as out:
        if name == "billion-laughs":
            out.write(_laughs())
        elif name == "100-MB":
            out.write("a: 1\n" * 20_000_000)
        elif name == "10000-deep":
            out.write("[" * 10_000 + "]" * 10_000 + "\n")
        elif name == "million-item-list":
            out.write("a: [" + ",".join(["1"] * 1_000_000) + "]\n")
        elif name == "million-repeated-keys":
            out.write("a: 1\n" * 1_000_000)


EXPECTED = {
    "billion-laughs": ("yaml-alias-budget", 5),
    "100-MB": ("file-too-large", 0),
    "10000-deep": ("yaml-too-deep", 1),
    "million-item-list": ("yaml-too-many-values", 1),
    "million-repeated-keys": ("yaml-too-many-values", 50_001),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_input_is_cheap_and_located(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.yaml"
    _write(path, name)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    run = subprocess.run([sys.executable, "-c", MEASURE, str(path)], capture_output=True,
                         text=True, check=True, timeout=120)  # fmt: skip
    measured = json.loads(run.stdout)
    assert [tuple(f) for f in measured["findings"]] == [EXPECTED[name]]
    # resource bounds, not speed goals: the same work unbounded takes 4-13 s and up to 1 GB
    assert measured["cpu"] < 1.0, measured
    assert measured["peak_mb"] < 200, measured
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    print(f"{name}: {measured['cpu']:.2f} s CPU, {measured['peak_mb']:.0f} MB peak")


def test_findings_are_capped_per_rule() -> None:
    from conftest import MINIMAL, check_text

    text = MINIMAL + "".join(f"  - {{id: X{i}, name: X, pillar: governance, agency: nope, horizon: long, status: planned}}\n"
                             for i in range(150))  # fmt: skip
    findings = check_text(text).findings
    unknown = [f for f in findings if f.rule == "unknown-reference"]
    assert len(unknown) == 101
    assert unknown[-1].message == "... and 50 more findings of this rule, not shown"


def _cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "smartcity_cli", *args], cwd=cwd,
                          capture_output=True, text=True, check=False)  # fmt: skip


def test_plan_names_cannot_reach_outside(tmp_path: Path) -> None:
    from smartcity_cli.errors import UsageError
    from smartcity_cli.plans import resolve_plan

    for name in ("../../etc/passwd", "palu\x00.yaml", "palu\x00", "/etc/shadow"):
        with pytest.raises(UsageError):
            resolve_plan(name, tmp_path)


def test_a_plan_linked_out_of_the_plans_directory_is_neither_read_nor_written(
    tmp_path: Path,
) -> None:
    from conftest import REPO

    elsewhere = tmp_path / "shared" / "palu.yaml"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes((REPO / "masterplans" / "palu.yaml").read_bytes())
    plans = tmp_path / "repo" / "masterplans"
    plans.mkdir(parents=True)
    (plans / "palu.yaml").symlink_to(elsewhere)
    digest = hashlib.sha256(elsewhere.read_bytes()).hexdigest()
    for args in (("report", "palu"), ("set", "palu", "GOV-01", "--progress", "75")):
        result = _cli(tmp_path / "repo", *args)
        assert result.returncode == 2, args
        assert "Kota Palu" not in result.stdout
        assert "is a link to a file outside masterplans/" in result.stderr
    assert hashlib.sha256(elsewhere.read_bytes()).hexdigest() == digest  # the target is untouched
    assert (plans / "palu.yaml").is_symlink()


# Every command that reads a plan takes the same limits, and a refusal names the limit and
# the option that raises it (never "fix them first", which is advice for invalid plans).
REFUSED = {
    "validate": ["validate", "{plan}"],
    "report": ["report", "{plan}", "-f", "md"],
    "evaluate": ["evaluate", "{plan}", "-s", "1"],
    "set": ["set", "{plan}", "GOV-01", "--progress", "50", "--dry-run"],
    "export": ["export", "{plan}", "-o", "{tmp}/x.xlsx"],
    "import": ["import", "{tmp}", "--into", "{plan}", "--dry-run"],
    "diff": ["diff", "{plan}", "{plan}"],
    "migrate": ["migrate", "{plan}", "--to", "1"],
}


def _smartcity(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "smartcity_cli", *args], capture_output=True,
                          text=True, timeout=120, check=False)  # fmt: skip


@pytest.mark.parametrize("command", sorted(REFUSED))
def test_every_command_refuses_over_the_limit_and_names_the_option(
    command: str, tmp_path: Path
) -> None:
    plan = tmp_path / "palu.yaml"
    plan.write_bytes((Path(__file__).parent.parent / "masterplans" / "palu.yaml").read_bytes())
    before = plan.read_bytes()
    args = [a.format(plan=plan, tmp=tmp_path) for a in REFUSED[command]]
    run = _smartcity(*args, "--max-bytes", "1000")
    out = run.stdout + run.stderr
    assert run.returncode != 0, out
    assert "[file-too-large]" in out and "over the limit of 1,000 bytes" in out, out
    assert "raise the limit with --max-bytes" in out, out
    assert "fix them first" not in out, out
    assert plan.read_bytes() == before


def test_site_shows_a_plan_over_the_limit_as_refused(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "palu.yaml").write_bytes(
        (Path(__file__).parent.parent / "masterplans" / "palu.yaml").read_bytes()
    )
    run = _smartcity("site", str(plans), "-o", str(tmp_path / "out"), "--max-values", "100")
    assert run.returncode == 0, run.stderr
    assert "yaml-too-many-values" in (tmp_path / "out" / "regions" / "palu.en.html").read_text()


def test_limits_are_options_of_every_command_that_reads_a_plan() -> None:
    for command in [*REFUSED, "site", "history"]:
        help_text = _smartcity(command, "--help").stdout
        for option in ("--max-bytes", "--max-values", "--max-items", "--alias-budget"):
            assert option in help_text, (command, option)


def test_the_default_limits_admit_a_10000_program_plan() -> None:
    from benchmarks.synthetic import synthetic_plan
    from smartcity_cli.limits import LoadLimits
    from smartcity_cli.loader import load_text

    text = synthetic_plan(10_000, seed=10_000)
    assert len(text.encode("utf-8")) > 5_000_000  # the old default refused it
    doc = load_text(text, "sintetis.yaml", LoadLimits())
    assert len(doc.data["programs"]) == 10_000 and not doc.findings


def test_a_command_without_configuration_reads_under_the_loader_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The configuration's unset limits once said 5 MB: every command but validate then
    refused a 10,000-program plan (5.02 MB) that the loader's defaults admit."""
    from smartcity_cli.commands.common import load_limits
    from smartcity_cli.config import current_config
    from smartcity_cli.limits import LoadLimits

    monkeypatch.chdir(tmp_path)  # no configuration file here or above
    assert current_config().file is None
    assert load_limits(None, None, None, None) == LoadLimits()


def test_limits_in_force_reach_every_read_and_end_with_the_block(tmp_path: Path) -> None:
    from smartcity_cli.errors import LoadError
    from smartcity_cli.limits import LoadLimits, enforcing, limits_in_force
    from smartcity_cli.loader import load_file

    plan = tmp_path / "palu.yaml"
    plan.write_bytes((Path(__file__).parent.parent / "masterplans" / "palu.yaml").read_bytes())
    limits = LoadLimits().override(max_bytes=1000, max_values=None)
    with enforcing(limits), pytest.raises(LoadError, match="over the limit of 1,000 bytes"):
        load_file(plan)
    assert limits_in_force() == LoadLimits()
    assert load_file(plan).data["region"]["slug"] == "palu"
