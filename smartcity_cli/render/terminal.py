"""The report in a terminal, drawn with rich from the same view-model as the documents.

Fits 80 columns; without colour (NO_COLOR, or output piped to a file) bars and marks stay
readable because they are characters, not colours.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from smartcity_cli.render.context import GroupRow, ProgramRow, ReportView
from smartcity_cli.textsafe import sanitize

BAR_CELLS = 8


def bar(share: float, cells: int = BAR_CELLS) -> str:
    filled = round(share * cells)
    return "█" * filled + "░" * (cells - filled)


def print_report(view: ReportView, console: Console) -> None:
    """Print the whole report to ``console``.

    Plan text is cut and its control characters written out first (`textsafe.sanitize`), and
    ``console`` must be made with ``markup=False``: a name cannot act on the terminal.
    """
    view = sanitize(view)
    t = view.t
    meta = "  ".join(f"{label}: {value}" for label, value in view.meta[:3])
    console.print(Text(f"{view.region}: {view.title}", style="bold"))
    console.print(Text(view.plan_title))
    console.print(Text(meta, style="dim"))
    console.print()
    console.print(_headline(view))
    console.print(_groups(t["by_pillar"], t["pillar"], view.pillars, view))
    console.print(_groups(t["by_horizon"], t["horizon"], view.horizons, view))
    if view.overrides:
        console.print(Text(t["overrides"], style="bold"))
        for line in view.overrides:
            console.print(Text(f"  * {line}"))
    if view.quick_wins:
        q = view.quick_wins
        console.print(Text(f"{t['quick_wins']}: {q.realization} ({q.running}/{q.programs}), "
                           f"{t['mean_progress']} {q.mean_progress}", style="bold"))  # fmt: skip
        console.print(_programs(view.quick_win_programs, view))
    else:
        console.print(Text(t["quick_wins_none"]))
    console.print(_groups(t["by_agency"], t["agency"], view.agencies, view))
    if view.categories:
        console.print(_categories(view))
    if view.overdue:
        console.print(Text(f"{t['overdue']}: {len(view.overdue)}", style="bold"))
        console.print(_programs(view.overdue, view))
    else:
        console.print(Text(t["overdue_none"]))
    console.print()
    _claims(view, console)
    if view.money is not None and view.money.budget is not None:
        console.print(Text(view.money.budget_line, style="bold"))
    console.print(Text(view.footer, style="dim"))


def _headline(view: ReportView) -> Panel:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column(justify="right", style="bold cyan")
    grid.add_column(style="dim")
    for h in view.headline:
        grid.add_row(h.label, h.value, h.detail)
    return Panel(grid, title=view.t["headline"], box=box.ROUNDED, expand=False)


def _groups(title: str, head: str, rows: tuple[GroupRow, ...], view: ReportView) -> Table:
    t = view.t
    legend = f"{t['schedule']}: {t['on_track']} / {t['at_risk']} / {t['off_track']}"
    table = Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD,
                  pad_edge=False, caption=legend, caption_justify="right")  # fmt: skip
    table.add_column(head, overflow="fold", ratio=1)
    table.add_column(t["programs"], justify="right")
    table.add_column(t["running"], justify="right")
    table.add_column(t["realization"].split()[0], justify="right")
    table.add_column("", no_wrap=True)
    table.add_column(t["mean_progress_short"], justify="right")
    table.add_column(t["schedule"], justify="right", no_wrap=True)  # on track/at risk/off track
    for r in rows:
        s = r.schedule
        table.add_row(r.name, r.programs, r.running, r.realization, bar(r.share), r.mean_progress,
                      f"{s.on_track}/{s.at_risk}/{s.off_track}")  # fmt: skip
    return table


def _programs(rows: tuple[ProgramRow, ...], view: ReportView) -> Table:
    t = view.t
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("ID", no_wrap=True)
    table.add_column(t["program"], overflow="fold", ratio=1)
    table.add_column(t["agency"], overflow="fold")
    table.add_column(t["status"])
    table.add_column(t["progress"], justify="right")
    table.add_column(t["years"], no_wrap=True)
    table.add_column(t["schedule"])
    for p in rows:
        table.add_row(p.id, p.name, p.agency, p.status, p.progress, p.years, p.schedule.label)
    return table


def _categories(view: ReportView) -> Table:
    t = view.t
    table = Table(title=t["categories"], title_justify="left", title_style="bold",
                  box=box.SIMPLE_HEAD, pad_edge=False)  # fmt: skip
    table.add_column(t["category"], overflow="fold", ratio=1)
    table.add_column(t["done"], justify="right")
    table.add_column(t["actions"], justify="right")
    table.add_column(t["rate"], justify="right")
    table.add_column("", no_wrap=True)
    for c in view.categories:
        table.add_row(c.name, c.done, c.items, c.rate, bar(c.share))
    table.add_row(
        Text(t["overall"], style="bold"), "", "", Text(view.action_overall, style="bold"), ""
    )
    return table


def _claims(view: ReportView, console: Console) -> None:
    t = view.t
    console.print(Text(t["claims"], style="bold"))
    if not view.evaluations:
        console.print(Text(t["claims_none"]))
    for e in view.evaluations:
        heading = f"{e.title}, {e.date}" + (f" ({e.assessor})" if e.assessor else "")
        parts: list[Table | Text] = [Text(heading, style="bold")]
        if not e.compared:
            parts.append(Text(e.revision_note))
        elif e.claims:
            table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
            table.add_column(t["figure"], overflow="fold", ratio=1)
            table.add_column(t["claimed"], justify="right")
            table.add_column(t["computed"], justify="right")
            table.add_column(t["difference"], justify="right")
            table.add_column("", no_wrap=True)
            for c in e.claims:
                mark = (
                    Text(f"✓ {c.verdict}", style="green")
                    if c.reproduced
                    else Text(f"✗ {c.verdict}", style="bold red")
                )
                table.add_row(c.figure, c.claimed, c.computed, c.difference, mark)
            parts.append(table)
        if e.index:
            parts.append(Text(f"{e.index.title}: {e.index.value} ({e.index.scheme})", style="bold"))
            index = Table(box=box.SIMPLE_HEAD, pad_edge=False)
            for head in (t["component"], t["weight"], t["score"], t["weighted"]):
                index.add_column(head, justify="left" if head == t["component"] else "right")
            for row in e.index.rows:
                index.add_row(row.component, row.weight, row.score, row.weighted)
            parts.append(index)
        if e.assessment:  # the 0-5 result and what became of the previous recommendations
            parts += [Text(f"{k}: {v}" if v else k) for k, v in e.assessment.result]
            if e.assessment.follow_up:
                parts.append(Text(e.assessment.follow_up.line + "; " + e.assessment.follow_up.rest))
        console.print(Group(*parts))
