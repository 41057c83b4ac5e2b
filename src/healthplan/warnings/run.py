"""``healthplan warnings run``: evaluate every rule now, store the findings without
duplicates, and send what is due. Idempotent, for cron: a second run on the same day adds
no warning and no message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

import yaml

from healthplan.analytics import AssessmentReport
from healthplan.errors import InputError, Problem
from healthplan.i18n import t
from healthplan.store import Workspace
from healthplan.warnings.config import RULES_FILE, WarningRules, load_rules
from healthplan.warnings.inbox import RecordSummary, record_findings
from healthplan.warnings.notify import DeliverySummary, deliver, queue_notifications
from healthplan.warnings.rules import evaluate, gather_inputs

__all__ = ["WarningRun", "installation_rules", "rules_yaml", "run_warnings"]


@dataclass
class WarningRun:
    at: datetime
    recorded: RecordSummary
    delivered: DeliverySummary


def installation_rules(ws: Workspace, path: Path | None = None) -> WarningRules:
    """The rules of ``path``, else of ``warnings.yaml`` in the workspace folder, else the
    defaults."""
    if path is not None:
        if not path.exists():
            raise InputError([Problem(str(path), t("file not found"))])
        return load_rules(path)
    return load_rules(ws.home / RULES_FILE)


def rules_yaml(ws: Workspace, path: Path | None = None) -> str:
    """The rules in force as YAML: a starting point for ``warnings.yaml``."""
    data = installation_rules(ws, path).model_dump(mode="json")
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def run_warnings(
    ws: Workspace,
    *,
    at: datetime | None = None,
    as_of: date | None = None,
    rules: WarningRules | None = None,
    rules_file: Path | None = None,
    notify: bool = True,
    assessments: list[AssessmentReport] | None = None,
) -> WarningRun:
    """Evaluate the rules at ``at`` (or the end of ``as_of``; default now), record the
    findings and, unless ``notify`` is false, queue and send the notifications that are due.
    The rules are ``rules``, else those of ``rules_file`` or the installation."""
    moment = at or (datetime.combine(as_of, time(23, 59), UTC) if as_of else datetime.now(UTC))
    chosen = rules or installation_rules(ws, rules_file)
    inputs = gather_inputs(ws, chosen, moment, assessments=assessments)
    recorded = record_findings(ws, evaluate(inputs, chosen), at=moment, evaluated=inputs.evaluated)
    delivered = DeliverySummary()
    if notify:
        queued = queue_notifications(ws, chosen, moment)
        delivered = deliver(ws, chosen, moment)
        delivered.queued = queued
    return WarningRun(moment, recorded, delivered)
