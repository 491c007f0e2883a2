"""The commands, by theme; importing this package registers them on the app."""

from smartcity_cli.commands import checks, documents, editing, history, starting  # noqa: F401
