"""Writing reports to files, one kind × period × unit at a time (:func:`write_report`) or
whatever is due (:func:`report_schedule`, for cron), with a ledger of what was written."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path

from healthplan.errors import HealthplanError
from healthplan.i18n import t
from healthplan.model import Period, PeriodType
from healthplan.reports.kinds import REPORTS, build_report
from healthplan.reports.writers import REPORT_FORMATS, TEMPLATES_FOLDER
from healthplan.store import Workspace, list_orgunits

__all__ = ["LEDGER_FILE", "ReportFiles", "report_schedule", "write_report"]

LEDGER_FILE = "reports/ledger.json"  # in the workspace folder: what the schedule wrote
Progress = Callable[[str], None]  # told each step as it starts (for a progress bar)


@dataclass(frozen=True)
class ReportFiles:
    kind: str
    period: str
    org_unit: str
    files: list[str]
    written_at: str


def write_report(
    ws: Workspace,
    kind: str,
    period: Period | str,
    *,
    org_unit: str | None = None,
    formats: Sequence[str] = ("html", "pdf", "docx", "xlsx"),
    out: Path | None = None,
    include_drafts: bool = False,
    progress: Progress | None = None,
) -> ReportFiles:
    """Build the report ``kind`` for ``period`` and write it in each of ``formats`` into
    ``out`` (default: the workspace's ``reports/`` folder), named
    ``<kind>-<period>[-<org unit>].<suffix>``."""
    unknown = [f for f in formats if f not in REPORT_FORMATS]
    if unknown:
        raise HealthplanError(
            t(
                "unknown report format {name}; known: {known}",
                name=", ".join(unknown),
                known=", ".join(REPORT_FORMATS),
            )
        )
    folder = out or Path(ws.home) / "reports"
    if folder.exists() and not folder.is_dir():
        raise HealthplanError(t("{path} is not a folder", path=folder))
    tell = progress or (lambda step: None)
    tell(kind)
    report = build_report(ws, kind, period, org_unit=org_unit, include_drafts=include_drafts)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{kind}-{report.period.id}" + (f"-{org_unit}" if org_unit else "")
    written = []
    for name in formats:
        fmt = REPORT_FORMATS[name]
        tell(name)
        path = folder / f"{stem}{fmt.suffix}"
        fmt.write(report, path, Path(ws.home) / TEMPLATES_FOLDER)
        written.append(str(path))
    stamp = datetime.now().isoformat(timespec="seconds")
    return ReportFiles(kind, report.period.id, report.org_unit.code, written, stamp)


def _due(as_of: date) -> list[tuple[str, Period]]:
    """The reports due on ``as_of``: each kind for the latest period of its type that has
    ended by then (the evaluations are asked for by hand)."""
    month = Period.containing(PeriodType.month, as_of)
    if month.end > as_of:
        month = month.previous()
    quarter = Period.containing(PeriodType.quarter, month.end)
    if quarter.end > month.end:
        quarter = quarter.previous()
    year = Period.parse(str(as_of.year - 1 if as_of.month < 12 or as_of.day < 31 else as_of.year))
    return [
        ("monthly", month),
        ("bulletin", month),
        ("quarterly", quarter),
        ("annual", year),
    ]


def report_schedule(
    ws: Workspace,
    *,
    as_of: date | None = None,
    formats: Sequence[str] = ("html", "pdf", "docx", "xlsx"),
    out: Path | None = None,
    include_drafts: bool = False,
    progress: Progress | None = None,
) -> list[ReportFiles]:
    """Write every report due on ``as_of`` (default today) that the ledger
    (``reports/ledger.json`` in the workspace) does not list yet, and add them to it."""
    ledger_path = Path(ws.home) / LEDGER_FILE
    try:
        ledger = json.loads(ledger_path.read_text(encoding="utf-8")) if ledger_path.exists() else []
    except (OSError, ValueError) as error:
        raise HealthplanError(t("cannot read {path}: {e}", path=ledger_path, e=error)) from None
    done = {(e["kind"], e["period"], e["org_unit"]) for e in ledger}
    root = None
    written = []
    for kind, period in _due(as_of or date.today()):
        if kind not in REPORTS:
            continue
        if root is None:
            units = list_orgunits(ws)
            root = units[0].code if units else ""
        if (kind, period.id, root) in done:
            continue
        files = write_report(
            ws,
            kind,
            period,
            formats=formats,
            out=out,
            include_drafts=include_drafts,
            progress=progress,
        )
        written.append(files)
        ledger.append(asdict(files))
        ledger_path.parent.mkdir(parents=True, exist_ok=True)
        ledger_path.write_text(json.dumps(ledger, ensure_ascii=False, indent=1), encoding="utf-8")
    return written
