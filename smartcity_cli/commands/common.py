"""The typer app and what its commands share: option types, enums, the exit-code text.

Heavy modules (rich, jinja2, the checks) are imported inside the commands, so that
``smartcity --help`` starts fast.
"""

import enum
import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from smartcity_cli import __version__
from smartcity_cli.limit_defaults import (
    DEFAULT_ALIAS_BUDGET,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_ITEMS,
    DEFAULT_MAX_VALUES,
)

if TYPE_CHECKING:  # imported lazily at run time, to keep start-up fast
    from smartcity_cli.limits import LoadLimits

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
    Optional[int],  # noqa: UP045
    typer.Option(
        "--max-bytes",
        min=1,
        help=f"Refuse plan files larger than this many bytes. [default: {DEFAULT_MAX_BYTES:,}]",
        show_default=False,
    ),
]
MaxValues = Annotated[
    Optional[int],  # noqa: UP045
    typer.Option(
        "--max-values",
        min=1,
        help=f"Refuse plan files holding more values than this. [default: {DEFAULT_MAX_VALUES:,}]",
        show_default=False,
    ),
]
MaxItems = Annotated[
    Optional[int],  # noqa: UP045
    typer.Option(
        "--max-items",
        min=1,
        help="Refuse plan files with a list or mapping of more items than this. "
        f"[default: {DEFAULT_MAX_ITEMS:,}]",
        show_default=False,
    ),
]
AliasBudget = Annotated[
    Optional[int],  # noqa: UP045
    typer.Option(
        "--alias-budget",
        min=0,
        help=f"Most values that YAML aliases may expand to. [default: {DEFAULT_ALIAS_BUDGET:,}]",
        show_default=False,
    ),
]


def load_limits(
    max_bytes: int | None, max_values: int | None, max_items: int | None, alias_budget: int | None
) -> "LoadLimits":
    """The limits a command reads plans under: the defaults, then the configuration file,
    then the options given."""
    from smartcity_cli.config import current_config
    from smartcity_cli.limits import LoadLimits

    config = current_config()
    return (
        LoadLimits()
        .override(max_bytes=config.max_bytes, max_values=config.max_values,
                  alias_budget=config.alias_budget)
        .override(max_bytes=max_bytes, max_values=max_values, max_items=max_items,
                  alias_budget=alias_budget)
    )  # fmt: skip


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
MessageLang = Annotated[
    Optional[Language],  # noqa: UP045
    typer.Option(
        "--lang",
        help="Language of messages: id or en. [default: SMARTCITY_LANG, the configuration's "
        "language, the plan's, else the locale (id_ID: id)]",
    ),
]


def speak(option: Language | None, plan: str | None = None) -> str:
    """Choose the language of this command's messages (messages.choose_language) and use it
    for the errors the CLI prints; commands call it again once they know the plan's."""
    from smartcity_cli.config import current_config
    from smartcity_cli.messages import choose_language, use_language

    lang = choose_language(option.value if option else None, plan=plan,
                           configured=current_config().language)  # fmt: skip
    use_language(lang)
    return lang


def speak_for_plan(option: Language | None, plan: str, plans_dir: Path) -> str:
    """``speak`` before the plan is read: its ``language:`` line (a cheap look at the top
    level of the file) stands for the plan's language, so that even an error in reading
    the plan is said in it."""
    from smartcity_cli.errors import SmartcityError
    from smartcity_cli.plans import resolve_plan

    try:
        return speak(option, plan=declared_language(resolve_plan(plan, plans_dir)))
    except (SmartcityError, OSError):
        return speak(option)


_LANGUAGE_LINE = re.compile(rb"^language:[ \t]*[\"']?(id|en)[\"']?[ \t]*(?:#.*)?\r?$", re.M)


def declared_language(path: Path) -> str | None:
    """The plan's top-level ``language: id|en``, read from its first 64 KB; None if none."""
    with path.open("rb") as handle:
        found = _LANGUAGE_LINE.search(handle.read(65536))
    return found.group(1).decode() if found else None


def tell(text: object, *, err: bool = False, nl: bool = True) -> None:
    """Print a message in the language chosen by ``speak``."""
    from smartcity_cli.messages import current_language, say

    typer.echo(say(text, current_language()), err=err, nl=nl)


PlansDir = Annotated[
    Path, typer.Option("--dir", help="Directory that holds <slug>.yaml plans.", show_default=True)
]
