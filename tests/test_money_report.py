"""Budget, series, RPJMD and SPBE in the documents: what the gold files protect, escaping,
and the SPBE extract (`report --section spbe`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import AS_OF, MINIMAL, REPO, check_text, edit

from smartcity_cli.figures import compute_figures
from smartcity_cli.render import render_report, render_template
from smartcity_cli.render.context import ReportView, build_report_view
from smartcity_cli.validate import validate_file


def _view(text_or_path: str | Path, lang: str) -> ReportView:
    result = (
        validate_file(text_or_path) if isinstance(text_or_path, Path) else check_text(text_or_path)
    )
    assert result.plan is not None, result.findings
    return build_report_view(
        result.plan, compute_figures(result.plan, AS_OF), lang=lang, version="T"
    )


SAMPLE = REPO / "masterplans" / "padang-panjang.yaml"
PROTECTED = {
    "id": [
        "Rp 190,27 miliar", "Rp 6,45 miliar", "95,56%", "13,39%",
        "| 2020 | Rp 2.500.000.000 | Rp 2.430.000.000 | 97,20% |",
        "| DAK | Rp 11.550.000.000 | Rp 500.000.000 | 100,00% |",
        "| 2023 | 3 | 2,5 | 116,67% |",  # a falling indicator ahead of its target
        "Capaian terakhir: 2024: 96,88% (makin tinggi makin baik)",
        "Misi 1 · Tujuan 1.1 · Sasaran 1.1.1 · Indikator 1.1.1.01",
        "| 2022 | 2,58 | Cukup | Cukup ✓ cocok dengan indeks |",
    ],
    "en": [
        "IDR 190.27 billion", "IDR 6.45 billion", "95.56%", "13.39%",
        "| 2020 | IDR 2,500,000,000 | IDR 2,430,000,000 | 97.20% |",
        "| 2023 | 3 | 2.5 | 116.67% |",
        "Latest achievement: 2024: 96.88% (higher is better)",
        "| 2023 | 3.12 | Baik (Good) | Baik ✓ matches the index |",
    ],
}  # fmt: skip


@pytest.mark.parametrize("lang", ["id", "en"])
def test_sample_report_shows_budget_series_rpjmd_and_spbe(lang: str) -> None:
    md = render_report(_view(SAMPLE, lang), "md")
    for text in PROTECTED[lang]:
        assert text in md, text


def test_html_report_draws_one_line_chart_per_series() -> None:
    html = render_report(_view(SAMPLE, "en"), "html")
    # GOV-02 and GOV-04 indicators, and the S01 RPJMD target: target and actual lines each
    assert html.count('aria-label="Target and actual by year: ') == 3
    assert html.count('stroke-dasharray="5 3"') == 3
    assert (
        '<polyline points="34.0,56.0 77.2,43.2 120.4,30.4 163.6,20.8 206.8,14.4 250.0,8.0"' in html
    )
    assert '<thead><tr><th>Year</th><th class="num">Allocated</th>' in html


def test_a_plan_without_the_new_keys_has_no_new_sections() -> None:
    for fmt in ("md", "html"):
        out = render_report(_view(MINIMAL, "id"), fmt)
        assert "Anggaran" not in out and "SPBE" not in out and "RPJMD" not in out


HOSTILE = (
    edit(
        "    status: running\n",
        """\
    spbe: [{indicator: 11, note: "<script>alert(1)</script> | # x"}]
    indicators:
      - name: "<img src=x onerror=alert(1)>"
        series: {2020: {target: 1, actual: 1}}
    status: running
""",
    )
    + "spbe:\n  results:\n    - {year: 2023, index: 2.0}\n"
)


def test_untrusted_text_is_escaped_in_the_new_sections() -> None:
    view = _view(HOSTILE, "id")
    html = render_report(view, "html") + render_template("spbe", "html", v=view, t=view.t)
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    md = render_report(view, "md")
    assert "\\<script\\>alert(1)\\</script\\> \\| \\# x" in md


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "smartcity_cli", *args], cwd=REPO,
                          capture_output=True, text=True, encoding="utf-8", check=False)  # fmt: skip


def test_report_section_spbe_writes_the_extract() -> None:
    run = _cli("report", "padang-panjang", "--section", "spbe", "-f", "md", "--as-of", "2024-11-13")
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert out.startswith("# Ekstrak SPBE: dukungan masterplan Smart City: Kota Padang Panjang\n")
    assert "### Indikator SPBE 11 · Aspek: Perencanaan Strategis" in out
    assert (
        "| GOV-02 | Pusat Kendali (Command Center) Kota Padang Panjang | Diskominfo | berjalan |"
        in out
    )
    assert "Anggaran" not in out  # only the extract


def test_report_section_needs_a_document_format() -> None:
    run = _cli("report", "padang-panjang", "--section", "spbe")
    assert run.returncode == 2
    assert "--section spbe writes a document" in run.stderr
    assert "Traceback" not in run.stderr


def test_figures_json_carries_budget_series_and_spbe() -> None:
    from smartcity_cli.figures_json_money import money_dict

    result = validate_file(SAMPLE)
    assert result.plan is not None
    data = money_dict(result.plan)
    budget = data["budget"]
    assert (budget["allocated"], budget["realised"], budget["realization"]) == (
        "190270000000",
        "6450000000",
        "95.56",
    )
    assert budget["outside_apbd"] == "13.39"
    assert budget["by_year"][1] == {"year": 2020, "allocated": "2500000000",
                                    "realised": "2430000000", "realization": "97.20"}  # fmt: skip
    assert budget["by_source"][-1] == {"source": None, "allocated": "31900000000",
                                       "realised": None, "realization": None}  # fmt: skip
    falling = data["indicator_series"][1]
    assert falling["direction"] == "down" and falling["latest_year"] == 2023
    assert falling["years"][2] == {"year": 2023, "target": "3", "actual": "2.5",
                                   "achievement": "116.67"}  # fmt: skip
    assert data["spbe"]["results"][0] == {"year": 2022, "index": "2.58", "predicate": "Cukup",
                                          "predicate_claimed": "Cukup"}  # fmt: skip
    assert data["spbe"]["indicators"] == [{"indicator": 11, "programs": ["GOV-02"]},
                                          {"indicator": 17, "programs": ["GOV-01"]}]  # fmt: skip


def test_figures_json_budget_is_null_without_budgets() -> None:
    from smartcity_cli.figures_json_money import money_dict

    plan = check_text(MINIMAL).plan
    assert plan is not None
    assert money_dict(plan)["budget"] is None


def test_money_labels_have_the_same_keys_in_both_languages() -> None:
    from smartcity_cli.labels_money import MONEY_LABELS

    assert MONEY_LABELS["id"].keys() == MONEY_LABELS["en"].keys()


def test_terminal_report_has_the_budget_line() -> None:
    import io

    from rich.console import Console

    from smartcity_cli.render.terminal import print_report

    out = io.StringIO()
    print_report(_view(SAMPLE, "en"), Console(file=out, width=200, highlight=False))
    assert (
        "Budget: allocated IDR 190.27 billion, realised IDR 6.45 billion (95.56%), "
        "outside the APBD 13.39%" in out.getvalue()
    )


def test_evaluation_document_has_the_charts_and_budget_tables() -> None:
    from test_evaluate import _document

    html = _document("id", "html")
    assert html.count('aria-label="Target dan realisasi per tahun: ') == 3
    assert '<section class="page" id="budget">' in html
    assert '<li><a href="#spbe">Keterkaitan dengan SPBE</a></li>' in html
    md = _document("en", "md")
    assert "| 2020 | IDR 2,500,000,000 | IDR 2,430,000,000 | 97.20% |" in md
