"""Indonesian messages of reports, evaluations, the site, diff and documents (report.py, evaluate.py, site.py, render/, documents/, diff.py, plandiff*.py, sheets_export.py)."""

MESSAGES: dict[str, str] = {}
