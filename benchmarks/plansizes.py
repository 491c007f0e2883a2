"""Every command that reads a plan, at growing plan sizes, with fitted growth exponents.

Each size gets its own directory holding `sintetis.yaml` (the file name matches the slug,
so the plan is valid). `set` and `import` change the file, so each run starts from a fresh
copy made outside the measurement. The edit commands are the editing helper's to make
linear; they are measured here so that their growth is on record.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks.synthetic import synthetic_plan
from benchmarks.timing import Run, exponent, run_command

SMARTCITY = [sys.executable, "-m", "smartcity_cli"]


def _commands(plan: Path, work: Path) -> dict[str, Callable[[], Run]]:
    pristine = plan.with_suffix(".pristine")
    changed = work / "changed" / "sintetis.yaml"
    csv = work / "csv"

    def fresh() -> None:
        shutil.copyfile(pristine, plan)

    def cmd(*args: str) -> Callable[[], Run]:
        return lambda: run_command([*SMARTCITY, *args], memory=True)

    def edit(*args: str) -> Callable[[], Run]:
        def run() -> Run:
            fresh()
            return run_command([*SMARTCITY, *args], memory=True)

        return run

    return {
        "validate": cmd("validate", "--jobs", "1", str(plan)),
        "report (terminal)": cmd("report", str(plan), "--as-of", "2024-11-13"),
        "report (terminal, --rows 0: every programme)": cmd("report", str(plan), "--as-of",
                                                           "2024-11-13", "--rows", "0"),
        "report --format md": cmd("report", str(plan), "-f", "md", "-o", str(work / "r.md"),
                                  "--as-of", "2024-11-13"),
        "report --format html": cmd("report", str(plan), "-f", "html", "-o",
                                    str(work / "r.html"), "--as-of", "2024-11-13"),
        "evaluate --format html": cmd("evaluate", str(plan), "-s", "1", "-f", "html", "-o",
                                      str(work / "e.html")),
        "export (xlsx)": cmd("export", str(plan), "-o", str(work / "x.xlsx")),
        "diff (one program changed)": cmd("diff", str(pristine.with_name("old.yaml")),
                                          str(changed)),
        "set --progress": edit("set", str(plan), "P-00001", "--progress", "99",
                               "--updated", "2024-12-01"),
        "import (CSV, one changed cell)": edit("import", str(csv), "--into", str(plan),
                                               "--updated", "2024-12-01"),
    }  # fmt: skip


def _prepare(n: int, work: Path) -> Path:
    """The plan of ``n`` programs, its pristine copy, a changed copy and an edited CSV export."""
    work.mkdir(parents=True)
    text = synthetic_plan(n, seed=n)
    plan = work / "sintetis.yaml"
    plan.write_text(text, encoding="utf-8")
    plan.with_suffix(".pristine").write_text(text, encoding="utf-8")
    (work / "old.yaml").write_text(text, encoding="utf-8")
    (work / "changed").mkdir()
    marker = "  - id: P-00001\n"
    head, tail = text.split(marker, 1)
    tail = tail.replace("    progress:", "    note: changed for the benchmark\n    progress:", 1)
    (work / "changed" / "sintetis.yaml").write_text(head + marker + tail, encoding="utf-8")
    run_command([*SMARTCITY, "export", str(plan), "-f", "csv", "-o", str(work / "csv")])
    indicators = work / "csv" / "indicators.csv"
    lines = indicators.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].rsplit(",", 1)[0] + ",99"  # actual values are below 50: a real change
    indicators.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return plan


def sizes_section(
    rows: list[str],
    goals: list[tuple[str, float, float]],
    sizes: list[int],
    directory: Path,
    *,
    rounds: int,
) -> None:
    measured: dict[str, dict[int, Run]] = {}
    for n in sizes:
        plan = _prepare(n, directory / str(n))
        for name, run in _commands(plan, directory / str(n)).items():
            runs = [run() for _ in range(rounds)]
            measured.setdefault(name, {})[n] = sorted(runs, key=lambda r: r.cpu)[len(runs) // 2]
    header = " | ".join(f"{n:,} programs" for n in sizes)
    n1, n2 = sizes[-2], sizes[-1]
    rows += [
        f"### 3. commands by plan size (CPU seconds; median of {rounds}; peak memory at "
        f"{sizes[-1]:,})",
        "",
        f"| command | {header} | growth {n1:,} to {n2:,} | to validate at {n2:,} | peak |",
        "|---|" + "---:|" * (len(sizes) + 3),
    ]
    for name, by_size in measured.items():
        cells = " | ".join(
            f"{by_size[n].cpu:.2f}"
            + ("" if by_size[n].code in (0, 1) else f" (exit {by_size[n].code})")
            for n in sizes
        )
        k = exponent(n1, by_size[n1].cpu, n2, by_size[n2].cpu)
        ratio = by_size[n2].cpu / measured["validate"][n2].cpu
        rows.append(f"| {name} | {cells} | n^{k:.2f} | {ratio:.2f}x | "
                    f"{by_size[n2].peak_mb:.0f} MB |")  # fmt: skip
    for name, by_size in measured.items():
        if name != "validate":
            goals.append((f"growth exponent of {name}, {n1:,} to {n2:,} programs",
                          exponent(n1, by_size[n1].cpu, n2, by_size[n2].cpu), 1.1))  # fmt: skip
    terminal, html = measured["report (terminal)"][n2].cpu, measured["report --format html"][n2].cpu
    goals.append((f"terminal report / HTML report at {n2:,} programs", terminal / html, 1.0))
    goals.extend(
        (f"{name} / validate at {n:,} programs",
         measured[name][n].cpu / measured["validate"][n].cpu, 2.0)
        for name in ("set --progress", "import (CSV, one changed cell)")
        for n in sizes
    )  # fmt: skip
    rows += [
        "",
        "Every run includes the command's start-up (about 0.2 s), which flattens the growth "
        "at small sizes; the exponent between the two largest sizes is the one that counts.",
        "",
    ]
