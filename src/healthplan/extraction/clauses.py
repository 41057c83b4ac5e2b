"""Reading the quantitative targets of one clause of plan text.

:func:`read_clause` takes a clause (a piece of a sentence between ``，`` / ``；`` / ``。``), asks
the classifier (:mod:`.classify`) which numbers may state targets, lets the first rule of the
table (:data:`healthplan.extraction.rules.RULES`) that applies name each one's indicator, and
returns :class:`RawTarget` values with offsets relative to the clause, with the reason every
other number is not a target. It knows nothing of files or documents, so each rule can be
tested on a sentence written for the test. What an earlier clause lends a later one:

* ``milestone``: a second value of the same indicator — 到2022年达到60%，2025年达到70%;
* ``previous-clause``: an indicator named only before — …发育监测筛查，筛查率达到90%;
* a list continued: 新建…3家、…2个 — the counting verb of the first item.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from healthplan.documents import marker
from healthplan.extraction.classify import (
    PARTS_OPENED,
    classify,
    in_context,
    list_verb,
    split_baselines,
    target_mentions,
    with_topic,
)
from healthplan.extraction.numbers import (
    RATE_UNITS,
    UNIT_BRACKET_END,
    UNIT_NAMED_BEFORE,
    Mention,
    mentions,
)
from healthplan.extraction.phrases import (
    ACTION_START,
    COMPARATOR_VERBS,
    COUNT_VERB_END,
    COUNT_VERB_LAST,
    HEAD_END,
    PER_PERIOD,
    RIGHT_VERB,
    SCOPE_UNIT,
    SCOPES,
    SUFFIX,
)
from healthplan.extraction.rules import (
    RULES,
    Reading,
    _joined,
    clean,
    comparator,
    context,
    split,
)
from healthplan.extraction.scanning import scanning
from healthplan.extraction.text import EACH_LEVEL, split_outside_brackets
from healthplan.model.plan import Comparator

__all__ = ["ClauseReading", "RawTarget", "clause_targets", "explain", "read_clause"]

_RELATIVE_UNITS = {"%", "‰", "岁", "周岁", "个百分点", "百分点", "倍", "天", "小时", "分钟"}
_CHANGE_VERB = re.compile(r"^(?:进一步)?(?:提高|提升|扩大|增加|降低|减少|缩短|控制)")
_SCOPE_WORDS = re.compile(r"全市|全县|全区|全省|各地|农村|城市|城镇|城乡")
_COUNT_VERB_START = re.compile(
    r"^(?:新建|新增|建成|建设|完成|培育|创建|引进|实施|开展|新申报|新迁\(改、扩\)建|新\(改、扩\)建|改造"
    r"|新改扩建|改扩建|扩建|改建"  # 新建、改扩建5个甲、5个乙: the last of the verbs listed
    # units opened or set up, each item of the list as many (开办27个暑托班、10个寒托班)
    r"|开办|开设|增设|新设|设置|组建|筹建|打造|推出"
    # verbs that count people served or units improved, carried along a list as 新建 is; not
    # the rate they name (筛查率, 接种率)
    r"|(?:培训|培养|招聘|配备|设立|建立|提升|改造提升|筛查|接种|救助|资助|随访|体检|覆盖(?!人群|人口|人数|面|范围)|惠及|带动|辐射带动|提供)"
    r"(?![\u4e00-\u9fff]*(?:率|比例)$))"
)
_AT_LEAST = re.compile(r"至少|最少|不少于|不低于")
_NUMERAL = re.compile(r"[\d〇零一二两三四五六七八九十百千]")
_SHARE_OF = re.compile(r"(?:负责|承担)$")  # who takes which part of a count
_PART = re.compile(r"^[\s、，,(（]*其中")
# Places, one or a list of them, named alone before a count (新住宅小区, 甲镇、乙镇): the parts
# of a total, or a clause that counts one such part.
_PLACE_NAME = r"[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|社区|村|小区|片区|园区|县|区)"
_PLACES = re.compile(rf"{_PLACE_NAME}(?:[、和及]{_PLACE_NAME})*")
_PLACES_PART = re.compile(rf"^[\s、，,(（]*(?:其中)?{_PLACES.pattern}\s*\d")
# A rate named alone (参合率, 普及率) after a clause that names what it is of as an action's
# object: 巩固和完善新型农村合作医疗制度 → 新型农村合作医疗.
_COUNTED = re.compile(r"^(?P<subject>[\u4e00-\u9fff]{2,16}?)(?:新增|新建|建成|改造|完成)\d")
# …名的标准配备乡村医生: the staff a standard per head of population gives
_STAFFED = re.compile(
    r"(?:标准|比例)?(?:配备|配置|配齐|核定)(?P<what>[\u4e00-\u9fff（）()]{2,14})$"
)
_PEOPLE_COUNTED = ("名", "人", "个")
_STAFF_OR_BEDS = re.compile(r"(?:师|士|医生|人员|床位?数?|床)$")
# 每千人口, 每千名儿童拥有: said once before a list of staff and beds
_PER_HEAD = re.compile(
    r"每(?:千|万|百|十万)名?(?:常住|户籍|服务)?(?:人口|儿童|老年人|居民)(?:拥有)?"
)
_RATE_ONLY = re.compile(r"^[\u4e00-\u9fff]{1,3}率$")
# A measure named alone, no subject of its own (规范化管理率, 控制率): the subjects one value
# before was split over (高血压和糖尿病登记建档率…) each have it too
_MEASURE_ALONE = re.compile(r"[\u4e00-\u9fff]{1,5}率")
# People a measure shared by subjects opens with (高血压、糖尿病患者管理率): each subject's own
_SUBJECT_PEOPLE = re.compile(r"^(?:患者|病人|居民|人群|儿童|妇女|老年人|学生)")
# A rate named with its subject: the subject, then a short rate of two characters (…覆盖率).
_SIBLING_RATE = re.compile(r"(?P<subject>[\u4e00-\u9fff]{4,24})[\u4e00-\u9fff]{2}率")
# The people a rate is of, opening an indicator (严重精神障碍患者管理率): a short rate named
# alone after it (，服药率达到80%) is of them too
_POPULATION = re.compile(
    r"[\u4e00-\u9fff]{1,12}?(?:患者|人群|孕产妇|儿童|老年人|妇女|学生|婴幼儿|新生儿|感染者)"
)
_ACTIONS = (
    r"(?:继续|持续|进一步|大力|全面|加快|积极|深入|扎实|切实|不断)?"
    r"(?:巩固|完善|加强|推进|推动|提升|提高|开展|实施|建立|健全|落实|深化|强化|做好|促进|扩大|"
    r"普及|推广|推行|打造|构建|发展|规范|优化|启动)"
)
_ACTION_OBJECT = re.compile(
    rf"^(?:{_ACTIONS}[和与及、]?)+(?P<object>[\u4e00-\u9fff]{{2,16}}?)(?:制度|建设|工作|体系|改造|项目)$"
)
# An action and what it is done to, the item a bare verb later counts (实施…资助项目，资助…).
# What an act is done to, after its verb to the end of the clause (接种|HPV疫苗)
_ACTED_OBJECT = r"(?P<object>[\u4e00-\u9fffA-Za-z]{2,12})$"
# A service the clause ends on, named by the act a bare rate after it counts (提供一次免费健康体检)
_PROVIDED = r"(?:提供|开展|进行|实施|完成)(?:一次|1次)?(?P<service>[\u4e00-\u9fff]{{0,8}}{})$"
# A scheme whose reach a clause widens (扩大新型农村合作医疗覆盖面, 稳固新农合的参合覆盖面): a rate
# named alone after it (参合率, 参保率) is of that scheme, not of a heading before the clause
_REACH_WIDENED = re.compile(
    r"(?:扩大|稳固|巩固|拓展|拓宽|提高|提升)(?P<object>[\u4e00-\u9fff]{2,16}?)的?"
    r"(?:参合|参保)?(?:覆盖面|覆盖范围)$"
)
# A rate of how far what an action builds or runs reaches, named alone after it
_REACH_RATE = re.compile(r"(?:覆盖|建成|达标|普及|知晓|参与|完成|使用)率")
# A rate of setting up (建成率, 设立率) named alone: of what a verb of setting up before names
_BUILT_RATE = re.compile(r"(?:建成|建设|建立|设立|配备)率")
_BUILT = re.compile(r"(?:建立|建设|建成|设立|设置|配备)(?P<object>[^，,。；;\d]{2,20})$")
_ACTION_OBJECT_ANY = re.compile(rf"^(?:{_ACTIONS}[和与及、]?)+(?P<object>[^，,。；;]{{4,30}})$")
# Where a count is made, between its verb and the count (完成市区69.97公里…)
_BASED_ON = re.compile(r"以[^，,。；;以]{2,20}为(?:基础|依托|核心|龙头|主体|纽带|支撑)的?$")
_COUNT_PLACE = (
    r"市区|城区|主城区|中心城区|县城|辖区|全域|(?:每个?|各)(?:县|市|区|乡镇|镇|乡|村|社区|街道)"
    # 完成全市城乡100个…, 完成全区范围内4个…, 完成全区共50张…: the whole place the count is in
    r"|全(?:市|区|县|省|镇|乡)(?:城乡|范围内)?共?"
)
_PLACE_AFTER_VERB = re.compile(rf"(?:{_COUNT_PLACE})$")
# 完成甲市市区…, 新建乙县城区…: the district of a place its name gives; 建成东山街道1所…, 新建
# 城关镇2所…: a street or town named after the verb (新建, 建成, 新增, 增设, 改造) says where
_NAMED_PLACE_AFTER_VERB = re.compile(
    r"[\u4e00-\u9fff]{2}(?:市区|城区|主城区|中心城区|县城)$"
    r"|(?<=[建增成设造])[\u4e00-\u9fff]{2,4}(?:街道|镇)$"
)
_PLACE_FIRST = re.compile(rf"^(?:{_COUNT_PLACE})")
# What a verb is done to, to the end of its clause: not a programme's generic head (…资助项目)
_DONE_TO = re.compile(r"(?!(?:项目|工程|工作|活动|行动)$)(?P<object>[^，,。；;\d、]{2,16})$")
# 去年补种乙肝疫苗已达2878万人: the object of a work before the figure told as done
_DONE_TO_FIGURE = re.compile(
    r"(?P<object>[^，,。；;\d、]{2,16}?)(?:已经?|累计)(?:达到?|完成)?(?=\d)"
)
# 25个、每个县3个: what lies between one item of a list and the next
_LIST_GAP = re.compile(r"[^\d，,。；;]*、[^\d，,。；;]*")
_CJK_AFTER = re.compile(r"(?![和及与或])[\u4e00-\u9fff]")  # a noun, not the list going on
# A rate paid by (按…元/人标准发放…): what is paid, the standard the number is
_PAID_BY = re.compile(r"^的?标准(?:发放|给予|补助|补贴|支付|拨付)(?P<what>[^，,。；;\d(（]{2,16})")
# A sum paid per head (对老年人每人每年补助100元, 津贴标准为每人每月200元, 按每床每年1万元标准…):
# the head and the period say how the standard is counted, not what it is of; what is paid,
# named before them or after the number (…标准给予补助), is the indicator, a standard.
_PAID_PER_HEAD = re.compile(
    r"(?:按照?|为|是)?每[人床户名生例所家村位个](?:每?[年月天日])?(?:按照?|为|的)?"
    r"(?=(?:给予|发放)?(?:补助|补贴|奖励|资助|津贴)?$)"
)
# …的标准给予一次性建设补助: what a sum per head is paid as, named after it
_GIVEN_AS = re.compile(
    r"^的?(?:标准)?(?:给予|发放)(?:一次性)?(?P<what>[\u4e00-\u9fff]{0,6}?(?:补助|补贴|奖励|资助|津贴|奖补))"
)
_PAYS = re.compile(r"^的?标准(?:给予|发放)?(?P<what>补助|补贴|奖励|资助)")
# 降低重大慢病过早死亡率25%, 降低…死亡率1/3: a verb of change before what it changes, the share
# after it — a relative change of that measure.
_CHANGE_LEAD = re.compile(r"^(?:进一步)?(?:(?P<down>降低|下降|减少)|提高|提升|增加)(?=.{2,}$)")
_SHARE_UNITS = ("%", "‰", "个百分点", "百分点")
_LISTED = re.compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]{2,6})+")


def _each_listed(indicator: str, previous: str | None) -> list[str] | None:
    """``各完成筛查`` after ``…开展一次宫颈癌、乳腺癌筛查``: each item the clause before lists
    with the head both end on (筛查), items as long as the last one."""
    head = indicator[-2:]
    if previous is None or len(indicator) < 3:
        return None
    for listed in _LISTED.finditer(previous):
        phrase = listed.group()
        if not phrase.endswith(head):
            continue
        items = phrase[: -len(head)].split("、")
        size = len(items[-1])
        items[0] = items[0][-size:]
        if all(len(item) >= 2 for item in items):
            return [item + head for item in items]
    return None


_GOAL_ONLY = re.compile(r"(?:20\d\d年)?的?(?:目标值|预期值|规划值|目标)")
_BASELINE_OF = re.compile(r"(?P<of>[^，,。；;\d]{2,30}?)的?(?:基线|基期|现状|现值|当前值|基准)")
_GOAL_NAMED = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<!年度)的?(?:目标值|预期值|规划值|目标)$")
_COMPARING = "|".join(re.escape(v) for v in sorted(COMPARATOR_VERBS, key=len, reverse=True))
_PAID_VERB = re.compile(rf"(?:分别|均)?(?P<verb>{_COMPARING}|(?:调高|上调)[到至]|调整[到至为])$")
_PAY_LEAD = re.compile(r"^(?:对|为|给|向|按照?)")
_PAY_END = re.compile(r"(?:补助|补贴|奖励|资助|津贴|经费|资金|拨款)$")
_MONEY = ("元", "万元", "亿元", "角")  # 税款调高8角: a tenth of a yuan
# 对3岁以下婴幼儿开展健康管理，覆盖率达到90%, 为孕产妇免费提供产前筛查服务，筛查率…: whom and
# what a later rate is of
_SERVED = re.compile(
    r"^(?:对|为|向)(?:全[市县区省]|辖区内?)?(?P<whom>[^，,。；]{2,16}?)(?:免费)?"
    r"(?:开展|进行|实施|提供)(?:免费)?(?P<what>[\u4e00-\u9fff]{2,12}?)(?:服务|工作)?$"
)
_DONE_SUFFIX = re.compile(r"(?:服务|工作)$")
# 城镇居民电子健康档案建档率达到90%，农村达到85%: a scope word alone names the same indicator.
# …剖宫产率县级控制在30%以内，乡镇控制在25%以内: a level of care alone is such a scope too
_LEVELS = "乡镇|乡级|县级|市级|村级"
_SCOPE_ONLY = re.compile(rf"^(?:{SCOPES}|{_LEVELS})$")
_SCOPE_PREFIX = re.compile(rf"^(?:{SCOPES}|{_LEVELS})")
_YEAR_BETWEEN = re.compile(r"(?<=[率数])(?:到|至)?20\d\d年(?:底|末)?(?=[\u4e00-\u9fff]{2})")
_MEASURE_END = re.compile(r"(?:率|数|比例|占比|比重|水平|寿命|时间|时长|标准)$")
_PER_HEAD_AFTER = re.compile(r"每(?:千|万|百|十万)(?:名)?(?:常住|户籍|服务)?(?:人口|居民)$")
_SCOPE_AFTER = re.compile(
    r"(?<=[\u4e00-\u9fff])(?P<scope>城市地区|农村地区|城镇居民|农村居民|城市居民|城区|城市|城镇|农村"
    r"|省级|市级|县级|乡级|村级|中西部地区|东部地区|中部地区|西部地区)$"
)
# 30%的县城、45%的示范镇达到省级卫生县城、镇标准: shares first, each of its own units.
_RESPECTIVE = re.compile(r"^分别(?P<verb>[\u4e00-\u9fff]{2})(?P<objects>[^，,；;。]+)$")
_BRACKETED = r"[(（][^()（）]{1,12}[)）]"  # 省(区、市): one noun whatever its brackets hold
# A scope the next share of a list opens with (城市30%中小学、农村10%中小学开设…).
_SHARE_SCOPES = "城市|农村|城镇|乡村|城区|镇区|全市|全县|全区"
_SHARE_ITEM = re.compile(
    rf"(?:及?以上)?的?(?P<noun>(?:{_BRACKETED}|[^、和及，,；;。\d%(（]){{1,24}}?)[、和及]"
    rf"(?P<scope>{_SHARE_SCOPES})?"
)
_SHARE_LAST = re.compile(
    rf"(?:及?以上)?的?(?P<noun>(?:{_BRACKETED}|[^、，,；;。\d%(（]){{1,24}}?)"
    r"(?=(?:均|都|要|全部|分别)?(?:能够|能|可以|可)?"
    r"(?:达到|通过|建成|创建|实现|开展|提供|设立|设置|设有|配备|纳入|具备|建设|建立|成立|组建|开设)|$)"
)


# The subject a sentence opens with, before its first verb (城镇居民基本医疗保险|按规定提高…).
_SUBJECT = re.compile(
    r"(?P<subject>[\u4e00-\u9fff]{4,16}?)(?:要|将|应|须)?(?:按规定|按照|继续|持续|进一步|全面|稳步)?"
    r"(?:提高|提升|扩大|巩固|完善|实现|推进|开展|加强|落实|调整)"
)
# Units all of which do something (卫生院全部达到基本标准), a part of them said next (其中30%…)
_ALL_UNITS = re.compile(
    r"^(?P<units>[^，,。；;]{2,20}?)(?:全部|均|都|全面|100%)(?:要|能|能够|可以)?"
    r"(?:达到|建成|完成|实现|通过|开展|设置|设立|配备|具备|提供)"
)
# Places a measure is given for one after another (县城…，乡镇…).
_PLACE = re.compile(rf"{SCOPES}|乡镇|街道|社区|行政村|县级|乡级|村级|市级|省级|县域|城区|中心城区")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_CLASS_LABEL = re.compile(r"[A-Za-z][类级]")  # B类 after A类场所…: a class by its letter
# 每个县, 各乡镇: each unit of a level, a place whose own share of a count follows the total
_EACH_PLACE = re.compile(r"(?:每个?|各)(?:县|市|区|乡镇|镇|乡|村|社区|街道)")
# Last characters too common to mark a sibling (…的, …人, …数).
_GENERIC_END = set("的人数个是等中内外上下")
# A group of people a rate is of, named alone with its value after the rate (…知晓率达90%以上，
# 青年学生达95%以上): the same measure of that group.
_PEOPLE = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:群众|居民|学生|人群|儿童|老年人|老人|妇女|患者|孕产妇|青少年|职工|农民工|农民"
    r"|干部|市民|村民|家长|教师|公众|从业人员|务工人员|流动人口|常住人口)"
)

_CLAUSE_BREAK = re.compile(r"[，,。；;”]")
_OTHER_VALUE = ("label", "fact", "measured", "year", "described")
# Numbers never read even permissively: no wording makes a year, a date or a denominator a goal.
_STRUCTURAL = ("calendar", "year", "denominator")
_LAST_CELL = scanning(r"[\u4e00-\u9fff]{4}\s+(?P<cell>\S{4,})$")
_VALUE_TAIL = re.compile(r"(?:[\s%‰)）\]】.．]|及?以[上下]|左右)*的?")  # and an item number's dot


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
    # Clause offsets of the number itself, and why the classifier would not take it (set only
    # when read permissively, for the learned decision of :mod:`.learned` to weigh).
    number_start: int = 0
    number_end: int = 0
    reason: str | None = None
    deadline: int | None = None  # a table row's column year (2030年目标值)


# A time limit set as a goal: a word of obligation, the time, 内, then the work to finish in it
# (确保48小时内完成…检测, 要求2个工作日内反馈…结果)
_TIME_LIMIT = re.compile(
    r"(?P<unit>工作日|小时)?(?P<within>之内|以内|内)(?P<can>可|能|即可)?"
    r"(?P<verb>完成|出具|报告|上报|到达|办结|反馈|处置|获取|获得|拿到)"
    r"(?P<what>[^，,。；;]{2,30})$"
)
_OBLIGED = re.compile(r"(?:确保|力争|要求|必须|务必|做到|保证)$")
_LIMIT_UNITS = {"小时", "分钟", "个工作日", "工作日", "天", "日"}


def _time_limits(clause: str, every: list[Mention]) -> list[RawTarget]:
    """The time limits a clause sets as goals (确保48小时内完成常见病原检测 → 常见病原检测完成时间
    ≤ 48小时): the time right after a word of obligation, or before what can be had within it
    (2小时内可获取…报告), which the classifier reads as how long a qualifier lasts."""
    out = []
    for m in every:
        if m.unit not in _LIMIT_UNITS | {"个"}:
            continue
        limit = _TIME_LIMIT.match(clause[m.end :])
        # (or the service a plan promises: 2小时内可获取…诊断报告)
        if not limit or not (limit.group("can") or _OBLIGED.search(clause, 0, m.start)):
            continue
        unit = m.unit + (limit.group("unit") or "")  # 2个工作日: the mention's unit is 个
        if unit not in _LIMIT_UNITS:
            continue
        out.append(
            RawTarget(
                indicator=f"{limit.group('what')}{limit.group('verb')}时间",
                comparator=Comparator.le,
                value=m.value,
                value_max=None,
                unit=unit,
                start=m.start,
                end=len(clause),
                rule="time-limit",
                number_start=m.start,
                number_end=m.end,
            )
        )
    return out


@dataclass
class ClauseReading:
    """The targets of a clause and, for every number in it, why it is not a target (None
    for the numbers that are)."""

    targets: list[RawTarget] = field(default_factory=list)
    explained: list[tuple[Mention, str | None]] = field(default_factory=list)


def _group(clause: str, found: list[Mention], index: int) -> list[Mention]:
    """The numbers from ``index`` on that one list joins: 35%、15%和15%."""
    group = [found[index]]
    while index + len(group) < len(found):
        nxt = found[index + len(group)]
        tail = SUFFIX.match(clause, group[-1].end)
        gap_start = tail.end() if tail else group[-1].end
        if clause[gap_start : nxt.start] not in ("、", "和", "及"):
            break
        after = SUFFIX.match(clause, nxt.end)
        if nxt.unit != group[-1].unit and _CJK_AFTER.match(
            clause, after.end() if after else nxt.end
        ):
            break  # 改造管线40公里和16个区域供水设施: the second counts what follows it
        group.append(nxt)
    return group


def _kind_counted(clause: str, m: Mention, out: list[RawTarget], kind: str) -> str | None:
    """What a part listed in brackets after a total (…80座桥梁加固维修(其中县道15座、乡道65座))
    counts: the total's indicator with the part's kind, a word or two, before the thing the
    total counted after its number (县道 → 农村公路县道桥梁加固维修); None if ``m`` is no such
    part, or the total named its thing before its number (新建养老机构10家（其中公办4家）)."""
    opened = PARTS_OPENED.search(clause, 0, m.start)
    if opened is None or not 1 <= len(kind) <= 4:
        return None
    total = next((t for t in reversed(out) if t.number_end <= opened.start()), None)
    if total is None or total.unit != m.unit:
        return None
    counted = clause[total.number_end : total.number_end + 2]
    at = total.indicator.find(counted) if len(counted) == 2 else -1
    if at <= 0 or kind in total.indicator:
        return None
    head = total.indicator[:at]
    # the verb a list's earlier part lent this one (新建公办8所、民办4所 → 新建民办) is the head's
    lent = next((n for n in range(len(kind) - 1, 0, -1) if head.endswith(kind[:n])), 0)
    return head + kind[lent:] + total.indicator[at:]


def _common(a: str, b: str) -> str:
    """The longest run of at least 3 characters that ``a`` ends with and ``b`` holds."""
    for size in range(len(a), 2, -1):
        if a[-size:] in b:
            return a[-size:]
    return ""


def _floor(clause: str, m: Mention) -> bool:
    """Whether ``m`` is followed by 以上 (a floor)."""
    suffix = SUFFIX.match(clause, m.end)
    return suffix is not None and (suffix.group("suf") or "").endswith("以上")


def _shares_of_units(clause: str, found: list[Mention]) -> list[RawTarget]:
    """``30%的县城、45%的示范镇、35%的示范村达到…标准``: one target per share, its units
    and the predicate they share (at least two shares; one is the share-object rule)."""
    run: list[tuple[Mention, str]] = []
    scope = ""  # 城市30%中小学、农村10%中小学: the scope each share opens with
    for i, m in enumerate(found):
        if m.unit != "%":
            run = []
            continue
        if not run:
            opened = re.search(rf"(?:{_SHARE_SCOPES})$", clause[: m.start])
            scope = opened.group() if opened else ""
        item = _SHARE_ITEM.match(clause, m.end)
        if item and i + 1 < len(found) and found[i + 1].start == item.end():
            run.append((m, scope + item.group("noun")))
            scope = item.group("scope") or ""
            continue
        last = _SHARE_LAST.match(clause, m.end)
        if last and run:
            run.append((m, scope + last.group("noun")))
            predicate = clause[last.end() :]
            verb = COUNT_VERB_LAST.search(clause[: run[0][0].start])
            if not predicate and verb:  # 设施覆盖所有社区、90%以上乡镇和60%以上村: the verb before
                run = [(x, clause[: verb.end()] + noun) for x, noun in run]
            each = _RESPECTIVE.match(predicate)  # 分别建成健康学校、健康企业: one object each
            objects = (
                [o for _, o, _ in split_outside_brackets(each.group("objects"), "、")]
                if each
                else []
            )
            predicates = (
                [each.group("verb") + o for o in objects]
                if each and len(objects) == len(run)
                else [predicate] * len(run)
            )
            return [
                RawTarget(
                    noun + said,
                    # 达到…标准 says what the units do; only 以上 bounds the share
                    Comparator.ge if _floor(clause, x) else Comparator.eq,
                    x.value,
                    x.value_max,
                    x.unit,
                    x.start,
                    len(clause),
                    "shares-of-units",
                    number_start=x.start,
                    number_end=x.end,
                )
                for (x, noun), said in zip(run, predicates, strict=True)
            ]
        run = []
    return []


# Regions a standard gives its own value (…普及率达到东部95%、中部90%、西部80%以上).
_REGIONS = "东部|中部|西部|东北|城市|农村|城镇|乡村|城区|山区|牧区"
_REGION_END = re.compile(rf"(?:{_REGIONS})(?:地区)?$")
_REGION_NEXT = re.compile(rf"[、，,和及](?P<region>(?:{_REGIONS})(?:地区)?)$")


def _values_by_region(clause: str, found: list[Mention]) -> list[RawTarget]:
    """``…普及率达到东部95%、中部90%、西部80%以上``: one target per region's value, of the
    indicator the clause names (the region its scope), the last value's 以上 for every one."""
    for i, first in enumerate(found[:-1]):
        opened = _REGION_END.search(clause, 0, first.start)
        if not opened:
            continue
        run = [(opened.group(), first)]
        for m in found[i + 1 :]:
            tail = SUFFIX.match(clause, run[-1][1].end)
            gap = _REGION_NEXT.fullmatch(clause, tail.end() if tail else run[-1][1].end, m.start)
            if not gap or m.unit != first.unit:
                break
            run.append((gap.group("region"), m))
        if len(run) < 2:
            return []
        head = re.sub(r"[，,]?其中$", "", clause[: opened.start()])  # …建档率其中城市95%、…
        last = run[-1][1]
        suffix = SUFFIX.match(clause, last.end)
        closing = suffix.group("suf") or "" if suffix else ""
        out = []
        for region, m in run:
            sub = head + clause[m.start : m.end] + closing
            read = [t for t in clause_targets(sub) if t.number_start == len(head)]
            if len(read) != 1:
                return []
            target = read[0]
            target.scope, target.rule = region, "values-by-region"
            target.number_start, target.number_end = m.start, m.end
            target.end = last.end + len(closing)
            out.append(target)
        return out
    return []


# a place named before its value in a list of them (、乙镇115对)
_PLACE_GAP = re.compile(
    r"[、，,]?(?![^\d]*?[率为达到])(?P<place>[\u4e00-\u9fff][\u4e00-\u9fff（）()]{1,11})"
)


def _values_by_place(clause: str, found: list[Mention]) -> list[RawTarget]:
    """``…各镇应检人数：甲镇136对、乙镇115对、丙场13对``: one target per place's value, of the
    measure named before the colon (the place its scope)."""
    colon = max(clause.rfind("：", 0, found[0].start), clause.rfind(":", 0, found[0].start))
    each = list(EACH_LEVEL.finditer(clause, 0, colon)) if colon > 0 else []
    if not each:
        return []
    measure = clause[: each[-1].start()] + clause[each[-1].end() : colon]
    run: list[tuple[str, Mention]] = []
    at = colon + 1
    for m in found:
        gap = _PLACE_GAP.fullmatch(clause, at, m.start)
        if not gap or m.unit != found[0].unit or not m.unit:
            break
        run.append((gap.group("place"), m))
        tail = SUFFIX.match(clause, m.end)
        at = tail.end() if tail else m.end
    if len(run) < 2:
        return []
    out = []
    for place, m in run:
        read = [
            t
            for t in clause_targets(measure + clause[m.start : m.end])
            if t.number_start == len(measure)
        ]
        if len(read) != 1:
            return []
        target = read[0]
        target.scope, target.rule = place, "values-by-place"
        target.start, target.end = m.start - len(place), m.end
        target.number_start, target.number_end = m.start, m.end
        out.append(target)
    return out


def _in_name(clause: str, m: Mention, before: int) -> bool:
    """Whether ``m`` is part of a name the indicator before ``before`` holds whole: inside
    quotes closed before it (城区“15分钟健康服务圈”覆盖率), or an ordinal the name goes on
    after (含麻疹成分疫苗第2剂次接种率)."""
    if m.start and clause[m.start - 1] == "第":
        return _CLAUSE_BREAK.search(clause, m.end, before) is None
    opened = clause.rfind("“", 0, m.start)
    closed = clause.find("”", m.end, before)
    return opened >= 0 and closed >= 0 and _CLAUSE_BREAK.search(clause, opened, m.start) is None


def _after_other_values(
    clause: str, every: list[Mention], reasons: dict[int, str | None], boundary: int, first: Mention
) -> int:
    """Where the words naming ``first``'s indicator may begin: after ``boundary``, and after
    any other value between (a formula's 总人口数*10%*65%, a figure of the past): an indicator
    is a noun phrase, it holds no value of its own."""
    ends = [
        m.end
        for m in every
        if boundary <= m.start < first.start
        and reasons.get(m.start) in _OTHER_VALUE
        and not (m.start and clause[m.start - 1].isascii() and clause[m.start - 1].isalpha())
        and not _in_name(clause, m, first.start)
    ]  # but P3实验室, H7N9, “1+1+N”家庭医生签约…: a name
    if not ends:
        return boundary
    gap = _VALUE_TAIL.match(clause, max(ends))
    return gap.end() if gap else max(ends)


# Kinds of unit a share is of (党政机关、事业单位和规模以上企业单位), then what they do: each
# kind its own share (100%的甲、乙和丙为员工提供…)
_UNIT_KIND = re.compile(
    r"[\u4e00-\u9fff()（）]{2,12}(?:院|中心|站|室|所|机构|学校|幼儿园|企业|单位|机关|社区|村|乡镇|街道)"
)
_UNITS_ACT = re.compile(rf"(?:为|向)[\u4e00-\u9fff]|{RIGHT_VERB.pattern}")


def _each_kind_of_unit(indicator: str) -> list[str]:
    """``indicator`` once for each kind of unit listed before what the units do, none when the
    words before the act are no list of kinds of unit."""
    act = _UNITS_ACT.search(indicator, 2)
    if act is None:
        return []
    kinds = [k for _, k, _ in split_outside_brackets(indicator[: act.start()], "、和及与") if k]
    if len(kinds) < 2 or not all(_UNIT_KIND.fullmatch(k) for k in kinds):
        return []
    return [k + indicator[act.start() :] for k in kinds]


def _subjects_of(names: list[str]) -> list[str]:
    """The subjects one measure was split over (高血压登记建档率, 糖尿病登记建档率 → 高血压,
    糖尿病), none when the names are measures of their own (筛查率, 管理率) or one."""
    if len(names) < 2:
        return []
    shared = 0
    while shared < min(map(len, names)) and len({n[-shared - 1] for n in names}) == 1:
        shared += 1
    measure = names[0][len(names[0]) - shared :]
    people = _SUBJECT_PEOPLE.match(measure)
    cut = shared - (people.end() if people else 0)
    subjects = [n[: len(n) - cut] for n in names]
    short = all(2 <= len(s) <= 12 for s in subjects) and len(set(subjects)) == len(subjects)
    return subjects if shared >= 3 and measure.endswith("率") and short else []


def _in_place_of(short: str, earlier: str | None) -> str | None:
    """``earlier`` with ``short`` in place of its sibling: a place for a place (县城…保洁时间,
    乡镇 → 乡镇…保洁时间), else the word that ends as ``short`` ends (小学生新发近视率, 初中生 →
    初中生新发近视率; 每间房大蠊, 小蠊 → 每间房小蠊). None when ``short`` is no bare noun or
    ``earlier`` holds no sibling of it."""
    verb = _COUNT_VERB_START.match(short)  # 新建每个县: the verb the list carried on
    if verb and _EACH_PLACE.fullmatch(short[verb.end() :]):
        short = short[verb.end() :]
    elif verb and earlier and earlier.startswith(verb.group()) and len(short) > verb.end() + 1:
        short = short[verb.end() :]  # 完成甲抽检a批次、快检b批次: the verb ``earlier`` has
    people = _PEOPLE.fullmatch(short) is not None  # 校内青少年, 流动人口: a group may be longer
    if not earlier or not 2 <= len(short) <= (8 if people else 4) or short in earlier:
        return None
    if HEAD_END.search(short) or ACTION_START.match(short) or COUNT_VERB_END.search(short):
        return None
    if not _HAN.fullmatch(short) and not _CLASS_LABEL.fullmatch(short):
        return None
    if _PLACE.fullmatch(short) or _EACH_PLACE.fullmatch(short):
        # a place that opens or closes the measure, or follows its counting verbs (新建改建中心
        # 城区…公厕27座、每个县5座), not one inside its name
        places = [
            p
            for p in _PLACE.finditer(earlier)
            if p.start() == 0
            or p.end() == len(earlier)
            or (p.start() <= 4 and _COUNT_VERB_START.match(earlier[: p.start()]))
        ]
        if not places:  # a place that opens or closes the measure, not one inside its name
            return None
        return earlier[: places[0].start()] + short + earlier[places[0].end() :]
    if _PEOPLE.fullmatch(short) and _MEASURE_END.search(earlier):
        own = _PEOPLE.match(earlier)  # the measure's own group, which ``short`` stands for
        return short + earlier[own.end() if own else 0 :]
    if short[-1] in _GENERIC_END:
        return None
    at = earlier.find(short[-1])
    begin = at - len(short) + 1
    rest = earlier[at + 1 :] if at >= 0 else ""
    if at < 0 or begin < 0 or (rest and not HEAD_END.search(rest)):
        return None  # the sibling ends the measure or its head follows: 小学生|新发近视率
    return earlier[:begin] + short + earlier[at + 1 :]


def _tail(phrase: str, most: int = 18) -> str:
    """The end of a phrase that names what a later clause counts: all of a short one, of a
    long one what follows its last 的 or comma-like break in the last ``most`` characters."""
    if len(phrase) <= most:
        return phrase
    tail = phrase[-most:]
    cut = max(tail.rfind("的"), tail.rfind("、"), tail.rfind("，"))
    return tail[cut + 1 :] if 0 <= cut < most - 3 else tail


def _unnumbered(phrase: str) -> str:
    """``phrase`` without the number of the item it opens (3、, （七）)."""
    opened = marker(phrase.strip())
    return phrase.strip()[len(opened[1]) :] if opened else phrase


def _acted_on(phrase: str) -> str | None:
    """What an action clause works on (实施…资助项目; 推进村卫生室标准化建设, whose verb
    :func:`clean` drops as it does before an indicator), else None."""
    acted = _ACTION_OBJECT_ANY.match(clean(phrase)) or _ACTION_OBJECT_ANY.match(_unnumbered(phrase))
    return acted.group("object") if acted else None


def _measure_named(phrase: str | None) -> str | None:
    """The measure a clause names with no value (…早孕建卡率, （一）生活垃圾处理率), else None."""
    if not phrase:
        return None
    phrase = _unnumbered(phrase)  # 3、: the item's number
    if target_mentions(phrase):
        return None
    named = _tail(clean(phrase))
    return named if _MEASURE_END.search(named) and len(named) >= 3 else None


# 普及率已经达到74%, 覆盖率已提高到60%: how far a measure has come, told as done
_PROGRESS = re.compile(
    r"^(?P<measure>[^，,。；;\d]{3,30}?)(?:已经|已)(?:达到?|提高到|提升到|上升到|下降到|降至|为)"
    r"\d[\d.]*\s*(?:%|‰|/10万|/万)?$"
)


def _progress_of(phrase: str) -> str | None:
    """The measure whose progress ``phrase`` tells (卫生厕所普及率已经达到74%), else None."""
    told = _PROGRESS.match(clean(phrase))
    named = told.group("measure") if told else ""
    return named if _MEASURE_END.search(named) else None


_COUNT_BOUNDS = (None, "至少", "不少于", "不低于", "超过", "超", "不超过")
# A total named alone after a count (…新增床位数1.4万张，总数达到8万张; 5条县道进行大中修，总里程
# 11.43公里): the total of what the count before counted
_TOTAL_ALONE = re.compile(r"(?:累计)?(?P<total>总(?:数|量|数量|里程|长度|面积|规模|人数))")
_ALLOTMENT_THEN = r"(?P<what>[\u4e00-\u9fff]{2,16}?)(?=[，,。；;、和及]|$)"
_ALLOTTED = re.compile(rf"\s*[(（](?:每|各)[^()（）]{{1,20}}[)）]{_ALLOTMENT_THEN}")
_ALLOTMENT_OPEN = re.compile(r"[(（](?P<each>(?:每|各)[^()（）\d]{1,20})$")
_ALLOTMENT_CLOSED = re.compile(rf"\s*[)）]{_ALLOTMENT_THEN}")
_BOUND_VERBS = ("至少", "不少于", "不低于", "不超过", "不多于", "不高于")
# A pass rate named alone (考核合格率), after a measure of a training (…培训覆盖率)
_ASSESSED = re.compile(r"(?:考核|考试|结业|培训)?(?:合格率|通过率)")
_TRAINING = re.compile(r"(?:培训|轮训|进修)(?=[^培轮进]*$)")


# An indicator named, then its value in brackets under a short name of its own
_NAME_THEN_BRACKET = re.compile(r"(?P<name>[\u4e00-\u9fff]{4,24})[(（][^()（）]*$")

# …率(目标≤0.1‰), …率（目标值：≥95%）: the bracket holds the goal of the measure named before it
_GOAL_IN_BRACKET = re.compile(
    r"(?:将|把)?(?P<name>[\u4e00-\u9fff]{2,24})[(（](?:目标值?|控制目标)[:：为]?\s*[≤≥<>＜＞≦≧]?\s*$"
)

# A cap (上限, 最高限额) said with no verb of change: the most a sum may be
_CAP = re.compile(r"(?:上限|最高限额)(?:为|定为|将定为)?$")


def _short_for(short: str, name: str) -> bool:
    """Whether ``short`` names ``name`` shortly: its characters in order, the same head."""
    rest = iter(name)
    return len(short) < len(name) and short[-2:] == name[-2:] and all(c in rest for c in short)


def _fitted(indicator: str, dist: str | None, count: int) -> list[str]:
    """The names of ``count`` values listed in order when splitting at every joint gave
    another count: the items joined by 和/及/与 alone (中、小学生和家庭主妇…知晓率分别达到85%和70%:
    中、小学生 is one item), else the whole phrase for each value — never every name with every
    value."""
    kept = "\ue001"
    names = [n.replace(kept, "、") for n in split(indicator.replace("、", kept), dist, True)]
    if len(names) == count:
        return names
    # 高血压、糖尿病患者及65岁以上老年人规范管理率分别达到40%、50%、60%: a list joined by 、
    # inside an item of one joined by 及, each of its items whole with that item's head
    nested = [n for name in names for n in (split(name, dist, True) if "、" in name else [name])]
    return nested if len(nested) == count else [indicator]


# X增加1,000张至总数7,000张, 补助提高1000元至1.5万元: an increase by A to a total B of the same unit
_RAISED_BY = re.compile(
    r"(?P<verb>(?:亦|也|将|会|可|再)*(?:增加|新增|增|提高|提升|上调))(?:约|近)?\s*$"
)
_UNIT_THEN_TO = re.compile(r"\d\s*[^\d\s.,，至到-]+\s*至")
_COUNTED_AFTER = re.compile(r"(?!以[上下内]|左右|之间|的)[\u4e00-\u9fff“]")
_RAISED_TO = re.compile(r"^\s*(?:至|到)(?:总数|合共|共)?\s*(?:约|近)?\s*$")


# A rise by a share, then the total it brings, of what is named between them or before the verb
# (手术室增加四成至210个, 可增加18%的病床数目至5,000张).
_RISES_BY = re.compile(
    r"(?P<verb>(?:亦|也|将|会|可|再|大幅)*(?:增加|新增|增长|上升|提高|提升|扩大))(?:约|近)?\s*$"
)
# Whom the work serves, said before the verb whose object the count after it counts.
_SERVED_FIRST = re.compile(
    r"^(?:为|对|向)[^，,、为对向]{2,24}?"
    r"(?P<action>(?:开展|开发|提供|实施|组织|发放|配置|安装)[\u4e00-\u9fff“”「」]{2,16})$"
)
_FROM_LEVEL = re.compile(r"(?:会|将|可)?(?:由|从)(?=\d|现时|现行|现在|目前|每).*$")
_FOR_EXAMPLE = re.compile(r"^(?:例如|比如)")
_SHARE_OF_TO = re.compile(
    r"^\s*(?:的(?P<what>[\u4e00-\u9fff]{2,12}))?\s*(?:至|到)(?:总数|合共|共)?\s*(?:约|近)?\s*$"
)


def _raised_by_share(
    clause: str, by: Mention, to: Mention, start: int
) -> list[tuple[RawTarget, tuple[Mention, Mention]]]:
    """手术室增加四成至210个: two targets, the rise by the share and the total, at least."""
    gap = _SHARE_OF_TO.match(clause[by.end : to.start])
    verb = _RISES_BY.search(clause, start, by.start) if gap else None
    if gap is None or verb is None:
        return []
    before = _FROM_LEVEL.sub("", clause[start : verb.start()])  # 由2,400元: the level now
    named = gap.group("what") or _FOR_EXAMPLE.sub("", clean(before))
    if len(named) < 2:
        return []
    total = RawTarget(
        named,
        Comparator.ge,
        to.value,
        to.value_max,
        to.unit,
        start,
        to.end,
        "raised-by-share",
        number_start=to.start,
        number_end=to.end,
    )
    if to.unit.endswith("元"):  # 津贴由2,400元增加四分之一至3,000元: the sum it comes to
        return [(total, (by, to))]
    rise = RawTarget(
        named,
        Comparator.increase_by,
        by.value,
        None,
        by.unit,
        start,
        by.end,
        "raised-by-share",
        number_start=by.start,
        number_end=by.end,
    )
    return [(rise, (by, to)), (total, (by, to))]


def _raised_to_total(
    clause: str, found: list[Mention], boundary: int
) -> list[tuple[RawTarget, tuple[Mention, Mention]]]:
    """An increase by A stated with the total B it brings: one target, the total, at least B
    (the annotators' rule; the increase is part of the total)."""
    out: list[tuple[RawTarget, tuple[Mention, Mention]]] = []
    # 增加4000张至1.6万张 read as one range, but each end has its unit (增加5至10个 is a range)
    # (新增2位至3位全职院士: a range of a count with the thing counted after it, no total)
    ranges = [
        (m, m)
        for m in found
        if m.value_max is not None
        and _UNIT_THEN_TO.search(clause, m.start, m.end)
        and not _COUNTED_AFTER.match(clause, m.end)
    ]
    for by, to in [*itertools.pairwise(found), *ranges]:
        if by is not to and by.unit in ("%", "成") and to.unit not in RATE_UNITS:
            out.extend(
                _raised_by_share(clause, by, to, max(boundary, out[-1][0].end if out else 0))
            )
            continue
        if by.unit != to.unit or not by.unit or by.unit in ("%", "成"):
            continue
        if by is not to and not _RAISED_TO.match(clause[by.end : to.start]):
            continue
        start = max(boundary, out[-1][0].end if out else 0)
        if any(start <= m.start < by.start for m in found):
            continue  # another number first: the clause's own reading keeps it
        verb = _RAISED_BY.search(clause, start, by.start)
        if verb is None:
            continue
        named = clean(clause[start : verb.start()])
        if len(named) < 2:
            continue
        total = to.value_max if by is to and to.value_max is not None else to.value
        target = RawTarget(
            named,
            Comparator.ge,
            total,
            None if by is to else to.value_max,
            to.unit,
            start,
            to.end,
            "raised-to-total",
            number_start=to.start,
            number_end=to.end,
        )
        out.append((target, (by, to)))
    return out


# How far works have gone (总形象进度, 工程进度), of the works a clause before names.
_WORKS_PROGRESS = re.compile(r"总?(?:形象|工程|建设|施工)进度")
_WORKS_NAMED = re.compile(
    r"(?P<works>(?:[^，,。；;、]{2,30}?(?:工程|项目)(?:[(（][^()（）]{1,20}[)）])?、)*"
    r"[^，,。；;、]{2,30}?(?:工程|项目))"
)
_ASIDE_IN = re.compile(r"[(（][^()（）]{1,20}[)）]")
# A part of works named alone before its length or area (包括挡墙, 道路)
_WORKS_PART = re.compile(r"(?:包括|含)?(?P<part>[\u4e00-\u9fff]{2,4})")
_WORKS_UNITS = ("千米", "公里", "米", "平方米", "立方米")


_ITEM_MARK = re.compile(r"^\s*[*＊●•▲■◆○▶►▷➢➤](?=\s*[\u4e00-\u9fff\d])")


def read_clause(
    clause: str,
    previous: str | None = None,
    last_indicator: str | None = None,
    topic: str | None = None,
    before: str | None = None,
    permissive: bool = False,
    last_unit: str | None = None,
    opening: str | None = None,
    carried: tuple[str, str] | None = None,
    last_measures: tuple[str, ...] = (),
    listed_under: str | None = None,
) -> ClauseReading:
    """The targets one clause states. ``previous`` is the clause before it in the sentence,
    used when the indicator is only named there (…发育监测筛查，筛查率达到90%);
    ``last_indicator`` the indicator of the sentence's previous target (milestones);
    ``topic`` an activity an earlier clause named (see :func:`.classify.activity_topic`);
    ``before`` the last clause of the sentence before (完善…合作医疗制度。参合率不低于95%).
    ``permissive`` reads the numbers the classifier rejects too (all but years, dates and
    denominators), each target carrying the rejection's reason: the candidates a learned
    decision weighs (:mod:`.learned`). ``last_unit``: the unit of the sentence's previous
    target (a short noun with a value of the same unit names a sibling of its subject:
    小学生…率控制在5%以内，初中生控制在7%以内). ``opening``: the sentence's first clause,
    whose subject a rate named alone later in the sentence is of. ``carried``: the indicator
    and unit of the last target of the paragraph's sentences before, which a value stated by
    a verb alone goes on with (…呼叫满足率≥95%。全市今年年底前要达到85%以上).
    ``last_measures``: the indicators the sentence's previous value was of, when a clause
    before this one read it (甲知识和乙知识知晓率达到75%，流动人口达到70%: each for the group).
    ``listed_under``: the counting verb the first item of a list of lines opened with, which
    counts this line's item too when it opens with its count (新增15家…⏎2家…)."""
    reading = ClauseReading()
    if not _NUMERAL.search(clause):
        return reading  # no number, no target (most clauses of a plan)
    if previous is not None and not clean(previous):
        previous = None  # 到2027年，达到1.5万个: a deadline alone names nothing
    # *为8个小区新增…, ●30个健身点: the mark a list's item opens with is no part of it (a
    # star before a figure elsewhere labels it); blanked, so the offsets stay the text's
    clause = _ITEM_MARK.sub(lambda mark: " " * len(mark.group()), clause, count=1)
    every = mentions(clause)
    local: dict[int, str | None] = {m.start: classify(clause, m) for m in every}
    reasons = dict(local)  # (``local`` stays as the checks around each number found)
    candidates = [
        m
        for m in every
        if reasons[m.start] is None or (permissive and reasons[m.start] not in _STRUCTURAL)
    ]
    # 由78.5岁（2020年）提高到79.5岁: a level in years of age reads as an age qualifier, but
    # between 由 and 提高到 it is where the measure starts from
    offered = {m.start for m in candidates}
    pool = [m for m in every if m.start in offered or reasons[m.start] == "qualifier"]
    found, baselines = split_baselines(clause, pool)
    found = [m for m in found if m.start in offered]
    for base in baselines:
        reasons[next(m.start for m in every if m.value == base[1] and m.start >= base[0])] = (
            "baseline"
        )
    out = reading.targets
    limits = _time_limits(clause, every)
    if limits:  # 确保48小时内完成…检测: the time the work must be done in is the goal
        out.extend(limits)
        limited = {limit.number_start for limit in limits}
        found = [m for m in found if m.start not in limited]
    shares = _shares_of_units(clause, found)
    if shares:
        out.extend(shares)
        found = [m for m in found if m.start >= shares[0].end]
    regional = _values_by_region(clause, found) if len(found) > 1 and not shares else []
    regional = regional or (
        _values_by_place(clause, found) if len(found) > 1 and not shares else []
    )
    if regional:
        out.extend(regional)
        found = [m for m in found if m.start >= regional[-1].end]
    boundary = (shares or regional)[-1].end if shares or regional else 0
    found = _without_sizes_bounded(clause, found, reasons)
    totals = _raised_to_total(clause, found, boundary)
    if totals:  # 服务券增加1,000张至总数7,000张: the total is the target, the increase is in it
        out.extend(target for target, _ in totals)
        dropped = {m.start for _, pair in totals for m in pair}
        found = [m for m in found if m.start not in dropped and m.start >= totals[0][0].end]
        boundary = totals[-1][0].end
    index = 0
    last_verb_prefix = ""
    # 推出不少于200场甲、400场乙以及1000场丙: the floor said before the list's first count
    list_bound: Comparator | None = None
    while index < len(found):
        group = _group(clause, found, index)
        first, last = group[0], group[-1]
        following = index + len(group)
        next_start = found[following].start if following < len(found) else len(clause)
        ctx = context(
            clause, first, _after_other_values(clause, every, reasons, boundary, first), next_start
        )
        last_ctx = context(clause, last, last.start, next_start) if len(group) > 1 else ctx
        index += len(group)
        baseline = next((b for b in baselines if boundary <= b[0] < first.start), None)
        if baseline is not None:  # 从2020年的85%提高到95%: the indicator ends before 从
            ctx.left = ctx.left[: baseline[0] - boundary]
            ctx.baseline_year = baseline[2] or ctx.baseline_year
        scope_match = SCOPE_UNIT.search(ctx.left) or _SCOPE_WORDS.search(ctx.left)
        ctx.indicator = clean(ctx.left)
        cell = _LAST_CELL.search(ctx.indicator)
        if cell and HEAD_END.search(cell.group("cell")):
            ctx.indicator = cell.group("cell")  # 居民健康档案管理 电子化水平90%: a table's cells
        listed = ctx.left.lstrip().startswith(("、", "和", "及", "以及")) and last_verb_prefix
        shares_bound = bool(listed) and ctx.verb is None
        if listed and not _COUNT_VERB_START.match(ctx.indicator):
            ctx.indicator = last_verb_prefix + ctx.indicator  # 新建…3家、…2个
        else:
            shares_bound = False
        colon_list = ctx.verb in (":", "：") and _COUNTED_AFTER.match(ctx.right) is not None
        heading_verb = list_verb(ctx.indicator) if colon_list else None
        if heading_verb:  # 新增养老设施：15家助餐点、…: the verb counts each item listed
            ctx.indicator, ctx.verb = heading_verb, None
        # the checks around the number were run above: the context's only are left to run
        reason = (
            local[first.start]
            or in_context(clause, first, ctx)
            or next((reasons[m.start] for m in group if reasons[m.start] is not None), None)
        )
        if reason == "no-verb" and listed_under and not out and not ctx.left.strip():
            ctx.indicator = listed_under  # 2家服务中心 under 新增15家助餐点: 新增 counts it
            reason = in_context(clause, first, ctx)
        counted_on = out and out[-1].rule == "count-object" and not ctx.left.strip()
        # …the units, then the thing counted: 学校食堂空调 (not 17个乡镇34名, units alone)
        named = clause[out[-1].number_end : first.start] if counted_on else ""
        # 完成465幢23.25万平方米房屋改造: a second measure of the same object, its unit right
        # after the first's
        measured_again = counted_on and not named.strip()
        counted_on = counted_on and (len(named) >= 4 or measured_again)
        if reason == "no-verb" and counted_on and first.unit not in ("", "%", out[-1].unit):
            # 新增100所学校食堂空调500台: the same verb counts the things after the units
            reason = None
            # the object named after the second measure is read with it, not left to the next
            said_to = last_ctx.right_end if measured_again else first.end
            out.append(
                RawTarget(
                    out[-1].indicator,
                    Comparator.eq,
                    first.value,
                    first.value_max,
                    first.unit,
                    out[-1].start,
                    said_to,
                    "count-object",
                    number_start=first.start,
                    number_end=first.end,
                )
            )
            reasons[first.start] = None
            boundary = said_to
            continue
        for m in group:
            reasons[m.start] = reason
        if reason is not None and (not permissive or reason in _STRUCTURAL):
            continue
        relative = COMPARATOR_VERBS.get(ctx.verb or "") in (
            Comparator.increase_by,
            Comparator.decrease_by,
        )
        money = first.unit in _MONEY  # 补助标准提高5元: a sum raised by so much
        if relative and first.unit not in _RELATIVE_UNITS and not money and not first.fraction:
            ctx.indicator += str(ctx.verb)  # 改造提升3家: a count, not a relative change
            ctx.verb = None
        # 建立以县级医院为基础的4所…中心: what the units rest on, between the verb and the count
        based = _BASED_ON.search(ctx.indicator)
        if based and COUNT_VERB_END.search(ctx.indicator, 0, based.start()):
            ctx.indicator = ctx.indicator[: based.start()]
        # 举办超过5000场次讲座: a counting verb, a bound, the count, then what is counted
        placed = _PLACE_AFTER_VERB.sub("", ctx.indicator)  # 完成市区69.97公里…改造
        if not COUNT_VERB_END.search(placed):
            placed = _NAMED_PLACE_AFTER_VERB.sub("", ctx.indicator)  # 完成甲市市区5万平方米…
        counted = bool(COUNT_VERB_END.search(placed)) and ctx.verb in _COUNT_BOUNDS
        right = clean(last_ctx.right)
        if counted and not right and following < len(found):
            right = _measured_again(clause, found, following, last_ctx.suffix_end) or right
        read = Reading(clause, group, ctx, last_ctx, right, counted)
        rule = next(r for r in RULES if r.applies(read))
        built = rule.build(read)
        if built is None:
            for m in group:
                reasons[m.start] = "no-verb"
            continue
        indicator, end = built
        # 新增10个(每个街道1个)老年人助餐点: what is counted comes after the allotment in brackets,
        # for the total and for the allotment (README: its own target, the unit's word in it)
        allotted = _ALLOTTED.match(clause, last_ctx.suffix_end)
        verb_end = COUNT_VERB_END.search(indicator)
        if allotted and verb_end and verb_end.end() == len(indicator):
            indicator += allotted.group("what")  # (its end stays: the allotment is read next)
        if first.unit == "床" and verb_end and verb_end.end() == len(indicator):
            indicator += "病床"  # 增设620床, 共新增386床: 床 counts hospital beds, named by it
        closed = _ALLOTMENT_CLOSED.match(clause, last_ctx.suffix_end)
        opened = _ALLOTMENT_OPEN.search(clause, 0, first.start) if closed else None
        if closed and opened:
            indicator = opened.group("each") + closed.group("what")
        staffed = _STAFFED.match(read.right) if first.unit in _PEOPLE_COUNTED else None
        per = _PER_HEAD.search(ctx.left) if staffed else None
        if staffed and per:  # 按每千服务人口1名的标准配备乡村医生: so many staff per head
            indicator, end = per.group() + staffed.group("what"), last_ctx.right_end
        # a sum names who gets it, a rate whom it is of
        counted_for = rule.name == "indicator-comparator" and first.unit not in _MONEY
        counted_for = counted_for and first.unit not in RATE_UNITS
        served = _SERVED_FIRST.match(indicator) if counted_for else None
        if served:  # 为离校未就业毕业生开发见习岗位5万个: the count is of what the verb makes
            indicator = served.group("action")
        said_as = (
            _BASELINE_OF.match(clean(previous))
            if previous and _GOAL_ONLY.fullmatch(indicator)
            else None
        )
        if said_as:  # 管理率基线值为60%，目标值为70%: the goal of what the baseline was of
            indicator = said_as.group("of")
        name = rule.name
        if not indicator and (out or last_indicator):
            indicator, name = out[-1].indicator if out else str(last_indicator), "milestone"
        elif not indicator and previous and not target_mentions(previous):
            named = clean(previous)
            # 6岁儿童、小学生、初中生近视率…，每年降低1个百分点: a list of what shares one rate
            one_rate = "、" in named and len(named) <= 40 and HEAD_END.search(named) is not None
            named = named if one_rate and not re.search("[，,的]", named) else _tail(named)
            indicator, name = _CHANGE_VERB.sub("", named) or named, "previous-clause"
        elif not indicator and previous and ctx.verb and (progressed := _progress_of(previous)):
            # 普及率已经达到74%，力争到2025年达到80%: the goal of the measure whose progress the
            # clause before told
            indicator, name = progressed, "previous-clause"
        elif not indicator and not previous and carried and ctx.verb and carried[1] == first.unit:
            indicator, name = carried[0], "milestone"  # the rate the sentence before named
        elif not indicator and not previous and ctx.verb and _measure_named(before):
            # (三)卫生厕所普及率。每年提高5%: a measure a sentence of its own named
            indicator, name = str(_measure_named(before)), "previous-clause"
        earlier = out[-1].indicator if out else last_indicator
        part = _PART.match(ctx.left)
        # 新增…用户3900户，其中新住宅小区2000户，江北老旧小区600户: where the parts of a total
        # are, the total's measure in each place — the places are its scope
        part_scope: str | None = None
        of_total = part or (previous and _PLACES_PART.match(previous))
        parent_unit = out[-1].unit if out else last_unit
        in_places = of_total and earlier and first.unit == parent_unit
        kind_of = _kind_counted(clause, first, out, indicator) if "其中" in clause else None
        if kind_of:
            indicator, name = kind_of, "elided-subject"
        elif in_places and _PLACES.fullmatch(indicator) and not _PLACES.fullmatch(str(earlier)):
            part_scope, indicator, name = indicator, str(earlier), "previous-clause"
        elif part and earlier and indicator and not HEAD_END.search(indicator):
            shared = _common(indicator, earlier)  # 床位数…6张，其中基层医疗卫生机构1.5张
            if shared:
                indicator, name = earlier.replace(shared, indicator, 1), "elided-subject"
            elif _SHARE_OF.search(indicator):  # 新增8万户（其中省卫生厅负责3万户）
                indicator, name = indicator + clean(earlier), "elided-subject"
            elif HEAD_END.search(earlier) and len(indicator) <= 8:
                per = _PER_HEAD.match(earlier)  # …医师数3.2人，其中中医类别0.6人: a kind of them
                cut = per.end() if per else 0
                indicator = earlier[:cut] + indicator + earlier[cut:]
                name = "elided-subject"
            elif (
                len(indicator) <= 4
                and indicator[-1] != earlier[-1]
                and COUNT_VERB_LAST.search(earlier)
            ):
                # 新建养老机构10家（其中公办4家）: a kind of what the verb counted, its qualifier
                # (其中公办园25所 names its own: 园 as 幼儿园)
                verb = COUNT_VERB_LAST.search(earlier)
                cut = verb.end() if verb else 0
                indicator = earlier[:cut] + indicator + earlier[cut:]
                name = "elided-subject"
        whole = previous and part and not out and name == "share-object"
        units = _ALL_UNITS.match(clean(previous or "")) if whole else None
        if units:  # 卫生院全部达到基本标准，其中30%达到推荐标准: a share of those units
            indicator, name = units.group("units") + indicator, "elided-subject"
        per_head = _PER_HEAD.match(earlier or "")
        if per_head and indicator and not indicator.startswith(("每", "人均")):
            verb_led = _COUNT_VERB_START.match(indicator)
            if not verb_led and _STAFF_OR_BEDS.search(indicator) and len(indicator) <= 10:
                indicator = per_head.group() + indicator  # 每千人口医师2.8人、注册护士3.5人
        per_paid = _PAID_PER_HEAD.search(indicator) if first.unit in _MONEY else None
        paid_verb: str | None = None  # …补贴标准分别提高到每人每月80元和100元
        if per_paid:
            named = indicator[: per_paid.start()]
            raised = _PAID_VERB.search(named)
            if raised:
                named, paid_verb = named[: raised.start()], raised.group("verb")
            paid_for = named + indicator[per_paid.end() :]
            indicator = _PAY_LEAD.sub("", paid_for) or "按"
            if _PAY_END.search(indicator):
                indicator += "标准"
        given = _GIVEN_AS.match(ctx.right) if first.unit in _MONEY else None
        payee = _PAY_LEAD.sub("", re.sub("按照?$", "", indicator))
        by_head = per_paid or indicator.endswith(("按", "按照"))
        if given and by_head and len(payee) >= 2 and not _PAY_END.search(payee):
            indicator = payee + given.group("what") + "标准"  # 对…按每人每月300元给予运营补贴
        paid = _PAID_BY.match(ctx.right) if indicator in ("按", "按照") else None
        if paid:  # 按1500元/人标准发放求职创业补贴: the standard of what is paid
            indicator = paid.group("what") + "标准"
        pays = _PAYS.match(ctx.right) if indicator in ("按", "按照") else None
        if pays and previous and not target_mentions(previous):
            # 实施…免费检查项目，按每人100元标准补助: the item the clause before names pays it
            item = ACTION_START.sub("", _tail(clean(previous)))
            indicator = item + pays.group("what") + "标准" if len(item) >= 2 else indicator
        if indicator in ("共", "合计", "总计", "共计") and earlier:
            indicator, name = earlier, "elided-subject"  # 培训10个团队，共40人: of the same
        total = _TOTAL_ALONE.fullmatch(indicator) if earlier else None
        if total and earlier:  # 新增床位数1.4万张，总数达到8万张: the total of what was counted
            totalled = _COUNT_VERB_START.sub("", earlier) or earlier
            totalled = totalled[:-1] if totalled.endswith(("数", "量")) else totalled
            indicator, name = totalled + total.group("total"), "elided-subject"
        if indicator == "人均" and earlier and not earlier.startswith("人均"):
            indicator, name = indicator + earlier, "elided-subject"  # 生产总值…、人均超过1万美元
        if earlier and _COUNT_VERB_START.fullmatch(indicator) and earlier.startswith(indicator):
            indicator, name = earlier, "milestone"  # …建成基地10个，2020年建成15个
        per_after = _PER_HEAD_AFTER.search(indicator)
        if per_after and per_after.start() >= 3:  # 床位数每千人口1.2张: per head goes first
            indicator = per_after.group() + indicator[: per_after.start()]
        # 系统管理率到2005年城市: the year between the measure and its scope is the deadline's
        indicator = _YEAR_BETWEEN.sub("", indicator)
        trailing = _SCOPE_AFTER.search(indicator)
        measured = bool(trailing and _MEASURE_END.search(indicator[: trailing.start()]))
        if trailing and measured and len(indicator) - len(trailing.group()) >= 4:
            scope = trailing.group("scope")  # 急救反应时间城市≤12分钟: the scope goes first
            indicator = scope + indicator[: trailing.start()]
        scoped = out[-1].indicator if out else last_indicator
        if _SCOPE_ONLY.match(indicator) and not scoped:
            # 早孕建卡率：农村达到45%, 垃圾处理率。城市达到76%: a measure named alone before
            scoped = _measure_named(previous) or _measure_named(before)
            # …管理率城市要达到90%，农村要达到83%；到2010年城市要达到92%: the sentence before's
            scoped = scoped or (carried[0] if carried and carried[1] == first.unit else None)
        # but a level of care with a value of another unit is no scope of it (…14小时，乡镇3%)
        unit_before = out[-1].unit if out else last_unit
        other_unit = unit_before not in (None, first.unit) and re.fullmatch(_LEVELS, indicator)
        if _SCOPE_ONLY.match(indicator) and scoped and not other_unit:
            named = _SCOPE_PREFIX.sub("", scoped)
            if indicator == "城乡" and ctx.dist == "均":
                indicator = "城市和农村"  # 城乡均达95%以上: both
            indicator, name = indicator + named, "elided-subject"
        joined = re.search("[、和及]", indicator)
        if ctx.dist == "均" and indicator.endswith("城乡") and len(indicator) > 4 and not joined:
            indicator = "城市和农村" + indicator[:-2]  # 建档率城乡均达95%: each of the two
        elif ctx.dist == "均" and indicator.startswith("城乡") and len(indicator) > 4:
            indicator = (
                "城市和农村" + indicator[2:]
            )  # 城乡居民健康素养水平均达到30%: each of the two
        elif ctx.dist == "分别" and indicator.startswith("城乡") and len(group) == 2 and not joined:
            # 城乡居民…分别达到30%和25%; but 城乡居民高血压、糖尿病…分别: the items listed
            indicator = "城市和农村" + indicator[2:]
        unclosed = re.search(r"[(（][^)）]*$", indicator)
        glossed = re.search(r"[(（][^)）]*$", clause[: first.start]) is not None
        if unclosed:  # 倡导“915”(就要5克): a gloss in brackets, not an indicator
            indicator = indicator[unclosed.end() - len(unclosed.group()) + 1 :]
        if indicator.endswith((")", "）")) and not re.search("[(（]", indicator):
            indicator = indicator[:-1]  # (其中:…、8座窄桥): the bracket the last part closes
        # but the parts of a total in brackets (…80座桥梁加固维修(其中县道15座、乡道65座)) are
        # named by a word or two each
        parts = glossed and PARTS_OPENED.search(clause, 0, first.start) is not None
        goal_in = _GOAL_IN_BRACKET.search(clause, 0, first.start) if glossed else None
        if goal_in:  # 压疮发生率(目标≤0.1‰): the goal of the measure named before the bracket
            indicator = goal_in.group("name")
        if (unclosed or glossed) and len(indicator) < 3 and not parts:
            continue
        short_named = glossed and not goal_in
        named_out = _NAME_THEN_BRACKET.search(clause[: first.start]) if short_named else None
        if named_out and _short_for(indicator, named_out.group("name")):
            indicator = named_out.group("name")  # 群众对卫生状况满意率(群众满意率≥90%)
        if not indicator:
            continue
        if UNIT_NAMED_BEFORE.search(clause, max(0, first.start - 16), first.start):
            indicator = UNIT_BRACKET_END.sub("", indicator)  # 人均预期寿命（岁）：79.5
        indicator = with_topic(indicator, topic)
        earlier_said = out[-1].indicator if out else last_indicator
        verb_only = len(indicator) <= 4 and COUNT_VERB_END.search(indicator)
        if verb_only and earlier_said and boundary == 0 and indicator not in earlier_said:
            done_to = _COUNT_VERB_START.sub("", ACTION_START.sub("", earlier_said))
            verb_first = _COUNT_VERB_START.match(earlier_said)  # 新建X3个，改扩建2个
            if len(done_to) >= 4:  # 推进…门诊建设15家，提质改造4家: the same object, another verb
                named = indicator + done_to if verb_first else done_to + indicator
                indicator, name = named, "elided-subject"
        sibling_unit = out[-1].unit if out else last_unit
        listed_on = ctx.verb or (out and ctx.left.lstrip()[:1] in ("、", "，", ","))
        # B类每半年1次 after …频次提升至每季度2次: how often stands for the verb
        often = re.search(rf"(?:{PER_PERIOD})$", clause[: first.start]) is not None
        listed_on = bool(listed_on) or often
        each_measure: list[str] = []  # a group's own value of each measure one value was of
        one_value = (  # the indicators of the value before
            [t.indicator for t in out if t.number_start == out[-1].number_start]
            if out
            else list(last_measures)
        )
        if name == "indicator-comparator" and listed_on and first.unit == sibling_unit:
            sibling = _in_place_of(indicator, out[-1].indicator if out else last_indicator)
            if sibling and len(one_value) > 1 and _PEOPLE.fullmatch(indicator):
                # …甲知识和乙知识知晓率达到75%，流动人口达到70%: the group's rate of each
                each_measure = [_in_place_of(indicator, t) or sibling for t in one_value]
            if sibling:  # 大蠊不超过3只，小蠊不超过6只: the same measure of a sibling
                indicator, name = sibling, "elided-subject"
        alone = name == "indicator-comparator" and first.unit == sibling_unit
        alone = alone and bool(_MEASURE_ALONE.fullmatch(indicator)) and not _PEOPLE.match(indicator)
        subjects = _subjects_of(one_value) if alone else []
        # 甲和乙登记建档率达70%，规范化管理率达80%，控制率30%: each subject's own measure
        # (…检测率达95%，孕期检测率达90%: the same measure narrowed, of the group as one)
        narrowed = bool(subjects) and indicator.endswith(one_value[0][-3:])
        if subjects and not narrowed and not any(indicator.startswith(s) for s in subjects):
            each_measure = [s + indicator for s in subjects]
        single = one_value[0] if alone and len(one_value) == 1 else ""
        if len(single) > len(indicator) and single.endswith(indicator[-3:]):
            # 甲疾病管理率达到60%，规范管理率达到85%: the measure narrowed, of the same subject
            whose = single[: len(single) - 3]
            if not whose.endswith(indicator[:-3]) and not _PEOPLE.match(indicator):
                indicator, name = whose + indicator, "elided-subject"
        trained = _TRAINING.search(earlier_said) if earlier_said else None
        if trained and earlier_said and _ASSESSED.fullmatch(indicator):
            # 甲培训覆盖率100%，考核合格率≥95%: the pass rate of those that training trained
            indicator, name = earlier_said[: trained.end()] + indicator, "elided-subject"
        done_before = None
        if 2 <= len(indicator) <= 4 and previous and boundary == 0 and _HAN.fullmatch(indicator):
            # 继续对…人群补种乙肝疫苗，2010年再补种2810万人: the verb the clause before used with
            # its object, said again alone before the count, counts that work
            done_before = re.search(  # but not 资助项目: the whole the clause names counts
                re.escape(indicator) + _DONE_TO.pattern, clean(previous)
            ) or re.search(re.escape(indicator) + _DONE_TO_FIGURE.pattern, clean(previous))
        if done_before:
            indicator, name = indicator + done_before.group("object"), "previous-clause"
        elif len(indicator) <= 4 and previous and boundary == 0:
            head = clean(previous)
            verbal = bool(ACTION_START.match(head) or _COUNT_VERB_START.match(indicator))
            verbal = verbal or bool(_RATE_ONLY.match(indicator) and _SERVED.match(head))
            verbal = verbal or name == "count-object"  # 扩建急诊部，增加100张病床: whole
            if not verbal and not target_mentions(previous):
                named = _tail(head)
                if _PEOPLE.fullmatch(indicator) and _MEASURE_END.search(named):
                    indicator = indicator + named  # …知晓率，学生达100%: that group's rate
                else:
                    indicator = named + indicator  # 其中…: the subject the clause elides
        doing = previous or before  # the item's subject, named in the clause before
        bare_verb = len(indicator) <= 4 and COUNT_VERB_END.search(indicator) and not out
        head = clean(doing) if bare_verb and doing and boundary == 0 else ""
        if head and doing and not target_mentions(head):  # 一次性, 两癌: words, not numbers
            acted = _acted_on(doing)  # 实施…残疾学生资助项目。资助不少于…
            if acted:  # 推进…标准化建设，年底前完成80%: what the work completed is
                indicator, name = acted, "previous-clause"
        programme = False  # 启动甲和乙…教育项目，覆盖率…: the rate of one programme
        if _RATE_ONLY.match(indicator) and (previous or before) and boundary == 0:
            head = clean(previous or before or "")
            by_count = _COUNTED.match(head)  # 农村卫生厕所新增8万户，普及率达到78%
            subject = _ACTION_OBJECT.match(head) if not target_mentions(head) else None
            named = by_count.group("subject") if by_count else ""
            widened = _REACH_WIDENED.search(head) if "覆盖" in head else None
            if widened and not by_count:  # 扩大新型农村合作医疗覆盖面，参合率…: the scheme's
                named, subject = widened.group("object"), None
            named = named or (subject.group("object") if subject else "")
            programme = bool(subject and not by_count and head.endswith(("项目", "工程")))
            served = _SERVED.match(head) if not (named or target_mentions(head)) else None
            named = named or (served.group("whom") + served.group("what") if served else "")
            done = _ACTION_OBJECT_ANY.match(head) if not (named or target_mentions(head)) else None
            if done and indicator[:-1] in done.group("object"):  # 开展新生儿听力筛查，筛查率…
                named = _DONE_SUFFIX.sub("", done.group("object"))
            elif done and _REACH_RATE.fullmatch(indicator):
                named = done.group("object")  # 打造…健身圈，覆盖率…: how far what is built reaches
            if not named and _BUILT_RATE.fullmatch(indicator):
                # 在村(社区)建立心理咨询室；…，以村为单位，建成率达80%: of what was set up, said
                # in the clause before or, past a clause saying when or per what, the one before it
                set_up = (_BUILT.search(clean(words)) for words in (previous, before) if words)
                named = next((b.group("object") for b in set_up if b), "")
            stem = indicator[:-1] if len(indicator) >= 3 and not named else ""
            act_of = re.search(re.escape(stem) + _ACTED_OBJECT, head) if stem else None
            if act_of:  # 为1万名女生免费接种HPV疫苗，接种率…: the rate of the act the clause did
                named = act_of.group("object")
            provided = re.search(_PROVIDED.format(re.escape(stem)), head) if stem else None
            if provided and not act_of:  # 为…老年人提供一次免费健康体检，体检率…: the service's
                named = provided.group("service")
            if len(named) >= 2:  # 完善新型农村合作医疗制度。参合率…
                # 启动…筛查项目，筛查率达90%: the words both hold said once
                indicator, name = _joined(_tail(named), indicator), "previous-clause"
        if _RATE_ONLY.match(indicator) and opening and opening != clause and boundary == 0:
            subject = _SUBJECT.match(clean(opening))
            if subject:  # 城镇居民基本医疗保险按规定提高筹资标准，…，参保率维持在95%以上
                indicator, name = subject.group("subject") + indicator, "previous-clause"
        works = _WORKS_PROGRESS.search(indicator)
        progress_to = False  # 完成总形象进度至40%: the works go at least that far
        first_clause = opening or previous
        if works and first_clause and first_clause != clause and boundary == 0:
            # 甲工程开展主体结构施工，完成总形象进度至40%: the progress of the works (each
            # of those listed) the sentence opened with
            works_named = _WORKS_NAMED.match(clean(first_clause))
            if works_named:
                listing = split_outside_brackets(works_named.group("works"), "、")
                each = [_ASIDE_IN.sub("", w) + works.group() for _, w, _ in listing if w]
                indicator, name = each[0], "previous-clause"
                each_measure = each if len(each) > 1 else each_measure
                progress_to = clause[: first.start].rstrip().endswith(("至", "到"))
        part = _WORKS_PART.fullmatch(indicator) if first.unit in _WORKS_UNITS else None
        if part and first_clause and first_clause != clause and boundary == 0:
            # 实施甲工程，包括挡墙13.46千米，道路8.72千米: a part of the works the sentence
            # opened with, measured
            works_named = _WORKS_NAMED.fullmatch(clean(first_clause))
            if works_named:
                indicator, name = works_named.group("works") + part.group("part"), "previous-clause"
        said_before = out[-1].indicator if out else last_indicator
        if _RATE_ONLY.match(indicator) and said_before and boundary == 0:
            verb = _COUNT_VERB_START.match(said_before)
            act = said_before[verb.end() :] if verb else ""  # 完成…疫苗接种12万剂次
            who = _POPULATION.match(said_before)
            of_sibling = _SIBLING_RATE.fullmatch(said_before)
            if len(act) > len(indicator) and act.endswith(indicator[:-1]):
                # 完成…疫苗接种12万剂次，接种率…: the rate of the act just counted
                indicator, name = act + indicator[-1], "elided-subject"
            elif who and not indicator.startswith(who.group()):  # 患者管理率…，服药率…
                indicator, name = who.group() + indicator, "elided-subject"
            elif of_sibling and not said_before.endswith(indicator):
                # …项目，筛查率达90%，干预率达100%: the rate after a sibling rate is of the same
                # subject, the words both hold said once
                indicator = _joined(of_sibling.group("subject"), indicator)
                name = "elided-subject"
        share = first.unit in _SHARE_UNITS or first.fraction
        lead = _CHANGE_LEAD.match(indicator) if share and ctx.verb is None else None
        changed: Comparator | None = None
        if lead and _MEASURE_END.search(indicator):
            indicator = indicator[lead.end() :]
            changed = Comparator.decrease_by if lead.group("down") else Comparator.increase_by
        prefix = _COUNT_VERB_START.match(indicator)
        last_verb_prefix = prefix.group() if prefix else ""
        joint = indicator[prefix.end() : prefix.end() + 1] if prefix else ""
        paired = _COUNT_VERB_START.match(indicator[prefix.end() + 1 :]) if prefix else None
        if prefix and paired and joint and joint in "和及、与":
            # 新建和改造公园20个、绿道60公里: both verbs carried along the list
            last_verb_prefix = indicator[: prefix.end() + 1 + paired.end()]
        if name == "addressed-units":
            last_verb_prefix = "对"  # 和107个镇: the same 对 applies
        whole = programme and name == "previous-clause" and len(group) == 1 and not ctx.dist
        names = [indicator] if whole else split(indicator, ctx.dist, len(group) > 1)
        names = each_measure if each_measure and len(group) == 1 else names
        if len(group) > 1 and len(names) not in (1, len(group)):
            names = _fitted(indicator, ctx.dist, len(group))
        each_of = _each_listed(indicator, previous) if indicator.startswith("各") else None
        if each_of:  # 开展宫颈癌、乳腺癌筛查，各完成筛查80万人次: one count for each item listed
            names, name = each_of, "distributive"
        names = [n[:-2] if n.endswith("城乡") and len(n) > 4 else n for n in names]  # …率城乡均达
        names = [_GOAL_NAMED.sub("", n) or n for n in names]  # …基线值为60%，目标值为70%
        counts = len(names) > 1 and all(m.unit == first.unit not in RATE_UNITS for m in group)
        per_first = _PER_HEAD.match(names[0]) if counts else None
        if per_first:  # 每千人口执业医师数、注册护士数分别达到…: both per head of population
            names = [names[0]] + [
                n if n.startswith(("每", "人均")) else per_first.group() + n for n in names[1:]
            ]
        scoped_before = out[-1].indicator if out else last_indicator
        if len(names) > 1 and scoped_before and all(_SCOPE_ONLY.match(n) for n in names):
            # …服务率达到65%，城市、农村分别达到70%和60%: the same measure in each place
            measure = _SCOPE_PREFIX.sub("", scoped_before)
            names, name = [n + measure for n in names], "elided-subject"
        if ctx.dist == "各" and read.right and name in ("each", "indicator-comparator"):
            names = [n + read.right for n in names]
        if name == "share-object":  # 100%落实双岗联系人、落实协议医院
            verbs = [v for _, v, _ in split_outside_brackets(indicator, "、") if v]
            if len(verbs) > 1 and all(RIGHT_VERB.match(v) for v in verbs):
                names = verbs
            elif first.unit in ("%", "成"):
                names = _each_kind_of_unit(indicator) or names
        compared = comparator(ctx.verb, last_ctx.suffix or ctx.suffix)
        if changed is not None and compared is Comparator.eq:
            compared = changed
        if compared is Comparator.eq and paid_verb:
            upward = Comparator.ge if paid_verb[:2] in ("调高", "上调") else compared
            compared = COMPARATOR_VERBS.get(paid_verb) or upward
        capped = ctx.verb in (None, "为", "定为") and _CAP.search(indicator) is not None
        if compared is Comparator.eq and capped:
            compared = Comparator.le  # 补贴上限1,000元, 保费上限为8,000元: a cap is at most so much
        at_least = first.approx or progress_to or _AT_LEAST.search(ctx.left)
        if compared is Comparator.eq and at_least:
            compared = Comparator.ge  # 3000余人次, 至少配备2名
        if compared is Comparator.eq and shares_bound and list_bound is not None:
            compared = list_bound  # …、400场乙: the floor the list's first count was given
        bounded = ctx.verb in _BOUND_VERBS or _AT_LEAST.search(ctx.left) is not None
        if not shares_bound:
            list_bound = compared if bounded and last_verb_prefix else None
        start = first.start
        if ctx.indicator:
            skipped = len(ctx.left) - len(ctx.left.lstrip("、，,；;:：)）和及 \t"))
            found_at = ctx.left.find(ctx.indicator[:2])
            start = ctx.left_start + (found_at if found_at >= 0 else skipped)
        if len(group) > 1 and len(names) == len(group):
            pairs = list(zip(names, group, strict=True))
            name = "value-list"
        else:
            pairs = [(n, m) for m in group for n in names]
            if len(names) > 1:
                name = "distributive"
        for label, m in pairs:
            own = compared
            if m.unit != group[-1].unit and compared is not comparator(ctx.verb, ""):
                # 改造2200处、6500平方米以上: a bound said after a measure of another unit is
                # that measure's own
                suffix = SUFFIX.match(clause, m.end)
                own = comparator(ctx.verb, suffix.group("suf") or "" if suffix else "")
            out.append(
                RawTarget(
                    indicator=label,
                    comparator=own,
                    value=m.value,
                    value_max=m.value_max,
                    unit=m.unit,
                    start=start,
                    end=max(end, m.end),
                    rule=name,
                    baseline_year=ctx.baseline_year,
                    baseline_value=baseline[1] if baseline else None,
                    scope=part_scope or (scope_match.group() if scope_match else None),
                    number_start=m.start,
                    number_end=m.end,
                    reason=reason,
                )
            )
        boundary = end
    _levels_share_a_head(out)
    _object_shared_back(out, clause)
    _verbs_share_an_object(out, clause)
    _people_reached(out)
    reading.explained = [(m, reasons[m.start]) for m in every]
    return reading


def _without_sizes_bounded(
    clause: str, found: list[Mention], reasons: dict[int, str | None]
) -> list[Mention]:
    """``found`` less the sizes a comparator bounds inside a name (20%的甲、服务人口超过2万的乡镇
    卫生院配备…: which towns' clinics), so the number before reads on past them; their reason
    is set."""
    kept = found[:1]
    for i, m in enumerate(found[1:], 1):
        after = found[i + 1].start if i + 1 < len(found) else len(clause)
        ctx = context(clause, m, found[i - 1].end, after)
        if ctx.verb and in_context(clause, m, ctx) == "size-qualifier":
            reasons[m.start] = "size-qualifier"
        else:
            kept.append(m)
    return kept


# 预估将会有12.7万人受惠, 预计有8000人受益: the people a measure reaches, no one else named
_ONLY_REACHED = re.compile(
    r"(?:预计|预估|估计|将会|将|会|可|约|有|共)*(?P<verb>受惠|受益)[。，,；;]?"
)


def _measured_again(clause: str, found: list[Mention], following: int, end: int) -> str | None:
    """What a count is of when a second measure of it follows at once, in another unit
    (完成465幢23.25万平方米房屋改造: the buildings and their floor space): the words after that
    measure."""
    second = found[following]
    if second.unit in ("", "%") or second.unit == found[following - 1].unit:
        return None
    if clause[end : second.start].strip() or not _COUNTED_AFTER.match(clause, second.end):
        return None  # (建设1所100张以上床位的养老机构: the second a size of what is counted)
    after = found[following + 1].start if following + 1 < len(found) else len(clause)
    return clean(context(clause, second, second.start, after).right) or None


def _people_reached(out: list[RawTarget]) -> None:
    """A count of people said to benefit, with no group named, counts the people reached
    (受惠人数), not the act of benefiting."""
    for i, target in enumerate(out):
        reached = _ONLY_REACHED.fullmatch(target.indicator)
        if reached and target.unit in ("人", "名"):
            out[i] = replace(target, indicator=reached.group("verb") + "人数")


# A count whose object is only a level (建成20个国家级…), and the level and head of the next one
# (…和100个省级重点学科).
_LEVEL_ONLY = re.compile(r"(?P<level>(?:国家|省|市|县|区|乡镇|乡|村)级)$")
_LEVEL_HEAD = re.compile(r"(?:国家|省|市|县|区|乡镇|乡|村)级(?P<head>[\u4e00-\u9fff]{2,})$")


def _object_shared_back(out: list[RawTarget], clause: str) -> None:
    """新建中心城区25个、每个县3个社区公园: a place's count that a 、 closes with nothing
    counted counts what the list's next count names; each place is its count's scope."""
    for first, second in reversed(list(itertools.pairwise(out))):
        between = clause[first.number_end : second.number_start]
        if first.unit != second.unit or not _LIST_GAP.fullmatch(between):
            continue
        verb = _COUNT_VERB_START.match(first.indicator)
        if not verb or not _PLACE_AFTER_VERB.fullmatch(first.indicator, verb.end()):
            continue
        if not second.indicator.startswith(verb.group()):
            continue
        counted = second.indicator[verb.end() :]
        place = _PLACE_FIRST.match(counted)
        if place:
            second.scope, counted = place.group(), counted[place.end() :]
            second.indicator = verb.group() + counted
        if len(counted) >= 2:
            first.scope = first.indicator[verb.end() :]
            first.indicator, first.rule = verb.group() + counted, "count-object"


def _levels_share_a_head(out: list[RawTarget]) -> None:
    """Counts of levels joined before one noun each count that noun of its level:
    建成20个国家级和100个省级重点学科 → 国家级重点学科, 省级重点学科."""
    for first, second in reversed(list(itertools.pairwise(out))):
        level = _LEVEL_ONLY.search(first.indicator)
        head = _LEVEL_HEAD.search(second.indicator)
        alone = _LEVEL_ONLY.fullmatch(first.indicator) is not None  # 市级不少于8家、县级…
        same = first.unit == second.unit and (first.rule == second.rule or alone)
        if level and head and same:
            first.indicator += head.group("head")


def _verbs_share_an_object(out: list[RawTarget], clause: str) -> None:
    """建设15个、提升改造20个基层中医馆: counting verbs listed, each with its count, before the
    one object they all count."""
    for first, second in reversed(list(itertools.pairwise(out))):
        between = clause[first.number_end : second.number_start]
        if first.unit != second.unit or not _LIST_GAP.fullmatch(between):
            continue
        said = second.indicator
        verb = next((i for i in range(2, len(said)) if COUNT_VERB_END.fullmatch(said[:i])), 0)
        if verb and COUNT_VERB_END.fullmatch(first.indicator):
            counted = said[verb:]
            if len(counted) >= 2:
                first.indicator, first.rule = first.indicator + counted, "count-object"


def clause_targets(
    clause: str,
    previous: str | None = None,
    last_indicator: str | None = None,
    topic: str | None = None,
    before: str | None = None,
    permissive: bool = False,
    last_unit: str | None = None,
    opening: str | None = None,
    carried: tuple[str, str] | None = None,
    last_measures: tuple[str, ...] = (),
    listed_under: str | None = None,
) -> list[RawTarget]:
    """The targets of :func:`read_clause`."""
    return read_clause(
        clause,
        previous,
        last_indicator,
        topic,
        before,
        permissive,
        last_unit,
        opening,
        carried,
        last_measures,
        listed_under,
    ).targets


def explain(clause: str) -> list[tuple[Mention, str | None]]:
    """Every number of ``clause`` with the reason it is not a target (None: it is one)."""
    return read_clause(clause).explained
