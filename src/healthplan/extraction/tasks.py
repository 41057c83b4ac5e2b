"""Tasks (清单化分工): every numbered work item of a plan, with its responsible departments
(from trailing parentheses, 牵头/配合/负责 phrasing, or inherited from the enclosing item),
its due date where stated (年底前, 6月份, 序时) and the targets it contains."""

from __future__ import annotations

import calendar
import re
from datetime import date

from healthplan.documents import Document, Section, SectionKind, SourceFile
from healthplan.extraction.departments import (
    DepartmentList,
    department_list,
    parenthesised_departments,
)
from healthplan.extraction.targets import plan_years
from healthplan.model.plan import SourceRef, Target, Task

__all__ = ["document_tasks", "due_date"]

_ITEM_KINDS = {
    SectionKind.cn_item,
    SectionKind.cn_paren,
    SectionKind.num_item,
    SectionKind.num_paren,
    SectionKind.circled,
}
_DUE = re.compile(
    r"(?P<text>(?P<month>1[0-2]|[1-9])月(?:份|底|末)?(?:前|之前)?|年底前|年内|年末前?|"
    r"上半年|下半年|第[一二三四1-4]季度|序时(?:推进|进度)?|全年)"
)
_LABELLED = re.compile(
    r"(?:牵头|责任|主责|配合|参与)(?:单位|部门|科室|处室)[:：][^。\n]+(?:[。\n]|$)"
)
# 由市卫健委牵头，市财政局配合 / 市卫健委负责: departments named in the sentence itself.
_PHRASE = re.compile(
    r"(?:由)?(?P<lead>[^，。；,;（()）]{2,20}?)(?:牵头|负责)[，,、]?"
    r"(?:(?P<rest>[^，。；,;（()）]{2,60}?)(?:配合|参与|协助))?"
)


def due_date(text: str, year: int | None) -> tuple[str | None, date | None]:
    """(as written, date) of the first due phrase in ``text``; the date needs the plan year."""
    match = _DUE.search(text)
    if not match:
        return None, None
    written = match.group("text")
    if year is None:
        return written, None
    if match.group("month"):
        month = int(match.group("month"))
        return written, date(year, month, calendar.monthrange(year, month)[1])
    if written.startswith(("年底", "年内", "年末", "全年", "下半年")):
        return written, date(year, 12, 31)
    if written == "上半年":
        return written, date(year, 6, 30)
    quarter = re.search(r"第([一二三四1-4])季度", written)
    if quarter:
        number = "一二三四".find(quarter.group(1)) + 1 or int(quarter.group(1))
        return written, date(year, number * 3, calendar.monthrange(year, number * 3)[1])
    return written, None


def _leaves(sections: list[Section], parents: list[Section]) -> list[tuple[Section, list[Section]]]:
    out = []
    for section in sections:
        items = [c for c in section.children if c.kind in _ITEM_KINDS]
        if items:
            out.extend(_leaves(section.children, [*parents, section]))
        elif section.kind in _ITEM_KINDS:
            out.append((section, parents))
    return out


def _own_text(section: Section) -> str:
    """A section's text before its first child: its heading and introduction."""
    if not section.children:
        return section.text
    at = section.text.find(section.children[0].heading)
    return section.text[:at] if at > 0 else section.heading


def _departments(text: str) -> DepartmentList | None:
    """Departments of an item: every department parenthesis in order, else 牵头/负责 phrasing."""
    names: list[str] = []
    lead: str | None = None
    for _, _, found in parenthesised_departments(text):
        lead = lead or found.lead
        names.extend(n for n in found.names if n not in names)
    if names:
        return DepartmentList(names, lead)
    labelled = _LABELLED.search(text)
    if labelled:  # 责任单位：市卫健委；配合单位：市财政局
        listed = department_list(labelled.group().rstrip("。；;"))
        if listed is not None:
            return listed
    for match in _PHRASE.finditer(text):
        head = department_list(match.group("lead").strip().removeprefix("由"))
        if head is None:
            continue
        rest = department_list(match.group("rest") or "") if match.group("rest") else None
        both = head.names + [n for n in (rest.names if rest else []) if n not in head.names]
        return DepartmentList(both, head.names[0])
    return None


def document_tasks(source: SourceFile, document: Document, targets: list[Target]) -> list[Task]:
    """One task per numbered work item (a numbered section with no numbered children)."""
    year = plan_years(document)[1]
    tasks: list[Task] = []
    for section, parents in _leaves(document.sections, []):
        text = source.original[section.start : section.end]
        found = _departments(section.text[len(section.number or "") :])
        if found is None:
            for parent in reversed(parents):
                found = _departments(_own_text(parent))
                if found is not None:
                    break
        due_text, due = due_date(section.text, year)
        title = section.heading[len(section.number or "") :].strip().rstrip("。；;，,")
        inside = [
            i
            for i, target in enumerate(targets)
            if target.source and section.start <= target.source.start < section.end
        ]
        names = found.names if found else []
        for i in inside:
            if names and not targets[i].departments:
                targets[i].departments = list(names)
        tasks.append(
            Task(
                title=title[:200],
                text=section.text,
                lead_department=found.lead if found else None,
                departments=names,
                due=due,
                due_text=due_text,
                target_ids=inside,
                source=SourceRef(
                    document=source.name,
                    start=section.start,
                    end=section.end,
                    quote=text,
                    section_path=[p.heading for p in parents] + [section.heading],
                ),
            )
        )
    return tasks
