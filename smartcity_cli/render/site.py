"""The static site's view-models: the index of regions, and the navigation and findings
around each region's report. Pre-formatted, like the report's."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from markupsafe import Markup

from smartcity_cli import i18n
from smartcity_cli.figures import Figures, to_percent
from smartcity_cli.findings import Finding
from smartcity_cli.model import Masterplan
from smartcity_cli.render.env import templates_dir
from smartcity_cli.textsafe import escape_controls

LANGUAGES = ("id", "en")


@dataclass(frozen=True)
class FindingRow:
    rule: str
    severity: str
    is_error: bool
    location: str
    path: str
    message: str
    hint: str


@dataclass(frozen=True)
class IndexRow:
    name: str
    href: str
    kind: str
    province: str
    programs: str
    realization: str
    action_plans: str
    revision: str
    validation: str
    state: str  # valid | warnings | errors, for styling
    sort: dict[str, str]  # column -> sortable value


@dataclass(frozen=True)
class SiteIndex:
    lang: str
    t: dict[str, str]
    intro: str
    rows: tuple[IndexRow, ...]
    other_href: str
    script: Markup  # our own sorting script, inline (file:// pages load nothing else)
    script_hash: str  # its CSP hash, so that no other script can run
    footer: str


@dataclass(frozen=True)
class RegionPage:
    """What a region's page adds around the report: links and the validation findings."""

    t: dict[str, str]
    lang: str
    title: str
    index_href: str
    other_href: str
    findings: tuple[FindingRow, ...]


def page_name(slug: str, lang: str) -> str:
    return f"regions/{slug}.{lang}.html"


def index_name(lang: str) -> str:
    return "index.html" if lang == "id" else "index.en.html"


def other(lang: str) -> str:
    return "en" if lang == "id" else "id"


def finding_rows(findings: tuple[Finding, ...]) -> tuple[FindingRow, ...]:
    return tuple(
        FindingRow(
            rule=f.rule,
            severity=f.severity.value,
            is_error=f.is_error,
            location=f"{f.location.line}:{f.location.column}" if f.location.line else "",
            path=escape_controls(f.location.path),  # plan text: a bidi override or an
            message=escape_controls(f.message),  # escape is shown as \u202e, never obeyed
            hint=escape_controls(f.hint),
        )
        for f in findings
    )


def region_page(slug: str, title: str, lang: str, findings: tuple[Finding, ...]) -> RegionPage:
    return RegionPage(
        t=i18n.LABELS[lang],
        lang=lang,
        title=title,
        index_href=f"../{index_name(lang)}",
        other_href=f"{slug}.{other(lang)}.html",
        findings=finding_rows(findings),
    )


def _script() -> tuple[Markup, str]:
    text = (templates_dir() / "site-sort.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return Markup(text), f"sha256-{digest}"


def index_row(
    slug: str,
    lang: str,
    *,
    plan: Masterplan | None,
    figures: Figures | None,
    errors: int,
    warnings: int,
    file: str,
) -> IndexRow:
    t = i18n.LABELS[lang]
    if errors:
        validation, state = t["n_errors"].format(n=errors), "errors"
    elif warnings:
        validation, state = t["n_warnings"].format(n=warnings), "warnings"
    else:
        validation, state = t["valid"], "valid"
    realization = figures.overall.realization if figures else None
    action = figures.action_plans if figures else None
    return IndexRow(
        name=plan.region.name if plan else file,
        href=page_name(slug, lang),
        kind=i18n.KIND[lang][plan.region.kind] if plan else i18n.MISSING,
        province=(plan.region.province or "") if plan else i18n.MISSING,
        programs=i18n.format_count(figures.overall.programs, lang) if figures else i18n.MISSING,
        realization=i18n.format_percent(
            to_percent(realization) if realization is not None else None, lang
        ),
        action_plans=i18n.format_percent(to_percent(action) if action is not None else None, lang),
        revision=f"{plan.revision} ({i18n.format_date(plan.updated, lang)})"
        if plan
        else i18n.MISSING,
        validation=validation,
        state=state,
        sort={
            "name": plan.region.name if plan else file,
            "programs": str(figures.overall.programs) if figures else "-1",
            "realization": str(to_percent(realization)) if realization is not None else "-1",
            "action_plans": str(to_percent(action)) if action is not None else "-1",
            "revision": plan.updated.isoformat() if plan else "",
            "validation": str(errors * 10_000 + warnings),
        },
    )


def site_index(lang: str, rows: list[IndexRow], *, as_of: str, version: str) -> SiteIndex:
    t = i18n.LABELS[lang]
    script, digest = _script()
    return SiteIndex(
        lang=lang,
        t=t,
        intro=t["site_intro"].format(n=len(rows), as_of=as_of),
        rows=tuple(rows),
        other_href=index_name(other(lang)),
        script=script,
        script_hash=digest,
        footer=f"smartcity {version}",
    )
