"""Which numbers of a clause may state a target, and what an earlier clause lends a later
one: years, dates, section numbers, population qualifiers (65岁及以上老年人), category
counts (六类十项) and vague 一批 are dropped; baselines (从2020年的85%提高到…) are set
apart; an activity named first (开展健康讲座) names the counts that follow (讲座不少于8场)."""

from __future__ import annotations

import re

from healthplan.extraction.numbers import NON_TARGET_UNITS, Mention, mentions
from healthplan.extraction.phrases import (
    BASELINE_AFTER,
    BASELINE_BEFORE,
    COMPARATOR_VERBS,
    COUNT_VERB_END,
    COUNT_VERB_LAST,
    SUFFIX,
    VAGUE,
    VERB_BEFORE,
)
from healthplan.model.plan import Comparator

__all__ = ["activity_topic", "split_baselines", "target_mentions", "verb_before", "with_topic"]

_TOPIC = re.compile(
    r"^(?:积极|广泛|深入|持续|继续|大力|全面)?(?:组织开展|开展|组织|举办)(?P<topic>[^，,、]{2,20}"
    r"(?:活动|讲座|培训|义诊|宣传|演练|比赛|大赛|督查|检查))$"
)
_ABSOLUTE = (Comparator.ge, Comparator.le, Comparator.gt, Comparator.lt)
_CN_NUMERAL_AFTER = re.compile(r"[一二三四五六七八九十]")
_CATEGORY_BEFORE = re.compile(r"[一二三四五六七八九十][类大个种项级]$")
_QUALIFYING = re.compile(r"及?以[上下]的[\u4e00-\u9fff]")  # 2000户以上的大型社区


def verb_before(clause: str, position: int) -> str | None:
    match = VERB_BEFORE.search(clause[max(0, position - 8) : position])
    return match.group("verb") if match else None


def target_mentions(clause: str) -> list[Mention]:
    """The numbers of a clause that may state a target: not years, dates, section numbers,
    population qualifiers (65岁及以上老年人), category counts or vague 一批."""
    out = []
    for m in mentions(clause):
        implied = COMPARATOR_VERBS.get(verb_before(clause, m.start) or "")
        level = m.unit == "级" and not m.chinese and implied in _ABSOLUTE
        if m.unit in NON_TARGET_UNITS and not level:
            continue  # years, months, 第五届, 六类 — but 达到4级以上 is a target
        if not m.unit and not m.multiplied and 1900 <= m.value <= 2100:
            continue
        verb = verb_before(clause, m.start)
        if m.unit in ("岁", "周岁") and COMPARATOR_VERBS.get(verb or "") is None:
            continue  # 65岁及以上老年人, 0-3岁婴幼儿
        qualifying = m.unit not in ("%", "‰") and _QUALIFYING.match(clause, m.end)
        if qualifying and COMPARATOR_VERBS.get(verb or "") is None:
            continue  # 2000户以上的大型居住社区
        if m.chinese:
            if VAGUE.match(clause, m.start):
                continue
            before = clause[: m.start]
            near = verb or COUNT_VERB_END.search(before)
            far = m.value >= 10 and COUNT_VERB_LAST.search(before)  # 培训乡村医生三千人次
            counted_kinds = _CATEGORY_BEFORE.search(before)  # 六类十项
            leading = clause[m.start] in "千百万"  # 千场健康讲堂: a name, not a count
            if not (near or far) or _CN_NUMERAL_AFTER.match(clause, m.end):
                continue
            if counted_kinds or leading:
                continue  # 三位一体, 六类十项, 两个一百年
        out.append(m)
    return out


def split_baselines(
    clause: str, found: list[Mention]
) -> tuple[list[Mention], list[tuple[int, float, int | None]]]:
    """Separate baselines (从2020年的85%提高到…) from the numbers that may be targets;
    a baseline is (offset of its 从/由, value, year)."""
    kept, baselines = [], []
    for m in found:
        before = BASELINE_BEFORE.search(clause, 0, m.start)
        tail = SUFFIX.match(clause, m.end)
        after = BASELINE_AFTER.match(clause, tail.end() if tail else m.end)
        if before and after:
            year = before.group("year")
            baselines.append((before.start(), m.value, int(year) if year else None))
        else:
            kept.append(m)
    return kept, baselines


def activity_topic(clause: str) -> str | None:
    """开展婴幼儿养育照护活动 → 婴幼儿养育照护活动: what later clauses may count by its head
    noun alone (市级层面活动不少于10场)."""
    match = _TOPIC.match(clause.strip())
    return match.group("topic") if match and not target_mentions(clause) else None


def with_topic(indicator: str, topic: str | None) -> str:
    if topic and indicator.endswith(topic[-2:]) and topic not in indicator:
        return indicator[:-2] + topic
    return indicator
