"""The loader: positions, encodings and line endings, both parsers, limits, no side effects."""

from __future__ import annotations

import datetime as dt
import hashlib
import resource
import time
from pathlib import Path

import pytest
import yaml
from conftest import MINIMAL, REPO

from smartcity_cli import loader
from smartcity_cli.errors import LoadError
from smartcity_cli.loader import LoadLimits, child_path, load_bytes, load_text, parent_path

SAMPLES = sorted((REPO / "masterplans").glob("*.yaml"))


def test_positions_are_one_based_lines_and_columns_of_values_and_keys() -> None:
    doc = load_text(MINIMAL, "contoh.yaml")
    assert doc.positions["programs[1].status"] == (35, 13)
    assert doc.key_positions["programs[1].status"] == (35, 5)
    assert doc.positions["masterplan.period.start"] == (11, 19)
    assert doc.positions["programs[0].targets[0]"] == (28, 15)
    loc = doc.locate("programs[1].no.such.path")  # falls back to the nearest ancestor
    assert (loc.line, loc.column, loc.path) == (29, 5, "programs[1].no.such.path")


def test_values_are_typed_as_yaml_reads_them() -> None:
    doc = load_text(MINIMAL, "contoh.yaml")
    assert doc.data["updated"] == dt.date(2024, 1, 15)
    assert doc.data["programs"][0]["quick_win"] is True
    assert doc.data["programs"][1]["progress"] == 40
    assert doc.plain["programs[1].progress"] == "40"  # the text as written, for hints


def test_paths() -> None:
    assert child_path("", "region") == "region"
    assert child_path("programs", 3) == "programs[3]"
    assert child_path("a", "with space") == 'a["with space"]'
    assert parent_path("programs[3].years.end") == "programs[3].years"
    assert parent_path("programs[3]") == "programs"
    assert parent_path("region") == ""


def _summary(doc: loader.Document) -> tuple[object, ...]:
    return (doc.data, doc.positions, doc.key_positions, doc.plain, doc.findings)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_bom_and_crlf_read_the_same(sample: Path) -> None:
    raw = sample.read_bytes()
    plain = load_bytes(raw, "f.yaml")
    assert _summary(load_bytes(b"\xef\xbb\xbf" + raw, "f.yaml")) == _summary(plain)
    assert _summary(load_bytes(raw.replace(b"\n", b"\r\n"), "f.yaml")) == _summary(plain)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_pure_python_parser_gives_the_same_result(sample: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert loader._Parser is yaml.CSafeLoader  # libyaml is what users get
    text = sample.read_text(encoding="utf-8")
    fast = load_text(text, "f.yaml")
    monkeypatch.setattr(loader, "_Parser", yaml.SafeLoader)
    assert _summary(load_text(text, "f.yaml")) == _summary(fast)


def test_pure_python_parser_reports_the_same_syntax_error(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bad = MINIMAL.replace("name: Satu Data", 'name: "Satu Data')
    with pytest.raises(LoadError) as fast:
        load_text(bad, "f.yaml")
    monkeypatch.setattr(loader, "_Parser", yaml.SafeLoader)
    with pytest.raises(LoadError) as pure:
        load_text(bad, "f.yaml")
    for exc in (fast.value, pure.value):
        assert exc.finding.rule == "yaml-syntax"
    assert fast.value.finding.location == pure.value.finding.location
    assert (fast.value.finding.location.line, fast.value.finding.location.column) == (30, 11)


def test_size_cap_is_checked_before_parsing() -> None:
    with pytest.raises(LoadError) as info:
        load_bytes(b"a: 1\n" * 100, "big.yaml", LoadLimits(max_bytes=100))
    assert info.value.finding.rule == "file-too-large"
    assert "500 bytes, over the limit of 100 bytes" in info.value.finding.message


def test_fifty_megabyte_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50_000_000)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(LoadError) as info:
        loader.load_file(big)
    assert info.value.finding.rule == "file-too-large"
    # the file was not read into memory (ru_maxrss is in KiB on Linux)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 20_000


def _laughs(levels: int) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        refs = ", ".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused_early() -> None:
    started = time.process_time()
    with pytest.raises(LoadError) as info:
        load_text(_laughs(10), "laughs.yaml")  # 9**10 = 3.5 billion strings if expanded
    assert info.value.finding.rule == "yaml-alias-budget"
    assert info.value.finding.location.line >= 2
    # a correctness bound, not a benchmark: expansion would take minutes and gigabytes
    assert time.process_time() - started < 5


def test_small_alias_use_is_fine_and_shares_nothing_mutable() -> None:
    doc = load_text("a: &x [1, 2]\nb: *x\n", "f.yaml")
    assert doc.data == {"a": [1, 2], "b": [1, 2]}
    assert doc.positions["b"] == (2, 4)


def test_alias_budget_is_configurable() -> None:
    text = _laughs(3)  # 9 + 81 + 729 values through aliases
    load_text(text, "f.yaml")
    with pytest.raises(LoadError):
        load_text(text, "f.yaml", LoadLimits(alias_budget=100))


@pytest.mark.parametrize("depth", [65, 10_000, 1_000_000])
def test_deep_nesting_is_refused_not_crashed(depth: int) -> None:
    # libyaml's own composer overflows the C stack near 100,000 levels; we never call it
    with pytest.raises(LoadError) as info:
        load_text("[" * depth + "]" * depth, "deep.yaml")
    assert info.value.finding.rule == "yaml-too-deep"


def test_recursive_alias_is_an_error() -> None:
    with pytest.raises(LoadError) as info:
        load_text("a: &x [*x]\n", "f.yaml")
    assert "refers to itself" in info.value.finding.message


def test_tags_are_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = f'name: !!python/object/apply:os.system ["touch {marker}"]\n'
    doc = load_text(text, "f.yaml")
    assert [f.rule for f in doc.findings] == ["yaml-tag"]
    assert not marker.exists()


def test_loading_never_changes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "contoh.yaml"
    data = b"\xef\xbb\xbf" + MINIMAL.replace("\n", "\r\n").encode()
    path.write_bytes(data)
    stat = path.stat()
    loader.load_file(path)
    assert hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(data).digest()
    assert path.stat().st_mtime_ns == stat.st_mtime_ns


def test_utf16_is_named() -> None:
    with pytest.raises(LoadError) as info:
        load_bytes("a: 1\n".encode("utf-16"), "f.yaml")
    assert info.value.finding.rule == "file-encoding"
    assert "UTF-16" in info.value.finding.message


def test_the_loader_imports_nothing_of_the_checks() -> None:
    """The loader's rule ids live in syntax_rules.py; checks/ imports the loader, not back."""
    import subprocess
    import sys

    probe = (
        "import sys, smartcity_cli.loader; print(sorted(m for m in sys.modules if 'checks' in m))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("value", "scanned", "found"),
    [
        ("Kota Palu", False, False),  # no backslash, no control: nothing can hold one
        ("Kota\u202ePalu", True, True),  # a literal bidi override in a plain scalar
        ('"Kota \\e[2J Palu"', True, True),  # an escape makes ESC inside double quotes
        ('"Kota \\\\ Palu"', True, False),  # a backslash alone: scanned, nothing found
    ],
)
def test_the_control_scan_is_skipped_only_when_no_value_can_hold_one(
    value: str, scanned: bool, found: bool
) -> None:
    from smartcity_cli.checks.characters import control_findings
    from smartcity_cli.loader import load_text

    doc = load_text(f"name: {value}\n", "x.yaml")
    assert doc.may_hold_controls is scanned
    assert bool(control_findings(doc)) is found
