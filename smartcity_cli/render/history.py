"""A plan's history as a text table with a sparkline, Markdown, HTML (SVG line chart) or JSON.

Each commit shows its date, the plan's own `updated` date beside it and the commit's subject.
Subjects and error messages are untrusted text: control and bidi characters are written out
and a long subject is cut, so a commit message cannot rewrite the terminal.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal

from smartcity_cli import i18n, rupiah
from smartcity_cli.history import History, HistoryPoint
from smartcity_cli.labels_money import MONEY_LABELS
from smartcity_cli.render import render_template
from smartcity_cli.render.env import md_escape
from smartcity_cli.textsafe import elide, escape_controls, md_inert

SUBJECT_LIMIT = 60  # characters of a commit subject in a table
PROBLEM_LIMIT = 120
INDICATOR_LIMIT = 20  # changed indicators a revision in text and Markdown; JSON has them all

SPARKS = "▁▂▃▄▅▆▇█"
CHART_W, CHART_H, PAD = 560, 200, 36


def sparkline(values: list[Decimal | None]) -> str:
    """One character a revision, by realisation 0..100; a space where there is none."""
    return "".join(
        " " if v is None else SPARKS[min(len(SPARKS) - 1, int(v / 100 * len(SPARKS)))]
        for v in values
    )


def _row(point: HistoryPoint, lang: str) -> list[str]:
    """commit, date, plan's updated, revision, four figures, subject, and the error if any."""
    missing = i18n.MISSING
    problem = escape_controls(elide(point.problem, PROBLEM_LIMIT))
    state = i18n.LABELS[lang]["history_errors"].format(n=point.errors, problem=problem)
    return [
        point.commit.sha[:8],
        point.commit.date[:10],
        point.updated or missing,
        str(point.revision) if point.revision is not None else missing,
        i18n.format_count(point.programs, lang) if point.programs is not None else missing,
        i18n.format_percent(point.realization, lang),
        i18n.format_percent(point.mean_progress, lang),
        i18n.format_percent(point.action_plans, lang),
        missing if point.budget_allocated is None else rupiah.short(point.budget_allocated, lang),
        escape_controls(elide(point.commit.subject, SUBJECT_LIMIT)),
        state if point.errors else "",
    ]


def _head(lang: str) -> list[str]:
    t = i18n.LABELS[lang]
    return ["commit", t["date"], t["history_updated"], t["revision"], t["programs"],
            t["realization"], t["mean_progress"], t["action_plans"], MONEY_LABELS[lang]["budget"],
            t["history_subject"], ""]  # fmt: skip


def _shallow_note(history: History, lang: str) -> str:
    if not history.shallow:
        return ""
    first = history.points[0].commit.sha[:8] if history.points else "?"
    return i18n.LABELS[lang]["history_shallow"].format(first=first)


def _indicator_lines(point: HistoryPoint, lang: str) -> tuple[list[tuple[str, str, str]], int]:
    """The first INDICATOR_LIMIT changed indicators as (program id, before, after), and how
    many more there are. The before/after text is the diff's (plandiff_money.py)."""
    missing = i18n.MISSING
    shown = [(c.id, c.old or missing, c.new or missing)
             for c in point.indicators[:INDICATOR_LIMIT]]  # fmt: skip
    return shown, max(0, len(point.indicators) - INDICATOR_LIMIT)


def _revision(point: HistoryPoint, lang: str) -> str:
    return f"{point.commit.sha[:8]} {i18n.LABELS[lang]['revision']} {point.revision}"


def render_text(history: History, lang: str) -> str:
    rows = [_head(lang)] + [_row(p, lang) for p in history.points]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    path = escape_controls(history.path)
    lines = [i18n.LABELS[lang]["history_commits"].format(path=path, n=len(history.points))]
    for r in rows:
        cells = [  # commit, dates and subject to the left; numbers to the right
            c.ljust(w) if i < 3 or i == len(widths) - 1 else c.rjust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=False))
        ]
        lines.append(("  ".join(cells) + (f"  {r[-1]}" if r[-1] else "")).rstrip())
    lines.append("")
    lines.append(
        f"{i18n.LABELS[lang]['realization']}: {sparkline([p.realization for p in history.points])}"
    )
    changed = [p for p in history.points if p.indicators]
    if changed:
        lines += ["", f"{i18n.LABELS[lang]['history_indicators']}:"]
    for point in changed:
        shown, more = _indicator_lines(point, lang)
        lines.append(f"  {_revision(point, lang)}")
        lines += [escape_controls(f"    {pid} {a} -> {b}") for pid, a, b in shown]
        if more:
            lines.append("    " + i18n.LABELS[lang]["history_more"].format(n=more))
    if history.shallow:
        lines.append(_shallow_note(history, lang))
    return "\n".join(lines) + "\n"


def render_markdown(history: History, lang: str) -> str:
    head = _head(lang)
    out = [f"### {md_inert(history.path, md_escape)}", "", "| " + " | ".join(head) + " |",
           "|" + "---|" * len(head)]  # fmt: skip
    out += [
        "| " + " | ".join(md_inert(c, md_escape) for c in _row(p, lang)) + " |"
        for p in history.points
    ]
    changed = [p for p in history.points if p.indicators]
    if changed:
        t = i18n.LABELS[lang]
        out += ["", f"**{t['history_indicators']}**", "",
                f"| {t['revision']} | ID | {t['before']} | {t['after']} |", "|---|---|---|---|"]  # fmt: skip
    for point in changed:
        shown, more = _indicator_lines(point, lang)
        out += [f"| {_revision(point, lang)} | {md_inert(pid, md_escape)} | "
                f"{md_inert(a, md_escape)} | {md_inert(b, md_escape)} |"
                for pid, a, b in shown]  # fmt: skip
        if more:
            out.append(f"| {_revision(point, lang)} | | "
                       f"{i18n.LABELS[lang]['history_more'].format(n=more)} | |")  # fmt: skip
    if history.shallow:
        out += ["", _shallow_note(history, lang)]
    return "\n".join(out) + "\n"


def chart_points(history: History) -> tuple[str, list[tuple[str, str, str]]]:
    """The SVG polyline of realisation and its labelled dots, in chart coordinates."""
    points = history.points
    n = max(1, len(points) - 1)
    dots = []
    for i, p in enumerate(points):
        if p.realization is None:
            continue
        x = PAD + (CHART_W - 2 * PAD) * i / n
        y = CHART_H - PAD - (CHART_H - 2 * PAD) * float(p.realization) / 100
        dots.append((f"{x:.1f}", f"{y:.1f}", str(p.revision)))
    return " ".join(f"{x},{y}" for x, y, _ in dots), dots


def render_html(history: History, lang: str) -> str:
    line, dots = chart_points(history)
    return render_template(
        "history", "html", h=history, t=i18n.LABELS[lang], lang=lang, head=_head(lang),
        rows=[_row(p, lang) for p in history.points], line=line, dots=dots,
        width=CHART_W, height=CHART_H, pad=PAD, axis_end=CHART_W - PAD, label_y=CHART_H - 8,
        note=_shallow_note(history, lang),
        axis_y=[(f"{CHART_H - PAD - (CHART_H - 2 * PAD) * v / 100:.1f}", f"{v}%") for v in (0, 50, 100)],
    )  # fmt: skip


def render_json(history: History, lang: str) -> str:
    def text(value: Decimal | None) -> str | None:
        return None if value is None else str(value)

    return json.dumps({
        "format_version": 1,
        "path": history.path,
        "shallow": history.shallow,
        "points": [
            {"commit": p.commit.sha, "date": p.commit.date, "subject": p.commit.subject,
             "revision": p.revision, "updated": p.updated, "errors": p.errors,
             "programs": p.programs, "running": p.running, "realization": text(p.realization),
             "mean_progress": text(p.mean_progress), "action_plans": text(p.action_plans),
             "budget_allocated": None if p.budget_allocated is None else str(p.budget_allocated),
             "budget_realised": None if p.budget_realised is None else str(p.budget_realised),
             "indicators": [{"id": c.id, "old": c.old, "new": c.new} for c in p.indicators]}
            for p in history.points
        ],
    }, indent=2, ensure_ascii=False) + "\n"  # fmt: skip


HISTORY_FORMATS: dict[str, Callable[[History, str], str]] = {
    "text": render_text,
    "md": render_markdown,
    "html": render_html,
    "json": render_json,
}
