"""Warnings (预警): one model for every kind — targets behind for consecutive months, forecasts
that miss, tasks overdue or due soon, progress not reported, reports not submitted or not
approved, completeness below a threshold, outbreak signals not verified in time — with
severity 红/橙/黄, the responsible department and org unit, evidence, and the lifecycle
新 → 已接收 → 已处理 / 已解除; rules as YAML configuration; daily digests and immediate messages
by e-mail and webhook through an outbox that retries and never loses a message."""

from healthplan.warnings.config import DEFAULT_RULES, RULES_FILE, WarningRules, load_rules
from healthplan.warnings.inbox import (
    RecordSummary,
    acknowledge,
    dismiss,
    list_warnings,
    record_findings,
    resolve,
)
from healthplan.warnings.model import EarlyWarning, Finding, Severity, WarningKind, WarningState
from healthplan.warnings.notify import (
    Delivery,
    DeliverySummary,
    deliver,
    list_deliveries,
    mask,
    queue_notifications,
)
from healthplan.warnings.rules import RuleInputs, assessment_months, evaluate, gather_inputs
from healthplan.warnings.run import WarningRun, installation_rules, rules_yaml, run_warnings

__all__ = [
    "DEFAULT_RULES",
    "RULES_FILE",
    "Delivery",
    "DeliverySummary",
    "EarlyWarning",
    "Finding",
    "RecordSummary",
    "RuleInputs",
    "Severity",
    "WarningKind",
    "WarningRules",
    "WarningRun",
    "WarningState",
    "acknowledge",
    "assessment_months",
    "deliver",
    "dismiss",
    "evaluate",
    "gather_inputs",
    "installation_rules",
    "list_deliveries",
    "list_warnings",
    "load_rules",
    "mask",
    "queue_notifications",
    "record_findings",
    "resolve",
    "rules_yaml",
    "run_warnings",
]
