"""Commands over a plan's revisions: diff, history, migrate."""

import enum
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from smartcity_cli.commands.common import (
    AliasBudget,
    Language,
    MaxBytes,
    MaxItems,
    MaxValues,
    MessageLang,
    PlansDir,
    app,
    load_limits,
    speak,
    speak_for_plan,
    tell,
)
from smartcity_cli.messages import msg


class DiffFormat(str, enum.Enum):
    text = "text"
    md = "md"
    json = "json"


@app.command()
def diff(
    revisions: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Argument(
            help="OLD NEW: two plan files, or git revisions as REF:path.", show_default=False
        ),
    ] = None,
    git: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--git",
            metavar="BASE",
            help="Compare every plan that changed between git ref BASE and the work "
            "tree; then the arguments are paths to limit it to.",
        ),
    ] = None,
    output_format: Annotated[
        DiffFormat,
        typer.Option("--format", "-f", help="text, md (for a pull-request comment) or json."),
    ] = DiffFormat.text,
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Exit 1 when an edit breaks a change rule "
            "(revision not raised by one, updated going back, format changed).",
        ),
    ] = False,
    lang: Annotated[
        Optional[Language],  # noqa: UP045
        typer.Option("--lang", help="Language of labels and numbers. [default: the plan's]"),
    ] = None,
    max_bytes: MaxBytes = None,
    max_values: MaxValues = None,
    max_items: MaxItems = None,
    alias_budget: AliasBudget = None,
) -> None:
    """Show what an edit changes in a plan: programs added, removed and changed, and the
    figures before and after ("realisasi 70,73% -> 73,17%").

    Examples: `smartcity diff main:masterplans/palu.yaml masterplans/palu.yaml`;
    `smartcity diff --git origin/main --check --format md`.

    Exit codes: 0 compared (findings are shown; with --check only warnings); 1 a plan has
    errors, or --check found an error; 2 wrong usage, git missing, or a path outside git.
    """
    from smartcity_cli.diff import diff_git, diff_specs
    from smartcity_cli.errors import UsageError
    from smartcity_cli.limits import enforcing
    from smartcity_cli.render.diff import DIFF_FORMATS

    speak(lang)
    specs = revisions or []
    cwd = Path.cwd()
    with enforcing(load_limits(max_bytes, max_values, max_items, alias_budget)):
        if git is not None:
            result = diff_git(git, specs, cwd)
        elif len(specs) == 2:
            result = diff_specs(specs[0], specs[1], cwd)
        else:
            raise UsageError(msg("give OLD and NEW (files or REF:path), or --git BASE"))
    sys.stdout.write(DIFF_FORMATS[output_format.value](result, lang.value if lang else None))
    invalid = any(f.is_error and f.rule not in _change_rules() for f in result.findings)
    raise typer.Exit(1 if invalid or (check and result.errors) else 0)


def _change_rules() -> set[str]:
    from smartcity_cli.checks.changes import ChangeRule
    from smartcity_cli.rules import RULES

    return {rule_id for rule_id, rule in RULES.items() if issubclass(rule, ChangeRule)}


class HistoryFormat(str, enum.Enum):
    text = "text"
    md = "md"
    html = "html"
    json = "json"


@app.command()
def history(
    plan: Annotated[
        str, typer.Argument(help="Plan slug or path to a plan file in a git repository.")
    ],
    output_format: Annotated[
        HistoryFormat, typer.Option("--format", "-f", help="text, md, html (SVG chart) or json.")
    ] = HistoryFormat.text,
    output: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--output", "-o", help="Write to this file; html needs one (or '-')."),
    ] = None,
    lang: Annotated[
        Optional[Language],  # noqa: UP045
        typer.Option("--lang", help="Language of labels and numbers. [default: id]"),
    ] = None,
    plans_dir: PlansDir = Path("masterplans"),
    max_bytes: MaxBytes = None,
    max_values: MaxValues = None,
    max_items: MaxItems = None,
    alias_budget: AliasBudget = None,
) -> None:
    """Show a plan's figures at every commit that changed it, from git, without checking
    anything out. Revisions that do not validate are shown as such.

    Exit codes: 0 success; 1 the output cannot be written; 2 wrong usage, git missing, or a
    plan outside a git repository.
    """
    from smartcity_cli.errors import UsageError
    from smartcity_cli.history import plan_history
    from smartcity_cli.output import write_document
    from smartcity_cli.render.history import HISTORY_FORMATS

    speak_for_plan(lang, plan, plans_dir)
    if output_format is HistoryFormat.html and output is None:
        raise UsageError(
            msg("an HTML history needs a file: add -o history.html (or -o - for stdout)")
        )
    from smartcity_cli.limits import enforcing

    with enforcing(load_limits(max_bytes, max_values, max_items, alias_budget)):
        result = plan_history(plan, plans_dir)
    text = HISTORY_FORMATS[output_format.value](result, lang.value if lang else "id")
    write_document(text, output or "-")


@app.command()
def migrate(
    file: Annotated[Path, typer.Argument(help="The plan file to upgrade, in place.")],
    to: Annotated[int, typer.Option("--to", min=1, help="The format version to upgrade to.")],
    max_bytes: MaxBytes = None,
    max_values: MaxValues = None,
    max_items: MaxItems = None,
    alias_budget: AliasBudget = None,
    lang: MessageLang = None,
) -> None:
    """Upgrade a plan file to a newer format version, one registered step at a time.

    The migrated file gets its revision raised by one. Format 1 is the only version today,
    so there is nothing to migrate yet; see docs/format.md, "Versions and migrations".

    Exit codes: 0 migrated or already there; 1 no migration leads there; 2 wrong usage.
    """
    from smartcity_cli.limits import enforcing
    from smartcity_cli.migrate import run_migrate

    speak_for_plan(lang, str(file), file.parent)
    with enforcing(load_limits(max_bytes, max_values, max_items, alias_budget)):
        message = run_migrate(file, to)
    tell(message)
