"""Interleaved rounds, CPU and wall time, median and spread: numbers that survive a busy machine.

Each round runs every variant once, in a rotated order, so that a burst of load from other
processes falls on all variants alike. Before each measurement the garbage collector is
run and left enabled with its default thresholds: every variant starts from the same state.
CPU time (user + system, of this process or of the child) is what decisions rest on; wall
time is reported beside it.
"""

from __future__ import annotations

import gc
import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Samples:
    """The CPU and wall seconds of one variant, a sample per round."""

    cpu: list[float] = field(default_factory=list)
    wall: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.cpu)

    def spread(self) -> str:
        """The range of the CPU samples around the median, in percent."""
        m = self.median or 1e-12
        low, high = min(self.cpu), max(self.cpu)
        return f"-{(m - low) / m * 100:.0f}/+{(high - m) / m * 100:.0f}%"


def measure_call(work: Callable[[], object]) -> tuple[float, float]:
    """CPU and wall seconds of one call in this process, from a collected heap."""
    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    work()
    return time.process_time() - cpu, time.perf_counter() - wall


@dataclass(frozen=True)
class Run:
    """One command's CPU seconds (user + system), wall seconds, peak memory (MB; 0 when not
    measured) and exit code."""

    cpu: float
    wall: float
    peak_mb: float
    code: int


# A forked child's ru_maxrss starts at its parent's resident size (exec keeps it), so a
# command started from this process would report at least this process's own size. For
# memory, the command is started from a small python process that reports its rusage.
_MEASURE = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
print(usage.ru_utime + usage.ru_stime, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def run_command(command: Sequence[str], cwd: Path = REPO, *, memory: bool = False) -> Run:
    """Run a command, its output discarded, and measure that one child (``os.wait4``).

    With ``memory``, the command is started from a small process (see ``_MEASURE``) so that
    its peak memory is its own; CPU is still the command's alone, wall time includes the
    small process's start.
    """
    wall = time.perf_counter()
    if memory:
        out = subprocess.run([sys.executable, "-c", _MEASURE, *command], cwd=cwd,
                             capture_output=True, text=True, check=True).stdout.split()  # fmt: skip
        return Run(float(out[0]), time.perf_counter() - wall, int(out[1]) / 1024, int(out[2]))
    child = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)  # fmt: skip
    _, status, usage = os.wait4(child.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - wall
    return Run(usage.ru_utime + usage.ru_stime, wall, 0.0, code)


def measure_command(command: Sequence[str], cwd: Path = REPO) -> tuple[float, float]:
    """CPU (user + system of the child) and wall seconds of one command."""
    run = run_command(command, cwd)
    return run.cpu, run.wall


Variant = Callable[[], tuple[float, float]]


def interleaved(variants: dict[str, Variant], rounds: int) -> dict[str, Samples]:
    """Every variant once a round, the order rotated each round; a sample per round."""
    samples = {name: Samples() for name in variants}
    names = list(variants)
    for r in range(rounds):
        shift = r % len(names)
        for name in names[shift:] + names[:shift]:
            cpu, wall = variants[name]()
            samples[name].cpu.append(cpu)
            samples[name].wall.append(wall)
    return samples


def exponent(n1: int, t1: float, n2: int, t2: float) -> float:
    """The fitted growth exponent between two sizes: t ~ n^k (1.0 is linear)."""
    return math.log(t2 / t1) / math.log(n2 / n1)
