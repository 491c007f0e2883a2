"""Files and graphs from an untrusted repository: a plan linked out of its directory is
refused, and cycle detection stays linear on a huge dependency graph."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MINIMAL

from smartcity_cli.checks.references import find_cycles
from smartcity_cli.errors import UsageError
from smartcity_cli.plans import plan_files, resolve_plan


@pytest.fixture
def linked(tmp_path: Path) -> Path:
    """masterplans/contoh.yaml is a link to a secret outside the plans directory."""
    secret = tmp_path / "home" / "secret.yaml"
    secret.parent.mkdir()
    secret.write_text(MINIMAL.replace("Kota Contoh", "RAHASIA"), encoding="utf-8")
    plans = tmp_path / "repo" / "masterplans"
    plans.mkdir(parents=True)
    (plans / "contoh.yaml").symlink_to(secret)
    return plans


def test_a_plan_linked_out_of_its_directory_is_refused(linked: Path) -> None:
    message = f"{linked}/contoh.yaml is a link to a file outside {linked}/; a plan must live in"
    with pytest.raises(UsageError, match=f"^{message}"):
        resolve_plan("contoh", linked)
    with pytest.raises(UsageError, match=f"^{message}"):
        resolve_plan(str(linked / "contoh.yaml"), linked)
    with pytest.raises(UsageError, match=f"^{message}"):
        plan_files([linked])


def test_the_cli_shows_nothing_of_the_linked_file(linked: Path) -> None:
    for args in (
        ["report", "contoh"],
        ["validate", "masterplans"],
        ["history", "contoh"],
        ["site", "masterplans", "-o", "_site"],
    ):
        result = subprocess.run([sys.executable, "-m", "smartcity_cli", *args],
                                cwd=linked.parent, capture_output=True, text=True, check=False)  # fmt: skip
        assert result.returncode == 2, args
        assert "RAHASIA" not in result.stdout + result.stderr
        assert "is a link to a file outside masterplans/" in result.stderr


def test_a_link_inside_the_plans_directory_is_fine(tmp_path: Path) -> None:
    (tmp_path / "real.yml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "contoh.yaml").symlink_to(tmp_path / "real.yml")
    assert resolve_plan("contoh", tmp_path) == tmp_path / "contoh.yaml"


CYCLES = """
import json, resource, sys
from smartcity_cli.checks.references import find_cycles
resource.setrlimit(resource.RLIMIT_CPU, (20, 20))  # the quadratic search took hours
n = 200_000
ring = {f"P{i}": [f"P{(i + 1) % n}"] for i in range(n)}
pairs = {f"Q{i}": [f"Q{i ^ 1}"] for i in range(n)}
one = find_cycles(ring)
many = find_cycles(pairs)
print(json.dumps([len(one), len(one[0]), one[0][:2], len(many), many[-1]]))
"""


def test_cycle_detection_is_linear_in_the_graph() -> None:
    done = subprocess.run([sys.executable, "-c", CYCLES], capture_output=True, text=True,
                          timeout=300, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-500:]
    assert json.loads(done.stdout) == [1, 200_000, ["P0", "P1"], 100_000, ["Q199998", "Q199999"]]


def test_cycles_start_at_their_first_node_in_plan_order() -> None:
    edges = {"C": ["A"], "A": ["B"], "B": ["C"], "D": ["D"], "E": []}
    assert find_cycles(edges) == [["C", "A", "B"], ["D"]]
