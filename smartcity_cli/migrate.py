"""The migrate command's core: upgrade one file in place through the migration registry."""

from __future__ import annotations

from pathlib import Path

import yaml

from smartcity_cli.errors import PlanInvalidError
from smartcity_cli.loader import load_file
from smartcity_cli.messages import msg
from smartcity_cli.migrations import migrate_data
from smartcity_cli.output import write_document
from smartcity_cli.validate import validate_bytes


def run_migrate(path: Path, to: int) -> str:
    """Migrate ``path`` to format ``to`` and write it back; a message for the user."""
    doc = load_file(path)
    errors = [f for f in doc.findings if f.is_error]
    if errors:
        raise PlanInvalidError(errors)
    data = doc.data
    if isinstance(data, dict) and data.get("format") == to:
        return msg("{path} is already format {to}; nothing to do", path=path, to=to)
    migrated = migrate_data(dict(data), to)
    if isinstance(migrated.get("revision"), int):
        migrated["revision"] += 1
    text = yaml.safe_dump(migrated, allow_unicode=True, sort_keys=False, width=100)
    result = validate_bytes(text.encode("utf-8"), str(path), path.stem)
    if result.errors:  # a step that produces an invalid plan is a bug; write nothing
        raise PlanInvalidError([f for f in result.findings if f.is_error])
    write_document(text, str(path))
    return msg("{path}: migrated to format {to} (revision raised by one)", path=path, to=to)
