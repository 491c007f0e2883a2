"""Validation output formats, each a function ValidationResult -> str, chosen by name."""

from __future__ import annotations

import enum
from typing import Protocol

from smartcity_cli.formats import github, json, sarif, text
from smartcity_cli.formats.style import PLAIN, Style
from smartcity_cli.validate import ValidationResult


class OutputFormat(str, enum.Enum):
    AUTO = "auto"
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"
    SARIF = "sarif"


__all__ = ["FORMATS", "PLAIN", "OutputFormat", "Renderer", "Style", "resolve"]


class Renderer(Protocol):
    def __call__(self, result: ValidationResult, style: Style = ..., /) -> str: ...


FORMATS: dict[OutputFormat, Renderer] = {
    OutputFormat.TEXT: text.render,
    OutputFormat.JSON: json.render,
    OutputFormat.GITHUB: github.render,
    OutputFormat.SARIF: sarif.render,
}

# What GitHub Actions, and people copying its convention, set GITHUB_ACTIONS to.
_TRUTHY = frozenset({"true", "1", "yes", "on"})


def resolve(fmt: OutputFormat, environ: dict[str, str]) -> OutputFormat:
    """``auto`` is github under GitHub Actions (GITHUB_ACTIONS truthy) and text elsewhere."""
    if fmt is OutputFormat.AUTO:
        under_actions = environ.get("GITHUB_ACTIONS", "").strip().lower() in _TRUTHY
        return OutputFormat.GITHUB if under_actions else OutputFormat.TEXT
    return fmt
