"""The masterplan as frozen dataclasses, built from structurally valid data. No I/O, no YAML.

Each entity keeps ``path``, its place in the document (``programs[3]``), so that semantic
checks can point at it without knowing anything about YAML.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from smartcity_cli import frameworks
from smartcity_cli.assessment import (
    AssessorFindings,
    Decree,
    Evidence,
    ForumMeeting,
    LegalBasis,
    Letter,
    QuickWinAttributes,
    Rank,
    decimals_of,
    decree_of,
    evidence_of,
    findings_of,
    forum_of,
    legal_basis_of,
    letter_of,
    quick_win_attributes_of,
    rank_of,
)
from smartcity_cli.model_money import (
    BudgetLine,
    RpjmdRef,
    SeriesPoint,
    SpbeResult,
    SpbeTag,
    budget_lines_of,
    rpjmd_ref_of,
    series_of,
    spbe_results_of,
    spbe_tags_of,
)

DEFAULT_HORIZONS = {"short": 1, "medium": 5, "long": 10}
DEFAULT_RUNNING = ("running", "completed")


@dataclass(frozen=True)
class Years:
    start: int
    end: int


@dataclass(frozen=True)
class Leader:
    title: str
    name: str


@dataclass(frozen=True)
class Region:
    slug: str
    name: str
    kind: str
    province: str | None
    code: str | None
    leader: Leader | None


@dataclass(frozen=True)
class Element:
    id: str
    name: str
    name_en: str | None
    path: str


@dataclass(frozen=True)
class Pillar:
    id: str
    name: str
    name_en: str | None
    description: str | None
    elements: tuple[Element, ...]
    path: str


@dataclass(frozen=True)
class Agency:
    id: str
    name: str
    short: str | None
    head: str | None
    path: str


@dataclass(frozen=True)
class Target:
    id: str
    name: str
    rpjmd: str | None
    path: str
    rpjmd_ref: RpjmdRef | None = None
    unit: str | None = None
    direction: str = "up"
    series: tuple[SeriesPoint, ...] = ()


@dataclass(frozen=True)
class Indicator:
    name: str
    unit: str | None
    baseline: float | None
    target: float | None  # None when only ``series`` gives targets
    actual: float | None
    path: str
    direction: str = "up"  # "down": lower is better (waiting time, poverty rate)
    series: tuple[SeriesPoint, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Budget:
    amount: float
    currency: str
    source: str | None


@dataclass(frozen=True)
class Override:
    """A schedule status set by hand, with the reason every report shows."""

    status: str
    reason: str


@dataclass(frozen=True)
class Program:
    id: str
    name: str
    description: str | None
    pillar: str
    element: str | None
    agency: str
    partners: tuple[str, ...]
    horizon: str
    quick_win: bool
    years: Years | None
    budget: Budget | None
    status: str
    progress: float | None
    targets: tuple[str, ...]
    depends_on: tuple[str, ...]
    indicators: tuple[Indicator, ...]
    note: str | None
    path: str
    status_override: Override | None = None
    evidence: tuple[Evidence, ...] = ()
    quick_win_attributes: QuickWinAttributes | None = None
    budget_lines: tuple[BudgetLine, ...] = ()  # the list form of ``budget``; then budget is None
    spbe: tuple[SpbeTag, ...] = ()


@dataclass(frozen=True)
class ActionItem:
    id: str
    name: str
    done: bool
    note: str | None
    path: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class ActionPlan:
    id: str
    name: str
    items: tuple[ActionItem, ...]
    path: str


@dataclass(frozen=True)
class Claimed:
    """Claimed figures; percentages as written (``66.70`` keeps its two decimals)."""

    programs_total: int | None
    programs_running: int | None
    realization: Decimal | None
    mean_progress: Decimal | None
    action_plans: Decimal | None
    action_plan_categories: tuple[tuple[str, Decimal], ...]
    index: Decimal | None = None


@dataclass(frozen=True)
class Evaluation:
    stage: int
    date: dt.date
    assessor: str | None
    mode: str | None
    revision: int | None
    note: str | None
    claimed: Claimed | None
    path: str
    scores: tuple[tuple[str, Decimal], ...] = ()
    scale: int = 5  # 5: the national 0-5 index; 100: percent scores written before it
    dimensions: tuple[tuple[str, Decimal], ...] = ()
    rank: Rank | None = None
    letter: Letter | None = None
    findings: AssessorFindings = field(default_factory=AssessorFindings)


@dataclass(frozen=True)
class Scoring:
    running_statuses: tuple[str, ...] = DEFAULT_RUNNING
    exclude_cancelled: bool = False
    action_plan_aggregate: str = "mean_of_categories"
    on_track: Decimal = Decimal(90)  # percent of the expected progress
    at_risk: Decimal = Decimal(70)
    index_scheme: str = "sleman-2019"
    index_weights: tuple[tuple[str, Decimal], ...] = ()  # given in the file, over the scheme
    require_evidence: bool = False


@dataclass(frozen=True)
class Source:
    title: str
    publisher: str | None = None
    date: dt.date | None = None
    url: str | None = None


@dataclass(frozen=True)
class Council:
    name: str
    chair: str | None
    members: tuple[str, ...]
    decree: Decree | None = None


@dataclass(frozen=True)
class Team:
    name: str
    lead_agency: str | None
    members: tuple[str, ...]
    decree: Decree | None = None


@dataclass(frozen=True)
class Governance:
    council: Council | None
    team: Team | None
    legal_basis: LegalBasis | None = None
    forum: tuple[ForumMeeting, ...] = ()


@dataclass(frozen=True)
class Masterplan:
    format: int
    revision: int
    updated: dt.date
    language: str
    region: Region
    title: str
    period: Years
    framework: str
    horizons: tuple[tuple[str, int], ...]
    governance: Governance | None
    pillars: tuple[Pillar, ...]
    declared_pillars: bool
    agencies: tuple[Agency, ...]
    targets: tuple[Target, ...]
    programs: tuple[Program, ...]
    action_plans: tuple[ActionPlan, ...]
    evaluations: tuple[Evaluation, ...]
    scoring: Scoring
    sources: tuple[Source, ...]
    spbe: tuple[SpbeResult, ...] = ()

    def horizon_end(self, horizon: str) -> int | None:
        """The last year a horizon covers: period.start + length - 1."""
        length = dict(self.horizons).get(horizon)
        return None if length is None else self.period.start + length - 1

    def pillar(self, pillar_id: str) -> Pillar | None:
        return next((p for p in self.pillars if p.id == pillar_id), None)

    def agency(self, agency_id: str) -> Agency | None:
        return next((a for a in self.agencies if a.id == agency_id), None)


def build_masterplan(data: dict[str, Any], written: Mapping[str, str] | None = None) -> Masterplan:
    """The model of a document that passed the structure check.

    ``written`` maps document paths to the text of unquoted scalars (the loader's
    ``Document.plain``), so that claimed percentages keep the decimals they were written with.
    """
    written = written or {}
    plan = data["masterplan"]
    framework = plan.get("framework", "kominfo")
    horizons = {**DEFAULT_HORIZONS, **plan.get("horizons", {})}
    scoring = data.get("scoring", {})
    return Masterplan(
        format=data["format"],
        revision=data["revision"],
        updated=data["updated"],
        language=data.get("language", "id"),
        region=_region(data["region"]),
        title=plan["title"],
        period=_years(plan["period"]),
        framework=framework,
        horizons=tuple(horizons.items()),
        governance=_governance(data.get("governance")),
        pillars=_pillars(framework, data.get("pillars")),
        declared_pillars="pillars" in data,
        agencies=tuple(
            Agency(a["id"], a["name"], a.get("short"), a.get("head"), f"agencies[{i}]")
            for i, a in enumerate(data["agencies"])
        ),
        targets=tuple(
            Target(t["id"], t["name"], t.get("rpjmd"), f"targets[{i}]",
                   rpjmd_ref_of(t.get("rpjmd_ref")), t.get("unit"), t.get("direction", "up"),
                   series_of(t.get("series"), f"targets[{i}]"))
            for i, t in enumerate(data.get("targets", []))
        ),
        programs=tuple(_program(p, f"programs[{i}]") for i, p in enumerate(data["programs"])),
        action_plans=tuple(
            _action_plan(a, f"action_plans[{i}]") for i, a in enumerate(data.get("action_plans", []))
        ),
        evaluations=tuple(
            _evaluation(e, f"evaluations[{i}]", written)
            for i, e in enumerate(data.get("evaluations", []))
        ),
        scoring=_scoring(scoring, written),
        sources=tuple(
            Source(s) if isinstance(s, str)
            else Source(s["title"], s.get("publisher"), s.get("date"), s.get("url"))
            for s in data.get("sources", [])
        ),
        spbe=spbe_results_of(data.get("spbe")),
    )  # fmt: skip


def _decimal(value: float, path: str, written: Mapping[str, str]) -> Decimal:
    return Decimal(written.get(path, repr(value)))


def _scoring(data: dict[str, Any], written: Mapping[str, str]) -> Scoring:
    schedule = data.get("schedule", {})
    index = data.get("index", {})
    defaults = Scoring()
    return Scoring(
        running_statuses=tuple(data.get("running_statuses", DEFAULT_RUNNING)),
        exclude_cancelled=data.get("exclude_cancelled", False),
        action_plan_aggregate=data.get("action_plan_aggregate", "mean_of_categories"),
        on_track=_decimal(schedule["on_track"], "scoring.schedule.on_track", written)
        if "on_track" in schedule else defaults.on_track,
        at_risk=_decimal(schedule["at_risk"], "scoring.schedule.at_risk", written)
        if "at_risk" in schedule else defaults.at_risk,
        index_scheme=index.get("scheme", defaults.index_scheme),
        index_weights=tuple(
            (key, _decimal(value, f"scoring.index.weights.{key}", written))
            for key, value in index.get("weights", {}).items()
        ),
        require_evidence=data.get("require_evidence", False),
    )  # fmt: skip


def _years(data: dict[str, Any]) -> Years:
    return Years(data["start"], data["end"])


def _region(data: dict[str, Any]) -> Region:
    leader = data.get("leader")
    return Region(
        slug=data["slug"],
        name=data["name"],
        kind=data["kind"],
        province=data.get("province"),
        code=data.get("code"),
        leader=Leader(leader["title"], leader["name"]) if leader else None,
    )


def _governance(data: dict[str, Any] | None) -> Governance | None:
    if data is None:
        return None
    council, team = data.get("council"), data.get("team")
    return Governance(
        council=Council(council["name"], council.get("chair"), tuple(council.get("members", [])),
                        decree_of(council.get("decree"), "governance.council.decree"))
        if council
        else None,
        team=Team(team["name"], team.get("lead_agency"), tuple(team.get("members", [])),
                  decree_of(team.get("decree"), "governance.team.decree"))
        if team
        else None,
        legal_basis=legal_basis_of(data.get("legal_basis"), "governance.legal_basis"),
        forum=forum_of(data.get("forum"), "governance.forum"),
    )  # fmt: skip


def _pillars(framework: str, declared: list[dict[str, Any]] | None) -> tuple[Pillar, ...]:
    """The plan's pillars: the framework's built-in ones, completed by what the file declares."""
    given: dict[str, tuple[int, dict[str, Any]]] = {}
    repeated: list[tuple[int, dict[str, Any]]] = []  # kept so that duplicate-id can see them
    for i, p in enumerate(declared or []):
        if p["id"] in given:
            repeated.append((i, p))
        else:
            given[p["id"]] = (i, p)
    pillars: list[Pillar] = []
    for builtin in frameworks.pillars_of(framework):
        index, data = given.pop(builtin.id, (-1, None))
        if data is None:
            elements = tuple(Element(e.id, e.name_id, e.name_en, "") for e in builtin.elements)
            pillars.append(Pillar(builtin.id, builtin.name, builtin.name_en, None, elements, ""))
        else:
            pillars.append(_pillar(data, f"pillars[{index}]", builtin))
    pillars.extend(_pillar(data, f"pillars[{index}]", None) for index, data in given.values())
    pillars.extend(_pillar(data, f"pillars[{index}]", None) for index, data in repeated)
    return tuple(pillars)


def _pillar(data: dict[str, Any], path: str, builtin: frameworks.BuiltinPillar | None) -> Pillar:
    elements = [
        Element(e["id"], e["name"], e.get("name_en"), f"{path}.elements[{i}]")
        for i, e in enumerate(data.get("elements", []))
    ]
    if builtin is not None:
        own = {e.id for e in elements}
        elements.extend(
            Element(e.id, e.name_id, e.name_en, "") for e in builtin.elements if e.id not in own
        )
    return Pillar(
        id=data["id"],
        name=data["name"],
        name_en=data.get("name_en") or (builtin.name_en if builtin else None),
        description=data.get("description"),
        elements=tuple(elements),
        path=path,
    )


def _program(data: dict[str, Any], path: str) -> Program:
    budget = data.get("budget")
    return Program(
        id=data["id"],
        name=data["name"],
        description=data.get("description"),
        pillar=data["pillar"],
        element=data.get("element"),
        agency=data["agency"],
        partners=tuple(data.get("partners", [])),
        horizon=data["horizon"],
        quick_win=data.get("quick_win", False),
        years=_years(data["years"]) if "years" in data else None,
        budget=Budget(budget["amount"], budget.get("currency", "IDR"), budget.get("source"))
        if isinstance(budget, dict)
        else None,
        budget_lines=budget_lines_of(budget, path),
        spbe=spbe_tags_of(data.get("spbe"), path),
        status=data["status"],
        progress=data.get("progress"),
        targets=tuple(data.get("targets", [])),
        depends_on=tuple(data.get("depends_on", [])),
        indicators=tuple(
            Indicator(
                ind["name"], ind.get("unit"), ind.get("baseline"), ind.get("target"),
                ind.get("actual"), f"{path}.indicators[{i}]", ind.get("direction", "up"),
                series_of(ind.get("series"), f"{path}.indicators[{i}]"),
                evidence=evidence_of(ind, f"{path}.indicators[{i}]"),
            )
            for i, ind in enumerate(data.get("indicators", []))
        ),
        note=data.get("note"),
        path=path,
        status_override=Override(data["status_override"]["status"],
                                 data["status_override"]["reason"])
        if "status_override" in data else None,
        evidence=evidence_of(data, path),
        quick_win_attributes=quick_win_attributes_of(data.get("quick_win_attributes")),
    )  # fmt: skip


def _action_plan(data: dict[str, Any], path: str) -> ActionPlan:
    return ActionPlan(
        id=data["id"],
        name=data["name"],
        items=tuple(
            ActionItem(
                item["id"],
                item["name"],
                item["done"],
                item.get("note"),
                f"{path}.items[{i}]",
                evidence_of(item, f"{path}.items[{i}]"),
            )
            for i, item in enumerate(data["items"])
        ),
        path=path,
    )


def _evaluation(data: dict[str, Any], path: str, written: Mapping[str, str]) -> Evaluation:
    claimed = data.get("claimed")
    base = f"{path}.claimed"

    def as_written(value: float | None, at: str) -> Decimal | None:
        return None if value is None else Decimal(written.get(at, repr(value)))

    return Evaluation(
        stage=data["stage"],
        date=data["date"],
        assessor=data.get("assessor"),
        mode=data.get("mode"),
        revision=data.get("revision"),
        note=data.get("note"),
        claimed=Claimed(
            programs_total=claimed.get("programs_total"),
            programs_running=claimed.get("programs_running"),
            realization=as_written(claimed.get("realization"), f"{base}.realization"),
            mean_progress=as_written(claimed.get("mean_progress"), f"{base}.mean_progress"),
            action_plans=as_written(claimed.get("action_plans"), f"{base}.action_plans"),
            action_plan_categories=tuple(
                (key, Decimal(written.get(f"{base}.action_plan_categories.{key}", repr(value))))
                for key, value in claimed.get("action_plan_categories", {}).items()
            ),
            index=as_written(claimed.get("index"), f"{base}.index"),
        )
        if claimed
        else None,
        path=path,
        scores=tuple(
            (key, _decimal(value, f"{path}.scores.{key}", written))
            for key, value in data.get("scores", {}).items()
        ),
        scale=data.get("scale", 5),
        dimensions=decimals_of(data.get("dimensions", {}), f"{path}.dimensions", written),
        rank=rank_of(data.get("rank")),
        letter=letter_of(data.get("letter"), f"{path}.letter"),
        findings=findings_of(data.get("findings"), f"{path}.findings"),
    )
