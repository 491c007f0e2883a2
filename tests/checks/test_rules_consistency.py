"""Consistency rules: slug and file name, province, periods and years, progress, horizons."""

from __future__ import annotations

import pytest
from conftest import MINIMAL, check_text, edit, only, problems

from smartcity_cli.findings import Severity

# -- slug-mismatch ------------------------------------------------------------------------------


def test_slug_mismatch():
    assert problems(MINIMAL, stem="other") == [(5, 9, "slug-mismatch")]
    finding = only(MINIMAL, stem="other")
    assert finding.message == "region.slug is `contoh` but the file is named other.yaml"
    assert finding.hint == "rename the file to contoh.yaml or set slug: other"


def test_slug_matches_file_stem():
    text = edit("slug: contoh", "slug: kota-contoh")
    assert problems(text, stem="kota-contoh") == []
    assert problems(text) == [(5, 9, "slug-mismatch")]


# -- province-required --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["kota", "kabupaten"])
def test_province_required(kind: str):
    text = edit("  kind: kota\n  province: Sumatera Barat\n", f"  kind: {kind}\n")
    # located at the `region:` key, line 4
    assert problems(text) == [(4, 1, "province-required")]
    finding = only(text)
    assert finding.message == f"a {kind} needs `province:`"
    assert finding.hint == "add province: <name>"


def test_province_not_required_for_a_provinsi():
    text = edit("  kind: kota\n  province: Sumatera Barat\n", "  kind: provinsi\n")
    assert problems(text) == []


# -- period-order -------------------------------------------------------------------------------

NO_YEARS = MINIMAL.replace("    years: {start: 2019, end: 2019}\n", "").replace(
    "    years: {start: 2019, end: 2023}\n", ""
)
REVERSED = "period: {start: 2028, end: 2019}"


def test_period_order():
    text = edit("period: {start: 2019, end: 2028}", REVERSED, NO_YEARS)
    assert problems(text) == [(11, 30, "period-order")]
    assert only(text).message == "the period ends (2019) before it starts (2028)"


def test_reversed_period_is_reported_once_not_for_every_program():
    text = edit("period: {start: 2019, end: 2028}", REVERSED)
    assert problems(text) == [(11, 30, "period-order")]


def test_period_of_one_year_passes():
    text = edit("period: {start: 2019, end: 2028}", "period: {start: 2019, end: 2019}", NO_YEARS)
    assert problems(text) == []


# -- years-order --------------------------------------------------------------------------------


def test_years_order():
    text = edit("years: {start: 2019, end: 2023}", "years: {start: 2023, end: 2019}")
    assert problems(text) == [(34, 31, "years-order")]
    assert only(text).message == "program GOV-02 ends (2019) before it starts (2023)"


def test_years_order_passing():
    assert (
        problems(edit("years: {start: 2019, end: 2023}", "years: {start: 2021, end: 2021}")) == []
    )


# -- years-outside-period -----------------------------------------------------------------------


def test_years_outside_period_start():
    text = edit("years: {start: 2019, end: 2023}", "years: {start: 2017, end: 2023}")
    assert problems(text) == [(34, 20, "years-outside-period")]
    assert only(text).message == "program GOV-02 starts in 2017, outside the plan period 2019-2028"


def test_years_outside_period_end_also_overruns_the_horizon():
    text = edit("years: {start: 2019, end: 2023}", "years: {start: 2024, end: 2030}")
    text = edit("horizon: medium", "horizon: long", text)
    assert problems(text) == [(34, 31, "horizon-overrun"), (34, 31, "years-outside-period")]
    messages = [f.message for f in check_text(text).findings]
    assert messages[1] == "program GOV-02 ends in 2030, outside the plan period 2019-2028"


def test_years_on_the_period_bounds_pass():
    text = edit("years: {start: 2019, end: 2023}", "years: {start: 2019, end: 2028}")
    assert problems(edit("horizon: medium", "horizon: long", text)) == []


# -- progress-status ----------------------------------------------------------------------------


def test_progress_status_completed():
    text = edit("progress: 100", "progress: 80")
    assert problems(text) == [(27, 15, "progress-status")]
    finding = only(text)
    assert finding.message == "program GOV-01 is completed but its progress is 80, not 100"
    assert finding.hint == "set progress: 100, or change the status"


def test_progress_status_planned():
    text = edit("status: running", "status: planned")
    assert problems(text) == [(36, 15, "progress-status")]
    assert only(text).message == "program GOV-02 is planned but its progress is 40, not 0"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("    progress: 100\n", ""),  # completed without progress
        ("status: running\n    progress: 40", "status: planned\n    progress: 0"),
        ("status: running", "status: delayed"),
        ("progress: 100", "progress: 100.0"),
    ],
)
def test_progress_status_passing(old: str, new: str):
    assert problems(edit(old, new)) == []


# -- horizon-overrun ----------------------------------------------------------------------------


def test_horizon_overrun_is_a_warning():
    text = edit("years: {start: 2019, end: 2019}", "years: {start: 2019, end: 2021}")
    assert problems(text) == [(25, 31, "horizon-overrun")]
    result = check_text(text)
    (finding,) = result.findings
    assert finding.severity is Severity.WARNING
    assert (result.errors, result.warnings) == (0, 1)
    assert finding.message == "program GOV-01 ends in 2021, after its short horizon ends in 2019"
    assert finding.hint == "choose a longer horizon or shorten the years"


def test_horizon_overrun_respects_custom_horizon_lengths():
    text = edit("years: {start: 2019, end: 2019}", "years: {start: 2019, end: 2021}")
    longer = edit(
        "  period: {start: 2019, end: 2028}\n",
        "  period: {start: 2019, end: 2028}\n  horizons: {short: 3}\n",
        text,
    )
    assert problems(longer) == []
    shorter = edit(
        "  period: {start: 2019, end: 2028}\n",
        "  period: {start: 2019, end: 2028}\n  horizons: {medium: 4}\n",
    )
    assert problems(shorter) == [(35, 31, "horizon-overrun")]
