"""The default limits on what reading one plan may cost, as plain numbers.

A module of its own so that the CLI can show them in --help without importing anything
(limits.py builds LoadLimits from them). The defaults admit a plan of 10,000 programs.
"""

DEFAULT_MAX_BYTES = 10_000_000  # a 10,000-program plan is 5.0 MB
DEFAULT_ALIAS_BUDGET = 10_000
DEFAULT_MAX_DEPTH = 64
DEFAULT_MAX_VALUES = 750_000  # a 10,000-program plan has 516,544; a 300-program one 15,000
DEFAULT_MAX_ITEMS = 50_000  # items in one list or mapping, repeated keys included

# Which option raises which limit: a refusal names it (the CLI and the loader's hints).
OPTIONS = {
    "max_bytes": "--max-bytes",
    "max_values": "--max-values",
    "max_items": "--max-items",
    "alias_budget": "--alias-budget",
}
