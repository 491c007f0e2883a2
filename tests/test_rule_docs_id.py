"""The rule reference in Indonesian: every rule documented, the same examples, the page
generated and committed beside the English one."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import REPO

from smartcity_cli.lang_id.rule_docs import FIXABLE, RULE_DOCS
from smartcity_cli.rules import all_rules, rules_markdown

RULES = all_rules()


def test_every_rule_has_its_indonesian_documentation_and_no_other() -> None:
    assert set(RULE_DOCS) == {r.id for r in RULES}
    assert set(FIXABLE) == {r.id for r in RULES if r.fixable}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_the_examples_are_the_same_yaml_in_both_languages(rule) -> None:
    def examples(doc: str, headings: tuple[str, str]) -> list[list[str]]:
        blocks: list[list[str]] = []
        for heading in headings:
            if f"\n{heading}\n" in doc:
                block = doc.split(f"\n{heading}\n", 1)[1]
                block = block.split(f"\n{headings[1]}\n", 1)[0] if heading == headings[0] else block
                # the YAML lines without comments (failing examples need not parse)
                blocks.append([line[4:].split(" #")[0].rstrip() for line in block.splitlines()
                               if line.startswith("    ")])  # fmt: skip
        return blocks

    english = examples(rule.doc(), ("Passing:", "Failing:"))
    indonesian = examples(rule.doc_in("id"), ("Lolos:", "Gagal:"))
    assert indonesian == english
    summary = rule.summary_in("id")
    assert summary and "\n" not in summary and summary != rule.summary()


def test_the_indonesian_page_is_committed_as_generated() -> None:
    page = (REPO / "docs" / "rules.id.md").read_text(encoding="utf-8")
    assert page == rules_markdown("id")
    assert "English: [rules.md](rules.md)." in page
    assert "Bahasa Indonesia: [rules.id.md](rules.id.md)." in rules_markdown("en")
    for rule in RULES:  # the same anchors as the English page
        assert f"\n## {rule.id}\n" in page


def test_smartcity_rules_lists_and_documents_in_indonesian() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "smartcity_cli", "rules", "--lang", "id"],
        capture_output=True, text=True, encoding="utf-8", check=True,
    )  # fmt: skip
    assert "Kunci wajib tidak ada." in run.stdout  # missing-key's summary
    one = subprocess.run(
        [sys.executable, "-m", "smartcity_cli", "rules", "wrong-type", "--lang", "id"],
        capture_output=True, text=True, encoding="utf-8", check=True,
    )  # fmt: skip
    assert "dapat diperbaiki `validate --fix`: ya/tidak di kolom ya/tidak" in one.stdout
    assert "Gagal:" in one.stdout and "Failing:" not in one.stdout
