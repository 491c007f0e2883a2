"""The static site: files, links, figures.json, safe rebuilds, and a click-through in Chromium."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from conftest import MINIMAL, REPO

from smartcity_cli.errors import UsageError
from smartcity_cli.site import MARKER, build_site

AS_OF = dt.date(2024, 11, 13)
ACTUAL = REPO / "tests" / "actual"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    plans = tmp_path_factory.mktemp("plans")
    for sample in (REPO / "masterplans").glob("*.yaml"):
        shutil.copy(sample, plans)
    (plans / "rusak.yaml").write_text("format: 1\nrevision: satu\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("site") / "_site"
    summary = build_site(plans, out, as_of=AS_OF)
    assert (summary.regions, summary.valid) == (6, 5)
    return out


def test_files(site: Path) -> None:
    names = sorted(str(p.relative_to(site)) for p in site.rglob("*") if p.is_file())
    slugs = ["bukittinggi", "padang", "padang-panjang", "padang-pariaman", "palu", "rusak"]
    assert names == sorted(
        [MARKER, "figures.json", "index.html", "index.en.html"]
        + [f"regions/{s}.{lang}.html" for s in slugs for lang in ("id", "en")]
    )


def test_index_lists_every_region_with_its_state(site: Path) -> None:
    index = (site / "index.html").read_text(encoding="utf-8")
    assert index.count('<tr data-name="') == 6
    assert '<a href="regions/padang-panjang.id.html">Kota Padang Panjang</a>' in index
    assert 'data-realization="70.73"' in index and ">70,73%<" in index and ">94,46%<" in index
    assert '<td class="state-errors">' in index and '<td class="state-valid">valid</td>' in index
    english = (site / "index.en.html").read_text(encoding="utf-8")
    assert ">70.73%<" in english and '<a href="index.html" id="other-language">' in english


def test_figures_json(site: Path) -> None:
    document = json.loads((site / "figures.json").read_text(encoding="utf-8"))
    assert document["format_version"] == 1 and document["as_of"] == "2024-11-13"
    regions = {r["slug"]: r for r in document["regions"]}
    pp = regions["padang-panjang"]["figures"]
    assert (pp["programs"], pp["running"], pp["realization"], pp["action_plans"]) == (
        123, 87, "70.73", "94.46")  # fmt: skip
    categories = {c["id"]: c["realization"] for c in pp["action_plan_categories"]}
    assert (categories["policy"], categories["infrastructure"]) == ("92.86", "91.67")
    assert all(c["reproduced"] for c in pp["claims"]) and len(pp["claims"]) == 7  # + stage 1 index
    broken = regions["rusak"]
    assert broken["valid"] is False and broken["figures"] is None
    assert {f["rule"] for f in broken["findings"]} >= {"wrong-type", "missing-key"}
    documented = (REPO / "docs" / "site-json.md").read_text(encoding="utf-8")
    for key in [*regions["padang-panjang"], *pp]:
        assert f'"{key}"' in documented, key


def test_every_link_stays_inside_the_site(site: Path) -> None:
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"<(link|img|iframe)\b|@import|@font-face", html), page
        assert re.search(r"""\bsrc=""", html) is None, page
        for href in re.findall(r'href="([^"]+)"', html):
            if href.startswith(("https://", "http://", "#")):  # sources cited by a plan
                continue
            assert (page.parent / href).resolve().is_file(), (page, href)


def test_invalid_region_shows_its_errors(site: Path) -> None:
    page = (site / "regions" / "rusak.en.html").read_text(encoding="utf-8")
    assert "does not pass validation" in page
    assert "<code>wrong-type</code>" in page and "2:11" in page


def test_rebuild_replaces_only_a_previous_site(tmp_path: Path) -> None:
    plans, out = tmp_path / "plans", tmp_path / "_site"
    shutil.copytree(REPO / "masterplans", plans)
    (plans / "rusak.yaml").write_text("format: 1\n", encoding="utf-8")
    build_site(plans, out, as_of=AS_OF)
    stale = out / "regions" / "rusak.id.html"
    assert stale.is_file()
    (plans / "rusak.yaml").unlink()
    build_site(plans, out, as_of=AS_OF)
    assert not stale.exists()  # a rebuild leaves nothing of the old site behind
    other = tmp_path / "docs"
    other.mkdir()
    (other / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(UsageError, match=r"is not exactly a site built by smartcity \(\.smartcity"):
        build_site(REPO / "masterplans", other, as_of=AS_OF)
    assert [p.name for p in other.iterdir()] == ["keep.txt"]


@pytest.mark.parametrize(
    ("plant", "reason"),
    [
        ("old-marker", ".smartcity-site is missing or is not a marker this command wrote"),
        ("copied-marker", "keep.txt is not a file the site wrote"),
        ("empty-manifest", "keep.txt is not a file the site wrote"),
        ("site-plus-file", "keep.txt is not a file the site wrote"),
        ("site-edited", "index.html has changed since the site wrote it"),
        ("link", "data is a link"),
    ],
)
def test_a_planted_marker_never_gets_a_directory_deleted(
    plant: str, reason: str, tmp_path: Path
) -> None:
    """A cloned repository may carry `.smartcity-site`; only the site's own files, unchanged
    and nothing else, let `site -o` replace a directory."""
    real = tmp_path / "real"
    build_site(REPO / "masterplans", real, as_of=AS_OF)
    target = tmp_path / "docs"
    if plant in ("site-plus-file", "site-edited", "link"):
        shutil.copytree(real, target)
    else:
        target.mkdir()
    markers = {
        "old-marker": "built by smartcity site\n",
        "copied-marker": (real / MARKER).read_text(encoding="utf-8"),
        "empty-manifest": '{"files": {}}',
    }
    if plant in markers:
        (target / MARKER).write_text(markers[plant], encoding="utf-8")
    if plant == "site-edited":
        (target / "index.html").write_text("my own page", encoding="utf-8")
    elif plant == "link":
        (target / "data").symlink_to(tmp_path)
    else:
        (target / "keep.txt").write_text("mine", encoding="utf-8")
    before = sorted(p.relative_to(target) for p in target.rglob("*"))
    with pytest.raises(UsageError) as refused:
        build_site(REPO / "masterplans", target, as_of=AS_OF)
    assert str(refused.value) == (
        f"{target} exists and is not exactly a site built by smartcity ({reason}); "
        "choose a new directory or remove it first"
    )
    assert sorted(p.relative_to(target) for p in target.rglob("*")) == before


def test_the_marker_lists_every_file_with_its_hash(site: Path) -> None:
    listed = json.loads((site / MARKER).read_text(encoding="utf-8"))["files"]
    on_disk = {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in site.rglob("*")
        if p.is_file() and p.name != MARKER
    }
    assert listed == on_disk


def test_site_in_chromium(tmp_path: Path) -> None:
    chromium = shutil.which("chromium")
    if chromium is None:
        if os.environ.get("SMARTCITY_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium is required (apt-get install chromium)")
        pytest.skip("Debian's chromium is not installed")
    from playwright.sync_api import sync_playwright

    out = tmp_path / "_site"
    build_site(REPO / "masterplans", out, as_of=AS_OF)
    console: list[str] = []
    requests: list[str] = []
    ACTUAL.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])  # fmt: skip
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 800})
            page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
            page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
            page.on("request", lambda r: requests.append(r.url))
            page.goto((out / "index.html").as_uri())
            page.click("th[data-key=realization]")  # sort, highest first
            first = page.locator("#regions tbody tr").first.get_attribute("data-name")
            assert first == "Kota Palu"
            page.screenshot(path=str(ACTUAL / "site-index-id.png"), full_page=True)
            page.click("text=Kota Padang Panjang")
            assert page.url.endswith("/regions/padang-panjang.id.html")
            assert "70,73%" in page.inner_text("body")
            page.screenshot(path=str(ACTUAL / "site-region-id.png"))
            page.go_back()
            assert page.url.endswith("/index.html")
            page.click("#other-language")
            assert page.url.endswith("/index.en.html")
            assert "Smart City Portal" in page.inner_text("h1")
            page.click("text=Kota Padang Panjang")
            page.click("#other-language")
            assert page.url.endswith("/regions/padang-panjang.id.html")
            page.click("#to-index")
            assert page.url.endswith("/index.html")
        finally:
            browser.close()
    assert console == []
    site_root = out.resolve().as_uri()
    assert requests and all(url.startswith(site_root) for url in requests), requests


def test_bidi_and_escapes_in_an_invalid_plan_are_shown_not_obeyed(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    text = MINIMAL.replace("name: Satu Data", "name: Satu \u202eataD").replace(
        "  title: Masterplan", '  "ti\\e]8;;x\\atle": x\n  title: Masterplan'
    )
    (plans / "contoh.yaml").write_text(text, encoding="utf-8")
    build_site(plans, tmp_path / "_site", as_of=AS_OF)
    page = (tmp_path / "_site" / "regions" / "contoh.en.html").read_text(encoding="utf-8")
    assert "<code>programs[1].name</code>" in page
    assert "holds U+202E RIGHT-TO-LEFT OVERRIDE at character 6" in page
    assert "the key `masterplan[&#34;ti\\x1b]8;;x\\x07tle&#34;]` holds U+001B" in page
    assert "\u202e" not in page and "\x1b" not in page and "\x07" not in page
