"""The sdist: what it holds, its metadata, and that its own tests run or skip with a reason."""

from __future__ import annotations

import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from conftest import REPO

from smartcity_cli import __version__

DIST = "smartcity_masterplan"  # the distribution name, normalised as in file names


@pytest.fixture(scope="module")
def sdist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("hatchling", reason="building the sdist needs hatchling (.[test])")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "hatchling", "build", "-t", "sdist", "-d", str(out)],
                   cwd=REPO, check=True, capture_output=True, timeout=300)  # fmt: skip
    (archive,) = out.glob("*.tar.gz")
    return archive


def test_sdist_holds_the_sources_tests_and_legal_files_but_no_checkout_only_parts(
    sdist: Path,
) -> None:
    assert sdist.name == f"{DIST}-{__version__}.tar.gz"
    root = f"{DIST}-{__version__}/"
    with tarfile.open(sdist) as tar:
        names = {n.removeprefix(root) for n in tar.getnames()}
    for needed in ("LICENSE", "CHANGELOG.md", "README.md", "pyproject.toml", "PKG-INFO",
                   "smartcity_cli/py.typed", "templates/report.md.j2", "tests/conftest.py",
                   "tests/test_sdist.py", "masterplans/padang-panjang.yaml",
                   "schema/masterplan.schema.json", ".pre-commit-hooks.yaml"):  # fmt: skip
        assert needed in names, needed
    assert not any(n.startswith((".venv", ".ci/", "benchmarks/", "tests/actual/")) for n in names)


def test_sdist_metadata_names_our_distribution_license_and_urls(sdist: Path) -> None:
    with tarfile.open(sdist) as tar:
        member = tar.extractfile(f"{DIST}-{__version__}/PKG-INFO")
        assert member is not None
        meta = member.read().decode("utf-8")
    headers = meta.split("\n\n", 1)[0].splitlines()
    assert "Name: smartcity-masterplan" in headers
    assert f"Version: {__version__}" in headers
    assert "License-Expression: MIT" in headers
    assert "License-File: LICENSE" in headers
    assert "Classifier: Programming Language :: Python :: 3.10" in headers
    assert any(h.startswith("Project-URL: Source, https://") for h in headers)
    assert any(h.startswith("Author-email: ") for h in headers)


def test_the_sdists_own_tests_run_or_skip_with_a_stated_reason(sdist: Path, tmp_path: Path) -> None:
    with tarfile.open(sdist) as tar:
        tar.extractall(tmp_path, filter="data")
    unpacked = tmp_path / f"{DIST}-{__version__}"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
         "tests/test_docs.py", "tests/test_figures.py", "tests/test_parallel.py"],
        cwd=unpacked, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:]
    last = result.stdout.strip().splitlines()[-1]  # e.g. "29 passed, 4 skipped in 3.9s"
    assert " passed, 4 skipped in " in last and "failed" not in last, last
    for needed in ("benchmarks/synthetic.py", ".ci/run"):
        assert f"needs {needed}, which is in the git checkout but not in the sdist" in result.stdout
