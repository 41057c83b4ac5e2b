"""The file formats a report is written in: a registry like the others (one record and one
registration each). HTML and PDF come from one Jinja2 template; DOCX is built with
python-docx (real headings, tables and chart images, so Word and WPS can edit it); XLSX holds
the tables with frozen, formatted headers. Templates are looked up first in the workspace's
``report-templates/`` folder (``report.html.j2``, ``report.css``, ``report.docx``)."""

from __future__ import annotations

import base64
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from healthplan.model.cells import xlsx_row
from healthplan.reports.charts import FONTS, chart_png, echarts_option, echarts_script
from healthplan.reports.content import Report

__all__ = ["REPORT_FORMATS", "TEMPLATES_FOLDER", "ReportFormat", "register_report_format"]

TEMPLATES_FOLDER = "report-templates"  # in the workspace folder: overrides of the templates
_STATUS_RGB = {
    "met": "1A7F37",
    "on_schedule": "1A7F37",
    "behind": "B58900",
    "far_behind": "C00000",
    "not_met": "C00000",
}


@dataclass(frozen=True)
class ReportFormat:
    name: str
    suffix: str
    write: Callable[[Report, Path, Path], None]  # (report, file, templates folder)


REPORT_FORMATS: dict[str, ReportFormat] = {}


def register_report_format(fmt: ReportFormat) -> None:
    REPORT_FORMATS[fmt.name] = fmt


def _issued(report: Report) -> str:
    day = report.as_of
    return f"{day.year}年{day.month}月{day.day}日"


def render_html(report: Report, templates: Path, mode: str) -> str:
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, select_autoescape

    env = Environment(
        loader=ChoiceLoader(
            [FileSystemLoader(templates), PackageLoader("healthplan.reports", "templates")]
        ),
        autoescape=select_autoescape(["html", "j2"]),
    )
    charts = report.charts()
    context: dict[str, Any] = {"report": report, "mode": mode, "issued": _issued(report)}
    if mode == "html":
        context["echarts"] = echarts_script()
        context["options"] = {c.key: echarts_option(c) for c in charts}
    else:
        context["images"] = {c.key: base64.b64encode(chart_png(c)).decode() for c in charts}
    template = env.get_template(_template_name(report))
    return template.render(**context)


def _template_name(report: Report) -> str:
    from healthplan.reports.kinds import REPORTS

    return REPORTS[report.kind].template


def write_html(report: Report, path: Path, templates: Path) -> None:
    path.write_text(render_html(report, templates, "html"), encoding="utf-8")


def write_pdf(report: Report, path: Path, templates: Path) -> None:
    import logging

    from weasyprint import HTML

    logging.getLogger("fontTools").setLevel(logging.WARNING)  # subsetting chatter
    HTML(string=render_html(report, templates, "pdf")).write_pdf(path)


def _east_asian(run: Any, font: str) -> None:
    from docx.oxml.ns import qn

    run.font.name = font
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), font)


def _page_number(paragraph: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _doc_line(document: Any, report: Report, font: str, width: int) -> Any:
    """发文字号 and 签发人 above a red rule: the number centred alone; with a signer, the
    number one character in from the left and the signer one in from the right."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Pt

    line = document.add_paragraph()
    line.paragraph_format.space_before = Pt(14)
    if report.signer:
        line.paragraph_format.left_indent = line.paragraph_format.right_indent = Pt(16)
        inner = width - 2 * Pt(16)
        line.paragraph_format.tab_stops.add_tab_stop(inner, WD_TAB_ALIGNMENT.RIGHT)
        text = f"{report.doc_number or ''}\t签发人：{report.signer}"
    else:
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        text = report.doc_number or ""
    run = line.add_run(text)
    run.font.size = Pt(16)
    _east_asian(run, font)
    return line


def _red_rule(paragraph: Any) -> None:
    """The red line under the 版头, drawn as the paragraph's bottom border."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "12"), ("space", "6"), ("color", "C00000")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def write_docx(report: Report, path: Path, templates: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    custom = templates / "report.docx"
    document = Document(str(custom)) if custom.exists() else Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number(footer)
    serif, sans = "Noto Serif CJK SC", FONTS[0]
    normal = document.styles["Normal"]
    normal.font.size = Pt(12)
    issuer = document.add_paragraph()
    issuer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = issuer.add_run(report.issuer)
    run.bold, run.font.size, run.font.color.rgb = True, Pt(26), RGBColor(0xC0, 0, 0)
    _east_asian(run, serif)
    ruled = issuer
    if report.doc_number or report.signer:
        width = section.page_width - section.left_margin - section.right_margin
        ruled = _doc_line(document, report, serif, width)
    _red_rule(ruled)
    title = document.add_heading(report.title, level=0)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in title.runs:
        _east_asian(run, serif)
    subtitle = document.add_paragraph(f"（{report.period_label}，数据截至{_issued(report)}）")
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
    images = {c.key: chart_png(c) for c in report.charts()}
    for part in report.sections:
        heading = document.add_heading(part.heading, level=1)
        for run in heading.runs:
            _east_asian(run, sans)
        for sentence in part.sentences:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.first_line_indent = Pt(24)
            _east_asian(paragraph.add_run(sentence.text), serif)
        for table in part.tables:
            caption = document.add_paragraph()
            caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
            caption_run = caption.add_run(table.title)
            caption_run.bold = True
            _east_asian(caption_run, sans)
            grid = document.add_table(rows=1, cols=len(table.columns))
            grid.style = "Table Grid"
            for cell, text in zip(grid.rows[0].cells, table.columns, strict=True):
                cell.text = text
            for index, row in enumerate(table.rows):
                cells = grid.add_row().cells
                status = table.statuses[index] if table.statuses else None
                for column, (cell, text) in enumerate(zip(cells, row, strict=True)):
                    cell.text = text
                    colour = _STATUS_RGB.get(status.value) if status is not None else None
                    if column == table.status_column and colour:
                        for run in cell.paragraphs[0].runs:
                            run.font.color.rgb = RGBColor.from_string(colour)
                            run.bold = True
            for row in grid.rows:
                for cell in row.cells:
                    for run in cell.paragraphs[0].runs:
                        run.font.size = Pt(8.5)
                        _east_asian(run, sans)
        for chart in part.charts:
            document.add_picture(io.BytesIO(images[chart.key]), width=Cm(15.5))
            document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text in (report.issuer, _issued(report)):
        document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.save(str(path))


def _cell(text: str) -> tuple[Any, str | None]:
    """A displayed figure as a number with its printed decimals; other text as it is."""
    match = re.fullmatch(r"-?\d+(?:\.(\d+))?(%?)", text)
    if not match:
        return text, None
    decimals = len(match[1] or "")
    number = float(text.rstrip("%"))
    pattern = "0" + ("." + "0" * decimals if decimals else "")
    if match[2]:
        return number / 100, pattern + "%"
    return number, pattern


def write_xlsx(report: Report, path: Path, templates: Path) -> None:
    del templates  # the workbook has no template: its tables are the report's
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    summary = book.active
    summary.title = "摘要"
    summary.append([report.issuer])
    header = [
        text for text in (report.doc_number, report.signer and f"签发人：{report.signer}") if text
    ]
    if header:
        summary.append(["　　".join(header)])
    summary.append([f"{report.title}（{report.period_label}）"])
    summary["A1"].font = Font(bold=True, size=16, color="C00000")
    summary.cell(summary.max_row, 1).font = Font(bold=True, size=14)
    for part in report.sections:
        summary.append([part.heading])
        summary.cell(summary.max_row, 1).font = Font(bold=True)
        for sentence in part.sentences:
            summary.append(xlsx_row(summary, [sentence.text]))
    summary.column_dimensions["A"].width = 120
    used: set[str] = {"摘要"}
    header_fill = PatternFill("solid", fgColor="DDDDDD")
    for table in report.tables():
        name = re.sub(r"[\[\]:*?/\\]", "", table.title)[:31]
        base, n = name, 2
        while name in used:
            name, n = f"{base[:28]}{n}", n + 1
        used.add(name)
        sheet = book.create_sheet(name)
        sheet.append(table.columns)
        for cell in sheet[1]:
            cell.font, cell.fill = Font(bold=True), header_fill
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for index, row in enumerate(table.rows, start=2):
            for column, text in enumerate(row, start=1):
                value, pattern = _cell(text) if column - 1 != table.status_column else (text, None)
                cell = sheet.cell(index, column, value)
                if isinstance(value, str):  # text, even when it starts with = (injection)
                    cell.data_type = "s"
                if pattern:
                    cell.number_format = pattern
            status = table.statuses[index - 2] if table.statuses else None
            colour = _STATUS_RGB.get(status.value) if status is not None else None
            if table.status_column is not None and colour:
                sheet.cell(index, table.status_column + 1).font = Font(bold=True, color=colour)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
        for column, title in enumerate(table.columns, start=1):
            longest = max([len(title)] + [len(r[column - 1]) for r in table.rows])
            sheet.column_dimensions[get_column_letter(column)].width = min(60, 2.2 * longest + 2)
    book.save(path)


for _format in (
    ReportFormat("html", ".html", write_html),
    ReportFormat("pdf", ".pdf", write_pdf),
    ReportFormat("docx", ".docx", write_docx),
    ReportFormat("xlsx", ".xlsx", write_xlsx),
):
    register_report_format(_format)
