"""Property tests: whatever the bytes, the tool answers with located findings, never a traceback,
and never changes its input.

The number of examples per test is SMARTCITY_HYPOTHESIS_EXAMPLES (default 1,000, so a few
thousand in CI); the README records a long run of 100,000.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path
from typing import Any

import yaml
from conftest import REPO
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcity_cli.errors import LoadError
from smartcity_cli.findings import Finding
from smartcity_cli.loader import load_bytes
from smartcity_cli.rules import RULES
from smartcity_cli.spec import MASTERPLAN_FILE, ListOf, MapOf, Record, RecordOrList, TextOrRecord
from smartcity_cli.validate import FileResult, validate_document, validate_file

EXAMPLES = int(os.environ.get("SMARTCITY_HYPOTHESIS_EXAMPLES", "1000"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=False,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])  # fmt: skip
SAMPLES = sorted((REPO / "masterplans").glob("*.yaml"))
WHOLE_FILE_RULES = {"file-too-large", "file-unreadable"}


def _keys(spec: Any) -> set[str]:
    if isinstance(spec, TextOrRecord):
        spec = spec.record
    if isinstance(spec, RecordOrList):
        return _keys(spec.record) | _keys(spec.items)
    if isinstance(spec, ListOf | MapOf):
        return _keys(spec.item if isinstance(spec, ListOf) else spec.value)
    if isinstance(spec, Record):
        return {f.name for f in spec.fields}.union(*(_keys(f.spec) for f in spec.fields))
    return set()


KEYS = [*sorted(_keys(MASTERPLAN_FILE)), "stauts", "on", "<<", "x"]
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**12), st.floats(allow_nan=True),
    st.text(max_size=20), st.dates(dt.date(1900, 1, 1), dt.date(2200, 1, 1)),
    st.sampled_from(["no", "yes", "on", "13.70", "010", "1_000", "2023-02-29", "running", "kominfo",
                     "governance", "short", "!!python/object:os.system", "&a", "*a", "\t", ":"]),
)  # fmt: skip
DOCUMENTS = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5), st.dictionaries(st.sampled_from(KEYS), inner, max_size=8)
    ),
    max_leaves=40,
)


def _check(result: FileResult) -> None:
    for finding in result.findings:
        _located(finding)


def _located(finding: Finding) -> None:
    assert finding.rule in RULES, finding
    assert finding.message
    if finding.rule not in WHOLE_FILE_RULES and not finding.message.startswith("... and"):
        assert finding.location.line >= 1 and finding.location.column >= 1, finding


def _validate_bytes(data: bytes) -> None:
    try:
        doc = load_bytes(data, "x.yaml")
    except LoadError as exc:
        _located(exc.finding)
        return
    _check(validate_document(doc, "x"))


@SETTINGS
@given(DOCUMENTS)
def test_random_documents_from_the_format_keys(document: Any) -> None:
    text = yaml.safe_dump(document, allow_unicode=True)
    _validate_bytes(text.encode("utf-8"))


@SETTINGS
@given(st.sampled_from(SAMPLES), st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255),
                                                    st.sampled_from(["set", "insert", "delete"])),
                                          min_size=1, max_size=8))  # fmt: skip
def test_random_byte_mutations_of_the_samples(
    sample: Path, mutations: list[tuple[int, int, str]]
) -> None:
    data = bytearray(sample.read_bytes())
    for position, byte, how in mutations:
        at = position % (len(data) + 1)
        if how == "insert":
            data[at:at] = bytes([byte])
        elif at < len(data):
            if how == "set":
                data[at] = byte
            else:
                del data[at]
    _validate_bytes(bytes(data))


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            out += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out += _paths(item, (*prefix, index))
    return out


BASE = yaml.safe_load(
    (REPO / "tests" / "cases" / "valid" / "kota-evaluasi.yaml").read_text(encoding="utf-8")
)
BASE_PATHS = _paths(BASE)[1:]


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(BASE_PATHS), DOCUMENTS), min_size=1, max_size=4))
def test_random_edits_of_a_valid_plan(edits: list[tuple[tuple[Any, ...], Any]]) -> None:
    """Edits deep inside a valid plan reach the semantic rules with values of every type."""
    import copy

    plan = copy.deepcopy(BASE)
    for path, value in edits:
        target = plan
        try:
            for step in path[:-1]:
                target = target[step]
            target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier edit removed the place
    _validate_bytes(yaml.safe_dump(plan, allow_unicode=True).encode("utf-8"))


@settings(max_examples=max(10, EXAMPLES // 20), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(st.binary(min_size=0, max_size=2000))
def test_the_file_is_never_changed(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(data)
    before = hashlib.sha256(data).hexdigest()
    _check(validate_file(path))
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


# -- set: the same hostile inputs, through the editor ------------------------------------

SET_SETTINGS = settings(max_examples=max(10, EXAMPLES // 5), deadline=None, derandomize=False,
                        suppress_health_check=[HealthCheck.too_slow,
                                               HealthCheck.function_scoped_fixture])  # fmt: skip


def _set_refuses_or_edits_only_its_value(path: Path, data: bytes, note: str) -> None:
    """`set` on these bytes: a located refusal and the file unchanged, or a valid plan in
    which only the note, revision and updated differ."""
    from smartcity_cli.errors import PlanInvalidError, SmartcityError
    from smartcity_cli.setcmd import run_set

    path.write_bytes(data)
    try:
        run_set(str(path), "GOV-01", status=None, progress=None, actuals=[], note=note,
                updated=dt.date(2030, 1, 1), plans_dir=path.parent)  # fmt: skip
    except LoadError as exc:
        _located(exc.finding)
    except PlanInvalidError as exc:
        for finding in exc.findings:
            _located(finding)
    except SmartcityError as exc:
        assert str(exc)  # a message for the user: no program GOV-01, alias, read-only...
    else:
        after = validate_file(path)
        assert after.errors == 0, after.findings
        old, new = yaml.safe_load(data.decode("utf-8-sig")), yaml.safe_load(path.read_bytes())
        for key in ("revision", "updated"):
            old.pop(key), new.pop(key)
        for program in (*old["programs"], *new["programs"]):
            if program["id"] == "GOV-01":
                program.pop("note", None)
        assert old == new
        return
    assert path.read_bytes() == data


@SET_SETTINGS
@given(st.sampled_from(SAMPLES), st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255),
                                                    st.sampled_from(["set", "insert", "delete"])),
                                          min_size=1, max_size=8),
       st.sampled_from(["yes", "1:20", "Selesai: 70%", "x", "#", "a\nb"]))  # fmt: skip
def test_set_on_byte_mutations_of_the_samples(
    tmp_path: Path, sample: Path, mutations: list[tuple[int, int, str]], note: str
) -> None:
    data = bytearray(sample.read_bytes())
    for position, byte, how in mutations:
        at = position % (len(data) + 1)
        if how == "insert":
            data[at:at] = bytes([byte])
        elif at < len(data):
            if how == "set":
                data[at] = byte
            else:
                del data[at]
    _set_refuses_or_edits_only_its_value(tmp_path / "x.yaml", bytes(data), note)


@SET_SETTINGS
@given(DOCUMENTS)
def test_set_on_random_documents(tmp_path: Path, document: Any) -> None:
    text = yaml.safe_dump(document, allow_unicode=True)
    _set_refuses_or_edits_only_its_value(tmp_path / "x.yaml", text.encode("utf-8"), "yes")


@SET_SETTINGS
@given(st.binary(min_size=0, max_size=2000))
def test_set_on_random_files(tmp_path: Path, data: bytes) -> None:
    _set_refuses_or_edits_only_its_value(tmp_path / "x.yaml", data, "x")
