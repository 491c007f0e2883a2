"""A compiled YAML parser against libyaml and the loader: does rapidyaml pay for itself?

Issue 17 asks, if Python cannot validate at the speed of parsing, to measure a compiled
parser that keeps positions (rapidyaml, which has wheels on the package index) and decide
with numbers. rapidyaml is not a dependency of smartcity: this section runs only when it is
installed (``pip install rapidyaml``) and otherwise says so.

The variants, each on the same decoded texts, each file's work dropped before the next:

- rapidyaml's parse into its C++ tree, nothing built in Python;
- that parse, then the tree walked into Python dicts, lists and strings: no scalar types,
  no positions, no duplicate-key check. This is the least a loader on rapidyaml must do,
  so it is a lower bound for one;
- smartcity's loader (values typed, a position per value, duplicate keys, YAML 1.1 traps,
  limits): what rapidyaml would replace.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from benchmarks import baselines
from benchmarks.timing import interleaved, measure_call
from smartcity_cli.loader import load_text


def _rapidyaml() -> Any | None:
    try:
        return importlib.import_module("ryml")
    except ImportError:
        return None


def _values(ryml: Any, tree: Any, node: int) -> Any:
    """The subtree at ``node`` as Python dicts, lists and strings (None for a null)."""
    if tree.is_map(node):
        mapping: dict[str, Any] = {}
        child = tree.first_child(node)
        while child != ryml.NONE:
            mapping[bytes(tree.key(child)).decode()] = _values(ryml, tree, child)
            child = tree.next_sibling(child)
        return mapping
    if tree.is_seq(node):
        items: list[Any] = []
        child = tree.first_child(node)
        while child != ryml.NONE:
            items.append(_values(ryml, tree, child))
            child = tree.next_sibling(child)
        return items
    value = tree.val(node)
    return None if value is None else bytes(value).decode()


def _same(text: Any, value: Any) -> bool:
    """Whether rapidyaml's untyped tree holds what the loader read: the same keys and order
    of items, and each scalar the same text, or the same number (``3.10`` is 3.1)."""
    if isinstance(value, dict):
        return (isinstance(text, dict) and list(text) == list(value)
                and all(_same(text[key], item) for key, item in value.items()))  # fmt: skip
    if isinstance(value, list):
        return (isinstance(text, list) and len(text) == len(value)
                and all(_same(a, b) for a, b in zip(text, value, strict=True)))  # fmt: skip
    if value is None or text is None:
        return value is None and text in (None, "", "null", "~")
    if isinstance(value, bool):
        return str(text).lower() == str(value).lower()
    if isinstance(value, (int, float)):
        return float(text) == value
    return str(text) == str(value)


def compiled_rows(paths: list[Path], rounds: int) -> list[str]:
    """The section of RESULTS.md: timings side by side and whether the trees agree."""
    ryml = _rapidyaml()
    title = "### 6. a compiled parser: rapidyaml against libyaml and the loader"
    if ryml is None:
        return [
            title,
            "",
            "Not measured: rapidyaml is not installed (`pip install rapidyaml`).",
            "",
        ]
    texts = [baselines.text_of(path) for path in paths]
    encoded = [text.encode("utf-8") for text in texts]

    def parse_only() -> None:
        for data in encoded:
            ryml.parse_in_arena(data)

    def parse_and_build() -> None:
        for data in encoded:
            tree = ryml.parse_in_arena(data)
            _values(ryml, tree, tree.root_id())

    def loader() -> None:
        for text in texts:
            load_text(text, "plan.yaml")

    work = {
        "libyaml: event parse (floor)": lambda: baselines.event_floor(paths),
        "libyaml: compose, discarded": lambda: baselines.compose_discarded(paths),
        "rapidyaml: parse only": parse_only,
        "rapidyaml: parse, then Python values (text only, no positions)": parse_and_build,
        "smartcity loader (typed values, positions, traps)": loader,
    }
    samples = interleaved({name: _call(job) for name, job in work.items()}, rounds)
    floor = samples["libyaml: event parse (floor)"].median
    ours = samples["smartcity loader (typed values, positions, traps)"].median
    agree = sum(_agrees(ryml, text) for text in texts)
    version = getattr(ryml, "__version__", "?")
    rows = [
        title,
        "",
        f"rapidyaml {version}, {len(paths)} files of the sample corpus, CPU time, median of "
        f"{rounds} interleaved rounds. Same tree as the loader's (keys, items, each scalar's "
        f"text or number): {agree} of {len(texts)} files.",
        "",
        "| what | CPU | spread | to the floor | to the loader |",
        "|---|---:|---:|---:|---:|",
    ]
    rows += [
        f"| {name} | {s.median:.2f} s | {s.spread()} | {s.median / floor:.2f}x | "
        f"{s.median / ours:.2f}x |"
        for name, s in samples.items()
    ]
    built = samples["rapidyaml: parse, then Python values (text only, no positions)"].median
    rows += ["", _conclusion(built / ours), ""]
    return rows


def _agrees(ryml: Any, text: str) -> bool:
    """Whether rapidyaml's tree of ``text`` holds what the loader reads from it."""
    tree = ryml.parse_in_arena(text.encode("utf-8"))
    return _same(_values(ryml, tree, tree.root_id()), load_text(text, "plan.yaml").data)


def _call(job: Any) -> Any:
    return lambda: measure_call(job)


def _conclusion(built_to_loader: float) -> str:
    return (
        "rapidyaml's own parse is far below libyaml's, but crossing into Python is not: walking "
        "its tree into untyped values, with no position kept and no duplicate key refused, "
        f"costs {built_to_loader:.0%} of what the loader costs with all of that. Its Python "
        "binding has no way to ask where a node is (no location API; keys and values are "
        "views into its buffer whose offsets Python cannot read), so every finding would lose "
        "its line and column, and it accepts a duplicate key silently (`a: 1` then `a: 2`)."
    )
