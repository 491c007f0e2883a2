"""What reading one plan file may cost, as one value every command takes: ``LoadLimits``.

The defaults admit a plan of 10,000 programs (5.0 MB, about 516,500 values) with room to
spare, and refuse hostile files (alias bombs, deep nesting, huge lists, repeated keys)
before they cost a second of CPU. A command gathers its options (or, later, configuration)
into one ``LoadLimits`` and puts it in force for its core call with ``enforcing``; every
read of a plan under that call, however deep, uses it. Imports nothing heavy: the CLI
reads the defaults from here at start-up.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

DEFAULT_MAX_BYTES = 10_000_000  # a 10,000-program plan is 5.0 MB
DEFAULT_ALIAS_BUDGET = 10_000
DEFAULT_MAX_DEPTH = 64
DEFAULT_MAX_VALUES = 750_000  # a 10,000-program plan has 516,544; a 300-program one 15,000
DEFAULT_MAX_ITEMS = 50_000  # items in one list or mapping, repeated keys included

# Which option raises which limit: a refusal names it (the CLI and the loader's hints).
OPTIONS = {
    "max_bytes": "--max-bytes",
    "max_values": "--max-values",
    "max_items": "--max-items",
    "alias_budget": "--alias-budget",
}


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
