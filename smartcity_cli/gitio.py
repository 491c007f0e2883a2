"""Read plans out of git without checking anything out: `git show`, `git log`, `git diff`.

Every call is an argument list (never a shell string). A missing git, or a path outside
a repository, is a usage error with a clear message.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from smartcity_cli.errors import UsageError


@dataclass(frozen=True)
class Commit:
    sha: str
    date: str  # committer date, ISO 8601
    subject: str


def _git(args: list[str], cwd: Path) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False, timeout=60)
    except FileNotFoundError:
        raise UsageError(
            "git is not installed or not on PATH; it is needed for this command"
        ) from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UsageError(f"git {args[0]} failed: {message[-1] if message else 'no message'}")
    return done.stdout


def repo_root(path: Path) -> Path:
    """The top of the work tree that holds ``path``; a usage error outside any repository."""
    where = path if path.is_dir() else path.parent
    try:
        return Path(_git(["rev-parse", "--show-toplevel"], where.resolve()).decode().strip())
    except UsageError as exc:
        if "not a git repository" in str(exc):
            raise UsageError(f"{path} is not inside a git repository") from None
        raise


def show(ref: str, path: str, cwd: Path) -> bytes:
    """The bytes of ``path`` (relative to the repository root) at ``ref``."""
    return _git(["show", f"{ref}:{path}"], cwd)


def relative_to_root(path: Path) -> tuple[Path, str]:
    """(repository root, path inside it with forward slashes)."""
    root = repo_root(path)
    return root, path.resolve().relative_to(root).as_posix()


def log(path: str, cwd: Path) -> list[Commit]:
    """Commits that touched ``path``, oldest first."""
    out = _git(["log", "--reverse", "--format=%H%x00%cI%x00%s", "--", path], cwd)
    commits = []
    for line in out.decode("utf-8", "replace").splitlines():
        sha, date, subject = line.split("\x00", 2)
        commits.append(Commit(sha, date, subject))
    return commits


def is_shallow(cwd: Path) -> bool:
    return _git(["rev-parse", "--is-shallow-repository"], cwd).decode().strip() == "true"


def changed_files(base: str, paths: list[str], cwd: Path) -> list[str]:
    """YAML files that differ between ``base`` and the work tree, repository-relative."""
    out = _git(["diff", "--name-only", "--no-renames", base, "--", *paths], cwd)
    return [p for p in out.decode().splitlines() if p.endswith((".yaml", ".yml"))]


def exists_at(ref: str, path: str, cwd: Path) -> bool:
    try:
        _git(["cat-file", "-e", f"{ref}:{path}"], cwd)
    except UsageError:
        return False
    return True
