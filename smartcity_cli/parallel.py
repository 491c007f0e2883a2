"""Validate many files on several cores, in the order given, reporting progress as files finish."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from smartcity_cli.loader import LoadLimits
from smartcity_cli.validate import FileResult, ValidationResult, validate_file

MIN_FILES_PER_JOB = 8  # below this, starting processes costs more than it saves


def _check(path: Path, *, limits: LoadLimits, disabled: frozenset[str]) -> FileResult:
    result = validate_file(path, limits=limits, disabled=disabled)
    return FileResult(result.file, result.findings, None)  # findings only: cheap to send back


def validate_many(
    paths: list[Path],
    *,
    limits: LoadLimits,
    disabled: frozenset[str] = frozenset(),
    jobs: int = 1,
    advance: Callable[[], None] | None = None,
    findings_only: bool = False,
) -> ValidationResult:
    """Like validate_paths, on up to ``jobs`` processes; results keep the order of ``paths``.

    Results carry findings only (no plan or document) when they come from other processes,
    or when ``findings_only`` says that is all the caller needs: then each file's plan and
    document are dropped as soon as it is checked, and memory stays flat over many files.
    """
    jobs = max(1, min(jobs, len(paths) // MIN_FILES_PER_JOB))
    results: list[FileResult] = []
    if jobs == 1:
        check = _check if findings_only else validate_file
        for path in paths:
            results.append(check(path, limits=limits, disabled=disabled))
            if advance:
                advance()
        return ValidationResult(tuple(results))
    from concurrent.futures import ProcessPoolExecutor  # only now: it costs start-up time

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        chunk = max(1, len(paths) // (jobs * 8))
        work = functools.partial(_check, limits=limits, disabled=disabled)
        for result in pool.map(work, paths, chunksize=chunk):
            results.append(result)
            if advance:
                advance()
    return ValidationResult(tuple(results))
