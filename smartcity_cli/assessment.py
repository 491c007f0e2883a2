"""What the national evaluation looks at, as frozen dataclasses: supporting evidence, the
legal basis and decrees of the output component, forum meetings, assessor findings with
their follow-up, and the published result (rank, letter). Built from structurally valid
data; no I/O, no YAML. ``model.py`` attaches them to programs, items and evaluations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

OPEN_STATUSES = ("open", "in_progress")


@dataclass(frozen=True)
class Evidence:
    """One piece of supporting evidence (data dukung): a url, or a path in the repository."""

    title: str
    kind: str
    date: dt.date | None
    url: str | None
    path: str | None
    at: str  # where it sits in the document: programs[3].evidence[0]


@dataclass(frozen=True)
class Decree:
    number: str
    year: int
    date: dt.date | None
    title: str | None
    evidence: tuple[Evidence, ...]
    at: str


@dataclass(frozen=True)
class LegalBasis:
    """The regulation (Perwal, Perbup, Pergub, Perda) that establishes the masterplan."""

    kind: str
    number: str
    year: int
    date: dt.date | None
    title: str | None
    evidence: tuple[Evidence, ...]
    at: str


@dataclass(frozen=True)
class ForumMeeting:
    date: dt.date
    title: str | None
    evidence: tuple[Evidence, ...]
    at: str


@dataclass(frozen=True)
class Recommendation:
    id: str
    text: str
    agency: str | None
    due: dt.date | None
    status: str  # open | in_progress | done | dropped
    reason: str | None
    note: str | None
    evidence: tuple[Evidence, ...]
    at: str

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


@dataclass(frozen=True)
class AssessorFindings:
    weaknesses: tuple[str, ...] = ()
    strengths: tuple[str, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()


@dataclass(frozen=True)
class Rank:
    position: int
    of: int | None
    scope: str | None


@dataclass(frozen=True)
class Letter:
    number: str
    date: dt.date
    title: str | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class QuickWinAttributes:
    innovation: str | None = None
    benefit: str | None = None
    partnership: str | None = None
    sustainability: str | None = None
    risk: str | None = None

    def items(self) -> tuple[tuple[str, str], ...]:
        """(attribute, text) of the attributes given, in the form's order."""
        names = ("innovation", "benefit", "partnership", "sustainability", "risk")
        return tuple((n, getattr(self, n)) for n in names if getattr(self, n))


def evidence_of(data: Mapping[str, Any], at: str) -> tuple[Evidence, ...]:
    """The ``evidence:`` list of a mapping at document path ``at``."""
    return tuple(
        Evidence(e["title"], e["kind"], e.get("date"), e.get("url"), e.get("path"),
                 f"{at}.evidence[{i}]")
        for i, e in enumerate(data.get("evidence", []))
    )  # fmt: skip


def decree_of(data: Mapping[str, Any] | None, at: str) -> Decree | None:
    if data is None:
        return None
    return Decree(data["number"], data["year"], data.get("date"), data.get("title"),
                  evidence_of(data, at), at)  # fmt: skip


def legal_basis_of(data: Mapping[str, Any] | None, at: str) -> LegalBasis | None:
    if data is None:
        return None
    return LegalBasis(data["kind"], data["number"], data["year"], data.get("date"),
                      data.get("title"), evidence_of(data, at), at)  # fmt: skip


def forum_of(data: list[Mapping[str, Any]] | None, at: str) -> tuple[ForumMeeting, ...]:
    return tuple(
        ForumMeeting(m["date"], m.get("title"), evidence_of(m, f"{at}[{i}]"), f"{at}[{i}]")
        for i, m in enumerate(data or [])
    )


def findings_of(data: Mapping[str, Any] | None, at: str) -> AssessorFindings:
    if data is None:
        return AssessorFindings()
    base = f"{at}.recommendations"
    return AssessorFindings(
        weaknesses=tuple(data.get("weaknesses", [])),
        strengths=tuple(data.get("strengths", [])),
        recommendations=tuple(
            Recommendation(r["id"], r["text"], r.get("agency"), r.get("due"), r["status"],
                           r.get("reason"), r.get("note"), evidence_of(r, f"{base}[{i}]"),
                           f"{base}[{i}]")
            for i, r in enumerate(data.get("recommendations", []))
        ),
    )  # fmt: skip


def rank_of(data: Mapping[str, Any] | None) -> Rank | None:
    return None if data is None else Rank(data["position"], data.get("of"), data.get("scope"))


def letter_of(data: Mapping[str, Any] | None, at: str) -> Letter | None:
    if data is None:
        return None
    return Letter(data["number"], data["date"], data.get("title"), evidence_of(data, at))


def quick_win_attributes_of(data: Mapping[str, Any] | None) -> QuickWinAttributes | None:
    return None if data is None else QuickWinAttributes(**data)


def decimals_of(
    data: Mapping[str, Any], at: str, written: Mapping[str, str]
) -> tuple[tuple[str, Decimal], ...]:
    """A mapping of numbers as written (``3.50`` keeps its two decimals)."""
    return tuple((key, Decimal(written.get(f"{at}.{key}", repr(value))))
                 for key, value in data.items())  # fmt: skip
