"""Indonesian messages of the semantic rules (smartcity_cli/checks/)."""

MESSAGES: dict[str, str] = {}
