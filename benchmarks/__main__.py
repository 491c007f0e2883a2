"""Time `smartcity validate` against the floor: composing the same bytes with CSafeLoader.

Both are measured in the same run on the same files and reported as a ratio, because these
machines are noisy. Usage: python -m benchmarks [--programs 2000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from benchmarks.synthetic import synthetic_plan
from smartcity_cli import __version__
from smartcity_cli.validate import validate_paths

REPO = Path(__file__).resolve().parent.parent


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def compose_all(paths: list[Path]) -> None:
    for path in paths:
        yaml.compose(path.read_bytes(), Loader=yaml.CSafeLoader)


def validate_all(paths: list[Path]) -> None:
    result = validate_paths(paths)
    if result.errors:
        raise SystemExit(f"benchmark input is invalid: {result.findings[:3]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--programs", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        generated = Path(tmp) / "sintetis.yaml"
        generated.write_text(synthetic_plan(args.programs), encoding="utf-8")
        cases = {
            "five sample plans": sorted((REPO / "masterplans").glob("*.yaml")),
            f"one generated plan, {args.programs:,} programs "
            f"({generated.stat().st_size / 1e6:.1f} MB)": [generated],
        }
        print(f"smartcity {__version__}, Python {platform.python_version()}, PyYAML "
              f"{yaml.__version__} (libyaml {'yes' if yaml.__with_libyaml__ else 'no'}), "
              f"{platform.machine()}; best of {args.repeat}")  # fmt: skip
        print()
        print("| input | yaml.compose (CSafeLoader) | smartcity validate | ratio |")
        print("|---|---:|---:|---:|")
        for name, paths in cases.items():
            floor = best_of(args.repeat, lambda p=paths: compose_all(p))  # type: ignore[misc]
            ours = best_of(args.repeat, lambda p=paths: validate_all(p))  # type: ignore[misc]
            print(
                f"| {name} | {floor * 1000:.1f} ms | {ours * 1000:.1f} ms | {ours / floor:.2f}x |"
            )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
