"""Commands that check plans: validate, rules, schema."""

import enum
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from smartcity_cli.commands.common import (
    AliasBudget,
    MaxBytes,
    MaxItems,
    MaxValues,
    app,
    load_limits,
)
from smartcity_cli.errors import SmartcityError

if TYPE_CHECKING:
    from smartcity_cli.limits import LoadLimits
    from smartcity_cli.validate import ValidationResult


class ValidateFormat(str, enum.Enum):
    auto = "auto"
    text = "text"
    json = "json"
    github = "github"


@app.command()
def validate(
    paths: Annotated[
        Optional[list[Path]],  # noqa: UP045 (typer reads the annotation at run time on 3.10 too)
        typer.Argument(help="Plan files or directories of them. [default: ./masterplans/]"),
    ] = None,
    output_format: Annotated[
        ValidateFormat,
        typer.Option(
            "--format",
            "-f",
            help="text: file:line:col: severity [rule] message. json: see docs/validate-json.md. "
            "github: workflow annotations. auto: github under GitHub Actions, else text.",
        ),
    ] = ValidateFormat.auto,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    max_bytes: MaxBytes = None,
    max_values: MaxValues = None,
    max_items: MaxItems = None,
    alias_budget: AliasBudget = None,
    disable: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--disable",
            metavar="RULE",
            help="Do not report this rule (an id, or `quality` for the plan-quality "
            "warnings); repeat for more.",
        ),
    ] = None,
    jobs: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Processes to check files on. [default: the number of cores]",
        ),
    ] = None,
    fix: Annotated[
        bool,
        typer.Option(
            "--fix",
            help="First apply the fixes whose meaning is certain (each rule "
            "says if it is fixable), as one new revision; see `smartcity rules`.",
        ),
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="With --fix: print the diff; write nothing.")
    ] = False,
    against: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--against",
            metavar="REF",
            help="Also check each file as an edit of its version at this git ref "
            "(revision raised by one, no silent removals; see `smartcity diff --check`).",
        ),
    ] = None,
) -> None:
    """Check plan files against format v1 and report every problem with its place.

    Each finding names its rule (see `smartcity rules`), its severity, and the file, line
    and column. All files are checked even when one of them is broken.

    Exit codes: 0 no errors (warnings allowed); 1 errors, or warnings under --strict;
    2 wrong usage, or a file that cannot be read.
    """
    from smartcity_cli.formats import FORMATS, OutputFormat, resolve
    from smartcity_cli.limits import enforcing
    from smartcity_cli.plans import DEFAULT_DIR, plan_files
    from smartcity_cli.rules import expand_rule_names
    from smartcity_cli.validate import validate_paths

    disabled = expand_rule_names(disable or [])
    files = plan_files(paths or [DEFAULT_DIR])
    limits = load_limits(max_bytes, max_values, max_items, alias_budget)
    if fix:
        import datetime as dt

        from smartcity_cli.autofix import run_fixes

        diff, summary = run_fixes(files, dry_run=dry_run, limits=limits, updated=dt.date.today())
        sys.stdout.write(diff if dry_run else "")
        sys.stderr.write(summary)
    if against:  # the edit checks need each file's plan and document: one process
        from smartcity_cli.diff import with_change_findings

        with enforcing(limits):  # the git versions are read under the same limits
            result = validate_paths(files, limits=limits, disabled=disabled)
            result = with_change_findings(result, files, against)
    else:
        result = _validate_with_progress(files, limits, disabled, jobs or os.cpu_count() or 1)
    fmt = resolve(OutputFormat(output_format.value), dict(os.environ))
    sys.stdout.write(FORMATS[fmt](result))
    if any(f.rule == "file-unreadable" for f in result.findings):
        raise typer.Exit(2)
    raise typer.Exit(1 if result.failed(strict=strict) else 0)


def _validate_with_progress(
    files: list[Path], limits: "LoadLimits", disabled: frozenset[str], jobs: int
) -> "ValidationResult":
    """validate_many, with a progress bar on a terminal (none when piped or under CI)."""
    from smartcity_cli.parallel import validate_many

    show = len(files) > 1 and sys.stderr.isatty() and not os.environ.get("CI")
    if not show:
        return validate_many(files, limits=limits, disabled=disabled, jobs=jobs, findings_only=True)
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("validating", total=len(files))
        return validate_many(files, limits=limits, disabled=disabled, jobs=jobs,
                             advance=lambda: progress.advance(task), findings_only=True)  # fmt: skip


@app.command()
def rules(
    rule_id: Annotated[
        Optional[str], typer.Argument(help="Show the full documentation of this rule.")  # noqa: UP045
    ] = None,
    markdown: Annotated[
        bool,
        typer.Option("--markdown", help="Print the rule reference as Markdown (docs/rules.md)."),
    ] = False,
) -> None:
    """List the rules behind every finding, or document one of them."""
    from smartcity_cli.rules import RULES, all_rules, fixability, rules_markdown

    if markdown:
        sys.stdout.write(rules_markdown())
        return
    listed = all_rules()
    if rule_id is None:
        width = max(len(r.id) for r in listed)
        for rule in listed:
            group = f" [{rule.group}]" if rule.group else ""
            typer.echo(f"{rule.id:<{width}}  {rule.severity.value:<7}  {rule.summary()}{group}")
        return
    if rule_id not in RULES:
        raise SmartcityError(f"no rule `{rule_id}`; `smartcity rules` lists them")
    rule = RULES[rule_id]
    typer.echo(f"{rule.id} ({rule.severity.value}, {rule.stage.value}; {fixability(rule)})\n\n"
               f"{rule.doc()}")  # fmt: skip


@app.command()
def schema() -> None:
    """Print the JSON Schema of format v1 (also at schema/masterplan.schema.json).

    Point yaml-language-server at it with a first line
    `# yaml-language-server: $schema=../schema/masterplan.schema.json`.
    """
    from smartcity_cli.schema import schema_text

    sys.stdout.write(schema_text())
