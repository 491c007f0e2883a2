"""What `set` and `import` tell the user: each value changed once, the figures that moved,
and whether the file was written, in the plan's language."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from smartcity_cli import i18n
from smartcity_cli.editing import Edit
from smartcity_cli.formats.style import Style
from smartcity_cli.formats.text import finding_line
from smartcity_cli.messages import say
from smartcity_cli.plandiff import FigureChange, PlanDiff
from smartcity_cli.setcmd import EditResult

WORDS = {
    "id": {"status": "status", "progress": "kemajuan", "note": "catatan", "pillar": "pilar",
           "done": "selesai", "actual": "realisasi", "true": "ya", "false": "belum",
           "nothing": "tidak ada yang berubah", "written": "ditulis",
           "dry_run": "tidak ditulis (--dry-run)"},
    "en": {"status": "status", "progress": "progress", "note": "note", "pillar": "pillar",
           "done": "done", "actual": "actual", "true": "yes", "false": "no",
           "nothing": "nothing changed", "written": "written",
           "dry_run": "not written (--dry-run)"},
}  # fmt: skip


def _value(edit: Edit, value: str, lang: str) -> str:
    words = WORDS[lang]
    if not value:
        return i18n.MISSING
    if edit.field == "status" and value in i18n.STATUS[lang]:
        return i18n.status_label(value, lang)
    if edit.field == "done":
        return words.get(value, value)
    if edit.field in ("progress", "actual"):
        try:
            shown = i18n.format_decimal(Decimal(value), lang)
        except InvalidOperation:
            return value
        return shown + "%" if edit.field == "progress" else shown
    return value


def edit_line(edit: Edit, lang: str) -> str:
    """``GOV-01 kemajuan: 70% -> 100%``; an edit from elsewhere shows its own wording."""
    if not edit.field:
        return f"{edit.where}: {edit.old or i18n.MISSING} -> {edit.new}"
    what = WORDS[lang].get(edit.field, edit.field)
    if edit.detail:
        what = f"{what} {edit.detail}"
    return (
        f"{edit.subject} {what}: {_value(edit, edit.old, lang)} -> {_value(edit, edit.new, lang)}"
    )


def _figure(change: FigureChange, diff: PlanDiff, lang: str) -> str:
    label = i18n.LABELS[lang][change.figure]
    if change.group:
        pillar = diff.new.pillar(change.group)
        name = pillar.name if pillar else change.group
        if pillar and lang == "en" and pillar.name_en:
            name = pillar.name_en
        label = f"{label}: {name}"

    def shown(value: Decimal | None) -> str:
        if value is None:
            return i18n.MISSING
        if change.figure == "programs":
            return i18n.format_count(int(value), lang)
        return i18n.format_percent(value, lang)

    return f"{label}: {shown(change.old)} -> {shown(change.new)}"


def edit_summary(result: EditResult, lang: str | None = None) -> str:
    """Each change once, the figures that moved, the findings of the edit, the outcome, in
    ``lang`` (the message language), else the plan's."""
    lang = lang if lang in WORDS else result.language if result.language in WORDS else "id"
    words = WORDS[lang]
    if not result.edits:
        return f"{result.path}: {words['nothing']}\n"
    lines: list[str] = []
    for diff in result.diff.diffs:
        t = i18n.LABELS[lang]
        old, new = diff.old, diff.new
        lines += [
            f"{new.region.name}: {result.path}",
            f"  {t['revision']} {old.revision} -> {new.revision}, {t['updated']} "
            f"{i18n.format_date(old.updated, lang)} -> {i18n.format_date(new.updated, lang)}",
        ]
    lines += [f"  {edit_line(edit, lang)}" for edit in result.edits]
    for diff in result.diff.diffs:
        lines += [f"  {_figure(c, diff, lang)}" for c in diff.figures if c.changed]
    lines += [finding_line(f, Style(lang=lang)) for f in result.diff.findings]
    lines += [say(note, lang) for note in result.notes]
    lines.append(f"{result.path}: {words['written' if result.written else 'dry_run']}")
    return "\n".join(lines) + "\n"
