"""The plan of record: import extracted plan documents as drafts, export them for review
(xlsx with Chinese headings, or YAML), apply the reviewed file (edits, 确认, 删除) with the
history kept in the audit log, re-import changed documents as a proposed diff, and record
why a target is behind or was adjusted (the reasons the evaluations cite)."""

from healthplan.plans.read import (
    active_targets,
    in_plan_of_record,
    list_plans,
    load_plan,
    plan_of_record,
)
from healthplan.plans.reasons import record_reason, target_reasons
from healthplan.plans.review import ApplySummary, apply_plan, export_plan
from healthplan.plans.store import PlanImportSummary, import_plan, save_plan, store_extractions

__all__ = [
    "ApplySummary",
    "PlanImportSummary",
    "active_targets",
    "apply_plan",
    "export_plan",
    "import_plan",
    "in_plan_of_record",
    "list_plans",
    "load_plan",
    "plan_of_record",
    "record_reason",
    "save_plan",
    "store_extractions",
    "target_reasons",
]
