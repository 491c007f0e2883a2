"""What a user meets on the package index: the name, links that work there, a pinned release."""

from __future__ import annotations

import re
import sys

from conftest import REPO, needs_checkout

from smartcity_cli import __version__

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_the_distribution_has_a_name_of_its_own_and_the_command_stays_smartcity() -> None:
    assert PROJECT["name"] == "smartcity-masterplan"
    assert PROJECT["scripts"] == {"smartcity": "smartcity_cli.cli:main"}


def test_readme_links_are_absolute_so_they_work_on_an_index_page() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)]+)\)", readme)
    assert targets, "the README links its documents"
    base = PROJECT["urls"]["Source"] + "/blob/main/"
    for target in targets:
        assert target.startswith(base), target
        assert (REPO / target.removeprefix(base)).exists() or target.startswith(
            base + "benchmarks/"  # not in the sdist; the link is still right
        ), target


def test_ci_doc_installs_the_released_version_and_names_its_tag() -> None:
    doc = (REPO / "docs" / "ci.md").read_text(encoding="utf-8")
    assert f"pip install smartcity-masterplan=={__version__}" in doc
    assert re.findall(r"rev: (\S+)", doc) == [f"v{__version__}"]
    assert "pip install smartcity " not in doc and "pip install smartcity\n" not in doc


def test_changelog_has_a_section_for_this_version() -> None:
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(
        rf"^## \[{re.escape(__version__)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.M
    )


@needs_checkout(".ci/constraints-oldest.txt")
def test_ci_tests_every_runtime_dependency_at_its_declared_minimum() -> None:
    from packaging.requirements import Requirement
    from packaging.version import Version

    declared = {}
    for line in PROJECT["dependencies"]:
        req = Requirement(line)
        if req.marker is not None and not req.marker.evaluate({"python_version": "3.11"}):
            continue  # e.g. tomli, only below 3.11 where CI does not run
        (low,) = [s.version for s in req.specifier if s.operator == ">="]
        declared[req.name.lower()] = Version(low)
    pinned = {}
    text = (REPO / ".ci" / "constraints-oldest.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pinned[name.lower()] = Version(version)
    assert pinned == declared
