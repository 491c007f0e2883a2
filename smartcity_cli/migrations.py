"""Upgrades between file-format versions: a registry of one-version steps.

Policy (docs/format.md, "Versions and migrations"): a format version only changes through
a registered step from N to N + 1; steps are pure functions on the plain data; a file is
migrated one step at a time to the version asked for; a migrated file gets its revision
raised by one. With format 1 the only version, the registry is empty; tests register a
fake 0 -> 1 step to exercise the mechanism.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from smartcity_cli.errors import SmartcityError
from smartcity_cli.messages import msg

Step = Callable[[dict[str, Any]], dict[str, Any]]
STEPS: dict[int, Step] = {}  # from version N to N + 1


def step(from_version: int) -> Callable[[Step], Step]:
    """Decorator: register the upgrade from ``from_version`` to the next version."""

    def add(function: Step) -> Step:
        if from_version in STEPS:
            raise ValueError(f"a migration from format {from_version} is registered twice")
        STEPS[from_version] = function
        return function

    return add


def has_path(old: int, new: int) -> bool:
    return old < new and all(v in STEPS for v in range(old, new))


def migrate_data(data: dict[str, Any], to: int) -> dict[str, Any]:
    """The data upgraded step by step to format ``to``."""
    current = data.get("format")
    if not isinstance(current, int) or isinstance(current, bool):
        raise SmartcityError(msg("the file has no integer `format:`; it cannot be migrated"))
    if current == to:
        return data
    if current > to:
        raise SmartcityError(
            msg(
                "the file is format {current}; migrating down to {to} is not possible",
                current=current,
                to=to,
            )
        )
    if not has_path(current, to):
        missing = next(v for v in range(current, to) if v not in STEPS)
        raise SmartcityError(
            msg(
                "no migration from format {missing} to {value} exists",
                missing=missing,
                value=missing + 1,
            )
        )
    for version in range(current, to):
        data = STEPS[version](dict(data))
        data["format"] = version + 1
    return data
