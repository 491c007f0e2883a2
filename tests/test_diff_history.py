"""Versioned plans: diff, the change rules, validate --against, history and migrations,
on a temporary git repository with several commits of one plan."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MINIMAL, check_text, edit

from smartcity_cli import migrations
from smartcity_cli.checks.changes import ChangeContext, FormatChanged
from smartcity_cli.errors import SmartcityError
from smartcity_cli.loader import load_text
from smartcity_cli.migrate import run_migrate
from smartcity_cli.plandiff import diff_plans

EXTRA = (
    "  - {id: GOV-03, name: Smart Parking, pillar: living, element: mobility, agency: diskominfo,\n"
    "     horizon: long, years: {start: 2020, end: 2024}, status: running, progress: 30}\n"
)
R1 = MINIMAL + EXTRA
# revision 2: GOV-02 completed, a program added
R2 = (
    edit("revision: 1", "revision: 2", R1)
    .replace("updated: 2024-01-15", "updated: 2024-03-01")
    .replace("    status: running\n    progress: 40", "    status: completed\n    progress: 100")
    + "  - {id: GOV-04, name: Open Data, pillar: governance, agency: bappeda, horizon: long,\n"
    "     status: planned}\n"
)
# revision 3: GOV-03 removed while still running
R3 = edit(EXTRA, "", R2).replace("revision: 2", "revision: 3").replace("2024-03-01", "2024-06-01")
# the next edit forgets to raise the revision, and dates itself back
R4 = R3.replace("name: Open Data, pillar: governance, agency: bappeda, horizon: long,\n     status: planned",
                "name: Open Data, pillar: governance, agency: bappeda, horizon: long,\n     status: running").replace(
    "2024-06-01", "2024-05-01")  # fmt: skip


def git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": "2024-01-01T00:00:00",
        "GIT_COMMITTER_DATE": "2024-01-01T00:00:00",
    }
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True,
                          env=env).stdout  # fmt: skip


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    if shutil.which("git") is None:
        pytest.fail("git is needed for these tests")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "test@example.invalid")
    git(tmp_path, "config", "user.name", "Test")
    (tmp_path / "masterplans").mkdir()
    for n, text in enumerate([R1, R2, R3], start=1):
        (tmp_path / "masterplans" / "contoh.yaml").write_text(text, encoding="utf-8")
        git(tmp_path, "add", "-A")
        git(tmp_path, "commit", "-q", "-m", f"revision {n}")
    return tmp_path


def run(repo: Path, *args: str, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    if path is not None:
        env["PATH"] = path
    return subprocess.run([sys.executable, "-m", "smartcity_cli", *args], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip


def test_the_revisions_are_valid_plans() -> None:
    for text in (R1, R2, R3, R4):
        assert check_text(text).findings == ()


def test_diff_of_two_revisions_as_json(repo: Path) -> None:
    result = run(repo, "diff", "HEAD~2:masterplans/contoh.yaml", "HEAD~1:masterplans/contoh.yaml",
                 "--format", "json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    (plan,) = json.loads(result.stdout)["plans"]
    assert plan["revision"] == [1, 2] and plan["updated"] == ["2024-01-15", "2024-03-01"]
    assert (plan["added"], plan["removed"]) == (["GOV-04"], [])
    assert plan["changes"] == [
        {"id": "GOV-02", "what": "status", "old": "running", "new": "completed"},
        {"id": "GOV-02", "what": "progress", "old": "40", "new": "100"},
    ]
    overall = {f["figure"]: (f["old"], f["new"]) for f in plan["figures"] if f["pillar"] is None}
    # 3 of 3 running or completed, then 3 of 4 (GOV-04 is planned)
    assert overall == {"programs": ("3", "4"), "realization": ("100.00", "75.00"),
                       "mean_progress": ("56.67", "57.50"), "action_plans": (None, None)}  # fmt: skip
    assert json.loads(result.stdout)["findings"] == []


def test_diff_text_and_markdown_show_the_figures_before_and_after(repo: Path) -> None:
    text = run(
        repo, "diff", "HEAD~2:masterplans/contoh.yaml", "HEAD~1:masterplans/contoh.yaml"
    ).stdout
    assert "  Realisasi program: 100,00% -> 75,00%\n" in text
    assert "    + GOV-04 Open Data (direncanakan)\n" in text
    assert "    GOV-02 status: berjalan -> selesai\n" in text
    md = run(repo, "diff", "HEAD~2:masterplans/contoh.yaml", "HEAD~1:masterplans/contoh.yaml",
             "--format", "md", "--lang", "en").stdout  # fmt: skip
    assert "| Programme realisation | 100.00% | 75.00% |" in md
    assert "| GOV-02 | status | running | completed |" in md


def test_removed_program_is_a_warning_located_in_the_old_revision(repo: Path) -> None:
    result = run(
        repo, "diff", "--check", "HEAD~1:masterplans/contoh.yaml", "masterplans/contoh.yaml"
    )
    assert result.returncode == 0  # a warning does not fail --check
    assert ("HEAD~1:masterplans/contoh.yaml:38:10: warning [program-removed] program GOV-03 "
            "(Smart Parking) was removed while running") in result.stdout  # fmt: skip


def test_edit_without_a_raised_revision_fails_the_check(repo: Path) -> None:
    (repo / "masterplans" / "contoh.yaml").write_text(R4, encoding="utf-8")
    result = run(repo, "diff", "--check", "--git", "HEAD")
    assert result.returncode == 1
    lines = [line for line in result.stdout.splitlines() if "[" in line]
    assert lines == [
        "masterplans/contoh.yaml:2:11: error [revision-not-raised] the plan changed but its "
        "revision stays 3; it must be 4",
        "masterplans/contoh.yaml:3:10: error [updated-went-back] updated goes back from "
        "2024-06-01 to 2024-05-01",
    ]
    assert run(repo, "diff", "--git", "HEAD").returncode == 0  # without --check it only shows
    against = run(repo, "validate", "--against", "HEAD", "masterplans")
    assert against.returncode == 1
    assert "[revision-not-raised]" in against.stdout and "[updated-went-back]" in against.stdout
    fixed = R4.replace("revision: 3", "revision: 4").replace("2024-05-01", "2024-07-01")
    (repo / "masterplans" / "contoh.yaml").write_text(fixed, encoding="utf-8")
    assert run(repo, "validate", "--against", "HEAD", "masterplans").returncode == 0


def test_comment_only_edit_needs_no_new_revision(repo: Path) -> None:
    (repo / "masterplans" / "contoh.yaml").write_text("# catatan\n" + R3, encoding="utf-8")
    assert run(repo, "diff", "--check", "--git", "HEAD").returncode == 0


def test_history_walks_every_revision(repo: Path) -> None:
    (repo / "masterplans" / "contoh.yaml").write_text("format: 1\nrevision: [\n", encoding="utf-8")
    git(repo, "commit", "-qam", "a broken edit")
    result = run(repo, "history", "contoh", "--format", "json")
    assert result.returncode == 0, result.stderr
    points = json.loads(result.stdout)["points"]
    assert [(p["revision"], p["programs"], p["realization"], p["errors"]) for p in points] == [
        (1, 3, "100.00", 0), (2, 4, "75.00", 0), (3, 3, "66.67", 0), (None, None, None, 1)]  # fmt: skip
    text = run(repo, "history", "contoh").stdout
    assert "Realisasi program: █▇▆ \n" in text  # one mark a revision, blank where it broke
    html = run(repo, "history", "contoh", "--format", "html", "-o", "-").stdout
    assert "<polyline" in html and html.count("<circle") == 3


def test_history_in_a_shallow_clone_says_so(repo: Path, tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", repo.as_uri(), str(clone)], check=True)
    result = run(clone, "history", "contoh")
    assert result.returncode == 0
    assert "clone dangkal: riwayat mulai dari " in result.stdout
    assert "masterplans/contoh.yaml: 1 commit\n" in result.stdout
    english = run(clone, "history", "contoh", "--lang", "en").stdout
    assert "shallow clone: history starts at" in english
    assert "masterplans/contoh.yaml: 1 commit(s)\n" in english


def test_git_missing_or_outside_a_repository_is_exit_2(
    repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    no_git = run(repo, "history", "contoh", path=str(Path(sys.executable).parent))
    assert no_git.returncode == 2
    assert "git is not installed or not on PATH" in no_git.stderr
    outside = tmp_path_factory.mktemp("plain")  # not inside the repository above
    (outside / "masterplans").mkdir(parents=True)
    (outside / "masterplans" / "contoh.yaml").write_text(R1, encoding="utf-8")
    result = run(outside, "history", "contoh")
    assert result.returncode == 2
    assert "is not inside a git repository" in result.stderr
    assert "Traceback" not in result.stderr


def test_format_change_needs_a_migration(monkeypatch: pytest.MonkeyPatch) -> None:
    old_doc, new_doc = load_text(R1, "old.yaml"), load_text(R1, "new.yaml")
    old = check_text(R1).plan
    assert old is not None
    new = dataclasses.replace(old, format=2)
    ctx = ChangeContext(diff_plans(old, new, old_name="old", new_name="new"), old_doc, new_doc)
    (finding,) = FormatChanged.check_change(ctx)
    assert (finding.rule, finding.location.line) == ("format-changed", 1)
    monkeypatch.setitem(migrations.STEPS, 1, lambda data: data)
    assert list(FormatChanged.check_change(ctx)) == []


def test_migration_registry_with_a_fake_v0_step(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def rename_status(data: dict) -> dict:  # type: ignore[type-arg]  # v0 called it `state`
        for program in data["programs"]:
            program["status"] = program.pop("state")
        return data

    monkeypatch.setitem(migrations.STEPS, 0, rename_status)
    v0 = edit("format: 1", "format: 0", MINIMAL).replace("    status:", "    state:")
    path = tmp_path / "contoh.yaml"
    path.write_text(v0, encoding="utf-8")
    assert run_migrate(path, 1) == f"{path}: migrated to format 1 (revision raised by one)"
    migrated = check_text(path.read_text(encoding="utf-8"))
    assert migrated.findings == () and migrated.plan is not None
    assert (migrated.plan.format, migrated.plan.revision) == (1, 2)
    assert [p.status for p in migrated.plan.programs] == ["completed", "running"]
    assert run_migrate(path, 1) == f"{path} is already format 1; nothing to do"
    with pytest.raises(SmartcityError, match="no migration from format 1 to 2 exists"):
        run_migrate(path, 2)
