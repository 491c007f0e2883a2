"""`smartcity init`: a plans repository that passes its own checks, in CI, pre-commit and the editor."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from node_tools import LanguageServer

from smartcity_cli.schema import schema_text

BIN = Path(sys.executable).parent  # where this environment's `smartcity` is


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    environ["PATH"] = f"{BIN}{os.pathsep}{environ.get('PATH', '')}"
    return subprocess.run([sys.executable, "-m", "smartcity_cli", *args], cwd=cwd, env=environ,
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("init") / "rencana"
    result = run("init", str(root), "--lang", "en", cwd=root.parent)
    assert result.returncode == 0, result.stderr
    return root


def test_init_writes_a_whole_repository(repo: Path) -> None:
    files = sorted(str(p.relative_to(repo)) for p in repo.rglob("*") if p.is_file())
    assert files == [
        ".github/workflows/masterplans.yml", ".gitignore", ".pre-commit-config.yaml",
        ".smartcity.toml", ".vscode/settings.json", "README.md",
        "masterplans/kota-contoh.yaml", "schema/masterplan.schema.json",
    ]  # fmt: skip
    assert (repo / "schema" / "masterplan.schema.json").read_text(encoding="utf-8") == schema_text()
    plan = (repo / "masterplans" / "kota-contoh.yaml").read_text(encoding="utf-8")
    first = plan.splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/masterplan.schema.json"
    assert (repo / "masterplans" / "../schema/masterplan.schema.json").resolve().is_file()
    settings = json.loads((repo / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert settings == {"yaml.schemas": {"./schema/masterplan.schema.json": [
        "masterplans/*.yaml", "masterplans/*.yml"]}}  # fmt: skip
    assert (repo / "README.md").read_text(encoding="utf-8").startswith("# Smart City masterplans\n")


def test_the_new_repository_passes_validate_strict_and_uses_its_config(repo: Path) -> None:
    result = run("validate", "--strict", cwd=repo / "masterplans")
    assert (result.returncode, result.stdout) == (0, "1 file checked: 0 errors, 0 warnings\n")
    config = run("config", cwd=repo).stdout
    assert config.startswith(f"configuration file: {repo / '.smartcity.toml'}\n")
    assert f"strict               true           {repo / '.smartcity.toml'}\n" in config


def test_init_never_overwrites(repo: Path) -> None:
    again = run("init", str(repo), cwd=repo.parent)
    assert again.returncode == 2
    assert "exists already; init never overwrites a file" in again.stderr


def test_init_in_indonesian(tmp_path: Path) -> None:
    assert run("init", "--lang", "id", cwd=tmp_path).returncode == 0
    assert (
        (tmp_path / "README.md").read_text(encoding="utf-8").startswith("# Masterplan Smart City\n")
    )
    assert run("validate", "--strict", cwd=tmp_path).returncode == 0


def test_pre_commit_run_all_files_passes_then_catches_a_broken_plan(
    repo: Path, tmp_path: Path
) -> None:
    pre_commit = shutil.which("pre-commit", path=str(BIN))
    if pre_commit is None:
        pytest.skip("needs pre-commit (pip install pre-commit; .[test] has it)")
    work = tmp_path / "work"
    shutil.copytree(repo, work)
    environ = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
               "PRE_COMMIT_HOME": str(tmp_path / "cache")}  # fmt: skip
    environ.pop("GITHUB_ACTIONS", None)

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=work, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("add", "-A")
    hooks = subprocess.run([pre_commit, "run", "--all-files"], cwd=work, env=environ,
                           capture_output=True, text=True, timeout=300, check=False)  # fmt: skip
    assert hooks.returncode == 0, hooks.stdout + hooks.stderr
    assert "smartcity validate" in hooks.stdout and "Passed" in hooks.stdout
    plan = work / "masterplans" / "kota-contoh.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("status: planned", "stauts: planned", 1)
    )
    git("add", "-A")
    broken = subprocess.run([pre_commit, "run", "--all-files"], cwd=work, env=environ,
                            capture_output=True, text=True, timeout=300, check=False)  # fmt: skip
    assert broken.returncode == 1
    assert "error [unknown-key] `stauts` is not a known key here" in broken.stdout


def test_yaml_language_server_finds_the_schema_and_locates_an_error(repo: Path) -> None:
    good = repo / "masterplans" / "kota-contoh.yaml"
    broken = repo / "masterplans" / "broken.yaml"
    lines = good.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line == "    status: planned\n")
    lines[at] = "    stauts: planned\n"
    broken.write_text("".join(lines), encoding="utf-8")
    unresolved = repo / "masterplans" / "unresolved.yaml"  # the check is not vacuous
    unresolved.write_text(good.read_text(encoding="utf-8").replace("../schema/", "../nowhere/"))
    server = LanguageServer(repo)
    try:
        assert server.diagnostics(good) == []
        found = server.diagnostics(broken)
        missing = [
            d for d in server.diagnostics(unresolved) if "Unable to load schema" in d["message"]
        ]
    finally:
        server.close()
        broken.unlink()
        unresolved.unlink()
    assert missing, "a schema path that does not resolve is reported"
    located = [(d["range"]["start"]["line"], d["range"]["start"]["character"], d["message"])
               for d in found]  # fmt: skip
    assert (at, 4, "Property stauts is not allowed.") in located


def test_new_points_at_a_schema_that_resolves_from_where_it_writes(tmp_path: Path) -> None:
    args = ("new", "kota-baru", "--name", "Kota Baru", "--kind", "kota", "--province", "Aceh")
    result = run(*args, "--dir", "data/plans", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("written data/schema/masterplan.schema.json, the JSON Schema")
    plan = tmp_path / "data" / "plans" / "kota-baru.yaml"
    first = plan.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/masterplan.schema.json"
    assert (plan.parent / "../schema/masterplan.schema.json").resolve().is_file()
    # where the repository has its schema already, it is referenced, not written again
    (tmp_path / "r" / "schema").mkdir(parents=True)
    (tmp_path / "r" / "schema" / "masterplan.schema.json").write_text("{}")
    again = run(*args, cwd=tmp_path / "r")
    assert again.stdout == (
        "written masterplans/kota-baru.yaml; check it with: smartcity validate "
        "masterplans/kota-baru.yaml\n"
    )
    assert (tmp_path / "r" / "schema" / "masterplan.schema.json").read_text() == "{}"
