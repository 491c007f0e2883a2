"""Rules on money and measures over the years: budget lines, indicator series, SPBE results."""

from __future__ import annotations

from collections.abc import Iterator

from smartcity_cli.checks.context import CheckContext
from smartcity_cli.figures import exact
from smartcity_cli.findings import Finding, Severity
from smartcity_cli.i18n import format_number
from smartcity_cli.messages import msg
from smartcity_cli.model import Indicator, Target
from smartcity_cli.rules import Rule, Stage, register
from smartcity_cli.spbe import index_decimal, predicate


class _Error(Rule):
    stage = Stage.SEMANTIC
    severity = Severity.ERROR


class _Warning(Rule):
    stage = Stage.SEMANTIC
    severity = Severity.WARNING


@register
class BudgetYearOutside(_Error):
    """A budget line's year lies outside the program's years (or the plan's period).

    Money for a year the program does not run is a typing slip or a program whose
    `years` should be widened. Without `years`, the plan's period is the bound.

    Passing:

        years: {start: 2022, end: 2024}
        budget:
          - {year: 2023, source: APBD, allocated: 500000000}

    Failing:

        years: {start: 2022, end: 2024}
        budget:
          - {year: 2025, source: APBD, allocated: 500000000}
    """

    id = "budget-year-outside"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        plan = ctx.plan
        for program in plan.programs:
            span, what = (
                (program.years, msg("{program} runs", program=program.id))
                if program.years
                else (plan.period, msg("the plan covers"))
            )
            for line in program.budget_lines:
                if not span.start <= line.year <= span.end:
                    yield cls.finding(
                        msg(
                            "budget year {year} is outside the years {what}, {start}–{end}",
                            year=line.year,
                            what=what,
                            start=span.start,
                            end=span.end,
                        ),
                        ctx.at(f"{line.path}.year"),
                        msg("correct the year, or widen the program's `years`"),
                    )


@register
class BudgetOverspent(_Warning):
    """A budget line reports more realised than allocated (a warning).

    Spending above the allocation happens (a budget revision, APBD-P) but is
    more often a typing slip: one zero too many.

    Passing:

        budget:
          - {year: 2023, source: APBD, allocated: 500000000, realised: 480000000}

    Failing:

        budget:
          - {year: 2023, source: APBD, allocated: 500000000, realised: 5000000000}
    """

    id = "budget-overspent"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        for program in ctx.plan.programs:
            for line in program.budget_lines:
                if line.realised is not None and exact(line.realised) > exact(line.allocated):
                    yield cls.finding(
                        msg(
                            "{program_id} realised {format_number} in {year} ({source}), more than the {format_number2} allocated",
                            program_id=program.id,
                            format_number=format_number(line.realised, "en"),
                            year=line.year,
                            source=line.source,
                            format_number2=format_number(line.allocated, "en"),
                        ),
                        ctx.at(f"{line.path}.realised"),
                        msg("check the amounts; record a budget revision as a higher `allocated`"),
                    )


@register
class BudgetLineRepeated(_Warning):
    """Two budget lines of a program have the same year and source (a warning).

    Figures add them up, which is right only when both are meant; usually one
    is a copy that should have been edited.

    Passing:

        budget:
          - {year: 2023, source: APBD, allocated: 500000000}
          - {year: 2023, source: DAK, allocated: 250000000}

    Failing:

        budget:
          - {year: 2023, source: APBD, allocated: 500000000}
          - {year: 2023, source: APBD, allocated: 250000000}
    """

    id = "budget-line-repeated"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        for program in ctx.plan.programs:
            seen: dict[tuple[int, str], str] = {}
            for line in program.budget_lines:
                key = (line.year, line.source)
                if key in seen:
                    first = ctx.at(seen[key]).line
                    yield cls.finding(
                        msg(
                            "{program_id} has a second {source} line for {year} (first on line {first}); the figures add both",
                            program_id=program.id,
                            source=line.source,
                            year=line.year,
                            first=first,
                        ),
                        ctx.at(line.path),
                        msg("merge the two lines, or correct the year or source"),
                    )
                else:
                    seen[key] = line.path


@register
class IndicatorTargetMissing(_Error):
    """An indicator has neither a `target` nor a `series` with a yearly target.

    Passing:

        indicators:
          - name: Waktu tunggu layanan
            series: {2023: {target: 30, actual: 35}}

    Failing:

        indicators:
          - name: Waktu tunggu layanan
            actual: 35
    """

    id = "indicator-target-missing"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        for program in ctx.plan.programs:
            for ind in program.indicators:
                if ind.target is None and not any(p.target is not None for p in ind.series):
                    yield cls.finding(
                        msg(
                            "indicator `{ind_name}` of {program_id} has no target",
                            ind_name=ind.name,
                            program_id=program.id,
                        ),
                        ctx.at(ind.path),
                        msg("add `target:`, or yearly targets under `series:`"),
                    )


def _series_owners(ctx: CheckContext) -> Iterator[Indicator | Target]:
    for program in ctx.plan.programs:
        yield from program.indicators
    yield from ctx.plan.targets


@register
class SeriesFutureActual(_Warning):
    """A series year after the plan's `updated` date has an actual value (a warning).

    A measurement from the future: the year is usually wrong, or `updated` was
    not raised with the edit.

    Passing:

        updated: 2024-01-15
        series: {2023: {target: 20, actual: 18}, 2025: {target: 30}}

    Failing:

        updated: 2024-01-15
        series: {2023: {target: 20, actual: 18}, 2025: {target: 30, actual: 31}}
    """

    id = "series-future-actual"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        updated = ctx.plan.updated
        for owner in _series_owners(ctx):
            for point in owner.series:
                if point.actual is not None and point.year > updated.year:
                    yield cls.finding(
                        msg(
                            "`{owner_name}` has an actual value for {year}, after the plan's `updated` date ({isoformat})",
                            owner_name=owner.name,
                            year=point.year,
                            isoformat=updated.isoformat(),
                        ),
                        ctx.at(f"{point.path}.actual"),
                        msg("correct the year, or raise `updated` with the edit"),
                    )


@register
class SeriesYearOutside(_Warning):
    """A series year lies outside the plan's period (a warning).

    Yearly targets belong to the years the plan covers; a year outside is
    usually a typing slip (2204 for 2024).

    Passing:

        masterplan:
          period: {start: 2019, end: 2028}
        # ...
        series: {2023: {target: 20}}

    Failing:

        masterplan:
          period: {start: 2019, end: 2028}
        # ...
        series: {2031: {target: 20}}
    """

    id = "series-year-outside"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        period = ctx.plan.period
        for owner in _series_owners(ctx):
            for point in owner.series:
                if not period.start <= point.year <= period.end:
                    yield cls.finding(
                        msg(
                            "`{owner_name}` has a value for {year}, outside the plan's period {start}–{end}",
                            owner_name=owner.name,
                            year=point.year,
                            start=period.start,
                            end=period.end,
                        ),
                        ctx.at(point.path, key=True),
                        msg("correct the year"),
                    )


@register
class SpbePredicateMismatch(_Warning):
    """An SPBE result's `predicate` is not the one its index carries (a warning).

    The predicate follows from the index: below 1.8 Kurang, below 2.6 Cukup,
    below 3.5 Baik, below 4.2 Sangat Baik, from 4.2 Memuaskan.

    Passing:

        spbe:
          results:
            - {year: 2023, index: 2.79, predicate: Baik}

    Failing:

        spbe:
          results:
            - {year: 2023, index: 2.59, predicate: Baik}
    """

    id = "spbe-predicate-mismatch"

    @classmethod
    def check(cls, ctx: CheckContext) -> Iterator[Finding]:
        for result in ctx.plan.spbe:
            if result.predicate is None:
                continue
            written = ctx.doc.plain.get(f"{result.path}.index")
            index = index_decimal(result.index, written)
            computed = predicate(index)
            if result.predicate != computed:
                yield cls.finding(
                    msg(
                        "SPBE {year} claims the predicate {predicate}, but the index {index} carries {computed}",
                        year=result.year,
                        predicate=result.predicate,
                        index=index,
                        computed=computed,
                    ),
                    ctx.at(f"{result.path}.predicate"),
                    msg("write predicate: {computed}, or correct the index", computed=computed),
                )
