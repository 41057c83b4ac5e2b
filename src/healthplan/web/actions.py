"""What the pages and the API do, once: each function takes the workspace and the signed-in
:class:`User`, checks the user's role and scope, and calls the stages' public functions as
that user (so the audit log names them)."""

from __future__ import annotations

import copy
import re
import tempfile
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from healthplan.analytics import Assessment, assess
from healthplan.collection import (
    WorkflowStatus,
    approval_status,
    approve,
    collecting_departments,
    get_data_set,
    import_file,
    list_data_elements,
    list_data_sets,
    read_value_file,
    reopen,
    review,
    submit,
    value_frame,
    write_template,
)
from healthplan.errors import InputError, NotFoundError, Problem
from healthplan.i18n import pt, t
from healthplan.reports import REPORTS, ReportFiles, write_report
from healthplan.store import Workspace, list_orgunits
from healthplan.surveillance import close, respond, signals, verify
from healthplan.tasks import TaskEntry, task_ledger
from healthplan.warnings import EarlyWarning, acknowledge, list_warnings, resolve, run_warnings
from healthplan.web.cache import cached
from healthplan.web.users import ForbiddenError, User

UPLOAD_LIMIT = 20 * 1024 * 1024  # bytes: a month's workbook for a whole city is far smaller
# 身份证号, mobile numbers and e-mail addresses in free text (notes, messages, comments)
_PERSONAL = re.compile(
    r"(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)|(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)|"
    r"([\w.+-])[\w.+-]*@([\w-]+(?:\.[\w-]+)+)"
)


def mask_personal(text: str | None) -> str | None:
    """``text`` with ID-card numbers, mobile numbers and e-mail addresses masked."""
    if text is None:
        return None

    def hide(match: re.Match[str]) -> str:
        if match.group(1):
            return f"{match.group(1)}********{match.group(2)}"
        if match.group(3):
            return f"{match.group(3)}****{match.group(4)}"
        return f"{match.group(5)}***@{match.group(6)}"

    return _PERSONAL.sub(hide, text)


def as_user(ws: Workspace, user: User) -> Workspace:
    """The workspace acting as ``user``: same engine, the audit log names them."""
    acting = copy.copy(ws)
    acting.actor = user.name
    return acting


def assessment(
    ws: Workspace,
    user: User,
    *,
    status: str | None = None,
    department: str | None = None,
    org_unit: str | None = None,
) -> list[Assessment]:
    """The assessed targets the user may see, filtered."""
    user.require("view", unit=org_unit)
    rows = cached(ws, "assessment", lambda: assess(ws).rows, user_id=user.id)
    return [
        r
        for r in rows
        if user.sees_unit(r.org_unit)
        and user.sees_departments(r.departments)
        and (status is None or r.status.value == status)
        and (department is None or department in r.departments)
        and (org_unit is None or r.org_unit == org_unit)
    ]


def status_counts(rows: list[Assessment]) -> dict[str, int]:
    return dict(Counter(r.status.value for r in rows))


def trend(ws: Workspace, user: User, data_element: str | None = None) -> dict[str, Any]:
    """Monthly totals of one data element (default the first one) over the user's units."""
    return cached(
        ws,
        ("trend", user.units, data_element),
        lambda: _trend(ws, user, data_element),
        user_id=user.id,
    )


def _trend(ws: Workspace, user: User, data_element: str | None) -> dict[str, Any]:
    frame, _ = value_frame(ws, since=None)
    if frame.empty:
        return {"element": data_element, "periods": [], "values": []}
    frame = frame[frame["period"].str.contains("M")]
    if user.units is not None:
        frame = frame[frame["org_unit"].isin(user.units)]
    element = data_element or (str(frame["data_element"].min()) if not frame.empty else None)
    frame = frame[frame["data_element"] == element]
    totals = frame.groupby("period")["value"].sum().sort_index()
    known = list_data_elements(ws).get(element or "")
    return {
        "element": element,
        "name": known.name if known else element,  # a person reads the name, not the code
        "periods": [str(p) for p in totals.index],
        "values": [float(v) for v in totals.to_numpy()],
    }


@dataclass(frozen=True)
class UploadResult:
    stored: bool
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: tuple[str, ...] = ()


def upload(ws: Workspace, user: User, name: str, content: bytes, *, store: bool) -> UploadResult:
    """Check an uploaded value file (``store=False``: the preview, nothing stored) or import
    it, all or nothing. Every value must be for a unit in the user's scope."""
    user.require("enter")
    if len(content) > UPLOAD_LIMIT:
        raise InputError([Problem(name, t("the file is larger than {n} MB", n=UPLOAD_LIMIT >> 20))])
    safe = Path(name).name or "upload.xlsx"
    with tempfile.TemporaryDirectory(prefix="healthplan-upload-") as folder:
        path = Path(folder) / safe
        path.write_bytes(content)
        try:
            found = read_value_file(ws, path)
            check_departments(ws, user, {v.data_element for v in found.values})
            outside = sorted({v.org_unit for v in found.values if not user.sees_unit(v.org_unit)})
            if outside:
                raise ForbiddenError(
                    t("org unit {code} is outside your scope", code=", ".join(outside))
                )
            summary = import_file(as_user(ws, user), path, dry_run=not store)
        except InputError as error:
            return UploadResult(False, problems=tuple(str(p) for p in error.problems))
    return UploadResult(store, summary.created, summary.updated, summary.unchanged)


def check_departments(ws: Workspace, user: User, elements: set[str]) -> None:
    """A department reporter enters only what their departments collect."""
    if not user.departments:
        return
    mine = set(user.departments)
    collected = collecting_departments(ws)
    foreign = sorted(e for e in elements if not mine & set(collected.get(e, [])))
    if foreign:
        raise ForbiddenError(t("your departments do not collect {names}", names=", ".join(foreign)))


def template(ws: Workspace, user: User, data_set: str, org_unit: str, period: str) -> bytes:
    """The fill-in workbook (填报模板) of ``data_set`` for the reporting units below
    ``org_unit`` and ``period``."""
    user.require("enter", unit=org_unit)
    with tempfile.TemporaryDirectory(prefix="healthplan-template-") as folder:
        return write_template(ws, data_set, org_unit, period, Path(folder) / "t.xlsx").read_bytes()


_MOVES = {"submit": submit, "review": review, "approve": approve, "return": reopen}


@dataclass(frozen=True)
class QueueRow:
    org_unit: str
    org_unit_name: str
    state: str  # an ApprovalState, or "" before the first submission
    state_label: str
    updated_by: str | None
    comment: str | None


def approvals(ws: Workspace, user: User, data_set: str, period: str) -> list[QueueRow]:
    """Every reporting unit of ``data_set`` in the user's scope with its state for
    ``period`` (units that have not submitted yet included)."""
    user.require("view")
    found = get_data_set(ws, data_set)
    states = {s.org_unit: s for s in approval_status(ws, data_set, period)}
    rows = []
    for unit in list_orgunits(ws, user.org_unit):
        if unit.level != found.org_level and unit.code not in states:
            continue
        state = states.get(unit.code)
        rows.append(
            QueueRow(
                unit.code,
                unit.name,
                state.state.value if state else "",
                t(state.state.value) if state else "",  # the states' words: cli/labels.py
                mask_personal(state.updated_by) if state else None,
                mask_personal(state.comment) if state else None,
            )
        )
    return rows


def move_approval(
    ws: Workspace,
    user: User,
    action: str,
    data_set: str,
    org_unit: str,
    period: str,
    comment: str | None = None,
) -> WorkflowStatus:
    """上报, 审核, 审批 or 退回 one report."""
    if action not in _MOVES:
        raise NotFoundError(t("no such action {name}", name=action))
    user.require("enter" if action == "submit" else "approve", unit=org_unit)
    if user.departments and get_data_set(ws, data_set).department_code not in user.departments:
        raise ForbiddenError(t("this department is outside your scope"))
    acting = as_user(ws, user)
    moved = _MOVES[action](acting, data_set, org_unit, period, comment)
    if action in ("approve", "return"):
        # Approved data are official: the warning rules are evaluated again now (targets
        # behind, reports not approved), as the scheduled run would; it delivers.
        run_warnings(acting, notify=False)
    return moved


def data_sets(ws: Workspace, user: User) -> list[str]:
    user.require("view")
    return [d.code for d in list_data_sets(ws)]


def tasks(ws: Workspace, user: User, department: str | None = None) -> list[TaskEntry]:
    user.require("view", departments=department)
    entries = cached(
        ws, ("tasks", department), lambda: task_ledger(ws, department=department), user_id=user.id
    )
    return [e for e in entries if user.sees_departments(e.departments)]


def inbox(ws: Workspace, user: User, *, open_only: bool = True) -> list[EarlyWarning]:
    user.require("view")
    return [
        w.model_copy(update={"message": mask_personal(w.message), "note": mask_personal(w.note)})
        for w in list_warnings(ws, open_only=open_only)
        if _sees_warning(user, w)
    ]


def _sees_warning(user: User, warning: EarlyWarning) -> bool:
    return (warning.org_unit is None or user.sees_unit(warning.org_unit)) and (
        not user.departments or user.sees_departments(warning.department)
    )


def handle_warning(
    ws: Workspace, user: User, warning_id: int, action: str, note: str | None = None
) -> EarlyWarning:
    """Acknowledge (接收) or resolve (处理) a warning in the user's scope."""
    user.require("handle_warnings")
    found = next((w for w in list_warnings(ws) if w.id == warning_id), None)
    if found is None:
        raise NotFoundError(t("no warning {id}", id=warning_id))
    if not _sees_warning(user, found):
        raise ForbiddenError(t("this warning is outside your scope"))
    move = {"acknowledge": acknowledge, "resolve": resolve}.get(action)
    if move is None:
        raise NotFoundError(t("no such action {name}", name=action))
    return move(as_user(ws, user), warning_id, by=user.name, note=note)


def outbreak_signals(ws: Workspace, user: User) -> list[dict[str, Any]]:
    user.require("view")
    return [
        {
            "id": s.id,
            "disease": s.disease,
            "org_unit": s.org_unit,
            "day": s.day.isoformat(),
            "status": s.status,
            # the statuses' words are listed in cli/labels.py
            "status_label": pt("signal", s.status) if s.status == "open" else t(s.status),
            "observed": s.observed,
            "threshold": s.threshold,
            "method": s.method,
        }
        for s in signals(ws)
        if user.sees_unit(s.org_unit)
    ]


def handle_signal(
    ws: Workspace,
    user: User,
    signal_id: int,
    action: str,
    *,
    outcome: str = "confirmed",
    note: str | None = None,
) -> dict[str, Any]:
    """Verify (核实), respond to (处置) or close an outbreak signal in the user's scope."""
    user.require("handle_signals")
    found = next((s for s in outbreak_signals(ws, user) if s["id"] == signal_id), None)
    if found is None:
        raise NotFoundError(t("no signal {id} in your scope", id=signal_id))
    acting = as_user(ws, user)
    if action == "verify":
        verify(acting, signal_id, user.name, outcome, note=note)
    elif action == "respond":
        respond(acting, signal_id, user.name, note=note)
    elif action == "close":
        close(acting, signal_id, user.name, note=note)
    else:
        raise NotFoundError(t("no such action {name}", name=action))
    return next(s for s in outbreak_signals(ws, user) if s["id"] == signal_id)


def report_kinds() -> list[tuple[str, str]]:
    """Each report kind's name and title."""
    return [(name, kind.title) for name, kind in REPORTS.items()]


def generate_report(
    ws: Workspace, user: User, kind: str, period: str, org_unit: str | None = None
) -> ReportFiles:
    """Write a bulletin (HTML, PDF, DOCX, XLSX) into the workspace's reports folder."""
    user.require("report", unit=org_unit)
    if user.units is not None and org_unit is None:
        raise ForbiddenError(t("name an org unit in your scope"))
    return write_report(as_user(ws, user), kind, period, org_unit=org_unit)


def report_file(ws: Workspace, user: User, name: str) -> Path:
    """A written report by file name, if the user may see its org unit."""
    user.require("view")
    folder = (ws.home / "reports").resolve()
    path = (folder / Path(name).name).resolve()
    if path.parent != folder or not path.is_file():
        raise NotFoundError(t("no report {name}", name=Path(name).name))
    if user.units is not None and not any(path.stem.endswith(f"-{u}") for u in user.units):
        raise ForbiddenError(t("this report is outside your scope"))
    return path


def written_reports(ws: Workspace, user: User) -> list[str]:
    folder = ws.home / "reports"
    if not folder.is_dir():
        return []
    names = sorted(p.name for p in folder.iterdir() if p.is_file() and p.suffix != ".json")
    if user.units is None:
        return names
    return [n for n in names if any(Path(n).stem.endswith(f"-{u}") for u in user.units)]


def plain(value: Any) -> Any:
    """A dataclass result as JSON-ready data."""
    return asdict(value)
