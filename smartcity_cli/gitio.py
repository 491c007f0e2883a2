"""Read plans out of git without checking anything out: `git show`, `git log`, `git diff`.

Every call is an argument list (never a shell string). A missing git, or a path outside
a repository, is a usage error with a clear message.

A ref from the user is untrusted: it is verified once (`verify_ref`) and only the commit id
it names is passed on, so a ref such as ``--output=/path`` can never reach git as an option
(refs starting with ``-`` are refused, and ``--end-of-options`` closes the options where
git takes it). A blob's size is asked before it is read, so a huge blob costs nothing.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from smartcity_cli import syntax_rules as syntax
from smartcity_cli.errors import LoadError, UsageError
from smartcity_cli.findings import Location
from smartcity_cli.limits import limits_in_force
from smartcity_cli.messages import msg
from smartcity_cli.textsafe import elide, escape_controls


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
            msg("git is not installed or not on PATH; it is needed for this command")
        ) from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        last = escape_controls(message[-1]) if message else "no message"
        raise UsageError(msg("git {args} failed: {last}", args=args[0], last=last))
    return done.stdout


def repo_root(path: Path) -> Path:
    """The top of the work tree that holds ``path``; a usage error outside any repository."""
    where = path if path.is_dir() else path.parent
    try:
        return Path(_git(["rev-parse", "--show-toplevel"], where.resolve()).decode().strip())
    except UsageError as exc:
        if "not a git repository" in str(exc):
            raise UsageError(msg("{path} is not inside a git repository", path=path)) from None
        raise


def verify_ref(ref: str, cwd: Path) -> str:
    """The commit id that ``ref`` names; a usage error naming the ref when it names none.

    In a shallow clone (the default of the usual CI checkout) the base branch is often
    missing; the message then says how to fetch it, instead of the edit passing unchecked.
    """
    shown = escape_controls(elide(ref))
    if not ref or ref.startswith("-"):
        raise UsageError(
            msg("`{shown}` is not a git ref (a ref cannot be empty or start with '-')", shown=shown)
        )
    try:
        out = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"],
                   cwd)  # fmt: skip
    except UsageError as exc:
        if "not a git repository" in str(exc):
            raise
        message = msg("git ref `{shown}` does not name a commit in this repository", shown=shown)
        if is_shallow(cwd):
            branch = ref.split("/", 1)[1] if ref.startswith("origin/") else ref
            message = msg("{problem}; this is a shallow clone, which may lack it: fetch it first, "
                          "e.g. `git fetch --depth=1 origin {branch}`", problem=message,
                          branch=escape_controls(elide(branch)))  # fmt: skip
        raise UsageError(message) from None
    return out.decode("ascii").strip()


def show(sha: str, path: str, cwd: Path, *, max_bytes: int | None = None) -> bytes:
    """The bytes of ``path`` (relative to the repository root) at commit ``sha`` (from
    `verify_ref`); a file-too-large LoadError, before reading, past ``max_bytes`` (by
    default the limit in force: `--max-bytes`)."""
    if max_bytes is None:
        max_bytes = limits_in_force().max_bytes
    spec = f"{sha}:{path}"
    size = int(_git(["cat-file", "-s", spec], cwd).decode("ascii").strip())
    if size > max_bytes:
        raise LoadError(
            syntax.FileTooLarge.finding(
                msg(
                    "the file is {size:,} bytes at this revision, over the limit of {max_bytes:,} bytes",
                    size=size,
                    max_bytes=max_bytes,
                ),
                Location(escape_controls(spec)),
                msg(
                    "a masterplan is normally far smaller; this revision is not read (raise the limit with --max-bytes if it is real)"
                ),
            )
        )
    return _git(["cat-file", "blob", spec], cwd)


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
    out = _git(["diff", "--name-only", "-z", "--no-renames", "--end-of-options", base, "--", *paths],
               cwd)  # fmt: skip
    # -z: names verbatim (not C-quoted), decoded as the file system does, so any name works
    names = [os.fsdecode(name) for name in out.split(b"\0") if name]
    return [p for p in names if p.endswith((".yaml", ".yml"))]


def exists_at(ref: str, path: str, cwd: Path) -> bool:
    try:
        _git(["cat-file", "-e", f"{ref}:{path}"], cwd)
    except UsageError:
        return False
    return True
