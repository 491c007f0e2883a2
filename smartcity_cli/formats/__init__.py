"""Validation output formats, each a function ValidationResult -> str, chosen by name."""

from __future__ import annotations

import enum
from collections.abc import Callable

from smartcity_cli.formats import github, json, text
from smartcity_cli.validate import ValidationResult


class OutputFormat(str, enum.Enum):
    AUTO = "auto"
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"


FORMATS: dict[OutputFormat, Callable[[ValidationResult], str]] = {
    OutputFormat.TEXT: text.render,
    OutputFormat.JSON: json.render,
    OutputFormat.GITHUB: github.render,
}


def resolve(fmt: OutputFormat, environ: dict[str, str]) -> OutputFormat:
    """``auto`` is github under GitHub Actions and text elsewhere."""
    if fmt is OutputFormat.AUTO:
        return OutputFormat.GITHUB if environ.get("GITHUB_ACTIONS") == "true" else OutputFormat.TEXT
    return fmt
