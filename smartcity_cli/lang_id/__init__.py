"""Indonesian for every message template of the code: English template -> Indonesian.

One module a part of the tool, so that each stays readable; smartcity_cli/messages.py
explains how a message finds its translation. Words follow the reports' own labels
(labels.py): `running` is *berjalan*, a pillar is a *dimensi*, an agency an *OPD*.
"""

from __future__ import annotations

from smartcity_cli.lang_id import checks, commands, reading, sheets

PARTS = {"checks": checks.MESSAGES, "commands": commands.MESSAGES,
         "reading": reading.MESSAGES, "sheets": sheets.MESSAGES}  # fmt: skip

CATALOGUE: dict[str, str] = {}
for _part in PARTS.values():
    CATALOGUE.update(_part)
