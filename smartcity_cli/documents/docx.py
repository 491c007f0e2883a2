"""The evaluation document as a Word file, for regions that edit and sign it in Word.

Built with python-docx from the same view-model as the HTML: Word's own Title and
Heading 1/2 styles (so the navigation pane and a table of contents work), real tables
whose header row repeats on every page, the two charts as PNG images, A4 portrait with the
running header and "page N / M" in the footer. Each section starts a new page, as in print.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

from smartcity_cli.documents import missing_extra
from smartcity_cli.render.context import GroupRow, ProgramRow
from smartcity_cli.render.evaluation import EvaluationDocument

# Characters XML 1.0 cannot hold; YAML's "\x01" escapes can put them into plan text.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Plan text as Word can store it: characters XML forbids become U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def evaluation_docx(d: EvaluationDocument) -> bytes:
    """The .docx bytes of the evaluation document ``d``."""
    try:
        import docx  # noqa: F401
        import PIL  # noqa: F401
    except ImportError:
        raise missing_extra("docx", "--format docx") from None
    return _Writer(d).build()


class _Writer:
    def __init__(self, d: EvaluationDocument) -> None:
        from docx import Document

        self.d, self.v, self.t = d, d.report, d.report.t
        self.doc = Document()

    # -- building blocks -------------------------------------------------------------
    def heading(self, text: str, level: int, *, new_page: bool = False) -> None:
        paragraph = self.doc.add_heading(xml_text(text), level)
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.page_break_before = new_page

    def para(self, text: str, *, bold: bool = False, keep: bool = False) -> None:
        paragraph = self.doc.add_paragraph()
        paragraph.add_run(xml_text(text)).bold = bold
        paragraph.paragraph_format.keep_with_next = keep

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]],
              numeric: Sequence[int] = (), widths: Sequence[float] = ()) -> None:  # fmt: skip
        """A table; ``widths`` in mm (the text width is 174 mm), else Word sizes it."""
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Mm, Pt

        table = self.doc.add_table(rows=1, cols=len(headers))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        margins = OxmlElement("w:tblCellMar")  # narrow cell padding: columns keep their words
        for side in ("left", "right"):
            margin = OxmlElement(f"w:{side}")
            margin.set(qn("w:w"), "57")  # twips: 1 mm
            margin.set(qn("w:type"), "dxa")
            margins.append(margin)
        table._tbl.tblPr.append(margins)
        head = table.rows[0]
        repeat = OxmlElement("w:tblHeader")  # the header row repeats on every page
        repeat.set(qn("w:val"), "true")
        head._tr.get_or_add_trPr().append(repeat)
        for row_cells, values, bold in [(head.cells, headers, True)] + [
            (table.add_row().cells, r, False) for r in rows
        ]:
            for i, (cell, value) in enumerate(zip(row_cells, values, strict=True)):
                paragraph = cell.paragraphs[0]
                run = paragraph.add_run(xml_text(value))
                run.bold, run.font.size = bold, Pt(7 if bold else 8)
                if i in numeric:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for row in table.rows[1:]:  # a row never splits across pages
            no_split = OxmlElement("w:cantSplit")
            row._tr.get_or_add_trPr().append(no_split)
        if widths:
            table.autofit = False
            for column, width in zip(table.columns, widths, strict=True):
                column.width = Mm(width)
                for cell in column.cells:
                    cell.width = Mm(width)

    def image(self, png: bytes, caption: str) -> None:
        from docx.shared import Mm

        self.doc.add_picture(io.BytesIO(png), width=Mm(150))
        self.doc.add_paragraph(xml_text(caption), style="Caption")

    def programs(self, rows: Sequence[ProgramRow]) -> None:
        t = self.t
        self.table(
            ["ID", t["program"], t["agency"], t["horizon"], t["status"], t["progress"],
             t["years"], t["schedule"], t["quick_win_mark"]],
            [[p.id, p.name, p.agency, p.horizon, p.status, p.progress, p.years,
              p.schedule.label + (f" ({p.schedule.expected})" if p.schedule.expected else ""),
              "★" if p.quick_win else ""] for p in rows],
            numeric=(5,),
            widths=(16, 39, 19, 22, 17, 18, 15, 20, 8),
        )  # fmt: skip

    def groups(self, head: str, rows: Sequence[GroupRow]) -> None:
        t = self.t
        self.table(
            [head, t["programs"], t["running"], t["realization"], t["mean_progress_short"],
             t["no_progress"], t["overdue"], t["on_track_short"], t["at_risk_short"],
             t["off_track_short"]],
            [[r.full_name, r.programs, r.running, r.realization, r.mean_progress, r.missing,
              r.overdue, r.schedule.on_track, r.schedule.at_risk, r.schedule.off_track]
             for r in rows],
            numeric=range(1, 10),
            widths=(30, *[16] * 9),
        )  # fmt: skip

    # -- the document ----------------------------------------------------------------
    def build(self) -> bytes:
        self.page_setup()
        self.cover()
        self.summary()
        self.sections()
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()

    def page_setup(self) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Mm, Pt

        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(18))
        section.different_first_page_header_footer = True  # the cover has neither
        self.doc.styles["Normal"].font.size = Pt(10)
        header = section.header.paragraphs[0]
        header.text = xml_text(f"{self.v.region} · {self.d.evaluation.title}")
        footer = section.footer.paragraphs[0]
        footer.alignment = 2  # right
        footer.add_run(f"{self.t['page']} ")
        for i, field in enumerate(("PAGE", "NUMPAGES")):
            if i:
                footer.add_run(" / ")
            simple = OxmlElement("w:fldSimple")
            simple.set(qn("w:instr"), field)
            run = OxmlElement("w:r")
            text = OxmlElement("w:t")
            text.text = "1"
            run.append(text)
            simple.append(run)
            footer._p.append(simple)

    def cover(self) -> None:
        self.doc.add_heading(xml_text(self.d.title), 0)
        self.para(self.v.region, bold=True)
        for label, value in self.d.cover:
            self.para(f"{label}: {value}")

    def summary(self) -> None:
        d, v, t = self.d, self.v, self.t
        self.heading(t["headline"], 1, new_page=True)
        if v.stale:
            self.para(v.stale, bold=True)
        self.table([t["figure"], t["value"], ""], [[h.label, h.value, h.detail] for h in v.headline],
                   numeric=(1,))  # fmt: skip
        self.heading(f"{t['claims']}: {d.evaluation.title}, {d.evaluation.date}", 2)
        if d.evaluation.note:
            self.para(d.evaluation.note)
        if not d.evaluation.compared:
            self.para(d.evaluation.revision_note)
        elif d.evaluation.claims:
            self.table(
                [t["figure"], t["claimed"], t["computed"], t["difference"], t["verdict"]],
                [[c.figure, c.claimed, c.computed, c.difference,
                  ("✓ " if c.reproduced else "✗ ") + c.verdict] for c in d.evaluation.claims],
                numeric=(1, 2, 3),
            )  # fmt: skip
        else:
            self.para(t["claims_none"])
        index = d.evaluation.index
        if index:
            self.heading(f"{index.title}: {index.value}", 2)
            self.para(index.scheme)
            self.table([t["component"], t["weight"], t["score"], t["weighted"]],
                       [[r.component, r.weight, r.score, r.weighted] for r in index.rows],
                       numeric=(1, 2, 3))  # fmt: skip

    def sections(self) -> None:
        from smartcity_cli.documents.png_charts import pillar_chart, status_chart

        d, v, t = self.d, self.v, self.t
        self.heading(t["sec_charts"], 1, new_page=True)
        self.image(pillar_chart(v.pillars), t["pillar_chart"])
        self.image(status_chart(v.statuses), t["status_chart"])
        self.heading(t["sec_programs"], 1, new_page=True)
        for line in v.overrides:
            self.para(line)
        for p in d.pillars:
            self.heading(p.summary.full_name, 2)
            self.para(p.line, keep=True)
            if p.programs:
                self.programs(p.programs)
        self.heading(t["sec_groups"], 1, new_page=True)
        for title, head, rows in ((t["by_horizon"], t["horizon"], v.horizons),
                                  (t["by_agency"], t["agency"], v.agencies),
                                  (t["by_element"], t["element"], v.elements)):  # fmt: skip
            if rows:
                self.heading(title, 2)
                self.groups(head, rows)
        self.heading(t["quick_wins"], 1, new_page=True)
        if v.quick_wins:
            q = v.quick_wins
            self.para(f"{t['realization']}: {q.realization} ({q.running}/{q.programs}); "
                      f"{t['mean_progress']}: {q.mean_progress}", keep=True)  # fmt: skip
            self.programs(v.quick_win_programs)
        else:
            self.para(t["quick_wins_none"])
        for title, listed, none in ((t["overdue"], v.overdue, t["overdue_none"]),
                                    (t["sec_no_progress"], d.no_progress, t["no_progress_none"])):  # fmt: skip
            self.heading(title, 1, new_page=True)
            if listed:
                self.programs(listed)
            else:
                self.para(none)
        if d.categories:
            self.heading(t["categories"], 1, new_page=True)
            for c in d.categories:
                cat = c.category
                self.heading(f"{cat.name}: {cat.rate} ({cat.done}/{cat.items})", 2)
                self.table(["ID", t["actions"], t["done"]],
                           [[i.id, i.name + (f" ({i.note})" if i.note else ""), i.state]
                            for i in c.items], widths=(16, 138, 20))  # fmt: skip
            self.para(f"{t['overall']}: {v.action_overall}", bold=True)
        if v.indicators:
            self.heading(t["indicators"], 1, new_page=True)
            self.table(
                ["ID", t["indicator"], t["baseline"], t["target"], t["actual"], t["achievement"]],
                [[i.program, i.name + (f" ({i.unit})" if i.unit else ""), i.baseline, i.target,
                  i.actual, i.achievement] for i in v.indicators],
                numeric=(2, 3, 4, 5),
                widths=(16, 78, 20, 20, 20, 20),
            )  # fmt: skip
        self.heading(t["sec_governance_sources"], 1, new_page=True)
        if v.governance:
            self.heading(t["governance"], 2)
            for label, value in v.governance:
                self.para(f"{label}: {value}" if label else value)
        if v.sources:
            self.heading(t["sources"], 2)
            for s in v.sources:
                text = s.title + "".join(f", {x}" for x in (s.publisher, s.date) if x)
                line = text + (f": {s.url}" if s.url else "")
                self.doc.add_paragraph(xml_text(line), style="List Bullet")
        self.para(v.footer)
