"""Schedule status: is a program where it should be by now? Pure.

Expected progress grows linearly over the program's years, from 1 January of its first
year to 31 December of its last: 0 before, 100 after. Progress of at least ``on_track``
percent of the expected is on track, of at least ``at_risk`` percent at risk, else off
track (defaults 90 and 70, `scoring.schedule`). Only running and delayed programs with
`years` and `progress` have a schedule status; `status_override` replaces the computed one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from smartcity_cli.model import Program, Scoring, Years

ON_TRACK, AT_RISK, OFF_TRACK = "on_track", "at_risk", "off_track"


@dataclass(frozen=True)
class ScheduleState:
    expected: Fraction  # percent, 0..100
    computed: str
    status: str  # the override's status where there is one
    reason: str  # the override's reason, else ""


def expected_progress(years: Years, as_of: dt.date) -> Fraction:
    """Percent of the program's time that has passed at the end of ``as_of``."""
    start = dt.date(years.start, 1, 1)
    end = dt.date(years.end + 1, 1, 1)  # exclusive: the last day counts in full
    elapsed = (as_of - start).days + 1
    total = (end - start).days
    return Fraction(100) * Fraction(max(0, min(elapsed, total)), total)


def classify(progress: Fraction, expected: Fraction, scoring: Scoring) -> str:
    if progress * 100 >= expected * Fraction(scoring.on_track):
        return ON_TRACK
    if progress * 100 >= expected * Fraction(scoring.at_risk):
        return AT_RISK
    return OFF_TRACK


def schedule_state(program: Program, as_of: dt.date, scoring: Scoring) -> ScheduleState | None:
    """The schedule status of a running or delayed program, or None when it has none."""
    if (
        program.status not in ("running", "delayed")
        or program.years is None
        or program.progress is None
    ):
        return None
    expected = expected_progress(program.years, as_of)
    progress = Fraction(Decimal(repr(program.progress)))  # as written: 62.5 is 125/2
    computed = classify(progress, expected, scoring)
    override = program.status_override
    return ScheduleState(
        expected=expected,
        computed=computed,
        status=override.status if override else computed,
        reason=override.reason if override else "",
    )
