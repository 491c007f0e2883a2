"""smartcity's benchmarks: every number is measured in the same run as its baseline.

    python -m benchmarks            # the full run; writes benchmarks/RESULTS.md
    python -m benchmarks --quick    # smaller corpora and plans, under 3 minutes
    python -m benchmarks --peers    # also check-jsonschema and yamllint (slow)

1. validate over two corpora (the five samples copied, and a generated national corpus)
   against honest baselines (benchmarks/baselines.py): libyaml's event parse as the floor
   and compose with each tree dropped, in interleaved rounds, median and spread of CPU time;
2. start-up of `smartcity --help` and `smartcity validate ONE-FILE` vs `python -c "import typer"`;
3. every command that reads a plan (validate, report in three formats, evaluate, export,
   set, import, diff) at growing plan sizes, with fitted growth exponents;
4. peak memory of `site` and `validate --jobs 1` over the national corpus.
These machines are shared and noisy: decisions rest on CPU-time ratios, not seconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import yaml

from benchmarks import baselines
from benchmarks.compiled import compiled_rows
from benchmarks.plansizes import sizes_section
from benchmarks.timing import (
    Samples,
    Variant,
    interleaved,
    measure_call,
    measure_command,
    run_command,
)
from smartcity_cli import __version__

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SMARTCITY = [sys.executable, "-m", "smartcity_cli"]
Goals = list[tuple[str, float, float]]  # (what, measured, target): met when measured <= target


def corpus_section(
    rows: list[str], goals: Goals, title: str, corpus: list[Path], rounds: int
) -> None:
    total = sum(p.stat().st_size for p in corpus)
    files = [str(p) for p in corpus]
    variants: dict[str, Variant] = {
        name: _in_process(work, corpus) for name, work in baselines.IN_PROCESS.items()
    }
    variants["`smartcity validate --jobs 1`, as a command"] = _command(
        [*SMARTCITY, "validate", "--jobs", "1", *files]
    )
    samples = interleaved(variants, rounds)
    floor = samples["event parse (floor)"].median
    compose = samples["compose, discarded"].median
    command = samples["`smartcity validate --jobs 1`, as a command"].median
    goals.append((f"`smartcity validate --jobs 1` / compose, discarded: {title}",
                  command / compose, 1.0))  # fmt: skip
    goals.append((f"in-process pipeline / event parse floor: {title}",
                  samples["validate pipeline, in process"].median / floor, 2.0))  # fmt: skip
    rows += [
        f"### 1. validate: {title} ({len(corpus)} files, {total / 1e6:.1f} MB)",
        "",
        f"CPU time, median of {rounds} interleaved rounds (spread: lowest and highest round).",
        "",
        "| what | CPU | spread | wall (median) | to the floor | to compose |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    rows += [
        f"| {name} | {s.median:.2f} s | {s.spread()} | {_median_wall(s):.2f} s | "
        f"{s.median / floor:.2f}x | {s.median / compose:.2f}x |"
        for name, s in samples.items()
    ]
    rows.append("")


def _in_process(work: Callable[[list[Path]], object], corpus: list[Path]) -> Variant:
    return lambda: measure_call(lambda: work(corpus))


def _command(command: list[str]) -> Variant:
    return lambda: measure_command(command)


def _median_wall(samples: Samples) -> float:
    return sorted(samples.wall)[len(samples.wall) // 2]


def kept_section(rows: list[str], corpus: list[Path]) -> None:
    """What the earlier figure measured: compose with every tree kept, and its GC share."""
    import gc
    import time

    spent = [0.0]
    started = [0.0]

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.process_time()
        else:
            spent[0] += time.process_time() - started[0]

    discarded, _ = measure_call(lambda: baselines.compose_discarded(corpus))
    gc.callbacks.append(callback)
    try:
        kept, _ = measure_call(lambda: baselines.compose_kept(corpus))
    finally:
        gc.callbacks.remove(callback)
    gc.collect()
    rows += [
        "The earlier baseline (`python -m benchmarks` before this run) composed every file "
        "and kept every tree alive in one list. On the same sample corpus, once:",
        "",
        "| baseline | CPU | of which garbage collection |",
        "|---|---:|---:|",
        f"| compose, every tree kept (the earlier floor) | {kept:.2f} s | "
        f"{spent[0]:.2f} s ({spent[0] / kept * 100:.0f}%) |",
        f"| compose, each tree dropped | {discarded:.2f} s | |",
        "",
    ]


def startup_section(rows: list[str], goals: Goals, one_file: Path, rounds: int) -> None:
    import compileall

    # as pip does on install: without bytecode every run would compile smartcity's modules
    # again (PYTHONDONTWRITEBYTECODE is set on some machines), a cost no user pays twice
    compileall.compile_dir(REPO / "smartcity_cli", quiet=1)
    commands = {
        '`python -c "import typer"` (baseline)': [sys.executable, "-c", "import typer"],
        "`smartcity --help`": [*SMARTCITY, "--help"],
        f"`smartcity validate {one_file.name}` (71 programs)": [
            *SMARTCITY, "validate", str(one_file)],
    }  # fmt: skip
    samples = interleaved({n: _command(c) for n, c in commands.items()}, rounds)
    base = samples['`python -c "import typer"` (baseline)'].median
    wall_base = _median_wall(samples['`python -c "import typer"` (baseline)'])
    targets = {
        "`smartcity --help`": 1.3,
        f"`smartcity validate {one_file.name}` (71 programs)": 2.0,
    }
    for name, target in targets.items():
        goals.append((f"{name} / `import typer`, CPU", samples[name].median / base, target))
    rows += [
        f"### 2. start-up (median of {rounds} interleaved rounds)",
        "",
        "smartcity's modules are compiled to bytecode first, as pip does when it installs.",
        "",
        "| command | CPU | wall | CPU ratio | wall ratio |",
        "|---|---:|---:|---:|---:|",
    ]
    rows += [
        f"| {name} | {s.median * 1000:.0f} ms | {_median_wall(s) * 1000:.0f} ms | "
        f"{s.median / base:.2f}x | {_median_wall(s) / wall_base:.2f}x |"
        for name, s in samples.items()
    ]
    rows.append("")


def memory_section(rows: list[str], goals: Goals, corpus: list[Path], directory: Path) -> None:
    plans = directory / "site-plans"
    plans.mkdir()
    for path in corpus:
        shutil.copyfile(path, plans / path.name)
    site = run_command([*SMARTCITY, "site", str(plans), "-o", str(directory / "_site"),
                        "--as-of", "2024-11-13"], memory=True)  # fmt: skip
    check = run_command([*SMARTCITY, "validate", "--jobs", "1", str(plans)], memory=True)
    goals.append((f"peak memory of `site` over {len(corpus)} plans, MB", site.peak_mb, 300.0))
    rows += [
        f"### 4. memory over the national corpus ({len(corpus)} plans)",
        "",
        "| command | peak memory | CPU | exit |",
        "|---|---:|---:|---:|",
        f"| `smartcity site` | {site.peak_mb:.0f} MB | {site.cpu:.1f} s | {site.code} |",
        f"| `smartcity validate --jobs 1` | {check.peak_mb:.0f} MB | {check.cpu:.1f} s | "
        f"{check.code} |",
        "",
    ]


def profile_section(rows: list[str], goals: Goals, sample: list[Path], one_file: Path) -> None:
    """Where the time goes, for the goals this run did not meet."""
    from benchmarks.profiles import dataclass_rows, pipeline_rows, startup_rows

    unmet = [name for name, value, target in goals if value > target]
    rows += ["### 5. where the time goes (profiles of this run)", ""]
    rows += [f"Goals not met in this run: {len(unmet)}." if unmet else "Every goal is met.", ""]
    if any(("validate" in name and "compose" in name) or "floor" in name for name in unmet):
        rows += pipeline_rows(sample[:10], "ten files of the sample corpus")
    if any("import typer" in name for name in unmet):
        rows += startup_rows([*SMARTCITY, "validate", str(one_file)],
                             f"`smartcity validate {one_file.name}`")  # fmt: skip
        rows += dataclass_rows()
        rows += startup_rows([*SMARTCITY, "--help"], "`smartcity --help`")


def goals_section(rows: list[str], goals: Goals) -> None:
    rows += [
        "### Goals of issue 17, from the numbers below",
        "",
        "| goal | measured | target | met |",
        "|---|---:|---:|:---:|",
    ]
    rows += [
        f"| {name} | {value:.2f} | {target:.2f} | {'yes' if value <= target else 'no'} |"
        for name, value, target in goals
    ]
    rows.append("")


def peers_section(rows: list[str], corpus: list[Path]) -> None:
    from benchmarks.peers import peers_rows

    rows += peers_rows(corpus)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="smaller corpora and plans")
    parser.add_argument("--rounds", type=int, default=None, help="interleaved rounds")
    parser.add_argument("--peers", action="store_true", help="also time check-jsonschema, yamllint")
    parser.add_argument("--no-write", action="store_true", help="print only; keep RESULTS.md")
    args = parser.parse_args()
    rounds = args.rounds or (3 if args.quick else 5)
    sizes = [100, 1000] if args.quick else [100, 1000, 10_000]
    load = os.getloadavg()[0]
    rows = [
        "# Benchmark results",
        "",
        f"Measured {dt.date.today().isoformat()} by `python -m benchmarks{' --quick' if args.quick else ''}` "
        f"on {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, smartcity {__version__}, PyYAML {yaml.__version__} "
        f"(libyaml {'yes' if yaml.__with_libyaml__ else 'no'}). The machine was shared with "
        f"other work (load average {load:.1f} at the start), so wall times are noisy: every "
        "decision rests on CPU time, compared within one run in interleaved rounds.",
        "",
    ]  # fmt: skip
    goals: Goals = []
    body: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for title, corpus in baselines.corpora(Path(tmp), quick=args.quick).items():
            corpus_section(body, goals, title, corpus, rounds)
            if title.startswith("the five samples"):
                kept_section(body, corpus)
                sample = corpus
            else:
                national = corpus
        startup_section(body, goals, REPO / "masterplans" / "palu.yaml", rounds * 3)
        sizes_section(body, goals, sizes, Path(tmp) / "sizes", rounds=1 if args.quick else 2)
        memory_section(body, goals, national, Path(tmp))
        profile_section(body, goals, sample, REPO / "masterplans" / "palu.yaml")
        body += compiled_rows(sample, rounds)
        if args.peers:
            peers_section(body, national)
    goals_section(rows, goals)
    text = "\n".join(rows + body) + "\n"
    print(text)
    if not args.no_write:
        (HERE / "RESULTS.md").write_text(text, encoding="utf-8")
        print(f"written to {HERE / 'RESULTS.md'}")


if __name__ == "__main__":
    main()
