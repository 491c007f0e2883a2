"""Generated documents are fresh, and the README's commands are the ones CI runs."""

from __future__ import annotations

import re

from conftest import REPO

from smartcity_cli.rules import all_rules, rules_markdown
from smartcity_cli.schema import schema_text
from smartcity_cli.spec import (
    MASTERPLAN_FILE,
    ListOf,
    MapOf,
    Record,
    RecordOrList,
    Spec,
    TextOrRecord,
)


def test_rules_page_is_generated_from_the_registry() -> None:
    kept = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    assert kept == rules_markdown(), "run: smartcity rules --markdown > docs/rules.md"
    for rule in all_rules():
        assert f"## {rule.id}\n" in kept


def test_schema_file_is_fresh() -> None:
    kept = (REPO / "schema" / "masterplan.schema.json").read_text(encoding="utf-8")
    assert kept == schema_text(), "run: smartcity schema > schema/masterplan.schema.json"


def _keys(spec: Spec) -> set[str]:
    if isinstance(spec, TextOrRecord):
        spec = spec.record
    if isinstance(spec, RecordOrList):
        return _keys(spec.record) | _keys(spec.items)
    if isinstance(spec, ListOf):
        return _keys(spec.item)
    if isinstance(spec, MapOf):
        return _keys(spec.value)
    if isinstance(spec, Record):
        return {f.name for f in spec.fields}.union(*(_keys(f.spec) for f in spec.fields))
    return set()


def test_format_doc_names_every_key() -> None:
    doc = (REPO / "docs" / "format.md").read_text(encoding="utf-8")
    missing = sorted(k for k in _keys(MASTERPLAN_FILE) if f"`{k}`" not in doc)
    assert missing == []


def _quickstart() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_quickstart_has_exactly_two_commands() -> None:
    install_and_report, install_and_test = _quickstart()
    assert install_and_report.endswith("smartcity report padang-panjang")
    assert "pytest" in install_and_test


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert _quickstart()[1] in ci.splitlines()


def _block(doc: str, name: str) -> str:
    inner = doc.split(f"<!-- {name}:start -->\n", 1)[1].split(f"\n<!-- {name}:end -->", 1)[0]
    return inner.split("\n", 1)[1].rsplit("\n```", 1)[0] + "\n"  # inside the fence


def test_ci_doc_shows_the_real_output_of_its_sample_edit(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import shutil
    import subprocess
    import sys

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("config", "user.email", "docs@example.invalid")
    git("config", "user.name", "Docs")
    (tmp_path / "masterplans").mkdir()
    plan = tmp_path / "masterplans" / "palu.yaml"
    shutil.copy(REPO / "masterplans" / "palu.yaml", plan)
    git("add", "-A")
    git("commit", "-q", "-m", "base")
    lines = plan.read_text(encoding="utf-8").split("\n")
    assert (lines[29], lines[30], lines[114], lines[115]) == (
        "revision: 3", "updated: 2023-12-15", "    status: running", "    progress: 70")  # fmt: skip
    lines[29:31] = ["revision: 4", "updated: 2024-03-01"]
    lines[114:116] = ["    status: completed", "    progress: 100"]
    plan.write_text("\n".join(lines), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}

    def smartcity(*args: str, **extra: str) -> str:
        return subprocess.run([sys.executable, "-m", "smartcity_cli", *args], cwd=tmp_path,
                              env={**env, **extra}, capture_output=True, text=True).stdout  # fmt: skip

    doc = (REPO / "docs" / "ci.md").read_text(encoding="utf-8")
    assert smartcity("diff", "--git", "main", "--format", "md") == _block(doc, "sample-diff")
    lines[29] = "revision: 3"
    plan.write_text("\n".join(lines), encoding="utf-8")
    check = smartcity("validate", "--against", "main", GITHUB_ACTIONS="true")
    assert check == _block(doc, "sample-check")
