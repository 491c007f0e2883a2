"""Format v1 as data: every key, its type, whether it is required, and what it means.

This one description drives the structure check (``schema.py``) and the JSON Schema that
editors use (``smartcity schema``), so the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from smartcity_cli.messages import msg

FORMAT_VERSION = 1

STATUSES = ("planned", "running", "completed", "delayed", "cancelled")
KINDS = ("kota", "kabupaten", "provinsi")
FRAMEWORKS = ("kominfo", "giffinger", "custom")
LANGUAGES = ("id", "en")
AGGREGATES = ("mean_of_categories", "pooled")
EVALUATION_MODES = ("online", "onsite")
SCHEDULE_STATUSES = ("on_track", "at_risk", "off_track")
INDEX_COMPONENTS = ("baseline", "output", "outcome", "impact", "quick_win")
INDEX_SCHEMES = ("sleman-2019", "jambi", "custom")
INDEX_SCALES = (5, 100)  # the national 0-5 index; 100 keeps percent scores written before it
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


@dataclass(frozen=True)
class Text:
    """A string; optionally one of ``choices`` or matching ``pattern`` (explained by ``shape``)."""

    choices: tuple[str, ...] = ()
    pattern: str = ""
    shape: str = ""


@dataclass(frozen=True)
class Integer:
    minimum: int | None = None
    maximum: int | None = None


@dataclass(frozen=True)
class Number:
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class Boolean:
    pass


@dataclass(frozen=True)
class Date:
    pass


@dataclass(frozen=True)
class ListOf:
    item: Spec


@dataclass(frozen=True)
class MapOf:
    """A mapping whose keys are chosen by the user (ids), each with a value of one type."""

    value: Spec
    key_pattern: str = ID_PATTERN
    key_shape: str = msg("a valid id")


@dataclass(frozen=True)
class Field:
    name: str
    spec: Spec
    description: str
    required: bool = False


@dataclass(frozen=True)
class Record:
    """A mapping with a fixed set of keys; any other key is an error."""

    fields: tuple[Field, ...]
    description: str = ""
    by_name: dict[str, Field] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {f.name: f for f in self.fields})


@dataclass(frozen=True)
class TextOrRecord:
    """Either a plain string or a mapping (as a source may be)."""

    record: Record


@dataclass(frozen=True)
class RecordOrList:
    """Either one mapping or a list (as a budget may be: one amount, or lines by year)."""

    record: Record
    items: ListOf


Spec = Union[Text, Integer, Number, Boolean, Date, ListOf, MapOf, Record, TextOrRecord, RecordOrList]  # noqa: UP007 (a runtime alias; X | Y of classes needs 3.10 evaluation order)  # fmt: skip


def _f(name: str, spec: Spec, description: str, *, required: bool = False) -> Field:
    return Field(name, spec, description, required)


ID: Text = Text(
    pattern=ID_PATTERN,
    shape=msg("letters, digits, '.', '_' or '-', starting with a letter or digit"),
)
NAME: Text = Text()
YEAR: Integer = Integer(minimum=1900, maximum=2200)
PERCENT: Number = Number(minimum=0, maximum=100)
ID_LIST = ListOf(ID)
URL: Text = Text(pattern=r"^https?://", shape=msg("an http(s) address"))

# The national evaluation's records (evidence, legal basis, findings, result) live in their
# own module, which builds on the types above: so it is imported here, not at the top.
from smartcity_cli.spec_assessment import (  # noqa: E402
    DECREE,
    EVALUATION_RESULT,
    EVIDENCE,
    FORUM_MEETING,
    LEGAL_BASIS,
    QUICK_WIN_ATTRIBUTES,
)

YEARS = Record(
    (
        _f("start", YEAR, "First year of the span.", required=True),
        _f("end", YEAR, "Last year of the span (inclusive).", required=True),
    )
)

REGION = Record(
    (
        _f("slug", Text(pattern=SLUG_PATTERN, shape=msg("lower-case words joined by '-'")),
           "Short name users type; equals the file name without .yaml.", required=True),
        _f("name", NAME, "Official name, e.g. Kota Padang Panjang.", required=True),
        _f("kind", Text(KINDS), "kota, kabupaten or provinsi.", required=True),
        _f("province", NAME, "Province; required unless kind is provinsi."),
        _f("code", Text(pattern=r"^[0-9]{2}(\.[0-9]{2})?$", shape=msg('"NN" or "NN.NN", quoted')),
           "Kemendagri region code, quoted: \"13.74\"."),
        _f("leader", Record((
            _f("title", NAME, "Title, e.g. Wali Kota, Bupati, Pj Wali Kota.", required=True),
            _f("name", NAME, "Name of the head of region.", required=True),
        )), "Head of the region."),
    ),
    "The region this masterplan belongs to.",
)  # fmt: skip

MASTERPLAN = Record(
    (
        _f("title", NAME, "Title of the masterplan document.", required=True),
        _f("period", YEARS, "Years the plan covers.", required=True),
        _f("framework", Text(FRAMEWORKS), "Pillar set: kominfo (default), giffinger or custom."),
        _f("horizons", MapOf(Integer(minimum=1), key_pattern=ID_PATTERN),
           "Horizon lengths in years from period.start; defaults short 1, medium 5, long 10."),
    ),
    "The plan document: title, period, framework and horizons.",
)  # fmt: skip

GOVERNANCE = Record(
    (
        _f("council", Record((
            _f("name", NAME, "Name of the Dewan Smart City.", required=True),
            _f("chair", NAME, "Chair of the council."),
            _f("members", ListOf(NAME), "Who sits on the council."),
            _f("decree", DECREE, "The decree that sets up the council."),
        )), "Dewan Smart City."),
        _f("team", Record((
            _f("name", NAME, "Name of the Tim Pelaksana.", required=True),
            _f("lead_agency", ID, "Agency id that leads the team."),
            _f("members", ListOf(NAME), "Who is on the team."),
            _f("decree", DECREE, "The decree that sets up the team."),
        )), "Tim Pelaksana Smart City."),
        _f("legal_basis", LEGAL_BASIS, "The regulation that establishes the masterplan."),
        _f("forum", ListOf(FORUM_MEETING), "Smart City forum meetings held."),
    ),
    "Who steers and carries out the plan.",
)  # fmt: skip

ELEMENT = Record(
    (
        _f("id", ID, "Element id, unique within its pillar.", required=True),
        _f("name", NAME, "Element name.", required=True),
        _f("name_en", NAME, "English name."),
    )
)

PILLAR = Record(
    (
        _f("id", ID, "Pillar id; under kominfo/giffinger an id of that framework.", required=True),
        _f("name", NAME, "Pillar name, e.g. Smart Governance.", required=True),
        _f("name_en", NAME, "English name."),
        _f("description", NAME, "What the pillar covers."),
        _f("elements", ListOf(ELEMENT), "Elements (sub-dimensions) of the pillar."),
    )
)

AGENCY = Record(
    (
        _f("id", ID, "Agency id used by programs, e.g. diskominfo.", required=True),
        _f("name", NAME, "Full name of the OPD.", required=True),
        _f("short", NAME, "Short name, e.g. Diskominfo."),
        _f("head", NAME, "Head of the agency."),
    )
)

# -- money and measures over the years (docs/format.md, "Budget by year and source" and on) --

BUDGET_SOURCES = ("APBD", "APBN", "DAK", "DID", "CSR", "KPBU", "swasta", "hibah", "lainnya")
DIRECTIONS = ("up", "down")
YEAR_KEY = r"^(19|20|21)[0-9]{2}$"
SPBE_PREDICATES = ("Kurang", "Cukup", "Baik", "Sangat Baik", "Memuaskan")

BUDGET_LINE = Record(
    (
        _f("year", YEAR, "Budget year.", required=True),
        _f("source", Text(BUDGET_SOURCES),
           "Funding source: APBD, APBN, DAK, DID, CSR, KPBU, swasta, hibah or lainnya.",
           required=True),
        _f("allocated", Number(minimum=0), "Amount allocated that year, in rupiah.", required=True),
        _f("realised", Number(minimum=0), "Amount spent that year, in rupiah."),
        _f("note", NAME, "A remark, e.g. the DPA number."),
    )
)  # fmt: skip

SERIES = MapOf(
    Record(
        (
            _f("target", Number(), "That year's target value."),
            _f("actual", Number(), "That year's measured value."),
        )
    ),
    key_pattern=YEAR_KEY,
    key_shape=msg("a year (1900 to 2199)"),
)

SPBE_TAG = Record(
    (
        _f("indicator", Integer(minimum=1, maximum=47),
           "SPBE indicator number, 1..47 (PermenPANRB 59/2020).", required=True),
        _f("domain", NAME, "SPBE domain, as the region names it, e.g. Tata Kelola SPBE."),
        _f("aspect", NAME, "SPBE aspect, as the region names it, e.g. Perencanaan Strategis."),
        _f("note", NAME, "How the program serves the indicator."),
    )
)  # fmt: skip

SPBE = Record(
    (
        _f("results", ListOf(Record((
            _f("year", YEAR, "Year of the SPBE evaluation.", required=True),
            _f("index", Number(minimum=0, maximum=5), "The region's SPBE index, 0..5.",
               required=True),
            _f("predicate", Text(SPBE_PREDICATES),
               "The predicate the region was given; checked against the index."),
        ))), "SPBE evaluation results by year."),
    ),
    "The region's SPBE (e-government) evaluation results.",
)  # fmt: skip

RPJMD_REF = Record(
    (
        _f("mission", NAME, "RPJMD mission (misi), e.g. 2."),
        _f("goal", NAME, "RPJMD goal (tujuan) code, e.g. 2.1."),
        _f("target", NAME, "RPJMD target (sasaran) code, e.g. 2.1.1."),
        _f("indicator", NAME, "RPJMD indicator code."),
        _f("program_code", NAME, "Permendagri 90/2019 program code, e.g. 2.16.02."),
        _f("activity_code", NAME, "Permendagri 90/2019 activity code, e.g. 2.16.02.2.02."),
    ),
    "Structured RPJMD reference.",
)

TARGET = Record(
    (
        _f("id", ID, "Target id, e.g. S01.", required=True),
        _f("name", NAME, "The target (sasaran).", required=True),
        _f("rpjmd", NAME, "Where the RPJMD states it, e.g. Misi 2, Sasaran 2.1."),
        _f("rpjmd_ref", RPJMD_REF, "The RPJMD reference as codes (mission, goal, target, ...)."),
        _f("unit", NAME, "Unit of the target's yearly values."),
        _f("direction", Text(DIRECTIONS), "up (default) or down."),
        _f("series", SERIES, "The RPJMD target's values by year."),
    )
)

INDICATOR = Record(
    (
        _f("name", NAME, "What is measured.", required=True),
        _f("unit", NAME, "Unit of measure."),
        _f("baseline", Number(), "Value at the start."),
        _f("target", Number(), "Value aimed for; required unless `series` gives yearly targets."),
        _f("actual", Number(), "Latest measured value."),
        _f("direction", Text(DIRECTIONS), "up (default): higher is better; down: lower is better."),
        _f("series", SERIES, "Target and actual by year: {2022: {target: 20, actual: 18}}."),
        _f("evidence", EVIDENCE, "Evidence for the actual value."),
    )
)

PROGRAM = Record(
    (
        _f("id", ID, "Program id, unique in the plan, e.g. GOV-01.", required=True),
        _f("name", NAME, "Program name.", required=True),
        _f("description", NAME, "What the program does."),
        _f("pillar", ID, "Pillar id.", required=True),
        _f("element", ID, "Element id within the pillar."),
        _f("agency", ID, "Lead agency id (OPD pengampu).", required=True),
        _f("partners", ListOf(NAME), "Partners (mitra)."),
        _f("horizon", ID, "Horizon key: short, medium, long or one of masterplan.horizons.",
           required=True),
        _f("quick_win", Boolean(), "A Quick Win program (default false)."),
        _f("years", YEARS, "Years the program runs."),
        _f("budget", RecordOrList(Record((
            _f("amount", Number(minimum=0), "Amount.", required=True),
            _f("currency", Text(pattern=r"^[A-Z]{3}$", shape=msg("a three-letter code such as IDR")),
               "Currency code (default IDR)."),
            _f("source", NAME, "Funding source, e.g. APBD."),
        )), ListOf(BUDGET_LINE)),
           "Budget: one amount, or a list of {year, source, allocated, realised} lines."),
        _f("status", Text(STATUSES), "planned, running, completed, delayed or cancelled.",
           required=True),
        _f("progress", PERCENT, "Percent complete, 0..100."),
        _f("targets", ID_LIST, "Target ids the program serves."),
        _f("depends_on", ID_LIST, "Program ids that must come first."),
        _f("indicators", ListOf(INDICATOR), "Measures of the program's result."),
        _f("note", NAME, "A remark, e.g. the latest status update."),
        _f("spbe", ListOf(SPBE_TAG), "SPBE indicators the program serves."),
        _f("status_override", Record((
            _f("status", Text(SCHEDULE_STATUSES), "on_track, at_risk or off_track.", required=True),
            _f("reason", NAME, "Why the computed schedule status does not apply.", required=True),
        )), "Replaces the computed schedule status; the reason is shown in every report."),
        _f("evidence", EVIDENCE, "Evidence that the program runs (data dukung)."),
        _f("quick_win_attributes", QUICK_WIN_ATTRIBUTES,
           "What makes a quick win: short texts the evaluation form asks for."),
    )
)  # fmt: skip

ACTION_ITEM = Record(
    (
        _f("id", ID, "Item id, unique across all action plans.", required=True),
        _f("name", NAME, "The action.", required=True),
        _f("done", Boolean(), "Whether the action is done.", required=True),
        _f("note", NAME, "A remark."),
        _f("evidence", EVIDENCE, "Evidence that the action is done."),
    )
)

ACTION_PLAN = Record(
    (
        _f("id", ID, "Category id, e.g. policy.", required=True),
        _f("name", NAME, "Category name.", required=True),
        _f("items", ListOf(ACTION_ITEM), "The actions in this category.", required=True),
    )
)

COMPONENT_SCORES = Record(
    tuple(_f(c, PERCENT, f"Score of the {c.replace('_', ' ')} component, 0..5 (0..100 under "
             "scale: 100).") for c in INDEX_COMPONENTS)
)  # fmt: skip

COMPONENT_WEIGHTS = Record(
    tuple(_f(c, PERCENT, f"Weight of the {c.replace('_', ' ')} component.")
          for c in INDEX_COMPONENTS)
)  # fmt: skip

CLAIMED = Record(
    (
        _f("programs_total", Integer(minimum=0), "Number of programs the region reported."),
        _f("programs_running", Integer(minimum=0), "Programs reported running well."),
        _f("realization", PERCENT, "Reported program realisation, percent."),
        _f("mean_progress", PERCENT, "Reported mean progress, percent."),
        _f("action_plans", PERCENT, "Reported action-plan realisation, percent."),
        _f("action_plan_categories", MapOf(PERCENT),
           "Reported realisation per action-plan category id, percent."),
        _f("index", PERCENT, "Published evaluation index (Indeks Pencapaian), 0..5 "
           "(0..100 under scale: 100)."),
    ),
    "Figures the region claimed at this evaluation.",
)  # fmt: skip

EVALUATION = Record(
    (
        _f("stage", Integer(minimum=1), "Stage number (tahap), unique.", required=True),
        _f("date", Date(), "Date of the evaluation.", required=True),
        _f("assessor", NAME, "Who evaluated."),
        _f("mode", Text(EVALUATION_MODES), "online or onsite."),
        _f("revision", Integer(minimum=1), "Plan revision the claimed figures come from."),
        _f("note", NAME, "A remark."),
        _f("claimed", CLAIMED, "Figures claimed at this evaluation."),
        _f("scores", COMPONENT_SCORES, "The region's component scores for the evaluation index."),
        *EVALUATION_RESULT,
    )
)

SCORING = Record(
    (
        _f("running_statuses", ListOf(Text(STATUSES)),
           "Statuses counted as running in realisation (default running, completed)."),
        _f("exclude_cancelled", Boolean(), "Leave cancelled programs out of realisation."),
        _f("action_plan_aggregate", Text(AGGREGATES),
           "How category rates combine: mean_of_categories (default) or pooled."),
        _f("schedule", Record((
            _f("on_track", PERCENT, "On track at this share of the expected progress (default 90)."),
            _f("at_risk", PERCENT, "At risk from this share up to on_track (default 70)."),
        )), "Thresholds of the schedule status."),
        _f("index", Record((
            _f("scheme", Text(INDEX_SCHEMES), "Weight scheme: sleman-2019 (default), jambi or custom."),
            _f("weights", COMPONENT_WEIGHTS,
               "Component weights summing to 100; required for custom."),
        )), "How the evaluation index weighs its components."),
        _f("require_evidence", Boolean(),
           "Warn about running programs, done items and measured values without evidence."),
    ),
    "How this region's figures are counted.",
)  # fmt: skip

SOURCE = TextOrRecord(
    Record(
        (
            _f("title", NAME, "Title of the source.", required=True),
            _f("publisher", NAME, "Who published it."),
            _f("date", Date(), "Date of publication."),
            _f("url", URL, "Address."),
        )
    )
)

MASTERPLAN_FILE = Record(
    (
        _f("format", Integer(minimum=1), "File-format version; this is 1.", required=True),
        _f("revision", Integer(minimum=1), "Document revision; raise it with each approved edit.",
           required=True),
        _f("updated", Date(), "Date of this revision.", required=True),
        _f("language", Text(LANGUAGES), "Default report language: id (default) or en."),
        _f("region", REGION, "The region.", required=True),
        _f("masterplan", MASTERPLAN, "The plan document.", required=True),
        _f("governance", GOVERNANCE, "Council and implementation team."),
        _f("pillars", ListOf(PILLAR), "Pillars; required for the custom framework."),
        _f("agencies", ListOf(AGENCY), "Agencies (OPD) that own programs.", required=True),
        _f("targets", ListOf(TARGET), "Targets (sasaran), usually from the RPJMD."),
        _f("programs", ListOf(PROGRAM), "The programs of the plan.", required=True),
        _f("action_plans", ListOf(ACTION_PLAN), "Action plans (rencana aksi) by category."),
        _f("evaluations", ListOf(EVALUATION), "External evaluations and their claims."),
        _f("scoring", SCORING, "How figures are counted."),
        _f("spbe", SPBE, "SPBE (e-government) evaluation results by year."),
        _f("sources", ListOf(SOURCE), "Where the facts come from."),
    ),
    "A region's Smart City masterplan, format 1.",
)  # fmt: skip
