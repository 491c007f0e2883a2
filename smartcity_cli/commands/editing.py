"""Commands that change plans: set, export, import, new."""

import datetime as dt
import enum
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
    max_bytes: MaxBytes = None,
    max_values: MaxValues = None,
    max_items: MaxItems = None,
    alias_budget: AliasBudget = None,
    lang: MessageLang = None,
) -> None:
    """Change a program's status, progress, indicator values or note, in place.

    Only the values set change in the file: comments, key order, quoting, indentation and
    blank lines stay as they are; revision goes up by one and updated is set. The plan is
    checked before the edit and the result after it: nothing is written if either has
    errors. The write is atomic, keeps the file's mode, owner and group, and never
    overwrites an edit another process made meanwhile (the edit is redone on the new text).

    Example: smartcity set palu GOV-01 --status completed --progress 100

    Exit codes: 0 changed (or nothing to change); 1 the plan or the result would have
    errors, or the file cannot be written (read-only, hard-linked); 2 wrong usage, or an
    unknown plan.
    """
    from smartcity_cli.edit_summary import edit_summary
    from smartcity_cli.limits import enforcing
    from smartcity_cli.setcmd import run_set

    said = speak_for_plan(lang, plan, plans_dir)
    with enforcing(load_limits(max_bytes, max_values, max_items, alias_budget)) as limits:
        result = run_set(
            plan, program, status=status.value if status else None, progress=progress,
            actuals=actual or [], note=note,
            updated=updated.date() if updated else dt.date.today(), plans_dir=plans_dir,
            dry_run=dry_run, limits=limits,
        )  # fmt: skip
    typer.echo(edit_summary(result, said), nl=False)


class Delimiter(str, enum.Enum):
    comma = ","
    semicolon = ";"
    tab = "tab"

    @property
    def character(self) -> str:
        return "\t" if self is Delimiter.tab else self.value


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
    max_bytes: MaxBytes = None,
    max_values: MaxValues = None,
    max_items: MaxItems = None,
    alias_budget: AliasBudget = None,
) -> None:
    """Export a plan to a spreadsheet for the agencies to fill in: programs, action-plan
    items, indicators and targets, with dropdowns, a frozen header and read-only columns
    marked. Bring the edits back with `smartcity import`."""
    from smartcity_cli.limits import enforcing
    from smartcity_cli.sheets_export import run_export

    speak_for_plan(lang, plan, plans_dir)
    with enforcing(load_limits(max_bytes, max_values, max_items, alias_budget)):
        message = run_export(plan, output, fmt=output_format.value,
                             lang=lang.value if lang else None, plans_dir=plans_dir)  # fmt: skip
    tell(message)


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
    take_sheet: Annotated[
        bool,
        typer.Option(
            "--take-sheet",
            help="Where a cell changed both in the sheet and in the plan since the export, "
            "take the sheet's value (without it such conflicts stop the import).",
        ),
    ] = False,
    delimiter: Annotated[
        Optional[Delimiter],  # noqa: UP045
        typer.Option(
            "--delimiter", help="CSV delimiter: , ; or tab. [default: detected from the header]"
        ),
    ] = None,
    plans_dir: PlansDir = Path("masterplans"),
    max_bytes: MaxBytes = None,
    max_values: MaxValues = None,
    max_items: MaxItems = None,
    alias_budget: AliasBudget = None,
    lang: MessageLang = None,
) -> None:
    """Apply an edited spreadsheet to its plan: status, progress, note and pillar of programs,
    done of action-plan items, actual values of indicators. Comments and formatting stay;
    one revision for the whole import. Any problem in the sheet (unknown id, bad status,
    progress out of range, merged or missing header cells, a repeated row, a file past the
    plan's size limits) is reported with its cell, and nothing is written.

    The workbook records the plan it was exported from and each editable cell's value then.
    A cell the sheet did not change is ignored; one it changed is applied when the plan
    still holds the exported value; one changed in both the sheet and the plan is a
    conflict, listed with the three values, and nothing is written (unless --take-sheet).
    So the sheets of several agencies from one export merge. A sheet without the record
    (from an older smartcity) is applied with a warning that conflicts cannot be detected.

    Exit codes: 0 applied (or nothing to change); 1 problems in the sheet or an invalid
    result; 2 wrong usage.
    """
    from smartcity_cli.edit_summary import edit_summary
    from smartcity_cli.plans import resolve_plan
    from smartcity_cli.sheets_import import run_import

    said = speak_for_plan(lang, into, plans_dir)
    if not source.exists():
        from smartcity_cli.errors import UsageError

        raise UsageError(msg("{source}: no such file or directory", source=source))
    from smartcity_cli.limits import enforcing

    with enforcing(load_limits(max_bytes, max_values, max_items, alias_budget)):
        path = resolve_plan(into, plans_dir)
        result = run_import(source, path, dry_run=dry_run, take_sheet=take_sheet,
                            delimiter=delimiter.character if delimiter else None,
                            updated=updated.date() if updated else dt.date.today())  # fmt: skip
    for warning in result.warnings:
        tell(warning, err=True)
    typer.echo(edit_summary(result.edit, said), nl=False)


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
        Optional[Language],  # noqa: UP045
        typer.Option(
            "--lang",
            help="Language of the comments, the reports and the messages. "
            "[default: id for the plan; messages as every command]",
        ),
    ] = None,
    plans_dir: PlansDir = Path("masterplans"),
) -> None:
    """Start a new plan: masterplans/SLUG.yaml, valid, with commented sections to fill in.

    Never overwrites a file. Example: smartcity new kota-palu --name "Kota Palu" --kind kota
    --province "Sulawesi Tengah" --start 2022 --end 2031
    """
    from smartcity_cli.errors import UsageError
    from smartcity_cli.scaffold import run_new

    speak(lang)
    if kind is not Kind.provinsi and not province:
        raise UsageError(msg("a {kind_value} needs --province", kind_value=kind.value))
    path, schema = run_new(slug, plans_dir=plans_dir, name=name, kind=kind.value, province=province,
                   framework=framework.value, start=start, end=end or start + 9,
                   lang=lang.value if lang else "id", today=dt.date.today())  # fmt: skip
    if schema:
        tell(msg("written {schema}, the JSON Schema that editors check the plan with",
                 schema=schema))  # fmt: skip
    tell(msg("written {path}; check it with: smartcity validate {path}", path=path))
