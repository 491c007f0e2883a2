"""What validate is measured against, each done the cheapest honest way, and the corpora.

Every variant reads each file's bytes and decodes them, then does its work on that one file
and lets the result go before the next file: nothing of a file outlives its turn, so the
garbage collector walks the same small heap in every variant (tests/test_benchmarks.py
checks that peak memory stays flat over the corpus). An earlier baseline kept every composed
tree alive in a list; 82% of its CPU time was the garbage collector walking that growing
heap, which made validate look twice as fast as composing (0.49x).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import yaml

from benchmarks.synthetic import national_corpus
from smartcity_cli.loader import LoadLimits
from smartcity_cli.validate import validate_file

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "masterplans"
_CLoader = yaml.CSafeLoader


def text_of(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def event_floor(paths: list[Path]) -> None:
    """libyaml's event parser over each file, every event consumed and dropped: the floor."""
    for path in paths:
        for _ in yaml.parse(text_of(path), Loader=_CLoader):
            pass


def compose_discarded(paths: list[Path]) -> None:
    """PyYAML's compose of each file into a node tree, the tree dropped before the next."""
    for path in paths:
        yaml.compose(text_of(path), Loader=_CLoader)


def compose_kept(paths: list[Path]) -> list[object]:
    """The earlier, dishonest baseline: every tree kept alive. Only for the honesty test."""
    return [yaml.compose(text_of(path), Loader=_CLoader) for path in paths]


def pipeline(paths: list[Path], limits: LoadLimits | None = None) -> None:
    """The in-process validation pipeline (load, structure, model, every rule), per file."""
    for path in paths:
        validate_file(path, limits=limits)


IN_PROCESS: dict[str, Callable[[list[Path]], object]] = {
    "event parse (floor)": event_floor,
    "compose, discarded": compose_discarded,
    "validate pipeline, in process": pipeline,
}


def sample_corpus(directory: Path, *, copies: int = 100) -> list[Path]:
    """The five sample plans, each copied ``copies`` times: what real plans look like."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(copies):
        for sample in sorted(SAMPLES.glob("*.yaml")):
            target = directory / f"{sample.stem}-{n:03}.yaml"
            shutil.copyfile(sample, target)
            paths.append(target)
    return paths


def corpora(directory: Path, *, quick: bool) -> dict[str, list[Path]]:
    """Both corpora of the issue: the sample copies and the generated national corpus."""
    national = directory / "national"
    national.mkdir(parents=True, exist_ok=True)
    copies, plans = (10, 51) if quick else (100, 514)
    return {
        f"the five samples copied {copies} times": sample_corpus(
            directory / "samples", copies=copies
        ),
        "the generated national corpus": national_corpus(national, plans=plans),
    }
