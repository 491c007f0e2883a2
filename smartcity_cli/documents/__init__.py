"""Binary document outputs (PDF, Word) behind optional extras, imported only when asked for."""

from __future__ import annotations

import importlib.util

from smartcity_cli.errors import UsageError
from smartcity_cli.messages import msg

# The name users pip-install; every "install this" message is built from it.
DISTRIBUTION = "smartcity"


def missing_extra(extra: str, what: str) -> UsageError:
    """The exit-2 error for a format whose optional dependency is not installed."""
    return UsageError(
        msg(
            "{what} needs the optional extra '{extra}': pip install '{DISTRIBUTION}[{extra}]'",
            what=what,
            extra=extra,
            DISTRIBUTION=DISTRIBUTION,
        )
    )


# Which import each binary format needs, and what it is called in the message.
EXTRAS = {"pdf": ("playwright", "--format pdf"), "docx": ("docx", "--format docx")}


def require_extra(fmt: str) -> None:
    """Stop with exit 2 and the pip command when ``fmt``'s optional package is missing."""
    module, what = EXTRAS[fmt]
    if importlib.util.find_spec(module) is None:
        raise missing_extra(fmt, what)
