"""The command line: each command turns options into one core call, then formats and exits.

The commands live in smartcity_cli/commands/, by theme. Heavy modules (rich, jinja2,
openpyxl, the checks) are imported inside the commands, so that
`smartcity --help` starts fast.
"""

from __future__ import annotations

import sys
from typing import Any

from smartcity_cli.commands import register
from smartcity_cli.errors import PlanInvalidError, SmartcityError

__all__ = ["main"]  # and `app`, every command registered (see __getattr__)

# Findings of a limit (--max-bytes, --max-values, --max-items, --alias-budget), not of an error
# in the plan: "fix them first" would be the wrong advice.
_LIMIT_RULES = frozenset({"file-too-large", "yaml-too-many-values", "yaml-alias-budget"})


def __getattr__(name: str) -> Any:
    """``app`` with every command registered (main registers only the one it runs)."""
    if name == "app":
        return register()
    raise AttributeError(name)


def main() -> None:
    """Console entry point: typer handles usage errors (exit 2); ours become messages."""
    app = register(sys.argv[1:])
    try:
        app()
    except SmartcityError as exc:
        _print_error(exc)
        sys.exit(exc.exit_code)


def _print_error(exc: SmartcityError) -> None:
    from smartcity_cli.messages import current_language, msg, say

    lang = current_language()

    def error(text: object) -> None:
        sys.stderr.write(say(msg("error: {text}", text=say(text, lang)), lang) + "\n")

    message = exc.args[0] if exc.args else ""
    if isinstance(exc, PlanInvalidError):
        from smartcity_cli.formats.style import Style
        from smartcity_cli.formats.text import finding_line

        for finding in exc.findings:
            sys.stderr.write(finding_line(finding, Style(lang=lang)) + "\n")
        if any(f.rule in _LIMIT_RULES for f in exc.findings):
            error(msg("the plan is over a limit on what reading a file may cost; if it is "
                      "real, raise the limit with the option the hint names (every command "
                      "takes it)"))  # fmt: skip
            return
        if type(exc) is PlanInvalidError:
            error(msg("{problem}; fix them first (`smartcity validate` lists them)",
                      problem=message))  # fmt: skip
        else:  # a subclass says what happened in its own words
            error(message)
        return
    from smartcity_cli.errors import LoadError

    if isinstance(exc, LoadError):
        from smartcity_cli.formats.style import Style
        from smartcity_cli.formats.text import finding_line

        sys.stderr.write(finding_line(exc.finding, Style(lang=lang)) + "\n")
        return
    from smartcity_cli.textsafe import escape_controls

    # names and refs come from users; a message of one problem a line (a sheet's) has
    # escaped its cells' text itself and keeps its line breaks
    lines = getattr(exc, "one_problem_a_line", False)
    error(escape_controls(say(message, lang), keep_newlines=lines))
