"""Rules about ids and what refers to them: unique ids, references that exist, no cycles."""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterable, Iterator

from smartcity_cli import frameworks
from smartcity_cli.checks.context import CheckContext
from smartcity_cli.findings import Finding, Severity
from smartcity_cli.fixes import suggest
from smartcity_cli.messages import msg
from smartcity_cli.model import Pillar
from smartcity_cli.rules import Rule, Stage, register


class _SemanticRule(Rule):
    stage = Stage.SEMANTIC
    severity = Severity.ERROR


def _did_you_mean(wrong: str, known: Iterable[str]) -> str:
    choices = list(known)
    close = difflib.get_close_matches(wrong, choices, n=1, cutoff=0.6)
    if close:
        return msg("did you mean `{close}`?", close=close[0])
    if 0 < len(choices) <= 8:
        return msg("known: {choices}", choices=", ".join(choices))
    return ""


@register
class DuplicateId(_SemanticRule):
    """Two entries of one list share an id.

    Ids must be unique within their list: pillars, the elements of a pillar, agencies,
    targets, programs, action-plan categories, action-plan items (across all categories)
    and evaluation stages. References would otherwise be ambiguous.

    Passing:

        programs:
          - id: GOV-01
          - id: GOV-02

    Failing:

        programs:
          - id: GOV-01
          - id: GOV-01
    """

    id = "duplicate-id"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        plan = ctx.plan
        declared = [p for p in plan.pillars if p.path]
        groups: list[tuple[str, list[tuple[str, str]]]] = [
            (msg("pillar"), [(p.id, p.path) for p in declared]),
            (msg("agency"), [(a.id, a.path) for a in plan.agencies]),
            (msg("target"), [(t.id, t.path) for t in plan.targets]),
            (msg("program"), [(p.id, p.path) for p in plan.programs]),
            (msg("action-plan category"), [(a.id, a.path) for a in plan.action_plans]),
            (msg("action-plan item"), [(i.id, i.path) for a in plan.action_plans for i in a.items]),
            (
                msg("evaluation stage"),
                [(str(e.stage), f"{e.path}.stage") for e in plan.evaluations],
            ),
        ]
        groups.extend(
            (
                msg("element of pillar {pillar}", pillar=p.id),
                [(e.id, e.path) for e in p.elements if e.path],
            )
            for p in declared
        )
        for what, entries in groups:
            first: dict[str, str] = {}
            for ident, path in entries:
                id_path = path if path.endswith(".stage") else f"{path}.id"
                if ident in first:
                    line = ctx.at(first[ident]).line
                    yield cls.finding(
                        msg(
                            "{what} id `{ident}` is used twice (first on line {line})",
                            what=what,
                            ident=ident,
                            line=line,
                        ),
                        ctx.at(id_path),
                        msg("give each entry its own id"),
                    )
                else:
                    first[ident] = id_path


@register
class UnknownReference(_SemanticRule):
    """A reference names something that does not exist.

    A program's `pillar`, `element` (an element of that pillar), `agency`,
    `horizon`, `targets` and `depends_on`, the team's `lead_agency`, and the
    category ids of claimed action-plan figures must all name entries of the plan.

    Passing:

        agencies:
          - {id: diskominfo, name: Dinas Komunikasi dan Informatika}
        programs:
          - id: GOV-01
            agency: diskominfo

    Failing:

        agencies:
          - {id: diskominfo, name: Dinas Komunikasi dan Informatika}
        programs:
          - id: GOV-01
            agency: diskominfo-x
    """

    id = "unknown-reference"
    fixable = "a horizon written in Indonesian (pendek -> short); other references are not"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        plan = ctx.plan
        pillars: dict[str, Pillar] = {}
        for declared in plan.pillars:  # the first of a repeated id counts (duplicate-id says so)
            pillars.setdefault(declared.id, declared)
        # lists keep the plan's order for hints; sets make each lookup constant time
        agencies, agency_ids = [a.id for a in plan.agencies], {a.id for a in plan.agencies}
        targets, target_ids = [t.id for t in plan.targets], {t.id for t in plan.targets}
        programs, program_ids = [p.id for p in plan.programs], {p.id for p in plan.programs}
        horizons = [h for h, _ in plan.horizons]

        def missing(
            what: str, ref: str, known: list[str], path: str, *, key: bool = False
        ) -> Finding:
            hint = _did_you_mean(ref, known)
            return cls.finding(
                msg("{what} `{ref}` does not exist", what=what, ref=ref),
                ctx.at(path, key=key),
                hint,
            )

        for program in plan.programs:
            at = program.path
            pillar = pillars.get(program.pillar)
            if pillar is None:
                yield missing("pillar", program.pillar, list(pillars), f"{at}.pillar")
            elif program.element is not None and program.element not in {
                e.id for e in pillar.elements
            }:
                yield cls.finding(
                    msg(
                        "element `{element}` is not an element of pillar `{pillar_id}`",
                        element=program.element,
                        pillar_id=pillar.id,
                    ),
                    ctx.at(f"{at}.element"),
                    _did_you_mean(program.element, [e.id for e in pillar.elements]),
                )
            if program.agency not in agency_ids:
                yield missing("agency", program.agency, agencies, f"{at}.agency")
            if program.horizon not in horizons:
                finding = missing("horizon", program.horizon, horizons, f"{at}.horizon")
                fix = suggest(f"{at}.horizon", program.horizon, None)  # pendek is `short`
                usable = fix is not None and fix.value in horizons
                yield dataclasses.replace(finding, hint=fix.hint) if fix and usable else finding
            for i, target in enumerate(program.targets):
                if target not in target_ids:
                    yield missing("target", target, targets, f"{at}.targets[{i}]")
            for i, dependency in enumerate(program.depends_on):
                if dependency not in program_ids:
                    others = [p for p in programs if p != program.id]
                    yield missing("program", dependency, others, f"{at}.depends_on[{i}]")
        team = plan.governance.team if plan.governance else None
        if team and team.lead_agency and team.lead_agency not in agency_ids:
            yield missing("agency", team.lead_agency, agencies, "governance.team.lead_agency")
        categories = [a.id for a in plan.action_plans]
        for evaluation in plan.evaluations:
            for category, _ in (
                evaluation.claimed.action_plan_categories if evaluation.claimed else ()
            ):
                if category not in categories:
                    path = f"{evaluation.path}.claimed.action_plan_categories.{category}"
                    yield missing("action-plan category", category, categories, path, key=True)


@register
class DependencyCycle(_SemanticRule):
    """Programs depend on each other in a circle, so none of them can start first.

    Passing:

        - {id: GOV-01, depends_on: [GOV-02]}
        - {id: GOV-02}

    Failing:

        - {id: GOV-01, depends_on: [GOV-02]}
        - {id: GOV-02, depends_on: [GOV-01]}
    """

    id = "dependency-cycle"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        programs = {p.id: p for p in ctx.plan.programs}
        edges = {p.id: [d for d in p.depends_on if d in programs] for p in ctx.plan.programs}
        for cycle in find_cycles(edges):
            first = programs[cycle[0]]
            yield cls.finding(
                msg(
                    "programs depend on each other in a circle: {cycle}",
                    cycle=" -> ".join([*cycle, cycle[0]]),
                ),
                ctx.at(f"{first.path}.depends_on"),
                msg("remove one of these dependencies"),
            )


def find_cycles(edges: dict[str, list[str]]) -> list[list[str]]:
    """One cycle per strongly connected group that has one, each starting at its first node.

    Iterative (Tarjan's algorithm), so a long chain of dependencies cannot exhaust the stack,
    and linear in the size of the graph: each node's place in the plan is looked up, never
    searched for.
    """
    order = {node: i for i, node in enumerate(edges)}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    cycles: list[list[str]] = []
    for root in edges:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            targets = edges[node]
            if child < len(targets):
                work.append((node, child + 1))
                nxt = targets[child]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1 or node in edges[node]:
                    cycles.append(_cycle_in(set(group), edges, min(group, key=order.__getitem__)))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return sorted(cycles, key=lambda c: order[c[0]])


def _cycle_in(group: set[str], edges: dict[str, list[str]], start: str) -> list[str]:
    """A simple path around a strongly connected group, back to `start`."""
    path, seen, node = [start], {start: 0}, start
    while True:
        nxt = next((n for n in edges[node] if n in group), start)
        if nxt == start or nxt in seen:
            if nxt != start:  # close the loop at the node we came back to
                return path[seen[nxt] :]
            return path
        seen[nxt] = len(path)
        path.append(nxt)
        node = nxt


@register
class CustomPillarsRequired(_SemanticRule):
    """The `custom` framework is chosen but no `pillars` are given.

    `kominfo` and `giffinger` bring their pillars; a custom framework must list its
    own.

    Passing:

        masterplan:
          framework: custom
        pillars:
          - {id: digital, name: Smart Digital}

    Failing:

        masterplan:
          framework: custom
    """

    id = "custom-pillars-required"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.plan.framework == "custom" and not ctx.plan.declared_pillars:
            yield cls.finding(
                msg("the custom framework needs a `pillars:` list"),
                ctx.at("masterplan.framework"),
                msg("list the pillars, or use framework kominfo or giffinger"),
            )


@register
class PillarNotInFramework(_SemanticRule):
    """A pillar listed under a built-in framework is not one of that framework's pillars.

    Under `kominfo` or `giffinger`, `pillars` may rename or add elements to the
    built-in pillars, but not add new ones; use `framework: custom` for that.

    Passing:

        pillars:
          - {id: governance, name: Tata Kelola Cerdas}

    Failing:

        pillars:
          - {id: digital, name: Smart Digital}
    """

    id = "pillar-not-in-framework"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        plan = ctx.plan
        builtin = [p.id for p in frameworks.pillars_of(plan.framework)]
        if plan.framework == "custom":
            return
        for pillar in plan.pillars:
            if pillar.path and pillar.id not in builtin:
                yield cls.finding(
                    msg(
                        "`{pillar_id}` is not a pillar of the {framework} framework",
                        pillar_id=pillar.id,
                        framework=plan.framework,
                    ),
                    ctx.at(f"{pillar.path}.id"),
                    _did_you_mean(pillar.id, builtin)
                    or "use framework: custom for your own pillars",
                )
