"""The typer app and what its commands share: option types, enums, the exit-code text.

Heavy modules (rich, jinja2, the checks) are imported inside the commands, so that
``smartcity --help`` starts fast.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from smartcity_cli import __version__

if TYPE_CHECKING:  # imported lazily at run time, to keep start-up fast
    pass

EXIT_CODES = """\
Exit codes: 0 success (warnings allowed); 1 the plan has errors (or warnings under
--strict), or a report could not be written; 2 wrong usage, or a file that cannot be read.
"""

app = typer.Typer(
    name="smartcity",
    help=(
        "Keep a region's Smart City masterplan as validated YAML, and compute its figures "
        "and reports.\n\nPlans live in ./masterplans/<slug>.yaml; name a plan by its slug "
        "(padang-panjang) or by a path.\n\n" + EXIT_CODES
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"smartcity {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Smart City masterplans as validated YAML."""


class Language(str, enum.Enum):
    id = "id"
    en = "en"


MaxBytes = Annotated[
    int, typer.Option("--max-bytes", min=1, help="Refuse files larger than this many bytes.")
]
MaxValues = Annotated[
    int,
    typer.Option("--max-values", min=1, help="Refuse files holding more values than this."),
]
AliasBudget = Annotated[
    int,
    typer.Option("--alias-budget", min=0, help="Most values that YAML aliases may expand to."),
]
PlanArg = Annotated[str, typer.Argument(help="Plan slug (padang-panjang) or path to a plan file.")]
DocumentOutput = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--output",
        "-o",
        help="Write to this file ('-' for standard output). md defaults to standard output; "
        "html needs a file or '-'; pdf and docx need a file.",
    ),
]
LangOption = Annotated[
    Optional[Language],  # noqa: UP045
    typer.Option("--lang", help="Language: id or en. [default: the plan's language]"),
]
PlansDir = Annotated[
    Path, typer.Option("--dir", help="Directory that holds <slug>.yaml plans.", show_default=True)
]
