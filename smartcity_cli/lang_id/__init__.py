"""Indonesian for every message template of the code: English template -> Indonesian.

One module a part of the tool, so that each stays readable; smartcity_cli/messages.py
explains how a message finds its translation. Words follow the reports' own labels
(labels.py): `running` is *berjalan*, a pillar is a *dimensi*, an agency an *OPD*.
"""

from __future__ import annotations

from smartcity_cli.lang_id import checks, commands, editing, reading, reports, sheets

PARTS = {
    "checks": checks.MESSAGES,  # smartcity_cli/checks/
    "commands": commands.MESSAGES,  # the CLI, its errors, output, configuration, git
    "editing": editing.MESSAGES,  # set, import, the comment-keeping editor
    "reading": reading.MESSAGES,  # loader, YAML errors, structure, suppressions, fixes
    "reports": reports.MESSAGES,  # report, evaluate, site, diff, documents, export
    "sheets": sheets.MESSAGES,  # workbooks and CSV
}

CATALOGUE: dict[str, str] = {}
for _part in PARTS.values():
    CATALOGUE.update(_part)
