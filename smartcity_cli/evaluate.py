"""The evaluate command's core: one stage's evaluation document from a valid plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from smartcity_cli import __version__
from smartcity_cli.documents import require_extra
from smartcity_cli.errors import SmartcityError, UsageError
from smartcity_cli.figures import compute_figures
from smartcity_cli.messages import msg
from smartcity_cli.model import Evaluation, Masterplan
from smartcity_cli.output import write_bytes, write_document
from smartcity_cli.render import render_evaluation
from smartcity_cli.render.evaluation import EvaluationDocument, build_evaluation_document
from smartcity_cli.report import load_valid_plan


def _stage(path: Path, plan: Masterplan, stage: int) -> Evaluation:
    evaluation = next((e for e in plan.evaluations if e.stage == stage), None)
    if evaluation is None:
        stages = ", ".join(str(e.stage) for e in plan.evaluations)
        has = (
            msg("the stages it has: {stages}", stages=stages)
            if stages
            else msg("it records no evaluation")
        )
        raise SmartcityError(
            msg("{path} has no evaluation of stage {stage}; {has}", path=path, stage=stage, has=has)
        )
    return evaluation


def run_evaluate(
    name: str,
    *,
    stage: int,
    fmt: str,
    output: str | None,
    lang: str | None,
    as_of: dt.date | None,
    plans_dir: Path,
) -> None:
    """Render the evaluation document of ``stage`` and write it (md defaults to stdout)."""
    if fmt == "html" and output is None:
        raise UsageError(
            msg("an HTML document needs a file: add -o evaluation.html (or -o - for stdout)")
        )
    if fmt in BINARY and output in (None, "-"):
        raise UsageError(msg("a {fmt} document needs a file: add -o evaluation.{fmt}", fmt=fmt))
    if fmt in BINARY:
        require_extra(fmt)
    path, plan = load_valid_plan(name, plans_dir)
    evaluation = _stage(path, plan, stage)
    figures = compute_figures(plan, as_of or evaluation.date)
    document = build_evaluation_document(
        plan, figures, evaluation, lang=lang or plan.language, version=__version__
    )
    if fmt in BINARY:
        assert output is not None
        write_bytes(BINARY[fmt](document), output, protect=(path,))
        return
    write_document(render_evaluation(document, fmt), output or "-", protect=(path,))


def run_readiness(
    name: str, *, stage: int, as_of: dt.date | None, plans_dir: Path, lang: str | None = None
) -> tuple[str, bool]:
    """The readiness list of ``stage`` as text in ``lang`` (the plan's language by default),
    and whether something is missing."""
    from smartcity_cli.plans import resolve_plan
    from smartcity_cli.readiness import format_readiness, readiness
    from smartcity_cli.validate import validate_file

    path, plan = load_valid_plan(name, plans_dir)
    evaluation = _stage(path, plan, stage)
    lang = lang or plan.language
    result = readiness(plan, evaluation, as_of or evaluation.date, lang)
    document = validate_file(resolve_plan(name, plans_dir)).document
    assert document is not None  # load_valid_plan has just read it
    return format_readiness(result, document.locate, lang), result.missing


def _pdf(document: EvaluationDocument) -> bytes:
    from smartcity_cli.documents.pdf import html_to_pdf

    return html_to_pdf(render_evaluation(document, "html"))


def _docx(document: EvaluationDocument) -> bytes:
    from smartcity_cli.documents.docx import evaluation_docx

    return evaluation_docx(document)


# The binary formats, by name: each builds its file from the document's view-model.
BINARY: dict[str, Callable[[EvaluationDocument], bytes]] = {"pdf": _pdf, "docx": _docx}
