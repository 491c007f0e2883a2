"""Messages in the officer's language: English text that can say itself in Indonesian.

Core code writes ``msg("pillar `{pillar}` has no program", pillar=p.id)``. The result is
the English text, a ``str``, so sorting, JSON keys and comparisons see one stable text;
it also carries its template and arguments. Output code calls ``say(text, lang)``, which
looks the template up in the Indonesian catalogue (``smartcity_cli/lang_id/``) and fills
it with the same arguments; arguments that are messages themselves are said in the same
language. Text that is not a message (a plan's own words, a path) is printed as it is.

Templates use ``str.format`` fields, so a literal brace is doubled: ``{{start: 2026}}``.
The catalogue is imported only when Indonesian is asked for, so English costs nothing.

Which language: ``--lang``, else ``SMARTCITY_LANG``, else the configuration's
``language``, else the plan's ``language``, else the environment's locale
(``LC_ALL``, ``LC_MESSAGES``, ``LANG``: Indonesian when it starts with ``id``).
Rule ids are the same in both languages.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache
from typing import Any

LANGUAGES = ("id", "en")


class Msg(str):
    """English text of a message, with the template and arguments it was made from."""

    template: str
    args: dict[str, object]

    def __new__(cls, template: str, /, **args: object) -> Msg:
        self = super().__new__(cls, template.format(**args))
        self.template = template
        self.args = args
        return self

    def __reduce__(
        self,
    ) -> tuple[object, ...]:  # `validate --jobs N` sends findings between processes
        return (_rebuild, (self.template, self.args))


def _rebuild(template: str, args: dict[str, object]) -> Msg:
    return Msg(template, **args)


def msg(template: str, /, **args: object) -> Msg:
    """A message: ``template`` is English, with ``{name}`` fields filled from ``args``."""
    return Msg(template, **args)


class Both(str):
    """Text that already exists in both languages (a schema description, a label): the
    English as the str, the Indonesian beside it. ``say`` picks the one asked for."""

    indonesian: str

    def __new__(cls, english: str, indonesian: str) -> Both:
        self = super().__new__(cls, english)
        self.indonesian = indonesian
        return self

    def __reduce__(self) -> tuple[object, ...]:
        return (Both, (str(self), self.indonesian))


class Joined(str):
    """Messages joined by a separator (one problem a line): each said in its language."""

    items: tuple[object, ...]
    separator: str

    def __new__(cls, items: list[Any] | tuple[Any, ...], separator: str = "\n") -> Joined:
        self = super().__new__(cls, separator.join(str(item) for item in items))
        self.items = tuple(items)
        self.separator = separator
        return self

    def __reduce__(self) -> tuple[object, ...]:
        return (Joined, (self.items, self.separator))


def plural(count: int, one: str, many: str, /, **args: object) -> Msg:
    """The template for one thing or for several (English needs both; Indonesian one)."""
    return Msg(one if count == 1 else many, count=count, **args)


@cache
def catalogue(lang: str) -> Mapping[str, str]:
    """English template -> template in ``lang`` (empty for English)."""
    if lang != "id":
        return {}
    from smartcity_cli.lang_id import CATALOGUE

    return CATALOGUE


def say(text: object, lang: str) -> str:
    """``text`` in ``lang``: a message from its catalogue; anything else as it is.

    A message without a translation stays English (tests/test_messages.py keeps every
    template of the code in the catalogue).
    """
    if isinstance(text, Both) and lang == "id":
        return text.indonesian
    if isinstance(text, Joined) and lang != "en":
        return text.separator.join(say(item, lang) for item in text.items)
    if not isinstance(text, Msg) or lang == "en":
        return str(text)
    template = catalogue(lang).get(text.template)
    if template is None:
        return str(text)
    args = {name: say(value, lang) if isinstance(value, (Msg, Both, Joined)) else value
            for name, value in text.args.items()}  # fmt: skip
    return template.format(**args)


# --- which language ---------------------------------------------------------------

_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def locale_language(environ: Mapping[str, str]) -> str:
    """The language of the environment's locale: ``id_ID.UTF-8`` -> id; anything else en.

    The first of LC_ALL, LC_MESSAGES, LANG that is set decides, as in gettext.
    """
    for name in _LOCALE_VARIABLES:
        value = environ.get(name, "")
        if value:
            return "id" if value.lower().startswith(("id", "in_")) else "en"
    return "en"


def choose_language(
    option: str | None,
    *,
    plan: str | None = None,
    configured: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """The language of messages: the option, SMARTCITY_LANG, the configuration, the plan's,
    the locale, in that order. Unknown values are passed over."""
    env = os.environ if environ is None else environ
    for candidate in (option, env.get("SMARTCITY_LANG"), configured, plan):
        if candidate in LANGUAGES:
            return candidate
    return locale_language(env)


_current: list[str] = []


def use_language(lang: str) -> None:
    """Set the language the CLI writes its errors in, once a command knows it."""
    _current[:] = [lang]


def current_language() -> str:
    """The language set by ``use_language``, else the one chosen from the environment."""
    return _current[0] if _current else choose_language(None)
