"""Reports (月统计、季分析、年研判、中期/终期评估、通报): bulletins built from the store through
the stages' public functions, with sentences generated from the same figures as their
tables, written as self-contained HTML (ECharts bundled), PDF (WeasyPrint), DOCX and XLSX."""

from healthplan.reports.content import BOUNDARIES_FILE, Chart, Report, Section, Table
from healthplan.reports.kinds import REPORTS, ReportKind, build_report, register_report
from healthplan.reports.publish import LEDGER_FILE, ReportFiles, report_schedule, write_report
from healthplan.reports.wording import STATUS_WORDS, Sentence
from healthplan.reports.writers import (
    REPORT_FORMATS,
    TEMPLATES_FOLDER,
    ReportFormat,
    register_report_format,
)

__all__ = [
    "BOUNDARIES_FILE",
    "LEDGER_FILE",
    "REPORTS",
    "REPORT_FORMATS",
    "STATUS_WORDS",
    "TEMPLATES_FOLDER",
    "Chart",
    "Report",
    "ReportFiles",
    "ReportFormat",
    "ReportKind",
    "Section",
    "Sentence",
    "Table",
    "build_report",
    "register_report",
    "register_report_format",
    "report_schedule",
    "write_report",
]
