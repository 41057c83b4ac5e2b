"""Data quality: registered checks that flag values (validation rules and plausible ranges;
outliers against the unit's own history, against its peers and against the previous period)
and the completeness and timeliness of reporting (上报完整率、及时率);
:func:`quality_report` gathers them for one data set and period."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from healthplan.collection.datasets import get_data_set
from healthplan.collection.quality.checks import (
    HISTORY_PERIODS,
    QUALITY_CHECKS,
    QualityCheck,
    QualityContext,
    QualityFlag,
    register_quality_check,
    run_checks,
)
from healthplan.collection.quality.deviations import (
    CHANGE_THRESHOLD,
    MIN_CHANGE,
    MIN_HISTORY,
    MIN_PEERS,
    Z_THRESHOLD,
)
from healthplan.collection.quality.timeliness import Completeness, completeness
from healthplan.collection.quality.validation import (
    RULES_OPTION,
    ValidationRule,
    default_rules,
)
from healthplan.errors import NotFoundError
from healthplan.i18n import t
from healthplan.store import Workspace, parents

__all__ = [
    "CHANGE_THRESHOLD",
    "HISTORY_PERIODS",
    "MIN_CHANGE",
    "MIN_HISTORY",
    "MIN_PEERS",
    "QUALITY_CHECKS",
    "Z_THRESHOLD",
    "Completeness",
    "QualityCheck",
    "QualityContext",
    "QualityFlag",
    "QualityReport",
    "ValidationRule",
    "completeness",
    "default_rules",
    "outliers",
    "quality_report",
    "register_quality_check",
    "validate_data",
]

VALIDATION = ("rule", "range")
OUTLIERS = ("history", "change", "peers")


@dataclass(frozen=True)
class QualityReport:
    completeness: list[Completeness]
    flags: list[QualityFlag]


def _context(
    ws: Workspace, data_set: str, period: str, org_unit: str | None, **extra: object
) -> QualityContext:
    return QualityContext(ws, get_data_set(ws, data_set), str(period), org_unit, extra)


def quality_report(
    ws: Workspace,
    data_set: str,
    period: str,
    *,
    org_unit: str | None = None,
    checks: Iterable[str] | None = None,
) -> QualityReport:
    """Completeness and timeliness of ``data_set`` over ``period`` (e.g. ``2024`` for every
    month of a monthly form) within ``org_unit``, and the flags of the registered checks
    (``checks``: their kinds; default all)."""
    if org_unit is not None and org_unit not in parents(ws):
        raise NotFoundError(t("unknown org unit {code}", code=org_unit))
    context = _context(ws, data_set, period, org_unit)
    return QualityReport(
        completeness(ws, data_set, context.period, org_unit=org_unit),
        run_checks(context, checks),
    )


def validate_data(
    ws: Workspace,
    data_set: str,
    period: str,
    *,
    org_unit: str | None = None,
    rules: list[ValidationRule] | None = None,
) -> list[QualityFlag]:
    """Rule violations (``rules``, default :func:`default_rules`) and out-of-range values."""
    extra = {} if rules is None else {RULES_OPTION: rules}
    return run_checks(_context(ws, data_set, period, org_unit, **extra), VALIDATION)


def outliers(
    ws: Workspace, data_set: str, period: str, *, org_unit: str | None = None
) -> list[QualityFlag]:
    """Values in ``period`` that stand out against the unit's history, its peers or the
    previous period."""
    return run_checks(_context(ws, data_set, period, org_unit), OUTLIERS)
