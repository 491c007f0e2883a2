"""Shared test helpers: a minimal valid plan, snippet validation, a CLI runner."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from smartcity_cli.findings import Finding
from smartcity_cli.loader import load_text
from smartcity_cli.rules import all_rules
from smartcity_cli.validate import FileResult, validate_document

REPO = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2024, 11, 13)

# The smallest plan that validates with no finding; tests change one thing at a time.
MINIMAL = """\
format: 1
revision: 1
updated: 2024-01-15
region:
  slug: contoh
  name: Kota Contoh
  kind: kota
  province: Sumatera Barat
masterplan:
  title: Masterplan Smart City Kota Contoh 2019-2028
  period: {start: 2019, end: 2028}
agencies:
  - {id: diskominfo, name: Dinas Komunikasi dan Informatika}
  - {id: bappeda, name: Badan Perencanaan Pembangunan Daerah}
targets:
  - {id: S01, name: Meningkatnya kualitas layanan publik}
programs:
  - id: GOV-01
    name: Pusat Kendali
    pillar: governance
    element: public-service
    agency: diskominfo
    horizon: short
    quick_win: true
    years: {start: 2019, end: 2019}
    status: completed
    progress: 100
    targets: [S01]
  - id: GOV-02
    name: Satu Data
    pillar: governance
    agency: bappeda
    horizon: medium
    years: {start: 2019, end: 2023}
    status: running
    progress: 40
    depends_on: [GOV-01]
"""

# Two action-plan categories (policy 1 of 2 done, infra 1 of 1), to append to a plan.
ACTION_PLANS = """\
action_plans:
  - id: policy
    name: Kebijakan
    items:
      - {id: AP-01, name: Perwal Smart City, done: true}
      - {id: AP-02, name: SK Dewan Smart City, done: false}
  - id: infra
    name: Infrastruktur
    items:
      - {id: AP-03, name: Jaringan fiber, done: true}
"""


def needs_checkout(relative: str) -> pytest.MarkDecorator:
    """Skip a test that needs a file of the git checkout which the sdist leaves out
    (benchmarks/, .ci/run): the sdist's tests then run, or skip with this reason."""
    return pytest.mark.skipif(
        not (REPO / relative).exists(),
        reason=f"needs {relative}, which is in the git checkout but not in the sdist",
    )


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


QUALITY = frozenset(r.id for r in all_rules() if r.group == "quality")


def check_text(
    text: str, *, stem: str = "contoh", name: str = "contoh.yaml", quality: bool = False
) -> FileResult:
    """Validate YAML text as if it were the file ``name``.

    The plan-quality warnings are off unless ``quality``: MINIMAL is a deliberately thin
    plan (two programs, one pillar), and each rule test looks at one rule, as yamllint's
    rule tests enable only the rule under test.
    """
    from smartcity_cli.errors import LoadError

    try:
        doc = load_text(text, name)
    except LoadError as exc:
        return FileResult(name, (exc.finding,), None)
    return validate_document(doc, stem, disabled=frozenset() if quality else QUALITY)


def edit(old: str, new: str, text: str = MINIMAL) -> str:
    """The text (MINIMAL by default) with one piece, which must occur once, replaced."""
    assert text.count(old) == 1, old
    return text.replace(old, new)


def only(text: str, **kwargs: str) -> Finding:
    """The one finding of a text; fails when there are none or several."""
    (finding,) = check_text(text, **kwargs).findings
    return finding


def spot(finding: Finding) -> tuple[int, int, str]:
    return (finding.location.line, finding.location.column, finding.rule)


def messages(text: str) -> list[str]:
    return [f.message for f in check_text(text).findings]


def problems(text: str, **kwargs: str) -> list[tuple[int, int, str]]:
    """(line, column, rule id) of every finding, in reading order: yamllint's test style."""
    result = check_text(dedent(text) if text.startswith("\n") else text, **kwargs)
    return [(f.location.line, f.location.column, f.rule) for f in result.findings]


@pytest.fixture
def write_plan(tmp_path: Path):
    """Write plan text to tmp_path/<stem>.yaml and return the path."""

    def write(text: str, stem: str = "contoh") -> Path:
        path = tmp_path / f"{stem}.yaml"
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture(autouse=True)
def english_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages in English unless a test asks otherwise: most sample plans are Indonesian,
    and a plan's language would otherwise choose the messages' (tests/test_messages.py
    covers that choice). SMARTCITY_LANG is the documented way to choose; subprocesses
    inherit it."""
    monkeypatch.setenv("SMARTCITY_LANG", "en")
