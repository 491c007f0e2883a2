"""Where the time goes, for the goals a run does not meet: measured in the same run.

- the in-process validate pipeline over a corpus, under cProfile, its own time summed by
  the part of the tool that spends it (libyaml's parser, the loader's walk, the structure
  check, the model, the semantic checks, figures and claims);
- the start-up of one command, from ``python -X importtime``: the time spent importing,
  by package, beside the command's whole CPU time.
"""

from __future__ import annotations

import cProfile
import pstats
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from benchmarks import baselines
from benchmarks.timing import run_command

# file name (or a part of it) -> the part of the work, first match wins
_AREAS = (
    ("smartcity_cli/loader.py", "loader: walking libyaml's events, building values and positions"),
    ("smartcity_cli/scalars.py", "loader: resolving scalars"),
    ("_yaml", "libyaml: parsing (the event floor)"),
    ("yaml/", "libyaml: parsing (the event floor)"),
    ("smartcity_cli/schema.py", "structure check (schema.py)"),
    ("smartcity_cli/spec", "structure check (schema.py)"),
    ("smartcity_cli/checks/characters.py", "control-character scan"),
    ("smartcity_cli/figures", "figures and claims (recomputed)"),
    ("smartcity_cli/claims.py", "figures and claims (recomputed)"),
    ("smartcity_cli/checks/claims.py", "figures and claims (recomputed)"),
    ("fractions.py", "figures and claims (recomputed)"),
    ("smartcity_cli/checks/", "semantic checks"),
    ("smartcity_cli/model", "building the model"),
    ("smartcity_cli/", "other smartcity code"),
)


def _area(filename: str) -> str:
    for part, area in _AREAS:
        if part in filename:
            return area
    return "Python built-ins and the rest"


def pipeline_rows(corpus: list[Path], title: str) -> list[str]:
    """The pipeline's own time by area, as a Markdown table."""
    profiler = cProfile.Profile()
    profiler.runcall(baselines.pipeline, corpus)
    stats = pstats.Stats(profiler)
    spent: dict[str, float] = defaultdict(float)
    for (filename, _, name), row in stats.stats.items():  # type: ignore[attr-defined]
        tottime = row[2]
        where = filename if filename != "~" else name  # built-ins: "<built-in method ...>"
        spent[_area(where)] += tottime
    total = sum(spent.values())
    rows = [
        f"**In-process pipeline over {title}**, under cProfile (which slows small functions "
        "most, so read shares, not seconds):",
        "",
        "| part of the work | share of the time |",
        "|---|---:|",
    ]
    rows += [f"| {area} | {seconds / total * 100:.0f}% |"
             for area, seconds in sorted(spent.items(), key=lambda kv: -kv[1])]  # fmt: skip
    return [*rows, ""]


def startup_rows(command: list[str], label: str) -> list[str]:
    """Import time by package (``-X importtime``) beside the command's whole CPU time."""
    whole = run_command(command).cpu
    run = subprocess.run([sys.executable, "-X", "importtime", *command[1:]],
                         capture_output=True, text=True, check=False)  # fmt: skip
    by_package: dict[str, int] = defaultdict(int)
    own: dict[str, int] = {}
    for line in run.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, name = _fields(line)
        top = name.split(".")[0]
        package = top if top in ("smartcity_cli", "typer", "yaml", "rich", "jinja2",
                                 "openpyxl", "markupsafe") else "Python standard library"  # fmt: skip
        by_package[package] += self_us
        if package == "smartcity_cli":
            own[name] = self_us
    total = sum(by_package.values()) / 1e6
    rows = [
        f"**Start-up of {label}**: {whole * 1000:.0f} ms of CPU, of which importing modules "
        f"{total * 1000:.0f} ms (`-X importtime`, self time, which adds its own overhead):",
        "",
        "| package | import time |",
        "|---|---:|",
    ]
    rows += [f"| {package} | {us / 1000:.0f} ms |"
             for package, us in sorted(by_package.items(), key=lambda kv: -kv[1])]  # fmt: skip
    heaviest = sorted(own.items(), key=lambda kv: -kv[1])[:6]
    rows += ["", "Its heaviest own modules: " + ", ".join(
        f"`{name}` {us / 1000:.0f} ms" for name, us in heaviest) + "."]  # fmt: skip
    return [*rows, ""]


def _fields(line: str) -> tuple[int, str]:
    """``import time:   123 |   456 |   yaml.reader`` -> (123, "yaml.reader")."""
    self_us, _cumulative, name = line.replace("import time:", "").split("|", 2)
    return int(self_us.strip()), name.strip()


# Run in a fresh interpreter: typer first (the baseline has it), then the validation modules,
# with the time spent creating dataclasses (dataclasses._process_class) added up.
_DATACLASSES = """
import dataclasses, sys, time
import typer
process, spent, count = dataclasses._process_class, [0.0], [0]
def timed(*args, **kwargs):
    start = time.process_time()
    try:
        return process(*args, **kwargs)
    finally:
        spent[0] += time.process_time() - start
        count[0] += 1
dataclasses._process_class = timed
start = time.process_time()
import smartcity_cli.validate
print(time.process_time() - start, spent[0], count[0])
"""


def dataclass_rows() -> list[str]:
    """How much of importing the validation modules is creating their frozen dataclasses."""
    out = subprocess.run([sys.executable, "-c", _DATACLASSES], capture_output=True, text=True,
                         check=True).stdout.split()  # fmt: skip
    whole, spent, count = float(out[0]), float(out[1]), int(out[2])
    return [
        f"Importing the validation modules (`smartcity_cli.validate` and what it imports, "
        f"typer already loaded) takes {whole * 1000:.0f} ms of CPU, of which "
        f"{spent * 1000:.0f} ms ({spent / whole:.0%}) is creating {count} dataclasses: a "
        "frozen dataclass gets `__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__` "
        "and `__delattr__` compiled from source when its module is imported.",
        "",
    ]
