"""`validate --fix`: from a broken snippet to the exact fixed text; a fix that would leave
an error is not applied; comments and valid plans are never changed."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from conftest import MINIMAL, edit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcity_cli.autofix import fix_file, fix_summary
from smartcity_cli.validate import validate_file

DAY = dt.date(2024, 3, 1)
BROKEN = [
    ("  province: Sumatera Barat\n", "  province: 13.70\n"),
    ("    quick_win: true\n", "    quick_win: ya\n"),
    ("    years: {start: 2019, end: 2023}\n", "    years: 2019-2023\n"),
    ("    status: running\n", "    status: berjalan  # per Maret\n"),
    ("    progress: 40\n", "    progress: 70,5\n"),
    ("    horizon: medium\n", "    horizon: jangka menengah\n"),
]


def broken() -> str:
    text = MINIMAL
    for old, new in BROKEN:
        text = edit(old, new, text)
    return text


def test_a_broken_snippet_becomes_the_exact_fixed_text(tmp_path: Path) -> None:
    path = tmp_path / "contoh.yaml"
    path.write_text(broken(), encoding="utf-8")
    result = fix_file(path, updated=DAY, dry_run=False)
    assert path.read_text(encoding="utf-8") == (
        MINIMAL.replace("revision: 1\nupdated: 2024-01-15", "revision: 2\nupdated: 2024-03-01")
        .replace("  province: Sumatera Barat\n", '  province: "13.70"\n')
        .replace("    status: running\n", "    status: running  # per Maret\n")
        .replace("    progress: 40\n", "    progress: 70.5\n")
    )
    assert fix_summary(result) == (
        f'{path}:8:13: fixed [unquoted-text] write "13.70" (quoted, so that it stays text)\n'
        f"{path}:24:16: fixed [wrong-type] write `true` (ya)\n"
        f"{path}:33:14: fixed [invalid-value] write `medium` (jangka menengah)\n"
        f"{path}:34:12: fixed [wrong-type] write `{{start: 2019, end: 2023}}`\n"
        f"{path}:35:13: fixed [invalid-value] write `running` (berjalan)\n"
        f"{path}:36:15: fixed [wrong-type] write `70.5` (a plain number: no %, and . for decimals)\n"
        f"{path}: 6 fix(es) written, revision raised by one\n"
    )
    assert validate_file(path).errors == 0


def test_a_fix_that_would_leave_an_error_is_not_applied(tmp_path: Path) -> None:
    path = tmp_path / "contoh.yaml"
    text = edit("    status: running\n", "    status: selesai\n")  # completed at 40%: invalid
    text = edit("    quick_win: true\n", "    quick_win: ya\n", text)
    path.write_text(text, encoding="utf-8")
    result = fix_file(path, updated=DAY, dry_run=False)
    assert [fix.value for _, fix in result.applied] == [True]
    ((finding, fix, why),) = result.skipped
    assert (finding.rule, fix.value) == ("invalid-value", "completed")
    assert why == "the result would have [progress-status] programs[1].progress"
    assert "    status: selesai\n" in path.read_text(encoding="utf-8")
    assert "    quick_win: true\n" in path.read_text(encoding="utf-8")


def test_dry_run_prints_the_diff_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "contoh.yaml"
    path.write_text(edit("    progress: 40\n", "    progress: 70%\n"), encoding="utf-8")
    before = path.read_bytes()
    run = subprocess.run([sys.executable, "-m", "smartcity_cli", "validate", "--fix", "--dry-run",
                          "--format", "text", str(path)], capture_output=True, text=True,
                         check=False, env={**os.environ, "NO_COLOR": "1"})  # fmt: skip
    assert run.returncode == 1  # the file still has the error
    assert run.stdout.startswith(f"--- {path}\n+++ {path}\n")
    assert "-    progress: 70%\n+    progress: 70\n" in run.stdout
    assert "fix(es) not written (--dry-run)" in run.stderr
    assert path.read_bytes() == before


def test_a_valid_plan_is_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "contoh.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    result = fix_file(path, updated=DAY, dry_run=False)
    assert (result.applied, result.skipped, path.read_text(encoding="utf-8")) == ((), (), MINIMAL)


LINES = MINIMAL.splitlines(keepends=True)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(BROKEN), unique=True),
       st.lists(st.tuples(st.integers(0, len(LINES)), st.sampled_from(["# catatan", "#: x", "# ya"])),
                max_size=4))  # fmt: skip
def test_fix_never_makes_a_plan_worse_nor_touches_a_comment(
    tmp_path: Path, breaks: list[tuple[str, str]], comments: list[tuple[int, str]]
) -> None:
    text = MINIMAL
    for old, new in breaks:
        text = edit(old, new, text)
    lines = text.splitlines(keepends=True)
    for at, comment in sorted(comments, reverse=True):
        lines.insert(at, comment + "\n")
    text = "".join(lines)
    path = tmp_path / "contoh.yaml"
    path.write_text(text, encoding="utf-8")
    before = validate_file(path)
    fix_file(path, updated=DAY, dry_run=False)
    after = validate_file(path)
    fixed = path.read_text(encoding="utf-8")
    assert {(f.rule, f.location.path) for f in after.findings if f.is_error} <= {
        (f.rule, f.location.path) for f in before.findings if f.is_error
    }
    if before.errors == 0:
        assert fixed == text
    comment_lines = [line for line in text.splitlines() if "#" in line]
    assert [line.split("#", 1)[1] for line in fixed.splitlines() if "#" in line] == [
        line.split("#", 1)[1] for line in comment_lines
    ]


def test_the_samples_are_left_as_they_are(tmp_path: Path) -> None:
    from conftest import REPO

    for sample in sorted((REPO / "masterplans").glob("*.yaml")):
        path = tmp_path / sample.name
        path.write_bytes(sample.read_bytes())
        assert fix_file(path, updated=DAY, dry_run=False).applied == ()
        assert path.read_bytes() == sample.read_bytes()
