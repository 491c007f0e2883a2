"""Words and numbers in Indonesian and English."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from smartcity_cli import i18n


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        ("70.73", "id", "70,73%"),
        ("70.73", "en", "70.73%"),
        ("94.46", "id", "94,46%"),
        ("100.00", "id", "100,00%"),
        ("1234.50", "id", "1.234,50%"),
        ("1234.50", "en", "1,234.50%"),
    ],
)
def test_format_percent(value: str, lang: str, expected: str) -> None:
    assert i18n.format_percent(Decimal(value), lang) == expected


def test_missing_value() -> None:
    assert i18n.format_percent(None, "id") == i18n.MISSING


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (1500000000, "id", "1.500.000.000"),
        (1500000000, "en", "1,500,000,000"),
        (4.5, "id", "4,5"),
        (40.0, "id", "40"),
        (-1234, "en", "-1,234"),
        (999, "id", "999"),
    ],
)
def test_format_number(value: float, lang: str, expected: str) -> None:
    assert i18n.format_number(value, lang) == expected


def test_dates_use_the_language_month_names() -> None:
    assert i18n.format_date(dt.date(2024, 5, 13), "id") == "13 Mei 2024"
    assert i18n.format_date(dt.date(2024, 5, 13), "en") == "13 May 2024"
    assert i18n.format_date(dt.date(2024, 8, 1), "id") == "1 Agustus 2024"


def test_both_languages_have_the_same_labels() -> None:
    for table in (i18n.LABELS, i18n.STATUS, i18n.HORIZON, i18n.KIND, i18n.CLAIM_FIGURE):
        assert set(table["id"]) == set(table["en"])
    assert i18n.LABELS["id"]["realization"] != i18n.LABELS["en"]["realization"]


def test_statuses_cover_the_format() -> None:
    from smartcity_cli.spec import STATUSES

    assert set(i18n.STATUS["id"]) == set(STATUSES)


def test_no_label_is_hidden_by_a_dict_method() -> None:
    # templates write t.name; Jinja looks up dict attributes first, so t.items would be the
    # dict's items() method, not the label
    for table in i18n.LABELS.values():
        assert [key for key in table if hasattr(dict, key)] == []
