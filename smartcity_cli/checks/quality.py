"""Plan-quality rules: warnings about a plan that is valid but thin, and the index weights."""

from __future__ import annotations

from collections.abc import Iterator

from smartcity_cli.checks.context import CheckContext
from smartcity_cli.findings import Finding, Severity
from smartcity_cli.messages import msg
from smartcity_cli.rules import Rule, Stage, register


class _QualityRule(Rule):
    stage = Stage.SEMANTIC
    severity = Severity.WARNING
    group = "quality"


@register
class PillarWithoutProgram(_QualityRule):
    """A pillar (dimension) of the plan has no program (a warning).

    The national guide expects every dimension to be worked on; a pillar without a
    program is usually a gap in the plan, or programs filed under the wrong pillar.

    Passing:

        programs:
          - {id: ENV-01, pillar: environment}    # and one for every other pillar

    Failing:

        programs:
          - {id: GOV-01, pillar: governance}     # nothing for environment
    """

    id = "pillar-without-program"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        used = {p.pillar for p in ctx.plan.programs}
        for pillar in ctx.plan.pillars:
            if pillar.id not in used:
                where = f"{pillar.path}.id" if pillar.path else "masterplan.framework"
                yield cls.finding(msg("pillar `{pillar_id}` ({pillar_name}) has no program", pillar_id=pillar.id, pillar_name=pillar.name),
                                  ctx.at(where), msg("add its programs, or check their pillar: keys"))  # fmt: skip


@register
class PillarWithoutQuickWin(_QualityRule):
    """A pillar with programs has no Quick Win among them (a warning).

    Each dimension is expected to show an early result: at least one program with
    `quick_win: true` on the short horizon.

    Passing:

        - {id: ENV-01, pillar: environment, horizon: short, quick_win: true}

    Failing:

        - {id: ENV-01, pillar: environment, horizon: long}   # the only environment program
    """

    id = "pillar-without-quick-win"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        for pillar in ctx.plan.pillars:
            programs = [p for p in ctx.plan.programs if p.pillar == pillar.id]
            if programs and not any(p.quick_win for p in programs):
                yield cls.finding(
                    msg(
                        "pillar `{pillar_id}` has {count_programs} program(s) but no Quick Win",
                        pillar_id=pillar.id,
                        count_programs=len(programs),
                    ),
                    ctx.at(f"{programs[0].path}.pillar"),
                    msg("mark a short-horizon program of this pillar quick_win: true"),
                )


@register
class QuickWinNotShort(_QualityRule):
    """A Quick Win is not on the short horizon (a warning).

    Quick Wins are the results of the first year; a Quick Win on the medium or long
    horizon is probably not one.

    Passing:

        quick_win: true
        horizon: short

    Failing:

        quick_win: true
        horizon: long
    """

    id = "quick-win-not-short"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        for program in ctx.plan.programs:
            if program.quick_win and program.horizon != "short":
                yield cls.finding(
                    msg(
                        "program {program_id} is a Quick Win on the {horizon} horizon",
                        program_id=program.id,
                        horizon=program.horizon,
                    ),
                    ctx.at(f"{program.path}.quick_win"),
                    msg("move it to the short horizon, or drop quick_win"),
                )


@register
class ProgramWithoutTarget(_QualityRule):
    """A program names no target, in a plan that lists targets (a warning).

    Where the plan takes its targets (sasaran) from the RPJMD, every program should say
    which one it serves, so that the plan can be read against the RPJMD.

    Passing:

        targets: [{id: S01, name: Menurunnya angka kemiskinan}]
        programs:
          - {id: ECO-01, targets: [S01]}

    Failing:

        targets: [{id: S01, name: Menurunnya angka kemiskinan}]
        programs:
          - {id: ECO-01}
    """

    id = "program-without-target"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        if not ctx.plan.targets:
            return
        for program in ctx.plan.programs:
            if not program.targets:
                yield cls.finding(msg("program {program_id} names no target", program_id=program.id),
                                  ctx.at(f"{program.path}.id"), msg("add targets: [<target id>]"))  # fmt: skip


@register
class AgencyWithoutProgram(_QualityRule):
    """An agency (OPD) is listed but owns no program (a warning).

    Passing:

        agencies: [{id: dishub, name: Dinas Perhubungan}]
        programs:
          - {id: LIV-01, agency: dishub}

    Failing:

        agencies: [{id: dishub, name: Dinas Perhubungan}]
        programs: []
    """

    id = "agency-without-program"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        used = {p.agency for p in ctx.plan.programs}
        for agency in ctx.plan.agencies:
            if agency.id not in used:
                yield cls.finding(msg("agency `{agency_id}` owns no program", agency_id=agency.id), ctx.at(f"{agency.path}.id"),
                                  msg("remove it, or give it its programs"))  # fmt: skip


@register
class OffTrackNotDelayed(_QualityRule):
    """A running program is off track at the plan's `updated` date (a warning).

    Its progress is below `scoring.schedule.at_risk` (70 by default) percent of the
    progress expected by then (linear over its years). Mark it `delayed`, or record why
    the schedule does not apply with `status_override: {status, reason}`.

    Passing:

        # updated: 2024-01-01
        years: {start: 2023, end: 2024}
        status: running
        progress: 50

    Failing:

        # updated: 2024-01-01
        years: {start: 2023, end: 2024}
        status: running
        progress: 10
    """

    id = "off-track-not-delayed"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        from smartcity_cli.figures import to_percent
        from smartcity_cli.schedule import OFF_TRACK, schedule_state

        plan = ctx.plan
        for program in plan.programs:
            state = schedule_state(program, plan.updated, plan.scoring)
            if program.status == "running" and state is not None and state.status == OFF_TRACK:
                expected = to_percent(state.expected / 100, 0)
                yield cls.finding(
                    msg(
                        "program {program_id} is off track on {isoformat}: progress {progress:g}% of an expected {expected}%",
                        program_id=program.id,
                        isoformat=plan.updated.isoformat(),
                        progress=program.progress,
                        expected=expected,
                    ),
                    ctx.at(f"{program.path}.status"),
                    msg("set status: delayed, or add status_override with a reason"),
                )


@register
class IndexWeights(Rule):
    """The evaluation index weights do not sum to 100.

    The weights in force are the scheme's (`scoring.index.scheme`, default
    `sleman-2019`: baseline 10, output 20, outcome 30, impact 30, quick win 10) with the
    file's own `scoring.index.weights` on top. A `custom` scheme gives all of them.

    Passing:

        scoring:
          index: {scheme: jambi}

    Failing:

        scoring:
          index: {scheme: sleman-2019, weights: {impact: 40}}
    """

    id = "index-weights"
    severity = Severity.ERROR
    stage = Stage.SEMANTIC

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        from smartcity_cli.index import weights

        scoring = ctx.doc.data.get("scoring", {}) if isinstance(ctx.doc.data, dict) else {}
        if "index" not in scoring:  # the built-in schemes sum to 100
            return
        in_force = weights(ctx.plan.scoring)
        total = sum(in_force.values())
        if total != 100:
            shown = ", ".join(f"{k} {v}" for k, v in in_force.items()) or "none"
            yield cls.finding(msg("the index weights sum to {total}, not 100 ({shown})", total=total, shown=shown),
                              ctx.at("scoring.index"), msg("make the weights add up to 100"))  # fmt: skip
