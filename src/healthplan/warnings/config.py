"""Warning rules as configuration: one YAML file per installation (``warnings.yaml`` in the
workspace folder, or ``--rules FILE``) that overrides any part of :data:`DEFAULT_RULES`.
Thresholds, severities (红/橙/黄 or red/orange/yellow), the reporting round and who receives
what. Every field is documented in docs/tasks-and-warnings.md."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from healthplan.analytics.judgement import Status
from healthplan.errors import HealthplanError, InputError, Problem
from healthplan.i18n import t
from healthplan.warnings.model import Severity

__all__ = ["DEFAULT_RULES", "RULES_FILE", "Recipients", "WarningRules", "load_rules"]

RULES_FILE = "warnings.yaml"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    enabled: bool = True


def _severity(value: Any) -> Severity:
    if isinstance(value, Severity):
        return value
    try:
        return Severity.parse(str(value))
    except HealthplanError as error:
        raise ValueError(str(error)) from None


def _statuses(value: Any) -> Any:
    if isinstance(value, dict):
        known = {s.value for s in Status}
        for key in value:
            if key not in known:
                raise ValueError(
                    t(
                        "unknown status {value}; one of {known}",
                        value=key,
                        known=", ".join(sorted(known)),
                    )
                )
    return value


# 红/橙/黄, 红色 … or red/orange/yellow
Level = Annotated[Severity, BeforeValidator(_severity)]


class TargetRule(_Section):
    # assessment statuses (analytics.judgement.Status ids) that raise a warning, and their severity
    severity: Annotated[dict[str, Level], BeforeValidator(_statuses)] = {
        "behind": Severity.yellow,
        "far_behind": Severity.orange,
        "not_met": Severity.red,
    }
    consecutive: int = Field(default=2, ge=1, le=12)  # months in a row with one of them
    # also targets not yet confirmed in review (the assessment marks them); for forecasts too
    include_drafts: bool = False


class ForecastRule(_Section):
    likelihood_below: float = Field(default=0.2, ge=0, le=1)  # chance of meeting the target
    severity: Level = Severity.orange


class TaskOverdueRule(_Section):
    severity: Level = Severity.orange
    red_after_days: int = Field(default=30, ge=0)  # overdue this long: 红


class TaskDueSoonRule(_Section):
    within_days: int = Field(default=14, ge=0)
    severity: Level = Severity.yellow


class ProgressRule(_Section):
    every: str = "month"  # reporting round (定期调度): month | quarter
    due_days: int = Field(default=5, ge=0, le=60)  # by the 5th of the next month
    severity: Level = Severity.yellow


class ReportRule(_Section):
    lookback_periods: int = Field(default=3, ge=1, le=24)  # reporting periods judged
    missing_severity: Level = Severity.yellow  # not submitted by the data set's due date
    approve_within_days: int = Field(default=10, ge=0)  # after the due date
    unapproved_severity: Level = Severity.yellow
    completeness_below: float = Field(default=0.9, ge=0, le=1)  # of units above the reporters
    completeness_severity: Level = Severity.orange
    completeness_red_below: float = Field(default=0.6, ge=0, le=1)


class SignalRule(_Section):
    severity: Level = Severity.red
    department: str | None = None  # who verifies signals, e.g. 市疾病预防控制中心


class Recipients(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    email: list[str] = []
    webhook: list[str] = []


class EmailSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    sender: str = "healthplan@localhost"
    host: str | None = None  # SMTP server; without one, mail goes to ``mailbox``
    port: int = 25
    starttls: bool = False
    username: str | None = None
    password_env: str | None = None  # the environment variable holding the password
    mailbox: str | None = None  # an mbox file (relative to the workspace) instead of SMTP
    timeout_seconds: float = 10.0


class Notifications(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    digest: bool = True  # one digest a day per department with open warnings
    immediate: list[Level] = [Severity.red]  # sent at once, one message per warning
    max_attempts: int = Field(default=5, ge=1)
    retry_minutes: float = Field(default=10.0, ge=0)  # doubled after each failure
    email: EmailSettings = EmailSettings()
    default: Recipients = Recipients()  # departments not listed below
    departments: dict[str, Recipients] = {}

    def recipients(self, department: str | None) -> Recipients:
        return self.departments.get(department or "", self.default)


class WarningRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    target_behind: TargetRule = TargetRule()
    forecast_miss: ForecastRule = ForecastRule()
    task_overdue: TaskOverdueRule = TaskOverdueRule()
    task_due_soon: TaskDueSoonRule = TaskDueSoonRule()
    progress_late: ProgressRule = ProgressRule()
    reports: ReportRule = ReportRule()
    signal_unverified: SignalRule = SignalRule()
    notifications: Notifications = Notifications()


DEFAULT_RULES = WarningRules()


def load_rules(path: Path | None) -> WarningRules:
    """The rules of ``path`` over the defaults (:data:`DEFAULT_RULES` when ``path`` is None
    or does not exist and was not named by a person)."""
    if path is None or not path.exists():
        return DEFAULT_RULES
    name = path.name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        reason = getattr(error, "problem", None) or type(error).__name__
        raise InputError([Problem(name, t("not a YAML rules file: {e}", e=reason))]) from None
    if not isinstance(data, dict):
        raise InputError([Problem(name, t("a rules file is a mapping of sections"))])
    try:
        return WarningRules.model_validate(data)
    except ValidationError as error:
        raise InputError(
            [
                Problem(name, str(e["msg"]), field=".".join(str(p) for p in e["loc"]))
                for e in error.errors()
            ]
        ) from None
