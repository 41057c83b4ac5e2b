"""Writing reports to files, one kind × period × unit at a time (:func:`write_report`) or
whatever is due (:func:`report_schedule`, for cron), with a ledger of what was written."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from healthplan.errors import HealthplanError
from healthplan.i18n import t
from healthplan.model import Period, PeriodType
from healthplan.reports.kinds import REPORTS, build_report
from healthplan.reports.settings import load_report_settings, run_header
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
    formats: Sequence[str] | None = None,
    out: Path | None = None,
    include_drafts: bool = False,
    doc_number: str | None = None,
    signer: str | None = None,
    progress: Progress | None = None,
) -> ReportFiles:
    """Build the report ``kind`` for ``period`` and write it in each of ``formats`` (by
    default those of the workspace's ``report-settings.yaml``, else all) into ``out``
    (default: the workspace's ``reports/`` folder), named
    ``<kind>-<period>[-<org unit>].<suffix>``. The title block's issuer, 发文字号 and 签发人
    come from ``report-settings.yaml``; ``doc_number`` and ``signer`` override them for this
    run."""
    settings = load_report_settings(ws)
    formats = list(formats or settings.formats or REPORT_FORMATS)
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
    given = run_header(doc_number=doc_number, signer=signer)
    city = org_unit is None or org_unit == _root(ws)
    header = settings.header(kind, None if city else org_unit).merged(given)
    tell = progress or (lambda step: None)
    tell(kind)
    report = build_report(
        ws, kind, period, org_unit=org_unit, include_drafts=include_drafts, header=header
    )
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


def _root(ws: Workspace) -> str:
    units = list_orgunits(ws)
    return units[0].code if units else ""


def _complete(entry: dict[str, Any], formats: Sequence[str]) -> bool:
    """Whether a ledger entry holds a file of every format wanted, each still on disk."""
    files = [Path(str(p)) for p in entry.get("files") or []]
    suffixes = {p.suffix for p in files if p.exists()}
    return all(REPORT_FORMATS[f].suffix in suffixes for f in formats)


def report_schedule(
    ws: Workspace,
    *,
    as_of: date | None = None,
    formats: Sequence[str] | None = None,
    out: Path | None = None,
    include_drafts: bool = False,
    progress: Progress | None = None,
) -> list[ReportFiles]:
    """Write every report due on ``as_of`` (default today) that the ledger
    (``reports/ledger.json`` in the workspace) does not hold in every format wanted, and
    record it there. ``formats``: by default those of ``report-settings.yaml``, else all.
    A report the ledger holds in fewer formats (more were configured since, or a file was
    removed) is written again in all of them, so that its files agree."""
    wanted = list(formats or load_report_settings(ws).formats or REPORT_FORMATS)
    ledger_path = Path(ws.home) / LEDGER_FILE
    try:
        ledger = json.loads(ledger_path.read_text(encoding="utf-8")) if ledger_path.exists() else []
    except (OSError, ValueError) as error:
        raise HealthplanError(t("cannot read {path}: {e}", path=ledger_path, e=error)) from None
    root = None
    written = []
    for kind, period in _due(as_of or date.today()):
        if kind not in REPORTS:
            continue
        if root is None:
            root = _root(ws)
        key = (kind, period.id, root)
        entries = [e for e in ledger if (e["kind"], e["period"], e["org_unit"]) == key]
        if entries and _complete(entries[-1], wanted):
            continue
        files = write_report(
            ws,
            kind,
            period,
            formats=wanted,
            out=out,
            include_drafts=include_drafts,
            progress=progress,
        )
        written.append(files)
        ledger = [e for e in ledger if e not in entries] + [asdict(files)]
        _save_ledger(ledger_path, ledger)
    return written


def _save_ledger(path: Path, ledger: list[dict[str, Any]]) -> None:
    """Replace the ledger at once: a run stopped midway leaves the old one whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = path.with_name(path.name + ".tmp")
    fresh.write_text(json.dumps(ledger, ensure_ascii=False, indent=1), encoding="utf-8")
    fresh.replace(path)
