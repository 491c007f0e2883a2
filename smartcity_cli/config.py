"""Configuration: ``.smartcity.toml`` or ``[tool.smartcity]`` in ``pyproject.toml``, found by
walking up from the working directory, and the plans repository found the same way.

Only values are read here; commands decide precedence (an option given on the command line
wins over the file, which wins over the built-in default). Nothing here prints.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from smartcity_cli.errors import UsageError
from smartcity_cli.limits import DEFAULT_ALIAS_BUDGET, DEFAULT_MAX_BYTES, DEFAULT_MAX_VALUES
from smartcity_cli.messages import msg
from smartcity_cli.model import Scoring

CONFIG_FILE = ".smartcity.toml"
PYPROJECT = "pyproject.toml"
DEFAULT_PLANS = "masterplans"


@dataclass(frozen=True)
class Config:
    """Settings in force; ``sources`` says where each one that is not a default came from."""

    dir: str = DEFAULT_PLANS
    strict: bool = False
    disable: tuple[str, ...] = ()
    language: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES  # the loader's own defaults: one set of numbers
    max_values: int = DEFAULT_MAX_VALUES
    alias_budget: int = DEFAULT_ALIAS_BUDGET
    on_track: Decimal = Decimal(90)  # schedule thresholds, percent of the expected progress;
    at_risk: Decimal = Decimal(70)  # a plan's own scoring.schedule wins (schedule_scoring)
    root: Path | None = None  # the plans repository, None when none was found
    file: Path | None = None  # the configuration file, None when there is none
    sources: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def plans_dir(self) -> Path:
        """Where the plans are, relative to the working directory when it can be (file names
        in findings stay short): in the repository found, or ./masterplans when none."""
        if self.root is None:
            return Path(self.dir)
        return Path(os.path.relpath(self.root / self.dir))

    def source(self, name: str) -> str:
        return self.sources.get(name, "default")


# key -> (setting name, type, description of the allowed values)
_KEYS: dict[str, tuple[str, type, str]] = {
    "dir": ("dir", str, "a directory name"),
    "strict": ("strict", bool, "true or false"),
    "disable": ("disable", list, "a list of rule ids or groups"),
    "language": ("language", str, '"id" or "en"'),
    "limits.max_bytes": ("max_bytes", int, "a positive whole number"),
    "limits.max_values": ("max_values", int, "a positive whole number"),
    "limits.alias_budget": ("alias_budget", int, "a whole number, 0 or more"),
    "schedule.on_track": ("on_track", Decimal, "a percentage, above 0 and at most 100"),
    "schedule.at_risk": ("at_risk", Decimal, "a percentage, above 0 and at most on_track"),
}
_TABLES = ("limits", "schedule")
SETTINGS = [name for name, _, _ in _KEYS.values()]


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in table.items():
        if isinstance(value, dict) and not prefix and key in _TABLES:
            flat.update(_flatten(value, f"{key}."))
        else:
            flat[prefix + key] = value
    return flat


def _value(key: str, raw: Any, where: str) -> Any:
    _, kind, allowed = _KEYS[key]
    bad = UsageError(
        msg(
            "{where}: `{key}` must be {allowed}, not {raw!r}",
            where=where,
            key=key,
            allowed=allowed,
            raw=raw,
        )
    )
    if kind is bool:
        if not isinstance(raw, bool):
            raise bad
        return raw
    if kind is int:
        low = 0 if key == "limits.alias_budget" else 1
        if isinstance(raw, bool) or not isinstance(raw, int) or raw < low:
            raise bad
        return raw
    if kind is Decimal:
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise bad
        number = Decimal(repr(raw))  # as written: 62.5 stays 62.5
        if not (0 < number <= 100):
            raise bad
        return number
    if kind is list:
        if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
            raise bad
        return tuple(raw)
    if not isinstance(raw, str) or not raw.strip():
        raise bad
    if key == "language" and raw not in ("id", "en"):
        raise bad
    if key == "dir" and (Path(raw).is_absolute() or ".." in Path(raw).parts):
        raise UsageError(
            msg(
                "{where}: `dir` must be a directory inside the repository, not {raw!r}",
                where=where,
                raw=raw,
            )
        )
    return raw


def parse_table(table: dict[str, Any], where: str) -> dict[str, Any]:
    """Setting name -> value from a configuration table; unknown keys and wrong types are
    usage errors that name the file and the key."""
    import difflib

    values: dict[str, Any] = {}
    for key, raw in _flatten(table).items():
        if key not in _KEYS:
            close = difflib.get_close_matches(key, list(_KEYS), n=1)
            hint = (
                msg("; did you mean `{close}`?", close=close[0])
                if close
                else msg("; known: {known}", known=", ".join(_KEYS))
            )
            raise UsageError(
                msg("{where}: unknown setting `{key}`{hint}", where=where, key=key, hint=hint)
            )
        values[_KEYS[key][0]] = _value(key, raw, where)
    on_track = values.get("on_track", Config.on_track)
    if values.get("at_risk", Config.at_risk) > on_track:
        raise UsageError(
            msg(
                "{where}: `schedule.at_risk` must be at most `schedule.on_track` ({on_track}), not {at_risk}",
                where=where,
                on_track=on_track,
                at_risk=values.get("at_risk", Config.at_risk),
            )
        )
    return values


def _read_toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover (3.10)
        import tomli as tomllib
    try:
        with path.open("rb") as handle:
            data: dict[str, Any] = tomllib.load(handle)
            return data
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(msg("{path}: not valid TOML: {exc}", path=path, exc=exc)) from None
    except OSError as exc:
        raise UsageError(
            msg("{path}: cannot read it: {value}", path=path, value=exc.strerror or exc)
        ) from None


def _table_in(directory: Path) -> tuple[Path, dict[str, Any], str] | None:
    """The configuration table of this directory, if it has one: .smartcity.toml first."""
    own = directory / CONFIG_FILE
    if own.is_file():
        return own, _read_toml(own), str(own)
    pyproject = directory / PYPROJECT
    if pyproject.is_file():
        table = _read_toml(pyproject).get("tool", {}).get("smartcity")
        if isinstance(table, dict):
            return pyproject, table, f"{pyproject} [tool.smartcity]"
    return None


def find_config(start: Path | None = None) -> Config:
    """The configuration in force at ``start`` (the working directory).

    Walks up from ``start`` like git: the first directory with a configuration file, or
    with a ``masterplans/`` directory, is the plans repository.
    """
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        found = _table_in(directory)
        if found:
            path, table, where = found
            values = parse_table(table, where)
            return dataclasses.replace(Config(), **values, root=directory, file=path,
                                       sources=dict.fromkeys(values, where))  # fmt: skip
        if (directory / DEFAULT_PLANS).is_dir():
            return Config(root=directory)
    return Config()


def current_config() -> Config:
    """The configuration of the working directory (read once per directory and process)."""
    return _config_at(os.getcwd())


@functools.cache
def _config_at(cwd: str) -> Config:
    return find_config(Path(cwd))


def describe(config: Config) -> str:
    """What ``smartcity config`` prints: each setting, its value and where it came from."""
    import json

    lines = [
        f"configuration file: {config.file or 'none (defaults)'}",
        f"plans repository:   {config.root or 'none found (run from one, or pass --dir)'}",
        f"plans directory:    {config.plans_dir}",
        "",
    ]
    rows = []
    for key, (name, _, _) in _KEYS.items():
        value = getattr(config, name)
        if isinstance(value, Decimal):
            rows.append((key, str(value), name))
            continue
        rows.append((key, json.dumps(list(value) if isinstance(value, tuple) else value), name))
    width = max(len(key) for key, _, _ in rows)
    shown = max(len(value) for _, value, _ in rows)
    lines += [
        f"{key:<{width}}  {value:<{shown}}  {config.source(name)}" for key, value, name in rows
    ]
    return "\n".join(lines) + "\n"


def schedule_scoring(scoring: Scoring, schedule: Any, config: Config) -> Scoring:
    """The plan's scoring with the configured schedule thresholds, unless the plan states its
    own. The plan's ``scoring.schedule`` (``schedule``, as written) wins as a whole: it is the
    reviewed record of how the plan is judged, and a pair taken half from the plan and half
    from a local file could contradict itself (at_risk above on_track)."""
    if isinstance(schedule, dict) and ("on_track" in schedule or "at_risk" in schedule):
        return scoring
    if (config.on_track, config.at_risk) == (scoring.on_track, scoring.at_risk):
        return scoring
    return dataclasses.replace(scoring, on_track=config.on_track, at_risk=config.at_risk)
