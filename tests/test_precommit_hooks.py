"""The hooks this repository offers (.pre-commit-hooks.yaml), run by pre-commit from this
checkout, as a masterplans repository would use them with `repo:` and `rev:`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, needs_checkout


@needs_checkout(".git")
def test_smartcity_validate_hook_passes_a_good_plan_and_stops_a_broken_one(tmp_path: Path) -> None:
    pre_commit = shutil.which("pre-commit", path=str(Path(sys.executable).parent))
    if pre_commit is None:
        pytest.skip("needs pre-commit (pip install pre-commit; .[test] has it)")
    work = tmp_path / "plans"
    (work / "masterplans").mkdir(parents=True)
    plan = work / "masterplans" / "palu.yaml"
    shutil.copy(REPO / "masterplans" / "palu.yaml", plan)
    environ = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    environ["PRE_COMMIT_HOME"] = str(tmp_path / "cache")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(args, cwd=work, env=environ, capture_output=True, text=True,
                              timeout=600, check=False)  # fmt: skip

    run("git", "init", "-q", "-b", "main")
    run("git", "add", "-A")
    # try-repo installs the hook from this checkout (its language: python) into its own
    # environment, as pre-commit does for `repo: <url>, rev: vX.Y.Z`
    good = run(pre_commit, "try-repo", str(REPO), "smartcity-validate", "--all-files")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "smartcity validate" in good.stdout and "Passed" in good.stdout
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("status: running", "stauts: running", 1)
    )
    run("git", "add", "-A")
    bad = run(pre_commit, "try-repo", str(REPO), "smartcity-validate", "--all-files")
    assert bad.returncode == 1
    assert "error [unknown-key] `stauts` is not a known key here" in bad.stdout
