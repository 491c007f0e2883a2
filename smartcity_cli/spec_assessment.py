"""The national evaluation's part of format 1 as data (issue 13): supporting evidence, the
legal basis, decrees and forum meetings the output component scores, quick-win attributes,
assessor findings with their follow-up, and the published result (scale, dimensions, rank,
letter).

It builds on the types of ``spec.py`` and is imported by it, after they are defined; import
it through ``spec`` (importing this module first would meet a half-built ``spec``).
"""

from __future__ import annotations

from smartcity_cli.messages import msg
from smartcity_cli.spec import (
    ID,
    NAME,
    PERCENT,
    URL,
    YEAR,
    Date,
    Field,
    Integer,
    ListOf,
    MapOf,
    Record,
    Text,
    _f,
)

EVIDENCE_KINDS = ("document", "decree", "photo", "link", "dataset")
REGULATION_KINDS = ("Perwal", "Perbup", "Pergub", "Perda")
RECOMMENDATION_STATUSES = ("open", "in_progress", "done", "dropped")

EVIDENCE = ListOf(Record(
    (
        _f("title", NAME, "What the evidence is, e.g. Perwal Nomor 9 Tahun 2023.", required=True),
        _f("kind", Text(EVIDENCE_KINDS), "document, decree, photo, link or dataset.",
           required=True),
        _f("date", Date(), "Date of the evidence."),
        _f("url", URL, "Where it is published (http or https; shown, never fetched)."),
        _f("path", Text(pattern=r"^[^/\\]", shape=msg("a relative path such as evidence/perwal.pdf")),
           "A file in the plans repository, relative to the folder that holds masterplans/."),
    ),
    "Supporting evidence (data dukung): a url or a path.",
))  # fmt: skip

DECREE = Record(
    (
        _f("number", NAME, "Number of the decree (SK), as written.", required=True),
        _f("year", YEAR, "Year of the decree (Nomor ... Tahun ...).", required=True),
        _f("date", Date(), "Date it was signed."),
        _f("title", NAME, "Title (tentang ...)."),
        _f("evidence", EVIDENCE, "The decree itself."),
    ),
    "A decree (Surat Keputusan) that sets up a body.",
)  # fmt: skip

LEGAL_BASIS = Record(
    (
        _f("kind", Text(REGULATION_KINDS), "Perwal, Perbup, Pergub or Perda.", required=True),
        _f("number", NAME, "Number of the regulation, as written.", required=True),
        _f("year", YEAR, "Year of the regulation (Nomor ... Tahun ...).", required=True),
        _f("date", Date(), "Date it was enacted."),
        _f("title", NAME, "Title (tentang ...)."),
        _f("evidence", EVIDENCE, "The regulation itself."),
    ),
    "The regulation that establishes the masterplan.",
)  # fmt: skip

FORUM_MEETING = Record(
    (
        _f("date", Date(), "Date of the meeting.", required=True),
        _f("title", NAME, "What the meeting was."),
        _f("evidence", EVIDENCE, "Minutes, attendance list, photos."),
    )
)

QUICK_WIN_ATTRIBUTES = Record(
    tuple(_f(name, NAME, text) for name, text in (
        ("innovation", "What is new about it (inovasi)."),
        ("benefit", "Who benefits and how (manfaat)."),
        ("partnership", "Who it is done with (kemitraan)."),
        ("sustainability", "How it keeps going (keberlanjutan)."),
        ("risk", "Main risk and how it is managed (manajemen risiko)."),
    )),
    "The quick-win attributes of the evaluation form, as short texts.",
)  # fmt: skip

RECOMMENDATION = Record(
    (
        _f("id", ID, "Recommendation id, unique in the plan, e.g. R1-01.", required=True),
        _f("text", NAME, "What the assessors recommend.", required=True),
        _f("agency", ID, "Agency id that owns the follow-up."),
        _f("due", Date(), "When it should be done."),
        _f(
            "status",
            Text(RECOMMENDATION_STATUSES),
            "open, in_progress, done or dropped.",
            required=True,
        ),
        _f("reason", NAME, "Why it was dropped (required for dropped)."),
        _f("note", NAME, "What was done."),
        _f("evidence", EVIDENCE, "Evidence of the follow-up."),
    )
)

ASSESSOR_FINDINGS = Record(
    (
        _f("weaknesses", ListOf(NAME), "Kelemahan the assessors wrote."),
        _f("strengths", ListOf(NAME), "Kekuatan the assessors wrote."),
        _f("recommendations", ListOf(RECOMMENDATION), "Rekomendasi, each with its follow-up."),
    ),
    "What the assessors wrote: weaknesses, strengths, recommendations.",
)

EVALUATION_RESULT: tuple[Field, ...] = (
    _f(
        "scale",
        Integer(minimum=5, maximum=100),
        "Scale of scores, dimensions and index: 5 (default, the national index) or 100.",
    ),
    _f("dimensions", MapOf(PERCENT), "Published index per dimension (pillar id), 0..5."),
    _f(
        "rank",
        Record(
            (
                _f("position", Integer(minimum=1), "Place in the ranking.", required=True),
                _f("of", Integer(minimum=1), "Regions ranked."),
                _f("scope", NAME, "Which ranking, e.g. nasional or Jawa Timur."),
            )
        ),
        "Rank published with the result.",
    ),
    _f(
        "letter",
        Record(
            (
                _f("number", NAME, "Number of the result letter.", required=True),
                _f("date", Date(), "Date of the letter.", required=True),
                _f("title", NAME, "Subject (perihal)."),
                _f("evidence", EVIDENCE, "The letter itself."),
            )
        ),
        "The ministry's letter that published the result.",
    ),
    _f("findings", ASSESSOR_FINDINGS, "What the assessors wrote at this stage."),
)
