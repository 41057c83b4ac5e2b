"""The written sentences of a bulletin, generated from the same displayed figures as its
tables: a difference is computed from the printed actual and 序时进度, so a sentence can never
say 低于 where the table shows a higher figure. Formal Chinese as a bulletin writes it: 个百分点
for a difference of two rates, 万 for large counts, 同比/环比 with 提高/下降/持平."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from healthplan.analytics import Assessment, Status

__all__ = [
    "STATUS_WORDS",
    "Sentence",
    "change_phrase",
    "count_text",
    "join_names",
    "status_sentence",
]

# every status as the text writes it; a sentence about a row names exactly its row's word
STATUS_WORDS = {s: s.label_zh for s in Status}
# a difference between two figures in these units is in points, not per cent
_POINTS = {"%": "个百分点", "‰": "个千分点"}


@dataclass(frozen=True)
class Sentence:
    text: str
    status: Status | None = None  # the row the sentence speaks of, for the consistency check
    target_id: int | None = None


def decimal(text: str | None) -> Decimal | None:
    """A displayed figure ("63.2", "3.05") as an exact decimal; None for "—" and the like."""
    if not text:
        return None
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def count_text(value: float) -> str:
    """A count as a bulletin prints it: 9,876 stays, 12.35万 from ten thousand up."""
    if abs(value) >= 10_000:
        return f"{_trim(Decimal(str(round(value / 10_000, 2))))}万"
    return f"{round(value):,}"


def _trim(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def difference(a: Decimal, b: Decimal, unit: str) -> str:
    """|a − b| with its unit word: 2.1个百分点, 0.35张, 3人."""
    gap = abs(a - b)  # keeps the printed decimals: 4.03 − 3.83 is 0.20
    return f"{gap}{_POINTS.get(unit, unit)}"


def change_phrase(label: str, current: str | None, previous: str | None, unit: str) -> str:
    """同比提高1.2个百分点 / 环比下降0.3 / 同比持平, from two displayed figures; empty when
    either is missing. Rates change by points; other figures by their relative change."""
    now, before = decimal(current), decimal(previous)
    if now is None or before is None:
        return ""
    if now == before:
        return f"{label}持平"
    word = "提高" if now > before else "下降"
    if unit in _POINTS or before == 0:
        return f"{label}{word}{difference(now, before, unit)}"
    relative = abs(now - before) / abs(before) * 100
    return f"{label}{word}{relative.quantize(Decimal('0.1'), ROUND_HALF_UP)}%"


def join_names(names: list[str]) -> str:
    return "、".join(names)


def status_sentence(row: Assessment, subject: str, lagging: list[str]) -> Sentence:
    """One sentence on a target at a unit, naming its status word and nothing that
    contradicts the row: "全市高血压患者规范管理率为63.2%，低于序时进度2.1个百分点，严重滞后；
    明湖区、临江县差距较大。" ``lagging``: the units below furthest behind."""
    name = f"{subject}{row.indicator_name}"
    word = STATUS_WORDS[row.status]
    unit = row.unit
    draft = "（草稿）" if row.draft else ""
    if row.status is Status.no_data:
        return Sentence(f"{name}{draft}本期{word}。", row.status, row.target_id)
    actual = f"{row.actual_display}{unit}"
    if row.status is Status.no_baseline:
        value = f"为{actual}，" if row.actual is not None else ""
        text = f"{name}{draft}{value}因{word}暂不评价。"
        return Sentence(text, row.status, row.target_id)
    if row.status in (Status.met, Status.not_met) or row.expected_display in ("", "—"):
        target = f"{row.target_display}{unit}"
        text = f"{name}{draft}为{actual}，目标值{target}，{word}"
    else:
        now, expected = decimal(row.actual_display), decimal(row.expected_display)
        if now is None or expected is None:
            text = f"{name}{draft}为{actual}，{word}"
        elif now == expected:
            text = f"{name}{draft}为{actual}，与序时进度持平，{word}"
        else:
            side = "高于" if now > expected else "低于"
            gap = difference(now, expected, unit)
            text = f"{name}{draft}为{actual}，{side}序时进度{gap}，{word}"
    if lagging:
        text += f"；{join_names(lagging)}差距较大"
    return Sentence(text + "。", row.status, row.target_id)
