"""A diff of plan revisions as text, Markdown (for a pull-request comment) or JSON.

Plan text is untrusted: in text its control and bidi characters are written out (``\\x1b``),
and in Markdown mentions, bare links and math are made inert as well, so a pull-request
comment cannot notify anyone or carry a live link. Every word is in the plan's language.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from smartcity_cli import i18n
from smartcity_cli.diff import DiffResult
from smartcity_cli.formats.json import finding_dict
from smartcity_cli.formats.text import finding_line
from smartcity_cli.plandiff import FigureChange, PlanDiff, ProgramChange
from smartcity_cli.render.env import md_escape
from smartcity_cli.textsafe import escape_controls, md_inert

_NOTE_JSON = {"new": "new plan", "removed": "plan removed"}  # the JSON keeps stable English


def _language(result: DiffResult, lang: str | None) -> str:
    """The language of the whole output: --lang, else the (first) plan's, else Indonesian."""
    return lang or (result.diffs[0].new.language if result.diffs else "id")


def _note(note: tuple[str, str], lang: str) -> str:
    path, kind = note
    return (
        f"{path}: {i18n.LABELS[lang]['diff_' + ('new_plan' if kind == 'new' else 'plan_removed')]}"
    )


def _summary(result: DiffResult, lang: str) -> str:
    return i18n.LABELS[lang]["diff_summary"].format(
        plans=len(result.diffs), errors=result.errors, warnings=result.warnings
    )


def _value(change: FigureChange, value: Decimal | None, lang: str) -> str:
    if value is None:
        return i18n.MISSING
    if change.figure == "programs":
        return i18n.format_count(int(value), lang)
    return i18n.format_percent(value, lang)


def _figure_label(change: FigureChange, diff: PlanDiff, lang: str) -> str:
    t = i18n.LABELS[lang]
    label = t[change.figure]  # programs, realization, mean_progress, action_plans
    if change.group:
        pillar = diff.new.pillar(change.group)
        name = (
            (pillar.name_en or pillar.name)
            if pillar and lang == "en"
            else (pillar.name if pillar else change.group)
        )
        return f"{label}: {name}"
    return label


def _change_value(change: ProgramChange, value: str, lang: str) -> str:
    if change.what == "status":
        return i18n.status_label(value, lang)
    if change.what == "progress" and value:
        return value + "%"
    return value or i18n.MISSING


def _lines(diff: PlanDiff, lang: str, arrow: str = "->") -> dict[str, Any]:
    """The parts of one plan's diff, formatted; shared by text and Markdown."""
    t = i18n.LABELS[lang]
    old, new = diff.old, diff.new
    return {
        "title": f"{new.region.name}: {diff.old_name} {arrow} {diff.new_name}",
        "stamp": f"{t['revision']} {old.revision} {arrow} {new.revision}, {t['updated']} "
        f"{i18n.format_date(old.updated, lang)} {arrow} {i18n.format_date(new.updated, lang)}",
        "figures": [
            (_figure_label(c, diff, lang), _value(c, c.old, lang), _value(c, c.new, lang))
            for c in diff.figures if c.changed or not c.group
        ],
        "added": [f"{p.id} {p.name} ({i18n.status_label(p.status, lang)})" for p in diff.added],
        "removed": [f"{p.id} {p.name} ({i18n.status_label(p.status, lang)})" for p in diff.removed],
        "changes": [
            (c.id, t[f"change_{c.what}"], _change_value(c, c.old, lang), _change_value(c, c.new, lang))
            for c in diff.changes
        ],
    }  # fmt: skip


def render_text(result: DiffResult, lang: str | None) -> str:
    out: list[str] = []
    for diff in result.diffs:
        language = lang or diff.new.language
        t, parts = i18n.LABELS[language], _lines(diff, language)
        out += [parts["title"], f"  {parts['stamp']}"]
        if not diff.content_changed:
            out.append(f"  {t['diff_none']}")
        out += [f"  {label}: {a} -> {b}" for label, a, b in parts["figures"]]
        for key in ("added", "removed"):
            if parts[key]:
                out.append(f"  {t['diff_' + key]}:")
                out += [
                    f"    + {line}" if key == "added" else f"    - {line}" for line in parts[key]
                ]
        if parts["changes"]:
            out.append(f"  {t['diff_changed']}:")
            out += [f"    {pid} {what}: {a} -> {b}" for pid, what, a, b in parts["changes"]]
        out.append("")
    language = _language(result, lang)
    out += [_note(note, language) for note in result.notes]
    out = [escape_controls(line) for line in out]  # plan text; one line stays one line
    out += [finding_line(f) for f in result.findings]
    out.append(_summary(result, language))
    return "\n".join(out) + "\n"


def render_markdown(result: DiffResult, lang: str | None) -> str:
    def esc(value: str) -> str:
        return md_inert(value, md_escape)

    out: list[str] = []
    for diff in result.diffs:
        language = lang or diff.new.language
        t, parts = i18n.LABELS[language], _lines(diff, language, "→")
        out += [f"### {esc(parts['title'])}", "", esc(parts["stamp"]), ""]
        if not diff.content_changed:
            out += [t["diff_none"], ""]
        out += [f"| {t['diff_figures']} | {t['before']} | {t['after']} |", "|---|---:|---:|"]
        out += [f"| {esc(label)} | {a} | {b} |" for label, a, b in parts["figures"]]
        out.append("")
        for key in ("added", "removed"):
            if parts[key]:
                out += (
                    [f"**{t['diff_' + key]}**", ""]
                    + [f"- {esc(line)}" for line in parts[key]]
                    + [""]
                )
        if parts["changes"]:
            out += [f"**{t['diff_changed']}**", "", f"| ID | | {t['before']} | {t['after']} |",
                    "|---|---|---|---|"]  # fmt: skip
            out += [f"| {esc(pid)} | {esc(what)} | {esc(a)} | {esc(b)} |"
                    for pid, what, a, b in parts["changes"]]  # fmt: skip
            out.append("")
    language = _language(result, lang)
    out += [f"- {esc(_note(note, language))}" for note in result.notes]
    if result.findings:
        out += ["", f"**{i18n.LABELS[language]['diff_findings']}**", ""]
        out += [f"- `{f.rule}` {f.severity.value}: {esc(f.message)} "
                f"({esc(str(f.location))})" for f in result.findings]  # fmt: skip
    return "\n".join(out).strip() + "\n"


def render_json(result: DiffResult, lang: str | None) -> str:
    def number(value: Decimal | None) -> str | None:
        return None if value is None else str(value)

    document = {
        "format_version": 1,
        "plans": [
            {
                "old": d.old_name,
                "new": d.new_name,
                "slug": d.new.region.slug,
                "revision": [d.old.revision, d.new.revision],
                "updated": [d.old.updated.isoformat(), d.new.updated.isoformat()],
                "content_changed": d.content_changed,
                "added": [p.id for p in d.added],
                "removed": [p.id for p in d.removed],
                "changes": [
                    {"id": c.id, "what": c.what, "old": c.old, "new": c.new} for c in d.changes
                ],
                "figures": [
                    {
                        "figure": c.figure,
                        "pillar": c.group or None,
                        "old": number(c.old),
                        "new": number(c.new),
                    }
                    for c in d.figures
                ],
            }
            for d in result.diffs
        ],
        "notes": [f"{path}: {_NOTE_JSON[kind]}" for path, kind in result.notes],
        "findings": [finding_dict(f) for f in result.findings],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


DIFF_FORMATS: dict[str, Callable[[DiffResult, str | None], str]] = {
    "text": render_text,
    "md": render_markdown,
    "json": render_json,
}
