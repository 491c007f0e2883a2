"""Indonesian messages of editing a plan: set, import, export and new (commands/editing.py, setcmd.py, editing.py, spans.py, sheets_import.py, edit_summary.py, edit_figures.py)."""

MESSAGES: dict[str, str] = {}
