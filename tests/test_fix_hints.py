"""Hints that name the fix: what an officer writes from their reports, and the form the
format wants; indentation problems named as indentation."""

from __future__ import annotations

import pytest
from conftest import check_text, edit

from smartcity_cli.fixes import spec_at, steps_of, suggest
from smartcity_cli.spec import Boolean


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("    status: running\n", "    status: berjalan\n",
         (35, 13, "invalid-value", "write `running` (berjalan)")),
        ("    status: running\n", "    status: Selesai\n",
         (35, 13, "invalid-value", "write `completed` (Selesai)")),
        ("    horizon: medium\n", "    horizon: pendek\n",
         (33, 14, "unknown-reference", "write `short` (pendek)")),
        ("    horizon: medium\n", "    horizon: jangka panjang\n",
         (33, 14, "invalid-value", "write `long` (jangka panjang)")),
        ("    quick_win: true\n", "    quick_win: ya\n",
         (24, 16, "wrong-type", "write `true` (ya)")),
        ("    progress: 40\n", "    progress: 70%\n",
         (36, 15, "wrong-type", "write `70` (a plain number: no %, and . for decimals)")),
        ("    progress: 40\n", "    progress: 70,5\n",
         (36, 15, "wrong-type", "write `70.5` (a plain number: no %, and . for decimals)")),
        ("    years: {start: 2019, end: 2023}\n", "    years: 2019-2023\n",
         (34, 12, "wrong-type", "write `{start: 2019, end: 2023}`")),
        ("    progress: 40\n", "     progress: 40\n",
         (36, 6, "yaml-syntax", "indent it by 4 spaces, like the entries beside it")),
        ("    progress: 40\n", "   progress: 40\n",
         (36, 4, "yaml-syntax", "indent it by 4 spaces, like the entries beside it")),
    ],
)  # fmt: skip
def test_the_hint_names_the_fix(old: str, new: str, expected: tuple[int, int, str, str]) -> None:
    (finding,) = check_text(edit(old, new)).findings
    assert (finding.location.line, finding.location.column, finding.rule, finding.hint) == expected


def test_indentation_is_named_in_the_message() -> None:
    (finding,) = check_text(edit("    progress: 40\n", "     progress: 40\n")).findings
    assert finding.message == (
        "this line is indented by 5 spaces, the entry above it (line 35) by 4: YAML reads "
        "indentation as structure"
    )


def test_a_colon_in_a_value_is_still_named_as_a_colon() -> None:
    (finding,) = check_text(edit("  name: Kota Contoh\n", "  name: Kota: Contoh\n")).findings
    assert finding.message.startswith("a colon (:) appears where YAML does not expect one")


def test_uncertain_values_get_no_fix() -> None:
    assert suggest("programs[0].progress", "tujuh puluh", None) is None
    assert suggest("programs[0].progress", "70,5", None) is not None
    assert suggest("programs[0].status", "jalan", None) is None
    assert suggest("programs[0].quick_win", "mungkin", None) is None
    assert suggest("programs[0].years", "2019 sampai 2023", None) is None
    assert suggest("format", "1,5", None) is None  # a whole number cannot be 1.5


def test_paths_and_specs() -> None:
    assert steps_of('programs[3].indicators[0]["a b"]') == ("programs", 3, "indicators", 0, "a b")
    assert isinstance(spec_at("programs[3].quick_win"), Boolean)
    assert spec_at("programs[3].nope") is None
