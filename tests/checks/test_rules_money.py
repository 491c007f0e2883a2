"""Rules on budget lines, indicator series and SPBE results: snippet -> (line, column, rule)."""

from __future__ import annotations

import pytest
from conftest import MINIMAL, edit, only, problems

from smartcity_cli.findings import Severity


def _budget(lines: str) -> str:
    """MINIMAL with GOV-02 (years 2019-2023) given a budget list; its first line is line 36."""
    return edit("    status: running\n", f"    budget:\n{lines}    status: running\n")


# -- budget lines: structure (negative, non-numeric, unknown source) -----------------------------


def test_budget_list_and_single_form_are_both_valid():
    assert problems(_budget("      - {year: 2020, source: APBD, allocated: 500000000}\n")) == []
    text = edit("    status: running\n",
                "    budget: {amount: 500000000, source: APBD}\n    status: running\n")  # fmt: skip
    assert problems(text) == []


def test_negative_amount_is_a_located_error():
    text = _budget("      - {year: 2020, source: APBD, allocated: -5}\n")
    assert problems(text) == [(36, 47, "out-of-range")]


def test_non_numeric_amount_is_a_located_error():
    text = _budget("      - {year: 2020, source: APBD, allocated: 5, realised: banyak}\n")
    assert problems(text) == [(36, 60, "wrong-type")]


def test_unknown_source_names_the_choices():
    text = _budget("      - {year: 2020, source: DAKK, allocated: 5}\n")
    assert problems(text) == [(36, 30, "invalid-value")]
    assert only(text).hint == "did you mean `DAK`?"


def test_a_budget_that_is_neither_mapping_nor_list():
    text = edit("    status: running\n", "    budget: 500000000\n    status: running\n")
    assert problems(text) == [(35, 13, "wrong-type")]
    assert only(text).message == "expected a mapping, found the number 500000000"


# -- budget-year-outside -------------------------------------------------------------------------


def test_budget_year_outside_the_programs_years():
    text = _budget("      - {year: 2024, source: DAK, allocated: 5}\n")
    assert problems(text) == [(36, 16, "budget-year-outside")]
    finding = only(text)
    assert finding.severity is Severity.ERROR
    assert finding.message == "budget year 2024 is outside the years GOV-02 runs, 2019–2023"


def test_budget_year_without_program_years_is_bounded_by_the_period():
    text = _budget("      - {year: 2029, source: DAK, allocated: 5}\n").replace(
        "    years: {start: 2019, end: 2023}\n", ""
    )
    assert problems(text) == [(35, 16, "budget-year-outside")]
    assert "the plan covers, 2019–2028" in only(text).message


# -- budget-overspent / budget-line-repeated -----------------------------------------------------


def test_budget_overspent_is_a_warning_at_realised():
    text = _budget(
        "      - {year: 2020, source: APBD, allocated: 500000000, realised: 600000000}\n"
    )
    assert problems(text) == [(36, 68, "budget-overspent")]
    finding = only(text)
    assert finding.severity is Severity.WARNING
    assert finding.message == (
        "GOV-02 realised 600,000,000 in 2020 (APBD), more than the 500,000,000 allocated"
    )


def test_realised_equal_to_allocated_is_fine():
    assert (
        problems(_budget("      - {year: 2020, source: APBD, allocated: 5, realised: 5}\n")) == []
    )


def test_budget_line_repeated():
    text = _budget(
        "      - {year: 2020, source: APBD, allocated: 5}\n"
        "      - {year: 2020, source: DAK, allocated: 5}\n"
        "      - {year: 2020, source: APBD, allocated: 7}\n"
    )
    assert problems(text) == [(38, 9, "budget-line-repeated")]
    assert "(first on line 36)" in only(text).message


# -- indicators: series ---------------------------------------------------------------------------


def _indicator(body: str) -> str:
    return edit("    status: running\n", f"    indicators:\n{body}    status: running\n")


def test_series_instead_of_target_is_valid():
    text = _indicator(
        "      - name: Waktu tunggu\n        direction: down\n"
        "        series: {2022: {target: 30, actual: 35}, 2023: {target: 25}}\n"
    )
    assert problems(text) == []


def test_indicator_target_missing():
    text = _indicator("      - {name: Waktu tunggu, actual: 35}\n")
    assert problems(text) == [(36, 9, "indicator-target-missing")]
    assert only(text).message == "indicator `Waktu tunggu` of GOV-02 has no target"


def test_series_with_only_actuals_still_lacks_a_target():
    text = _indicator("      - name: X\n        series: {2022: {actual: 3}}\n")
    assert problems(text) == [(36, 9, "indicator-target-missing")]


def test_series_future_actual():
    # updated: 2024-01-15; 2024 itself may already be measured, 2025 may not
    text = _indicator(
        "      - name: X\n"
        "        series: {2024: {target: 2, actual: 2}, 2025: {target: 3, actual: 3}}\n"
    )
    assert problems(text) == [(37, 74, "series-future-actual")]
    assert only(text).message == (
        "`X` has an actual value for 2025, after the plan's `updated` date (2024-01-15)"
    )


def test_series_year_outside_the_period_points_at_the_year():
    text = _indicator("      - name: X\n        series: {2031: {target: 3}}\n")
    assert problems(text) == [(37, 18, "series-year-outside")]


@pytest.mark.parametrize("year", ["99", "2O24", "3000"])
def test_series_year_must_be_a_year(year: str):
    text = _indicator(f"      - name: X\n        series: {{{year}: {{target: 3}}}}\n")
    assert problems(text) == [(37, 18, "invalid-value")]


def test_direction_is_up_or_down():
    text = _indicator("      - {name: X, target: 3, direction: naik}\n")
    assert problems(text) == [(36, 41, "invalid-value")]


def test_rpjmd_target_series_is_checked_too():
    text = edit(
        "  - {id: S01, name: Meningkatnya kualitas layanan publik}\n",
        "  - id: S01\n    name: Meningkatnya kualitas layanan publik\n"
        "    rpjmd_ref: {mission: '2', goal: '2.1', target: '2.1.1', program_code: '2.16.02'}\n"
        "    series: {2030: {target: 80}}\n",
    )
    assert problems(text) == [(19, 14, "series-year-outside")]


# -- spbe-predicate-mismatch ----------------------------------------------------------------------


def _spbe(results: str) -> str:
    return MINIMAL + "spbe:\n  results:\n" + results


def test_spbe_predicate_claimed_right():
    text = _spbe("    - {year: 2023, index: 2.79, predicate: Baik}\n"
                 "    - {year: 2022, index: 1.80, predicate: Cukup}\n")  # fmt: skip
    assert problems(text) == []


def test_spbe_predicate_mismatch_keeps_the_written_digits():
    text = _spbe("    - {year: 2023, index: 1.80, predicate: Kurang}\n")
    assert problems(text) == [(40, 44, "spbe-predicate-mismatch")]
    assert only(text).message == (
        "SPBE 2023 claims the predicate Kurang, but the index 1.80 carries Cukup"
    )


def test_spbe_index_is_at_most_five():
    assert problems(_spbe("    - {year: 2023, index: 5.1}\n")) == [(40, 27, "out-of-range")]


def test_program_spbe_tag():
    text = edit("    status: running\n",
                "    spbe:\n      - {indicator: 11, aspect: Perencanaan Strategis}\n"
                "      - {indicator: 48}\n    status: running\n")  # fmt: skip
    assert problems(text) == [(37, 21, "out-of-range")]
