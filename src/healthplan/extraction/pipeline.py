"""The extraction pipeline: plan documents in, targets and tasks out (the library side of
``healthplan extract``: :func:`extract`, then :func:`write_extractions`)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from healthplan.documents import SourceFile, ingest
from healthplan.extraction.departments import DepartmentDirectory
from healthplan.extraction.departments.names import _name, not_a_department
from healthplan.extraction.linking import best_link
from healthplan.extraction.rules import clean
from healthplan.extraction.targets import _past_heading, document_targets
from healthplan.model.orgunit import Department
from healthplan.model.plan import Target, Task

__all__ = [
    "Extraction",
    "clear_memos",
    "extract",
    "extract_source",
    "target_record",
    "task_record",
    "write_extractions",
    "write_jsonl",
]


# Pure functions memoised because a document asks them the same thing again and again. They
# are listed here, beside the pipeline that calls them, so that a benchmark can read each file
# as if for the first time without knowing each module's memos.
_MEMOS = (best_link, clean, not_a_department, _name, _past_heading)


def clear_memos() -> None:
    """Forget what the memoised readers learnt from the files read before."""
    for memo in _MEMOS:
        memo.cache_clear()


@dataclass
class Extraction:
    """What one file states: its targets and tasks, in reading order."""

    source: SourceFile
    targets: list[Target] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)


def extract_source(
    source: SourceFile,
    *,
    link: bool = True,
    departments: Iterable[Department] | DepartmentDirectory = (),
) -> Extraction:
    """Targets and tasks of an ingested file; ``link`` links targets to the catalog;
    ``departments`` (the workspace's register, when it has one) names the responsible
    departments as the register does (市卫健委 → 市卫生健康委员会)."""
    from healthplan.extraction.linking import link_targets
    from healthplan.extraction.tasks import document_tasks

    register = (
        departments
        if isinstance(departments, DepartmentDirectory)
        else DepartmentDirectory(departments)
    )
    result = Extraction(source)
    for document in source.documents:
        targets = document_targets(source, document)
        tasks = document_tasks(source, document, targets, register)
        result.targets.extend(targets)
        result.tasks.extend(tasks)
    if link:
        link_targets(result.targets)
    return result


def extract(
    paths: Iterable[str | Path],
    *,
    link: bool = True,
    departments: Iterable[Department] = (),
) -> list[Extraction]:
    """Read each file (any format :func:`healthplan.documents.ingest` reads) and extract it;
    ``departments``: the register to name responsible departments by (see
    :func:`extract_source`)."""
    register = DepartmentDirectory(departments)
    return [extract_source(ingest(path), link=link, departments=register) for path in paths]


def target_record(target: Target) -> dict[str, Any]:
    """One JSON object as shared/eval/SCHEMA.md defines it, plus explanation fields."""
    source = target.source
    return {
        "doc": source.document if source else None,
        "quote": source.quote if source else None,
        "indicator": target.indicator_text,
        "comparator": target.comparator.value,
        "value": target.value,
        "value_max": target.value_max,
        "unit": target.unit,
        "deadline": target.deadline,
        "scope": target.scope,
        "departments": target.departments,
        "indicator_code": target.indicator_code,
        "link_confidence": target.link_confidence,
        "baseline_value": target.baseline_value,
        "baseline_year": target.baseline_year,
        "milestones": [m.model_dump() for m in target.milestones],
        "nature": target.nature.value if target.nature else None,
        "section_path": source.section_path if source else [],
        "sentence": source.sentence if source else None,
        "rule": target.rule,
    }


def task_record(task: Task) -> dict[str, Any]:
    """One JSON object per task: doc, text (as in the file), departments, lead …"""
    source = task.source
    return {
        "doc": source.document if source else None,
        "title": task.title,
        "text": source.quote if source else task.text,
        "departments": task.departments,
        "lead": task.lead_department,
        "due_text": task.due_text,
        "section_path": source.section_path if source else [],
        "targets": task.target_ids,
    }


def write_jsonl(records: Iterable[dict[str, Any]], path: Path) -> int:
    """Write one JSON object a line; returns the count."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def write_extractions(
    results: Iterable[Extraction], targets: Path | None = None, tasks: Path | None = None
) -> tuple[int, int]:
    """Write the targets and the tasks of ``results`` as JSON lines (shared/eval/SCHEMA.md) to
    the paths given; returns (targets, tasks) counted, whether written or not."""
    results = list(results)
    target_rows = [target_record(t) for result in results for t in result.targets]
    task_rows = [task_record(t) for result in results for t in result.tasks]
    if targets is not None:
        write_jsonl(target_rows, targets)
    if tasks is not None:
        write_jsonl(task_rows, tasks)
    return len(target_rows), len(task_rows)
