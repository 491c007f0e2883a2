"""PDF and Word outputs: `evaluate/report --format pdf` and `evaluate --format docx`.

The PDF tests need Chromium and poppler-utils, the LibreOffice test needs soffice; each
skips with the reason when its tool is missing, unless SMARTCITY_REQUIRE_BROWSER=1 (CI).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO
from test_browser import ACTUAL

from smartcity_cli.documents import DISTRIBUTION

SECTIONS_ID = ["Ringkasan", "Grafik", "Program per pilar", "Per jangka waktu dan per OPD",
               "Quick Win", "Program melewati jadwal", "Program tanpa data kemajuan",
               "Rencana aksi per kategori", "Indikator", "Tata kelola dan sumber"]  # fmt: skip


def run(*args: str, block: str = "") -> subprocess.CompletedProcess[str]:
    """The CLI in a fresh interpreter; ``block`` names a module to make unimportable."""
    code = "import sys\n"
    if block:
        code += f"sys.modules[{block!r}] = None\n"  # as if the package were not installed
    code += (
        f"sys.argv = ['smartcity', *{list(args)!r}]\nfrom smartcity_cli.cli import main\nmain()\n"
    )
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                          timeout=300, check=False, env={**os.environ, "NO_COLOR": "1"})  # fmt: skip


def _tools_or_skip(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if not missing:
        return
    reason = f"needs {', '.join(missing)} (apt-get install chromium poppler-utils libreoffice-writer-nogui)"
    if os.environ.get("SMARTCITY_REQUIRE_BROWSER") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def _pdf_pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    return text.split("\f")[:-1]


@pytest.mark.parametrize(("fmt", "module", "extra"), [("pdf", "playwright", "pdf"),
                                                      ("docx", "docx", "docx")])  # fmt: skip
def test_without_the_extra_it_says_what_to_install_and_exits_2(
    fmt: str, module: str, extra: str, tmp_path: Path
) -> None:
    out = tmp_path / f"e.{fmt}"
    result = run("evaluate", "padang-panjang", "--stage", "2", "-f", fmt, "-o", str(out),
                 block=module)  # fmt: skip
    assert result.returncode == 2
    assert result.stderr == (
        f"error: --format {fmt} needs the optional extra '{extra}': "
        f"pip install '{DISTRIBUTION}[{extra}]'\n"
    )
    assert not out.exists()


def test_report_pdf_without_the_extra_exits_2(tmp_path: Path) -> None:
    result = run("report", "padang-panjang", "-f", "pdf", "-o", str(tmp_path / "r.pdf"),
                 block="playwright")  # fmt: skip
    assert result.returncode == 2 and f"pip install '{DISTRIBUTION}[pdf]'" in result.stderr


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_binary_formats_need_a_file(fmt: str) -> None:
    result = run("evaluate", "padang-panjang", "--stage", "2", "-f", fmt)
    assert result.returncode == 2 and f"add -o evaluation.{fmt}" in result.stderr


def test_evaluation_pdf_is_a4_with_running_header_and_page_numbers(tmp_path: Path) -> None:
    _tools_or_skip("chromium", "pdftotext", "pdfinfo")
    pdf = tmp_path / "evaluasi.pdf"
    result = run("evaluate", "padang-panjang", "--stage", "2", "-f", "pdf", "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"Page size:\s+59[45]\.\d* x 841\.\d* pts \(A4\)", info)
    pages = _pdf_pages(pdf)
    assert 15 <= len(pages) <= 30  # 39 before the print layout was fixed (money sections: +5)
    for n, text in enumerate(pages[1:], start=2):
        assert text.lstrip().startswith("Kota Padang Panjang · Evaluasi tahap 2")
        assert f"Halaman {n} / {len(pages)}" in text
    whole = "".join(pages)
    assert "70,73%" in whole and "94,46%" in whole
    ACTUAL.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "3", str(pdf),
                    str(ACTUAL / "cli-evaluation-pdf")], check=True)  # fmt: skip


def test_report_pdf_has_page_numbers(tmp_path: Path) -> None:
    _tools_or_skip("chromium", "pdftotext")
    pdf = tmp_path / "report.pdf"
    result = run("report", "padang-panjang", "-f", "pdf", "--lang", "en", "--as-of",
                 "2024-11-13", "-o", str(pdf))  # fmt: skip
    assert result.returncode == 0, result.stderr
    pages = _pdf_pages(pdf)
    # 12 before the print rules, without the budget, series, SPBE and evaluation sections
    # that the same 12 pages now also hold (10 pages with the print rules and the budget)
    assert len(pages) <= 12
    for n, text in enumerate(pages, start=1):
        assert f"Page {n} / {len(pages)}" in text
        assert "Kota Padang Panjang · Smart City Masterplan Progress Report" in text


@pytest.fixture(scope="module")
def docx_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docx") / "evaluasi.docx"
    result = run("evaluate", "padang-panjang", "--stage", "2", "-f", "docx", "-o", str(out))
    assert result.returncode == 0, result.stderr
    return out


def test_docx_has_word_headings_tables_with_header_rows_and_figures(docx_file: Path) -> None:
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(str(docx_file))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == SECTIONS_ID
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == [
        "Dokumen Evaluasi Smart City"
    ]
    assert "Smart Governance" in [p.text for p in document.paragraphs
                                  if p.style.name == "Heading 2"]  # fmt: skip
    assert len(document.tables) >= 15
    for table in document.tables:  # every table: a header row Word repeats on each page
        first = table.rows[0]._tr
        assert first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None
        assert all(cell.text for cell in table.rows[0].cells[:2])
    program_header = [c.text for c in document.tables[3].rows[0].cells]
    assert program_header == ["ID", "Program", "OPD", "Jangka", "Status", "Kemajuan", "Tahun",
                              "Jadwal", "QW"]  # fmt: skip
    assert len(document.inline_shapes) == 2  # the pillar and status charts, as images
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)  # A4
    assert section.header.paragraphs[0].text == "Kota Padang Panjang · Evaluasi tahap 2"
    footer = section.footer.paragraphs[0]._p.xml
    assert 'w:instr="PAGE"' in footer and 'w:instr="NUMPAGES"' in footer
    text = "\n".join(p.text for p in document.paragraphs) + "".join(
        c.text for t in document.tables for r in t.rows for c in r.cells
    )
    assert "70,73%" in text and "94,46%" in text


def test_docx_converts_in_libreoffice_with_the_same_sections(docx_file: Path,
                                                             tmp_path: Path) -> None:  # fmt: skip
    _tools_or_skip("soffice", "pdftotext")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(docx_file)], check=True, capture_output=True, timeout=300)  # fmt: skip
    pdf = tmp_path / "evaluasi.pdf"
    pages = _pdf_pages(pdf)
    whole = "\n".join(pages)
    assert "70,73" in whole and "94,46" in whole
    starts = [n for heading in SECTIONS_ID
              for n, page in enumerate(pages) if heading in page.splitlines()[2:6]
              or any(line.strip() == heading for line in page.splitlines()[:6])]  # fmt: skip
    assert len(set(starts)) >= len(SECTIONS_ID)  # each section starts its own page
    for n, text in enumerate(pages[1:], start=2):
        assert f"Halaman {n} / {len(pages)}" in text
    ACTUAL.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "4", str(pdf),
                    str(ACTUAL / "docx-libreoffice")], check=True)  # fmt: skip


def _docx_text(plan: Any) -> str:
    import io

    import docx

    from smartcity_cli.documents.docx import evaluation_docx
    from smartcity_cli.figures import compute_figures
    from smartcity_cli.render.evaluation import build_evaluation_document

    figures = compute_figures(plan, plan.evaluations[0].date)
    document = build_evaluation_document(plan, figures, plan.evaluations[0], lang="en",
                                         version="T")  # fmt: skip
    read = docx.Document(io.BytesIO(evaluation_docx(document)))
    return "\n".join(p.text for p in read.paragraphs) + "".join(
        c.text for t in read.tables for r in t.rows for c in r.cells
    )


def test_docx_keeps_hostile_plan_text_as_text() -> None:
    """Markup in every field, and characters XML cannot hold (YAML's "\\x01" escape): the
    Word file is still written, and the text reads back literally (controls as U+FFFD)."""
    from test_report import _hostile_plan

    payload = '<w:p>x</w:p>]]>&amp;"'
    assert _docx_text(_hostile_plan(payload)).count(payload) >= 5
    # The control-character rule now refuses such plans; the writer still never crashes on them.
    from smartcity_cli.documents.docx import xml_text

    assert xml_text("Pusat\x01Kendali\x0b\ufffe") == "Pusat\ufffdKendali\ufffd\ufffd"
