"""The readiness list an officer works through before an evaluation interview. Pure.

What is missing (evidence for running programs, done action items and measured values;
the legal basis, the decrees, any forum meeting), what is stale (newest evidence or the
last forum meeting more than a year before the evaluation), and which recommendations
of earlier stages are still open. ``evaluate --check`` prints it and exits 1 when
something is missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from smartcity_cli.assessment import Evidence
from smartcity_cli.checks.evidence import lacking_evidence
from smartcity_cli.findings import Location
from smartcity_cli.model import Evaluation, Masterplan

STALE_AFTER = dt.timedelta(days=365)
KINDS = ("missing", "stale", "open")
ONGOING = ("running", "delayed")


@dataclass(frozen=True)
class ReadinessItem:
    kind: str  # missing | stale | open
    what: str
    path: str  # where it sits in the document


@dataclass(frozen=True)
class Readiness:
    stage: int
    as_of: dt.date
    items: tuple[ReadinessItem, ...]

    @property
    def missing(self) -> bool:
        return any(i.kind == "missing" for i in self.items)

    def count(self, kind: str) -> int:
        return sum(i.kind == kind for i in self.items)


def _newest(evidence: tuple[Evidence, ...]) -> dt.date | None:
    dates = [e.date for e in evidence if e.date is not None]
    return max(dates) if dates else None


def readiness(plan: Masterplan, evaluation: Evaluation, as_of: dt.date) -> Readiness:
    """The readiness list of ``evaluation``'s stage at ``as_of`` (its date by default)."""
    items = [ReadinessItem("missing", f"{what}: no evidence", path)
             for path, what in lacking_evidence(plan)]  # fmt: skip
    gov = plan.governance
    if gov is None or gov.legal_basis is None:
        items.append(ReadinessItem("missing", "legal basis (Perwal/Perbup) of the masterplan",
                                   "governance"))  # fmt: skip
    for name, body in (("council", gov.council if gov else None),
                       ("team", gov.team if gov else None)):  # fmt: skip
        if body is None or body.decree is None:
            items.append(ReadinessItem("missing", f"decree (SK) of the {name}",
                                       f"governance.{name}" if body else "governance"))  # fmt: skip
    if gov is None or not gov.forum:
        items.append(ReadinessItem("missing", "a Smart City forum meeting", "governance"))
    else:
        last = max(gov.forum, key=lambda m: m.date)
        if as_of - last.date > STALE_AFTER:
            items.append(ReadinessItem(
                "stale", f"last forum meeting {last.date.isoformat()}, over a year ago", last.at))  # fmt: skip
    for program in plan.programs:
        if program.status in ONGOING:  # a completed program's old evidence is not stale
            items += _stale(program.evidence, as_of, f"program {program.id}", program.path)
        for indicator in program.indicators:
            if indicator.actual is not None:
                items += _stale(indicator.evidence, as_of,
                                f"measured value of {program.id}: {indicator.name}", indicator.path)  # fmt: skip
    for earlier in sorted(plan.evaluations, key=lambda e: e.stage):
        if earlier.stage >= evaluation.stage:
            continue
        for rec in earlier.findings.recommendations:
            if rec.is_open:
                due = f", due {rec.due.isoformat()}" if rec.due else ""
                late = " (overdue)" if rec.due is not None and rec.due < as_of else ""
                items.append(ReadinessItem(
                    "open", f"recommendation {rec.id} of stage {earlier.stage}: {rec.text} "
                    f"[{rec.status.replace('_', ' ')}{due}]{late}", rec.at))  # fmt: skip
    order = {k: i for i, k in enumerate(KINDS)}
    items.sort(key=lambda i: order[i.kind])  # stable: document order within a kind
    return Readiness(evaluation.stage, as_of, tuple(items))


def _stale(
    evidence: tuple[Evidence, ...], as_of: dt.date, what: str, path: str
) -> list[ReadinessItem]:
    newest = _newest(evidence)
    if newest is None or as_of - newest <= STALE_AFTER:
        return []
    return [ReadinessItem("stale", f"{what}: newest evidence {newest.isoformat()}, over a year ago",
                          path)]  # fmt: skip


def format_readiness(result: Readiness, locate: Callable[[str], Location]) -> str:
    """The list as text, one located line per item, and a closing count."""
    lines = [f"readiness for evaluation stage {result.stage}, as of {result.as_of.isoformat()}"]
    lines += [f"{locate(item.path)}: {item.kind}: {item.what}" for item in result.items]
    counts = ", ".join(f"{result.count(k)} {k}" for k in KINDS)
    verdict = "not ready: something is missing" if result.missing else "ready"
    lines.append(f"{counts}; {verdict}")
    return "\n".join(lines) + "\n"
