"""The commands, by theme. ``register`` imports the modules that register them on the app.

Typer builds every registered command's options before it runs one (about 1 ms a command),
so a command line that starts with a command's name imports and registers only that
command's module; anything else (`--help`, `--help validate`, an unknown name) registers
them all: the help lists them, the error suggests the nearest. tests/test_cli_lazy.py checks
that ``COMMANDS`` names every command in the module that registers it.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import typer

# each command's module, in the order of --help
COMMANDS = {
    "validate": "checks", "config": "checks", "rules": "checks", "schema": "checks",
    "report": "documents", "evaluate": "documents", "site": "documents",
    "set": "editing", "export": "editing", "import": "editing", "new": "editing",
    "diff": "history", "history": "history", "migrate": "history",
    "init": "starting",
}  # fmt: skip
MODULES = tuple(dict.fromkeys(COMMANDS.values()))


def register(args: Sequence[str] | None = None) -> typer.Typer:
    """The app, with the command that ``args`` starts with registered, or every command."""
    name = args[0] if args else None  # an option first (`--help validate`): the root's help
    for module in (COMMANDS[name],) if name in COMMANDS else MODULES:
        import_module(f"smartcity_cli.commands.{module}")
    from smartcity_cli.commands.common import app

    return app
