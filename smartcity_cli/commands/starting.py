"""The command that starts a plans repository: init."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Optional

import typer

from smartcity_cli.commands.common import Language, app, speak, tell
from smartcity_cli.messages import msg


@app.command()
def init(
    directory: Annotated[
        Path, typer.Argument(help="Where to create the plans repository. [default: .]")
    ] = Path("."),
    lang: Annotated[
        Optional[Language],  # noqa: UP045
        typer.Option(
            "--lang",
            help="Language of the example plan, the README and the "
            "messages. [default: id for the files; messages as every command]",
        ),
    ] = None,
) -> None:
    """Start a plans repository that works at once: an example plan, the JSON Schema for
    editors (.vscode/settings.json), pre-commit hooks, a GitHub Actions workflow, a
    .smartcity.toml and a README. Never overwrites a file.
    """
    from smartcity_cli.starter import run_init

    speak(lang)
    written = run_init(directory, lang=lang.value if lang else "id", today=dt.date.today())
    for path in written:
        tell(msg("written {path}", path=directory / path))
    tell(msg("next: cd {directory} && smartcity validate --strict", directory=directory))
