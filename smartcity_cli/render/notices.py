"""Text a document carries besides its figures: the stale-data sentence, and strings made
safe for the print style sheet's running header."""

from __future__ import annotations

import datetime as dt
import re

from smartcity_cli import i18n

STALE_DAYS = 180  # older data than this, at the report date, is said out loud


def stale_notice(updated: dt.date, as_of: dt.date, lang: str) -> str:
    """The sentence that says a plan's data is old at ``as_of``; "" when it is not."""
    days = (as_of - updated).days
    if days <= STALE_DAYS:
        return ""
    return i18n.LABELS[lang]["stale"].format(
        updated=i18n.format_date(updated, lang),
        days=i18n.format_count(days, lang),
        as_of=i18n.format_date(as_of, lang),
    )


def css_string(text: str) -> str:
    """Text for inside a CSS string: everything but ASCII letters and digits as a six-digit
    hex escape, so plan text can neither end the string nor the style sheet. (Spaces too:
    CSS swallows one space after an escape.)"""
    return re.sub(r"[^A-Za-z0-9]", lambda m: f"\\{ord(m.group()):06x}", text)
