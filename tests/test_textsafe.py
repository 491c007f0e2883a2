"""Plan text cannot act on a terminal or a GitHub comment: control and bidi characters are
written out, one finding stays one line, and the `control-character` rule refuses them."""

from __future__ import annotations

import re

from conftest import MINIMAL, check_text, edit
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcity_cli.findings import Finding, Location, Severity
from smartcity_cli.formats import FORMATS, OutputFormat
from smartcity_cli.formats.github import annotation
from smartcity_cli.formats.text import finding_line
from smartcity_cli.render.env import md_escape
from smartcity_cli.textsafe import BIDI, escape_controls, for_terminal, md_inert
from smartcity_cli.validate import FileResult, ValidationResult

# What must never reach a terminal: C0 (but the newline between a finding and its hint),
# DEL, C1, the line and paragraph separators and the bidi controls.
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029" + "".join(BIDI) + "]")

# Erase the line, return, print a fake summary; set the clipboard (OSC 52); a hyperlink (OSC 8)
ATTACK = "\x1b[2K\r0 errors\x1b]52;c;ZXZpbA==\x07\x1b]8;;http://evil.example\x1b\\x\x9b"


def test_every_control_and_bidi_character_is_written_out() -> None:
    assert escape_controls(ATTACK) == (
        "\\x1b[2K\\r0 errors\\x1b]52;c;ZXZpbA==\\x07\\x1b]8;;http://evil.example\\x1b\\x\\x9b"
    )
    assert escape_controls("Satu \u202eataD\u2066\u200f") == "Satu \\u202eataD\\u2066\\u200f"
    assert escape_controls("a\nb\tc\x00\x7f") == "a\\nb\\tc\\x00\\x7f"
    assert escape_controls("a\nb\tc", keep_newlines=True) == "a\nb\tc"
    assert escape_controls("Kota Padang Panjang – 70,73%") == "Kota Padang Panjang – 70,73%"


def test_terminal_text_is_cut_before_it_is_escaped() -> None:
    assert for_terminal("x" * 1_000_000) == "x" * 199 + "…"
    assert for_terminal("\x1b" * 300) == "\\x1b" * 199 + "…"


def _result(message: str, hint: str = "", file: str = "masterplans/palu.yaml") -> ValidationResult:
    finding = Finding("unknown-key", Severity.ERROR, message, Location(file, 3, 5, "x"), hint)
    return ValidationResult((FileResult(file, (finding,), None),))


def test_text_format_keeps_one_finding_on_one_line() -> None:
    result = _result(f"`{ATTACK}\nfake line` is not a known key here", hint="did you mean\n`x`?")
    assert FORMATS[OutputFormat.TEXT](result) == (
        "masterplans/palu.yaml:3:5: error [unknown-key] `\\x1b[2K\\r0 errors\\x1b]52;c;ZXZpbA=="
        "\\x07\\x1b]8;;http://evil.example\\x1b\\x\\x9b\\nfake line` is not a known key here\n"
        "    hint: did you mean\\n`x`?\n"
        "1 file checked: 1 error, 0 warnings\n"
    )


def test_github_format_escapes_controls_before_the_workflow_command() -> None:
    result = _result("`a\x1b]52;c;x\x07\nb` is not a known key here", file="p\u202e.yaml")
    assert FORMATS[OutputFormat.GITHUB](result).splitlines()[0] == (
        "::error file=p\\u202e.yaml,line=3,col=5,title=unknown-key::"
        "`a\\x1b]52;c;x\\x07\\nb` is not a known key here"
    )


def test_control_character_rule_names_the_code_point_and_the_place() -> None:
    text = edit("name: Pusat Kendali", 'name: "Pusat \\e[2J Kendali"')
    result = check_text(text)
    assert [(f.rule, f.location.line, f.location.column, f.message) for f in result.findings] == [
        ("control-character", 19, 11,
         "`programs[0].name` holds U+001B (a control character) at character 7"),
    ]  # fmt: skip
    assert result.plan is None  # an error: no report is made of it


def test_control_character_rule_finds_bidi_overrides_c1_and_keys() -> None:
    text = edit("name: Satu Data", "name: Satu \u202eataD").replace(
        "  title: Masterplan", '  "title\\x85\\x9b": x\n  title: Masterplan'
    )
    found = [(f.rule, f.location.line, f.message) for f in check_text(text).findings]
    assert ("control-character", 31, "`programs[1].name` holds U+202E RIGHT-TO-LEFT OVERRIDE "
            "at character 6") in found  # fmt: skip
    assert ("control-character", 10, 'the key `masterplan["title\x85\x9b"]` holds U+0085 '
            "(a control character) at character 6") in found  # fmt: skip


def test_tabs_and_newlines_in_text_are_ordinary() -> None:
    text = edit("name: Satu Data", 'name: "Satu\\tData"') + "notes: |\n  line one\n  line two\n"
    assert [f.rule for f in check_text(text).findings if f.rule == "control-character"] == []
    assert check_text(MINIMAL).findings == ()


def test_markdown_mentions_links_and_math_are_inert() -> None:
    text = "cc @alice @org/team, see https://evil.example/?a=1 or www.evil.example; $x^2$ a@b.id"
    assert md_inert(text, md_escape) == (
        "cc `@alice` `@org/team`, see `https://evil.example/?a=1` or `www.evil.example;` "
        "\\$x^2\\$ a@b.id"
    )
    assert md_inert("a | b \x1b[2J", md_escape) == "a \\| b \\\\x1b\\[2J"
    assert md_inert("x@@frank (@eve)", md_escape) == "x@`@frank` (`@eve`)"


@settings(max_examples=300, deadline=None)
@given(st.text(), st.text())
def test_any_text_makes_one_line_of_output_free_of_controls(message: str, hint: str) -> None:
    """Whatever a plan holds, a finding is one line (two with its hint) and nothing in it
    is a control or bidi character."""
    finding = Finding("unknown-key", Severity.ERROR, message, Location(message, 1, 1, "x"), hint)
    text, github = finding_line(finding), annotation(finding)
    assert len(text.splitlines()) == (2 if hint else 1) and len(github.splitlines()) == 1
    assert not UNSAFE.search(text) and not UNSAFE.search(github)
    assert escape_controls(escape_controls(message)) == escape_controls(message)
