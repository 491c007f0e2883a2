"""The built wheel, installed (not editable) into a fresh venv, renders a report.

This is what `pip install .` gives a user: the templates must travel inside the wheel.
"""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

from conftest import REPO


def test_installed_wheel_renders_a_report(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(REPO)],
        check=True, timeout=600,
    )  # fmt: skip
    (wheel,) = dist.glob("smartcity_masterplan-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for template in ("report.md.j2", "report.html.j2", "report.css"):
        assert f"smartcity_cli/templates/{template}" in names
    assert "smartcity_cli/py.typed" in names
    assert "smartcity_cli/workflow.yml" in names  # what `smartcity init` writes
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)

    env = tmp_path / "venv"
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, timeout=600)
    out = tmp_path / "report.html"
    work = tmp_path / "elsewhere"  # not the repository: templates must come from the wheel
    work.mkdir()
    plan = REPO / "masterplans" / "padang-panjang.yaml"
    result = subprocess.run(
        [str(env / "bin" / "smartcity"), "report", str(plan), "--format", "html", "-o", str(out),
         "--as-of", "2024-11-13"],
        cwd=work, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "70,73%" in html and "94,46%" in html
    located = subprocess.run(
        [str(python), "-c", "from smartcity_cli.render.env import templates_dir; print(templates_dir())"],
        cwd=work, capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    assert located.startswith(str(env))
