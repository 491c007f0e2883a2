"""smartcity's benchmarks: every number is measured in the same run as its baseline.

    python -m benchmarks            # the full run; writes benchmarks/RESULTS.md
    python -m benchmarks --quick    # a smaller corpus and plans, for a quick look

1. validate over a synthetic national corpus vs the floor (PyYAML CSafeLoader compose of the
   same bytes), and as commands vs check-jsonschema and yamllint (installed into
   benchmarks/.peers, never into the project's environment);
2. start-up of `smartcity --help` and `smartcity validate ONE-FILE` vs `python -c "import typer"`;
3. `report --format html` for 100, 1,000 and 10,000 programs: time, peak memory, and the
   fitted growth exponent (1.0 is linear).
These machines are noisy: compare the ratios, not the seconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import platform
import subprocess
import sys
import tempfile
import time
import venv
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml

from benchmarks.synthetic import national_corpus, synthetic_plan
from smartcity_cli import __version__
from smartcity_cli.validate import validate_paths

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PEERS = HERE / ".peers"
PEER_PACKAGES = ["check-jsonschema", "yamllint"]


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def command_time(repeat: int, command: Sequence[str], cwd: Path = REPO) -> float:
    return best_of(
        repeat, lambda: subprocess.run(command, cwd=cwd, capture_output=True, check=False)
    )


def peers() -> dict[str, Path]:
    """check-jsonschema and yamllint in their own virtual environment (made on first use)."""
    python = PEERS / "bin" / "python"
    if not python.exists():
        venv.create(PEERS, with_pip=True)
    missing = [p for p in PEER_PACKAGES if not (PEERS / "bin" / p).exists()]
    if missing:
        subprocess.run([str(python), "-m", "pip", "install", "-q", *missing], check=True)
    return {p: PEERS / "bin" / p for p in PEER_PACKAGES}


def version_of(executable: Path) -> str:
    out = subprocess.run(
        [str(executable), "--version"], capture_output=True, text=True, check=False
    )
    return (out.stdout or out.stderr).strip().splitlines()[0] if (out.stdout or out.stderr) else "?"


def corpus_section(rows: list[str], corpus: list[Path], repeat: int) -> None:
    total = sum(p.stat().st_size for p in corpus)
    floor = best_of(
        repeat, lambda: [yaml.compose(p.read_bytes(), Loader=yaml.CSafeLoader) for p in corpus]
    )
    ours = best_of(repeat, lambda: validate_paths(corpus))
    rows += [
        f"### 1. validate over the corpus ({len(corpus)} plans, {total / 1e6:.1f} MB)",
        "",
        "| what | time | ratio to the floor |",
        "|---|---:|---:|",
        f"| floor: `yaml.compose` with CSafeLoader, in process | {floor:.2f} s | 1.00x |",
        f"| `validate_paths` (every rule), in process, one core | {ours:.2f} s | {ours / floor:.2f}x |",
        "",
    ]
    tools = peers()
    cores = os.cpu_count() or 1
    smartcity = [sys.executable, "-m", "smartcity_cli", "validate"]
    files = [str(p) for p in corpus]
    commands = {
        "`smartcity validate --jobs 1`": [*smartcity, "--jobs", "1", *files],
        f"`smartcity validate` (--jobs {cores})": [*smartcity, *files],
        "`check-jsonschema --schemafile schema/masterplan.schema.json`": [
            str(tools["check-jsonschema"]), "--schemafile", str(REPO / "schema" / "masterplan.schema.json"), *files],
        "`yamllint` (default config)": [str(tools["yamllint"]), *files],
    }  # fmt: skip
    timed = {name: command_time(max(1, repeat // 2), command) for name, command in commands.items()}
    base = timed["`smartcity validate --jobs 1`"]
    rows += [
        "| command, over the same files | time | ratio to smartcity --jobs 1 |",
        "|---|---:|---:|",
    ]
    rows += [f"| {name} | {t:.2f} s | {t / base:.2f}x |" for name, t in timed.items()]
    rows += [
        "",
        f"Peers: {version_of(tools['check-jsonschema'])}; {version_of(tools['yamllint'])}.",
        "",
    ]


def startup_section(rows: list[str], one_file: Path, repeat: int) -> None:
    typer = command_time(repeat, [sys.executable, "-c", "import typer"])
    cases = {
        "`python -c \"import typer\"` (baseline)": typer,
        "`smartcity --help`": command_time(repeat, [sys.executable, "-m", "smartcity_cli", "--help"]),
        f"`smartcity validate {one_file.name}`": command_time(
            repeat, [sys.executable, "-m", "smartcity_cli", "validate", str(one_file)]),
    }  # fmt: skip
    rows += ["### 2. start-up", "", "| command | time | ratio |", "|---|---:|---:|"]
    rows += [f"| {name} | {t * 1000:.0f} ms | {t / typer:.2f}x |" for name, t in cases.items()]
    rows.append("")


REPORT = """
import sys, time
from pathlib import Path
from smartcity_cli.figures import compute_figures
from smartcity_cli.loader import LoadLimits, load_file
from smartcity_cli.render import render_report
from smartcity_cli.render.context import build_report_view
from smartcity_cli.validate import validate_document
started = time.perf_counter()
doc = load_file(Path(sys.argv[1]), limits=LoadLimits(max_bytes=10**9, max_values=10**8, max_items=10**7))
result = validate_document(doc, "sintetis")
plan = result.plan
figures = compute_figures(plan, plan.updated)
html = render_report(build_report_view(plan, figures, lang="id", version="bench"), "html")
elapsed = time.perf_counter() - started
status = Path("/proc/self/status").read_text()
peak = int(next(l for l in status.splitlines() if l.startswith("VmHWM")).split()[1]) / 1024
print(elapsed, peak, len(html))
"""


def report_section(rows: list[str], sizes: list[int], directory: Path, repeat: int) -> None:
    rows += ["### 3. `report --format html` by plan size", "",
             "| programs | file | time | peak memory | HTML |", "|---:|---:|---:|---:|---:|"]  # fmt: skip
    measured = []
    for n in sizes:
        path = directory / f"sintetis-{n}.yaml"
        path.write_text(synthetic_plan(n, seed=n), encoding="utf-8")
        runs = []
        for _ in range(max(1, repeat // 2)):
            out = subprocess.run([sys.executable, "-c", REPORT, str(path)], cwd=REPO,
                                 capture_output=True, text=True, check=True).stdout.split()  # fmt: skip
            runs.append((float(out[0]), float(out[1]), int(out[2])))
        elapsed, peak, size = min(runs)
        measured.append((n, elapsed))
        rows.append(f"| {n:,} | {path.stat().st_size / 1e6:.1f} MB | {elapsed:.2f} s | "
                    f"{peak:.0f} MB | {size / 1e6:.1f} MB |")  # fmt: skip
    (n1, t1), (n2, t2) = measured[-2], measured[-1]
    exponent = math.log(t2 / t1) / math.log(n2 / n1)
    rows += ["", f"Fitted growth between {n1:,} and {n2:,} programs: time ~ n^{exponent:.2f} "
             "(1.00 is linear).", ""]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="51 plans; reports of 100/1,000/3,000")
    parser.add_argument("--repeat", type=int, default=5, help="best of this many runs (default 5)")
    parser.add_argument("--no-write", action="store_true", help="print only; keep RESULTS.md")
    args = parser.parse_args()
    plans, sizes = (51, [100, 1000, 3000]) if args.quick else (514, [100, 1000, 10_000])
    rows = [
        "# Benchmark results",
        "",
        f"Measured {dt.date.today().isoformat()} by `python -m benchmarks{' --quick' if args.quick else ''}` "
        f"on {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, smartcity {__version__}, PyYAML {yaml.__version__} "
        f"(libyaml {'yes' if yaml.__with_libyaml__ else 'no'}). Best of {args.repeat} runs unless said. "
        "The machine is shared and noisy: read the ratios.",
        "",
    ]  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        corpus_dir = Path(tmp) / "masterplans"
        corpus_dir.mkdir()
        corpus = national_corpus(corpus_dir, plans=plans)
        corpus_section(rows, corpus, args.repeat)
        startup_section(rows, REPO / "masterplans" / "palu.yaml", args.repeat * 3)
        report_section(rows, sizes, Path(tmp), args.repeat)
    text = "\n".join(rows) + "\n"
    print(text)
    if not args.no_write:
        (HERE / "RESULTS.md").write_text(text, encoding="utf-8")
        print(f"written to {HERE / 'RESULTS.md'}")


if __name__ == "__main__":
    main()
