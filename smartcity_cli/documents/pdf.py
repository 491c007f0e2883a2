"""PDF from the print-ready HTML, laid out by the machine's Chromium driven headless.

Chromium implements what the documents' print CSS asks for (A4, @page margin boxes with the
running header and "page N / M", repeated table headers, break rules), so the PDF is what
the browser's own print would give. Playwright (the ``pdf`` extra) drives an installed
Chromium; it never downloads one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from smartcity_cli.documents import missing_extra
from smartcity_cli.errors import OutputError, UsageError
from smartcity_cli.messages import msg

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


def find_chromium() -> str:
    """The Chromium to print with: $SMARTCITY_CHROMIUM, else the first on PATH."""
    configured = os.environ.get("SMARTCITY_CHROMIUM")
    if configured:
        return configured
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise UsageError(
        msg(
            "PDF output prints with Chromium, and none was found: install it (apt-get install chromium) or set SMARTCITY_CHROMIUM to its path"
        )
    )


def print_page(page: Any) -> bytes:
    """An open Playwright page as A4 PDF, with the page's own @page rules (margins, header)."""
    data: bytes = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    return data


def html_to_pdf(html: str) -> bytes:
    """The PDF of a self-contained HTML document (it loads nothing from the network)."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        raise missing_extra("pdf", "--format pdf") from None
    executable = find_chromium()
    with tempfile.TemporaryDirectory(prefix="smartcity-pdf-") as tmp:
        source = Path(tmp) / "document.html"
        source.write_text(html, encoding="utf-8")
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
                try:
                    page = browser.new_page()
                    page.goto(source.as_uri())
                    page.wait_for_load_state("load")
                    return print_page(page)
                finally:
                    browser.close()
        except Error as exc:
            raise OutputError(
                msg("Chromium could not print the document: {message}", message=exc.message)
            ) from None
