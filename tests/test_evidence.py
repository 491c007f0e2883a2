"""Supporting evidence, the output component's facts and the readiness list (issue 13)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MINIMAL, QUALITY, REPO, check_text, problems

from smartcity_cli.validate import validate_file

GOVERNANCE = """\
governance:
  council:
    name: Dewan Smart City Kota Contoh
    decree: {number: "247", year: 2018}
  team:
    name: Tim Pelaksana
    decree: {number: "248", year: 2018}
  legal_basis: {kind: Perwal, number: "9", year: 2019}
  forum:
    - {date: 2023-03-20}
    - date: 2023-11-28
      evidence: [{title: Notulen, kind: document, date: 2023-11-28, path: evidence/notulen.txt}]
"""

# Everything present: legal basis, decrees, a recent forum, evidence for the completed
# and the running program; stage 1 made one recommendation, now done.
READY = (
    MINIMAL.replace("agencies:", GOVERNANCE + "agencies:", 1)
    .replace(
        "    targets: [S01]\n",
        "    targets: [S01]\n    evidence:\n"
        "      - {title: BAST Pusat Kendali, kind: document, date: 2019-12-20,"
        " path: evidence/bast.txt}\n",
    )
    .replace(
        "    depends_on: [GOV-01]\n",
        "    depends_on: [GOV-01]\n    evidence:\n"
        "      - {title: Portal Satu Data, kind: link, date: 2024-01-10,"
        " url: 'https://data.contoh.go.id'}\n",
    )
    + """\
evaluations:
  - stage: 1
    date: 2023-06-20
    findings:
      recommendations:
        - {id: R1-01, text: Tetapkan Perwal, due: 2023-09-30, status: done}
  - stage: 2
    date: 2024-01-10
"""
)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A plans repository: masterplans/contoh.yaml, evidence/bast.txt and notulen.txt."""
    (tmp_path / "masterplans").mkdir()
    (tmp_path / "evidence").mkdir()
    for name in ("bast.txt", "notulen.txt"):
        (tmp_path / "evidence" / name).write_text("bukti\n", encoding="utf-8")
    (tmp_path / "masterplans" / "contoh.yaml").write_text(READY, encoding="utf-8")
    return tmp_path


def test_the_ready_plan_is_valid_and_strict_clean(repo: Path) -> None:
    result = validate_file(repo / "masterplans" / "contoh.yaml", disabled=QUALITY)
    assert result.findings == ()  # a thin plan: the quality rules are tested one by one


def test_an_evidence_path_that_does_not_exist_is_a_located_error(repo: Path) -> None:
    (repo / "evidence" / "bast.txt").unlink()
    result = validate_file(repo / "masterplans" / "contoh.yaml", disabled=QUALITY)
    assert [(f.location.line, f.location.column, f.rule, f.message) for f in result.findings] == [
        (42, 77, "evidence-path",
         "evidence path evidence/bast.txt does not exist in the plans repository")]  # fmt: skip
    assert result.errors == 1


def test_an_evidence_path_may_not_leave_the_repository(repo: Path) -> None:
    plan = repo / "masterplans" / "contoh.yaml"
    (repo.parent / "rahasia.txt").write_text("x", encoding="utf-8")  # exists, but outside
    plan.write_text(READY.replace("path: evidence/bast.txt", "path: ../rahasia.txt"), "utf-8")
    (finding,) = validate_file(plan, disabled=QUALITY).findings
    assert finding.rule == "evidence-path"
    assert finding.message == "evidence path ../rahasia.txt leaves the plans repository"


def test_an_evidence_link_out_of_the_repository_is_refused(repo: Path) -> None:
    (repo.parent / "rahasia.txt").write_text("x", encoding="utf-8")
    (repo / "evidence" / "bast.txt").unlink()
    (repo / "evidence" / "bast.txt").symlink_to(repo.parent / "rahasia.txt")
    (finding,) = validate_file(repo / "masterplans" / "contoh.yaml", disabled=QUALITY).findings
    assert finding.message == "evidence path evidence/bast.txt leaves the plans repository"


@pytest.mark.parametrize("url", ["ftp://data.contoh.go.id", "file:///etc/passwd", "javascript:x"])
def test_only_http_urls_are_allowed(url: str) -> None:
    text = READY.replace("'https://data.contoh.go.id'", f"'{url}'")
    assert problems(text) == [(53, 70, "invalid-value")]


def test_evidence_needs_a_known_kind() -> None:
    assert problems(READY.replace("kind: link", "kind: video")) == [(53, 41, "invalid-value")]


def test_evidence_missing_is_off_until_the_plan_asks_for_it() -> None:
    bare = MINIMAL + "action_plans:\n  - {id: p, name: P, items: [{id: A1, name: A, done: true}]}\n"
    assert [f.rule for f in check_text(bare, quality=True).findings
            if f.rule == "evidence-missing"] == []  # fmt: skip
    asked = bare + "scoring: {require_evidence: true}\n"
    found = [(f.location.line, f.message) for f in check_text(asked, quality=True).findings
             if f.rule == "evidence-missing"]  # fmt: skip
    assert found == [
        (18, "program GOV-01 (completed) has no evidence"),
        (29, "program GOV-02 (running) has no evidence"),
        (39, "action item A1 (done) has no evidence"),
    ]


def test_evidence_missing_follows_the_running_statuses() -> None:
    text = MINIMAL + "scoring: {require_evidence: true, running_statuses: [running]}\n"
    messages = [f.message for f in check_text(text, quality=True).findings
                if f.rule == "evidence-missing"]  # fmt: skip
    assert messages == ["program GOV-02 (running) has no evidence"]


def test_legal_basis_missing_and_forum_stale() -> None:
    without = READY.replace('  legal_basis: {kind: Perwal, number: "9", year: 2019}\n', "")
    result = check_text(without, quality=True)
    assert [(f.location.line, f.rule) for f in result.findings if f.rule.startswith("legal")] == [
        (12, "legal-basis-missing")]  # fmt: skip
    assert not any(f.rule == "forum-stale" for f in result.findings)  # 2023-11-28: recent
    stale = READY.replace("updated: 2024-01-15", "updated: 2024-11-29")
    found = [f for f in check_text(stale, quality=True).findings if f.rule == "forum-stale"]
    assert [(f.location.line, f.message) for f in found] == [
        (22, "the last forum meeting was on 2023-11-28, more than a year before this "
             "revision (2024-11-29)")]  # fmt: skip


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "smartcity_cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip


def test_check_exits_0_when_nothing_is_missing(repo: Path) -> None:
    result = run("evaluate", "contoh", "--stage", "2", "--check", "--lang", "en", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "readiness for evaluation stage 2, as of 2024-01-10\n0 missing, 0 stale, 0 open; ready\n"
    )
    result = run("evaluate", "contoh", "--stage", "2", "--check", cwd=repo)  # the plan's: id
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "kesiapan evaluasi tahap 2, per 2024-01-10\n0 kurang, 0 usang, 0 terbuka; siap\n"
    )


def test_check_lists_missing_stale_and_open_and_exits_1(repo: Path) -> None:
    plan = repo / "masterplans" / "contoh.yaml"
    text = (READY.replace("status: done}", "status: in_progress}")
            .replace("    decree: {number: \"248\", year: 2018}\n", "")
            .replace("    evidence:\n      - {title: Portal Satu Data, kind: link, date: 2024-01-10,"
                     " url: 'https://data.contoh.go.id'}\n", ""))  # fmt: skip
    plan.write_text(text, encoding="utf-8")
    result = run("evaluate", "contoh", "--stage", "2", "--check", "--as-of", "2024-01-10",
                 "--lang", "en", cwd=repo)  # fmt: skip
    assert result.returncode == 1
    assert result.stdout == (
        "readiness for evaluation stage 2, as of 2024-01-10\n"
        "masterplans/contoh.yaml:42:5: missing: program GOV-02 (running): no evidence\n"
        "masterplans/contoh.yaml:17:5: missing: decree (SK) of the team\n"
        "masterplans/contoh.yaml:56:11: open: recommendation R1-01 of stage 1: Tetapkan Perwal "
        "[in progress, due 2023-09-30] (overdue)\n"
        "2 missing, 0 stale, 1 open; not ready: something is missing\n"
    )
    result = run("evaluate", "contoh", "--stage", "2", "--check", "--as-of", "2024-01-10",
                 cwd=repo)  # fmt: skip
    assert result.returncode == 1
    assert result.stdout == (
        "kesiapan evaluasi tahap 2, per 2024-01-10\n"
        "masterplans/contoh.yaml:42:5: kurang: program GOV-02 (berjalan): tanpa data dukung\n"
        "masterplans/contoh.yaml:17:5: kurang: SK tim pelaksana\n"
        "masterplans/contoh.yaml:56:11: terbuka: rekomendasi R1-01 tahap 1: Tetapkan Perwal "
        "[sedang berjalan, tenggat 2023-09-30] (lewat tenggat)\n"
        "2 kurang, 0 usang, 1 terbuka; belum siap: ada yang kurang\n"
    )


def test_check_shows_stale_evidence_without_failing(repo: Path) -> None:
    result = run("evaluate", "contoh", "--stage", "2", "--check", "--as-of", "2025-02-01",
                 "--lang", "en", cwd=repo)  # fmt: skip
    assert result.returncode == 0
    assert result.stdout == (
        "readiness for evaluation stage 2, as of 2025-02-01\n"
        "masterplans/contoh.yaml:22:7: stale: last forum meeting 2023-11-28, over a year ago\n"
        "masterplans/contoh.yaml:43:5: stale: program GOV-02: newest evidence 2024-01-10, over "
        "a year ago\n"
        "0 missing, 2 stale, 0 open; ready\n"
    )
    plan = repo / "masterplans" / "contoh.yaml"  # a plan in English speaks English
    plan.write_text(READY.replace("format: 1\n", "format: 1\nlanguage: en\n"), encoding="utf-8")
    english = run("evaluate", "contoh", "--stage", "2", "--check", "--as-of", "2025-02-01",
                  cwd=repo)  # fmt: skip
    assert english.stdout.replace(":23:", ":22:").replace(":44:", ":43:") == result.stdout
    result = run("evaluate", "contoh", "--stage", "2", "--check", "--as-of", "2025-02-01",
                 "--lang", "id", cwd=repo)  # fmt: skip
    assert result.returncode == 0
    assert result.stdout == (
        "kesiapan evaluasi tahap 2, per 2025-02-01\n"
        "masterplans/contoh.yaml:23:7: usang: pertemuan forum terakhir 2023-11-28, lebih dari "
        "setahun lalu\n"
        "masterplans/contoh.yaml:44:5: usang: program GOV-02: data dukung terbaru 2024-01-10, "
        "lebih dari setahun lalu\n"
        "0 kurang, 2 usang, 0 terbuka; siap\n"
    )


def test_check_on_the_sample_is_not_ready() -> None:
    result = run("evaluate", "padang-panjang", "--stage", "2", "--check", "--lang", "en")
    assert result.returncode == 1
    last = result.stdout.splitlines()[-1]
    assert last == "155 missing, 0 stale, 1 open; not ready: something is missing"
    lines = (REPO / "masterplans" / "padang-panjang.yaml").read_text("utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, 1) if "- id: R1-04" in text)
    assert (f"masterplans/padang-panjang.yaml:{line}:11: open: recommendation R1-04 of stage 1: "
            "Cari pendanaan di luar APBD (CSR, KPBU) [in progress, due 2024-12-31]"
            ) in result.stdout  # fmt: skip


def test_check_of_a_missing_stage_is_an_error() -> None:
    result = run("evaluate", "padang-panjang", "--stage", "9", "--check")
    assert result.returncode == 1
    assert "has no evaluation of stage 9" in result.stderr and "Traceback" not in result.stderr


def test_the_evaluation_document_shows_quick_win_attributes_and_evidence() -> None:
    result = run("evaluate", "padang-panjang", "--stage", "2", "--lang", "en")
    assert result.returncode == 0
    assert "### Quick-win attributes" in result.stdout
    assert "- **Partnership:** Kementerian PANRB dan Ombudsman RI" in result.stdout
    assert ("| Legal basis of the masterplan | Haluan, 2020-01-09: Wali Kota Padang Panjang: Kita "
            "Mantapkan Pondasinya Dulu | link | 9 January 2020 | https://haluan.co/article/"
            "wali-kota-padang-panjang-kita-mantapkan-pondasinya-dulu-baru-smart-city |"
            ) in result.stdout  # fmt: skip


def test_paths_are_not_checked_for_text_that_is_not_on_disk() -> None:
    # a plan read from a git revision (validate --against) has no tree to look in
    assert problems(READY.replace("path: evidence/bast.txt", "path: evidence/hilang.txt")) == []


def test_plan_text_in_findings_and_evidence_stays_inert_in_html() -> None:
    from smartcity_cli.figures import compute_figures
    from smartcity_cli.render import render_evaluation
    from smartcity_cli.render.evaluation import build_evaluation_document

    hostile = "<script>alert(1)</script>"
    text = READY.replace("text: Tetapkan Perwal", f"text: '{hostile}'").replace(
        "title: Portal Satu Data", f"title: '{hostile}'"
    )
    result = check_text(text)
    assert result.plan is not None and result.errors == 0
    stage = result.plan.evaluations[1]
    doc = build_evaluation_document(result.plan, compute_figures(result.plan, stage.date), stage,
                                    lang="en", version="T")  # fmt: skip
    html = render_evaluation(doc, "html")
    assert "<script" not in html
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 2  # follow-up and evidence
    assert '<a href="https://data.contoh.go.id" rel="noopener noreferrer">' in html


def test_mentions_links_and_math_in_plan_text_stay_inert_in_markdown() -> None:
    """Issue 18: report and evaluation Markdown is posted on GitHub; plan text may not
    notify anyone, link anywhere or typeset math, while the evidence url stays a link."""
    from smartcity_cli.figures import compute_figures
    from smartcity_cli.render import render_evaluation, render_report
    from smartcity_cli.render.context import build_report_view
    from smartcity_cli.render.evaluation import build_evaluation_document

    text = (READY.replace("name: Kota Contoh", "name: 'Kota @someone $x$'")
            .replace("name: Pusat Kendali", "name: 'Pusat @org/team'")
            .replace("name: Satu Data", "name: 'Satu Data https://evil.example/x'")
            .replace("text: Tetapkan Perwal", "text: 'Tetapkan @someone $x$ https://evil.example/x'"))  # fmt: skip
    result = check_text(text)
    assert result.plan is not None and result.errors == 0
    plan, stage = result.plan, result.plan.evaluations[1]
    figures = compute_figures(plan, stage.date)
    report = render_report(build_report_view(plan, figures, lang="en", version="T"), "md")
    evaluation = render_evaluation(
        build_evaluation_document(plan, figures, stage, lang="en", version="T"), "md"
    )
    for md in (report, evaluation):
        assert "Kota `@someone` \\$x\\$" in md
        assert "| Pusat `@org/team` |" in md
        assert "Satu Data `https://evil.example/x`" in md
        for live in ("@someone", "@org/team", "https://evil.example/x", "$x$"):
            assert all(line.count(live) == line.count(f"`{live}`") for line in md.splitlines())
    assert "Tetapkan `@someone` \\$x\\$ `https://evil.example/x`" in evaluation
    assert "| https://data.contoh.go.id |" in evaluation  # linked on purpose: stays a link
