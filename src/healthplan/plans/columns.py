"""The columns of a review export: Chinese heading, the field behind it, whether a person may
edit it, and how a cell is written and read back (with a clear message when it is wrong)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from healthplan.i18n import t
from healthplan.model.plan import Comparator, Nature, ReviewStatus

__all__ = ["REVIEW_WORDS", "TARGET_COLUMNS", "TASK_COLUMNS", "Column", "cell_text", "parse_cell"]

# 审核 column: what a person writes → the status it sets (None: leave as it is).
REVIEW_WORDS: dict[str, str | None] = {
    "": None,
    "确认": ReviewStatus.confirmed.value,
    "删除": ReviewStatus.deleted.value,
    "confirm": ReviewStatus.confirmed.value,
    "delete": ReviewStatus.deleted.value,
}
_STATUS_ZH = {"draft": "草稿", "confirmed": "已确认", "deleted": "已删除"}
_CHANGE_ZH = {"added": "新增", "changed": "有变化", "removed": "原文已删除"}
_COMPARATORS = {c.value for c in Comparator}
_SEPARATOR = "；"


def _text(value: Any) -> str | None:
    text = "" if value is None else str(value).strip()
    return text or None


def _required_text(value: Any) -> str:
    text = _text(value)
    if text is None:
        raise ValueError(t("a value is required"))
    return text


def _number(value: Any) -> float | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        return float(str(value).strip().replace(",", ""))
    except ValueError:
        raise ValueError(t("not a number: {v}", v=value)) from None


def _required_number(value: Any) -> float:
    number = _number(value)
    if number is None:
        raise ValueError(t("a value is required"))
    return number


def _year(value: Any) -> int | None:
    number = _number(value)
    if number is None:
        return None
    if not 1949 <= number <= 2100 or number != int(number):  # the range first: int(inf) fails
        raise ValueError(t("not a year: {v}", v=value))
    return int(number)


def _comparator(value: Any) -> str:
    text = _required_text(value).replace("≥", ">=").replace("≤", "<=").replace(" ", "")
    if text not in _COMPARATORS:
        allowed = ", ".join(c.value for c in Comparator)
        raise ValueError(
            t("unknown comparator {v}: use one of {allowed}", v=value, allowed=allowed)
        )
    return text


def _nature(value: Any) -> str | None:
    text = _text(value)
    if text is None:
        return None
    try:
        return Nature.from_label(text).value
    except ValueError:
        raise ValueError(t("unknown nature {v}: use 约束性, 预期性 or 倡导性", v=value)) from None


def _nature_label(value: str | None) -> str | None:
    return Nature(value).label_zh if value else None


def _names(value: Any) -> list[str]:
    text = _text(value) or ""
    return [n.strip() for n in text.replace(";", _SEPARATOR).split(_SEPARATOR) if n.strip()]


def _date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(t("not a date (YYYY-MM-DD): {v}", v=value)) from None


@dataclass(frozen=True)
class Column:
    heading: str
    field: str
    editable: bool = False
    width: int = 12
    parse: Callable[[Any], Any] = _text
    show: Callable[[Any], Any] | None = None


def _join(value: Any) -> str:
    return _SEPARATOR.join(value or [])


def _source(field: str) -> Callable[[Any], Any]:
    def show(source: Any) -> Any:
        if not source:
            return None
        value = source.get(field)
        return " > ".join(value) if isinstance(value, list) else value

    return show


TARGET_COLUMNS: tuple[Column, ...] = (
    Column("编号", "id", width=7),
    Column("审核", "review", editable=True, width=8),
    Column("指标", "indicator_text", True, 28, _required_text),
    Column("指标编码", "indicator_code", True, 22),
    Column("关联置信度", "link_confidence", width=9),
    Column("建议自定义指标", "proposed_indicator", width=18),
    Column("比较符", "comparator", True, 9, _comparator),
    Column("目标值", "value", True, 10, _required_number),
    Column("上限值", "value_max", True, 8, _number),
    Column("单位", "unit", True, 8, lambda v: _text(v) or ""),
    Column("期限", "deadline", True, 8, _year),
    Column("基线值", "baseline_value", True, 8, _number),
    Column("基线年份", "baseline_year", True, 8, _year),
    Column("性质", "nature", True, 8, _nature, _nature_label),
    Column("范围", "scope", True, 12),
    Column("责任单位", "departments", True, 24, _names, _join),
    Column("状态", "status", width=8, show=lambda v: _STATUS_ZH.get(v, v)),
    Column("变更", "change", width=10, show=lambda v: _CHANGE_ZH.get(v or "")),
    Column("原文", "source", width=48, show=_source("quote")),
    Column("所在句子", "source", width=48, show=_source("sentence")),
    Column("文件", "source", width=20, show=_source("document")),
    Column("章节", "source", width=30, show=_source("section_path")),
    Column("规则", "rule", width=16),
)
TASK_COLUMNS: tuple[Column, ...] = (
    Column("编号", "id", width=7),
    Column("审核", "review", editable=True, width=8),
    Column("标题", "title", True, 30, _required_text),
    Column("牵头单位", "lead_department", True, 16),
    Column("责任单位", "departments", True, 30, _names, _join),
    Column("完成时限", "due_text", True, 10),
    Column("截止日期", "due", True, 11, _date),
    Column("未识别单位", "unknown_departments", width=16, show=_join),
    Column("未采纳词语", "rejected_departments", width=16, show=_join),
    Column("状态", "status", width=8, show=lambda v: _STATUS_ZH.get(v, v)),
    Column("变更", "change", width=10, show=lambda v: _CHANGE_ZH.get(v or "")),
    Column("原文", "text", width=60),
    Column("文件", "source", width=20, show=_source("document")),
    Column("章节", "source", width=30, show=_source("section_path")),
)


def cell_text(column: Column, row: dict[str, Any]) -> Any:
    """What the export writes in ``column`` for a record (a model dump)."""
    if column.field == "review":
        return None
    value = row.get(column.field)
    if column.show is not None:
        return column.show(value)
    return value


def parse_cell(column: Column, value: Any) -> Any:
    """The field value a reviewed cell means; raises ValueError with a message for people."""
    return column.parse(value)
