"""What diff, history and the terminal report show of untrusted plan text and commit
messages, in which language, and that copies under other names compare."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pytest
from conftest import AS_OF, MINIMAL, QUALITY, edit
from rich.console import Console
from test_diff_history import R1, R2, git, repo, run  # noqa: F401  (repo is a fixture)

from smartcity_cli.diff import DiffResult
from smartcity_cli.loader import load_text
from smartcity_cli.model import Masterplan
from smartcity_cli.plandiff import diff_plans
from smartcity_cli.render.diff import render_markdown, render_text
from smartcity_cli.render.terminal import print_report
from smartcity_cli.report import prepare_report, run_report
from smartcity_cli.validate import validate_document

SPOOF = "Open Data\x1b[2K\r0 errors @alice https://evil.example/x $x$ \u202eataD"


def _pair(tmp_path: Path, old: str, new: str) -> tuple[str, str]:
    """Two copies whose names are not their slug, as `git difftool` hands them over."""
    (tmp_path / "palu (1).yaml").write_text(old, encoding="utf-8")
    (tmp_path / "contoh.yaml.LOCAL.1234.yaml").write_text(new, encoding="utf-8")
    return "palu (1).yaml", "contoh.yaml.LOCAL.1234.yaml"


def test_diff_of_two_copies_under_other_names_prints_the_comparison(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, R1, R2)
    result = run(tmp_path, "diff", old, new, "--lang", "en")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith(
        "Kota Contoh: palu (1).yaml -> contoh.yaml.LOCAL.1234.yaml\n"
        "  Revision 1 -> 2, updated 15 January 2024 -> 1 March 2024\n"
    )
    assert result.stdout.endswith("1 plan(s) compared: 0 error(s), 0 warning(s)\n")
    assert "slug-mismatch" not in result.stdout


def test_indonesian_diff_has_no_english_summary(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, R1, R2)
    result = run(tmp_path, "diff", old, new)
    assert result.stdout.endswith("1 rencana dibandingkan: 0 galat, 0 peringatan\n")
    assert "compared" not in result.stdout and "error(s)" not in result.stdout


def _unchecked(text: str) -> Masterplan:
    """A plan whose text the control-character rule would refuse: the output must hold."""
    result = validate_document(
        load_text(text, "x.yaml"), "", disabled=QUALITY | {"control-character"}
    )
    assert result.plan is not None, result.findings
    return result.plan


def test_diff_text_writes_controls_out_and_keeps_one_line_a_program() -> None:
    old = _unchecked(R1)
    new = dataclasses.replace(_unchecked(R2), region=dataclasses.replace(old.region, name=SPOOF))
    new = dataclasses.replace(new, programs=(*new.programs[:-1],
                              dataclasses.replace(new.programs[-1], name=SPOOF + "\nfake")))  # fmt: skip
    diff = diff_plans(old, new, old_name="a\x1b[2J.yaml", new_name="b.yaml")
    out = render_text(DiffResult((diff,), (), ()), "id")
    assert "\x1b" not in out and "\r" not in out and "\u202e" not in out
    assert out.splitlines()[0] == (
        "Open Data\\x1b[2K\\r0 errors @alice https://evil.example/x $x$ \\u202eataD: "
        "a\\x1b[2J.yaml -> b.yaml"
    )
    assert (
        "    + GOV-04 Open Data\\x1b[2K\\r0 errors @alice https://evil.example/x $x$ "
        "\\u202eataD\\nfake (direncanakan)\n"
    ) in out
    md = render_markdown(DiffResult((diff,), (), ()), "en")
    assert (
        "- GOV-04 Open Data\\\\x1b\\[2K\\\\r0 errors `@alice` `https://evil.example/x` \\$x\\$ "
        "\\\\u202eataD\\\\nfake (planned)\n"
    ) in md


def test_new_and_removed_plans_in_the_plan_language_and_stable_json(repo: Path) -> None:  # noqa: F811
    (repo / "masterplans" / "baru.yaml").write_text(
        R1.replace("slug: contoh", "slug: baru"), encoding="utf-8"
    )
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "baru")
    document = json.loads(run(repo, "diff", "--git", "HEAD~1", "--format", "json").stdout)
    assert document["notes"] == ["masterplans/baru.yaml: new plan"]
    text = run(repo, "diff", "--git", "HEAD~1").stdout
    assert (
        text
        == "masterplans/baru.yaml: rencana baru\n0 rencana dibandingkan: 0 galat, 0 peringatan\n"
    )
    (repo / "masterplans" / "baru.yaml").unlink()
    assert run(repo, "diff", "--git", "HEAD", "--lang", "en").stdout == (
        "masterplans/baru.yaml: plan removed\n0 plan(s) compared: 0 error(s), 0 warning(s)\n"
    )


def test_history_shows_subject_and_plan_date_beside_the_commit_date(repo: Path) -> None:  # noqa: F811
    (repo / "masterplans" / "contoh.yaml").write_text(
        R2.replace("revision: 2", "revision: 4").replace("2024-03-01", "2024-07-01"),
        encoding="utf-8",
    )
    git(repo, "commit", "-qam", "GOV-04 \x1b]52;c;ZXZpbA==\x07 @alice " + "x" * 80)
    lines = run(repo, "history", "contoh").stdout.splitlines()
    assert lines[:2] == [
        "masterplans/contoh.yaml: 4 commit",
        "commit    Tanggal     Tanggal rencana  Revisi  Program  Realisasi program  "
        "Rata-rata kemajuan  Realisasi rencana aksi  Anggaran  Pesan commit",
    ]
    assert [line[8:] for line in lines[2:6]] == [
        "  2024-01-01  2024-01-15            1        3            100,00%              56,67%"
        "                       –         –  revision 1",
        "  2024-01-01  2024-03-01            2        4             75,00%              57,50%"
        "                       –         –  revision 2",
        "  2024-01-01  2024-06-01            3        3             66,67%              66,67%"
        "                       –         –  revision 3",
        "  2024-01-01  2024-07-01            4        4             75,00%              57,50%"
        "                       –         –  GOV-04 \\x1b]52;c;ZXZpbA==\\x07 @alice "
        + "x" * 28
        + "…",
    ]
    md = run(repo, "history", "contoh", "--format", "md", "--lang", "en").stdout
    assert "| Plan dated |" in md and "`@alice`" in md and "\x1b" not in md


def test_report_of_a_copy_under_another_name(tmp_path: Path) -> None:
    (tmp_path / "palu (1).yaml").write_text(MINIMAL, encoding="utf-8")
    result = run(tmp_path, "report", "palu (1).yaml", "--format", "md")
    assert result.returncode == 0, result.stderr
    assert "Kota Contoh" in result.stdout
    assert run(tmp_path, "validate", "palu (1).yaml").returncode == 1  # the rule stays there


def _terminal(tmp_path: Path, text: str) -> str:
    path = tmp_path / "contoh.yaml"
    path.write_text(text, encoding="utf-8")
    _, view = prepare_report(str(path), lang="en", as_of=AS_OF, plans_dir=tmp_path)
    out = io.StringIO()
    console = Console(file=out, width=200, highlight=False, markup=False, emoji=False)
    print_report(view, console)
    return out.getvalue()


def test_terminal_report_markup_in_plan_text_stays_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    name = "[link=http://evil.example]Klik[/link] [bold red]X[/] :smile:"
    path = tmp_path / "contoh.yaml"
    path.write_text(edit("name: Pusat Kendali", f"name: '{name}'"), encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("FORCE_COLOR", "1")  # markup would become escape codes here
    run_report(str(path), fmt="terminal", output=None, lang="en", as_of=AS_OF, plans_dir=tmp_path)
    out = capsys.readouterr().out
    assert name in out
    assert "\x1b]8;" not in out  # no hyperlink sequence


def test_terminal_report_cuts_a_huge_name(tmp_path: Path) -> None:
    out = _terminal(tmp_path, edit("name: Kota Contoh", "name: " + "A" * 1_000_000))
    assert "A" * 199 + "…: Smart City Masterplan Progress Report" in out.replace("\n", "")
    assert len(out) < 20_000
