"""Git refs are untrusted: verified once, a missing one is a usage error (never "the plan is
new"), one that looks like an option never reaches git as one, and a blob's size is asked
before it is read."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from test_diff_history import R3, R4, git, repo, run  # noqa: F401  (repo is a fixture)

from smartcity_cli import gitio
from smartcity_cli.errors import LoadError, UsageError


@pytest.fixture
def shallow(repo: Path, tmp_path: Path) -> Path:  # noqa: F811
    """A --depth 1 clone that lacks origin/main, as the usual CI checkout of a pull request."""
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", repo.as_uri(), str(clone)], check=True)
    git(clone, "update-ref", "-d", "refs/remotes/origin/main")
    git(clone, "update-ref", "-d", "refs/remotes/origin/HEAD")
    return clone


def test_validate_against_a_missing_ref_in_a_shallow_clone_is_exit_2(shallow: Path) -> None:
    (shallow / "masterplans" / "contoh.yaml").write_text(R4, encoding="utf-8")  # not raised
    result = run(shallow, "validate", "--against", "origin/main", "masterplans")
    assert result.returncode == 2, result.stdout
    assert result.stderr == (
        "error: git ref `origin/main` does not name a commit in this repository; this is a "
        "shallow clone, which may lack it: fetch it first, e.g. "
        "`git fetch --depth=1 origin main`\n"
    )
    assert result.stdout == ""


def test_diff_against_a_missing_ref_is_exit_2(shallow: Path, repo: Path) -> None:  # noqa: F811
    result = run(shallow, "diff", "--git", "origin/main", "--check")
    assert (result.returncode, result.stdout) == (2, "")
    assert "git ref `origin/main` does not name a commit" in result.stderr
    spec = run(repo, "diff", "no-such-branch:masterplans/contoh.yaml", "masterplans/contoh.yaml")
    assert spec.returncode == 2
    assert spec.stderr == (
        "error: git ref `no-such-branch` does not name a commit in this repository\n"
    )
    against = run(repo, "validate", "--against", "no-such-branch", "masterplans")
    assert against.returncode == 2 and "`no-such-branch` does not name a commit" in against.stderr


def test_a_ref_that_looks_like_an_option_creates_no_file(repo: Path, tmp_path: Path) -> None:  # noqa: F811
    target = tmp_path / "planted"
    for args in (
        ("diff", "--git", f"--output={target}"),
        ("diff", "--", f"--output={target}:masterplans/contoh.yaml", "masterplans/contoh.yaml"),
        ("validate", "--against", f"--output={target}", "masterplans"),
    ):
        result = run(repo, *args)
        assert result.returncode == 2, args
        assert "is not a git ref (a ref cannot be empty or start with '-')" in result.stderr
        assert not target.exists(), args


def test_a_valid_ref_is_read_through_its_commit_id(repo: Path) -> None:  # noqa: F811
    sha = git(repo, "rev-parse", "HEAD~1").strip()
    assert gitio.verify_ref("HEAD~1", repo) == sha
    assert gitio.verify_ref("main", repo) == git(repo, "rev-parse", "HEAD").strip()
    with pytest.raises(UsageError, match=r"`main\\x1b\[2J` does not name a commit"):
        gitio.verify_ref("main\x1b[2J", repo)


def test_the_blob_size_is_asked_before_the_blob_is_read(
    repo: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sha = gitio.verify_ref("HEAD", repo)
    assert gitio.show(sha, "masterplans/contoh.yaml", repo) == R3.encode()
    calls: list[list[str]] = []
    real = gitio._git

    def recording(args: list[str], cwd: Path) -> bytes:
        calls.append(args)
        return real(args, cwd)

    monkeypatch.setattr(gitio, "_git", recording)
    with pytest.raises(LoadError) as refused:
        gitio.show(sha, "masterplans/contoh.yaml", repo, max_bytes=100)
    assert calls == [["cat-file", "-s", f"{sha}:masterplans/contoh.yaml"]]  # never the blob
    finding = refused.value.finding
    assert (finding.rule, finding.message) == (
        "file-too-large",
        f"the file is {len(R3.encode()):,} bytes at this revision, over the limit of 100 bytes",
    )


def test_a_huge_ref_or_name_is_a_short_usage_error(repo: Path) -> None:  # noqa: F811
    huge = "x" * 5000
    for args in (("diff", "--", f"{huge}:masterplans/contoh.yaml", "masterplans/contoh.yaml"),
                 ("diff", "--git", huge), ("report", f"{huge}.yaml"), ("history", huge)):  # fmt: skip
        result = run(repo, *args)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr
        assert "x" * 199 + "…" in result.stderr and len(result.stderr) < 400, args


def test_diff_git_reads_any_file_name_verbatim(repo: Path) -> None:  # noqa: F811
    name = "masterplans/kota-é\x1b[2J.yaml"  # git would C-quote it without -z
    (repo / name).write_text(R3, encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "a copy under an odd name")
    (repo / name).write_text(R4, encoding="utf-8")
    result = run(repo, "diff", "--git", "HEAD", "--check")
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        "Kota Contoh: HEAD:masterplans/kota-é\\x1b[2J.yaml -> masterplans/kota-é\\x1b[2J.yaml"
    )
    assert "masterplans/kota-é\\x1b[2J.yaml:2:11: error [revision-not-raised]" in result.stdout
