"""Commands that write documents: report, evaluate, site."""

import datetime as dt
import enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from smartcity_cli.commands.common import (
    AliasBudget,
    DocumentOutput,
    LangOption,
    MaxBytes,
    MaxItems,
    MaxValues,
    MessageLang,
    PlanArg,
    PlansDir,
    app,
    load_limits,
    speak,
    speak_for_plan,
    tell,
)
from smartcity_cli.messages import msg


class ReportFormat(str, enum.Enum):
    terminal = "terminal"
    md = "md"
    html = "html"
    pdf = "pdf"


class ReportSection(str, enum.Enum):
    all = "all"
    spbe = "spbe"


@app.command()
def report(
    plan: PlanArg,
    output_format: Annotated[
        ReportFormat,
        typer.Option(
            "--format",
            "-f",
            help="terminal (default), md (Markdown), html, or pdf (A4; the [pdf] extra "
            "and an installed Chromium).",
        ),
    ] = ReportFormat.terminal,
    output: DocumentOutput = None,
    lang: LangOption = None,
    as_of: Annotated[
        Optional[dt.datetime],  # noqa: UP045
        typer.Option(
            "--as-of",
            formats=["%Y-%m-%d"],
            help="Date the figures are computed at (overdue programs). [default: today]",
        ),
    ] = None,
    plans_dir: PlansDir = Path("masterplans"),
    section: Annotated[
        ReportSection,
        typer.Option(
            "--section",
            help="all (default), or spbe: only the SPBE extract a region attaches as evidence "
            "for the SPBE architecture indicator (with --format md or html).",
        ),
    ] = ReportSection.all,
    rows: Annotated[
        int,
        typer.Option(
            "--rows",
            min=0,
            help="The terminal report lists at most this many programmes a list (Quick Wins, "
            "overdue), then says how many more; 0 lists them all. Documents list all.",
        ),
    ] = 50,
    max_bytes: MaxBytes = None,
    max_values: MaxValues = None,
    max_items: MaxItems = None,
    alias_budget: AliasBudget = None,
) -> None:
    """Show how far a plan has come: realisation, progress, action plans, claims.

    In the terminal by default; --format md or html writes a document for planners and
    assessors, in Indonesian or English (--lang). --section spbe writes only the SPBE
    extract: SPBE results by year and, per SPBE indicator, the programs that serve it.

    Exit codes: 0 success; 1 the plan has errors or the report cannot be written;
    2 wrong usage, or a plan that cannot be found or read.
    """
    from smartcity_cli.limits import enforcing
    from smartcity_cli.report import run_report

    speak_for_plan(lang, plan, plans_dir)
    with enforcing(load_limits(max_bytes, max_values, max_items, alias_budget)):
        run_report(
            plan,
            fmt=output_format.value,
            output=output,
            lang=lang.value if lang else _configured_language(),
            as_of=as_of.date() if as_of else dt.date.today(),
            plans_dir=plans_dir,
            section=section.value,
            rows=rows,
        )


class DocumentFormat(str, enum.Enum):
    md = "md"
    html = "html"
    pdf = "pdf"
    docx = "docx"


@app.command()
def evaluate(
    plan: PlanArg,
    stage: Annotated[int, typer.Option("--stage", "-s", min=1, help="Evaluation stage (tahap).")],
    output_format: Annotated[
        DocumentFormat,
        typer.Option(
            "--format",
            "-f",
            help="md (Markdown), html (print-ready, A4), pdf (A4; the [pdf] extra and an "
            "installed Chromium) or docx (Word; the [docx] extra).",
        ),
    ] = DocumentFormat.md,
    output: DocumentOutput = None,
    lang: LangOption = None,
    as_of: Annotated[
        Optional[dt.datetime],  # noqa: UP045
        typer.Option(
            "--as-of",
            formats=["%Y-%m-%d"],
            help="Date the figures are computed at. [default: the evaluation's date]",
        ),
    ] = None,
    plans_dir: PlansDir = Path("masterplans"),
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Print the readiness list instead: what lacks evidence, what is stale, "
            "which recommendations are open. Exit 1 when something is missing.",
        ),
    ] = False,
    max_bytes: MaxBytes = None,
    max_values: MaxValues = None,
    max_items: MaxItems = None,
    alias_budget: AliasBudget = None,
) -> None:
    """Write the evaluation document of one stage, for the assessors.

    Cover, summary with each claim checked against the data, the 0-5 result, assessor
    findings and the follow-up of the previous stage, programs per pillar, quick wins,
    overdue programs, action plans with their items, indicators, evidence, governance and
    sources. HTML prints on A4 with a running header and page numbers.

    With --check, print the readiness list for the interview instead.

    Exit codes: 0 success (with --check: nothing missing); 1 the plan has errors, no
    evaluation of that stage, the document cannot be written, or (with --check)
    something is missing; 2 wrong usage, or a plan that cannot be found or read.
    """
    from smartcity_cli.evaluate import run_evaluate, run_readiness
    from smartcity_cli.limits import enforcing

    speak_for_plan(lang, plan, plans_dir)
    limits = load_limits(max_bytes, max_values, max_items, alias_budget)
    if check:
        with enforcing(limits):
            text, missing = run_readiness(
                plan,
                stage=stage,
                as_of=as_of.date() if as_of else None,
                plans_dir=plans_dir,
                lang=lang.value if lang else _configured_language(),
            )
        typer.echo(text, nl=False)
        raise typer.Exit(1 if missing else 0)

    with enforcing(limits):
        run_evaluate(
            plan,
            stage=stage,
            fmt=output_format.value,
            output=output,
            lang=lang.value if lang else _configured_language(),
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
    max_bytes: MaxBytes = None,
    max_values: MaxValues = None,
    max_items: MaxItems = None,
    alias_budget: AliasBudget = None,
    lang: MessageLang = None,
) -> None:
    """Build a static site of all plans: an index, a report per region in both languages,
    the validation findings, and figures.json. Opens offline from file://.

    Plans that fail validation appear with their errors instead of breaking the build.

    Exit codes: 0 the site was built (even with invalid plans in it); 1 it could not be
    written; 2 wrong usage, or an output directory that is not a previous site.
    """
    from smartcity_cli.limits import enforcing
    from smartcity_cli.plans import plans_directory, require_plans_dir
    from smartcity_cli.site import build_site

    speak(lang)
    plans_dir = require_plans_dir(plans_directory(plans_dir))
    with enforcing(load_limits(max_bytes, max_values, max_items, alias_budget)):
        summary = build_site(plans_dir, output, as_of=as_of.date() if as_of else dt.date.today())
    tell(msg("built {out}: {regions} regions ({valid} valid), {pages} files; open {index}",
             out=summary.out, regions=summary.regions, valid=summary.valid,
             pages=summary.pages, index=summary.out / "index.html"))  # fmt: skip


def _configured_language() -> str | None:
    """`language` of the configuration; None lets each plan speak its own language."""
    from smartcity_cli.config import current_config

    return current_config().language
