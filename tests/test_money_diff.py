"""diff and history see budget and indicator changes: totals, realised money, yearly values."""

from __future__ import annotations

from conftest import check_text, edit

from smartcity_cli.model import Masterplan
from smartcity_cli.plandiff import diff_plans


def _plan(text: str) -> Masterplan:
    result = check_text(text)
    assert result.plan is not None, result.findings
    return result.plan


def _changes(old: str, new: str) -> list[tuple[str, str, str, str]]:
    diff = diff_plans(_plan(old), _plan(new), old_name="a", new_name="b")
    return [(c.id, c.what, c.old, c.new) for c in diff.changes]


LINES = edit(
    "    status: running\n",
    """\
    budget:
      - {year: 2020, source: APBD, allocated: 1000000000, realised: 900000000}
      - {year: 2021, source: DAK, allocated: 500000000}
    indicators:
      - name: Dataset terbuka
        target: 100
        series: {2020: {target: 40, actual: 35}}
    status: running
""",
)


def test_single_amount_change_reads_as_before():
    old = edit("    status: running\n", "    budget: {amount: 500000000}\n    status: running\n")
    new = old.replace("amount: 500000000", "amount: 750000000")
    assert _changes(old, new) == [("GOV-02", "budget", "500000000", "750000000")]


def test_from_one_amount_to_lines_by_year():
    old = edit("    status: running\n", "    budget: {amount: 1500000000}\n    status: running\n")
    new = LINES.replace("    indicators:\n      - name: Dataset terbuka\n        target: 100\n"
                        "        series: {2020: {target: 40, actual: 35}}\n", "")  # fmt: skip
    assert _changes(old, new) == [
        ("GOV-02", "budget_realised", "", "900000000"),  # the total stays 1.5 miliar
    ]


def test_a_budget_line_and_a_yearly_actual_change():
    new = LINES.replace("allocated: 500000000}", "allocated: 500000000, realised: 450000000}")
    new = new.replace(
        "series: {2020: {target: 40, actual: 35}}",
        "series: {2020: {target: 40, actual: 35}, 2021: {target: 60, actual: 58}}",
    )
    assert _changes(LINES, new) == [
        ("GOV-02", "budget_realised", "900000000", "1350000000"),
        ("GOV-02", "indicator", "Dataset terbuka: target 100, 2020 40/35",
         "Dataset terbuka: target 100, 2020 40/35, 2021 60/58"),
    ]  # fmt: skip


def test_diff_command_shows_the_budget_change(tmp_path):
    import subprocess
    import sys

    from conftest import REPO

    a, b = tmp_path / "a" / "contoh.yaml", tmp_path / "b" / "contoh.yaml"
    a.parent.mkdir()
    b.parent.mkdir()
    a.write_text(LINES, encoding="utf-8")
    b.write_text(LINES.replace("allocated: 1000000000,", "allocated: 1200000000,"), "utf-8")
    run = subprocess.run([sys.executable, "-m", "smartcity_cli", "diff", str(a), str(b),
                          "--lang", "en"], cwd=REPO, capture_output=True, text=True,
                         encoding="utf-8", check=False)  # fmt: skip
    assert "GOV-02 budget: 1500000000 -> 1700000000" in run.stdout, run.stdout + run.stderr


def test_history_shows_the_budget_of_each_revision(tmp_path):
    import json
    import os
    import subprocess
    import sys

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("config", "user.email", "t@example.invalid")
    git("config", "user.name", "T")
    (tmp_path / "masterplans").mkdir()
    plan = tmp_path / "masterplans" / "contoh.yaml"
    plan.write_text(LINES, encoding="utf-8")
    git("add", "-A")
    git("commit", "-qm", "lines")
    second = LINES.replace("revision: 1", "revision: 2").replace(
        "allocated: 500000000}", "allocated: 500000000, realised: 450000000}"
    )
    plan.write_text(second, encoding="utf-8")
    git("commit", "-qam", "realised")
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    run = subprocess.run([sys.executable, "-m", "smartcity_cli", "history", "contoh", "--format",
                          "json"], cwd=tmp_path, env=env, capture_output=True, text=True,
                         encoding="utf-8", check=False)  # fmt: skip
    assert run.returncode == 0, run.stderr
    points = json.loads(run.stdout)["points"]
    assert [(p["revision"], p["budget_allocated"], p["budget_realised"]) for p in points] == [
        (1, "1500000000", "900000000"),
        (2, "1500000000", "1350000000"),
    ]
    text = subprocess.run([sys.executable, "-m", "smartcity_cli", "history", "contoh"],
                          cwd=tmp_path, env=env, capture_output=True, text=True,
                          encoding="utf-8", check=False).stdout  # fmt: skip
    assert "Anggaran" in text and "Rp 1,5 miliar" in text


def test_history_shows_the_indicators_that_changed(tmp_path):
    import json
    import os
    import subprocess
    import sys

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    def history(*args: str) -> str:
        env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"} | {"NO_COLOR": "1"}
        run = subprocess.run([sys.executable, "-m", "smartcity_cli", "history", "contoh", *args],
                             cwd=tmp_path, env=env, capture_output=True, text=True,
                             encoding="utf-8", check=False)  # fmt: skip
        assert run.returncode == 0, run.stderr
        return run.stdout

    git("init", "-q", "-b", "main")
    git("config", "user.email", "t@example.invalid")
    git("config", "user.name", "T")
    (tmp_path / "masterplans").mkdir()
    plan = tmp_path / "masterplans" / "contoh.yaml"
    # 1: as LINES; 2: a single actual reported and the 2020 actual corrected; 3: money only
    second = (
        LINES.replace("revision: 1", "revision: 2")
        .replace("        target: 100\n", "        target: 100\n        actual: 30\n")
        .replace("{target: 40, actual: 35}", "{target: 40, actual: 38}")
    )
    third = second.replace("revision: 2", "revision: 3").replace(
        "allocated: 500000000}", "allocated: 500000000, realised: 450000000}"
    )
    for n, text in enumerate([LINES, second, third], start=1):
        plan.write_text(text, encoding="utf-8")
        git("add", "-A")
        git("commit", "-qm", f"revision {n}")
    before = "Dataset terbuka: target 100, 2020 40/35"
    after = "Dataset terbuka: target 100, actual 30, 2020 40/38"

    points = json.loads(history("--format", "json"))["points"]
    assert [(p["revision"], p["indicators"]) for p in points] == [
        (1, []),
        (2, [{"id": "GOV-02", "old": before, "new": after}]),
        (3, []),  # only the money changed: nothing to list
    ]
    sha = points[1]["commit"][:8]
    text = history().splitlines()
    assert text[text.index("Perubahan indikator sejak revisi sebelumnya:") :] == [
        "Perubahan indikator sejak revisi sebelumnya:",
        f"  {sha} Revisi 2",
        f"    GOV-02 {before} -> {after}",
    ]
    english = history("--lang", "en").splitlines()
    assert english[english.index("Indicator changes since the previous revision:") :] == [
        "Indicator changes since the previous revision:",
        f"  {sha} Revision 2",
        f"    GOV-02 {before} -> {after}",
    ]
    markdown = history("--format", "md", "--lang", "en")
    assert markdown.endswith(
        "**Indicator changes since the previous revision**\n\n"
        "| Revision | ID | Before | After |\n|---|---|---|---|\n"
        f"| {sha} Revision 2 | GOV-02 | {before} | {after} |\n"
    )


def test_history_bounds_the_indicator_changes_of_a_revision():
    import datetime as dt
    import json

    from smartcity_cli import gitio
    from smartcity_cli.history import History, HistoryPoint
    from smartcity_cli.plandiff import ProgramChange
    from smartcity_cli.render.history import INDICATOR_LIMIT, render_json, render_text

    changes = tuple(ProgramChange(f"P{i:03}", "", "indicator", f"x: actual {i}", f"x: actual {i + 1}")
                    for i in range(INDICATOR_LIMIT + 5))  # fmt: skip
    point = HistoryPoint(gitio.Commit("a" * 40, dt.date(2024, 1, 1).isoformat(), "s"), 2,
                         "2024-01-01", 0, 1, 1, None, None, None, "", indicators=changes)  # fmt: skip
    history = History("masterplans/x.yaml", (point,), False)
    text = render_text(history, "en").splitlines()
    assert len([line for line in text if line.startswith("    P")]) == INDICATOR_LIMIT
    assert text[-1] == "    … and 5 more (--format json lists them all)"
    assert len(json.loads(render_json(history, "en"))["points"][0]["indicators"]) == 25
