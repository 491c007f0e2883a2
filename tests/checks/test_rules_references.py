"""Reference rules: duplicate ids, unknown references, dependency cycles, pillars and frameworks."""

from __future__ import annotations

import pytest
from conftest import ACTION_PLANS, MINIMAL, check_text, edit, messages, problems

# lines 38-47 after MINIMAL

EXTRA_PROGRAM = (  # line 38 after MINIMAL
    "  - {id: GOV-03, name: Aplikasi, pillar: governance, agency: bappeda, horizon: long,"
    " status: planned}\n"
)
STAGES = "evaluations:\n  - {stage: 1, date: 2023-05-01}\n  - {stage: 2, date: 2024-05-01}\n"
ELEMENTS = """\
pillars:
  - id: governance
    name: Tata Kelola Cerdas
    elements:
      - {id: smart-office, name: Kantor Cerdas}
      - {id: smart-office, name: Kantor Digital}
"""  # lines 38-43 after MINIMAL
PILLARS = "pillars:\n  - {id: governance, name: Tata Kelola}\n  - {id: governance, name: Lagi}\n"
TEAM = "governance:\n  team: {name: Tim Pelaksana, lead_agency: diskominfox}\n"


# -- duplicate-id -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        (MINIMAL + EXTRA_PROGRAM.replace("GOV-03", "GOV-01"), (38, 10),
         "program id `GOV-01` is used twice (first on line 18)"),
        (edit("Pembangunan Daerah}\n", "Pembangunan Daerah}\n  - {id: bappeda, name: Bappeda}\n"),
         (15, 10), "agency id `bappeda` is used twice (first on line 14)"),
        (edit("publik}\n", "publik}\n  - {id: S01, name: Sasaran lain}\n"), (17, 10),
         "target id `S01` is used twice (first on line 16)"),
        (MINIMAL + ACTION_PLANS.replace("id: infra", "id: policy"), (44, 9),
         "action-plan category id `policy` is used twice (first on line 39)"),
        (MINIMAL + ACTION_PLANS.replace("AP-03", "AP-01"), (47, 14),
         "action-plan item id `AP-01` is used twice (first on line 42)"),
        (MINIMAL + STAGES.replace("stage: 2", "stage: 1"), (40, 13),
         "evaluation stage id `1` is used twice (first on line 39)"),
        (MINIMAL + ELEMENTS, (43, 14),
         "element of pillar governance id `smart-office` is used twice (first on line 42)"),
    ],
    ids=["program", "agency", "target", "category", "item", "evaluation-stage", "element"],
)  # fmt: skip
def test_duplicate_id(text: str, where: tuple[int, int], message: str):
    assert problems(text) == [(*where, "duplicate-id")]
    assert messages(text) == [message]


def test_duplicate_id_pillar():
    # Two pillars with one id: the second silently replaces the first in the model.
    text = MINIMAL + PILLARS
    assert problems(text) == [(40, 10, "duplicate-id")]
    assert messages(text) == ["pillar id `governance` is used twice (first on line 39)"]


def test_duplicate_id_passing_unique_ids():
    text = MINIMAL + EXTRA_PROGRAM + ACTION_PLANS
    text += STAGES + PILLARS.replace("{id: governance, name: Lagi}", "{id: economy, name: Ekonomi}")
    assert problems(text) == []


# -- unknown-reference --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "where", "message", "hint"),
    [
        (edit("pillar: governance\n    agency: bappeda", "pillar: goverance\n    agency: bappeda"),
         (31, 13), "pillar `goverance` does not exist", "did you mean `governance`?"),
        (edit("element: public-service", "element: tourism"), (21, 14),
         "element `tourism` is not an element of pillar `governance`",
         "known: public-service, bureaucracy, public-policy"),
        (edit("agency: bappeda", "agency: bapeda"), (32, 13),
         "agency `bapeda` does not exist", "did you mean `bappeda`?"),
        (edit("horizon: medium", "horizon: mid"), (33, 14),
         "horizon `mid` does not exist", "known: short, medium, long"),
        (edit("targets: [S01]", "targets: [S01, S02]"), (28, 20),
         "target `S02` does not exist", "did you mean `S01`?"),
        (edit("depends_on: [GOV-01]", "depends_on: [GOV-1]"), (37, 18),
         "program `GOV-1` does not exist", "did you mean `GOV-01`?"),
        (MINIMAL + TEAM, (39, 44),
         "agency `diskominfox` does not exist", "did you mean `diskominfo`?"),
    ],
    ids=["pillar", "element", "agency", "horizon", "target", "depends_on", "lead_agency"],
)  # fmt: skip
def test_unknown_reference(text: str, where: tuple[int, int], message: str, hint: str):
    assert problems(text) == [(*where, "unknown-reference")]
    (finding,) = check_text(text).findings
    assert (finding.message, finding.hint) == (message, hint)


def test_unknown_reference_claimed_action_plan_category():
    text = (
        MINIMAL
        + ACTION_PLANS
        + (
            "evaluations:\n  - stage: 1\n    date: 2024-11-13\n    claimed:\n"
            "      action_plan_categories: {policy: 50, infra: 100, legal: 0}\n"
        )
    )
    # at the unknown key `legal` (column 56), and only there: no claim check for it
    assert problems(text) == [(52, 56, "unknown-reference")]
    assert messages(text)[0] == "action-plan category `legal` does not exist"
    assert problems(text.replace(", legal: 0", "")) == []


def test_unknown_reference_passing_custom_horizon_declared_element_and_lead_agency():
    text = edit("horizon: medium", "horizon: mid")
    text = edit(
        "  period: {start: 2019, end: 2028}\n",
        "  period: {start: 2019, end: 2028}\n  horizons: {mid: 5}\n",
        text,
    )
    text = edit("element: public-service", "element: smart-office", text)
    text += "pillars:\n  - id: governance\n    name: Tata Kelola\n"
    text += "    elements: [{id: smart-office, name: Kantor Cerdas}]\n"
    text += TEAM.replace("diskominfox", "diskominfo")
    assert problems(text) == []


# -- dependency-cycle ---------------------------------------------------------------------------


def test_dependency_cycle_names_the_cycle():
    text = edit("    targets: [S01]\n", "    targets: [S01]\n    depends_on: [GOV-02]\n")
    assert problems(text) == [(29, 17, "dependency-cycle")]
    (finding,) = check_text(text).findings
    assert (
        finding.message == "programs depend on each other in a circle: GOV-01 -> GOV-02 -> GOV-01"
    )
    assert finding.hint == "remove one of these dependencies"


def test_dependency_cycle_on_itself():
    text = edit("depends_on: [GOV-01]", "depends_on: [GOV-02]")
    assert problems(text) == [(37, 17, "dependency-cycle")]
    assert messages(text) == ["programs depend on each other in a circle: GOV-02 -> GOV-02"]


def test_dependency_cycle_of_three():
    text = edit("    targets: [S01]\n", "    targets: [S01]\n    depends_on: [GOV-03]\n")
    text += EXTRA_PROGRAM.replace("status: planned}", "status: planned, depends_on: [GOV-02]}")
    assert problems(text) == [(29, 17, "dependency-cycle")]
    assert messages(text) == [
        "programs depend on each other in a circle: GOV-01 -> GOV-03 -> GOV-02 -> GOV-01"
    ]


def test_dependency_chain_passes():
    assert (
        problems(MINIMAL + EXTRA_PROGRAM.replace("planned}", "planned, depends_on: [GOV-02]}"))
        == []
    )


# -- custom-pillars-required / pillar-not-in-framework ------------------------------------------

CUSTOM = edit("masterplan:\n", "masterplan:\n  framework: custom\n")


def test_custom_pillars_required():
    # without pillars, the programs' pillar `governance` does not exist either
    assert problems(CUSTOM) == [
        (10, 14, "custom-pillars-required"),
        (21, 13, "unknown-reference"),
        (32, 13, "unknown-reference"),
    ]
    assert messages(CUSTOM)[0] == "the custom framework needs a `pillars:` list"


def test_custom_pillars_given():
    pillars = "pillars:\n  - id: governance\n    name: Tata Kelola\n"
    pillars += "    elements: [{id: public-service, name: Layanan Publik}]\n"
    assert problems(CUSTOM + pillars) == []


@pytest.mark.parametrize(
    ("framework", "hint"),
    [
        ("kominfo", "known: governance, branding, economy, living, society, environment"),
        ("giffinger", "known: economy, people, governance, mobility, environment, living"),
    ],
)
def test_pillar_not_in_framework(framework: str, hint: str):
    text = edit("masterplan:\n", f"masterplan:\n  framework: {framework}\n")
    text = edit("    element: public-service\n", "", text)
    text += "pillars:\n  - {id: digital, name: Smart Digital}\n"
    assert problems(text) == [(39, 10, "pillar-not-in-framework")]
    (finding,) = check_text(text).findings
    assert finding.message == f"`digital` is not a pillar of the {framework} framework"
    assert finding.hint == hint


def test_pillar_not_in_framework_typo_hint():
    text = MINIMAL + "pillars:\n  - {id: goverment, name: Tata Kelola}\n"
    assert problems(text) == [(39, 10, "pillar-not-in-framework")]
    (finding,) = check_text(text).findings
    assert finding.hint == "did you mean `governance`?"


def test_pillar_renamed_under_builtin_framework_passes():
    assert problems(MINIMAL + "pillars:\n  - {id: governance, name: Tata Kelola Cerdas}\n") == []
