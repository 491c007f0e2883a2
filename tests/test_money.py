"""Budget figures, rupiah formatting, indicator series and the SPBE predicate: exact values."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from conftest import MINIMAL, check_text, edit

from smartcity_cli import rupiah
from smartcity_cli.budget import compute_budget, source_key
from smartcity_cli.figures import achievement, percent
from smartcity_cli.indicators import plan_series, rate, target_series
from smartcity_cli.model import Masterplan
from smartcity_cli.spbe import by_indicator, predicate, result_figures


def _plan(text: str) -> Masterplan:
    result = check_text(text)
    assert result.findings == (), result.findings
    assert result.plan is not None
    return result.plan


# GOV-01 (governance, diskominfo, 2019) one amount; GOV-02 (governance, bappeda, 2019-2023)
# lines by year and source; GOV-03 (living, diskominfo, no years) lines without realised.
BUDGETS = (
    edit("    status: completed\n",
         "    budget: {amount: 250000000, currency: IDR, source: apbd}\n    status: completed\n",
         edit("    status: running\n",
              "    budget:\n"
              "      - {year: 2020, source: APBD, allocated: 1000000000, realised: 900000000}\n"
              "      - {year: 2020, source: DAK, allocated: 500000000, realised: 500000000}\n"
              "      - {year: 2021, source: APBD, allocated: 1200000000, realised: 1000000000}\n"
              "      - {year: 2021, source: CSR, allocated: 300000000}\n"
              "    status: running\n"))
    + "  - id: LIV-01\n    name: Smart Parking\n    pillar: living\n    agency: diskominfo\n"
      "    horizon: long\n    status: planned\n    targets: [S01]\n"
      "    budget:\n      - {year: 2025, source: KPBU, allocated: 2000000000}\n"
)  # fmt: skip


def test_budget_totals_and_rate():
    figures = compute_budget(_plan(BUDGETS))
    total = figures.total
    assert total.allocated == 5_250_000_000  # 0.25 + 1 + 0.5 + 1.2 + 0.3 + 2 miliar
    assert total.realised == 2_400_000_000
    assert total.reported == 2_700_000_000  # lines that state realised
    assert percent(total.rate) == Decimal("88.89")  # 2.4 / 2.7
    assert figures.programs == 3
    assert figures.other_currency == ()


def test_budget_by_year():
    by_year = {y: (m.allocated, m.realised, percent(m.rate)) for y, m in
               compute_budget(_plan(BUDGETS)).by_year}  # fmt: skip
    assert by_year == {
        2020: (1_500_000_000, 1_400_000_000, Decimal("93.33")),
        2021: (1_500_000_000, 1_000_000_000, Decimal("83.33")),  # 1.0 / 1.2: CSR not reported
        2025: (2_000_000_000, 0, None),
    }


def test_budget_by_source_in_the_documented_order():
    by_source = [(s, m.allocated, percent(m.rate)) for s, m in
                 compute_budget(_plan(BUDGETS)).by_source]  # fmt: skip
    assert by_source == [
        ("APBD", 2_450_000_000, Decimal("86.36")),  # 0.25 (single, "apbd") + 1 + 1.2; 1.9/2.2
        ("DAK", 500_000_000, Decimal("100.00")),
        ("CSR", 300_000_000, None),
        ("KPBU", 2_000_000_000, None),
    ]


def test_budget_by_pillar_and_agency():
    figures = compute_budget(_plan(BUDGETS))
    pillars = {p: m.allocated for p, m in figures.by_pillar if m.lines}
    assert pillars == {"governance": 3_250_000_000, "living": 2_000_000_000}
    agencies = [(a, m.allocated, m.realised, percent(m.rate)) for a, m in figures.by_agency]
    assert agencies == [
        ("diskominfo", 2_250_000_000, 0, None),
        ("bappeda", 3_000_000_000, 2_400_000_000, Decimal("88.89")),
    ]


def test_share_outside_apbd():
    # stated: all 5.25 miliar; APBD 2.45 -> outside 2.8 / 5.25
    assert percent(compute_budget(_plan(BUDGETS)).outside_apbd) == Decimal("53.33")


def test_unstated_source_is_left_out_of_the_share():
    text = BUDGETS.replace("source: apbd}", "source: Dana Desa}")
    figures = compute_budget(_plan(text))
    assert dict(figures.by_source)[""].allocated == 250_000_000
    assert percent(figures.outside_apbd) == Decimal("56.00")  # 2.8 / 5.0


def test_non_rupiah_single_budget_is_left_out_and_named():
    text = BUDGETS.replace("currency: IDR, source: apbd", "currency: USD, source: CSR")
    figures = compute_budget(_plan(text))
    assert figures.other_currency == ("GOV-01",)
    assert figures.total.allocated == 5_000_000_000


def test_a_plan_without_budgets():
    figures = compute_budget(_plan(MINIMAL))
    assert figures.total.allocated == 0
    assert figures.total.rate is None
    assert figures.outside_apbd is None
    assert figures.by_year == () and figures.by_source == ()


@pytest.mark.parametrize(("written", "key"),
                         [("APBD", "APBD"), (" apbn ", "APBN"), ("Swasta", "swasta"),
                          ("APBN (Kementerian Perhubungan)", "APBN"), ("APBD Perubahan", "APBD"),
                          ("Hibah Kementerian LHK", "hibah"), ("APBD dan APBN", ""),
                          ("APBD, CSR", ""), ("Dana Desa", ""), ("", ""), (None, "")])  # fmt: skip
def test_source_key(written: str | None, key: str):
    assert source_key(written) == key


# -- rupiah --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("amount", "id_", "en"), [
    (350_000_000, "Rp 350 juta", "IDR 350 million"),
    (1_500_000_000, "Rp 1,5 miliar", "IDR 1.5 billion"),
    (999_000_000, "Rp 999 juta", "IDR 999 million"),
    (999_994_999, "Rp 999,99 juta", "IDR 999.99 million"),
    (999_995_000, "Rp 1 miliar", "IDR 1 billion"),  # rounds to 1.000 juta: the next unit
    (1_000_000_000, "Rp 1 miliar", "IDR 1 billion"),
    (1_005_000_000, "Rp 1,01 miliar", "IDR 1.01 billion"),  # half-up
    (999_990_000_000, "Rp 999,99 miliar", "IDR 999.99 billion"),
    (999_999_999_999, "Rp 1 triliun", "IDR 1 trillion"),
    (1_000_000_000_000, "Rp 1 triliun", "IDR 1 trillion"),
    (2_250_000_000_000, "Rp 2,25 triliun", "IDR 2.25 trillion"),
    (1_000_000, "Rp 1 juta", "IDR 1 million"),
    (999_999, "Rp 999.999", "IDR 999,999"),  # below a million: exact
    (0, "Rp 0", "IDR 0"),
])  # fmt: skip
def test_rupiah_short(amount: int, id_: str, en: str):
    assert rupiah.short(amount, "id") == id_
    assert rupiah.short(amount, "en") == en


def test_rupiah_exact():
    assert rupiah.exact(5_250_000_000, "id") == "Rp 5.250.000.000"
    assert rupiah.exact(5_250_000_000, "en") == "IDR 5,250,000,000"
    assert rupiah.exact(Fraction(1, 2), "id") == "Rp 1"  # half-up to the rupiah


# -- indicators ----------------------------------------------------------------------------------


def test_yearly_rate_up_and_down():
    assert rate(20, 18, "up") == Fraction(9, 10)
    assert rate(8, 9, "down") == Fraction(7, 8)  # 1 + (1 - 9/8): 87.5%
    assert rate(7, 6.5, "down") == Fraction(15, 14)  # ahead of a falling target: 107.14%
    assert rate(0, 3, "up") is None


SERIES = edit(
    "    status: running\n",
    """\
    indicators:
      - name: Waktu tunggu perizinan
        unit: hari
        direction: down
        series:
          2021: {target: 14, actual: 15}
          2022: {target: 10, actual: 9}
          2023: {target: 7}
      - {name: Dataset terbuka, target: 100, baseline: 20, actual: 60}
      - {name: Angka kemiskinan, target: 5, actual: 6, direction: down}
    status: running
""",
)


def test_series_achievement_per_year_and_latest():
    (series,) = plan_series(_plan(SERIES))
    assert series.owner == "GOV-02" and series.direction == "down"
    assert [(y.year, percent(y.achievement)) for y in series.years] == [
        (2021, Decimal("92.86")),  # 2 - 15/14
        (2022, Decimal("110.00")),  # 2 - 9/10
        (2023, None),
    ]
    assert series.latest is not None and series.latest.year == 2022


def test_single_value_achievement_with_direction():
    plan = _plan(SERIES)
    _, with_baseline, falling = plan.programs[1].indicators
    assert percent(achievement(with_baseline)) == Decimal("50.00")  # (60-20)/(100-20)
    assert percent(achievement(falling)) == Decimal("80.00")  # 2 - 6/5


def test_target_series():
    text = edit("  - {id: S01, name: Meningkatnya kualitas layanan publik}\n",
                "  - id: S01\n    name: Indeks kepuasan\n"
                "    series: {2022: {target: 3.1, actual: 3.14}, 2023: {target: 3.4}}\n")  # fmt: skip
    series = target_series(_plan(text).targets[0])
    assert [(y.year, percent(y.achievement)) for y in series.years] == [
        (2022, Decimal("101.29")),
        (2023, None),
    ]


# -- SPBE ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("index", "name"), [
    ("0", "Kurang"), ("1.79", "Kurang"), ("1.80", "Cukup"), ("2.59", "Cukup"),
    ("2.60", "Baik"), ("3.49", "Baik"), ("3.50", "Sangat Baik"), ("4.19", "Sangat Baik"),
    ("4.20", "Memuaskan"), ("5", "Memuaskan"),
])  # fmt: skip
def test_spbe_predicate_at_each_boundary(index: str, name: str):
    assert predicate(Decimal(index)) == name


def test_spbe_results_and_tags():
    text = edit("    status: running\n",
                "    spbe:\n      - {indicator: 11, aspect: Perencanaan Strategis}\n"
                "    status: running\n",
                edit("    progress: 100\n", "    progress: 100\n    spbe: [{indicator: 11}, "
                     "{indicator: 32}]\n"))  # fmt: skip
    text += "spbe:\n  results:\n    - {year: 2023, index: 2.79}\n    - {year: 2022, index: 1.8}\n"
    plan = _plan(text)
    assert [(r.result.year, str(r.index), r.predicate) for r in result_figures(plan)] == [
        (2022, "1.8", "Cukup"),
        (2023, "2.79", "Baik"),
    ]
    groups = by_indicator(plan)
    assert [(g.indicator, g.aspect, [p.id for p, _ in g.programs]) for g in groups] == [
        (11, "Perencanaan Strategis", ["GOV-01", "GOV-02"]),
        (32, None, ["GOV-01"]),
    ]
