"""The target rules as data: an ordered table of :class:`Rule` values, each with the sentences
it reads. :func:`healthplan.extraction.clauses.read_clause` takes the numbers of a clause
that the classifier (:mod:`.classify`) accepts, builds each one's :class:`Context` (the words
before it, its verb, the words after it) and lets the first rule that applies name the
indicator. The phrase lists the rules read (verbs, comparators, units, qualifiers) are in
:mod:`.phrases` and :mod:`.numbers`; each rule's examples are tests
(``tests/test_extraction_rules.py``) and rows of the table in ``docs/extraction.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from healthplan.extraction.numbers import RATE_UNITS, Mention
from healthplan.extraction.phrases import (
    BASELINE,
    COMPARATOR_VERBS,
    COUNT_VERB_LAST,
    EACH_GETS,
    HAVE,
    HEAD_END,
    ITEM_VERB_OPENS,
    KEEP_VERBS,
    LEAD_FLUFF,
    RIGHT_VERB,
    SCOPE_UNIT,
    SCOPES,
    SUFFIX,
    TRAIL_FLUFF,
    VERB_BEFORE,
    VERBS_ONLY,
    WORK_VERBS,
)
from healthplan.extraction.text import split_outside_brackets
from healthplan.model.plan import Comparator

__all__ = ["RULES", "Context", "Reading", "Rule", "clean", "comparator", "context", "split"]

_HEAD_START = re.compile(
    r"患者|人群|系统|死亡|发病|患病|接种|筛查|健康管理|规范化?管理|管理|覆盖|无害化|处置|检查|签约|服务(?!中心|站)|住院|门诊|就诊|手术|床位|"
    r"占比|比例|均次|次均|费用|处理|利用|达标|合格|普及|知晓|参保|财政|补助|经费|资金|"
    r"感染|检测|治疗|用药|干预|随访|近视|母婴|登记|建档|控制|治理|记录|完好"
)  # where the head an indicator list shares begins: 孕产妇、婴儿|死亡率
_ADDRESSED = re.compile(
    r"(?P<verb>开展|进行|实施|组织|安装|配备|配置|建设|建立|设立|开设|推行)(?P<object>[^，,。；]{2,40})$"
)
# …幼儿园全面提档升级: works done to the units the count names, said after them with no object
_WORKS_DONE_TO = re.compile(
    r"(?:全面|整体|集中)?(?P<verb>提档升级|升级改造|改造提升|提升改造|提标改造|标准化改造|改扩建|维修改造|改造)$"
)
_ADDRESSEE = re.compile(r"(?:对|在)(?:全市|全县|全区|全省|辖区内?|全部|所有)?$")
# 在全省66个县为17万名妇女…: the places a work is done in; 为 after them is "for", no copula
_PLACES_SERVED_IN = re.compile(r"在[^，,。；;为]{0,6}\d+[个所家][\u4e00-\u9fff]{1,4}$")
_SERVED = re.compile(r"[\u4e00-\u9fff]{1,4}(?P<for>为)$")
# 给予村卫生室8万元补助: a sum, then what it is paid as.
_HAS = re.compile(rf"(?:^现|(?<=[\u4e00-\u9fff）)])(?:至少|均|都|要|应|将|会|现)?){HAVE}$")
# (中医药服务占比提升至门诊总量的35%: the share raised to a part of a whole, 占比 said first)
_CHANGES = ("提升", "提高", "增加", "降低", "下降")
_OF_WHOLE = re.compile(
    r"(?:占比|比重|比例)?(?:一般|原则上)?(?:要|将|应)?"
    rf"(?P<verb>达到|超过|不低于|不少于|不超过|不高于|(?:{'|'.join(_CHANGES)})[至到])"
    # (降低到2015年的80%, 提高到上年的110%: a level against an earlier one, no part of a whole)
    r"(?!\d{4}年|上年|去年|同期|基期)(?P<whole>[^，,。；的]{2,20}?(?:的[^，,。；的]{2,12})?)的$"
)
# 诊疗量占总诊疗量的65%以上, 要占…的30%: a share of a whole with a bound or a modal on it; without
# either (占全省人口的14.4%) it tells a fact
_SHARE_OF = re.compile(
    r"(?P<modal>要|应|应当|须|必须|力争|确保)?占(?P<whole>[^，,。；的比]{2,20})的$"
)
_HOW = re.compile(r"(?:全面|普遍|积极|深入|广泛|均|都|全部)+$")  # 8个县全面开展: how, not who
_PAID_AS = re.compile(r"^的?(?:补助|补贴|奖补|奖励|经费|资金|专项资金)")
# 及 inside a word (及时, 及格, 普及, 涉及, 惠及) joins nothing: 普及率 is one rate, not 普 and 率
_JI_PREFIXED = "普涉危惠顾触企"
# 以及 joins as 及 does, said whole (…800场电影放映以及600场…: no 以 left to the item before)
_JOINT = re.compile(rf"、|和|以及|(?<![{_JI_PREFIXED}])及(?![时格早])")
_ITEM = r"(?:(?!包括|开展)[^，,。；、]){1,14}"
# 中等, 高等, 同等…: a word, not the 等 that closes a list of examples
_ETC = re.compile(r"(?<![中高初同平相对])等")
_EXAMPLES = re.compile(rf"^(?:{_ITEM}、)+{_ITEM}(?<![中高初同平相对])等(?=[\u4e00-\u9fff])")
# 打通城西大道向北延伸等断头路3处, 整治104国道新塘路口等交通堵点: a work, one place named by
# its own long name (or its number) as an example, then the kind counted; the kind names it
_NAMED_EXAMPLE = re.compile(
    rf"^(?P<verb>{WORK_VERBS})(?!.*(?:{WORK_VERBS}).*等)"  # (建档立卡农民提供…等: no name, a work)
    r"(?:[^，,。；、等\d]{6,14}|[^，,。；、等]{0,10}\d[^，,。；、等]{0,10})"
    r"(?<![中高初同平相对])等(?=[\u4e00-\u9fff]{2})"
)
# 用人单位负责人、劳动者|职业卫生培训率: people who share the rate after them.
_PERSON_WORD_END = re.compile(r"(?:[人者员师生士工户民]|人口)$")
# 暗娼、孕妇、新生儿: groups a list names, though not all end in 人 or 者 (the list a measure's)
_PEOPLE_END = re.compile(rf"{_PERSON_WORD_END.pattern}|(?:[妇儿娼]|人群)$")
# The people a list of items opens with (孕产妇艾滋病、梅毒…检测率): whose the items are.
_WHOSE = re.compile(
    r"^[\u4e00-\u9fff]{0,4}?(?:孕产妇|孕妇|产妇|儿童|新生儿|婴儿|妇女|老年人|居民|学生)"
)
_ANY_PEOPLE = re.compile(r"孕|产妇|儿|妇女|老年|居民|学生|患者|人群|[人者员]")
_GROUP_END = re.compile(r"(?:[人者员师生士工户民]|人口|人群|儿童|妇女|孕产妇|老人|患者|家庭)$")
_PEOPLE = re.compile(
    r"^[\u4e00-\u9fff]{1,6}?(?:人群|儿童|妇女|[人者员师生士工户民妇儿娼]|人口)+(?=[\u4e00-\u9fff]{2})"
)
_SCOPE = re.compile(r"^(?:城市|农村|城镇|城区|乡村|县城|市区|城乡)")
_OWN_OWNER = re.compile(rf"{_WHOSE.pattern}|{_SCOPE.pattern}|\d")
_SCOPE_WORD = re.compile(rf"^(?:{SCOPES})$")
# Words before a number that only say how (免费, 依托): what is counted comes after it.
_MEANS = re.compile(r"免费|依托|通过|利用|借助|动员|带动|引导|免费为|为")
# 师市计划为2万名老年人提供…, 将向约12万名儿童发放…: whom a service is for, after who plans
# it — the count is of the people served (not 成为, 作为, 分为 …)
# (…计划对全市1360名患者免费实施手术: 对 the people the service is done to; not 针对, 面对)
_SERVED_BY = re.compile(
    r"(?:(?<![成作定命分更改评视称列])(?:为|向)|(?<![面针相绝核比应])对)[^，,。；;为向对\d]{0,8}$"
)
_SERVICE_VERB = re.compile(r"提供|开展|发放|实施|进行|接种|免费|安排|办理")
# …计划为, …将为 (为 read as the verb before the number): who plans the service, said before it
# (五年为…, 三年内为…: the span it is planned over, said as the time it takes)
# (在全市范围内为…, 在辖区内为…: where the service is given, said before whom it is for)
# (…医院将免费为…: free of charge, said of a service only, so the people after 为 are served)
_PLANNED_FOR = re.compile(
    r"(?:计划|将|拟|要|准备|预计|今年|年内|全年|[一二三四五六七八九十两]年内?"
    r"|范围内|辖区内?|全[省市县区]|免费)$"
)
_PEOPLE_UNITS = ("名", "人", "人次", "户", "对", "例", "位")


def _served(r: Reading) -> bool:
    """A count of people, then what is done for them, after who plans it (…计划为2万名老年人
    提供…, 向约12万名儿童发放…); not how often a service named before the count is given
    (为老年人提供一次…)."""
    if r.group[0].unit not in _PEOPLE_UNITS or not _SERVICE_VERB.search(r.right):
        return False
    by = _SERVED_BY.search(r.ctx.indicator)
    if by:
        return not _SERVICE_VERB.search(by.group())
    return r.ctx.verb == "为" and _PLANNED_FOR.search(r.ctx.left) is not None


# 提供地贫、唐氏综合征的产前筛查: the conditions a service covers, listed before its name.
# 照护网内的8成病友接受…: where the units are, their share, what they are, then what they do
_UNITS_THEN_VERB = re.compile(rf"[\u4e00-\u9fff]{{1,8}}?(?:{RIGHT_VERB.pattern})")
_SERVICE_LIST = re.compile(r"(?<=提供|开展|进行|实施)[^，,。；的]{1,40}、[^，,。；的]{1,40}的")
# 为1200名6-12岁符合条件的学生进行…: an age span, and the words up to 的 if it has them, say
# which of the people are served; the people and the service name the indicator
_AGED = re.compile(r"\d+(?:[-~～至到]\d+)?周?岁(?:及以上|以上|及以下|以下)?")
_QUALIFIED_THEN = re.compile(
    rf"[^，,。；;的]{{1,20}}?的(?=[^，,。；;的]*?(?:{_SERVICE_VERB.pattern}))"
)


def _whom_served(right: str) -> str:
    """What a count of people served names, the age span qualifying them left out."""
    aged = _AGED.match(right)
    if not aged:
        return right
    rest = right[aged.end() :]
    qualified = _QUALIFIED_THEN.match(rest)
    if qualified and not _SERVICE_VERB.search(qualified.group()):
        rest = rest[qualified.end() :]
    return rest if _SERVICE_VERB.search(rest) else right


# An aside in brackets: what a name includes (含…, 如…), or examples of it listed (…、…等)
_ASIDE = re.compile(
    r"[(（](?:(?:包括|包含|含|如|即|指|涵盖|主要(?:包括|是)?)[^()（）]{2,60}"
    r"|[^()（）]{1,30}、[^()（）]{1,30}等"
    # 足球场(标准11人制足球场、5人制足球场), 重点环节(手卫生、消毒隔离)合规率: the kinds listed,
    # each a name of its own (not the levels of 县(市、区), one character each)
    r"|[^()（）、]{3,30}(?:、[^()（）、]{3,30})+)[)）]"
)
_ROLE_ASIDE = re.compile(
    r"[(（〔【](?:牵头|责任|配合|协办|主办|承办|负责|参与)?(?:单位|部门|处室|科室)[^()（）〔〕【】]*[)）〕】]"
)
_DEGREES = re.compile(r"[轻中重高低]度?[、和及至][轻中重高低]度")
_SLOGAN = re.compile(r"[“\"「][一二三四五六七八九十两]个$")
# A list inside a qualifier of one measure, opened by a preposition or closed by a verb before
# 的 (对托育机构卫生保健、…的指导覆盖率; 因甲、乙导致的住院率), unlike subjects heading it
# (孕妇乙肝、梅毒的检测率)
_QUALIFIER = re.compile(
    r"^(?:对|因|由|经|经过|通过|在)|(?:导致|引起|所致|造成|参与|提供|开展|实施)的"
)
_MEASURE_OF = re.compile(r"的[\u4e00-\u9fff]{0,3}(?:率|比例)$")
# 艾滋病病毒感染者和病人 (患者): those who live with the virus, one group
_ONE_GROUP = re.compile(r"感染者[和及与、](?:病人|患者)")
# The units a list's items are of, when the first item follows them (基层医疗卫生机构康复、护理
# 床位数占比): a body's name, then a short item and a joint
_BODY_OWNER = re.compile(
    r"^[\u4e00-\u9fff]{2,10}?(?:医院|医疗机构|卫生机构|机构|卫生院|中心|学校)(?=[^、和及与]{2,4}[、和及与])"
)
_PRECURSOR = re.compile(r"[及和与]其?癌前病变")  # a cancer and the lesions before it: one condition
_RATE_END = re.compile(r"[\u4e00-\u9fff]{2}率$")
_SIGN_CELL = re.compile(r"\s*(?:[≥≤<>≧≦＞＜]=?|不低于|不少于|不超过|达到)?\s*")
_DEFINED = re.compile(r"(?P<name>[^=＝]{2,30}?)[=＝][^=＝]*[/÷]")
_WORDS_WITH_JI = re.compile(rf"(?<=[{_JI_PREFIXED}])及|及(?:[时格早]|以[上下])")


@dataclass
class Context:
    """What surrounds a number in its clause: ``left`` runs from the end of the previous
    target, ``right`` to the next number; ``indicator`` is ``left`` cleaned of fluff."""

    left: str
    left_start: int
    verb: str | None
    dist: str | None
    baseline_year: int | None
    suffix: str
    suffix_end: int
    right: str
    right_end: int
    indicator: str = ""
    slogan: bool = False  # the number is a slogan's (“三个90%”): one value for the rates before it


# memoised: a clause's context and the clause before it are cleaned again for each number
# read, four tries in ten repeat one of the same document
@lru_cache(maxsize=8192)
def clean(text: str) -> str:
    """An indicator phrase without leading fluff (确保, 到2025年, 1.), trailing particles,
    scope phrases (以乡镇为单位), asides that list what it covers (知晓率（包括…）) and who is
    responsible (（责任单位：市卫健委）); the qualifiers it holds stay (5岁以下儿童死亡率)."""
    text = _ROLE_ASIDE.sub("", _ASIDE.sub("", SCOPE_UNIT.sub("", text)))
    if "|" in text:  # …经费 | 新建急救站2个: a row run on one line, the value's cell names it
        cells = text.split("|")
        signed = len(cells) > 1 and _SIGN_CELL.fullmatch(cells[-1])  # 检查率 | >70%, 就诊率 | 90%
        text = (cells[-2] if signed else cells[-1]).strip()
    defined = _DEFINED.match(text)
    if defined:  # 建档率=建档人数/常住居民数*100%: the rate, not its formula
        text = defined.group("name")
    examples = _EXAMPLES.match(text)  # 集贸市场、饭店、宾馆等重点行业有蝇房间
    if examples and len(text) - examples.end() >= 4:
        text = text[examples.end() :]
    named = _NAMED_EXAMPLE.match(text)
    if named:
        text = named.group("verb") + text[named.end() :]
    based = _ON_BASIS.match(text) if "基础上" in text else None
    if based and HEAD_END.search(based.group("name")):
        text = based.group("name")
    previous = None
    while previous != text:
        previous = text
        text = LEAD_FLUFF.sub("", text)
        text = TRAIL_FLUFF.sub("", text)
        text = text.strip("“”\"'") if text.count("“") != text.count("”") else text
    return text


# 在原携带率基础上降低1个百分点: the measure a change is made to, named between 在 and 基础上
_ON_BASIS = re.compile(r"^在(?:原有?|现有|目前)?(?P<name>[^，,。；;]{2,}?)的?基础上$")


def comparator(verb: str | None, suffix: str) -> Comparator:
    """The comparator the verb before a number and the suffix after it state."""
    implied = COMPARATOR_VERBS.get(verb) if verb else None
    if implied in (Comparator.increase_by, Comparator.decrease_by):
        return implied  # 降低2个百分点以上: a relative change, however much
    if suffix in ("左右", "") and verb in KEEP_VERBS:
        # 保持在45%左右, 常年保持100%: a level to hold, neither a floor nor a ceiling
        return Comparator.eq
    if suffix in ("以上", "及以上"):
        return Comparator.gt if implied is Comparator.gt else Comparator.ge
    if suffix in ("以下", "及以下", "以内", "之内"):
        return Comparator.le
    return implied if implied is not None else Comparator.eq


# A verb of change said around the indicator it changes: 提高…至, 降低…到.
_WRAPPED = re.compile(
    r"(?P<lead>[\s，,、；;]*)(?P<verb>提高|提升|增加|扩大|调升|调高|上调|降低|下降|减少|缩短)"
    r"(?P<what>[^，,。；;\d]{2,24}?)(?P<to>[至到])(?:每人每年|每人每月|每人|每月|每年|人均)?$"
)


_HAS_ALONE = re.compile(r"^(?:累计|共|力争|要|将)?有$")
_DATED_VALUE = re.compile(r"(?<=[到至在])\s*20\d\d\s*年(?:底|末)?的?$")


def _own_item(clause: str, boundary: int, mention: Mention) -> int:
    """Where the work a count belongs to opens: after the last 、 before it that a verb of its
    own follows (…助餐点建设、完成2个…; …改扩建施工、实现安置房建设100万平方米), unless what the
    、 closes is a verb alone (新建、改扩建卫生院10所: both verbs the work's). Not for rates:
    建卡、建证率, 管理率、筛查率 are measures listed, not works."""
    if mention.unit in RATE_UNITS:
        return boundary
    for opened in reversed(list(ITEM_VERB_OPENS.finditer(clause, boundary, mention.start))):
        if "率" in clause[opened.end() : mention.start]:
            continue
        before = clause[boundary : opened.start()]
        item = re.split(r"[、，,；;]", before)[-1]
        if not VERBS_ONLY.fullmatch(item.strip()):
            return opened.end()
    return boundary


def context(clause: str, mention: Mention, boundary: int, next_start: int) -> Context:
    """The context of ``mention``: from ``boundary`` (end of the previous target) to
    ``next_start`` (the next number that may be a target)."""
    boundary = _own_item(clause, boundary, mention)
    left = clause[boundary : mention.start]
    baseline_year = None
    base = BASELINE.search(left)
    if base:
        named = base.group("year") or base.group("year_at") or base.group("year_of")
        baseline_year = int(named) if named else None
        left = left[: base.start()] + left[base.end() :]
    dated = _DATED_VALUE.search(left) if "年" in left[-4:] else None
    if dated and not clean(left[: dated.start()]).strip("到至在"):
        dated = None  # 到2025年30%的…: the year opens the clause, a deadline, not the value's
    if dated:  # 提升到2020年的20%: the year the value is due, between the verb and the value
        left = left[: dated.start()]
    slogan = _SLOGAN.search(left) if left.endswith("个") else None
    if slogan:  # 发现率、治疗率和治疗有效率“三个90%”: the one value of each rate named
        left = left[: slogan.start()]
    verb_match = VERB_BEFORE.search(left, max(0, len(left) - 40))  # it ends the words: look near
    verb = dist = None
    if slogan:
        verb_match, dist = None, "均"
    if verb_match:
        verb = verb_match.group("verb")
        dist = verb_match.group("dist") or verb_match.group("dist2")
        dist = "均" if dist == "都" else dist
        per = verb_match.group("per")  # 床位数达到每千人口6张
        # 床位数每千人口1.2张: no verb, the words stay as written
        stop = verb_match.end("per") if per and not verb else verb_match.start()
        left = left[:stop]
        if per and verb and not left.lstrip("，,、 ").startswith(per):
            left = per + left.lstrip("，,、 ")
    places = _PLACES_SERVED_IN.search(left) if verb == "为" else None
    if places:  # …whom it serves are counted, named by the words after the count
        left = left[: places.start()]
    wrapped = _WRAPPED.match(left) if verb is None and ("至" in left or "到" in left) else None
    if wrapped:  # 提高村卫生室运行经费补助至6000元: the verb said around what it changes
        verb = wrapped.group("verb") + wrapped.group("to")
        left = wrapped.group("lead") + wrapped.group("what")
    whole = _OF_WHOLE.search(left) if verb is None else None
    if whole and whole.group("verb").startswith(_CHANGES) and mention.unit != "%":
        whole = None  # 增加至先进城市的2.5: a level as high as another's, not a share of it
    if whole:  # 试点县数量要达到全国县总数的40%: a share of a whole, compared by its verb
        verb = whole.group("verb")
        left = f"{left[: whole.start()]}占{whole.group('whole')}比例"
    suffix = SUFFIX.match(clause, mention.end)
    bound = suffix.group("suf") if suffix else None
    share = _SHARE_OF.search(left) if verb is None and mention.unit == "%" else None
    if share and (share.group("modal") or bound in ("以上", "及以上", "以下", "及以下")):
        left = f"{left[: share.start()]}占{share.group('whole')}比例"
    suffix_end = suffix.end() if suffix else mention.end
    right_end = next_start
    right = clause[suffix_end:right_end]
    joints = [m.start() for m in _JOINT.finditer(right)]
    if next_start < len(clause) and joints:
        # 筛查4000人、甲检查1000人: a joint right after the count opens the next item
        right_end = suffix_end + (0 if joints[0] == 0 else joints[-1])
        right = clause[suffix_end:right_end]
    # 投入200亿元对1200所县医院…进行改造: the 对 before the next number addresses its units
    addressee = _ADDRESSEE.search(right) if next_start < len(clause) and "对" in right else None
    if addressee and addressee.group().startswith("对"):
        right_end = suffix_end + addressee.start()
        right = right[: addressee.start()]
    # 在28个县为3.6万名妇女免费检查…: the places a work is done in, then 为 and whom it
    # serves, counted by the next number
    served = _SERVED.match(right) if next_start < len(clause) else None
    if served and _PLACES_SERVED_IN.search(clause[: suffix_end + served.start("for")]):
        right_end = suffix_end + served.start("for")
        right = right[: served.start("for")]
    # 为30个村卫生室各配备1台…: 各 and its verb open what each unit gets, the next number's
    each = EACH_GETS.search(right) if next_start < len(clause) else None
    if each:
        right_end = suffix_end + each.start()
        right = right[: each.start()]
    cut = re.search(r"[(（][^)）]*$", right)  # an unclosed parenthesis: stop before it
    if cut:
        right_end = suffix_end + cut.start()
        right = right[: cut.start()]
    closing = re.search(r"^[^“]*”", right)  # …达到85%以上”的目标: the quotation ends there
    if closing:
        right_end = suffix_end + closing.end() - 1
        right = right[: closing.end() - 1]
    return Context(
        left=left,
        left_start=boundary,
        verb=verb,
        dist=dist,
        slogan=bool(slogan),
        baseline_year=baseline_year,
        suffix=(suffix.group("suf") or "") if suffix else "",
        suffix_end=suffix_end,
        right=right,
        right_end=right_end,
    )


# 市、县、乡三级医疗机构…覆盖率分别达到100%、95%、90%: levels listed, a value for each (or one
# value for all: 市、区县疾控机构…达标率达到100%)
_LEVELS_LISTED = re.compile(
    r"^(?P<levels>[省市县区乡镇村]{1,2}级?(?:、[省市县区乡镇村]{1,2}级?)+)(?:[二两三四五]级)?(?P<rest>[^、和及与]{4,})$"
)

# 一级、二级医院…, 二级和三级公立医院…: grades listed before the units they grade
_GRADES_LISTED = re.compile(
    r"^(?P<grades>[一二三]级?(?:[、和及与][一二三]级?)*[、和及与][一二三]级)"
    r"(?P<rest>(?:及以上)?[^、和及与]{4,})$"
)


_ACT_END = re.compile(r"(?:检查|筛查|普查|接种|培训|救治|治疗|随访)$")


def split(indicator: str, dist: str | None, several: bool) -> list[str]:
    """The indicators a list in ``indicator`` names, ``dist`` the word giving the value to each
    (均, 分别, 各) and ``several`` whether it has a value for each (see ``_split``)."""
    owner = _BODY_OWNER.match(indicator)
    if owner:  # 二级医院儿科、产科床位使用率: the units whose items are listed, before each
        names = _split(indicator[owner.end() :], dist, several)
        if len(names) > 1:
            return [owner.group() + n for n in names]
    return _split(indicator, dist, several)


def _split(indicator: str, dist: str | None, several: bool) -> list[str]:
    """``孕产妇和儿童系统管理率`` (with 均 or without) → two indicators; ``告知率和设置率`` →
    two (each names its own rate); ``用人单位负责人、…人员及劳动者职业卫生培训率`` → three (people
    sharing a rate); one when the list is a single phrase (``轻、中度贫血患病率``,
    ``粉尘、毒物等…合格率``) or qualifies one thing measured (``对…、…的指导覆盖率``): the list
    rule of eval/corpus/README.md as the lead revised it at stop 27."""
    strong = dist in ("均", "分别") or several
    levels = _LEVELS_LISTED.match(indicator) if dist == "分别" or not several else None
    if levels:
        named = levels.group("levels").split("、")
        return [lv + ("" if lv.endswith("级") else "级") + levels.group("rest") for lv in named]
    grades = _GRADES_LISTED.match(indicator)
    ranks = re.split("[、和及与]", grades.group("grades")) if grades else []
    if grades and (dist in ("均", "分别") or all(g.endswith("级") for g in ranks)):
        # 二级、三级公立医院…率: the grades of one kind of unit, each with the rest (一、二级医院…
        # with a value each too; with one value the grades are one word's, 3b)
        return [g.rstrip("级") + "级" + grades.group("rest") for g in ranks]
    masked = _WORDS_WITH_JI.sub(lambda m: "\ue000" + m.group()[1:], indicator)  # 及时, 及以上
    masked = masked.replace("以及", "及")  # …管理率以及…普及率: the joint is 以及, not 及
    parts = split_outside_brackets(masked, "、和及与")
    pieces = [p.replace("\ue000", "及") for _, p, _ in parts if p]
    joined = any(sep in "和及与" for _, p, sep in parts[:-1] if sep)
    if _DEGREES.search(indicator) or _ONE_GROUP.search(indicator):
        return [indicator]  # 轻、中度贫血患病率: one range; 感染者和病人: one group of people
    precursor = _PRECURSOR.search(indicator)
    if precursor and indicator.endswith("癌", 0, precursor.start()):
        # 宫颈癌及癌前病变患者治疗率: the cancer, then the lesions before it, each named whole
        cancer, rest = indicator[: precursor.start()], indicator[precursor.end() :]
        return [cancer + rest, cancer + "前病变" + rest]
    seps = [sep for _, _, sep in parts]
    measures = _measures_of_one_subject(pieces, seps) or _listed_then_measures(pieces, seps)
    if measures:
        return measures
    groups = all(_GROUP_END.search(p) for p in pieces[:-1])
    if joined and not strong and groups and not HEAD_END.search(pieces[-1]):
        return [indicator]  # 休养员、康复者和病人生活得到改善: no measure the groups head
    middle = pieces[1:-1]
    kinds_listed = middle and all(len(p) == 1 for p in middle) and len(pieces[-1]) >= 3
    if dist in ("均", "分别") and not several and kinds_listed and HEAD_END.search(pieces[-1]):
        # 猪、牛、羊定点屠宰率均达…; 上市猪、牛、羊肉…合格率均达…: one-character kinds,
        # the first after what they share before, the last before the head they share
        before, tail = pieces[0][:-1], pieces[-1][1:]
        kinds = [pieces[0][-1], *middle, pieces[-1][0]]
        return [before + kind + tail for kind in kinds]
    listed = dist == "分别" and several and _HEAD_START.search(pieces[-1], 1)
    single = any(len(p) == 1 for p in pieces) and not listed  # 中央、省、市县财政补助…分别为
    if len(pieces) < 2 or _ETC.search(pieces[-1]) or single:
        return [indicator]  # 粉尘、毒物等…合格率: examples of one; 轻、中度: one range
    own_rates = all(_RATE_END.search(p) for p in pieces)  # 检查的开展率、…的培训率: each its own
    if any("的" in p for p in pieces[1:-1]) and not own_rates:
        return [indicator]  # 感染甲和乙的孕产妇及…比例: the joint is inside a modifier
    qualifier = _QUALIFIER.search(indicator) or not (groups or _MEASURE_OF.search(pieces[-1]))
    if not strong and "的" in pieces[-1][1:] and not own_rates and qualifier:
        # 对…、…和…的指导覆盖率, 因…导致的死亡率, 防病、保健的…知识知晓率: the list qualifies
        # one thing measured; 孕妇乙肝、梅毒的检测率, 甲人员和乙人员的…合格率: each item's own
        return [indicator]
    if _LEVEL.fullmatch(pieces[0]) and _LEVEL.match(pieces[-1]):
        return [indicator]  # 国家和省级健康县区比例: levels of one kind of unit
    people = all(_PEOPLE_END.search(p) for p in pieces[:-1]) and _PEOPLE.search(pieces[-1])
    # but 危重孕产妇、新生儿救治中心: one kind of unit serving the groups, no measure of each
    people = people and (HEAD_END.search(pieces[-1]) or _PERSON_WORD_END.search(pieces[0]))
    patients = _groups_and_patients(pieces)
    if patients:
        return patients
    items = (
        None
        if people
        # 负责人、管理人员和工人…: people, each whole (below)
        else (
            _items_before_head([p for _, p, _ in split_outside_brackets(indicator, "、")])
            or _bodies_before_head(pieces)
            or _items_before_head(pieces)
        )
    )
    if items:
        return items
    if dist == "各":  # each of the units listed with 、 (危重儿童和新生儿救治中心 is one)
        # 宫颈癌和乳腺癌检查各2000人: an act done for each of the things 和 joins
        acts = _split(indicator, "均", False) if _ACT_END.search(indicator) else []
        return (
            acts
            if len(acts) > 1
            else [p for _, p, _ in split_outside_brackets(indicator, "、") if p]
        )
    heads = [bool(HEAD_END.search(p)) for p in pieces]
    shared_head = (
        len(pieces) == 2
        and len(pieces[0]) <= 8
        and HEAD_END.search(pieces[-1])
        and _HEAD_START.search(pieces[-1], 1)
    )  # 生活垃圾和生活污水处理率
    if joined and not strong and not (all(heads) or people or shared_head):
        return [indicator]  # 和 joins indicators when each names its own or they share a head
    short_heads = heads[-1] and all(len(p) <= 5 for p in pieces[:-1])  # 城市、农村居民…率
    if not (strong or all(heads) or people or short_heads or shared_head):
        return [indicator]
    last = pieces[-1]
    scope = _SCOPE.match(last) if _SCOPE_WORD.match(pieces[0]) else None
    if scope:  # 城市、农村居民健康素养水平: scopes of one indicator
        return [p + last[scope.end() :] if p is not last else p for p in pieces]
    person = _PEOPLE.search(last) if people else None
    head = person or _HEAD_START.search(last, 1) or HEAD_END.search(last)
    if head is None:
        return pieces  # 三级医院、二级医院和基层医疗卫生机构分别达到3家、5家和20家: each whole
    shared = last[head.end() if person else head.start() :]
    cut = len(pieces[0])
    alike = len(pieces) == 2 and cut <= 3 and len(last) - cut >= 3
    if alike and last[cut - 1] == pieces[0][-1] and not person:
        shared = last[cut:]  # 红色、橙色高危孕产妇…率: two kinds alike, the rest of it shared
    names = [
        p if h or p is last else _joined(p, shared) for p, h in zip(pieces, heads, strict=True)
    ]
    item = last[: len(last) - len(shared)]
    if not person and item.endswith("的") and len(item) >= 3:
        # 孕妇地贫、唐氏综合征的筛查率: the last item like the others, of whom the first is
        names = _owned([*names[:-1], item[:-1] + shared])
    if not (people or heads[0]):  # 农村生活垃圾、污水治理率: both 农村's
        names = _owned(names)
    first = pieces[0]
    whose = _WHOSE.match(first) if all(heads) else None
    for i, piece in enumerate(pieces[1:], 1):
        own = HEAD_END.search(piece)
        stem = len(piece) - (len(own.group()) if own else 0)
        if own and len(piece) <= 4 and len(first) >= stem + 3:
            # 12月龄儿童建卡、建证率; 3个月内诊断率、治疗率 (the first names its own head)
            cut = len(piece) if first.endswith(own.group()) else stem
            names[i] = first[: len(first) - cut] + piece
        elif own and len(piece) <= 6 and whose and not _ANY_PEOPLE.search(piece):
            # 新生儿遗传代谢性疾病筛查率和听力筛查率: a measure named whole but for its people,
            # who are the first's
            names[i] = whose.group() + piece
    return names


def _groups_and_patients(pieces: list[str]) -> list[str] | None:
    """``65岁以上老年人、高血压、2型糖尿病患者…管理率``: groups of people listed with diseases
    whose patients the last names; 患者 goes to the diseases, not to a group already of people."""
    last = pieces[-1]
    at = last.find("患者")
    rest = last[at + 2 :] if at > 0 else ""
    before = pieces[:-1]
    if not (rest and HEAD_END.search(rest)) or any("的" in p or len(p) > 8 for p in before):
        return None
    groups = [bool(_GROUP_END.search(p)) for p in before]
    if not any(groups) or all(groups):
        return None
    return [p + rest if g else p + "患者" + rest for p, g in zip(before, groups, strict=True)] + [
        last
    ]


# A measure named by what is done (建卡, 管理, 转诊) or by which doses it counts (单苗, 全程,
# 第2剂次): listed after a subject, each is a measure of that subject (建卡、建证率; 家犬登记、
# 管理率).
_MEASURE_KIND = r"单苗|全程|首剂|首针|加强|基础|第[\d一二三四五六七八九十]{1,2}(?:剂次|剂|针)"
_MEASURE_ACT = (
    r"规范化?管理|健康管理|系统管理|建卡|建证|建档|建册|登记|管理|筛查|诊断|治疗|干预|随访|接种|"
    r"检测|转诊|知晓|服用|服药|报告|发现|发放|佩戴|设置|使用|覆盖|控制|处理|普及|参保|签约|就诊|"
    r"救治|复诊|到位|完好"
)
# …完好率和正确使用率, …报告率、及时报告率: the manner of an act measured apart
_MEASURE_MANNER = r"正确|及时|按时"
_MEASURE_ITEM = re.compile(
    rf"^(?P<kind>{_MEASURE_KIND})?(?:{_MEASURE_MANNER})?(?P<act>{_MEASURE_ACT})"
    r"[\u4e00-\u9fff]{0,3}?(?:率|比例)$"
)
_MEASURE_AT = re.compile(rf"{_MEASURE_KIND}|{_MEASURE_ACT}")


def _measures_of_one_subject(pieces: list[str], seps: list[str]) -> list[str] | None:
    """``高危孕产妇筛查率、管理率、转诊到位率``, ``家犬登记、管理率``, ``“五苗”单苗、全程接种
    率``: a subject named once (a list of subjects too: 甲、乙筛查率、管理率), then measures of
    it, each item after the first an act or a kind of dose with its rate — one name per measure,
    the subject before each; the first, when it names no rate of its own, ends on the rate the
    last one does (建卡 → 建卡率). None when the pieces are no such list."""
    first = next((i for i, p in enumerate(pieces) if _MEASURE_AT.search(p)), None)
    if first is None or first == len(pieces) - 1:
        return None
    rest = [m for m in (_MEASURE_ITEM.match(p) for p in pieces[first + 1 :]) if m]
    acts = list(_MEASURE_AT.finditer(pieces[first]))
    if len(rest) < len(pieces) - first - 1 or not acts:
        return None
    if any(HEAD_END.search(p) for p in pieces[:first]):
        return None
    at = acts[-1].start()
    subject = "".join(p + s for p, s in zip(pieces[:first], seps, strict=False))
    subject += pieces[first][:at]
    if len(subject) < 2:
        return None
    last = rest[-1]
    shared = pieces[-1][last.end("kind") if last.group("kind") else last.end("act") :]
    lead = pieces[first][at:]
    measures = [lead if HEAD_END.search(lead) else lead + shared, *pieces[first + 1 :]]
    subjects = [*pieces[:first], pieces[first][:at]]
    if first and all(len(p) >= 2 for p in subjects):
        # 甲、乙筛查率、管理率: subjects listed, then measures of each: every subject's every one
        return [s + m for m in measures for s in _owned(subjects)]
    return [_joined(subject, m) for m in measures]  # …抗病毒治疗|治疗成功率: 治疗 said once


def _listed_then_measures(pieces: list[str], seps: list[str]) -> list[str] | None:
    """``新建城区、新建居住区配套建设养老服务设施达标率、社区养老服务设施覆盖率``: a measure of a
    list of subjects, then measures each named whole — the first with its subjects as written,
    each after it on its own. None when the pieces are no such list."""
    named = [bool(HEAD_END.search(p)) for p in pieces]
    first = named.index(True) if True in named else 0
    rest = pieces[first + 1 :]
    if first == 0 or not rest or not all(named[first:]):
        return None
    if any(len(p) < 4 or _MEASURE_ITEM.match(p) for p in rest):
        return None  # 建卡、建证率; …筛查率、管理率: measures of one subject (above)
    listed = "".join(p + s for p, s in zip(pieces[:first], seps, strict=False)) + pieces[first]
    return [listed, *rest]


def _items_before_head(pieces: list[str]) -> list[str] | None:
    """``艾滋病、梅毒、乙肝孕早期检测率`` → each item with the head the last one shares: a list
    of short items (``pieces``: split at 、, or at 、和及与 too), the last followed by its head
    (孕早期检测率) — as long as the item before it, or up to where a head begins
    (梅毒|感染孕产妇…治疗率) — which may hold a 及 of its own (感染孕产妇及所生儿童治疗率).
    None when the pieces are no such list."""
    if len(pieces) < 2 or any(not 2 <= len(p) <= 4 or HEAD_END.search(p) for p in pieces[1:-1]):
        return None
    if not 2 <= len(pieces[0]) <= 8 or HEAD_END.search(pieces[0]):
        return None  # the first item may follow whose it is (孕产妇艾滋病、梅毒…)
    last = pieces[-1]
    if not HEAD_END.search(last) or _SCOPE_WORD.match(pieces[0]):
        return None
    start = _HEAD_START.search(last, 1)
    cut = len(pieces[-2]) if len(pieces) >= 3 else (start.start() if start else 0)
    if start and len(pieces) < 3 and start.start() > 4:
        return None
    at = start.start() if start else last.find(pieces[-2][-1], 1) + 1
    if len(pieces) >= 3 and 0 < at <= 10 and last[at - 1] == pieces[-2][-1]:
        cut = at  # 初中生、高中阶段学生|近视率, 野犬、散养家犬|免疫率: a noun like the others
    longest = 10 if cut == at else 4
    if not 2 <= cut <= longest or len(last) - cut < 3 or _DIGIT.search(last, 0, cut + 2):
        return None  # 5岁以下儿童死亡率: a qualified item, as long as the whole phrase
    if len(pieces) < 3 and not _HEAD_START.search(last, cut):
        return None  # two items: where the head begins must show (梅毒|感染…)
    shared = last[cut:]
    first, *rest, tail = _owned(pieces)
    return [first + shared, *(p + shared for p in rest), tail]


def _owned(items: list[str]) -> list[str]:
    """``items`` with the people or the place the first one opens with (孕妇乙肝、丙肝…: 孕妇;
    农村生活垃圾、污水…: 农村) before each later one that names none: whose every item is."""
    whose = _WHOSE.match(items[0]) or _SCOPE.match(items[0])
    owner = whose.group() if whose and len(items[0]) - whose.end() >= 2 else ""
    # an item that names people or a place of its own keeps them (5岁以下儿童…)
    named = [p.startswith(owner) or bool(_OWN_OWNER.match(p)) for p in items[1:]]
    return [items[0], *(p if own else owner + p for p, own in zip(items[1:], named, strict=True))]


_DIGIT = re.compile(r"\d")
_LEVEL = re.compile(r"(?:国家|省|市|县|区|乡|村)级?")
_BODY = r"(?:院|中心|站|室|所|机构|学校|幼儿园|企业|单位)"
_BODY_AT_END = re.compile(rf"{_BODY}$")
_BODY_IN = re.compile(rf"[\u4e00-\u9fff]{{1,12}}?{_BODY}(?=[\u4e00-\u9fff]{{2}})")


def _bodies_before_head(pieces: list[str]) -> list[str] | None:
    """``乡镇卫生院和社区卫生服务中心中医馆覆盖率`` → each body with what follows the last one
    (中医馆覆盖率): bodies joined, the measure after the last body's name. None when the pieces
    are not bodies."""
    if len(pieces) < 2 or not all(_BODY_AT_END.search(p) for p in pieces[:-1]):
        return None
    last = pieces[-1]
    body = _BODY_IN.match(last)
    if not body or not HEAD_END.search(last[body.end() :]):
        return None
    shared = last[body.end() :]
    return [p + shared for p in pieces[:-1]] + [last]


def _joined(piece: str, shared: str) -> str:
    """``piece`` with the head it shares, the words both hold said once (高血压患者 + 患者基层
    规范管理服务率 → 高血压患者基层规范管理服务率)."""
    for size in range(min(len(piece), len(shared) - 1), 1, -1):
        if piece.endswith(shared[:size]):
            return piece + shared[size:]
    return piece + shared


@dataclass
class Reading:
    """A number (or a list of numbers joined by 、/和/及) being read: its clause, its context,
    the context of the last number of the list, the cleaned words after it, and whether the
    words before it end with a counting verb (新建, 完成, 培训 …)."""

    clause: str
    group: list[Mention]
    ctx: Context
    last: Context
    right: str
    counted: bool


# build: (indicator, end of the quote in the clause), or None when the rule applies but the
# number states no target.
Build = Callable[[Reading], tuple[str, int] | None]


@dataclass(frozen=True)
class Rule:
    """One way plans state a target. ``examples``: (sentence, indicator, value, unit)."""

    name: str
    applies: Callable[[Reading], bool]
    build: Build
    examples: tuple[tuple[str, str, float, str], ...]


def _addressed(r: Reading) -> tuple[str, int] | None:
    inside = _ADDRESSED.search(r.right)
    addressed = inside or _ADDRESSED.search(r.clause, r.last.right_end)
    if addressed is None:  # 对17所乡镇幼儿园全面提档升级: the works done to the units
        works = _WORKS_DONE_TO.search(r.right)
        units = _HOW.sub("", r.right[: works.start()]) if works else ""
        return (f"{works.group('verb')}的{units}", r.last.right_end) if works and units else None
    units = _HOW.sub("", r.right[: inside.start()] if inside else r.right)
    if not units:
        return None
    action = addressed.group("object").rsplit("的", 1)[-1]
    return f"{addressed.group('verb')}{action}的{units}", r.last.right_end


def _verb_then_objects(r: Reading) -> bool:
    joined = r.right and r.ctx.indicator.endswith(("及", "和", "以及"))
    return bool(joined and r.ctx.verb is None and COUNT_VERB_LAST.search(r.ctx.indicator))


def _share_after_all(r: Reading) -> bool:
    """All of some kinds of unit, then a share of the last kind and what the units do: the
    share is of that kind doing it (the kinds before are all to do it, no share of theirs)."""
    share = r.group[0].unit in ("%", "成") and r.ctx.verb is None and len(r.group) == 1
    joined = r.ctx.indicator.endswith(("和", "及", "、", "以及"))
    return share and joined and bool(_UNITS_THEN_VERB.match(r.right))


# 70%的村有1所卫生室: what each of the units is to have, one of it
_ONE_HAD = re.compile(r"(?:一|1)\s*[个所座家名间处台套支](?P<what>[^，,。；;、\d]{2,20})")


def _share_first(r: Reading) -> tuple[str, int]:
    """A share, then the units it is of and what they do or have (有 one of a thing)."""
    had = _ONE_HAD.match(r.clause, r.last.right_end) if r.right.endswith("有") else None
    if had:
        return r.right + had.group("what"), had.end()
    if r.ctx.verb == "为" and r.group[0].unit in _PEOPLE_UNITS:  # 为3万名40~69岁居民…
        return _whom_served(r.right), r.last.right_end
    return r.right, r.last.right_end


def _verb_object(r: Reading) -> tuple[str, int]:
    verb = COUNT_VERB_LAST.search(r.ctx.indicator)
    head = r.ctx.indicator[: verb.end()] if verb else r.ctx.indicator
    return head + r.right, r.last.right_end


_ALTERNATIVE = re.compile(r"[(（][\u4e00-\u9fff]{1,3}[)）]$")  # 新建(改建): a verb's alternative


_NAMES_LISTED = re.compile(r"(?:[\u4e00-\u9fff]{1,6}[、和及与])+[\u4e00-\u9fff]{1,6}$")


def _names_counted(r: Reading) -> bool:
    """Units named one by one, then how many they are (东关和西关2个), then what they are."""
    value = r.group[0].value
    if not (r.right and value == int(value) and 2 <= value <= 12):
        return False
    names = _NAMES_LISTED.search(r.ctx.indicator[-40:])
    if not names:
        return False
    pieces = re.split("[、和及与]", names.group())
    return len(pieces) == int(value) and not RIGHT_VERB.match(r.right)


def _named_units(r: Reading) -> tuple[str, int]:
    verb = COUNT_VERB_LAST.search(r.ctx.indicator)
    return (verb.group() if verb else "") + r.right, r.last.right_end  # 新建甲、乙2所卫生院


def _count_object(r: Reading) -> tuple[str, int]:
    said = _ALTERNATIVE.sub("", r.ctx.indicator)
    verb = COUNT_VERB_LAST.search(said)
    # 免费体检: a service given free is named with the word that says so, as 免费体检3万人 is
    start = verb.start() - 2 if verb and said.endswith("免费", 0, verb.start()) else None
    head = said[(verb.start() if start is None else start) :] if verb else said
    if verb and verb.group() == "覆盖" and r.group[0].unit in ("%", "成"):
        # 甲监测覆盖全国50%的县: a share of units reached is the reach of what reaches them,
        # named before the verb (全国 only says where the units are), the last of a list of
        # goals (接种率稳中有升、数字化服务覆盖100%接种单位)
        head = TRAIL_FLUFF.sub("", said.rsplit("、", 1)[-1])
    return _TOTAL_WORD.sub("", head) + r.right, r.last.right_end  # 推出共3000张…: 推出…


_TOTAL_WORD = re.compile(r"(?:合共|共计|共)\s*$")


def _paid(r: Reading) -> bool:
    return r.group[0].unit.endswith("元") and bool(_PAID_AS.match(r.right))


def _paid_as(r: Reading) -> tuple[str, int]:
    verb = COUNT_VERB_LAST.search(r.ctx.indicator)
    payee = r.ctx.indicator[verb.end() :] if verb else r.ctx.indicator
    return payee + r.right.lstrip("的"), r.last.right_end


_BOUNDS = ("至少", "不少于", "不低于", "不超过", "不高于", "不多于")
_RATE_LIKE = ("%", "‰", "/10万", "/万", "/100万", "个百分点", "百分点", "岁", "周岁")


def _bound_count(r: Reading) -> bool:
    """A count bounded (至少, 不少于…) with the thing counted named after it, not a verb."""
    # a noun, or one a clause qualifies (12个发生过伤亡事故的重点路口)
    short = len(r.right) <= 12 or (len(r.right) <= 24 and "的" in r.right[4:])
    noun = r.right and not RIGHT_VERB.match(r.right) and short
    return bool(noun) and r.ctx.verb in _BOUNDS and r.group[0].unit not in _RATE_LIKE


def _units_then_work(r: Reading) -> bool:
    """A count of units with no verb or measure before it, only a few words that say which
    (首批, 各县, two cities), and the units and what they do after it."""
    left = r.ctx.indicator
    words = 0 < len(left) <= 6 and not HEAD_END.search(left) and not COUNT_VERB_LAST.search(left)
    unit = r.group[0].unit not in _RATE_LIKE and not re.search("[元/]", r.group[0].unit)
    units_named = re.match(r"[\u4e00-\u9fff]", r.ctx.right) is not None  # not 3万户，乙…
    return bool(words and unit and units_named and r.ctx.verb is None and not r.counted) and (
        len(r.right) >= 4
    )


# 规范30%老旧小区物业管理, 加强60%卫生院规范化建设: a verb that works on units, then the share of
# them it reaches (not 提高/降低 …, which change a measure by the share)
_WORKS_ON = re.compile(
    r"(?:进一步|全面|持续)?(?:规范|改善|加强|完善|优化|改进|升级|整治|整改|更新|修缮|维修|"
    r"提档升级|提质|标准化|规范化|信息化|数字化|智能化)(?:建设|改造)?"
)


def _works_on_share(r: Reading) -> bool:
    share = r.group[0].unit in ("%", "成") or r.group[0].fraction
    units = re.match(r"[\u4e00-\u9fff]{2}", r.right) is not None
    return bool(share and units and r.ctx.verb is None and _WORKS_ON.fullmatch(r.ctx.indicator))


# Places or works named as examples before a count (改造东街、西街等12条小巷, 对甲河等3公里河道…):
# the count is of what follows it, the names only say which
_EXAMPLES_END = re.compile(r"(?<=[\u4e00-\u9fff）)])等(?:地|地区|区域|乡镇|街道|村|社区|县|区)?$")


# …等24种重大疾病实际补偿比应达到…: the words after the count name a measure of what it counts
# (a kind of case, no count to reach)
_MEASURE_AFTER = re.compile(r"率|比例|补偿比|达到|不低于|不超过|控制在")


def _examples_counted(r: Reading) -> bool:
    examples = _EXAMPLES_END.search(r.ctx.indicator)
    named = bool(examples and examples.start() >= 2 and len(r.right) >= 2)
    return named and r.ctx.verb is None and not _MEASURE_AFTER.search(r.right)


def _counted_after_examples(r: Reading) -> tuple[str, int]:
    verb = COUNT_VERB_LAST.search(r.ctx.indicator)
    return (verb.group() if verb else "") + r.right.lstrip("的"), r.last.right_end


RULES: tuple[Rule, ...] = (
    Rule(
        "paid-as",  # a sum of money, then what it is paid as
        _paid,
        _paid_as,
        (("给予每个村卫生室8万元补助", "每个村卫生室补助", 80000, "元"),),
    ),
    Rule(
        "examples-counted",  # 改造东街、西街等12条小巷: named examples, the count, what is counted
        _examples_counted,
        _counted_after_examples,
        (("改造东街、西街等12条背街小巷", "改造背街小巷", 12, "条"),),
    ),
    Rule(
        "addressed-units",
        lambda r: bool(_ADDRESSEE.search(r.ctx.indicator)),
        _addressed,
        (
            ("对16个区和107个镇开展全覆盖测评", "开展全覆盖测评的区", 16, "个"),
            ("在全市8个县全面开展免费婚检", "开展免费婚检的县", 8, "个"),
            ("对全市12所乡镇卫生院全面提档升级", "提档升级的乡镇卫生院", 12, "所"),
        ),
    ),
    Rule(
        "share-object",  # the verb, then this object: 覆盖所有二级医院及95%以上乡镇卫生院
        _verb_then_objects,
        _verb_object,
        (("覆盖全部县级医院及90%以上乡镇卫生院", "覆盖乡镇卫生院", 90, "%"),),
    ),
    Rule(
        "share-object",  # 所有甲、乙和70%的丙具备…: all of some units, a share of the last kind
        _share_after_all,
        lambda r: (r.right, r.last.right_end),
        (("全部县级医院和80%的乡镇卫生院开展远程会诊", "乡镇卫生院开展远程会诊", 80, "%"),),
    ),
    Rule(
        "share-object",  # a share first, then what it is of: 15%以上乡镇卫生院提供…
        # (有90%以上的县实现…: 有 before the share names nothing)
        lambda r: not _HAS_ALONE.sub("", r.ctx.indicator) and bool(r.right),
        _share_first,
        (("30%以上村卫生室提供中医药服务", "村卫生室提供中医药服务", 30, "%"),),
    ),
    Rule(
        "object-after",  # 依托20家哨点医院开展监测: the words before name no indicator
        lambda r: bool(r.right) and (bool(_MEANS.fullmatch(r.ctx.indicator)) or _served(r)),
        lambda r: (_SERVICE_LIST.sub("", _whom_served(r.right)), r.last.right_end),
        (
            ("免费为3000名老年人接种流感疫苗", "老年人接种流感疫苗", 3000, "名"),
            ("免费为超过5万名妇女提供一次宫颈癌筛查", "妇女提供一次宫颈癌筛查", 50000, "名"),
            ("免费为6万名孕妇提供地贫、唐氏综合征的产前筛查", "孕妇提供产前筛查", 60000, "名"),
        ),
    ),
    Rule(
        "named-units",  # 推进甲和乙2个中心开设急诊: the units named, their number, what they are
        _names_counted,
        _named_units,
        (("推进东关和西关2个社区卫生服务中心开设夜门诊", "社区卫生服务中心开设夜门诊", 2, "个"),),
    ),
    Rule(
        "count-object",  # a counting verb, the count, then what is counted
        lambda r: r.counted and bool(r.right),
        _count_object,
        (
            ("建成2个区域医疗中心", "建成区域医疗中心", 2, "个"),
            ("新增1个托育机构", "新增托育机构", 1, "个"),
        ),
    ),
    Rule(
        "share-object",  # 二级以上医院100%设立老年医学科; 规范30%老旧小区物业管理
        lambda r: (
            (r.group[0].unit == "%" and r.ctx.verb is None and bool(RIGHT_VERB.match(r.right)))
            or _works_on_share(r)
        ),
        lambda r: (r.ctx.indicator + r.right, r.last.right_end),
        (("二级以上医院100%设立老年医学科", "二级以上医院设立老年医学科", 100, "%"),),
    ),
    Rule(
        "share-of-units-in",  # 照护网内的8成病友接受…: where, then the share of the units
        lambda r: (
            r.group[0].unit in ("%", "成")
            and r.ctx.verb is None
            and bool(r.ctx.indicator)
            and r.ctx.left.rstrip().endswith("的")
            and bool(_UNITS_THEN_VERB.match(r.right))
        ),
        lambda r: (r.ctx.indicator + r.right, r.last.right_end),
        (("照护网内的8成病友接受生活习惯咨询", "照护网内病友接受生活习惯咨询", 8, "成"),),
    ),
    Rule(
        "each",  # 各: the count is of what follows, for each of the named units
        lambda r: r.ctx.dist == "各" and bool(r.right) and len(r.group) == 1,
        lambda r: (r.ctx.indicator, r.last.right_end),
        (("每个县各1家三级医院", "每个县三级医院", 1, "家"),),
    ),
    Rule(
        "has-count",  # 每个乡镇至少有1家卫生院达到…: what each unit has, then what it does
        lambda r: bool(r.right) and bool(_HAS.search(r.ctx.indicator)),
        lambda r: (_HAS.sub("", r.ctx.indicator) + r.right, r.last.right_end),
        (("每个乡镇至少有1家卫生院达到推荐标准", "每个乡镇卫生院达到推荐标准", 1, "家"),),
    ),
    Rule(
        "bound-count",  # 每个乡镇至少1名公共卫生医师: a floor on a count of what follows
        _bound_count,
        lambda r: (r.ctx.indicator + r.right, r.last.right_end),
        (("每个乡镇至少1名公共卫生医师", "每个乡镇公共卫生医师", 1, "名"),),
    ),
    Rule(
        "units-then-work",  # 首批630所学校…开放: an order or a place, the count, the work
        _units_then_work,
        lambda r: (r.ctx.indicator + r.right, r.last.right_end),
        (("首批30所学校体育场向社会开放", "首批学校体育场向社会开放", 30, "所"),),
    ),
    Rule(
        "indicator-comparator",  # the indicator, a verb, the value: 婚检率达到90%以上
        lambda r: True,
        lambda r: (r.ctx.indicator, r.last.suffix_end),
        (
            ("肺结核患者规则服药率保持在92%以上", "肺结核患者规则服药率", 92, "%"),
            ("5岁以下儿童死亡率控制在6‰以下", "5岁以下儿童死亡率", 6, "‰"),
        ),
    ),
)
