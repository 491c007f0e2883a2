"""Messages in the officer's language: every template of the code has its Indonesian, with
the same fields, and the language is chosen as docs say (--lang, SMARTCITY_LANG, the
configuration, the plan, the locale)."""

from __future__ import annotations

import ast
import pickle
import string
from pathlib import Path

import pytest

from smartcity_cli.lang_id import CATALOGUE, PARTS
from smartcity_cli.messages import (
    Msg,
    choose_language,
    locale_language,
    msg,
    plural,
    say,
)

PACKAGE = Path(__file__).resolve().parent.parent / "smartcity_cli"
_TEMPLATE_ARGS = {"msg": (0,), "Msg": (0,), "plural": (1, 2)}


def _templates() -> dict[str, list[str]]:
    """Every template passed to msg/Msg/plural in the package -> where it is used."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "lang_id" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            positions = _TEMPLATE_ARGS.get(node.func.id)
            if positions is None or path.name == "messages.py":
                continue
            for position in positions:
                arg = node.args[position]
                where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
                assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), (
                    f"{where}: a message template must be a literal string (no f-string), "
                    "so that its translation can be checked"
                )
                found.setdefault(arg.value, []).append(where)
    return found


TEMPLATES = _templates()


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_the_scan_finds_the_templates_of_the_code() -> None:
    assert "{files} checked: {errors}, {warnings}" in TEMPLATES  # formats/text.py
    assert len(TEMPLATES) >= 10


def test_every_template_has_its_indonesian() -> None:
    missing = {t: where for t, where in TEMPLATES.items() if t not in CATALOGUE}
    assert not missing, "no Indonesian in smartcity_cli/lang_id/ for:\n" + "\n".join(
        f"  {where[0]}: {t!r}" for t, where in sorted(missing.items())
    )


def test_every_translation_has_the_fields_of_its_template() -> None:
    wrong = {t: (sorted(_fields(t)), sorted(_fields(i))) for t, i in CATALOGUE.items()
             if _fields(t) != _fields(i)}  # fmt: skip
    assert not wrong, wrong


def test_every_translation_is_used_by_the_code() -> None:
    unused = sorted(set(CATALOGUE) - set(TEMPLATES))
    assert not unused, f"translations of templates the code no longer has: {unused}"


def test_no_template_is_translated_twice_differently() -> None:
    seen: dict[str, str] = {}
    for part in PARTS.values():
        for template, indonesian in part.items():
            assert seen.setdefault(template, indonesian) == indonesian, template


def test_every_template_and_translation_formats() -> None:
    for template, indonesian in CATALOGUE.items():
        values = {
            name: 1 if spec else "x"  # a format spec (:g, :,) takes a number
            for _, name, spec, _ in string.Formatter().parse(template)
            if name is not None
        }
        template.format(**values)
        indonesian.format(**values)


def test_a_message_is_its_english_text_and_says_itself_in_indonesian() -> None:
    text = msg("{summary}, {count} suppressed", summary=plural(2, "{count} file", "{count} files"),
               count=1)  # fmt: skip
    assert text == "2 files, 1 suppressed"
    assert say(text, "en") == "2 files, 1 suppressed"
    assert say(text, "id") == "2 berkas, 1 dinonaktifkan"  # the argument is said too
    assert say("a plan's own words", "id") == "a plan's own words"


def test_a_message_survives_pickling_between_processes() -> None:
    text = msg("{count} errors", count=3)
    again = pickle.loads(pickle.dumps(text))
    assert isinstance(again, Msg) and say(again, "id") == "3 kesalahan"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "id_ID.UTF-8"}, "id"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LC_ALL": "id_ID.UTF-8", "LANG": "en_US.UTF-8"}, "id"),  # LC_ALL first, as gettext
        ({"LC_MESSAGES": "en_GB", "LANG": "id_ID"}, "en"),
        ({"LANG": "C"}, "en"),
        ({}, "en"),
    ],
)
def test_the_locale_chooses_when_nothing_else_does(environ: dict[str, str], expected: str) -> None:
    assert locale_language(environ) == expected
    assert choose_language(None, environ=environ) == expected


def test_the_order_of_choice() -> None:
    env = {"LANG": "en_US.UTF-8"}
    assert choose_language(None, plan="id", environ=env) == "id"
    assert choose_language(None, plan="id", configured="en", environ=env) == "en"
    assert choose_language(None, plan="en", environ={**env, "SMARTCITY_LANG": "id"}) == "id"
    assert choose_language("en", plan="id", environ={"SMARTCITY_LANG": "id"}) == "en"
    assert choose_language(None, plan="fr", environ={"LANG": "id_ID"}) == "id"  # unknown: next
