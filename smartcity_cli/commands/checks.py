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
    MessageLang,
    app,
    load_limits,
    speak,
    tell,
)
from smartcity_cli.errors import SmartcityError, UsageError
from smartcity_cli.messages import msg

if TYPE_CHECKING:
    from smartcity_cli.commands.common import Language
    from smartcity_cli.formats import Style
    from smartcity_cli.limits import LoadLimits
    from smartcity_cli.validate import FileResult, ValidationResult


class ValidateFormat(str, enum.Enum):
    auto = "auto"
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


class ColorChoice(str, enum.Enum):
    auto = "auto"
    always = "always"
    never = "never"


@app.command()
def validate(
    paths: Annotated[
        Optional[list[Path]],  # noqa: UP045 (typer reads the annotation at run time on 3.10 too)
        typer.Argument(
            help="Plan files or directories of them; '-' reads one plan from standard input. "
            "[default: ./masterplans/]"
        ),
    ] = None,
    output_format: Annotated[
        ValidateFormat,
        typer.Option(
            "--format",
            "-f",
            help="text: file:line:col: severity [rule] message. json: see docs/validate-json.md. "
            "github: workflow annotations. sarif: SARIF 2.1.0 for code scanning. "
            "auto: github under GitHub Actions (GITHUB_ACTIONS true/1/yes/on), else text.",
        ),
    ] = ValidateFormat.auto,
    quiet: Annotated[
        bool,
        typer.Option("--quiet", "-q", help="Print findings only: no summary line (text, github)."),
    ] = False,
    color: Annotated[
        ColorChoice,
        typer.Option(
            "--color",
            help="Colour the text format: auto (on a terminal, unless NO_COLOR is set), "
            "always or never.",
        ),
    ] = ColorChoice.auto,
    stdin_filename: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--stdin-filename",
            metavar="NAME",
            help="The name to report a plan read from standard input ('-') under; its stem "
            "is the slug the plan is checked against. [default: <stdin>]",
        ),
    ] = None,
    strict: Annotated[
        Optional[bool],  # noqa: UP045
        typer.Option("--strict/--no-strict", help="Fail on warnings too. [default: no-strict]"),
    ] = None,
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
            "warnings); repeat for more. Replaces the configuration's `disable` list.",
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
    lang: MessageLang = None,
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
    2 wrong usage, or a file that is missing or cannot be read (reported beside the others,
    which are all still checked).

    Under GitHub Actions (GITHUB_STEP_SUMMARY set) a Markdown table of every finding is also
    appended to the job summary.
    """
    from smartcity_cli.config import current_config
    from smartcity_cli.formats import FORMATS, OutputFormat, Style, resolve
    from smartcity_cli.limits import enforcing
    from smartcity_cli.plans import plan_files, require_plans_dir
    from smartcity_cli.rules import expand_rule_names
    from smartcity_cli.validate import ValidationResult, validate_bytes, validate_paths

    config = current_config()  # the command line wins over the configuration file
    speak(lang)
    strict = config.strict if strict is None else strict
    disabled = expand_rule_names(list(config.disable) if disable is None else disable)
    given = paths or [require_plans_dir(config.plans_dir)]
    reads_stdin = [p for p in given if str(p) == "-"]
    if len(reads_stdin) > 1:
        raise UsageError(msg("'-' (standard input) can be given only once"))
    if reads_stdin and against:
        raise UsageError(msg("--against compares files with git; it cannot check standard input"))
    files = plan_files([p for p in given if str(p) != "-"], missing_ok=True)
    limits = load_limits(max_bytes, max_values, max_items, alias_budget)
    if fix:
        import datetime as dt

        from smartcity_cli.autofix import run_fixes

        diff, summary = run_fixes(files, dry_run=dry_run, limits=limits, updated=dt.date.today(),
                                  lang=_fix_language(lang, files))  # fmt: skip
        sys.stdout.write(diff if dry_run else "")
        sys.stderr.write(summary)
    if against:  # the edit checks need each file's plan and document: one process
        from smartcity_cli.diff import with_change_findings

        with enforcing(limits):  # the git versions are read under the same limits
            result = validate_paths(files, limits=limits, disabled=disabled)
            result = with_change_findings(result, files, against)
    else:
        result = _validate_with_progress(files, limits, disabled, jobs or os.cpu_count() or 1)
    if reads_stdin:
        name = stdin_filename or "<stdin>"
        stem = Path(name).stem if stdin_filename else ""
        piped = validate_bytes(sys.stdin.buffer.read(), name, stem, limits=limits,
                               disabled=disabled)  # fmt: skip
        result = ValidationResult((piped, *result.files))
    environ = dict(os.environ)
    fmt = resolve(OutputFormat(output_format.value), environ)
    languages = {_language_of(r) for r in result.files} - {None}
    said = speak(lang, plan=languages.pop() if len(languages) == 1 else None)
    style = Style(quiet=quiet, color=_use_color(color, environ), lang=said)
    sys.stdout.write(FORMATS[fmt](result, style))
    if environ.get("GITHUB_STEP_SUMMARY"):
        _append_step_summary(result, environ["GITHUB_STEP_SUMMARY"], style)
    if any(f.rule == "file-unreadable" for f in result.findings):
        raise typer.Exit(2)
    raise typer.Exit(1 if result.failed(strict=strict) else 0)


def _language_of(result: "FileResult") -> str | None:
    """A file's language: its plan's; for a plan with errors, its `language:` line, else the
    format's default (id); None for a file that cannot be read."""
    from smartcity_cli.commands.common import declared_language

    if result.plan is not None:
        return result.plan.language
    try:
        return declared_language(Path(result.file)) or "id"
    except OSError:
        return None


def _fix_language(lang: "Language | None", files: list[Path]) -> str:
    """The message language for the --fix summary, from the plans' declared languages."""
    from smartcity_cli.commands.common import declared_language

    def declared(path: Path) -> str | None:
        try:
            return declared_language(path)
        except OSError:  # reported as a finding by validate
            return None

    languages = {declared(path) for path in files}
    return speak(lang, plan=languages.pop() if len(languages) == 1 else None)


def _use_color(choice: ColorChoice, environ: dict[str, str]) -> bool:
    if choice is not ColorChoice.auto:
        return choice is ColorChoice.always
    return sys.stdout.isatty() and not environ.get("NO_COLOR")  # https://no-color.org


def _append_step_summary(result: "ValidationResult", path: str, style: "Style") -> None:
    """Add the Markdown summary to the job's page; a summary that cannot be written is a
    warning on standard error, never a failed check."""
    from smartcity_cli.formats import summary

    try:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(summary.render(result, style))
    except OSError as exc:
        tell(msg("warning: cannot write the step summary {path}: {reason}", path=path,
                 reason=exc.strerror), err=True)  # fmt: skip


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
def config() -> None:
    """Print the settings in force, and where each comes from.

    Settings are read from `.smartcity.toml`, or `[tool.smartcity]` in `pyproject.toml`,
    in the working directory or the nearest directory above it that has one (or that has a
    masterplans/ directory: the plans repository). Command-line options win over them.
    """
    from smartcity_cli.config import current_config, describe

    sys.stdout.write(describe(current_config()))


@app.command()
def rules(
    rule_id: Annotated[
        Optional[str], typer.Argument(help="Show the full documentation of this rule.")  # noqa: UP045
    ] = None,
    markdown: Annotated[
        bool,
        typer.Option(
            "--markdown",
            help="Print the rule reference as Markdown (docs/rules.md; "
            "with --lang id, docs/rules.id.md).",
        ),
    ] = False,
    lang: MessageLang = None,
) -> None:
    """List the rules behind every finding, or document one of them, in Indonesian or
    English (rule ids are the same in both)."""
    from smartcity_cli.rules import RULES, all_rules, fixability, rules_markdown

    said = speak(lang)
    if markdown:
        sys.stdout.write(rules_markdown(said))
        return
    listed = all_rules()
    if rule_id is None:
        width = max(len(r.id) for r in listed)
        for rule in listed:
            group = f" [{rule.group}]" if rule.group else ""
            typer.echo(f"{rule.id:<{width}}  {rule.severity.value:<7}  {rule.summary_in(said)}"
                       f"{group}")  # fmt: skip
        return
    if rule_id not in RULES:
        raise SmartcityError(
            msg("no rule `{rule_id}`; `smartcity rules` lists them", rule_id=rule_id)
        )
    rule = RULES[rule_id]
    typer.echo(f"{rule.id} ({rule.severity.value}, {rule.stage.value}; "
               f"{fixability(rule, said)})\n\n{rule.doc_in(said)}")  # fmt: skip


@app.command()
def schema() -> None:
    """Print the JSON Schema of format v1 (also at schema/masterplan.schema.json).

    Point yaml-language-server at it with a first line
    `# yaml-language-server: $schema=../schema/masterplan.schema.json`.
    """
    from smartcity_cli.schema import schema_text

    sys.stdout.write(schema_text())
