"""The national evaluation in reports and documents, pre-formatted: the 0-5 result beside
its inputs (interval, previous stage and change, rank, letter, dimensions), the assessor
findings, the follow-up of the previous stage's recommendations, governance facts,
quick-win attributes and the evidence list."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from smartcity_cli import i18n
from smartcity_cli.assessment import Evidence, Recommendation
from smartcity_cli.claims import check_index_claim
from smartcity_cli.figures import to_percent
from smartcity_cli.index import evaluation_index
from smartcity_cli.model import Evaluation, Masterplan
from smartcity_cli.rounding import bound


@dataclass(frozen=True)
class RecommendationRow:
    id: str
    text: str
    agency: str
    due: str
    status: str
    done: bool
    detail: str  # the reason (dropped) or the note


@dataclass(frozen=True)
class FollowUpView:
    title: str  # "Tindak lanjut rekomendasi tahap 1"
    line: str  # "5 dari 7 rekomendasi tahap 1 selesai"
    rest: str  # "1 sedang berjalan, 0 belum ditindaklanjuti, 1 dibatalkan"
    rows: tuple[RecommendationRow, ...]


@dataclass(frozen=True)
class AssessmentView:
    result: tuple[tuple[str, str], ...]  # (label, value) beside the index table
    dimensions: tuple[tuple[str, str], ...]
    weaknesses: tuple[str, ...]
    strengths: tuple[str, ...]
    recommendations: tuple[RecommendationRow, ...]
    follow_up: FollowUpView | None

    @property
    def has_findings(self) -> bool:
        return bool(self.weaknesses or self.strengths or self.recommendations)


@dataclass(frozen=True)
class EvidenceRow:
    owner: str  # "GOV-02", "Perwal Nomor 31 Tahun 2019", ...
    title: str
    kind: str
    date: str
    where: str  # the url or the path, shown and never fetched
    url: str  # the url when there is one (an HTML link), else ""


def _number(value: Decimal, lang: str) -> str:
    return i18n.format_decimal(value, lang)


def stage_name(stage: int, lang: str) -> str:
    return i18n.LABELS[lang]["stage"].format(stage=stage).lower()


def published_index(plan: Masterplan, evaluation: Evaluation) -> Decimal | None:
    """The index of a stage: as published (claimed) when given, else as computed."""
    if evaluation.claimed is not None and evaluation.claimed.index is not None:
        return evaluation.claimed.index
    index = evaluation_index(evaluation, plan.scoring)
    return None if index is None or index.value is None else to_percent(index.value)


def _previous(plan: Masterplan, evaluation: Evaluation) -> tuple[Evaluation, Decimal] | None:
    earlier = [e for e in plan.evaluations if e.stage < evaluation.stage]
    for candidate in sorted(earlier, key=lambda e: e.stage, reverse=True):
        value = published_index(plan, candidate)
        if value is not None:
            return candidate, value
    return None


def recommendation_row(rec: Recommendation, plan: Masterplan, lang: str) -> RecommendationRow:
    t = i18n.LABELS[lang]
    agency = plan.agency(rec.agency) if rec.agency else None
    status = t[f"rec_{rec.status}"]
    if rec.is_open and rec.due is not None and rec.due < plan.updated:
        status += f" ({t['rec_overdue']})"
    return RecommendationRow(
        id=rec.id,
        text=rec.text,
        agency=(agency.short or agency.name) if agency else (rec.agency or ""),
        due=i18n.format_date(rec.due, lang) if rec.due else i18n.MISSING,
        status=status,
        done=rec.status == "done",
        detail=" ".join((rec.reason or rec.note or "").split()),
    )


def follow_up_view(plan: Masterplan, evaluation: Evaluation, lang: str) -> FollowUpView | None:
    """What became of the recommendations of the latest earlier stage that made some."""
    t = i18n.LABELS[lang]
    earlier = [
        e for e in plan.evaluations if e.stage < evaluation.stage and e.findings.recommendations
    ]
    if not earlier:
        return None
    previous = max(earlier, key=lambda e: e.stage)
    recs = previous.findings.recommendations
    count = {
        s: sum(r.status == s for r in recs) for s in ("open", "in_progress", "done", "dropped")
    }
    stage = stage_name(previous.stage, lang)
    return FollowUpView(
        title=t["follow_up"].format(stage=stage),
        line=t["follow_up_line"].format(done=count["done"], total=len(recs), stage=stage),
        rest=t["follow_up_rest"].format(**count),
        rows=tuple(recommendation_row(r, plan, lang) for r in recs),
    )


def assessment_view(plan: Masterplan, evaluation: Evaluation, lang: str) -> AssessmentView:
    t = i18n.LABELS[lang]
    result: list[tuple[str, str]] = []
    index = evaluation_index(evaluation, plan.scoring)
    claim = check_index_claim(plan, evaluation)
    if evaluation.scores or (evaluation.claimed and evaluation.claimed.index is not None):
        result.append((t["result_scale"].format(scale=f"0–{evaluation.scale}"), ""))
    if claim is not None and claim.interval is not None:
        verdict = t["reproduced"] if claim.reproduced else t["not_reproduced"]
        result.append((t["result_index"], t["result_claimed"].format(
            claimed=_number(claim.claimed, lang), low=_number(bound(claim.interval.low), lang),
            high=_number(bound(claim.interval.high), lang), verdict=verdict)))  # fmt: skip
    elif evaluation.claimed is not None and evaluation.claimed.index is not None:
        result.append((t["result_index"], _number(evaluation.claimed.index, lang)))
    elif index is not None and index.interval is not None:
        result.append((t["result_index"], t["result_interval"].format(
            low=_number(bound(index.interval.low), lang),
            high=_number(bound(index.interval.high), lang))))  # fmt: skip
    current = published_index(plan, evaluation)
    previous = _previous(plan, evaluation)
    if current is not None and previous is not None:
        before, value = previous
        change = current - value
        result.append((t["result_previous"], t["result_previous_value"].format(
            value=_number(value, lang), stage=stage_name(before.stage, lang),
            date=i18n.format_date(before.date, lang),
            change=("+" if change > 0 else "") + _number(change, lang))))  # fmt: skip
    if evaluation.rank is not None:
        rank = evaluation.rank
        text = (t["result_rank_of"].format(position=rank.position, of=rank.of) if rank.of
                else t["result_rank_value"].format(position=rank.position))  # fmt: skip
        result.append((t["result_rank"], text + (f" ({rank.scope})" if rank.scope else "")))
    if evaluation.letter is not None:
        letter = evaluation.letter
        text = t["result_letter_value"].format(number=letter.number,
                                               date=i18n.format_date(letter.date, lang))  # fmt: skip
        result.append((t["result_letter"], text + (f": {letter.title}" if letter.title else "")))
    pillars = {p.id: p.name for p in plan.pillars}
    return AssessmentView(
        result=tuple(result),
        dimensions=tuple((pillars.get(k, k), _number(v, lang)) for k, v in evaluation.dimensions),
        weaknesses=evaluation.findings.weaknesses,
        strengths=evaluation.findings.strengths,
        recommendations=tuple(
            recommendation_row(r, plan, lang) for r in evaluation.findings.recommendations
        ),
        follow_up=follow_up_view(plan, evaluation, lang),
    )


def governance_rows(plan: Masterplan, lang: str) -> tuple[tuple[str, str], ...]:
    """The output component's facts: legal basis, decrees, forum meetings."""
    t = i18n.LABELS[lang]
    gov = plan.governance
    if gov is None:
        return ()
    rows: list[tuple[str, str]] = []
    if gov.legal_basis is not None:
        basis = gov.legal_basis
        text = f"{basis.kind} " + t["decree_value"].format(number=basis.number, year=basis.year)
        text += f": {basis.title}" if basis.title else ""
        rows.append((t["legal_basis"], text))
    for label, body in (("council_decree", gov.council), ("team_decree", gov.team)):
        decree = body.decree if body is not None else None
        if decree is not None:
            text = t["decree_value"].format(number=decree.number, year=decree.year)
            text += f" ({i18n.format_date(decree.date, lang)})" if decree.date else ""
            rows.append((t[label], text + (f": {decree.title}" if decree.title else "")))
    if gov.forum:
        last = max(m.date for m in gov.forum)
        rows.append((t["forum"], t["forum_value"].format(
            count=len(gov.forum), last=i18n.format_date(last, lang))))  # fmt: skip
    return tuple(rows)


def quick_win_attribute_rows(
    plan: Masterplan, lang: str
) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """(program, ((attribute, text), ...)) for each quick win that carries attributes."""
    t = i18n.LABELS[lang]
    return tuple(
        (f"{p.id} {p.name}", tuple((t[f"qw_{k}"], v) for k, v in p.quick_win_attributes.items()))
        for p in plan.programs
        if p.quick_win and p.quick_win_attributes is not None and p.quick_win_attributes.items()
    )


def evidence_rows(plan: Masterplan, lang: str) -> tuple[EvidenceRow, ...]:
    """Every piece of evidence with what it supports; urls are shown, never fetched."""
    t = i18n.LABELS[lang]

    def rows(owner: str, items: tuple[Evidence, ...]) -> list[EvidenceRow]:
        return [
            EvidenceRow(owner, e.title, t[f"ev_{e.kind}"],
                        i18n.format_date(e.date, lang) if e.date else "",
                        e.url or e.path or "", e.url or "")
            for e in items
        ]  # fmt: skip

    out: list[EvidenceRow] = []
    gov = plan.governance
    if gov is not None:
        if gov.legal_basis is not None:
            out += rows(t["legal_basis"], gov.legal_basis.evidence)
        for label, body in (("council_decree", gov.council), ("team_decree", gov.team)):
            if body is not None and body.decree is not None:
                out += rows(t[label], body.decree.evidence)
        for meeting in gov.forum:
            out += rows(f"{t['forum']} {i18n.format_date(meeting.date, lang)}", meeting.evidence)
    for program in plan.programs:
        out += rows(program.id, program.evidence)
        for indicator in program.indicators:
            out += rows(f"{program.id}: {indicator.name}", indicator.evidence)
    for category in plan.action_plans:
        for item in category.items:
            out += rows(item.id, item.evidence)
    for evaluation in plan.evaluations:
        for rec in evaluation.findings.recommendations:
            out += rows(rec.id, rec.evidence)
        if evaluation.letter is not None:
            out += rows(t["result_letter"], evaluation.letter.evidence)
    return tuple(out)
