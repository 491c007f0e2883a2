"""Indonesian messages of reading a plan: the loader, YAML errors, the structure check (schema.py), suppressions, fixes."""

MESSAGES: dict[str, str] = {}
