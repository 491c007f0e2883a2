"""Render a report view as a document: Markdown or HTML from the templates."""

from __future__ import annotations

from smartcity_cli.errors import OutputError
from smartcity_cli.messages import msg
from smartcity_cli.render.context import ReportView
from smartcity_cli.render.evaluation import EvaluationDocument


def render_template(name: str, fmt: str, **context: object) -> str:
    """Render ``name``.{fmt}.j2; a template problem is an OutputError, never a half file."""
    import jinja2

    from smartcity_cli.render.env import environment

    try:
        return environment(fmt).get_template(f"{name}.{fmt}.j2").render(**context)
    except jinja2.TemplateError as exc:
        raise OutputError(
            msg("could not render the {fmt} {name}: {exc}", fmt=fmt, name=name, exc=exc)
        ) from exc


def render_report(view: ReportView, fmt: str) -> str:
    """The progress report as a Markdown or HTML document."""
    return render_template("report", fmt, v=view, t=view.t)


def render_evaluation(document: EvaluationDocument, fmt: str) -> str:
    """The evaluation document of one stage as Markdown or print-ready HTML."""
    return render_template("evaluation", fmt, d=document, v=document.report, t=document.report.t)
