"""Every invalid case of tests/cases/ also in Indonesian: ``<case>.expected.id`` holds the
output of ``smartcity validate --lang id`` for it, as ``<case>.expected`` holds the
English. A reviewer reads the Indonesian of every rule's message and hint there.

Regenerate after a deliberate change: ``SMARTCITY_UPDATE_GOLD=1 pytest tests/test_cases_indonesian.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import REPO
from test_cases import CASES, INVALID, disabled_for

from smartcity_cli.formats.style import Style
from smartcity_cli.formats.text import finding_line
from smartcity_cli.messages import Msg, catalogue
from smartcity_cli.validate import validate_file

UPDATE = os.environ.get("SMARTCITY_UPDATE_GOLD") == "1"
INDONESIAN = Style(lang="id")


@pytest.mark.parametrize("case", INVALID, ids=lambda p: str(p.relative_to(CASES)))
def test_case_in_indonesian(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    result = validate_file(case.relative_to(REPO), disabled=disabled_for(case))
    for finding in result.findings:
        for text in (finding.message, finding.hint):
            if text:  # every message and hint of a rule is one the catalogue translates
                assert isinstance(text, Msg), f"{finding.rule}: not a message: {text!r}"
                assert text.template in catalogue("id"), f"{finding.rule}: {text.template!r}"
    actual = "\n".join(finding_line(f, INDONESIAN) for f in result.findings) + "\n"
    expected = case.with_suffix(".expected.id")
    if UPDATE:
        expected.write_text(actual, encoding="utf-8")
    assert actual == expected.read_text(encoding="utf-8")
    english = case.with_suffix(".expected").read_text(encoding="utf-8")
    assert actual != english, "the Indonesian output is the English one"


def test_every_invalid_case_has_its_indonesian_expected_file() -> None:
    for case in INVALID:
        assert case.with_suffix(".expected.id").is_file(), case
    for expected in (CASES / "invalid").glob("*/*.expected.id"):
        assert expected.with_name(expected.name.removesuffix(".expected.id") + ".yaml").is_file()


def test_the_command_line_speaks_the_plans_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """No --lang and no SMARTCITY_LANG: an Indonesian plan gets the Indonesian lines."""
    import subprocess
    import sys

    case = next(c for c in INVALID if c.parent.name == "invalid-value")
    monkeypatch.delenv("SMARTCITY_LANG")
    run = subprocess.run(
        [sys.executable, "-m", "smartcity_cli", "validate", *(f"--disable={r}" for r in
         sorted(disabled_for(case))), str(case.relative_to(REPO))],
        cwd=REPO, capture_output=True, text=True, encoding="utf-8", check=False,
        env={**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": ""},
    )  # fmt: skip
    expected = case.with_suffix(".expected.id").read_text(encoding="utf-8")
    assert run.stdout.startswith(expected), run.stdout
