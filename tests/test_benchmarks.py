"""The benchmark's baselines are honest: no variant keeps one file's work alive into the next.

A baseline that keeps every parsed tree alive makes Python's garbage collector walk an
ever-growing heap (82% of the CPU time of the earlier baseline), so it measures the
collector, not parsing. Here peak traced memory must not grow with the length of the
corpus; the dishonest variant is run too, to show the check can tell.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks import baselines


def _peak(work: Callable[[list[Path]], object], paths: list[Path]) -> int:
    tracemalloc.start()
    try:
        work(paths)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return baselines.sample_corpus(tmp_path_factory.mktemp("samples"), copies=4)


@pytest.mark.parametrize("name", sorted(baselines.IN_PROCESS))
def test_baseline_memory_stays_flat_over_the_corpus(name: str, corpus: list[Path]) -> None:
    work = baselines.IN_PROCESS[name]
    work(corpus[:5])  # imports, caches and compiled patterns: not the work of a file
    one_pass = _peak(work, corpus[:5])  # each sample once
    four_passes = _peak(work, corpus)  # the same files four times over
    assert four_passes < one_pass * 1.3, (name, one_pass, four_passes)


def test_the_check_catches_a_baseline_that_keeps_its_trees(corpus: list[Path]) -> None:
    one_pass = _peak(baselines.compose_kept, corpus[:5])
    four_passes = _peak(baselines.compose_kept, corpus)
    assert four_passes > one_pass * 3


def test_corpora_hold_what_their_titles_say(tmp_path: Path) -> None:
    found = baselines.corpora(tmp_path, quick=True)
    samples, national = found.values()
    assert len(samples) == 50 and len({p.read_bytes() for p in samples}) == 5
    assert len(national) == 51


def test_the_compiled_parser_comparison_tells_a_number_from_its_spelling() -> None:
    """rapidyaml gives every scalar as text; the agreement check of benchmarks/compiled.py
    must count `3.10` as the loader's 3.1 and still catch a different value or key order."""
    from benchmarks.compiled import _same

    ours = {"a": 3.1, "b": [1, True, None, "x"], "c": {"d": "2024-01-15"}}
    assert _same({"a": "3.10", "b": ["1", "true", None, "x"], "c": {"d": "2024-01-15"}}, ours)
    assert not _same({"a": "3.2", "b": ["1", "true", None, "x"], "c": {"d": "2024-01-15"}}, ours)
    assert not _same({"b": ["1", "true", None, "x"], "a": "3.10", "c": {"d": "2024-01-15"}}, ours)
    assert not _same({"a": "3.10", "b": ["1", "true", "x"], "c": {"d": "2024-01-15"}}, ours)


def test_the_compiled_parser_section_says_when_it_was_not_measured(
    monkeypatch: pytest.MonkeyPatch, corpus: list[Path]
) -> None:
    from benchmarks import compiled

    monkeypatch.setattr(compiled, "_rapidyaml", lambda: None)
    rows = compiled.compiled_rows(corpus[:1], 1)
    assert any("Not measured: rapidyaml is not installed" in row for row in rows)
