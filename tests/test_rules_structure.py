"""Structure-stage rules (keys, types, values) and the rule registry's documentation."""

from __future__ import annotations

import pytest
from conftest import MINIMAL, check_text, edit, only, problems, spot

from smartcity_cli.rules import all_rules

# -- the registry -------------------------------------------------------------------------------


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.id)
def test_rule_docstring_has_summary_passing_and_failing(rule):
    doc = rule.doc()
    summary, _, rest = doc.partition("\n")
    assert summary.strip() and summary == rule.summary()
    assert summary.endswith((".", ")")), summary
    lines = rest.splitlines()
    assert "Passing:" in lines and "Failing:" in lines
    passing, failing = lines.index("Passing:"), lines.index("Failing:")
    assert passing < failing
    for start, end in ((passing, failing), (failing, len(lines))):
        example = [line for line in lines[start + 1 : end] if line.strip()]
        assert example and all(line.startswith("    ") for line in example), (rule.id, example)


# -- format-version -----------------------------------------------------------------------------


def test_format_version_newer():
    finding = only(edit("format: 1", "format: 2"))
    assert spot(finding) == (1, 9, "format-version")
    assert finding.message == "this file is format 2; this smartcity reads format 1"
    assert finding.hint == "upgrade smartcity"


def test_format_version_passing():
    assert problems(MINIMAL) == []


def test_format_zero_is_out_of_range_and_not_a_version_to_migrate_from():
    assert problems(edit("format: 1", "format: 0")) == [(1, 9, "out-of-range")]


# -- missing-key --------------------------------------------------------------------------------


def test_missing_key_in_a_program():
    finding = only(edit("    status: running\n", ""))
    assert spot(finding) == (29, 5, "missing-key")
    assert finding.message == "`status` is required in programs[1]"
    assert finding.hint.startswith("add `status:`")


def test_missing_key_at_the_top():
    finding = only(edit("revision: 1\n", ""))
    assert spot(finding) == (1, 1, "missing-key")
    assert finding.message == "`revision` is required at the top of the file"


def test_missing_key_in_years():
    assert problems(edit("{start: 2019, end: 2023}", "{start: 2019}")) == [(34, 12, "missing-key")]


# -- unknown-key --------------------------------------------------------------------------------


def test_unknown_key_typo_hint():
    text = edit("status: running", "stauts: running")
    # the misspelt key is unknown, and the program lacks the required `status`
    assert problems(text) == [(29, 5, "missing-key"), (35, 5, "unknown-key")]
    finding = check_text(text).findings[1]
    assert finding.message == "`stauts` is not a known key here"
    assert finding.hint == "did you mean `status`?"


def test_unknown_key_passing_optional_key():
    assert (
        problems(edit("    status: running\n", "    status: running\n    note: lihat rapat\n"))
        == []
    )


def test_unknown_key_at_the_top_lists_allowed_keys():
    finding = only(MINIMAL + "catatan: lihat lampiran\n")
    assert spot(finding) == (38, 1, "unknown-key")
    assert finding.hint.startswith("allowed here: format, revision, updated, language, region")


def test_unknown_key_merge_key():
    finding = only(edit("    name: Satu Data\n", "    name: Satu Data\n    <<: {note: x}\n"))
    assert spot(finding) == (31, 5, "unknown-key")
    assert finding.hint == "YAML merge keys (<<) are not supported; write the keys out"


# -- wrong-type ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "where", "message"),
    [
        ("progress: 40", "progress: sixty", (36, 15), 'expected a number, found text "sixty"'),
        ("targets: [S01]", "targets: S01", (28, 14), 'expected a list, found text "S01"'),
        ("quick_win: true", 'quick_win: "true"', (24, 16),
         'expected true or false, found text "true"'),
        ("revision: 1", 'revision: "1"', (2, 11), 'expected a whole number, found text "1"'),
        ("updated: 2024-01-15", 'updated: "2024-01-15"', (3, 10),
         'expected a date (YYYY-MM-DD), found text "2024-01-15"'),
        ("name: Satu Data", "name:", (30, 10), "expected text, found nothing (an empty value)"),
    ],
)  # fmt: skip
def test_wrong_type(old: str, new: str, where: tuple[int, int], message: str):
    finding = only(edit(old, new))
    assert spot(finding) == (*where, "wrong-type")
    assert finding.message == message


def test_wrong_type_whole_file_is_a_list():
    finding = only("- format: 1\n- revision: 1\n")
    assert spot(finding) == (1, 1, "wrong-type")
    assert finding.message.startswith("the file must be a mapping of keys")


# -- unquoted-text ------------------------------------------------------------------------------


def test_unquoted_text_region_code():
    finding = only(
        edit("  province: Sumatera Barat\n", "  province: Sumatera Barat\n  code: 13.70\n")
    )
    assert spot(finding) == (9, 9, "unquoted-text")
    assert finding.message == "`13.70` is read as the number 13.7, but text is expected here"
    assert finding.hint == 'quote it: "13.70"'


def test_unquoted_text_passing_quoted_code():
    assert (
        problems(
            edit("  province: Sumatera Barat\n", '  province: Sumatera Barat\n  code: "13.70"\n')
        )
        == []
    )


def test_unquoted_text_name_that_is_a_date():
    finding = only(edit("name: Satu Data", "name: 2024-01-01"))
    assert spot(finding) == (30, 11, "unquoted-text")
    assert (
        finding.message == "`2024-01-01` is read as the date 2024-01-01, but text is expected here"
    )
    assert finding.hint == 'quote it: "2024-01-01"'


def test_unquoted_text_numeric_id():
    assert problems(edit("id: GOV-02", "id: 2019")) == [(29, 9, "unquoted-text")]


# -- invalid-value ------------------------------------------------------------------------------


def test_invalid_value_status_with_did_you_mean():
    finding = only(edit("status: running", "status: runing"))
    assert spot(finding) == (35, 13, "invalid-value")
    assert (
        finding.message == "`runing` is not one of: planned, running, completed, delayed, cancelled"
    )
    assert finding.hint == "did you mean `running`?"


def test_invalid_value_status_far_from_any_choice_has_no_hint():
    finding = only(edit("status: running", "status: finished"))
    assert (finding.rule, finding.hint) == ("invalid-value", "")


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        ("slug: contoh", "slug: Kota_Contoh", (5, 9)),
        ("kind: kota", "kind: city", (7, 9)),
        ("name: Satu Data", 'name: ""', (30, 11)),
        ("name: Satu Data", 'name: "   "', (30, 11)),
        ("id: GOV-02", "id: -GOV-02", (29, 9)),
    ],
)
def test_invalid_value(old: str, new: str, where: tuple[int, int]):
    assert problems(edit(old, new), stem="Kota_Contoh" if "Kota_" in new else "contoh") == [
        (*where, "invalid-value")
    ]


# -- out-of-range -------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["120", "-1", "100.5"])
def test_out_of_range_progress(value: str):
    finding = only(edit("progress: 40", f"progress: {value}"))
    assert spot(finding) == (36, 15, "out-of-range")
    assert finding.message == f"{value} is out of range: it must be between 0 and 100"


def test_out_of_range_progress_passing_bounds():
    assert problems(edit("progress: 40", "progress: 0")) == []
    assert problems(edit("progress: 40", "progress: 99.5")) == []


def test_out_of_range_budget_and_revision():
    text = edit("revision: 1", "revision: 0").replace(
        "    progress: 40\n", "    progress: 40\n    budget: {amount: -5}\n"
    )
    assert problems(text) == [(2, 11, "out-of-range"), (37, 22, "out-of-range")]


def test_out_of_range_infinite():
    finding = only(edit("progress: 40", "progress: .inf"))
    assert (finding.rule, finding.message) == ("out-of-range", ".inf is not a finite number")


def test_out_of_range_year():
    assert problems(
        edit("period: {start: 2019, end: 2028}", "period: {start: 1800, end: 2028}")
    ) == [(11, 19, "out-of-range")]


def test_a_javascript_source_url_is_refused():
    text = MINIMAL + 'sources:\n  - {title: Berita, url: "javascript:alert(1)"}\n'
    assert problems(text) == [(39, 26, "invalid-value")]
    assert problems(text.replace("javascript:alert(1)", "https://langgam.id/x")) == []
