"""Reports: gold files, escaping of untrusted plan text, atomic writes, the terminal view."""

from __future__ import annotations

import difflib
import io
import os
import re
from pathlib import Path

import pytest
from conftest import AS_OF, MINIMAL, REPO, check_text
from rich.console import Console

from smartcity_cli.errors import OutputError
from smartcity_cli.figures import compute_figures
from smartcity_cli.model import Masterplan
from smartcity_cli.output import write_document
from smartcity_cli.render import render_report
from smartcity_cli.render.context import ReportView, build_report_view
from smartcity_cli.render.env import md_escape, templates_dir
from smartcity_cli.render.terminal import print_report
from smartcity_cli.validate import validate_file

GOLD = REPO / "tests" / "gold"
ACTUAL = REPO / "tests" / "actual" / "gold"
UPDATE = os.environ.get("SMARTCITY_UPDATE_GOLD") == "1"


def _plan(path: Path) -> Masterplan:
    result = validate_file(path)
    assert result.plan is not None, result.findings
    return result.plan


def _view(plan: Masterplan, lang: str) -> ReportView:
    return build_report_view(plan, compute_figures(plan, AS_OF), lang=lang, version="GOLD")


def _compare_gold(name: str, actual: str) -> None:
    gold = GOLD / name
    if UPDATE:
        gold.write_text(actual, encoding="utf-8")
    expected = gold.read_text(encoding="utf-8")
    if actual != expected:
        ACTUAL.mkdir(parents=True, exist_ok=True)
        (ACTUAL / name).write_text(actual, encoding="utf-8")
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            f"gold/{name}", f"actual/gold/{name}", n=1))  # fmt: skip
        pytest.fail(f"{name} differs from its gold file (see tests/gold/README.md):\n{diff[:4000]}")


KEY_FIGURES = {
    "id": ["70,73%", "94,46%", "92,86%", "91,67%", "87 dari 123 program", "Evaluasi tahap 2"],
    "en": ["70.73%", "94.46%", "92.86%", "91.67%", "87 of 123 programmes", "Evaluation stage 2"],
}


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_padang_panjang_gold(fmt: str, lang: str) -> None:
    output = render_report(_view(_plan(REPO / "masterplans" / "padang-panjang.yaml"), lang), fmt)
    for figure in KEY_FIGURES[lang]:  # what the gold file protects, by name
        assert figure in output
    verdict = "sesuai" if lang == "id" else "reproduced"
    assert output.count(f"✓ {verdict}") == 7  # six claims of stage 2, the index of stage 1
    assert "✗" not in output
    for text in ASSESSMENT[lang]:  # the 0-5 result, its interval and change, the follow-up
        assert text in output
    _compare_gold(f"padang-panjang.{lang}.{fmt}", output)


ASSESSMENT = {
    "id": ["3,095–3,105", "3,365–3,375", "3,10, evaluasi tahap 1 (20 Juni 2024); perubahan +0,27",
           "5 dari 7 rekomendasi evaluasi tahap 1 selesai", "Perwal Nomor 31 Tahun 2019",
           "2 pertemuan; terakhir 16 Oktober 2024"],
    "en": ["3.095–3.105", "3.365–3.375", "3.10, evaluation stage 1 (20 June 2024); change +0.27",
           "5 of 7 recommendations of evaluation stage 1 done", "Perwal No. 31 of 2019",
           "2 meetings; last 16 October 2024"],
}  # fmt: skip


@pytest.mark.parametrize(
    "sample", sorted((REPO / "masterplans").glob("*.yaml")), ids=lambda p: p.stem
)
def test_every_sample_renders_in_every_format(sample: Path) -> None:
    plan = _plan(sample)
    for lang in ("id", "en"):
        view = _view(plan, lang)
        for fmt in ("md", "html"):
            assert plan.region.name in render_report(view, fmt)
        console = Console(file=io.StringIO(), width=80, color_system=None)
        print_report(view, console)


def test_html_is_self_contained() -> None:
    html = render_report(_view(_plan(REPO / "masterplans" / "padang-panjang.yaml"), "en"), "html")
    assert "<script" not in html
    assert (
        re.search(r"""(src|href)=["']?(https?:)?//""", html.split('<section id="sources">')[0])
        is None
    )
    assert "default-src 'none'" in html  # even a mistake cannot load anything
    assert "<svg" in html and "@page { size: A4" in html


PAYLOADS = [
    "<script>alert(1)</script>",
    '"onerror="alert(1)',
    "x' onmouseover='alert(1)",
    "| # *x* [l](javascript:alert(1))",
]


def _hostile_plan(payload: str) -> Masterplan:
    text = MINIMAL
    text = text.replace(
        "    targets: [S01]\n",
        "    targets: [S01]\n    indicators:\n"
        f"      - {{name: {_yaml_quote(payload)}, unit: {_yaml_quote(payload)}, target: 4, actual: 2}}\n",
    ).replace(
        "  province: Sumatera Barat\n",
        f"  province: Sumatera Barat\n  leader: {{title: {_yaml_quote(payload)}, name: {_yaml_quote(payload)}}}\n",
    )
    for plain in ("Kota Contoh", "Pusat Kendali", "Satu Data", "Dinas Komunikasi dan Informatika",
                  "Meningkatnya kualitas layanan publik", "Masterplan Smart City Kota Contoh 2019-2028",
                  "Sumatera Barat", "Badan Perencanaan Pembangunan Daerah"):  # fmt: skip
        text = text.replace(plain, _yaml_quote(payload + plain))
    text += (
        "action_plans:\n"
        f"  - id: policy\n    name: {_yaml_quote(payload)}\n"
        f"    items: [{{id: P01, name: {_yaml_quote(payload)}, done: true}}]\n"
        "evaluations:\n"
        f"  - {{stage: 1, date: 2024-01-01, assessor: {_yaml_quote(payload)}, note: {_yaml_quote(payload)},\n"
        "     claimed: {realization: 50}}\n"
        "governance:\n"
        f"  council: {{name: {_yaml_quote(payload)}, chair: {_yaml_quote(payload)}, members: [{_yaml_quote(payload)}]}}\n"
        f"sources:\n  - {_yaml_quote(payload)}\n"
        f"  - {{title: {_yaml_quote(payload)}, url: {_yaml_quote('https://x.invalid/?q=' + payload)}}}\n"
    )
    result = check_text(text)
    assert result.plan is not None, result.findings
    return result.plan


def _yaml_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@pytest.mark.parametrize("payload", PAYLOADS)
def test_html_escapes_every_text_field(payload: str) -> None:
    html = render_report(_view(_hostile_plan(payload), "en"), "html")
    assert "<script>alert" not in html
    assert '"onerror="' not in html
    assert "' onmouseover='" not in html
    assert 'href="javascript' not in html
    escaped = payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    escaped = escaped.replace('"', "&#34;").replace("'", "&#39;")
    assert html.count(escaped) >= 10  # the text is shown, literally, everywhere it belongs


@pytest.mark.parametrize("payload", PAYLOADS)
def _tables(md: str) -> list[list[str]]:
    tables: list[list[str]] = []
    current: list[str] = []
    for line in [*md.splitlines(), ""]:
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    return tables


def _cells(row: str) -> int:
    return len(re.findall(r"(?<!\\)\|", row))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_cannot_inject_html_or_break_a_table(payload: str) -> None:
    md = render_report(_view(_hostile_plan(payload), "en"), "md")
    assert re.search(r"(?<!\\)<", md) is None  # no unescaped tag can open
    assert re.search(r"(?<!\\)\]\(", md) is None  # no link can form
    tables = _tables(md)
    assert len(tables) >= 5
    for table in tables:  # every row keeps the header's column count
        assert {_cells(row) for row in table} == {_cells(table[0])}, table


def test_md_escape() -> None:
    assert md_escape("# a | b") == r"\# a \| b"
    assert md_escape("<b>x</b>") == r"\<b\>x\</b\>"
    assert md_escape("line\nbreak") == "line break"
    assert md_escape("a_b*c`d") == r"a\_b\*c\`d"


def test_failed_write_leaves_no_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("old", encoding="utf-8")

    with pytest.raises(OutputError):
        write_document("new", str(tmp_path / "missing-dir" / "r.md"))
    write_document("new", str(target))
    assert target.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]  # no temp file left


def test_write_replaces_a_symlink_instead_of_writing_through_it(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep", encoding="utf-8")
    link = tmp_path / "report.html"
    link.symlink_to(victim)
    write_document("<html></html>", str(link))
    assert victim.read_text(encoding="utf-8") == "keep"
    assert not link.is_symlink() and link.read_text(encoding="utf-8") == "<html></html>"


def test_a_template_error_is_a_clear_output_error(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from smartcity_cli.render import env

    (tmp_path / "report.md.j2").write_text("{{ v.no_such_field }}", encoding="utf-8")
    monkeypatch.setattr(env, "templates_dir", lambda: tmp_path)
    env.environment.cache_clear()
    try:
        with pytest.raises(OutputError, match="could not render the md report"):
            render_report(_view(_plan(REPO / "masterplans" / "palu.yaml"), "id"), "md")
    finally:
        env.environment.cache_clear()


def test_templates_are_found_in_the_repository_when_not_installed() -> None:
    assert (templates_dir() / "report.html.j2").is_file()


def test_terminal_report_fits_80_columns_without_colour() -> None:
    out = io.StringIO()
    console = Console(file=out, width=80, color_system=None)
    print_report(_view(_plan(REPO / "masterplans" / "padang-panjang.yaml"), "id"), console)
    text = out.getvalue()
    assert "\x1b[" not in text
    assert max(map(len, text.splitlines())) <= 80
    for figure in KEY_FIGURES["id"]:
        assert figure in text


def test_a_claim_the_data_does_not_reproduce_is_flagged(tmp_path: Path) -> None:
    text = MINIMAL + (
        "evaluations:\n"
        "  - {stage: 1, date: 2024-01-15, claimed: {programs_total: 2, realization: 75.5}}\n"
    )
    result = check_text(text)
    assert [(f.rule, f.severity.value) for f in result.findings] == [("claim-mismatch", "warning")]
    assert result.plan is not None
    view = _view(result.plan, "en")
    assert view.claims_mismatch
    md = render_report(view, "md")
    assert "| Programme realisation | 75.5% | 100.00% | -24.50% | ✗ **NOT REPRODUCED** |" in md
    assert "| Programmes | 2 | 2 | 0 | ✓ reproduced |" in md
    html = render_report(view, "html")
    assert '<p class="alert">' in html and html.count("✗ NOT REPRODUCED") == 1
