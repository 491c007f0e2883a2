"""The report command's core: find the plan, validate it, compute, build the view, render."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from smartcity_cli import __version__
from smartcity_cli.errors import LoadError, PlanInvalidError, UsageError
from smartcity_cli.figures import compute_figures
from smartcity_cli.messages import msg
from smartcity_cli.model import Masterplan
from smartcity_cli.plans import resolve_plan
from smartcity_cli.render.context import ReportView, build_report_view
from smartcity_cli.validate import validate_file


def load_valid_plan(
    name: str, plans_dir: Path, *, any_name: bool = False
) -> tuple[Path, Masterplan]:
    """The plan named by slug or path; PlanInvalidError when it has errors.

    ``any_name``: the file name need not be the slug, so that a report of an e-mailed copy
    (``palu (1).yaml``) works; `validate` of the plans directory is where the slug rule
    matters.
    """
    path = resolve_plan(name, plans_dir)
    result = validate_file(path, disabled=frozenset({"slug-mismatch"} if any_name else ()))
    if result.plan is None or result.errors:
        errors = [f for f in result.findings if f.is_error]
        if len(errors) == 1 and errors[0].rule == "file-unreadable":
            raise LoadError(errors[0])
        raise PlanInvalidError(errors)
    return path, result.plan


def prepare_report(
    name: str, *, lang: str | None, as_of: dt.date, plans_dir: Path
) -> tuple[Path, ReportView]:
    """The view-model of a plan's report in ``lang`` (the plan's own language by default)."""
    path, plan = load_valid_plan(name, plans_dir, any_name=True)
    figures = compute_figures(plan, as_of)
    view = build_report_view(plan, figures, lang=lang or plan.language, version=__version__)
    return path, view


def run_report(
    name: str,
    *,
    fmt: str,
    output: str | None,
    lang: str | None,
    as_of: dt.date,
    plans_dir: Path,
    section: str = "all",
    rows: int = 0,
) -> None:
    """Render and deliver a report: terminal, or a Markdown/HTML document.

    ``section="spbe"`` renders only the SPBE extract (templates/spbe.{md,html}.j2).
    """
    if section != "all" and fmt == "terminal":
        raise UsageError(
            msg("--section {section} writes a document: add --format md or html", section=section)
        )
    if fmt == "html" and output is None:
        raise UsageError(
            msg("an HTML report needs a file: add -o report.html (or -o - for stdout)")
        )
    if fmt == "pdf" and output in (None, "-"):
        raise UsageError(msg("a PDF report needs a file: add -o report.pdf"))
    if fmt == "pdf":
        from smartcity_cli.documents import require_extra

        require_extra("pdf")
    if fmt == "terminal" and output not in (None, "-"):
        raise UsageError(msg("-o writes documents; use --format md or --format html with it"))
    path, view = prepare_report(name, lang=lang, as_of=as_of, plans_dir=plans_dir)
    if fmt == "terminal":
        from rich.console import Console

        from smartcity_cli.render.terminal import print_report

        # no markup, no emoji codes: `[link=...]` or `:x:` in a plan name stays text
        console = Console(file=sys.stdout, highlight=False, markup=False, emoji=False)
        print_report(view, console, rows=rows)
        return
    from smartcity_cli.output import write_bytes, write_document
    from smartcity_cli.render import render_report, render_template

    if fmt == "pdf":
        from smartcity_cli.documents.pdf import html_to_pdf

        assert output is not None
        html = (
            render_report(view, "html")
            if section == "all"
            else render_template(section, "html", v=view, t=view.t)
        )
        write_bytes(html_to_pdf(html), output, protect=(path,))
        return
    text = (
        render_report(view, fmt)
        if section == "all"
        else render_template(section, fmt, v=view, t=view.t)
    )
    write_document(text, output or "-", protect=(path,))
