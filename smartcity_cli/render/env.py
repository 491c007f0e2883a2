"""The Jinja environment: templates found through one function, strict, escaped by format.

HTML autoescapes every value (plan text is untrusted). Markdown escapes every value through
``finalize``, so a template cannot forget to: table pipes, a leading ``#``, and the
characters that would start HTML, links or emphasis; and, since a report or evaluation is
often posted on GitHub, every ``@mention`` and bare link becomes a code span and ``$`` is
escaped (`textsafe.md_inert`), so plan text neither notifies anyone, links, nor typesets
math. A url the document means to link goes through the ``md_link`` filter.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import jinja2

from smartcity_cli.textsafe import md_inert

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


class MdLink(str):
    """Markdown a filter has already made safe: `md_finalize` keeps it as it is."""


# A url the document links on purpose: http(s), one word; no code span, cell break or math.
_LINKABLE = re.compile(r"https?://[^\s<>`|$\\\x00-\x1f\x7f-\x9f]+", re.IGNORECASE)


def md_link(value: Any) -> str:
    """A source's or evidence's url, a link on purpose: a plain http(s) url is printed bare
    (only `md_escape`d), so GitHub links it as before; anything else stays inert text."""
    text = "" if value is None else str(value)
    if _LINKABLE.fullmatch(text):
        return MdLink(md_escape(text))
    return md_finalize(text)


def md_finalize(value: Any) -> str:
    """Every value a Markdown template prints: `md_escape` plus mentions, bare links and
    math made inert (`textsafe.md_inert`); a `md_link` result is kept."""
    if isinstance(value, MdLink):
        return value
    if value is None:
        return ""
    return md_inert(str(value), md_escape)


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
        options["finalize"] = md_finalize
    env = jinja2.Environment(**options)
    if fmt != "html":
        env.filters["md_link"] = md_link
    return env
