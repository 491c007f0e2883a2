"""Syntax-stage rules (file, encoding, YAML traps): exact (line, column, rule) per snippet."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MINIMAL, QUALITY, check_text, edit, only, problems, spot

from smartcity_cli.errors import LoadError
from smartcity_cli.loader import LoadLimits, load_bytes, load_text
from smartcity_cli.validate import validate_document, validate_file


def test_minimal_plan_is_clean():
    assert problems(MINIMAL) == []


# -- file-unreadable / file-too-large: real files ------------------------------------------


def test_file_unreadable_missing_file(tmp_path: Path):
    (finding,) = validate_file(tmp_path / "tidak-ada.yaml").findings
    assert spot(finding) == (0, 0, "file-unreadable")
    assert finding.message == "cannot read the file: No such file or directory"


def test_file_unreadable_directory(tmp_path: Path):
    (finding,) = validate_file(tmp_path).findings
    assert finding.rule == "file-unreadable"
    assert finding.message == "is a directory, not a file"


def test_file_too_large(write_plan):
    path = write_plan(MINIMAL)
    size = len(MINIMAL.encode())
    (finding,) = validate_file(path, limits=LoadLimits(max_bytes=size - 1)).findings
    assert (finding.rule, finding.location.line) == ("file-too-large", 0)
    assert finding.message == f"the file is {size:,} bytes, over the limit of {size - 1:,} bytes"
    assert "--max-bytes" in finding.hint
    assert validate_file(path, limits=LoadLimits(max_bytes=size), disabled=QUALITY).findings == ()


def test_file_too_large_in_memory():
    with pytest.raises(LoadError) as caught:
        load_bytes(MINIMAL.encode(), "contoh.yaml", LoadLimits(max_bytes=10))
    assert caught.value.finding.rule == "file-too-large"


# -- file-encoding, BOM and CRLF -------------------------------------------------------------


def load_error(data: bytes):
    with pytest.raises(LoadError) as caught:
        load_bytes(data, "contoh.yaml")
    return caught.value.finding


def test_file_encoding_points_at_the_bad_byte():
    data = MINIMAL.encode().replace(b"name: Satu Data", b"name: Satu D\xe9ta")  # cp1252 e-acute
    finding = load_error(data)
    assert spot(finding) == (30, 17, "file-encoding")
    assert finding.message == "byte 0xe9 is not UTF-8 text"


def test_file_encoding_column_counts_characters_not_bytes():
    data = MINIMAL.encode().replace(b"name: Satu Data", "name: Dätä ".encode() + b"\xe9")
    finding = load_error(data)
    assert (finding.location.line, finding.location.column) == (30, 16)


def test_file_encoding_utf16():
    finding = load_error(MINIMAL.encode("utf-16"))
    assert spot(finding) == (1, 1, "file-encoding")
    assert finding.message == "the file is UTF-16, not UTF-8"


def test_file_encoding_bad_byte_after_bom_and_crlf():
    data = b"\xef\xbb\xbf" + MINIMAL.replace("\n", "\r\n").encode()
    finding = load_error(data.replace(b"Satu Data", b"Satu D\xe9ta"))
    assert (finding.location.line, finding.location.column) == (30, 17)


BROKEN = MINIMAL.replace("status: running", "stauts: running")
BROKEN = BROKEN.replace("progress: 100", "progress: 120")


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf" + BROKEN.encode(),
        BROKEN.replace("\n", "\r\n").encode(),
        b"\xef\xbb\xbf" + BROKEN.replace("\n", "\r\n").encode(),
    ],
    ids=["bom", "crlf", "bom-crlf"],
)
def test_bom_and_crlf_validate_like_lf(data: bytes):
    def findings(raw: bytes):
        result = validate_document(load_bytes(raw, "contoh.yaml"), "contoh")
        return [(f.location.line, f.location.column, f.rule, f.message) for f in result.findings]

    expected = findings(BROKEN.encode())
    assert [f[:3] for f in expected] == [
        (27, 15, "out-of-range"),
        (29, 5, "missing-key"),
        (35, 5, "unknown-key"),
    ]
    assert findings(data) == expected


def test_bom_crlf_minimal_is_clean():
    doc = load_bytes(b"\xef\xbb\xbf" + MINIMAL.replace("\n", "\r\n").encode(), "contoh.yaml")
    assert validate_document(doc, "contoh", disabled=QUALITY).findings == ()


# -- empty-file -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "\n\n", "# hanya komentar\n# only comments\n"])
def test_empty_file(text: str):
    assert problems(text) == [(1, 1, "empty-file")]


# -- yaml-syntax ------------------------------------------------------------------------------


def test_yaml_syntax_unclosed_quote_points_at_the_quote():
    finding = only(edit("name: Satu Data", 'name: "Satu Data'))
    assert spot(finding) == (30, 11, "yaml-syntax")
    assert finding.hint == "close the quote that starts here"


def test_yaml_syntax_colon_in_value():
    finding = only(edit("name: Satu Data", "name: Satu: Data"))
    assert (finding.location.line, finding.location.column) == (30, 15)
    assert finding.message.startswith("a colon (:) appears where YAML does not expect one")


def test_yaml_syntax_tab_indent():
    finding = only(edit("    name: Satu Data", "\tname: Satu Data"))
    assert (finding.location.line, finding.location.column) == (30, 1)
    assert finding.message == "a tab is used where YAML needs spaces"


def test_yaml_syntax_second_document():
    assert problems(MINIMAL + "---\nformat: 1\n") == [(38, 1, "yaml-syntax")]


def test_yaml_syntax_control_character():
    finding = only(edit("name: Satu Data", "name: Satu\x07Data"))
    assert (finding.location.line, finding.location.column) == (30, 15)
    assert finding.message == "the character U+0007 is not allowed in a YAML file"


def test_yaml_syntax_passing_quoted_colon():
    assert problems(edit("name: Satu Data", 'name: "Satu: Data"')) == []


# -- yaml-alias-budget / yaml-too-deep --------------------------------------------------------


def billion_laughs() -> str:
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_yaml_alias_budget_refuses_billion_laughs():
    # a: 10 values, b: +90, c: +819, d: +7380 (8289), e's first *d (+7381) passes 10,000.
    finding = only(billion_laughs())
    assert spot(finding) == (5, 8, "yaml-alias-budget")
    assert finding.message == "aliases expand to more than 10,000 values"


def test_yaml_alias_budget_passing_small_alias():
    text = edit(
        "    agency: diskominfo\n", "    agency: diskominfo\n    partners: &mitra [Telkom]\n"
    )
    text = text.replace("    agency: bappeda\n", "    agency: bappeda\n    partners: *mitra\n")
    assert problems(text) == []


def test_yaml_alias_budget_zero_refuses_any_alias():
    text = "a: &x [1]\nb: *x\n"
    with pytest.raises(LoadError) as caught:
        load_text(text, "x.yaml", LoadLimits(alias_budget=0))
    finding = caught.value.finding
    assert spot(finding) == (2, 4, "yaml-alias-budget")


def test_yaml_too_deep():
    finding = only("[" * 100_000)
    assert spot(finding) == (1, 65, "yaml-too-deep")


def test_yaml_too_deep_limit_is_64_levels():
    load_text("a: " + "[" * 63 + "]" * 63, "x.yaml")  # the root mapping is level 1
    with pytest.raises(LoadError) as caught:
        load_text("a: " + "[" * 64 + "]" * 64, "x.yaml")
    assert caught.value.finding.location.column == 67


# -- yaml-tag ---------------------------------------------------------------------------------


def test_yaml_tag_python_object():
    finding = only(edit("name: Satu Data", 'name: !!python/object/apply:os.system ["echo hi"]'))
    assert spot(finding) == (30, 11, "yaml-tag")
    assert finding.message == "the tag !!python/object/apply:os.system is not allowed"


def test_yaml_tag_str_is_allowed():
    text = edit("  province: Sumatera Barat\n", "  province: Sumatera Barat\n  code: !!str 13.70\n")
    assert problems(text) == []


def test_yaml_tag_on_a_mapping_key():
    # "A YAML tag other than !!str is used" holds for keys too; a tagged key must be refused.
    text = edit("    name: Satu Data", "    !!python/name:os.system name: Satu Data")
    assert problems(text) == [(30, 5, "yaml-tag")]


# -- yaml-duplicate-key -----------------------------------------------------------------------


def test_yaml_duplicate_key_names_the_first_line():
    finding = only(edit("    status: running", "    status: running\n    status: completed"))
    assert spot(finding) == (36, 5, "yaml-duplicate-key")
    assert finding.message == "`status` appears more than once in this mapping (first on line 35)"


def test_yaml_duplicate_key_top_level():
    assert problems(edit("revision: 1\n", "revision: 1\nrevision: 2\n")) == [
        (3, 1, "yaml-duplicate-key")
    ]


def test_yaml_duplicate_key_three_times_names_the_first_line():
    text = edit(
        "    status: running", "    status: running\n    status: completed\n    status: delayed"
    )
    assert problems(text) == [(36, 5, "yaml-duplicate-key"), (37, 5, "yaml-duplicate-key")]
    messages = [f.message for f in check_text(text).findings]
    assert all("(first on line 35)" in m for m in messages), messages


# -- yaml-ambiguous-boolean / yaml-ambiguous-number / yaml-invalid-date --------------------


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        ("status: running", "status: no", (35, 13)),
        ("quick_win: true", "quick_win: yes", (24, 16)),
        ("id: GOV-02", "id: on", (29, 9)),
        ("quick_win: true", "quick_win: OFF", (24, 16)),
    ],
)
def test_yaml_ambiguous_boolean(old: str, new: str, where: tuple[int, int]):
    assert problems(edit(old, new)) == [(*where, "yaml-ambiguous-boolean")]


def test_yaml_ambiguous_boolean_messages():
    finding = only(edit("status: running", "status: no"))
    assert finding.message == "`no` is read as false by some YAML readers and as text by others"
    assert finding.hint == 'write true or false for a yes/no value, or "no" (quoted) for the text'


def test_yaml_ambiguous_boolean_passing_quoted():
    assert problems(edit("id: GOV-02", 'id: "on"')) == []


@pytest.mark.parametrize("number", ["1_000", "010", "0x1F", "1:30"])
def test_yaml_ambiguous_number(number: str):
    assert problems(edit("progress: 40", f"progress: {number}")) == [
        (36, 15, "yaml-ambiguous-number")
    ]


def test_yaml_ambiguous_number_hint_and_passing():
    text = edit("    progress: 40\n", "    progress: 40\n    budget: {amount: 1_000}\n")
    finding = only(text)
    assert (finding.location.line, finding.location.column) == (37, 22)
    assert finding.hint.endswith('quote it: "1_000"')
    assert problems(text.replace("1_000", "1000")) == []


def test_yaml_invalid_date():
    finding = only(edit("updated: 2024-01-15", "updated: 2023-02-29"))
    assert spot(finding) == (3, 10, "yaml-invalid-date")
    assert finding.message == "`2023-02-29` is not a day of the calendar"
    assert problems(edit("updated: 2024-01-15", "updated: 2024-02-29")) == []
