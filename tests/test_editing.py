"""The in-place editor: only the values set change, each written so that it reads back as
meant, whatever the quoting, indentation and context of the file."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import ACTION_PLANS, MINIMAL, edit

from smartcity_cli.editing import PlanEditor, check_result
from smartcity_cli.errors import LoadError, PlanInvalidError
from smartcity_cli.loader import load_text
from smartcity_cli.spans import EditError, render_scalar, scalar_end

PLAN = MINIMAL + ACTION_PLANS


def edited(text: str, change, *, stamp: bool = False) -> str:  # type: ignore[no-untyped-def]
    editor = PlanEditor(text, "contoh.yaml")
    change(editor)
    if stamp:
        editor.stamp(dt.date(2024, 3, 1))
    new = editor.text()
    check_result(editor, load_text(new, "contoh.yaml").data)
    return new


def test_a_value_is_replaced_and_nothing_else() -> None:
    new = edited(PLAN, lambda e: e.set_program("GOV-02", "progress", 55), stamp=True)
    assert new == PLAN.replace("revision: 1\nupdated: 2024-01-15", "revision: 2\nupdated: 2024-03-01").replace(
        "    progress: 40\n", "    progress: 55\n"
    )  # fmt: skip


@pytest.mark.parametrize("note", ["yes", "No", "on", "1:20", "13.70", "2024-01-01", "null", "~",
                                  "- a", "a: b", "#x", "it's", "", " x", "[1]", "*a", "&a", "!x",
                                  "true", "010", "line\nbreak", "tab\there", "%x", "@x", "`x"])  # fmt: skip
def test_a_note_reads_back_as_the_text_typed(note: str) -> None:
    new = edited(PLAN, lambda e: e.set_program("GOV-02", "note", note))
    assert load_text(new, "x").data["programs"][1]["note"] == note


def test_notes_are_written_plain_when_that_is_safe_and_quoted_otherwise() -> None:
    def note_line(note: str) -> str:
        new = edited(PLAN, lambda e: e.set_program("GOV-02", "note", note))
        return next(line for line in new.splitlines() if line.startswith("    note:"))

    assert note_line("Menunggu anggaran") == "    note: Menunggu anggaran"
    assert note_line("yes") == "    note: 'yes'"
    assert note_line("1:20") == "    note: '1:20'"
    assert note_line("Selesai: 700") == "    note: 'Selesai: 700'"
    assert note_line("it's") == "    note: it's"
    assert note_line("'a'") == "    note: '''a'''"
    assert note_line("two\nlines") == '    note: "two\\nlines"'


def test_a_new_key_goes_after_its_sibling_with_the_sibling_indentation() -> None:
    text = edit("    progress: 40\n", "", PLAN)
    new = edited(text, lambda e: (e.set_program("GOV-02", "progress", 5),
                                  e.set_program("GOV-02", "note", "baru")))  # fmt: skip
    assert "    status: running\n    progress: 5\n    note: baru\n    depends_on: [GOV-01]\n" in new


def test_four_space_indentation_is_kept() -> None:
    # every indentation doubled; "- " becomes "-   " so an item's keys line up at 2n + 4
    text = re.sub(r"^( +)(- )?", lambda m: m.group(1) * 2 + ("-   " if m.group(2) else ""),
                  PLAN, flags=re.MULTILINE)  # fmt: skip
    new = edited(text, lambda e: e.set_program("GOV-02", "note", "x"))
    assert "\n        progress: 40\n        note: x\n" in new


def test_flow_mappings_get_the_key_inside_the_braces() -> None:
    text = PLAN.replace("    depends_on: [GOV-01]\n", "    depends_on: [GOV-01]\n    indicators:\n"
                        "      - {name: Layanan, target: 90}  # akhir 2024\n")  # fmt: skip
    new = edited(text, lambda e: e.set_actual("GOV-02", "Layanan", 45.5))
    assert "      - {name: Layanan, target: 90, actual: 45.5}  # akhir 2024\n" in new


def test_quoting_and_comments_stay() -> None:
    text = edit("    status: running\n", '    status: "running"  # per Maret\n', PLAN)
    new = edited(text, lambda e: e.set_program("GOV-02", "status", "delayed"))
    assert '    status: "delayed"  # per Maret\n' in new


def test_block_scalars_and_continued_lines_are_replaced_whole() -> None:
    block = edit("    progress: 40\n", "    progress: 40\n    note: |\n      satu\n\n      dua\n"
                 "    # komentar\n", PLAN)  # fmt: skip
    new = edited(block, lambda e: e.set_program("GOV-02", "note", "baru"))
    assert "    note: baru\n    # komentar\n    depends_on" in new
    folded = edit("    progress: 40\n", "    progress: 40\n    note: satu\n      dua  # x\n", PLAN)
    new = edited(folded, lambda e: e.set_program("GOV-02", "note", "baru"))
    assert "    note: baru  # x\n" in new


def test_a_value_written_through_an_alias_is_refused() -> None:
    text = edit("    progress: 40\n", "    progress: 40\n    note: &n catatan\n", PLAN)
    with pytest.raises(EditError, match="anchor, alias or tag"):
        edited(text, lambda e: e.set_program("GOV-02", "note", "baru"))


def test_the_editor_refuses_what_the_loader_refuses() -> None:
    with pytest.raises(PlanInvalidError) as duplicate:
        PlanEditor(PLAN + "programs: []\n", "contoh.yaml")
    assert [(f.location.line, f.rule) for f in duplicate.value.findings] == [
        (48, "yaml-duplicate-key")
    ]
    with pytest.raises(LoadError) as syntax:
        PlanEditor(PLAN + "x: [\n", "contoh.yaml")
    assert syntax.value.finding.rule == "yaml-syntax"
    with pytest.raises(PlanInvalidError) as invalid:
        PlanEditor(edit("    status: running\n", "    status: [running]\n", PLAN), "contoh.yaml")
    assert [(f.location.line, f.rule) for f in invalid.value.findings] == [(35, "wrong-type")]


def test_scalar_ends() -> None:
    text = "a: 'it''s' # c\nb: \"q\\\"x\"\nc: {d: 1 , e: x}\nf: plain words   # c\n"

    def value(start: str, *, flow: bool = False) -> str:
        at = text.index(start)
        return text[at : scalar_end(text, at, flow=flow, key_indent=0)]

    assert value("'it") == "'it''s'"
    assert value('"q') == '"q\\"x"'
    assert value("1 ,", flow=True) == "1"
    assert value("x}", flow=True) == "x"
    assert value("plain") == "plain words"


def test_values_that_cannot_be_written_are_refused() -> None:
    with pytest.raises(EditError):
        render_scalar(float("nan"), flow=False)
    assert render_scalar(70.5, flow=True) == "70.5"
    assert render_scalar("a, b", flow=True) == "'a, b'"
    assert render_scalar("a, b", flow=False) == "a, b"
    assert render_scalar("x", flow=False, style='"') == '"x"'


def test_the_edit_figures_are_the_figures_diff_shows() -> None:
    """edit_diff tallies only what an edit changes; its figures equal diff_plans' own."""
    from conftest import REPO

    from smartcity_cli.edit_figures import edit_diff
    from smartcity_cli.plandiff import diff_plans
    from smartcity_cli.validate import validate_document

    for sample in sorted((REPO / "masterplans").glob("*.yaml")):
        text = sample.read_text(encoding="utf-8")
        editor = PlanEditor(text, sample.name)
        programs = editor.plan.programs if editor.plan else ()
        values = [("completed", 100), ("running", 10), ("cancelled", 0), ("delayed", 5),
                  ("planned", 0), ("running", 99.5)]  # fmt: skip
        for program, (status, progress) in zip(programs[:6], values, strict=True):
            editor.set_program(program.id, "status", status)
            editor.set_program(program.id, "progress", progress)
        editor.stamp(dt.date(2030, 1, 1))
        new = validate_document(load_text(editor.text(), sample.name), sample.stem).plan
        assert editor.plan is not None and new is not None
        full = diff_plans(editor.plan, new, old_name="a", new_name="b")
        lean = edit_diff(editor.plan, new, old_name="a", new_name="b")
        assert lean.figures == full.figures
        assert any(change.changed for change in lean.figures)
