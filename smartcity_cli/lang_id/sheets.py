"""Indonesian messages of workbooks and CSV: export, import, three-way merge."""

MESSAGES: dict[str, str] = {}
