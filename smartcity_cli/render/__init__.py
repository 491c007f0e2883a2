"""Render a report view as a document: Markdown or HTML from the templates."""

from __future__ import annotations

import jinja2

from smartcity_cli.errors import OutputError
from smartcity_cli.render.context import ReportView

TEMPLATES = {"md": "report.md.j2", "html": "report.html.j2"}


def render_report(view: ReportView, fmt: str) -> str:
    """The whole document as text; a template problem is an OutputError, never a half file."""
    from smartcity_cli.render.env import environment

    try:
        return environment(fmt).get_template(TEMPLATES[fmt]).render(v=view, t=view.t)
    except jinja2.TemplateError as exc:
        raise OutputError(f"could not render the {fmt} report: {exc}") from exc
