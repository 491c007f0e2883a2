"""The JSON Schema speaks Indonesian and English, and describes every enum value; the
editor (yaml-language-server) checks the samples with it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from conftest import REPO
from node_tools import LanguageServer

from smartcity_cli.descriptions import ENUMS, ID
from smartcity_cli.schema import json_schema
from smartcity_cli.spec import (
    MASTERPLAN_FILE,
    ListOf,
    MapOf,
    Record,
    RecordOrList,
    Spec,
    Text,
    TextOrRecord,
)


def _paths(spec: Spec, path: str = "") -> dict[str, Spec]:
    if isinstance(spec, TextOrRecord):
        spec = spec.record
    if isinstance(spec, ListOf):
        return _paths(spec.item, path + "[]")
    if isinstance(spec, MapOf):
        return _paths(spec.value, path + ".*")
    found: dict[str, Spec] = {}
    if isinstance(spec, RecordOrList):
        return {**_paths(spec.record, path), **_paths(spec.items, path)}
    if isinstance(spec, Record):
        for field in spec.fields:
            inner = f"{path}.{field.name}" if path else field.name
            found[inner] = field.spec
            found.update(_paths(field.spec, inner))
    return found


FIELDS = _paths(MASTERPLAN_FILE)


def test_every_key_has_an_indonesian_description() -> None:
    missing = sorted(set(FIELDS) - set(ID))
    assert missing == [], f"add them to smartcity_cli/descriptions.py ID: {missing}"
    assert sorted(set(ID) - set(FIELDS) - {"."}) == [], "descriptions of keys that do not exist"


def _enums() -> dict[str, tuple[str, ...]]:
    enums = {}
    for path, spec in FIELDS.items():
        inner = spec.item if isinstance(spec, ListOf) else spec
        if isinstance(inner, Text) and inner.choices:
            enums[path + ("[]" if inner is not spec else "")] = inner.choices
    return enums


def test_every_enum_value_has_its_own_description_in_both_languages() -> None:
    enums = _enums()
    assert set(enums) == set(ENUMS)
    for path, values in enums.items():
        assert set(ENUMS[path]) == set(values), path
        described = [ENUMS[path][v] for v in values]
        assert len(set(described)) == len(values), f"{path}: one description a value"
        assert all(en and id_ and en != id_ for en, id_ in described), path


def _find(schema: dict[str, Any], *keys: str) -> dict[str, Any]:
    node = schema
    for key in keys:
        node = node[key]
    return node


def test_the_schema_carries_both_languages_and_markdown_enum_descriptions() -> None:
    schema = json_schema()
    status = _find(schema, "properties", "programs", "items", "properties", "status")
    assert status["description"] == (
        "planned, running, completed, delayed or cancelled.\n\n"
        "planned, running, completed, delayed atau cancelled."
    )
    assert status["enum"] == ["planned", "running", "completed", "delayed", "cancelled"]
    assert status["markdownEnumDescriptions"][3] == (
        "Delayed: behind its schedule.\n\n*Tertunda: terlambat dari jadwalnya.*"
    )
    assert len(status["enumDescriptions"]) == 5
    slug = _find(schema, "properties", "region", "properties", "slug")
    assert slug["markdownDescription"] == (
        "Short name users type; equals the file name without .yaml.\n\n"
        "*Nama singkat yang diketik pengguna; sama dengan nama berkas tanpa .yaml.*"
    )


def test_yaml_language_server_checks_a_sample_and_locates_an_error(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "masterplans").mkdir(parents=True)
    shutil.copytree(REPO / "schema", root / "schema")
    sample = root / "masterplans" / "palu.yaml"
    shutil.copy(REPO / "masterplans" / "palu.yaml", sample)
    lines = sample.read_text(encoding="utf-8").splitlines(keepends=True)
    at = lines.index("    status: running\n")
    lines[at] = "    status: finished\n"
    broken = root / "masterplans" / "broken.yaml"
    broken.write_text("".join(lines), encoding="utf-8")
    server = LanguageServer(root)
    try:
        assert server.diagnostics(sample) == []
        found = server.diagnostics(broken)
        hover = server.request("textDocument/hover", {
            "textDocument": {"uri": sample.as_uri()},
            "position": {"line": at, "character": 13}})  # fmt: skip
    finally:
        server.close()
    (diagnostic,) = found
    assert diagnostic["range"]["start"] == {"line": at, "character": 12}
    assert diagnostic["message"].startswith("Value is not accepted. Valid values:")
    text = str(hover)
    assert "Running: under way." in text and "Berjalan: sedang dikerjakan." in text
