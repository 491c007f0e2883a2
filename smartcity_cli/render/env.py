"""The Jinja environment: templates found through one function, strict, escaped by format.

HTML autoescapes every value (plan text is untrusted). Markdown escapes every value through
``finalize``, so a template cannot forget to: table pipes, a leading ``#``, and the
characters that would start HTML, links or emphasis.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import jinja2

_PACKAGE = Path(__file__).resolve().parent.parent


def templates_dir() -> Path:
    """Where the templates are: inside the installed package, or the repository's templates/."""
    installed = _PACKAGE / "templates"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "templates"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#!~])")


def md_escape(value: Any) -> str:
    """Plan text made inert in Markdown: one line, every syntax character escaped."""
    if value is None:
        return ""
    text = " ".join(str(value).split())  # newlines would break a table row
    text = text.replace("&", "&amp;")
    return _MD_SPECIAL.sub(r"\\\1", text)


@functools.cache
def environment(fmt: str) -> jinja2.Environment:
    """The environment for ``md`` or ``html`` templates."""
    options: dict[str, Any] = {
        "loader": jinja2.FileSystemLoader(str(templates_dir())),
        "undefined": jinja2.StrictUndefined,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
    }
    if fmt == "html":
        options["autoescape"] = True
    else:
        options["autoescape"] = False
        options["finalize"] = md_escape
    return jinja2.Environment(**options)
