"""The report in a terminal, drawn with rich from the same view-model as the documents.

Fits 80 columns; without colour (NO_COLOR, or output piped to a file) bars and marks stay
readable because they are characters, not colours.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich import box
from rich.cells import cell_len
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


def print_report(view: ReportView, console: Console, *, rows: int = 0) -> None:
    """Print the whole report to ``console``; each programme list stops after ``rows`` rows
    (0: no limit) with a line that says how many more there are.

    A terminal is read, not searched: thousands of rows do not help there, and drawing them
    with rich costs more than the whole HTML document (issue 17). The documents list all.

    Plan text is cut and its control characters written out first (`textsafe.sanitize`), and
    ``console`` must be made with ``markup=False``: a name cannot act on the terminal.
    """
    view = sanitize(view)
    t = view.t
    meta = "  ".join(f"{label}: {value}" for label, value in view.meta[:3])
    if view.stale:
        console.print(Text(view.stale, style="bold yellow"))
    console.print(Text(f"{view.region}: {view.title}", style="bold"))
    console.print(Text(view.plan_title))
    console.print(Text(meta, style="dim"))
    console.print()
    console.print(_headline(view))
    console.print(_groups(t["by_pillar"], t["pillar"], view.pillars, view, console.width))
    console.print(_groups(t["by_horizon"], t["horizon"], view.horizons, view, console.width))
    if view.overrides:
        console.print(Text(t["overrides"], style="bold"))
        for line in view.overrides:
            console.print(Text(f"  * {line}"))
    if view.quick_wins:
        q = view.quick_wins
        console.print(Text(f"{t['quick_wins']}: {q.realization} ({q.running}/{q.programs}), "
                           f"{t['mean_progress']} {q.mean_progress}", style="bold"))  # fmt: skip
        _print_programs(view.quick_win_programs, view, console, rows)
    else:
        console.print(Text(t["quick_wins_none"]))
    console.print(_groups(t["by_agency"], t["agency"], view.agencies, view, console.width))
    if view.categories:
        console.print(_categories(view))
    if view.overdue:
        console.print(Text(f"{t['overdue']}: {len(view.overdue)}", style="bold"))
        _print_programs(view.overdue, view, console, rows)
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


def _groups(
    title: str, head: str, rows: tuple[GroupRow, ...], view: ReportView, width: int
) -> Table:
    """A figure table by pillar, horizon or agency; the bars go when they would squeeze the
    names into split words (the percentage beside them says the same)."""
    t = view.t
    legend = f"{t['schedule']}: {t['on_track']} / {t['at_risk']} / {t['off_track']}"
    heads = (t["programs"], t["running"], t["realization"].split()[0])
    tails = (t["mean_progress_short"], t["schedule"])  # schedule: on track/at risk/off track
    name_min = longest_word(r.name for r in rows)
    numbers = [max(map(cell_len, [h, "100,00%", "00/00/00"])) for h in (*heads, *tails)]
    bars = name_min + sum(numbers) + BAR_CELLS + GAP * (len(numbers) + 1) + EDGES <= width
    table = Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD,
                  pad_edge=False, caption=legend, caption_justify="right")  # fmt: skip
    table.add_column(head, min_width=name_min)
    for header in heads:
        table.add_column(header, justify="right", min_width=cell_len(header), no_wrap=True)
    if bars:
        table.add_column("", no_wrap=True)
    for header in tails:
        table.add_column(header, justify="right", min_width=cell_len(header), no_wrap=True)
    for r in rows:
        s = r.schedule
        cells = [r.name, r.programs, r.running, r.realization]
        cells += [bar(r.share)] if bars else []
        table.add_row(*cells, r.mean_progress, f"{s.on_track}/{s.at_risk}/{s.off_track}")
    return table


PROGRAM_MIN = 24  # the programme name never gets fewer columns than this
GAP = 3  # between two columns of a SIMPLE_HEAD table: padding and the blank divider
EDGES = 2  # its blank left and right edges


def longest_word(values: Iterable[str]) -> int:
    """The widest word among ``values``: a column this wide never splits a word."""
    return max((cell_len(word) for value in values for word in value.split()), default=0)


def _programs(rows: tuple[ProgramRow, ...], view: ReportView, width: int) -> Table:
    """Programmes, one a row. When the table would not fit ``width`` with every word whole
    and the name at least PROGRAM_MIN wide, years and schedule move under the name."""
    t = view.t
    columns = [  # header, values, justify
        ("ID", [p.id for p in rows], "left"),
        (t["agency"], [p.agency for p in rows], "left"),
        (t["status"], [p.status for p in rows], "left"),
        (t["progress"], [p.progress for p in rows], "right"),
        (t["years"], [p.years for p in rows], "left"),
        (t["schedule"], [p.schedule.label for p in rows], "left"),
    ]
    # rich gives the other columns their whole width and the name what is left
    widest = [max(map(cell_len, [head, *values])) for head, values, _ in columns]
    mins = [max(longest_word([head]), longest_word(values)) for head, values, _ in columns]
    name_min = max(PROGRAM_MIN, longest_word(p.name for p in rows))
    inline = name_min + sum(widest) + GAP * len(columns) + EDGES <= width
    shown = columns if inline else columns[:4]
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("ID", no_wrap=True)
    table.add_column(t["program"], min_width=name_min, ratio=1)
    for (head, _, justify), min_width in zip(shown[1:], mins[1:], strict=False):
        table.add_column(head, min_width=min_width, justify=justify)  # type: ignore[arg-type]
    for p in rows:
        name = Text(p.name)
        if not inline:
            detail = [p.years] + ([p.schedule.label] if p.schedule.key else [])
            name.append("\n" + " · ".join(detail), style="dim")
        cells = [p.agency, p.status, p.progress] + ([p.years, p.schedule.label] if inline else [])
        table.add_row(p.id, name, *cells)
    return table


def _print_programs(
    programs: tuple[ProgramRow, ...], view: ReportView, console: Console, rows: int
) -> None:
    shown = programs[:rows] if rows else programs
    console.print(_programs(shown, view, console.width))
    if len(shown) < len(programs):
        more = view.t["more_rows"].format(count=len(programs) - len(shown))
        console.print(Text(more, style="dim"))


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
