"""What reading one plan file may cost, as one value every command takes: ``LoadLimits``.

The defaults admit a plan of 10,000 programs (5.0 MB, about 516,500 values) with room to
spare, and refuse hostile files (alias bombs, deep nesting, huge lists, repeated keys)
before they cost a second of CPU. A command gathers its options (or, later, configuration)
into one ``LoadLimits`` and puts it in force for its core call with ``enforcing``; every
read of a plan under that call, however deep, uses it. The numbers themselves live in
limit_defaults.py, which the CLI reads at start-up for its --help.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from smartcity_cli.limit_defaults import (
    DEFAULT_ALIAS_BUDGET,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_DEPTH,
    DEFAULT_MAX_ITEMS,
    DEFAULT_MAX_VALUES,
    OPTIONS,
)

__all__ = [
    "DEFAULT_ALIAS_BUDGET",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_DEPTH",
    "DEFAULT_MAX_ITEMS",
    "DEFAULT_MAX_VALUES",
    "OPTIONS",
    "LoadLimits",
    "enforcing",
    "limits_in_force",
]


@dataclass(frozen=True)
class LoadLimits:
    """Bounds on what a file may cost to read; defaults suit any real masterplan."""

    max_bytes: int = DEFAULT_MAX_BYTES
    alias_budget: int = DEFAULT_ALIAS_BUDGET
    max_depth: int = DEFAULT_MAX_DEPTH
    max_values: int = DEFAULT_MAX_VALUES
    max_items: int = DEFAULT_MAX_ITEMS

    def override(self, **given: int | None) -> LoadLimits:
        """These limits with the given ones replaced; None means "not given", keep mine."""
        return dataclasses.replace(self, **{k: v for k, v in given.items() if v is not None})


_IN_FORCE: ContextVar[LoadLimits] = ContextVar(
    "smartcity_load_limits",
    default=LoadLimits(),  # noqa: B039  (frozen: cannot be mutated)
)


def limits_in_force() -> LoadLimits:
    """The limits of the current command (the defaults outside one)."""
    return _IN_FORCE.get()


@contextmanager
def enforcing(limits: LoadLimits) -> Iterator[LoadLimits]:
    """Put ``limits`` in force for every plan read inside the ``with`` block."""
    token = _IN_FORCE.set(limits)
    try:
        yield limits
    finally:
        _IN_FORCE.reset(token)
