"""The extraction stage: a plan document in, its quantitative targets, tasks (清单化分工) and
responsible departments out, each target linked to the indicator catalog and quoted exactly
from the original file.

``extract(paths)`` reads files; ``extract_source(source)`` works on an ingested
:class:`~healthplan.documents.SourceFile`; ``clause_targets(text)`` applies the target rules
to one clause.
"""

from healthplan.extraction.clauses import RawTarget, clause_targets
from healthplan.extraction.departments import (
    DepartmentDirectory,
    DepartmentList,
    department_key,
    department_list,
    is_collective,
    is_department,
    item_departments,
    parenthesised_departments,
)
from healthplan.extraction.linking import CUSTOM_PREFIX, best_link, compact, proposed_code
from healthplan.extraction.numbers import mentions, parse_plan_number
from healthplan.extraction.pipeline import (
    Extraction,
    extract,
    extract_source,
    target_record,
    task_record,
    write_extractions,
    write_jsonl,
)
from healthplan.extraction.targets import document_targets, plan_years
from healthplan.extraction.tasks import document_tasks, due_date

__all__ = [
    "CUSTOM_PREFIX",
    "DepartmentDirectory",
    "DepartmentList",
    "Extraction",
    "RawTarget",
    "best_link",
    "clause_targets",
    "compact",
    "department_key",
    "department_list",
    "document_targets",
    "document_tasks",
    "due_date",
    "extract",
    "extract_source",
    "is_collective",
    "is_department",
    "item_departments",
    "mentions",
    "parenthesised_departments",
    "parse_plan_number",
    "plan_years",
    "proposed_code",
    "target_record",
    "task_record",
    "write_extractions",
    "write_jsonl",
]
