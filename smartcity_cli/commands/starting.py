"""The command that starts a plans repository: init."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from smartcity_cli.commands.common import Language, app


@app.command()
def init(
    directory: Annotated[
        Path, typer.Argument(help="Where to create the plans repository. [default: .]")
    ] = Path("."),
    lang: Annotated[
        Language, typer.Option("--lang", help="Language of the example plan and README.")
    ] = Language.id,
) -> None:
    """Start a plans repository that works at once: an example plan, the JSON Schema for
    editors (.vscode/settings.json), pre-commit hooks, a GitHub Actions workflow, a
    .smartcity.toml and a README. Never overwrites a file.
    """
    from smartcity_cli.starter import run_init

    written = run_init(directory, lang=lang.value, today=dt.date.today())
    for path in written:
        typer.echo(f"written {directory / path}")
    typer.echo(f"next: cd {directory} && smartcity validate --strict")
