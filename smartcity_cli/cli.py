"""The command line: each command turns options into one core call, then formats and exits.

Heavy modules (rich, jinja2, the checks) are imported inside the commands, so that
``smartcity --help`` starts fast.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from smartcity_cli import __version__
from smartcity_cli.errors import PlanInvalidError, SmartcityError

if TYPE_CHECKING:  # imported lazily at run time, to keep start-up fast
    from smartcity_cli.loader import LoadLimits
    from smartcity_cli.validate import ValidationResult

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


class ValidateFormat(str, enum.Enum):
    auto = "auto"
    text = "text"
    json = "json"
    github = "github"


class ReportFormat(str, enum.Enum):
    terminal = "terminal"
    md = "md"
    html = "html"


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
        "html needs a file or '-'.",
    ),
]
PlansDir = Annotated[
    Path, typer.Option("--dir", help="Directory that holds <slug>.yaml plans.", show_default=True)
]


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
    max_bytes: MaxBytes = 5_000_000,
    max_values: MaxValues = 250_000,
    alias_budget: AliasBudget = 10_000,
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
    from smartcity_cli.loader import LoadLimits
    from smartcity_cli.plans import DEFAULT_DIR, plan_files
    from smartcity_cli.rules import expand_rule_names
    from smartcity_cli.validate import validate_paths

    disabled = expand_rule_names(disable or [])
    files = plan_files(paths or [DEFAULT_DIR])
    limits = LoadLimits(max_bytes=max_bytes, alias_budget=alias_budget, max_values=max_values)
    if against:  # the edit checks need each file's plan and document: one process
        result = validate_paths(files, limits=limits, disabled=disabled)
    else:
        result = _validate_with_progress(files, limits, disabled, jobs or os.cpu_count() or 1)
    if against:
        from smartcity_cli.diff import with_change_findings

        result = with_change_findings(result, files, against)
    fmt = resolve(OutputFormat(output_format.value), dict(os.environ))
    sys.stdout.write(FORMATS[fmt](result))
    if any(f.rule == "file-unreadable" for f in result.findings):
        raise typer.Exit(2)
    raise typer.Exit(1 if result.failed(strict=strict) else 0)


def _validate_with_progress(
    files: list[Path], limits: LoadLimits, disabled: frozenset[str], jobs: int
) -> ValidationResult:
    """validate_many, with a progress bar on a terminal (none when piped or under CI)."""
    from smartcity_cli.parallel import validate_many

    show = len(files) > 1 and sys.stderr.isatty() and not os.environ.get("CI")
    if not show:
        return validate_many(files, limits=limits, disabled=disabled, jobs=jobs)
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("validating", total=len(files))
        return validate_many(files, limits=limits, disabled=disabled, jobs=jobs,
                             advance=lambda: progress.advance(task))  # fmt: skip


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
    from smartcity_cli.rules import RULES, all_rules, rules_markdown

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
    typer.echo(f"{rule.id} ({rule.severity.value}, {rule.stage.value})\n\n{rule.doc()}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of format v1 (also at schema/masterplan.schema.json).

    Point yaml-language-server at it with a first line
    `# yaml-language-server: $schema=../schema/masterplan.schema.json`.
    """
    from smartcity_cli.schema import schema_text

    sys.stdout.write(schema_text())


@app.command()
def report(
    plan: PlanArg,
    output_format: Annotated[
        ReportFormat,
        typer.Option("--format", "-f", help="terminal (default), md (Markdown) or html."),
    ] = ReportFormat.terminal,
    output: DocumentOutput = None,
    lang: Annotated[
        Optional[Language],  # noqa: UP045
        typer.Option("--lang", help="Report language: id or en. [default: the plan's language]"),
    ] = None,
    as_of: Annotated[
        Optional[dt.datetime],  # noqa: UP045
        typer.Option(
            "--as-of",
            formats=["%Y-%m-%d"],
            help="Date the figures are computed at (overdue programs). [default: today]",
        ),
    ] = None,
    plans_dir: PlansDir = Path("masterplans"),
) -> None:
    """Show how far a plan has come: realisation, progress, action plans, claims.

    In the terminal by default; --format md or html writes a document for planners and
    assessors, in Indonesian or English (--lang).

    Exit codes: 0 success; 1 the plan has errors or the report cannot be written;
    2 wrong usage, or a plan that cannot be found or read.
    """
    from smartcity_cli.report import run_report

    run_report(
        plan,
        fmt=output_format.value,
        output=output,
        lang=lang.value if lang else None,
        as_of=as_of.date() if as_of else dt.date.today(),
        plans_dir=plans_dir,
    )


class DocumentFormat(str, enum.Enum):
    md = "md"
    html = "html"


@app.command()
def evaluate(
    plan: PlanArg,
    stage: Annotated[int, typer.Option("--stage", "-s", min=1, help="Evaluation stage (tahap).")],
    output_format: Annotated[
        DocumentFormat,
        typer.Option("--format", "-f", help="md (Markdown) or html (print-ready, A4)."),
    ] = DocumentFormat.md,
    output: DocumentOutput = None,
    lang: Annotated[
        Optional[Language],  # noqa: UP045
        typer.Option("--lang", help="Document language: id or en. [default: the plan's language]"),
    ] = None,
    as_of: Annotated[
        Optional[dt.datetime],  # noqa: UP045
        typer.Option(
            "--as-of",
            formats=["%Y-%m-%d"],
            help="Date the figures are computed at. [default: the evaluation's date]",
        ),
    ] = None,
    plans_dir: PlansDir = Path("masterplans"),
) -> None:
    """Write the evaluation document of one stage, for the assessors.

    Cover, summary with each claim checked against the data, programs per pillar, quick
    wins, overdue programs, action plans with their items, indicators, governance and
    sources. HTML prints on A4 with a running header and page numbers.

    Exit codes: 0 success; 1 the plan has errors, no evaluation of that stage, or the
    document cannot be written; 2 wrong usage, or a plan that cannot be found or read.
    """
    from smartcity_cli.evaluate import run_evaluate

    run_evaluate(
        plan,
        stage=stage,
        fmt=output_format.value,
        output=output,
        lang=lang.value if lang else None,
        as_of=as_of.date() if as_of else None,
        plans_dir=plans_dir,
    )


@app.command()
def site(
    plans_dir: Annotated[
        Path, typer.Argument(help="Directory of plans.", show_default=True)
    ] = Path("masterplans"),
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Directory to build the site in.")
    ] = Path("_site"),
    as_of: Annotated[
        Optional[dt.datetime],  # noqa: UP045
        typer.Option(
            "--as-of",
            formats=["%Y-%m-%d"],
            help="Date the figures are computed at. [default: today]",
        ),
    ] = None,
) -> None:
    """Build a static site of all plans: an index, a report per region in both languages,
    the validation findings, and figures.json. Opens offline from file://.

    Plans that fail validation appear with their errors instead of breaking the build.

    Exit codes: 0 the site was built (even with invalid plans in it); 1 it could not be
    written; 2 wrong usage, or an output directory that is not a previous site.
    """
    from smartcity_cli.site import build_site

    summary = build_site(plans_dir, output, as_of=as_of.date() if as_of else dt.date.today())
    typer.echo(
        f"built {summary.out}: {summary.regions} regions ({summary.valid} valid), "
        f"{summary.pages} files; open {summary.out / 'index.html'}"
    )


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
    from smartcity_cli.render.diff import DIFF_FORMATS

    specs = revisions or []
    cwd = Path.cwd()
    if git is not None:
        result = diff_git(git, specs, cwd)
    elif len(specs) == 2:
        result = diff_specs(specs[0], specs[1], cwd)
    else:
        raise UsageError("give OLD and NEW (files or REF:path), or --git BASE")
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

    if output_format is HistoryFormat.html and output is None:
        raise UsageError("an HTML history needs a file: add -o history.html (or -o - for stdout)")
    result = plan_history(plan, plans_dir)
    text = HISTORY_FORMATS[output_format.value](result, lang.value if lang else "id")
    write_document(text, output or "-")


@app.command()
def migrate(
    file: Annotated[Path, typer.Argument(help="The plan file to upgrade, in place.")],
    to: Annotated[int, typer.Option("--to", min=1, help="The format version to upgrade to.")],
) -> None:
    """Upgrade a plan file to a newer format version, one registered step at a time.

    The migrated file gets its revision raised by one. Format 1 is the only version today,
    so there is nothing to migrate yet; see docs/format.md, "Versions and migrations".

    Exit codes: 0 migrated or already there; 1 no migration leads there; 2 wrong usage.
    """
    from smartcity_cli.migrate import run_migrate

    typer.echo(run_migrate(file, to))


class Status(str, enum.Enum):
    planned = "planned"
    running = "running"
    completed = "completed"
    delayed = "delayed"
    cancelled = "cancelled"


@app.command(name="set")
def set_values(
    plan: Annotated[str, typer.Argument(help="Plan slug or path.")],
    program: Annotated[str, typer.Argument(help="Program id, e.g. GOV-01.")],
    status: Annotated[
        Optional[Status], typer.Option("--status", help="New status.")  # noqa: UP045
    ] = None,
    progress: Annotated[
        Optional[float],  # noqa: UP045
        typer.Option("--progress", min=0, max=100, help="New progress, percent 0..100."),
    ] = None,
    actual: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--actual",
            metavar="INDICATOR=VALUE",
            help="Latest value of one of the program's indicators; repeat for more.",
        ),
    ] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="A remark on the program.")] = None,  # noqa: UP045
    updated: Annotated[
        Optional[dt.datetime],  # noqa: UP045
        typer.Option(
            "--updated", formats=["%Y-%m-%d"], help="Date of the new revision. [default: today]"
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show the change; write nothing.")
    ] = False,
    plans_dir: PlansDir = Path("masterplans"),
) -> None:
    """Change a program's status, progress, indicator values or note, in place.

    Comments, key order, quoting and blank lines stay as they are; revision goes up by one
    and updated is set. The result is validated first: nothing is written if it would be
    invalid, and the write is atomic.

    Example: smartcity set palu GOV-01 --status completed --progress 100

    Exit codes: 0 changed (or nothing to change); 1 the result would be invalid, or the
    file's formatting cannot be kept; 2 wrong usage, or an unknown plan.
    """
    from smartcity_cli.render.diff import render_text
    from smartcity_cli.setcmd import run_set

    result = run_set(
        plan, program, status=status.value if status else None, progress=progress,
        actuals=actual or [], note=note, updated=updated.date() if updated else dt.date.today(),
        plans_dir=plans_dir, dry_run=dry_run,
    )  # fmt: skip
    if not result.edits:
        typer.echo(f"{result.path}: nothing changed")
        return
    for e in result.edits:
        typer.echo(f"{e.where}: {e.old or '–'} -> {e.new}")
    typer.echo(render_text(result.diff, None), nl=False)
    typer.echo(f"{result.path}: {'written' if result.written else 'not written (--dry-run)'}")


class SheetFormat(str, enum.Enum):
    xlsx = "xlsx"
    csv = "csv"


@app.command()
def export(
    plan: Annotated[str, typer.Argument(help="Plan slug or path.")],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The .xlsx file, or the directory for CSV.")
    ],
    output_format: Annotated[
        SheetFormat,
        typer.Option("--format", "-f", help="xlsx (one workbook) or csv (a directory)."),
    ] = SheetFormat.xlsx,
    lang: Annotated[
        Optional[Language],  # noqa: UP045
        typer.Option("--lang", help="Language of the header row. [default: the plan's]"),
    ] = None,
    plans_dir: PlansDir = Path("masterplans"),
) -> None:
    """Export a plan to a spreadsheet for the agencies to fill in: programs, action-plan
    items, indicators and targets, with dropdowns, a frozen header and read-only columns
    marked. Bring the edits back with `smartcity import`."""
    from smartcity_cli.sheets import run_export

    typer.echo(run_export(plan, output, fmt=output_format.value,
                          lang=lang.value if lang else None, plans_dir=plans_dir))  # fmt: skip


@app.command(name="import")
def import_sheet(
    source: Annotated[Path, typer.Argument(help="The edited .xlsx file, or a CSV directory.")],
    into: Annotated[str, typer.Option("--into", help="Plan slug or path to apply it to.")],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show the changes; write nothing.")
    ] = False,
    updated: Annotated[
        Optional[dt.datetime],  # noqa: UP045
        typer.Option(
            "--updated", formats=["%Y-%m-%d"], help="Date of the new revision. [default: today]"
        ),
    ] = None,
    plans_dir: PlansDir = Path("masterplans"),
) -> None:
    """Apply an edited spreadsheet to its plan: status, progress, note and pillar of programs,
    done of action-plan items, actual values of indicators. Comments and formatting stay;
    one revision for the whole import. Any problem in the sheet (unknown id, bad status,
    progress out of range, merged or missing header cells) is reported with its cell, and
    nothing is written.

    Exit codes: 0 applied (or nothing to change); 1 problems in the sheet or an invalid
    result; 2 wrong usage.
    """
    from smartcity_cli.render.diff import render_text
    from smartcity_cli.report import load_valid_plan
    from smartcity_cli.sheets import run_import

    if not source.exists():
        from smartcity_cli.errors import UsageError

        raise UsageError(f"{source}: no such file or directory")
    path, loaded = load_valid_plan(into, plans_dir)
    result = run_import(source, path, plan=loaded, dry_run=dry_run,
                        updated=updated.date() if updated else dt.date.today())  # fmt: skip
    if not result.edits:
        typer.echo(f"{path}: nothing changed")
        return
    for e in result.edits:
        typer.echo(f"{e.where}: {e.old or '–'} -> {e.new}")
    typer.echo(render_text(result.diff, None), nl=False)
    typer.echo(f"{path}: {'written' if result.written else 'not written (--dry-run)'}")


class Kind(str, enum.Enum):
    kota = "kota"
    kabupaten = "kabupaten"
    provinsi = "provinsi"


class Framework(str, enum.Enum):
    kominfo = "kominfo"
    giffinger = "giffinger"


@app.command()
def new(
    slug: Annotated[str, typer.Argument(help="Short name of the plan, e.g. kota-palu.")],
    name: Annotated[str, typer.Option("--name", help='Official name, e.g. "Kota Palu".')],
    kind: Annotated[Kind, typer.Option("--kind", help="kota, kabupaten or provinsi.")],
    province: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--province", help="Province (not for a provinsi)."),
    ] = None,
    framework: Annotated[Framework, typer.Option("--framework")] = Framework.kominfo,
    start: Annotated[
        int, typer.Option("--start", help="First year of the plan.")
    ] = dt.date.today().year,
    end: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--end", help="Last year. [default: start + 9]"),
    ] = None,
    lang: Annotated[
        Language, typer.Option("--lang", help="Language of the comments and reports.")
    ] = Language.id,
    plans_dir: PlansDir = Path("masterplans"),
) -> None:
    """Start a new plan: masterplans/SLUG.yaml, valid, with commented sections to fill in.

    Never overwrites a file. Example: smartcity new kota-palu --name "Kota Palu" --kind kota
    --province "Sulawesi Tengah" --start 2022 --end 2031
    """
    from smartcity_cli.errors import UsageError
    from smartcity_cli.scaffold import run_new

    if kind is not Kind.provinsi and not province:
        raise UsageError(f"a {kind.value} needs --province")
    path = run_new(slug, plans_dir=plans_dir, name=name, kind=kind.value, province=province,
                   framework=framework.value, start=start, end=end or start + 9,
                   lang=lang.value, today=dt.date.today())  # fmt: skip
    typer.echo(f"written {path}; check it with: smartcity validate {path}")


def main() -> None:
    """Console entry point: typer handles usage errors (exit 2); ours become messages."""
    try:
        app()
    except SmartcityError as exc:
        _print_error(exc)
        sys.exit(exc.exit_code)


def _print_error(exc: SmartcityError) -> None:
    if isinstance(exc, PlanInvalidError):
        from smartcity_cli.formats.text import finding_line

        for finding in exc.findings:
            sys.stderr.write(finding_line(finding) + "\n")
        sys.stderr.write(f"error: {exc}; fix them first (`smartcity validate` lists them)\n")
        return
    from smartcity_cli.errors import LoadError

    if isinstance(exc, LoadError):
        from smartcity_cli.formats.text import finding_line

        sys.stderr.write(finding_line(exc.finding) + "\n")
        return
    sys.stderr.write(f"error: {exc}\n")
