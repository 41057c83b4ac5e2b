"""Reports (月统计、季分析、年研判、中期/终期评估、通报): bulletins built from the store through
the stages' public functions, with sentences generated from the same figures as their
tables, written as self-contained HTML (ECharts bundled), PDF (WeasyPrint), DOCX and XLSX,
under the title block an installation configures (发文机关、发文字号、签发人)."""

from healthplan.reports.content import BOUNDARIES_FILE, Chart, Report, Section, Table
from healthplan.reports.header import ReportHeader
from healthplan.reports.kinds import REPORTS, ReportKind, build_report, register_report
from healthplan.reports.publish import LEDGER_FILE, ReportFiles, report_schedule, write_report
from healthplan.reports.settings import REPORT_SETTINGS_FILE, ReportSettings, load_report_settings
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
    "REPORT_SETTINGS_FILE",
    "STATUS_WORDS",
    "TEMPLATES_FOLDER",
    "Chart",
    "Report",
    "ReportFiles",
    "ReportFormat",
    "ReportHeader",
    "ReportKind",
    "ReportSettings",
    "Section",
    "Sentence",
    "Table",
    "build_report",
    "load_report_settings",
    "register_report",
    "register_report_format",
    "report_schedule",
    "write_report",
]
