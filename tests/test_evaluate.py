"""The evaluation document: gold Markdown, the CLI, print layout in Chromium, hostile text."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, check_text, dedent
from test_report import _compare_gold

from smartcity_cli.figures import compute_figures
from smartcity_cli.render import render_evaluation
from smartcity_cli.render.evaluation import build_evaluation_document, css_string
from smartcity_cli.validate import validate_file

PLAN = REPO / "masterplans" / "padang-panjang.yaml"


def _document(lang: str, fmt: str, plan_path: Path = PLAN, stage: int = 2) -> str:
    result = validate_file(plan_path)
    assert result.plan is not None
    evaluation = next(e for e in result.plan.evaluations if e.stage == stage)
    figures = compute_figures(result.plan, evaluation.date)
    doc = build_evaluation_document(result.plan, figures, evaluation, lang=lang, version="GOLD")
    return render_evaluation(doc, fmt)


@pytest.mark.parametrize(("lang", "expected"), [
    ("id", ["70,73%", "94,46%", "92,86% (13/14)", "91,67% (11/12)", "Tahap evaluasi:** 2",
            "revisi 7 (13 November 2024), per 13 November 2024"]),
    ("en", ["70.73%", "94.46%", "92.86% (13/14)", "91.67% (11/12)", "Evaluation stage:** 2",
            "revision 7 (13 November 2024), as of 13 November 2024"]),
])  # fmt: skip
def test_stage_2_gold(lang: str, expected: list[str]) -> None:
    md = _document(lang, "md")
    for text in expected:
        assert text in md
    verdict = "sesuai" if lang == "id" else "reproduced"
    assert md.count(f"✓ {verdict}") == 6 and "✗" not in md
    for section in ("## ", "### Smart Governance", "### Smart Environment"):
        assert section in md
    _compare_gold(f"padang-panjang.stage2.{lang}.md", md)


def test_html_document_has_its_sections_and_print_rules() -> None:
    html = _document("id", "html")
    ids = re.findall(r'<section class="page" id="([a-z-]+)"', html)
    assert ids == ["summary", "charts", "programs", "groups", "quick-wins", "overdue",
                   "no-progress", "action-plans", "indicators", "budget", "series", "rpjmd",
                   "spbe", "evidence", "governance"]  # fmt: skip
    assert "section.page { break-before: page; }" in html
    assert "counter(page)" in html and "size: A4" in html
    assert html.count("✓ sesuai") == 6
    assert "<script" not in html


def test_css_string_cannot_end_the_string_or_the_sheet() -> None:
    hostile = 'Kota"; } body { background: url(//x) } </style><script>\n\\'
    escaped = css_string(hostile)
    assert re.fullmatch(r"[A-Za-z0-9\\]*", escaped)
    assert css_string("Kota Palu · 2") == "Kota\\000020Palu\\000020\\0000b7\\0000202"


def test_hostile_region_name_stays_inert_in_the_running_header() -> None:
    evaluation_plan = check_text(
        dedent(
            """
            format: 1
            revision: 1
            updated: 2024-01-15
            region: {slug: contoh, name: "x\\"; } body { background: url(//evil.invalid) } </style>", kind: provinsi}
            masterplan: {title: T, period: {start: 2019, end: 2028}}
            agencies: [{id: a, name: A}]
            programs: [{id: P, name: P, pillar: governance, agency: a, horizon: long, status: planned}]
            evaluations: [{stage: 1, date: 2024-01-01}]
            """
        )
    ).plan
    assert evaluation_plan is not None
    figures = compute_figures(evaluation_plan, evaluation_plan.evaluations[0].date)
    doc = build_evaluation_document(evaluation_plan, figures, evaluation_plan.evaluations[0],
                                    lang="en", version="T")  # fmt: skip
    html = render_evaluation(doc, "html")
    style = html.split("<style>", 1)[1].split("</style>", 1)[0]
    assert "evil.invalid" not in style.replace("\\", "")  # escaped char by char, never a url()
    assert re.findall(r"url\(([^)]*)\)", style) == ["#hatch"]  # the stylesheet's own, only


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "smartcity_cli", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip


def test_missing_stage_lists_the_stages_there_are() -> None:
    result = run("evaluate", "padang-panjang", "--stage", "3")
    assert result.returncode == 1
    assert result.stderr == (
        "error: masterplans/padang-panjang.yaml has no evaluation of stage 3; "
        "the stages it has: 1, 2\n"
    )


def test_html_needs_a_file_and_md_goes_to_stdout() -> None:
    assert run("evaluate", "padang-panjang", "--stage", "2", "-f", "html").returncode == 2
    md = run("evaluate", "padang-panjang", "--stage", "2")
    assert md.returncode == 0 and "70,73%" in md.stdout


def test_as_of_defaults_to_the_evaluation_date_and_can_be_fixed() -> None:
    default = run("evaluate", "padang-panjang", "--stage", "2", "--lang", "en").stdout
    assert "as of 13 November 2024" in default
    fixed = run(
        "evaluate", "padang-panjang", "--stage", "2", "--lang", "en", "--as-of", "2030-01-01"
    )
    assert "as of 1 January 2030" in fixed.stdout


def _pdf_tools_or_skip() -> None:
    missing = [t for t in ("chromium", "pdftotext", "pdfinfo") if shutil.which(t) is None]
    if not missing:
        return
    reason = f"needs {', '.join(missing)} (apt-get install chromium poppler-utils)"
    if os.environ.get("SMARTCITY_REQUIRE_BROWSER") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def test_printed_pdf_puts_each_section_on_its_own_pages(tmp_path: Path) -> None:
    _pdf_tools_or_skip()
    from playwright.sync_api import sync_playwright

    html, pdf = tmp_path / "evaluation.html", tmp_path / "evaluation.pdf"
    html.write_text(_document("en", "html"), encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"),
                                    args=["--no-sandbox", "--disable-gpu"])  # fmt: skip
        try:
            page = browser.new_page()
            page.goto(html.as_uri())
            page.pdf(path=str(pdf), format="A4", print_background=True)
        finally:
            browser.close()
    pages = int(
        re.search(
            r"Pages:\s+(\d+)",
            subprocess.run(
                ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
            ).stdout,
        ).group(1)
    )  # type: ignore[union-attr]
    texts = [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"],
                            capture_output=True, text=True, check=True).stdout
             for n in range(1, pages + 1)]  # fmt: skip
    assert "Smart City Evaluation Document" in texts[0]
    assert "Summary" not in texts[0]  # the cover is a page of its own
    headings = ["Summary", "Charts", "Programmes by pillar", "By horizon and by agency",
                "Quick wins", "Overdue programmes", "Programmes without progress data",
                "Action plans by category", "Indicators", "Governance and sources"]  # fmt: skip
    starts = []
    for heading in headings:  # each section starts a page: its heading follows the header line
        start = next(i for i, t in enumerate(texts) if t.splitlines()[2:3] == [heading])
        starts.append(start)
    assert starts == sorted(set(starts))  # in order, never two on one page
    for n, text in enumerate(texts[1:], start=2):  # running header and page number
        assert text.startswith("Kota Padang Panjang · Evaluation stage 2")
        assert f"Page {n} / {pages}" in text


def test_names_not_ids_period_once_and_stale_data_on_the_cover() -> None:
    md = _document("id", "md")
    assert "Skema bobot: pedoman Kabupaten Sleman 2019" in md and "sleman-2019" not in md
    assert "OPD pengampu" in md and "OPD pemimpin" not in md
    cover = md.split("\n## ")[0]
    assert cover.count("2019-2028") == 1 and "(2019–2028)" not in cover  # the period once
    assert "Data terakhir diperbarui" not in md  # computed at the evaluation's own date
    report = run("report", "padang-panjang", "-f", "md", "--as-of", "2024-11-13").stdout
    assert "- **Kerangka:** Kominfo, Gerakan Menuju 100 Smart City (6 pilar)" in report
    stale = run("evaluate", "padang-panjang", "--stage", "2", "-f", "html", "-o", "-",
                "--as-of", "2026-11-24")  # fmt: skip
    html = stale.stdout
    assert stale.returncode == 0
    assert html.index("741 hari sebelum tanggal laporan") < html.index("<h1>")
