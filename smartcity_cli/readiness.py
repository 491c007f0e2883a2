"""The readiness list an officer works through before an evaluation interview. Pure.

What is missing (evidence for running programs, done action items and measured values;
the legal basis, the decrees, any forum meeting), what is stale (newest evidence or the
last forum meeting more than a year before the evaluation), and which recommendations
of earlier stages are still open. ``evaluate --check`` prints it in the reader's language
(labels ``ready_*``) and exits 1 when something is missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from smartcity_cli.assessment import Evidence
from smartcity_cli.checks.evidence import lacking
from smartcity_cli.findings import Location
from smartcity_cli.labels import LABELS, STATUS
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


def readiness(
    plan: Masterplan, evaluation: Evaluation, as_of: dt.date, lang: str = "en"
) -> Readiness:
    """The readiness list of ``evaluation``'s stage at ``as_of``, its items in ``lang``."""
    t = LABELS[lang]
    items = [ReadinessItem("missing", t["ready_no_evidence"].format(what=_lacking(what, fields, lang)),
                           path) for path, what, fields in lacking(plan)]  # fmt: skip
    gov = plan.governance
    if gov is None or gov.legal_basis is None:
        items.append(ReadinessItem("missing", t["ready_legal_basis"], "governance"))
    for name, body in (("council", gov.council if gov else None),
                       ("team", gov.team if gov else None)):  # fmt: skip
        if body is None or body.decree is None:
            items.append(ReadinessItem("missing", t[f"ready_decree_{name}"],
                                       f"governance.{name}" if body else "governance"))  # fmt: skip
    if gov is None or not gov.forum:
        items.append(ReadinessItem("missing", t["ready_forum"], "governance"))
    else:
        last = max(gov.forum, key=lambda m: m.date)
        if as_of - last.date > STALE_AFTER:
            items.append(ReadinessItem(
                "stale", t["ready_forum_stale"].format(date=last.date.isoformat()), last.at))  # fmt: skip
    for program in plan.programs:
        if program.status in ONGOING:  # a completed program's old evidence is not stale
            items += _stale(program.evidence, as_of, t["ready_program"].format(id=program.id),
                            program.path, lang)  # fmt: skip
        for indicator in program.indicators:
            if indicator.actual is not None:
                what = t["ready_measured"].format(id=program.id, name=indicator.name)
                items += _stale(indicator.evidence, as_of, what, indicator.path, lang)
    for earlier in sorted(plan.evaluations, key=lambda e: e.stage):
        if earlier.stage >= evaluation.stage:
            continue
        for rec in earlier.findings.recommendations:
            if rec.is_open:
                due = t["ready_due"].format(date=rec.due.isoformat()) if rec.due else ""
                overdue = rec.due is not None and rec.due < as_of
                items.append(ReadinessItem("open", t["ready_recommendation"].format(
                    id=rec.id, stage=earlier.stage, text=rec.text, status=t[f"rec_{rec.status}"],
                    due=due, late=f" ({t['rec_overdue']})" if overdue else ""), rec.at))  # fmt: skip
    order = {k: i for i, k in enumerate(KINDS)}
    items.sort(key=lambda i: order[i.kind])  # stable: document order within a kind
    return Readiness(evaluation.stage, as_of, tuple(items))


def _lacking(what: str, fields: dict[str, str], lang: str) -> str:
    """A program, measured value or action item without evidence, in ``lang``."""
    t = LABELS[lang]
    if what == "program":
        return t["ready_program_status"].format(id=fields["id"],
                                                status=STATUS[lang][fields["status"]])  # fmt: skip
    return t[f"ready_{what}"].format(**fields)


def _stale(
    evidence: tuple[Evidence, ...], as_of: dt.date, what: str, path: str, lang: str
) -> list[ReadinessItem]:
    newest = _newest(evidence)
    if newest is None or as_of - newest <= STALE_AFTER:
        return []
    text = LABELS[lang]["ready_evidence_stale"].format(what=what, date=newest.isoformat())
    return [ReadinessItem("stale", text, path)]


def format_readiness(result: Readiness, locate: Callable[[str], Location], lang: str = "en") -> str:
    """The list as text in ``lang``, one located line per item, and a closing count."""
    t = LABELS[lang]
    lines = [t["ready_title"].format(stage=result.stage, as_of=result.as_of.isoformat())]
    lines += [
        f"{locate(item.path)}: {t['ready_' + item.kind]}: {item.what}" for item in result.items
    ]
    counts = t["ready_counts"].format(**{k: result.count(k) for k in KINDS})
    verdict = t["ready_no"] if result.missing else t["ready_yes"]
    lines.append(f"{counts}; {verdict}")
    return "\n".join(lines) + "\n"
