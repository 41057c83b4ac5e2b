"""Rules that read quantitative targets out of one clause of plan text.

:func:`clause_targets` takes a clause (a piece of a sentence between ``，`` / ``；`` / ``。``)
and returns :class:`RawTarget` values with offsets relative to the clause. It knows nothing
of files or documents, so each rule can be tested on a sentence written for the test.

Rules (the ``rule`` field names the one that fired):

* ``indicator-comparator``: ``<indicator><verb><number><unit><suffix>`` — 婚检率达到90%以上;
* ``count-object``: ``<count verb><number><unit><object>`` — 建成1个…门诊区, 新增1个托育机构;
* ``share-object``: ``<number>%<object><verb>…`` — 15%以上乡镇卫生院提供安宁疗护服务;
* ``value-list``: ``A、B分别达到35%、15%`` — one target per indicator and value;
* ``distributive``: ``A和B均…`` / ``A、B各1家`` — one target per indicator;
* ``milestone``: a second year in the same sentence — 到2022年达到60%，2025年达到70%.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from healthplan.extraction.mentions import (
    split_baselines,
    target_mentions,
    with_topic,
)
from healthplan.extraction.numbers import NON_TARGET_UNITS, Mention
from healthplan.extraction.phrases import (
    ACTION_START,
    BASELINE,
    COMPARATOR_VERBS,
    COUNT_VERB_END,
    COUNT_VERB_LAST,
    HEAD_END,
    LEAD_FLUFF,
    QUALIFIER,
    RIGHT_VERB,
    SCOPE_UNIT,
    SUFFIX,
    TRAIL_FLUFF,
    VERB_BEFORE,
)
from healthplan.extraction.text import split_outside_brackets
from healthplan.model.plan import Comparator

__all__ = ["RawTarget", "clause_targets"]

_RELATIVE_UNITS = {"%", "‰", "岁", "周岁", "个百分点", "百分点", "倍", "天", "小时", "分钟"}
_CHANGE_VERB = re.compile(r"^(?:进一步)?(?:提高|提升|扩大|增加|降低|减少|缩短|控制)")
_TIME_UNITS = {"岁", "周岁", "小时", "分钟", "天", "日"}
_SCOPE_WORDS = re.compile(r"全市|全县|全区|全省|各地|农村|城市|城镇|城乡")
_COUNT_VERB_START = re.compile(
    r"^(?:新建|新增|建成|建设|完成|培育|创建|引进|新申报|新迁\(改、扩\)建|新\(改、扩\)建)"
)
# Where the head an indicator list shares begins: 孕产妇、婴儿|死亡率, 高血压、2型糖尿病|患者….
_HEAD_START = re.compile(
    r"患者|人群|系统|死亡|发病|患病|接种|筛查|管理|覆盖|检查|签约|服务|住院|门诊|就诊|手术|床位|"
    r"占比|比例|均次|费用"
)
_ADDRESSED = re.compile(r"(?P<verb>开展|进行|实施|组织)(?P<object>[^，,。；]{2,40})$")
_ADDRESSEE = re.compile(r"对(?:全市|全县|全区|全省|辖区内?|全部|所有)?$")
_AT_LEAST = re.compile(r"至少|不少于|不低于")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class RawTarget:
    """A target as read from one clause; ``start``/``end`` are clause offsets of its quote."""

    indicator: str
    comparator: Comparator
    value: float
    value_max: float | None
    unit: str
    start: int
    end: int
    rule: str
    baseline_year: int | None = None
    baseline_value: float | None = None
    scope: str | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class _Context:
    left: str
    left_start: int
    verb: str | None
    dist: str | None
    baseline_year: int | None
    suffix: str
    suffix_end: int
    right: str
    right_end: int


def _clean(text: str) -> str:
    text = SCOPE_UNIT.sub("", QUALIFIER.sub("", text))
    previous = None
    while previous != text:
        previous = text
        text = LEAD_FLUFF.sub("", text)
        text = TRAIL_FLUFF.sub("", text)
        text = text.strip("“”\"'") if text.count("“") != text.count("”") else text
    return text


def _comparator(verb: str | None, suffix: str, count_like: bool) -> Comparator:
    implied = COMPARATOR_VERBS.get(verb) if verb else None
    if implied in (Comparator.increase_by, Comparator.decrease_by):
        return implied  # 降低2个百分点以上: a relative change, however much
    if suffix in ("以上", "及以上"):
        if verb and COMPARATOR_VERBS.get(verb) in (Comparator.gt,):
            return Comparator.gt
        return Comparator.ge
    if suffix in ("以下", "及以下", "以内", "之内"):
        return Comparator.le
    if implied is not None:
        return implied
    return Comparator.eq


def _context(clause: str, mention: Mention, boundary: int, next_start: int) -> _Context:
    left = clause[boundary : mention.start]
    baseline_year = None
    base = BASELINE.search(left)
    if base:
        baseline_year = int(base.group("year"))
        left = left[: base.start()] + left[base.end() :]
    verb_match = VERB_BEFORE.search(left)
    verb = dist = None
    if verb_match:
        verb = verb_match.group("verb")
        dist = verb_match.group("dist") or verb_match.group("dist2")
        left = left[: verb_match.start()]
    suffix = SUFFIX.match(clause, mention.end)
    suffix_end = suffix.end() if suffix else mention.end
    right_end = next_start
    right = clause[suffix_end:right_end]
    joints = [right.rfind(j) for j in "、和及"]
    if next_start < len(clause) and max(joints) >= 0:
        right_end = suffix_end + max(joints)
        right = clause[suffix_end:right_end]
    cut = re.search(r"[(（][^)）]*$", right)  # an unclosed parenthesis: stop before it
    if cut:
        right_end = suffix_end + cut.start()
        right = right[: cut.start()]
    return _Context(
        left=left,
        left_start=boundary,
        verb=verb,
        dist=dist,
        baseline_year=baseline_year,
        suffix=(suffix.group("suf") or "") if suffix else "",
        suffix_end=suffix_end,
        right=right,
        right_end=right_end,
    )


def _top_level_split(text: str, separators: str) -> list[str]:
    return [piece for _, piece, _ in split_outside_brackets(text, separators) if piece]


def _split(indicator: str, dist: str | None, several: bool) -> list[str]:
    """``孕产妇和儿童系统管理率`` (均) → two indicators; a single phrase stays one."""
    strong = dist in ("均", "分别") or several
    pieces = _top_level_split(indicator, "、和及与" if strong else "、")
    if len(pieces) < 2:
        return [indicator]
    if dist == "各":
        return pieces
    heads = [bool(HEAD_END.search(p)) for p in pieces]
    if not (strong or all(heads)) and not (heads[-1] and all(len(p) <= 5 for p in pieces[:-1])):
        return [indicator]
    last = pieces[-1]
    head = _HEAD_START.search(last, 1)
    shared = last[head.start() :] if head else last
    return [p if h or p is last else p + shared for p, h in zip(pieces, heads, strict=True)]


def _acceptable(clause: str, m: Mention, ctx: _Context, indicator_left: str) -> bool:
    if m.unit in NON_TARGET_UNITS and not (m.unit == "级" and ctx.verb):
        return False
    before = clause[m.start - 1] if m.start else " "
    after = clause[m.end] if m.end < len(clause) else " "
    if before in '第〔[“"+＋' or after in '+＋”"〕]' or (before.isalnum() and before.isascii()):
        return False
    has_verb = ctx.verb is not None or ctx.dist is not None
    right_noun = bool(_CJK.search(ctx.right))
    if m.unit in _TIME_UNITS and right_noun and not has_verb:
        return False  # 65岁及以上老年人, 15分钟健身圈
    if m.unit in ("岁", "周岁") and not has_verb:
        return False
    qualifying = ctx.suffix and clause[ctx.suffix_end - 1] == "的"
    if m.unit not in ("%", "‰") and qualifying and right_noun and ctx.verb is None:
        return False  # 2000户以上的大型居住社区
    bare = not m.unit and not m.multiplied
    if bare and (ctx.verb is None or right_noun or 1900 <= m.value <= 2100):
        return False
    counted = COUNT_VERB_END.search(indicator_left) is not None
    far = m.value >= 10 and COUNT_VERB_LAST.search(indicator_left)
    if m.chinese and not (counted or ctx.verb or far):
        return False
    if not indicator_left and not ctx.verb:
        # 1-2个乡镇创建成…, 15%以上乡镇卫生院提供…: a verb must follow
        return bool(RIGHT_VERB.search(ctx.right)) and m.unit not in _TIME_UNITS
    return True


def clause_targets(
    clause: str,
    previous: str | None = None,
    last_indicator: str | None = None,
    topic: str | None = None,
) -> list[RawTarget]:
    """The targets one clause states. ``previous`` is the clause before it in the sentence,
    used when the indicator is only named there (…发育监测筛查，筛查率达到90%);
    ``last_indicator`` the indicator of the sentence's previous target (milestones);
    ``topic`` an activity an earlier clause named (see :func:`activity_topic`)."""
    found, baselines = split_baselines(clause, target_mentions(clause))
    out: list[RawTarget] = []
    boundary = 0
    index = 0
    last_verb_prefix = ""
    while index < len(found):
        group = [found[index]]
        while index + len(group) < len(found):
            nxt = found[index + len(group)]
            tail = SUFFIX.match(clause, group[-1].end)
            gap_start = tail.end() if tail else group[-1].end
            if clause[gap_start : nxt.start] not in ("、", "和", "及"):
                break
            group.append(nxt)
        first, last = group[0], group[-1]
        following = index + len(group)
        next_start = found[following].start if following < len(found) else len(clause)
        ctx = _context(clause, first, boundary, next_start)
        last_ctx = _context(clause, last, last.start, next_start) if len(group) > 1 else ctx
        index += len(group)
        baseline = next((b for b in baselines if boundary <= b[0] < first.start), None)
        if baseline is not None:  # 从2020年的85%提高到95%: the indicator ends before 从
            ctx.left = ctx.left[: baseline[0] - boundary]
            ctx.baseline_year = baseline[2] or ctx.baseline_year
        scope_match = SCOPE_UNIT.search(ctx.left) or _SCOPE_WORDS.search(ctx.left)
        indicator_left = _clean(ctx.left)
        listed = ctx.left.lstrip()[:1] in ("、", "和", "及") and last_verb_prefix
        if listed and not _COUNT_VERB_START.match(indicator_left):
            indicator_left = last_verb_prefix + indicator_left
        if not _acceptable(clause, first, ctx, indicator_left):
            continue
        relative = COMPARATOR_VERBS.get(ctx.verb or "") in (
            Comparator.increase_by,
            Comparator.decrease_by,
        )
        if relative and first.unit not in _RELATIVE_UNITS:
            indicator_left += str(ctx.verb)  # 改造提升3家: a count, not a relative change
            ctx.verb = None
        rule = "indicator-comparator"
        right = _clean(last_ctx.right)
        end = last_ctx.suffix_end
        counted = bool(COUNT_VERB_END.search(indicator_left)) and ctx.verb in (
            None,
            "至少",
            "不少于",
        )
        joined = right and indicator_left.endswith(("及", "和", "以及"))
        verb_in_left = COUNT_VERB_LAST.search(indicator_left) if joined else None
        if _ADDRESSEE.search(indicator_left):
            # 对16个区和107个镇开展全覆盖测评: each count is of the units the action covers
            inside = _ADDRESSED.search(right)
            addressed = inside or _ADDRESSED.search(clause, last_ctx.right_end)
            units = right[: inside.start()] if inside else right
            if addressed is None or not units:
                continue
            action = addressed.group("object").rsplit("的", 1)[-1]
            indicator = f"{addressed.group('verb')}{action}的{units}"
            rule = "addressed-units"
            end = last_ctx.right_end
        elif verb_in_left and ctx.verb is None:
            # 覆盖所有二级以上医院及95%以上基层医疗卫生机构: the verb, then this object
            indicator = indicator_left[: verb_in_left.end()] + right
            rule = "share-object"
            end = last_ctx.right_end
        elif (not indicator_left or counted) and right:
            verb_at = COUNT_VERB_LAST.search(indicator_left)
            indicator = (indicator_left[verb_at.start() :] if verb_at else indicator_left) + right
            rule = "count-object" if indicator_left else "share-object"
            end = last_ctx.right_end
        elif first.unit == "%" and ctx.verb is None and right and RIGHT_VERB.match(right):
            indicator = indicator_left + right  # 二级以上医院100%设立老年医学科
            rule = "share-object"
            end = last_ctx.right_end
        elif ctx.dist == "各" and right and len(group) == 1:
            indicator = indicator_left
            end = last_ctx.right_end
        else:
            indicator = indicator_left
        if not indicator and (out or last_indicator):
            indicator, rule = out[-1].indicator if out else str(last_indicator), "milestone"
        elif not indicator and previous and not target_mentions(previous):
            named = _clean(previous)[-16:]
            indicator, rule = _CHANGE_VERB.sub("", named) or named, "previous-clause"
        unclosed = re.search(r"[(（][^)）]*$", indicator)
        if unclosed:  # 倡导“915”(就要5克): a gloss in brackets, not an indicator
            indicator = indicator[unclosed.end() - len(unclosed.group()) + 1 :]
            if len(indicator) < 3:
                continue
        if not indicator:
            continue
        indicator = with_topic(indicator, topic)
        if len(indicator) <= 4 and previous and boundary == 0:
            head = _clean(previous)
            verbal = ACTION_START.match(head) or _COUNT_VERB_START.match(indicator)
            if not verbal and not target_mentions(previous):
                indicator = head[-12:] + indicator
        prefix = _COUNT_VERB_START.match(indicator)
        last_verb_prefix = prefix.group() if prefix else ""
        if rule == "addressed-units":
            last_verb_prefix = "对"  # 和107个镇: the same 对 applies
        names = _split(indicator, ctx.dist, len(group) > 1)
        if ctx.dist == "各" and right and rule == "indicator-comparator":
            names = [n + right for n in names]
        if rule == "share-object":  # 100%落实双岗联系人、落实协议医院
            verbs = _top_level_split(indicator, "、")
            if len(verbs) > 1 and all(RIGHT_VERB.match(v) for v in verbs):
                names = verbs
        comparator = _comparator(ctx.verb, last_ctx.suffix or ctx.suffix, counted)
        if comparator is Comparator.eq and (first.approx or _AT_LEAST.search(ctx.left)):
            comparator = Comparator.ge  # 3000余人次, 至少配备2名
        start = first.start
        if indicator_left:
            skipped = len(ctx.left) - len(ctx.left.lstrip("、，,；;:：)）和及 \t"))
            found_at = ctx.left.find(indicator_left[:2])
            start = ctx.left_start + (found_at if found_at >= 0 else skipped)
        if len(group) > 1 and len(names) == len(group):
            pairs = list(zip(names, group, strict=True))
            rule = "value-list"
        else:
            pairs = [(n, m) for m in group for n in names]
            if len(names) > 1:
                rule = "distributive"
        for name, m in pairs:
            out.append(
                RawTarget(
                    indicator=name,
                    comparator=comparator,
                    value=m.value,
                    value_max=m.value_max,
                    unit=m.unit,
                    start=start,
                    end=max(end, m.end),
                    rule=rule,
                    baseline_year=ctx.baseline_year,
                    baseline_value=baseline[1] if baseline else None,
                    scope=scope_match.group() if scope_match else None,
                )
            )
        boundary = end
    return out
