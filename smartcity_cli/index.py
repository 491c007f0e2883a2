"""The evaluation index (Indeks Pencapaian): component scores weighted by a named scheme. Pure.

Weights differ by year and guide, so they are data: a named scheme, overridable per key in
`scoring.index.weights`. `sleman-2019` is the scheme one region published (baseline 10,
output 20, outcome 30, impact 30, quick win 10); `jambi` the one another article quotes
(impact 20, quick win 20, outcome 30, with baseline 10 and output 20).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from smartcity_cli.model import Evaluation, Scoring
from smartcity_cli.rounding import Interval, weighted_interval
from smartcity_cli.spec import INDEX_COMPONENTS

SCHEMES: dict[str, dict[str, Decimal]] = {
    "sleman-2019": {"baseline": Decimal(10), "output": Decimal(20), "outcome": Decimal(30),
                    "impact": Decimal(30), "quick_win": Decimal(10)},
    "jambi": {"baseline": Decimal(10), "output": Decimal(20), "outcome": Decimal(30),
              "impact": Decimal(20), "quick_win": Decimal(20)},
    "custom": {},
}  # fmt: skip


def weights(scoring: Scoring) -> dict[str, Decimal]:
    """The weights in force: the scheme's, with the file's own on top."""
    return {**SCHEMES[scoring.index_scheme], **dict(scoring.index_weights)}


@dataclass(frozen=True)
class IndexPart:
    component: str
    weight: Decimal
    score: Decimal | None
    weighted: Fraction | None


@dataclass(frozen=True)
class EvaluationIndex:
    scheme: str
    parts: tuple[IndexPart, ...]
    value: Fraction | None  # index / 100; None unless every weighted component has a score
    interval: Interval | None = None  # where the index lies, its inputs being rounded


def evaluation_index(evaluation: Evaluation, scoring: Scoring) -> EvaluationIndex | None:
    """The weighted index of an evaluation's scores; None when it records no scores."""
    if not evaluation.scores:
        return None
    scores = dict(evaluation.scores)
    in_force = weights(scoring)
    parts = []
    for component in INDEX_COMPONENTS:
        weight = in_force.get(component, Decimal(0))
        score = scores.get(component)
        weighted = None if score is None else Fraction(weight) * Fraction(score) / 100
        parts.append(IndexPart(component, weight, score, weighted))
    complete = all(p.weighted is not None for p in parts if p.weight)
    value = sum((p.weighted for p in parts if p.weighted is not None), Fraction(0)) / 100
    if not complete:
        return EvaluationIndex(scoring.index_scheme, tuple(parts), None)
    given = [(p.weight, p.score) for p in parts if p.weight and p.score is not None]
    interval = weighted_interval(given, sum((p.weight for p in parts), Decimal(0)))
    return EvaluationIndex(scoring.index_scheme, tuple(parts), value, interval)


def off_scale(evaluation: Evaluation) -> bool:
    """Whether a score, dimension or claimed index is above 5 on the 0-5 scale (the
    index-scale error says so; nothing is computed from such values)."""
    if evaluation.scale != 5:
        return False
    values = [v for _, v in evaluation.scores] + [v for _, v in evaluation.dimensions]
    if evaluation.claimed is not None and evaluation.claimed.index is not None:
        values.append(evaluation.claimed.index)
    return any(v > 5 for v in values)
