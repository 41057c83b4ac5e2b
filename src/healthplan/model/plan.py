"""The plan of record: plans, their quantitative targets and their tasks (清单化分工)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

from healthplan.model.period import Period


class Comparator(StrEnum):
    """As in shared/eval/SCHEMA.md: ``=`` is an exact count to complete."""

    ge = ">="
    le = "<="
    eq = "="
    gt = ">"
    lt = "<"
    increase_by = "increase_by"
    decrease_by = "decrease_by"


class Nature(StrEnum):
    """How binding a target is, as plans label it: 约束性, 预期性 or 倡导性."""

    binding = "binding"  # 约束性
    expected = "expected"  # 预期性
    advocacy = "advocacy"  # 倡导性

    @property
    def label_zh(self) -> str:
        return _NATURE_ZH[self]

    @classmethod
    def from_label(cls, text: str) -> Nature:
        """Accept the Chinese label (``约束性``) or the English value (``binding``)."""
        text = text.strip()
        for nature in cls:
            if text in (nature.value, nature.label_zh):
                return nature
        raise ValueError(f"unknown nature {text!r}")


_NATURE_ZH = {Nature.binding: "约束性", Nature.expected: "预期性", Nature.advocacy: "倡导性"}


class ReviewStatus(StrEnum):
    draft = "draft"  # as extracted, awaiting a person
    confirmed = "confirmed"
    deleted = "deleted"  # kept for history, hidden from the plan of record


class SourceRef(BaseModel):
    """Where in which document a target or task was read."""

    document: str = Field(description="File name of the source document.")
    start: int = Field(description="Offset in the document's original text.")
    end: int
    quote: str = Field(description="original[start:end], exactly as in the file.")
    section_path: list[str] = Field(default_factory=list, description="Headings, outermost first.")
    sentence: str | None = None


class Milestone(BaseModel):
    year: int
    value: float


class ReasonKind(StrEnum):
    """What a reason recorded in the ledger explains."""

    behind = "behind"  # 滞后原因: why the target is behind schedule or not met
    adjusted = "adjusted"  # 调整原因: why the target was adjusted

    @property
    def label_zh(self) -> str:
        return "滞后原因" if self is ReasonKind.behind else "调整原因"


class TargetReason(BaseModel):
    """The reason a person recorded in the ledger for a target, with who and when."""

    text: str
    kind: ReasonKind = ReasonKind.behind
    by: str = Field(description="The user who recorded it (the audit log's actor).")
    at: datetime


class Target(BaseModel):
    """A quantitative promise: 国家免疫规划疫苗接种率保持在95%以上 by 2025."""

    id: int | None = None
    indicator_text: str = Field(description="The measured quantity as the plan words it.")
    indicator_code: str | None = Field(default=None, description="Linked catalog indicator.")
    link_confidence: float | None = None
    comparator: Comparator
    value: float
    value_max: float | None = Field(default=None, description="Upper bound of a range 2至3个.")
    unit: str = ""
    deadline: int | None = Field(default=None, description="Year the target is due.")
    baseline_value: float | None = None
    baseline_year: int | None = None
    milestones: list[Milestone] = Field(default_factory=list)
    nature: Nature | None = None
    scope: str | None = Field(default=None, description="Region/population qualifier.")
    org_unit_code: str | None = Field(default=None, description="Where it applies; plan's unit.")
    departments: list[str] = Field(default_factory=list, description="Responsible, in order.")
    cumulative: bool = Field(
        default=False, description="A count accumulated over the period (新增托位800个)."
    )
    source: SourceRef | None = None
    rule: str | None = Field(default=None, description="Extraction rule that produced it.")
    status: ReviewStatus = ReviewStatus.draft
    change: str | None = Field(
        default=None, description="What the last re-import found: added | changed | removed."
    )
    proposal: dict[str, Any] | None = Field(
        default=None, description="Values a re-import read for a reviewed target, to decide on."
    )
    reason: TargetReason | None = Field(
        default=None, description="Why it is behind or was adjusted, as recorded in the ledger."
    )


class Task(BaseModel):
    """A work item with its responsible departments (牵头/配合)."""

    id: int | None = None
    title: str
    text: str
    lead_department: str | None = None
    departments: list[str] = Field(default_factory=list, description="All named, lead first.")
    rejected_departments: list[str] = Field(
        default_factory=list,
        description="Phrases read where a department was expected that are not one (a sentence "
        "fragment, a role word): shown for review, never in ``departments``.",
    )
    due: date | None = None
    due_text: str | None = Field(default=None, description="As written: 年底前, 6月份, 序时.")
    target_ids: list[int] = Field(default_factory=list)
    source: SourceRef | None = None
    status: ReviewStatus = ReviewStatus.draft
    change: str | None = Field(
        default=None, description="What the last re-import found: added | changed | removed."
    )
    proposal: dict[str, Any] | None = Field(
        default=None, description="Values a re-import read for a reviewed task, to decide on."
    )


class PlanKind(StrEnum):
    five_year = "five_year"  # 十四五规划
    annual = "annual"  # 年度工作要点
    work_plan = "work_plan"  # 工作计划 / 实施方案


class Plan(BaseModel):
    id: int | None = None
    title: str
    kind: PlanKind
    period: Period = Field(description="2021-2025 for a five-year plan, 2024 for an annual one.")
    org_unit_code: str | None = None
    issuer: str | None = None
    doc_number: str | None = None
    issued: date | None = None
    documents: list[str] = Field(default_factory=list, description="Source file names.")
    status: ReviewStatus = ReviewStatus.draft
    targets: list[Target] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
