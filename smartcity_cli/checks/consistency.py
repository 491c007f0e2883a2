"""Rules about values that must agree: years and periods, progress and status, names and files."""

from __future__ import annotations

from collections.abc import Iterator

from smartcity_cli.checks.context import CheckContext
from smartcity_cli.findings import Finding, Severity
from smartcity_cli.messages import msg
from smartcity_cli.rules import Rule, Stage, register


class _SemanticRule(Rule):
    stage = Stage.SEMANTIC
    severity = Severity.ERROR


@register
class SlugMismatch(_SemanticRule):
    """`region.slug` differs from the file name.

    Users find a plan by its slug (`smartcity report padang-panjang` reads
    `masterplans/padang-panjang.yaml`), so the two must agree.

    Passing:

        # masterplans/palu.yaml
        region:
          slug: palu

    Failing:

        # masterplans/palu.yaml
        region:
          slug: kota-palu
    """

    id = "slug-mismatch"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        slug = ctx.plan.region.slug
        if ctx.stem and slug != ctx.stem:
            yield cls.finding(
                msg(
                    "region.slug is `{slug}` but the file is named {stem}.yaml",
                    slug=slug,
                    stem=ctx.stem,
                ),
                ctx.at("region.slug"),
                msg("rename the file to {slug}.yaml or set slug: {stem}", slug=slug, stem=ctx.stem),
            )


@register
class ProvinceRequired(_SemanticRule):
    """A kota or kabupaten does not name its province.

    Passing:

        region:
          kind: kota
          province: Sumatera Barat

    Failing:

        region:
          kind: kota
    """

    id = "province-required"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        region = ctx.plan.region
        if region.kind != "provinsi" and not region.province:
            yield cls.finding(
                msg("a {kind} needs `province:`", kind=region.kind),
                ctx.at("region", key=True),
                msg("add province: <name>"),
            )


@register
class PeriodOrder(_SemanticRule):
    """The plan's period ends before it starts.

    Passing:

        period: {start: 2019, end: 2028}

    Failing:

        period: {start: 2028, end: 2019}
    """

    id = "period-order"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        period = ctx.plan.period
        if period.end < period.start:
            yield cls.finding(
                msg(
                    "the period ends ({end}) before it starts ({start})",
                    end=period.end,
                    start=period.start,
                ),
                ctx.at("masterplan.period.end"),
            )


@register
class YearsOrder(_SemanticRule):
    """A program's years end before they start.

    Passing:

        years: {start: 2020, end: 2022}

    Failing:

        years: {start: 2022, end: 2020}
    """

    id = "years-order"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        for program in ctx.plan.programs:
            years = program.years
            if years is not None and years.end < years.start:
                yield cls.finding(
                    msg(
                        "program {program_id} ends ({end}) before it starts ({start})",
                        program_id=program.id,
                        end=years.end,
                        start=years.start,
                    ),
                    ctx.at(f"{program.path}.years.end"),
                )


@register
class YearsOutsidePeriod(_SemanticRule):
    """A program's years fall outside the plan's period.

    Passing:

        masterplan:
          period: {start: 2019, end: 2028}
        programs:
          - id: GOV-01
            years: {start: 2019, end: 2020}

    Failing:

        masterplan:
          period: {start: 2019, end: 2028}
        programs:
          - id: GOV-01
            years: {start: 2017, end: 2020}
    """

    id = "years-outside-period"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        period = ctx.plan.period
        if period.end < period.start:  # period-order reports that; every year would be outside
            return
        for program in ctx.plan.programs:
            years = program.years
            if years is None:
                continue
            for end, year in (("start", years.start), ("end", years.end)):
                if not period.start <= year <= period.end:
                    yield cls.finding(
                        msg(
                            "program {program_id} {value} in {year}, outside the plan period {start}-{end}",
                            program_id=program.id,
                            value="starts" if end == "start" else "ends",
                            year=year,
                            start=period.start,
                            end=period.end,
                        ),
                        ctx.at(f"{program.path}.years.{end}"),
                    )


@register
class ProgressStatus(_SemanticRule):
    """A program's progress contradicts its status.

    A `completed` program has progress 100 and a `planned` one progress 0, when
    progress is given at all.

    Passing:

        status: completed
        progress: 100

    Failing:

        status: completed
        progress: 80
    """

    id = "progress-status"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        expected = {"completed": 100, "planned": 0}
        for program in ctx.plan.programs:
            want = expected.get(program.status)
            if want is not None and program.progress is not None and program.progress != want:
                yield cls.finding(
                    msg(
                        "program {program_id} is {status} but its progress is {progress:g}, not {want}",
                        program_id=program.id,
                        status=program.status,
                        progress=program.progress,
                        want=want,
                    ),
                    ctx.at(f"{program.path}.progress"),
                    msg("set progress: {want}, or change the status", want=want),
                )


@register
class HorizonOverrun(_SemanticRule):
    """A program runs past the end of its horizon (a warning).

    Horizon `H` covers the years `period.start` to `period.start + horizons[H] - 1`
    (with the defaults and a 2019 start: short 2019, medium 2019-2023, long 2019-2028).
    A program on the short horizon that runs to 2021 is probably on the wrong horizon.

    Passing:

        horizon: medium
        years: {start: 2019, end: 2021}

    Failing:

        horizon: short
        years: {start: 2019, end: 2021}
    """

    id = "horizon-overrun"
    severity = Severity.WARNING

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        plan = ctx.plan
        for program in plan.programs:
            last = plan.horizon_end(program.horizon)
            if program.years is not None and last is not None and program.years.end > last:
                yield cls.finding(
                    msg(
                        "program {program_id} ends in {end}, after its {horizon} horizon ends in {last}",
                        program_id=program.id,
                        end=program.years.end,
                        horizon=program.horizon,
                        last=last,
                    ),
                    ctx.at(f"{program.path}.years.end"),
                    msg("choose a longer horizon or shorten the years"),
                )
