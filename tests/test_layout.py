"""Checks that look where a person looks: the documents laid out by Chromium, on paper and
on screens, measured (widths, text on each printed page, font sizes), not parsed.

Like test_browser.py, these drive Debian's /usr/bin/chromium through Playwright and skip
with the reason when it (or poppler-utils) is missing, unless SMARTCITY_REQUIRE_BROWSER=1.
PNGs of the first printed pages and of every screen go to tests/actual/ for a person to
look at.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO
from test_browser import ACTUAL, CHROMIUM, _browser_or_skip

# A4 (210 mm) minus the 15 mm margins of report.css, in CSS pixels (96 a inch).
PRINT_WIDTH = round((210 - 2 * 15) / 25.4 * 96)

# Every table and its container: wider content than box means a hidden column or a
# scrollbar; every cell: content wider than the cell means a clipped word.
OVERFLOWS = """() => {
  const out = [];
  const name = t => (t.querySelector('th') || t).textContent.trim().slice(0, 40);
  for (const table of document.querySelectorAll('table')) {
    for (const [what, el] of [['table', table], ['container', table.parentElement]]) {
      if (el.scrollWidth > el.clientWidth) out.push([what, name(table), el.scrollWidth, el.clientWidth]);
    }
    for (const cell of table.querySelectorAll('th, td')) {
      if (cell.offsetParent !== null && cell.scrollWidth > cell.clientWidth + 1)
        out.push(['cell', cell.textContent.trim().slice(0, 40), cell.scrollWidth, cell.clientWidth]);
    }
  }
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth) out.push(['page', '', page.scrollWidth, page.clientWidth]);
  return out;
}"""

# Each table in document order: its column headers and the text of its first body row's
# first cell (to find the printed page it starts on).
TABLES = """() => [...document.querySelectorAll('table')].map(t => ({
  headers: [...t.querySelectorAll('thead th')].filter(th => th.offsetParent !== null)
             .map(th => th.innerText.trim()).filter(Boolean),
  first: [...((t.querySelector('tbody tr') || {cells: []}).cells)].slice(0, 3)
           .map(c => c.innerText.trim()),
}))"""

# Rendered size of every piece of text: HTML text by its computed font size, SVG text by
# its font size times the scale the SVG is drawn at.
SMALLEST_TEXT = """() => {
  const sizes = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, el = node.parentElement;
    if (!node.textContent.trim() || !el || el.closest('title, style, script')) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;  // not shown (visually-hidden is 1px)
    if (box.width <= 1 && box.height <= 1) continue;
    let size = parseFloat(getComputedStyle(el).fontSize);
    const svg = el.closest('svg');
    if (svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width)
      size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    sizes.push([size, node.textContent.trim().slice(0, 30)]);
  }
  sizes.sort((a, b) => a[0] - b[0]);
  return sizes.slice(0, 3);
}"""


def _cli(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "smartcity_cli", *args], cwd=REPO, check=True,
                   timeout=300)  # fmt: skip


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The HTML documents a person reads: report, evaluation (id, en) and the site."""
    out = tmp_path_factory.mktemp("documents")
    docs = {}
    for lang in ("id", "en"):
        docs[f"report.{lang}"] = out / f"report.{lang}.html"
        _cli("report", "padang-panjang", "--format", "html", "--lang", lang,
             "--as-of", "2024-11-13", "-o", str(docs[f"report.{lang}"]))  # fmt: skip
        docs[f"evaluation.{lang}"] = out / f"evaluation.{lang}.html"
        _cli("evaluate", "padang-panjang", "--stage", "2", "--format", "html", "--lang", lang,
             "-o", str(docs[f"evaluation.{lang}"]))  # fmt: skip
    _cli("site", "masterplans", "-o", str(out / "_site"), "--as-of", "2024-11-13")
    docs["site.index"] = out / "_site" / "index.html"
    docs["site.region"] = out / "_site" / "regions" / "padang-panjang.id.html"
    docs["site.index.en"] = out / "_site" / "index.en.html"
    docs["site.region.en"] = out / "_site" / "regions" / "padang-panjang.en.html"
    return docs


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _browser_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM,
                                     args=["--no-sandbox", "--disable-gpu"])  # fmt: skip
        try:
            yield chromium
        finally:
            chromium.close()


def _pdftotext_pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    return text.split("\f")[:-1]  # one form feed after every page


def _page_fill(pdf: Path) -> list[float]:
    """How far down its printable area each page's body text reaches (0..1), from word
    boxes; the running header (top margin) and page number (bottom margin) do not count."""
    bbox = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    fills = []
    for page in re.findall(r"<page [^>]*>(.*?)</page>", bbox, flags=re.S):
        top, bottom = 15 / 25.4 * 72, (297 - 15) / 25.4 * 72  # the margins, in points
        ys = [float(y) for y in re.findall(r'yMax="([\d.]+)"', page)]
        body = [y for y in ys if top < y < bottom]
        fills.append((max(body) - top) / (bottom - top) if body else 0.0)
    return fills


def _print(browser: Any, html: Path, pdf: Path) -> list[list[str]]:
    """Print ``html`` to ``pdf`` as the pdf command does; return its tables' overflows."""
    from smartcity_cli.documents.pdf import print_page

    page = browser.new_page(viewport={"width": PRINT_WIDTH, "height": 1000})
    try:
        page.goto(html.as_uri())
        page.emulate_media(media="print")
        overflows: list[list[str]] = page.evaluate(OVERFLOWS)
        pdf.write_bytes(print_page(page))
    finally:
        page.close()
    return overflows


@pytest.mark.parametrize("name", ["evaluation.id", "evaluation.en", "report.id", "report.en"])
def test_printed_a4_keeps_every_column_and_header(
    name: str, documents: dict[str, Path], browser: Any, tmp_path: Path
) -> None:
    from smartcity_cli.documents.pdf import print_page

    pdf = tmp_path / f"{name}.pdf"
    page = browser.new_page(viewport={"width": PRINT_WIDTH, "height": 1000})
    try:
        page.goto(documents[name].as_uri())
        page.emulate_media(media="print")
        assert page.evaluate(OVERFLOWS) == []
        tables = page.evaluate(TABLES)
        headings = set(page.evaluate(
            "() => [...document.querySelectorAll('h2, h3')].map(h => h.innerText.trim())"))  # fmt: skip
        # a 1-px white marker in each table's first cell tells the page the table starts on
        page.evaluate("""() => document.querySelectorAll('table').forEach((t, i) => {
            const cell = t.querySelector('tbody tr > *');
            if (cell) cell.insertAdjacentHTML('afterbegin',
              `<span style="font-size:1px;color:#fff">qzq${i}qzq </span>`); })""")
        pdf.write_bytes(print_page(page))
    finally:
        page.close()
    pages = _pdftotext_pages(pdf)
    for i, table in enumerate(tables):
        at = next(n for n, text in enumerate(pages) if f"qzq{i}qzq" in text)
        words = set(pages[at].split())
        for header in table["headers"]:
            missing = [w for w in header.split() if w not in words]
            assert not missing, f"page {at + 1}: column {header!r} of the table at {table['first']}"
    pages = [re.sub(r"qzq\d+qzq", "", text) for text in pages]
    for n, text in enumerate(pages):  # no heading left alone at the foot of a page
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        last = lines[-2] if len(lines) > 1 and re.search(r"\d+ / \d+$", lines[-1]) else lines[-1]
        assert last not in headings, f"page {n + 1} ends with the heading {last!r}"
    if name.startswith("report"):  # one flow: every page but the last at least a quarter full
        assert all(fill >= 0.25 for fill in _page_fill(pdf)[:-1])
    ACTUAL.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "6", str(pdf),
                    str(ACTUAL / f"print-{name}")], check=True)  # fmt: skip


def test_printed_evaluation_has_no_nearly_empty_page(
    documents: dict[str, Path], browser: Any, tmp_path: Path
) -> None:
    """No page under a quarter full, except the last page of a section (each section
    starts a new page) and the cover."""
    pdf = tmp_path / "evaluation.pdf"
    _print(browser, documents["evaluation.id"], pdf)
    pages, fills = _pdftotext_pages(pdf), _page_fill(pdf)
    assert len(pages) == len(fills) <= 30  # 39 before; 21 + the budget/series sections
    headings = ("Ringkasan", "Grafik", "Program per pilar", "Per jangka waktu dan per OPD",
                "Quick Win", "Program melewati jadwal", "Program tanpa data kemajuan",
                "Rencana aksi per kategori", "Indikator", "Tata kelola dan sumber")  # fmt: skip
    # a section starts where the first line under the running header is its heading
    starts = {n for n, text in enumerate(pages)
              if [line.strip() for line in text.splitlines() if line.strip()][1:2][0] in headings}  # fmt: skip
    assert len(starts) == len(headings)
    for n, fill in enumerate(fills[1:], start=1):
        last_of_section = n + 1 in starts or n + 1 == len(pages)
        assert fill >= 0.25 or last_of_section, f"page {n + 1} is {fill:.0%} full"


SCREENS = ["report.id", "report.en", "site.index", "site.region"]


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("name", SCREENS)
def test_screen_shows_every_column(
    name: str, width: int, documents: dict[str, Path], browser: Any
) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.goto(documents[name].as_uri())
        overflows = page.evaluate(OVERFLOWS)
        smallest = page.evaluate(SMALLEST_TEXT)
        ACTUAL.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ACTUAL / f"screen-{name}-{width}.png"), full_page=width > 400)
    finally:
        page.close()
    assert overflows == []
    if width == 390:  # a phone: every label readable
        assert smallest[0][0] >= 11, smallest


AXE = REPO / ".ci" / "node" / "node_modules" / "axe-core" / "axe.min.js"
AXE_PAGES = ["report.id", "report.en", "evaluation.id", "evaluation.en", "site.index",
             "site.index.en", "site.region", "site.region.en"]  # fmt: skip


@pytest.mark.parametrize("name", AXE_PAGES)
def test_axe_finds_no_serious_or_critical_violation(
    name: str, documents: dict[str, Path], browser: Any
) -> None:
    if not AXE.is_file():
        reason = f"axe-core is not installed ({AXE}); .ci/run installs it with npm"
        if os.environ.get("SMARTCITY_REQUIRE_BROWSER") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    page = browser.new_page(bypass_csp=True)  # the documents' CSP would refuse axe's script
    try:
        page.goto(documents[name].as_uri())
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate(
            """() => axe.run(document, {resultTypes: ['violations']}).then(r => r.violations
                 .filter(v => v.impact === 'serious' || v.impact === 'critical')
                 .map(v => [v.id, v.impact, v.nodes.length, v.nodes[0].target.join(' ')]))"""
        )
    finally:
        page.close()
    assert violations == []
