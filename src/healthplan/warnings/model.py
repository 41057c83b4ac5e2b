"""One model for every warning (预警): its kind, severity (红/橙/黄), responsible department
and org unit, evidence, and lifecycle 新 → 已接收 → 已处理 / 已解除 with who and when."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

from healthplan.errors import HealthplanError
from healthplan.i18n import NP_, pt, t

__all__ = ["EarlyWarning", "Finding", "Severity", "WarningKind", "WarningState"]


class Severity(StrEnum):
    red = "red"  # 红
    orange = "orange"  # 橙
    yellow = "yellow"  # 黄

    @property
    def rank(self) -> int:
        return {Severity.red: 3, Severity.orange: 2, Severity.yellow: 1}[self]

    @property
    def label(self) -> str:
        return pt("severity", _SEVERITY[self])

    @classmethod
    def parse(cls, text: str) -> Severity:
        """By id (``red``) or Chinese label (红, 红色)."""
        value = str(text).strip().removesuffix("色")
        for severity in cls:
            if value.lower() == severity.value or value == _SEVERITY_ZH[severity]:
                return severity
        raise HealthplanError(t("unknown severity {value}; one of 红, 橙, 黄", value=text))


_SEVERITY = {
    Severity.red: NP_("severity", "red"),
    Severity.orange: NP_("severity", "orange"),
    Severity.yellow: NP_("severity", "yellow"),
}
_SEVERITY_ZH = {Severity.red: "红", Severity.orange: "橙", Severity.yellow: "黄"}


class WarningState(StrEnum):
    new = "new"  # 新
    acknowledged = "acknowledged"  # 已接收
    handled = "handled"  # 已处理
    dismissed = "dismissed"  # 已解除

    @property
    def label(self) -> str:
        return pt("warning state", _STATE[self])

    @property
    def open(self) -> bool:
        return self in (WarningState.new, WarningState.acknowledged)

    @classmethod
    def parse(cls, text: str) -> WarningState:
        value = str(text).strip()
        for state in cls:
            if value.lower() == state.value or value == _STATE_ZH[state]:
                return state
        raise HealthplanError(
            t("unknown warning state {value}; one of 新, 已接收, 已处理, 已解除", value=text)
        )


_STATE = {
    WarningState.new: NP_("warning state", "new"),
    WarningState.acknowledged: NP_("warning state", "acknowledged"),
    WarningState.handled: NP_("warning state", "handled"),
    WarningState.dismissed: NP_("warning state", "dismissed"),
}
_STATE_ZH = {
    WarningState.new: "新",
    WarningState.acknowledged: "已接收",
    WarningState.handled: "已处理",
    WarningState.dismissed: "已解除",
}


class WarningKind(StrEnum):
    target_behind = "target_behind"  # 目标滞后 for N consecutive periods
    forecast_miss = "forecast_miss"  # 预计到期不能完成
    task_overdue = "task_overdue"  # 任务逾期
    task_due_soon = "task_due_soon"  # 任务临近时限
    progress_late = "progress_late"  # 进展未按期报送
    report_missing = "report_missing"  # 报表未按期上报
    report_unapproved = "report_unapproved"  # 报表未按期审批
    completeness_low = "completeness_low"  # 上报完整率低
    signal_unverified = "signal_unverified"  # 疫情信号未按时核实

    @property
    def label(self) -> str:
        return pt("warning kind", _KIND[self])


_KIND = {
    WarningKind.target_behind: NP_("warning kind", "target behind"),
    WarningKind.forecast_miss: NP_("warning kind", "forecast misses the target"),
    WarningKind.task_overdue: NP_("warning kind", "task overdue"),
    WarningKind.task_due_soon: NP_("warning kind", "task due soon"),
    WarningKind.progress_late: NP_("warning kind", "progress not reported"),
    WarningKind.report_missing: NP_("warning kind", "report not submitted"),
    WarningKind.report_unapproved: NP_("warning kind", "report not approved"),
    WarningKind.completeness_low: NP_("warning kind", "completeness low"),
    WarningKind.signal_unverified: NP_("warning kind", "signal not verified"),
}


@dataclass
class Finding:
    """A condition a rule found on one run: what a warning is raised or aged from."""

    kind: WarningKind
    key: str  # the condition's identity across runs
    severity: Severity
    department: str | None
    org_unit: str | None
    subject: str
    message: str
    evidence: dict[str, Any] = field(default_factory=dict)


class EarlyWarning(BaseModel):
    """A warning as the inbox shows it."""

    id: int
    kind: WarningKind
    severity: Severity
    department: str | None
    org_unit: str | None
    subject: str
    message: str
    evidence: dict[str, Any] = Field(default_factory=dict)
    state: WarningState
    active: bool = Field(description="The condition held at the latest run.")
    first_seen: date
    last_seen: date
    runs: int = Field(description="Runs (on different days) that found it.")
    raised_at: datetime
    acknowledged_at: datetime | None = None
    acknowledged_by: str | None = None
    closed_at: datetime | None = None
    closed_by: str | None = None
    note: str | None = None

    @property
    def age_days(self) -> int:
        return (self.last_seen - self.first_seen).days
