"""Responsible departments (责任单位) as plans name them, and a directory that recognises
their short and long forms.

:func:`department_list` reads ``（市爱卫办、市卫健委，各区、镇、街道，市直各单位）`` into
``["市爱卫办", "市卫健委", "各区、镇、街道", "市直各单位"]``: names in the order written, a
collective unit (各区、镇、街道) one entry, trailing 负责/牵头/参与/配合 removed.
:func:`parenthesised_departments` finds such lists in an item's text.
:class:`DepartmentDirectory` maps 市卫健委 and 市卫生健康委员会 to the same department.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from healthplan.documents.numbering import STYLE
from healthplan.extraction.text import split_outside_brackets
from healthplan.model.orgunit import Department, DepartmentKind

__all__ = [
    "DepartmentDirectory",
    "DepartmentList",
    "add_new",
    "article_subjects",
    "column_departments",
    "department_key",
    "department_list",
    "is_collective",
    "is_department",
    "is_role_column",
    "item_departments",
    "not_a_department",
    "opening_subject",
    "parenthesised_departments",
    "role_line_departments",
    "without_asides",
]


def _words() -> dict[str, Any]:
    """The role words and name forms of ``data/departments.yaml``."""
    text = resources.files("healthplan.extraction").joinpath("data/departments.yaml")
    return dict(yaml.safe_load(text.read_text("utf-8")))


_WORDS = _words()

# 等, 等部门, 等有关单位, 等省有关部门, 等市直相关单位, 等团体 (工会、妇联等团体): the rest of
# the list left unnamed (not 等有关成员单位, which the seeds keep as part of the name:
# 全国总工会等有关成员单位)
_ETC_WORDS = (
    r"等(?:[省市州县区](?:直|级|属)?)?(?:有关|相关|其他)?(?:行政|主管)?"
    r"(?:部门单位|单位|部门|(?:人民|群众|社会)?团体|(?:基层|群众|群团|社会)?组织"
    r"|(?:医疗卫生|医疗|卫生|专业)?机构)?"
    # 等8个部门, and the kind of the bodies counted (等5家县级医院, 等3所中心卫生院)
    r"|等(?:\d{1,2}|[两二三四五六七八九十]{1,3})(?:(?:个|家)?(?:部门单位|单位|部门)"
    r"|(?:个|家|所)[\u4e00-\u9fff]{0,6}?(?:医院|卫生院|机构|学校|企业|中心))"
)
_ROLE = re.compile(
    rf"(?:{_ETC_WORDS})?(?:按职责分工|按职责|按要求|按规定|分工|分别|共同){{0,2}}"
    # a role in brackets after the name: 甲局（牵头）, 乙局（配合单位）, 甲局（牵头）负责
    r"(?:[（(](?:按职责分工|按职责)?(?:牵头|负责|配合|参与|协办|协作|协助)(?:单位|部门|负责)?[)）](?:负责|落实|实施)?|(?:具体|牵头|共同)?负责(?:具体|组织)?(?:落实|实施)?|牵头|为主|参与|参加|支持|配合|协助|协同|协办|协作|"
    r"(?:具体|组织|抓好|分别|共同|牵头)?(?:实施|落实)|(?:业务)?指导|督导|"
    # 按职责分工 and any verb after it (抓好, 推进, a rewritten page's 卖力): the role is said
    r"(?<=按职责分工)[\u4e00-\u9fff]{1,4})$"
)
# A field of time after a list: 2024年底前, 6月底, 长期坚持, 持续推进
_WHEN = re.compile(r"\d{4}|[年月]底?前?|季度|长期|持续|逐年|年内|年底|序时")
# 市卫健委（牵头）, and a star a list marks its lead with by the name (市卫健委*, *市卫健委 under
# 标*号的为牵头单位) — one star, not the stars a published copy masks a name or a place with
_STAR = r"(?<=[^*＊\s])[*＊]$|^\s*[*＊](?=[^*＊\s])"
_MARKED = re.compile(rf"[（(]牵头(?:单位)?[)）](?:负责|落实|实施)?$|{_STAR}")
_STARRED = re.compile(_STAR)
# 市卫健委牵头, 市卫健委（牵头）, 市卫健委为主
_LEADS = re.compile(r"牵头(?:负责)?[)）]?$|[（(]牵头单位[)）]$|为主$")
_ROLE_WORDS: dict[str, list[str]] = _WORDS["roles"]
# 共同责任单位 (jointly responsible), 其他配合单位, 主要协作单位: a qualifier before the role
_ROLES = (
    rf"(?:{'|'.join(_ROLE_WORDS['qualifiers'])})?"
    rf"(?:{'|'.join(_ROLE_WORDS['lead'] + _ROLE_WORDS['support'] + _ROLE_WORDS['oversight'])})+"
)
# What a role label names after its role word: 牵头单位, 配合部门, 责任科室, 责任处室, 责任股室.
_OFFICES = "单位|部门|科室|处室|股室"
# A role written alone before its list, inside a parenthesis or a line: （牵头：甲；配合：乙）
_BARE_ROLES = r"牵头|配合|协办|主办|承办|督办|参与|协同|协助"
# What a label may add in brackets after its word: 责任处室〔单位〕：, 责任单位（部门）：
# …and the person a label asks for with the body: 责任单位及责任人：, 牵头部门和分管领导：
_QUALIFIER = (
    r"(?:[（(〔【\[<〈][\u4e00-\u9fff、]{1,6}[)）〕】\]>〉]"
    r"|[及和与](?:责任人|负责人|联系人|(?:分管|牵头|责任)领导))?"
)
_LABEL = re.compile(
    rf"^(?:(?P<role>{_ROLES})(?:{_OFFICES}|科|处|主体){_QUALIFIER}|(?P<bare>{_BARE_ROLES}))"
    r"[:：]\s*"
)
# A role line anywhere in an item: 牵头单位：…；配合单位：…
_ROLE_LINE = re.compile(
    rf"(?:(?P<role>{_ROLES})(?:{_OFFICES}|主体){_QUALIFIER}|部门分工"
    rf"|(?:^|(?<=[（(【〔\[；;，,。\s]))(?P<bare>{_BARE_ROLES}))[ \t\u3000]*(?:[:：]|——|—|－)"
    rf"|[【\[〔](?P<boxed>{_ROLES})(?:{_OFFICES}|主体)[】\]〕]"  # 【责任单位】甲局、乙局
    # a label opening its line, a space for its colon (a table's two cells): 牵头单位 甲局
    # (or nothing, where a view of the text took the space out: 配合单位乙局)
    rf"|(?:^|(?<=\n))[ \t\u3000]*(?P<spaced>{_ROLES})(?:{_OFFICES})[ \t\u3000]*"
    r"(?=[\u4e00-\u9fff])"
    # the same after the work, spaces either side: 推进… 责任单位 甲局
    rf"|(?<=[^\s][ \t\u3000])[ \t\u3000]*(?P<after>{_ROLES})(?:{_OFFICES})[ \t\u3000]+"
    r"(?=[\u4e00-\u9fff])"
    # 牵头单位为甲局，配合单位为乙局
    rf"|(?P<named>{_ROLES})(?:单位|部门|主体)(?:为|是)(?=[\u4e00-\u9fff])"
)
# What every role line holds (its colon or dash, or the box of 【责任单位】): a text without any
# is not searched for one, the label pattern being slow to fail over a long item.
_ROLE_MARK = re.compile(
    rf"[:：—－【\[〔]|(?:{_OFFICES})(?:为|是|[ \t\u3000])"
    rf"|(?:^|\n)[ \t\u3000]*(?:{_ROLES})(?:{_OFFICES})"
)
# Where a role line's list ends: a line break, a full stop, or another field on the same
# line (完成时限：…, 责任人：…).
_FIELD_END = re.compile(r"[。\n]|[，,；;]?\s*[\u4e00-\u9fff]{2,6}[:：]")
# 发起部门: who starts a joint inspection (双随机 lists), its 配合部门 joining in
_LEAD_ROLES = tuple(_ROLE_WORDS["lead"])
_GLOSS = re.compile(r"[（(〔<〈\[][^（()）〔〕<>〈〉\[\]]*[)）〕>〉\]]$")
_ETC = re.compile(rf"(?:{_ETC_WORDS})$")
_ETC_AT = re.compile(_ETC_WORDS)
# 联系单位, 挂钩部门: a section's heading over the bodies each line names, no body itself
_HEADING_WORD = re.compile(
    rf"^(?:{_ROLES}|联系|挂钩|对口|帮扶)?(?:责任)?(?:{_OFFICES})$"
    # a document's fields that name who issued or drafted it (发布部门：…, 起草单位：…)
    r"|^(?:发布|发文|印发|制定|起草|解释|公开|成文)(?:单位|部门|机关|机构)$"
)
_CUT_LABEL = re.compile(rf"^(?:{_ROLES})(?:单|部|科|处)$")
_LEVEL_WORD = re.compile(r"^(?:区|县|市|镇|乡|乡镇|街道|村|社区|县区|园区|开发区|开发园区|管委会)$")
# The government of a level, which 各 before the list speaks of as well: 各乡镇人民政府、街道办事处,
# 各县区人民政府、园区管委会, 各区、市政府 (every district's and every city's government).
_LEVEL_GOVERNMENT = re.compile(
    r"^(?:区|县|市|镇|乡|乡镇|街道|县区|园区|开发区|开发园区|县市区)"
    r"(?:人民政府|政府|办事处|管委会|党工委)$"
)
# The governments of the levels below a county named bare, which are many without 各 (a
# regulation's 乡镇人民政府、街道办事处应当…): together one collective, as 街道、社区 are.
_LOCAL_GOVERNMENT = re.compile(r"^(?:乡镇|镇|乡|街道)(?:人民政府|政府|办事处)$")
# Every unit of a level or a kind: 各乡镇, 各县（市、区）, 相关部门, and the same with the scope
# written first: 市直有关部门, 县直各单位, 市级各有关部门, 全区经济运行各专班.
_COLLECTIVE = re.compile(
    r"^(?:(?:[省市州县区旗](?:直|级|属)|全[省市州县区旗]|中央|国家)[\u4e00-\u9fff]{0,6}?)?"
    r"(?:各|相关|有关|所属|辖区)(?:县|区|市|镇|乡|街道|村|社区|乡镇|县区|级|地$|"
    # …and every clinic, pharmacy or market of a kind (各预防接种门诊, 各零售药店, 各农贸市场)
    r"[\u4e00-\u9fff]{0,6}(?:部门|单位|机构|专班|处室|科室|医院|学校|企业|成员单位|"
    r"门诊|诊所|药店|药房|市场)$)"
)
# What an organisation's name ends with.
_ORG_END = re.compile(
    r"(?:局|委|办|部|厅|署|会|院|中心|所|站|队|单位|政府|街道|镇|乡|区|县|社|联|团中央|公司|"
    r"集团|小组|组|室|处|科|机构|学校|大学|银行|总局|总队|支队|企业|协会|学会|基金会|党委|"
    r"管理局|办公室|委员会|成员单位|部门|总工会|科协|计生协|协|海关|党校|学院|电视台|广播电台|馆|股|"
    r"专班|指挥部|小学|中学|校|幼儿园|园区|产业园|物流园|科技园|工业园|创业园|气象台|林场|农场|支行|分行|人大|"
    r"团体|共青团|青年团)$"
)
# 和/及/与/或者 join two departments unless the second is only the rest of one name
# (党委和人民政府); 及其 joins a body to its own offices, one subject (各级人民政府及其有关部门).
_LEVEL_END = re.compile(
    r"^(?:各|相关|有关|所属).*(?:县|区|市|镇|乡|街道|村|社区)$"
)  # 各村（社区）和
_JOIN_WORD = re.compile(r"(?:以及|和|及(?!其)|与|或者|会同)(?!人民政府|政府|管委会)")
_UNIT_JOINED = re.compile(
    r"(?<=[处科室])会(?=[\u4e00-\u9fff]{2,10}(?:处|科|室)$)"
)  # 宣传处会办公室


_SCOPED_REST = re.compile(r"^(?:相关|有关|其他)(?:单位|部门)$")


def _split_joined(piece: str) -> list[str]:
    """``piece`` split where 和/及/与/会同 joins two names: where what comes before ends as the
    name of a body does (环卫公司和各村（社区）, 县教育局及各学校), so that 卫生和计划生育委员会
    stays one name."""
    parts: list[str] = []
    start = 0
    for match in _JOIN_WORD.finditer(piece):
        left = _GLOSS.sub("", piece[start : match.start()])
        right = _ROLE.sub("", piece[match.end() :])
        if _SCOPED_REST.match(right) and is_collective(left):
            continue  # 全市各部门和相关单位: the rest of the same scope, one collective
        if _LEVELS.match(left):
            continue  # 区和县人民政府: levels before the body they share
        # …等组织及乙企业: a list closed by 等 before the next name
        ends = _ORG_END.search(left) or _LEVEL_END.search(left) or _ETC.search(left)
        if len(right) >= 2 and ends:
            parts.append(piece[start : match.start()])
            start = match.end()
    parts.append(piece[start:])
    return [p for part in parts for p in _UNIT_JOINED.split(part) for p in _led_on(p) if p]


_LED_ON = re.compile(r"牵头(?!单位|部门|负责|落实|实施)")


def _led_on(piece: str) -> list[str]:
    """``piece`` split after a 牵头 that a lost comma (or a line break a page took out) left
    between the lead and the next name: 乙委牵头丙厅 → 乙委牵头, 丙厅."""
    match = _LED_ON.search(piece) if "牵头" in piece else None
    if match is None or match.end() == len(piece):
        return [piece]
    left, right = piece[: match.start()], piece[match.end() :]
    if not _ORG_END.search(_GLOSS.sub("", left)) or not is_department(_name(right)):
        return [piece]
    return [piece[: match.end()], right]


# A bracketed list, which may hold a bracket of its own: （市卫健委、各县（市、区）人民政府）,
# [区卫健委、区发展改革委(粮食和储备局)按职责分工负责].
_PAREN = re.compile(
    r"[（(〔【\[]((?:[^（()）〔〕【】<>〈〉\[\]]|[（(〔<〈][^（()）〔〕<>〈〉\[\]]{0,20}[)）〕>〉]){2,200})"
    r"[)）〕】\]]"
)
# 由市卫健委、市财政局（市医保局）和市民政局负责 (a list whose names carry their other names
# in brackets runs past 80 characters)
_BY = re.compile(
    r"由(?P<names>[^。；;由]{2,120}?)(?:共同|按职责分工|分别|具体)?(?:牵头)?"
    r"(?:负责(?![人同])|负总责|统筹组织|组织实施|统筹协调|组织(?![机部人领])"
    # 落实, 统筹 … closing the clause (由甲局落实。), not a verb with its object (由项目单位落实
    # 配套资金: who pays, not a department)
    r"|(?:落实|承办|主办|承担|统筹)(?=[。；;，,)）〕】\]\s]|$))"
)  # not 由各医疗机构负责人担任…: a person; 由市爱卫办组织对…进行考核: 组织 and its work
# Long forms and the short forms plans use for them; both map to one key.
_ABBREVIATIONS: list[tuple[str, str]] = [(a, b) for a, b in _WORDS["abbreviations"]]


# A name opening with its place and level: 宣城市|卫健委, 西湖区|卫健局, 凉山州|民政局.
_PLACE = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{1,6}?)(?P<level>自治区|自治州|省|市|州|盟|县|区|旗)"
    r"(?P<body>[\u4e00-\u9fff（）()]{2,})"
)
# The level a name opens with: 省, 市, 县, 区 … and the place before it (杭州市, 西湖区).
# 市委 before 宣传部 or 编办: the party committee of the level.
_LEVEL_PREFIX = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?(?:省|自治区|市|州|盟|县|区|旗))委?")


def _placed(place: str, key: str) -> bool:
    """Whether ``place`` before ``key`` names where the body is: 市 before 卫健委, 西湖 before
    区卫健局 (the 区 of the key is the level of 西湖区)."""
    if not place:
        return False
    return bool(_LEVEL_PREFIX.fullmatch(place) or _LEVEL_PREFIX.fullmatch(place + key[0]))


def department_key(name: str) -> str:
    """A key equal for the long and short forms of one name: 市卫生健康委员会 → 市卫健委."""
    key = re.sub(r"\s+", "", name).replace("（", "(").replace("）", ")")
    for long, short in _ABBREVIATIONS:
        key = key.replace(long, short)
    return key


def is_collective(name: str) -> bool:
    """各区、镇、街道 / 各县(市、区) / 相关街道、镇 / 市直有关部门 / 各相关处室<单位>: every
    unit of a level or a kind (not 各级各类医疗机构: a category the text addresses)."""
    core = _GLOSS.sub("", name)
    return bool(_COLLECTIVE.match(core)) and not _CATEGORY.match(core)


# Everyone of a kind a regulation addresses, not a body answerable for an item: 一切单位,
# 单位和个人's parts, 公民, 各类公共场所, 各级各类医疗机构, 学校 — the bare kind, with no body's
# own name (卫生医疗机构, 各中小学校 and 卫生防疫机构 name bodies and stay).
_CATEGORY = re.compile(
    r"^(?:一切|所有|任何|全体|各级各类|各类)?"
    r"(?:单位|个人|公民|企业|组织|医疗机构|医疗卫生机构|教育机构|学校|[\u4e00-\u9fff]{0,4}场所)$"
)


# Words of a sentence that no name of a body holds (自由贸易区 aside).
_PHRASE_WORDS = re.compile(r"(?<!自)由|的|对于|开展|进行|确保|遵循|坚持|实行")
# A 的 a regulation's body names hold: the level 设区的市 (设区的市人民政府), and the units whose
# supervising department it is (企业、事业单位的主管部门).
# …and a clause that says which of a kind of body is meant by the body that owns, authorises or
# charges it (铁路部门所属的卫生主管部门, 省政府授权的盐业主管机构, 县政府负责中医药管理的部门).
_OWNED = r"[\u4e00-\u9fff]{2,20}?(?:所属|授权|委托|指定|负责[\u4e00-\u9fff]{1,12}?)的"
_OWNED_BODY = re.compile(rf"{_OWNED}[\u4e00-\u9fff]{{0,10}}?(?:部门|机构|机关)")
_NAME_QUALIFIER = re.compile(
    r"^(?:不)?设区的(?=市)|^[\u4e00-\u9fff、]{2,12}单位的(?=主管部门$)"
    rf"|^{_OWNED}(?=[\u4e00-\u9fff]{{0,10}}(?:部门|机构|机关)$)"
)
_UNITS_OWNER = re.compile(r"^[\u4e00-\u9fff]{0,10}单位的主管部门$")


_REFERENCE = re.compile(
    r"^(?:其他|其余|上述|以上|下列|所列)(?:各)?(?:责任|配合)?(?:单位|部门)$"
    # every body a list gives a role (各牵头单位要…, 各责任单位): those the items name
    r"|^各(?:牵头|责任|配合|协办|参与)(?:单位|部门)$"
    # a level said from the body that reads the rule (报同级人民政府批准, 上一级人民政府): whose
    # government it is depends on that body
    r"|^(?:同级|本级|上级|上一级|下级)[\u4e00-\u9fff]{0,12}(?:政府|部门|机关)$"
)
# a gloss defining a short name; a private party (物业服务企业, 业主委员会); not 物业管理科
_NOT_PUBLIC = re.compile(r"(?:以下)?简称|以下称")
_PRIVATE = re.compile(r"物业(?:服务|管理)?(?:单位|企业|公司)$|业主(?:委员会|大会)?$")
_TITLE_OF_PLACE = re.compile(r"(?:示范|试点|先行|达标)(?:区|县|市|镇|乡|村|街道|单位)$")


def not_a_department(name: str) -> str | None:
    """Why ``name`` is not read as a department (None when it is one): ``too long`` (a
    sentence), ``heading`` (a column heading such as 责任单位), ``a phrase`` (words of a
    sentence: 由, 的, 开展 …) or ``not an organisation`` (no organisation's ending such as
    局, 委, 中心, and no collective such as 各乡镇)."""
    if len(name) > 30:
        return "too long"
    if _HEADING_WORD.match(name):
        return "heading"
    if _REFERENCE.match(name):
        return "a reference"  # 其他单位按职责分工负责: the others of a list named elsewhere
    if _NOT_PUBLIC.match(name):
        return "not an organisation"  # 以下简称县合管委: a gloss
    if _PRIVATE.match(name):
        return "a private party"  # 物业管理单位: a party a rule binds, no public body
    if _CUT_LABEL.match(name):
        return "a fragment"  # 配合部⏎门：乙局: a label a line break cut, not a body's name
    if re.search(r"[:：]", name):
        return "a phrase"  # 分管领导：王某某牵头单位：…: fields of a row, not one name
    if re.search(r"[—─“”\"《》]", name):
        return "a phrase"  # 推进…服务——甲局: the work and a dash; 坚持“政府: a quoted slogan
    if _bracket_depth(name) != 0:
        return "a fragment"  # （市卫健委 / 高新园(邹区镇: cut out of a bracketed list
    core = _GLOSS.sub("", name)  # 市残联（市残疾人联合会）
    if _ROLE_STATED.search(core):
        return "a phrase"  # 甲局为牵头单位: a sentence stating a role, not a name
    if _PHRASE_WORDS.search(_NAME_QUALIFIER.sub("", core)):
        return "a phrase"  # 公立医院临床医技科室中由科室: a sentence's words, not a name
    if _TITLE_OF_PLACE.search(core):
        return "not an organisation"  # 省级慢性病综合防控示范区: a title a place earns
    if _RANK.match(core):
        return "a phrase"  # 第一名金寨县: a ranking's place, not a body
    if _NEXT_ARTICLE.search(core):
        return "a phrase"  # 总则第五条甲局: a heading and an article's number run into a name
    if _LEVELS.match(core):
        return "not an organisation"  # 市、区 (各县（市、区）'s gloss): levels, no body
    if _CATEGORY.match(core):
        return "a category"  # 各类公共场所, 一切单位, 医疗机构: whom a rule binds, no body
    if _ORG_END.search(core):
        return None
    if is_collective(core):  # 各乡镇(街道): a collective of places, short; not 各乡镇签订…
        return None if len(core) <= 10 else "a phrase"
    return "not an organisation"


_RANK = re.compile(r"第[一二三四五六七八九十\d]{1,3}(?:名|位)")
# a role stated in a sentence (甲局为牵头单位), or a label run into the name after it when a
# space stood for its colon (配合单位县财政局)
_ROLE_STATED = re.compile(
    rf"(?:为|是|作为)(?:{_ROLES})(?:单位|部门|主体)|(?:{_ROLES})(?:单位|部门|主体)(?:为|是)"
    rf"|^(?:{_ROLES})(?:单位|部门|主体)(?=[\u4e00-\u9fff]{{2}})"
)


def _bracket_depth(text: str) -> int:
    if not _ANY_BRACKET.search(text):  # most names: no need to count each bracket
        return 0
    return sum(text.count(c) for c in "(（〔【[") - sum(text.count(c) for c in ")）〕】]")


_ANY_BRACKET = re.compile(r"[(（〔【\[)）〕】\]]")


def is_department(name: str) -> bool:
    """Whether ``name`` reads as the name of an organisation or a collective of them."""
    return not_a_department(name) is None


# A regulation's article number run into the name after it: 第十六条市爱卫办.
_ARTICLE = re.compile(rf"^\s*{STYLE['article'].pattern}")


_BULLETS = "—-－–•·●▲■◆★"  # what opens a line of a list: ——甲局牵头, ●乙局


def _name(piece: str) -> str:
    """A listed name without its role (牵头, 按职责分工负责) and a trailing 等单位, nor the
    words of a note that names who does every later item too (以下均需乙局落实)."""
    piece = _ARTICLE.sub("", _PAGE_MARK.sub("", piece)).lstrip(_BULLETS + " \t\u3000")
    piece = _NOTE.sub("", _LATER_ITEMS.sub("", piece))
    piece = _ETC.sub("", _ROLE.sub("", piece).strip()).removeprefix("会同").removeprefix("协同")
    return _STARRED.sub("", piece)


# A short name a text defines after a body's name (各级甲委员会（以下简称甲委）): no part of it
_DEFINED = re.compile(r"[（(](?:以下)?(?:简称|统称|称)[^（()）]{1,15}[)）]")
# A note in brackets glued to the last name of a list, a sentence of its own, not the body's
# other name: 甲局(列第一位者为工作牵头单位或汇总单位,下同)
_NOTE = re.compile(r"[（(][^（()）]*(?:[，,；;]|下同|列第一位|排名第一|为牵头)[^（()）]*[)）]\s*$")


# 以下均需乙局落实，不再列出: the body a note says does every later item as well
_LATER_ITEMS = re.compile(r"^以下(?:各项)?(?:工作)?(?:均|都|也)?(?:需|须|由)")

# A page's number a conversion left between the lines of a list: — 3 —, - 12 -, ·3·, 第3页,
# 第3页 共10页.
_PAGE_NUMBER = (
    r"(?:[—\-－–]+[ \t]*\d{1,3}[ \t]*[—\-－–]+|[·•・][ \t]*\d{1,3}[ \t]*[·•・]"
    r"|第[ \t]*\d{1,3}[ \t]*页(?:[ \t]*[，,]?[ \t]*共[ \t]*\d{1,3}[ \t]*页)?)"
)
_PAGE_MARK = re.compile(rf"\s*{_PAGE_NUMBER}\s*")
# The same on a line of its own with the blank lines around it, or a number alone between
# blank lines: a page break inside a list (责任单位：甲局、乙县政务数据服务⏎⏎— 5 —⏎⏎中心), one
# line break where the list goes on.
_PAGE_BREAK = re.compile(
    rf"[ \t\u3000]*\n\s*{_PAGE_NUMBER}[ \t\u3000]*\n\s*"
    r"|[ \t\u3000]*\n[ \t\u3000]*\n\s*\d{1,3}[ \t\u3000]*\n[ \t\u3000]*\n\s*"
)


def _unspaced(piece: str) -> list[str]:
    """A piece with the spaces of page layout taken out (发改 委 → 发改委); names a space
    separates (市卫健委 市财政局, and with their role after them: 市卫健委 市财政局 负责) stay
    apart."""
    parts = piece.split()
    if len(parts) > 2 and not _ROLE.sub("", parts[-1]):  # the role, a space after the names
        parts = [*parts[:-2], parts[-2] + parts[-1]]
    if len(parts) > 1 and all(
        _ORG_END.search(_GLOSS.sub("", _ROLE.sub("", p))) and len(p) >= 3 for p in parts
    ):
        return parts
    return ["".join(parts)]


# What separates the names of a list: 、，；, a slash (甲局/乙局), and a full stop between
# the role groups of a parenthesis (（牵头单位：甲局。配合单位：乙局）); all but 、 and / end a
# group of names that one role word speaks of.
_SEPARATORS = "、，,；;/／。"
_GROUP_SEPARATORS = frozenset("，,；;。")


def _pieces(text: str) -> list[str]:
    return [piece for piece, _ in _joined_pieces(text)]


_LEVEL_START = re.compile(r"(?:^|[:：】\]\s会同])[区县市镇乡街村社园开管]")


def _levelled(collective: str, piece: str) -> bool:
    """Whether ``piece`` after ``collective`` and a 、 is one more level the collective's 各
    speaks of (各区、镇, 各乡镇人民政府、街道办事处), labels and roles aside."""
    if not _LEVEL_START.search(piece):
        return False  # most pieces: no level word to begin with
    bare = _GLOSS.sub("", _name(_LABEL.sub("", piece)))  # 各县、区人民政府(管委会)
    level = _LEVEL_WORD.match(bare) or _LEVEL_GOVERNMENT.match(bare)
    return bool(level) and is_collective(_name(_LABEL.sub("", collective)))


# Levels of government named bare before the body they share (市和区、县人民政府).
# a level a regulation names (设区的市, 自治州, 县级市, 县, 乡, 镇 …)
_LEVEL_UNIT = r"(?:不?设区的市|自治区|自治州|自治县|县级市|[省市州县区乡镇])"
_LEVELS = re.compile(rf"^{_LEVEL_UNIT}(?:(?:和|及|与|、){_LEVEL_UNIT})*$")
_LEVEL_OPENING = re.compile(rf"^{_LEVEL_UNIT}")
# Levels named bare, without 各 (街道、社区): every unit of each, together one collective.
_BARE_LEVEL = re.compile(
    r"^(?:街道|社区|乡镇|镇|乡|村|居委会|村委会)(?:[、](?:街道|社区|乡镇|镇|乡|村|居委会|村委会))*$"
)


def _one_name(before: str, after: str) -> bool:
    """Whether the names either side of a 、 are one name's parts, not two departments."""
    return (
        # 各乡镇人民政府、街道办事处和乙局: the level joins the collective, 乙局 follows
        _levelled(before, after)
        # 市和区、县人民政府, 省、市、县卫生行政部门: the body of every level named
        or bool(_LEVELS.match(before) and _LEVEL_OPENING.match(after))
        # 企业、事业单位的主管部门: one department over the kinds of units listed
        or bool(_UNITS_OWNER.match(after))
        # 街道、社区负责: the two levels, one collective
        or bool(_BARE_LEVEL.match(before) and _BARE_LEVEL.match(after))
        or bool(_LOCAL_GOVERNMENT.match(before) and _LOCAL_GOVERNMENT.match(after))
    )


# A role in brackets the next name follows with no separator: 甲局（牵头）乙局
_ROLE_GLUED = re.compile(
    r"[（(](?:牵头|配合|协办|参与|负责)(?:单位|部门)?[)）]"
    r"(?=[\u4e00-\u9fff])(?!负责|落实|实施|牵头|配合|参与|等)"
)


def _joined_pieces(text: str) -> list[tuple[str, str]]:
    """The names of a list with the separator before each (``""`` for the first and for
    names joined by 和/及/与/会同, ``、`` or a comma or semicolon)."""
    merged: list[tuple[str, str]] = []
    joiner = ""
    text = _ROLE_GLUED.sub(r"\g<0>、", text) if "）" in text or ")" in text else text
    for _, raw, sep in split_outside_brackets(text, _SEPARATORS):
        for piece in _unspaced(raw):
            parts = _split_joined(piece) if piece else []
            if parts and merged and joiner == "、" and _one_name(merged[-1][0], parts[0]):
                merged[-1] = (merged[-1][0] + "、" + parts[0], merged[-1][1])
                merged.extend((p, "") for p in parts[1:])
                continue
            merged.extend((p, joiner if k == 0 else "") for k, p in enumerate(parts))
        joiner = sep
    return merged


# A kind of body at every level, named by its field alone: 各级审计(、监察部门).
_EVERY_LEVEL = re.compile(r"^各级[\u4e00-\u9fff]{2,4}$")
# The head a list of kinds of body shares, written once after the last: 交通、铁路部门.
_SHARED_HEAD = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<!等)(?:(?:主管|行政)?部门|机构)$")
_STEM = re.compile(r"^[\u4e00-\u9fff]{2,6}$")


def _shared_heads(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Kinds of body listed with 、 before one that carries the head they share (交通、铁路部门,
    卫生、教育行政部门), each given that head: 交通部门, 铁路部门. A stem is a short word that is
    no body's name by itself."""
    out = list(pieces)
    for k, (piece, _) in enumerate(pieces):
        head = _SHARED_HEAD.search(piece)
        if head is None or "等" in piece:
            continue  # 民政等有关行政部门: fields of work before 等, each its own (see _sectors)
        field = pieces[k - 1][0] if k > 0 and pieces[k][1] == "、" else ""
        if _EVERY_LEVEL.match(field) and not _ORG_END.search(field):
            # 各级审计、监察部门: 各级 speaks of both kinds, one collective as written
            merged = (f"{pieces[k - 1][0]}、{piece}", pieces[k - 1][1])
            return [*out[: k - 1], merged, *_shared_heads(pieces[k + 1 :])]
        j = k
        while j > 0 and pieces[j][1] == "、" and _STEM.match(pieces[j - 1][0]):
            if is_department(pieces[j - 1][0]):
                break
            j -= 1
        for i in range(j, k):
            out[i] = (pieces[i][0] + head.group(), pieces[i][1])
    return out


# 教育、住房和城乡建设等部门: kinds of body (sectors) a list names by their field alone, the
# 部门 after the last saying what they are; a plan means each field's department, and the
# names are kept as written.
_SECTOR_HEAD = re.compile(r"等(?:有关|相关)?(?:行政|主管)?(?:部门|单位)")  # 等有关行政部门
_SECTOR = re.compile(r"^[\u4e00-\u9fff]{2,10}$")  # 人力资源和社会保障
_SECTOR_PAIR = re.compile(r"等(部门|单位)[、和及与](部门|单位)")  # 等部门、单位配合


_SECTOR_WORDS = re.compile(r"(?:主管|行政)?(?:部门|机关)$")


def _sectors(pieces: list[tuple[str, str]]) -> set[int]:
    """The indexes of the pieces that name a sector: the piece that carries 等部门 and those
    listed with 、 before it, each a short word (not a sentence's)."""
    found: set[int] = set()
    for k, (piece, _) in enumerate(pieces):
        if not _SECTOR_HEAD.search(piece) or not _is_sector(_name(piece)):
            continue
        found.add(k)
        j = k
        while j > 0 and pieces[j][1] == "、" and _is_sector(_name(pieces[j - 1][0])):
            found.add(j - 1)
            j -= 1
    return found


def _is_sector(name: str) -> bool:
    # 建设 names a field here (住房和城乡建设), not the work of a sentence
    work = _VERBS.search(name.replace("建设", ""))
    return bool(_SECTOR.match(name)) and not work and not _PHRASE_WORDS.search(name)


def add_new(names: list[str], more: Iterable[str]) -> None:
    """Append to ``names`` each of ``more`` it does not hold yet, in order: a department named
    twice (in two lists of one item, or twice in one) is one entry."""
    for name in more:
        if name not in names:
            names.append(name)


@dataclass
class DepartmentList:
    """Departments named in one place, in order, who leads, and the phrases read where a
    department was expected that are not one, with the reason (for review, never for the
    ledger)."""

    names: list[str]
    lead: str | None
    rejected: list[tuple[str, str]] = field(default_factory=list)


# A field that names no department (分管领导：, 责任人：, 完成时限：) among role fields.
_OTHER_FIELD = re.compile(
    r"(?:^|(?<=[\s，,；;。（(【]))(?:分管|牵头|责任|联系)?(?:领导|责任人|联系人|时限|时间)[:：]"
)


# A person's field in brackets after a body's name on a role line: 甲局（分管领导：王某）
_PERSON_NOTE = re.compile(
    r"[（(](?:分管|牵头|责任|联系)?(?:领导|责任人|联系人)[:：][^（()）]*[)）]"
)


def department_list(text: str) -> DepartmentList | None:
    """The departments a list names (a parenthesis, a 责任单位 field), or None when it is
    not a list of departments."""
    if _OTHER_FIELD.search(text) and _ROLE_LINE.search(text):
        return _role_lines(text)  # （分管领导：王某 牵头单位：甲局 责任科室：乙科）
    names: list[str] = []
    lead: str | None = None
    marked: str | None = None
    ended = False  # the previous piece closed the list with its role (…分别负责)
    group = 0  # where the group of names the next role word speaks of starts
    labelled_lead: str | None = None
    labelled_role = ""
    pieces = _shared_heads(_joined_pieces(_SECTOR_PAIR.sub(r"等\1\2", text)))
    sectors = _sectors(pieces)
    for k, (piece, joiner) in enumerate(pieces):
        if joiner in _GROUP_SEPARATORS:
            group = len(names)  # 丙负责，甲、乙牵头: a comma starts another group
        labelled = _LABEL.match(piece)
        if joiner == "。" and names and not labelled:
            break  # （甲局牵头。以下各项均需乙局落实）: a note after the list, not a role group
        if labelled:  # 牵头单位：市卫健委 / 配合科室：财务科
            piece = piece[labelled.end() :]
            role = labelled.group("role") or labelled.group("bare")
            if role.endswith(_LEAD_ROLES) and (
                labelled_lead is None or _leads_over(role, labelled_role)
            ):
                labelled_lead, labelled_role = _ROLE.sub("", piece).strip() or None, role
        stripped = _name(piece)
        if not stripped:
            continue
        # a lead named with its unit in brackets leads by its own name: 甲局（甲所）牵头
        first = _units(stripped)[0]
        if _MARKED.search(piece):
            marked = marked or first  # 市卫健委（牵头）: named as the lead wherever listed
        elif _LEADS.search(piece) and lead is None:
            # 甲、乙牵头: the first of those who lead (丙负责，甲、乙牵头: not 丙)
            lead = names[group] if group < len(names) else first
        if k not in sectors and not is_department(stripped):
            if names and (ended or (joiner in _GROUP_SEPARATORS and _WHEN.search(stripped))):
                break  # (国务院各部门分别负责，年内持续推进), (甲、乙；2024年底前): another field
            if names and joiner in "；;" and not labelled:
                break  # (甲、乙；列第一位的为牵头单位): a note after the list
            return None
        add_new(names, _units(stripped))
        ended = stripped != piece.strip() and not _LEADS.search(piece)
        if ended:
            group = len(names)  # the role closed a group of names; the next one starts here
    if not names:
        return None
    # a name said to lead (牵头) outranks the first of a 责任单位 label
    lead = marked or lead or labelled_lead or names[0]
    return DepartmentList([lead, *(n for n in names if n != lead)], lead)


# A bracket after a body's name that names a unit of its own at the same place and level:
# 县食品药品监督管理局(县卫生监督所) is two bodies, while 区发展改革委(粮食和储备局) and
# 各镇人民政府(街道办事处) are one body's two names (the bracket does not repeat the place, or
# it spells the same name out).
_SEPARATE_UNIT = re.compile(
    r"^(?P<outer>(?P<place>[\u4e00-\u9fff]{0,6}?[省市州县区旗])[\u4e00-\u9fff]{3,})"
    r"[（(](?P<inner>(?P=place)[\u4e00-\u9fff]{3,})[)）]$"
)


def _units(name: str) -> list[str]:
    """``name``, or the two bodies it names when its bracket holds a unit of its own."""
    match = _SEPARATE_UNIT.match(name) if name.endswith((")", "）")) else None
    if match is None or not all(_ORG_END.search(match[n]) for n in ("outer", "inner")):
        return [name]
    if department_key(match["outer"]) == department_key(match["inner"]):
        return [name]  # 市残联（市残疾人联合会）: its long form
    return [match["outer"], match["inner"]]


def parenthesised_departments(text: str) -> list[tuple[int, int, DepartmentList]]:
    """Each parenthesis (（）, (), 〔〕) in ``text`` that lists departments: (start, end, list)."""
    found = []
    for match in _PAREN.finditer(text):
        inner = match.group(1)
        # the cheap test first: most parentheses are glosses, not worth reading as a list
        after = text[match.end() : match.end() + 1]
        # (spaces inside words too: 负 责, where a page's line broke)
        inner = _WRAP.sub("", inner)  # in brackets, names are not listed one a line
        explicit = re.search(r"负\s*责|牵\s*头|参与|配合|单位[:：]", inner)
        # 建成…门诊(PEP)区: a gloss inside a sentence, not a list of departments; a bracket
        # opening the item (〔甲局、乙局〕推进…) glosses no word before it
        opening = not text[: match.start()].strip()
        if not explicit and not opening and after and after not in "。；;\n \u3000":
            continue
        # （甲、乙会同丙负责）: 丙 is whom they work with, not one of the item's departments
        parsed = department_list(_WITH.sub("", inner) if "会同" in inner else inner)
        if parsed is None:
            continue
        if len(parsed.names) == 1 and _alias_of(text[: match.start()]):
            continue  # 规划信息处(爱卫办): the other name of the body before it
        found.append((match.start(), match.end(), parsed))
    return found


# A line break a page width left inside a list, between two characters of names (区委社⏎会工作部).
_WRAP = re.compile(r"(?<=[^\s、，,；;。：:])[ \t\u3000]*\n[ \t\u3000]*(?=[^\s、，,；;。（(【〔\[])")


_GLOSSES = re.compile(r"[（(][^（()）]*[)）]")  # 各县（市、区）: its 、 separates no names


def _unwrapped(names: str) -> str:
    """A list of names with the line breaks a page width left inside it taken out; names one a
    line, no separator between them (责任单位：⏎甲局⏎乙局), keep theirs."""
    if "\n" not in names or not re.search(r"[、，,；;]", _GLOSSES.sub("", names)):
        return names
    return _WRAP.sub("", names)


_WITH = re.compile(r"会同[^、，,；;。]*?(?=(?:按职责分工|分别|共同)?(?:负\s*责|牵\s*头)|$)")


def _alias_of(before: str) -> bool:
    """Whether ``before`` ends with a name of a body standing alone (a table cell, a line, a
    cell a space apart), so that a parenthesis after it gives its other name
    (规划信息处(爱卫办))."""
    # 配合单位——甲局(…); a bracket inside the name parts none (各县(市、区)政府(管委会))
    name = split_outside_brackets(before, "|\n\t，,。；;、：: \u3000—")[-1][1].strip()
    plain = not re.search(r"[\d一二三四五六七八九十]", name) and not _VERBS.search(name)
    return 2 <= len(name) <= 12 and plain and is_department(name)


def _unbalanced(text: str) -> int:
    """Where ``text`` closes a bracket it did not open (the end of an enclosing list)."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in "(（〔【[":
            depth += 1
        elif ch in ")）〕】]":
            depth -= 1
            if depth < 0:
                return i
    return len(text)


# A time a space after a role line's names, with no label of its own: 甲局、乙局 2024年底前完成.
_SPACED_WHEN = re.compile(
    r"[ \t\u3000]+(?=[^\s、，,]*(?:\d{4}|\d{1,2}月|年底|年内|长期|持续|逐年|序时|季度))[\s\S]*$"
)


# A person a space after a role line's names, with their post or not (责任单位：甲局 王某某,
# 甲局　张某 局长, 甲局 *** 主任): who answers for the work, no department.
_PERSON_AFTER = re.compile(
    r"(?<=[\u4e00-\u9fff）)])[ \t\u3000]+(?P<who>[\u4e00-\u9fff]{2,3}|[*＊]{2,})"
    # at the end of its line or of its body's part of the list (甲局 王某；乙局 张某)
    r"(?:[ \t\u3000]*(?:同志|[\u4e00-\u9fff]{0,6}(?:长|主任|书记)))?[ \t\u3000]*(?=[；;，,、]|$)",
    re.M,
)


# A person's name in brackets after a role line's body, or several (甲局（王某某）, 乙局（张某、
# 李某）): who answers for the body's part, no other name of it.
_BRACKETED_PERSON = re.compile(
    r"(?<=[\u4e00-\u9fff])[（(](?P<who>[\u4e00-\u9fff]{2,3}(?:[、，,][\u4e00-\u9fff]{2,3})*)[)）]$"
)


def _without_person(name: str) -> str:
    """``name`` without the person ``_BRACKETED_PERSON`` finds after it; a bracket holding a
    body, a level or a place (各镇（街道）, 区发展改革委（粮食局）) stays."""
    match = _BRACKETED_PERSON.search(name) if name.endswith((")", "）")) else None
    if match is None or not is_department(name[: match.start()]):
        return name
    inner = re.split(r"[、，,]", match.group("who"))
    if any(is_department(w) or _LEVEL_WORD.match(w) or _LEVELS.match(w) for w in inner):
        return name
    return name[: match.start()]


def _no_person(match: re.Match[str]) -> str:
    """A person's name ``_PERSON_AFTER`` found taken out; a body's short name kept (甲局 各区)."""
    return match.group() if is_department(match.group("who")) else ""


def _names_continued(body: str, end: int) -> str:
    """``body`` up to ``end``, and on over the lines after it that hold nothing but names when
    the list ended at a line break (责任单位：甲局⏎乙局⏎完成时限：…: a cell's names one a line)."""
    if not body[end:].startswith("\n") or not body[:end].strip():
        return body[:end]
    lines = body[end:].split("\n")[1:]
    if body[:end].rstrip()[-1] in "、，,":  # a list left open (甲局、⏎⏎乙局): a page broke it
        blank = next((k for k, line in enumerate(lines) if line.strip()), 0)
        body, lines = body[:end] + "\n" + "\n".join(lines[blank:]), lines[blank:]
    wrapped = _wrapped_on(body[:end], lines[0])
    if wrapped is not None:  # 责任单位：甲局、乙县（⏎市、区）: a page width broke a name
        joined = body[:end] + wrapped
        if wrapped != lines[0].strip():
            return joined  # another field after the names on that line
        body, end, lines = joined + body[end + 1 + len(lines[0]) :], len(joined), lines[1:]
    for line in lines:
        pieces = [_name(p) for p in _pieces(line.strip())]
        if not pieces or not all(
            p and is_department(p) and not _VERBS.search(p) and len(p) <= 20 for p in pieces
        ):
            break
        end += 1 + len(line)
    return body[:end]


def _wrapped_on(before: str, line: str) -> str | None:
    """The line after a role line's list, when a page width broke a name of the list there
    (南湖社区卫生服务中⏎心、乙局, 市直各有关⏎部门): the names on it up to its end or its next
    field, every piece a department once joined, and the pieces either side of the break not
    both names of their own (甲局⏎乙局 is a list one a line). None for any other line."""
    text = line.strip()
    if not text or not before.strip() or before.rstrip()[-1] in _SEPARATORS:
        return None
    field = _FIELD_END.search(text)
    text = text[: field.start()] if field else text
    left, right = _pieces(before.strip()), _pieces(text)
    if not left or not right or (is_department(_name(left[-1])) and is_department(_name(right[0]))):
        return None
    joined = [_name(p) for p in _pieces(before.strip() + text)]
    return text if joined and all(p and is_department(p) for p in joined) else None


_LABEL_GROUPS = ("role", "bare", "boxed", "spaced", "after", "named")


def _leads_over(role: str, other: str) -> bool:
    """Whether a list labelled ``role`` leads rather than one labelled ``other``: 牵头 over
    责任 (责任单位：乙局；牵头单位：甲局 — 甲局 leads the 责任单位 who do the work)."""
    return "牵头" in role and "牵头" not in other


def _role_lines(text: str) -> DepartmentList | None:
    """Every role line of an item (牵头单位：…, 配合单位：…, 协办单位：…, 【责任单位】…,
    责任单位——…), the lead first; a list ends at a line break, a full stop, or another field on
    the same line; a label alone on its line names the line after it (配合单位：⏎乙局、丙局)."""
    if not _ROLE_MARK.search(text) or not _ROLE_LINE.search(text):
        return None
    text = _PAGE_BREAK.sub("\n", text) if "\n" in text else text
    text = _PERSON_NOTE.sub("", text) if "领导" in text or "责任人" in text else text
    names: list[str] = []
    lead: str | None = None
    marked: str | None = None  # 市卫健委（牵头）: a lead named as such outranks a label's
    rejected: list[tuple[str, str]] = []
    lead_role = ""
    labels = list(_ROLE_LINE.finditer(text))
    for i, label in enumerate(labels):
        stop = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        body = text[label.end() : stop].lstrip(" \t\u3000")
        if body.startswith("\n"):  # the label stands alone: its names are on the next line
            body = body.lstrip("\n \t\u3000")
        end = _FIELD_END.search(body)
        body = _unwrapped(_names_continued(body, end.start()) if end else body)
        body = _SPACED_WHEN.sub("", body[: _unbalanced(body)])
        body = _PERSON_AFTER.sub(_no_person, body) if " " in body or "\u3000" in body else body
        pieces = _joined_pieces(_SECTOR_PAIR.sub(r"等\1\2", body))
        sectors = _sectors(pieces)
        for k, (piece, _) in enumerate(pieces):
            name = _without_person(_name(piece))
            if not name:
                continue
            reason = None if k in sectors else _labelled_reason(name)
            if reason is not None:
                rejected.append((name, reason))
            elif name not in names:
                names.append(name)
                role = next((r for r in label.group(*_LABEL_GROUPS) if r), "")
                if role.endswith(_LEAD_ROLES) and (lead is None or _leads_over(role, lead_role)):
                    lead, lead_role = name, role
                if marked is None and (_LEADS.search(piece) or _MARKED.search(piece)):
                    marked = name
    if not names:
        return None
    lead = marked or lead or names[0]
    return DepartmentList([lead, *(n for n in names if n != lead)], lead, rejected)


# A ratio sign a PDF wrote for a label's colon (牵头单位∶甲局), one character for one.
_COLON = str.maketrans("∶", "：")

# A line that opens with a role label, boxed or not: 【牵头单位：…】, [牵头单位]…, 牵头单位：…
_ROLE_OPENING = re.compile(
    rf"^[ \t\u3000]*[【\[〔（(]?[ \t]*(?:{_ROLES})(?:{_OFFICES}|主体)?{_QUALIFIER}"
    r"[ \t]*(?:[】\]〕]|[:：]|——)"
)


def role_line_departments(line: str) -> DepartmentList | None:
    """The departments of a line that is nothing but role labels and their names
    (【牵头单位：市卫健委；配合单位：市财政局】), None for any other line."""
    line = line.translate(_COLON)
    if not _ROLE_OPENING.match(line):
        return None
    found = _role_lines(line.strip())
    rest = _ROLE_LINE.sub("", line)
    for name in sorted(found.names if found else [], key=len, reverse=True):  # 甲局 in 某甲局
        rest = rest.replace(name, "")
    # nothing but the names, their separators and brackets: no work stated on the line
    return found if found and not re.search(r"[\u4e00-\u9fff]{6}", rest) else None


# 牵头单位, 配合部门, 责任主体, with a qualifier (责任单位（部门）)
_ROLE_COLUMN = re.compile(
    rf"^(?P<role>{_ROLES})?(?:责任)?(?:{_OFFICES}|主体)"
    r"(?:[（(][\u4e00-\u9fff、/]{1,6}[)）])?$"
)


def is_role_column(heading: str, *, lead: bool = False) -> bool:
    """Whether a table's column heading names who is responsible (牵头单位, 配合部门, 责任处室);
    with ``lead``, only those who lead (牵头, 责任, 主责 …)."""
    match = _ROLE_COLUMN.match(re.sub(r"\s+", "", heading))
    if not match:
        return False
    return not lead or (match.group("role") or "责任").endswith(_LEAD_ROLES)


def column_departments(cells: list[str]) -> DepartmentList | None:
    """The departments of a table row's role cells, in the order given (the lead column
    first), the first of them leading: names in a cell split like any list; a phrase that is
    no department goes to ``rejected``."""
    names: list[str] = []
    rejected: list[tuple[str, str]] = []
    lead: str | None = None
    for cell in map(_unwrapped, cells):  # 甲局、乙⏎局: a cell a page width broke
        # a cell that states roles: 甲局牵头，乙局配合 / 牵头：甲局；配合：乙局 / 乙、甲（牵头）
        listed = department_list(cell) if _ROLE_IN_CELL.search(cell) else None
        if listed is not None:
            lead = lead or (listed.lead if not names else None)
            add_new(names, listed.names)
            continue
        for piece in _pieces(cell):
            name = _name(piece)
            if not name or name in ("/", "—", "-"):
                continue
            reason = _labelled_reason(name)
            if reason is not None:
                rejected.append((name, reason))
            elif name not in names:
                names.append(name)
    if not names:
        return None
    lead = lead or names[0]
    return DepartmentList([lead, *(n for n in names if n != lead)], lead, rejected)


_ROLE_IN_CELL = re.compile(r"牵头|配合|负责|协办|参与|[:：*＊]")


def _labelled_reason(name: str) -> str | None:
    """Why ``name``, listed under a role's label or column, is no department (see
    :func:`not_a_department`): a field of work there names the department of that field
    (责任单位：卫生、教育; 卫生健康 in a 责任部门 column), kept as written."""
    reason = not_a_department(name)
    if reason == "not an organisation" and _is_sector(name) and len(name) <= 6:
        # a bare field: not the rest of a heading after a joining word (主管部门及代码: 及代码),
        # not every unit's person (各科室主任)
        return reason if _NO_FIELD.search(name) else None
    return reason


_NO_FIELD = re.compile(r"^[及和与或并等各]|(?:主任|人员|领导|负责人|干部|书记|[局科处部所院站]长)$")


def _by_phrase(text: str) -> DepartmentList | None:
    """由市卫健委、市财政局（市医保局）和市民政局负责."""
    if "由" not in text:
        return None
    names: list[str] = []
    for match in _BY.finditer(text):  # 一是…由甲负责；二是…由乙负责: every one of them
        pieces = [_name(p) for p in _pieces(match.group("names"))]  # 牵头，会同乙、丙等部门
        pieces = [p for p in pieces if p]
        if pieces and all(is_department(p) for p in pieces):
            add_new(names, pieces)
    return DepartmentList(names, names[0]) if names else None


_LISTED_SENTENCE = re.compile(r"[^。；;]+")
_SHORT = re.compile(r"[、，,]")
_LISTED = re.compile(r"[局委办部厅院心府位联站所队](?:\s*[、，,])")  # a name, then a comma


def _bare_list(text: str) -> DepartmentList | None:
    """A sentence that is nothing but department names (a 责任单位 column printed in line):
    ``…卫生院。市卫健委、发改委、财政局``."""
    if not _LISTED.search(text):
        return None
    for match in _LISTED_SENTENCE.finditer(text):
        if max(map(len, _SHORT.split(match.group()))) > 40:
            continue  # prose, not a list of names
        pieces = [p for p in _pieces(match.group()) if p]
        names = map(_name, pieces)  # lazily: a sentence of prose fails on its first piece
        if len(pieces) >= 2 and all(is_department(p) and not _VERBS.search(p) for p in names):
            found = department_list(match.group())  # its roles read: 甲（牵头）、乙
            if found is not None:
                return found
    return None


_SEGMENT = re.compile(r"[^|\n\s。；;]+")
_NAME_LIKE = re.compile(r"^[\u4e00-\u9fff()（）、]{2,15}$")  # 各县（市、区）政府
_VERBS = re.compile(
    r"(?<!城乡)建设(?![局厅委部办监管]|中心)|推进|加强|提高|开展|支持|实施|完善|落实|提升|创建|争创|启用|(?<!等)(?<!等基层|等群众|等群团|等社会)组织(?!部|管理)|达到|"
    r"完成|保持|深化|打造|实现|安排|"
    # a duty's modal and what it sets up (设区的市应当设立…中心, 并按照规定设立…分站)
    r"应当|必须|设立|按照|依照|"
    # building work, not a body: 新(改、扩)建一批中小学校, 新(改)建村卫生室 (新建区 is a place)
    r"新(?:[（(][^（()）]{1,4}[)）])?建(?![区县])|[改扩迁]建|一批"
)


def _column(text: str) -> DepartmentList | None:
    """Names standing alone in a table's 责任单位 column: one a line, a cell (``|``) or a
    space apart (省卫生厅⏎省发改委, 县卫健委 有关乡镇). A segment counts when every name in
    it is a department (so a person's name in the next column never is), or when it is one
    name of four characters or more standing between two departments of the column: a name
    the table wrote short, without its 委 or 局 (省财政厅⏎省人口计生⏎省妇联)."""
    found: list[tuple[str, list[str]]] = []  # ("dept" | "short" | "other", names)
    marked: list[str] = []  # 乙局、甲局（牵头）: named as the lead wherever listed
    for match in _SEGMENT.finditer(text):
        segment = match.group()
        pieces = [p for p in (_name(p) for p in _pieces(segment)) if p]
        marked += [_name(p) for p in _pieces(segment) if _MARKED.search(p)]
        # a line a dash or a bullet opens is a point of the work (——孕产妇…降低), not a cell;
        # a dash after the work's last sentence names who does it (…服务。——甲局)
        after_stop = match.start() > 0 and text[match.start() - 1] in "。；;"
        bullet = segment[0] in _BULLETS and not after_stop
        prose = max(map(len, _SHORT.split(segment))) > 20 or bullet
        if (
            prose
            or not pieces
            or not all(_NAME_LIKE.match(_GLOSS.sub("", p)) and not _VERBS.search(p) for p in pieces)
        ):
            found.append(("other", []))
        elif all(is_department(p) for p in pieces):
            found.append(("dept", pieces))
        elif len(pieces) == 1 and len(pieces[0]) >= 4 and not _HEADING_WORD.match(pieces[0]):
            found.append(("short", pieces))
        else:
            found.append(("other", []))
    names: list[str] = []
    for i, (kind, pieces) in enumerate(found):
        between = 0 < i < len(found) - 1 and found[i - 1][0] == found[i + 1][0] == "dept"
        if kind == "dept" or (kind == "short" and between):
            add_new(names, pieces)
    if not names:
        return None
    lead = next((n for n in marked if n in names), names[0])
    return DepartmentList([lead, *(n for n in names if n != lead)], lead)


# 市卫健委：推进…  — the department named before the task, as the owner of what follows.
# (a name may carry its bracket: 区县(市)人民政府：, 乡镇人民政府(街道办事处)：)
_OWNER = re.compile(
    r"^\s*(?P<names>(?:[^：:，,。；;\s（()）]|[（(][^（()）：:，,。]{1,10}[)）]){2,40})[：:]"
)


def names_alone(text: str) -> DepartmentList | None:
    """The departments of a text that is nothing but their names (交通、铁路部门), no work
    stated (not 建设区域医疗中心)."""
    found = department_list(text)
    return found if found is not None and not _VERBS.search(text) else None


def _owner(text: str) -> DepartmentList | None:
    match = _OWNER.match(text)
    if not match:
        return None
    found = department_list(match.group("names"))
    return found if found is not None and not _VERBS.search(match.group("names")) else None


_LINE_OWNER = re.compile(r"\n[ \t\u3000]*[^：:，,。；;\s]{2,40}[：:]")


def _line_owners(text: str) -> DepartmentList | None:
    """The bodies a section names one a line, each before its own duty (联系单位⏎省财政厅：负责
    联系…；⏎省卫生厅：负责联系…): at least two such lines, the first body leading."""
    if text.count("\n") < 2 or len(_LINE_OWNER.findall(text)) < 2:
        return None  # the cheap test first: most items have no two lines opening so
    lines = text.split("\n")[1:]
    owners = [_owner(line) for line in lines]
    if sum(found is not None for found in owners) < 2:
        return None
    names: list[str] = []
    for line, owner in zip(lines, owners, strict=True):
        found = owner or _subjects(line)  # ⏎各级审计、监察部门要…: a line's subject, too
        add_new(names, found.names if found else [])
    return DepartmentList(names, names[0])


_SENTENCE_OWNER = re.compile(r"(?:^|(?<=[。；;]))[ \t\u3000]*[^：:，,。；;\s]{2,40}[：:]")


def _sentence_owners(text: str) -> DepartmentList | None:
    """The bodies an item's sentences name each before its own part of the work (推进…。甲局：
    完善…；乙局：推行…): at least two such sentences, the first body leading."""
    if len(_SENTENCE_OWNER.findall(text)) < 2:
        return None  # the cheap test first
    owners = [_owner(piece) for _, piece, _ in split_outside_brackets(text, "。；;")]
    names: list[str] = []
    for found in owners:
        add_new(names, found.names if found else [])
    return DepartmentList(names, names[0]) if sum(map(bool, owners)) >= 2 else None


# Two pieces of a line a page width broke, the second opening a field: 配合部⏎门：乙局.
_BROKEN_LABEL = re.compile(
    r"(?P<a>[\u4e00-\u9fff]{1,6})[ \t\u3000]*\n[ \t\u3000]*(?P<b>[\u4e00-\u9fff]{1,6}[:：])"
)


# A label a page spaced out letter by letter to fill its cell: 牵 头 单 位：
_SPACED_LABEL = re.compile(
    r"(?:[\u4e00-\u9fff][ \t\u3000]+){1,5}[\u4e00-\u9fff](?=[ \t\u3000]*[:：])"
)


def _mended(text: str) -> str:
    """``text`` with every role label a line break cut in two made whole again (配合部⏎门：乙局
    → 配合部门：乙局): the line after it opens like a field of its own, so the view keeps the
    break, and the piece before it would read as a body ending in 部; and a label spaced out
    letter by letter (牵 头 单 位：) written together."""
    if not re.search("[:：]", text):
        return text
    text = _SPACED_LABEL.sub(_closed_up, text)
    if "\n" not in text:
        return text

    def mend(match: re.Match[str]) -> str:
        joined = match.group("a") + match.group("b")
        label = _ROLE_LINE.search(joined)
        straddles = label and label.end() == len(joined) and label.start() < len(match.group("a"))
        return joined if straddles else match.group()

    return _BROKEN_LABEL.sub(mend, text)


def _closed_up(match: re.Match[str]) -> str:
    """A spaced-out label written together, when it is a role label (not names a space apart)."""
    joined = re.sub(r"[ \t\u3000]+", "", match.group())
    return joined if _LABEL.match(joined + "：") else match.group()


# Whose leadership or organising a body works under (甲委员会在本级人民政府领导下，负责…; 在乙的
# 统一组织下，丙部门负责…): an adverbial between a subject and its duty, or before both; the
# body it names leads no part of the item.
_UNDER = re.compile(
    r"在[^，,。；;在]{2,30}?(?:的)?(?:统一)?(?:领导|组织|指导|主持|部署|协调)下[，,]?"
    # …or when it must do its duty (各级政府在制定…规划时，必须…; not 甲部门在执行公务时，接到…,
    # whose 在 opens the duty)
    r"|(?<=[\u4e00-\u9fff])在[^，,。；;在]{2,30}?时[，,](?=应当|必须|要|须|不得)"
)


def without_asides(text: str) -> str:
    """``text`` without its asides on a body: whose leadership it works under (see ``_UNDER``),
    its staff named with it (``_STAFF``) and the short name the text defines for it
    (``_DEFINED``)."""
    text = _UNDER.sub("", text) if "下" in text or "时" in text else text
    text = _STAFF.sub("", text) if "其" in text else text
    return _DEFINED.sub("", text) if "称" in text else text


# A body's staff named with it (甲机构及其工作人员不得…): the body is who the rule charges
_STAFF = re.compile(r"及其(?:工作人员|从业人员|执法人员|职工)")


def named_departments(text: str) -> DepartmentList | None:
    """The departments ``text`` names as such: in parentheses (several, in order), role
    lines, a 由…负责 phrase or …牵头 phrasing."""
    # 按照职责分工 is 按职责分工 (甲局、乙局按照职责分工抓好落实)
    text = without_asides(_mended(text)).replace("按照职责分工", "按职责分工")
    names: list[str] = []
    lead: str | None = None
    for _, _, found in parenthesised_departments(text):
        lead = lead or found.lead
        add_new(names, found.names)
    if names:
        return DepartmentList(names, lead)
    # a regulation's next article run in after a comma or a stop (…工作,第二十条…由乙承担。)
    # names the bodies of its own work, not this item's
    run_in = _RUN_IN_ARTICLE.search(text) if "条" in text else None
    text = text[: run_in.start()] if run_in else text
    by, led = _by_phrase(text), _lead_phrase(text)
    if by is not None and led is not None and set(by.names) < set(led.names):
        by = DepartmentList(led.names, by.lead)  # 由甲负责组织实施，乙具体负责: both
    closing = _closing(text)
    if by is not None and closing is not None and set(by.names) < set(closing.names):
        by = closing  # 甲负责具体实施（…由乙统筹组织）。: the 由 phrase is the closing's note
    if by is not None:
        by = _beside_the_lead(by, text)  # 由甲负责，乙要积极配合
    stated = _role_lines(text) or by
    if stated is None and led is not None and not text.lstrip().startswith(led.names[0]):
        # 甲部门是…的主管部门，负责…。乙机构具体负责…: the body the text opens with leads
        opening = opening_subject(text)
        if opening is not None and not set(opening.names) & set(led.names):
            led = DepartmentList([*opening.names, *led.names], opening.lead)
    later = _LATER_SUBJECT.search(text) if stated is None and led is not None else None
    if stated is None and led is not None:
        # who supports the lead before the later sentences, whose bodies come in their order
        led = _beside_the_lead(led, text[: later.start()] if later else text)
    if led is not None and later is not None:
        # 卫生部门负责救治…。疾病预防控制部门要加强…: a second sentence's subject is a body too
        # (not past an article's number the page ran in: 第十六条市爱卫办应… is the next rule's)
        rest = text[later.start() :]
        also = _subjects(_NEXT_ARTICLE.split(rest, 1)[0])
        names = list(led.names)
        add_new(names, [n for n in (also.names if also else []) if not _at_levels(n, led.names)])
        return _beside_the_lead(DepartmentList(names, led.lead), rest)
    return stated or led or closing or _stated_roles(text)


# A clause naming who supports the body that leads (…，乙局予以配合; 乙局协助做好…): departments
# of the item after it.
_SUPPORTING = re.compile(
    r"(?:^|(?<=[。；;，,]))\s*(?P<names>[^，,。；;：:（()）\s]{2,60}?)(?:应当|要|须)?"
    r"(?:予以|给予|积极)?(?:配合|协助|协同|协办|参与)(?!单位|部门)"
)


def _beside_the_lead(led: DepartmentList, text: str) -> DepartmentList:
    """``led`` and, in the order named, the bodies ``text`` has support it (``_SUPPORTING``)."""
    if not re.search("配合|协助|协同|协办|参与", text):
        return led
    names = list(led.names)
    for match in _SUPPORTING.finditer(text):
        written = match.group("names")
        if _WORK_INSIDE.search(written):
            continue  # 甲局负责…并协助: a clause of the lead's own
        listed = department_list(written)
        if listed is not None and all(is_department(n) for n in listed.names):
            add_new(names, listed.names)
    return DepartmentList(names, led.lead, led.rejected)


# Several levels named before a body (市、县两级财政部门, 省和市卫生行政部门, 各级…).
_MANY_LEVELS = re.compile(r"^(?:[省市州县区](?:[、和及与][省市州县区])+(?:两级|三级)?|各级)$")


def _at_levels(name: str, names: list[str]) -> bool:
    """Whether ``name`` is one of ``names`` at several levels named before it (市、县两级财政部门
    after 财政部门负责… or 市财政局负责…: the same body), not a body of one level
    (市水行政主管部门)."""
    cores = [n[1:] if n[:1] in "省市州县区" else n for n in names]
    return any(name.endswith(c) and _MANY_LEVELS.match(name[: -len(c)]) for c in cores if c)


# Each body doing its part within its remit (在各自职责范围内, 按照各自职责): a regulation's subject
_EACH_DUTY = (
    # 依照规定在各自的职责范围内: the rules it follows said first
    r"(?:(?:依照|按照|根据|依据)(?:有关|相关|国家)?规定)?(?:在|按照|根据|依照)各自(?:的)?(?:职责|职权)"
    # …or by the labour the rules divide, or, a mass organisation, by its own charter
    r"|按职责分工|(?:按照|依照|根据)各自(?:的)?章程"
)
# What a body must do (要, 应当, 应 — not 相应, 响应, 适应, 对应, 供应, 反应, 应急 — 须, 必须)
_MUST = r"要|应当|(?<![相响适对供反])应(?!急)|须|必须|不得|可以"
# A sentence after the first that opens with a body's name and what it must do (。乙局要…): the
# cheap test before _SUBJECT is tried on the rest.
# A list of bodies may stand apart from its modal by a comma (发展改革、财政等部门和单位，应当…).
_LIST_COMMA = r"(?:(?<=部门|单位|团体|机构)[，,])?"
_LATER_SUBJECT = re.compile(rf"[。；;][^。；;，,]{{2,120}}?{_LIST_COMMA}(?:{_MUST}|{_EACH_DUTY})")
_NEXT_ARTICLE = re.compile(STYLE["article"].pattern)
_RUN_IN_ARTICLE = re.compile(rf"(?<=[。；;，,]){STYLE['article'].pattern}(?![例款项第的规之所])")

# 甲局为牵头单位，乙局、丙局为配合单位 / 各乡镇人民政府是责任主体
_AS_ROLE = re.compile(
    r"(?:^|(?<=[。；;，,\s]))(?P<names>[^。；;，,\s]{2,60}?)(?:为|是|作为)"
    rf"(?P<role>{_ROLES})(?:单位|部门|主体)"
)


_ROLE_STATED_IN = re.compile(rf"(?:为|是)(?:{_ROLES})(?:单位|部门|主体)")


def _stated_roles(text: str) -> DepartmentList | None:
    """Departments a sentence states the role of, the first of a lead role leading."""
    if not _ROLE_STATED_IN.search(text):  # the role first, alone: cheap where most items fail
        return None
    names: list[str] = []
    lead: str | None = None
    for match in _AS_ROLE.finditer(text):
        found = names_alone(match.group("names"))
        if found is None or not all(is_department(n) for n in found.names):
            continue
        add_new(names, found.names)
        if lead is None and match.group("role").endswith(_LEAD_ROLES):
            lead = found.names[0]
    if not names:
        return None
    lead = lead or names[0]
    return DepartmentList([lead, *(n for n in names if n != lead)], lead)


def item_departments(
    text: str, layout: str | None = None, *, row: bool = False
) -> DepartmentList | None:
    """The departments a work item names: its department parentheses (several, in order),
    else every role line, else a 由…负责 phrase, else a sentence of names alone, else names
    standing alone in a column of ``layout`` (the item as laid out, lines and cells intact;
    ``text`` by default) — a line or cell of one name, or anywhere in a table ``row``; and after
    them the bodies it gives an act of authority (由甲审定, 经乙批准)."""
    found = _named_in_item(text, layout, row=row)
    acting = _authorities(text)
    if acting is None:
        return found
    if found is None:
        # 甲机构…。具体项目由乙政府确定: the body whose duty the item opens with leads
        found = opening_subject(text)
        if found is None:
            return acting
    names = list(found.names)
    add_new(names, [n for n in acting.names if not _one_level_of(n, found.names)])
    return DepartmentList(names, found.lead, found.rejected)


def _named_in_item(
    text: str, layout: str | None = None, *, row: bool = False
) -> DepartmentList | None:
    # a line a PDF broke before the punctuation that goes on its sentence (甲部门⏎，必须…) is
    # no line of its own: not a name alone in a column
    text = _BROKEN_BEFORE_STOP.sub("", text.translate(_COLON))
    layout = _BROKEN_BEFORE_STOP.sub("", layout.translate(_COLON)) if layout is not None else None
    found = (
        named_departments(text)
        or _owner(text)
        or _line_owners(text)
        or _sentence_owners(text)
        or _dash_closed(text)
    )
    if layout is not None and layout != text and _ROLE_MARK.search(layout):
        # the view joined a role line to the prose line after it (责任单位：甲局⏎加大投入…), or
        # two names one a line (各县（市、区）人民政府⏎乙局): the lines as laid out, when they
        # read with fewer phrases set apart, or with every name and more
        laid = named_departments(layout)
        if laid is not None and (
            found is None
            or len(laid.rejected) < len(found.rejected)
            or (len(laid.rejected) == len(found.rejected) and _one_a_line(found, laid, layout))
        ):
            return laid
    if found is not None:
        return found
    # names alone: in a column, when a line or a cell holds one name and nothing else; else
    # in a sentence of their own (with the spaces of page layout inside names)
    layout = layout if layout is not None else text
    # a line, or the end of a line after the task's last sentence (…体检。市卫健委), that is
    # one name and nothing else
    lines = layout.split("\n")
    ends = [re.split(r"[。；;]", line)[-1].strip(" |\t") for line in lines]
    ends = [end for end in ends if not re.search(r"[\s、，,]", end)]
    if row or any(is_department(_name(end)) for end in ends) or any(map(_listed_cell, lines)):
        return _column(_cells_unbroken(layout))
    found = _bare_list(text) or _heading_subject(text) or _subjects(text)
    if found is None and len(lines) == 1 and _spaced_row(lines[0]):
        return _column(layout)
    return found


_BROKEN_BEFORE_STOP = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*(?=[，,。；;、])")


def _spaced_row(line: str) -> bool:
    """Whether ``line`` is a table's row a space parts into cells, a cell after the first one
    listing bodies and nothing else (推进签约服务 甲局 乙局、丙局 2024年底): a row of a table
    printed without its bars, its header on another page."""
    cells = line.split()
    if len(cells) < 2:
        return False
    return any(
        (pieces := [_name(p) for p in _pieces(cell)])
        and all(p and is_department(p) and not _VERBS.search(p) for p in pieces)
        for cell in cells[1:]
    )


def _cells_unbroken(layout: str) -> str:
    """A table laid out one cell a line, each closed by its bar, with the lines a page width
    broke inside a cell joined (甲中心、乙口岸⏎检疫站、丙政府 |); names one a line in a cell
    (甲局⏎乙局 |) stay apart."""
    lines = layout.split("\n")
    if sum(line.rstrip().endswith("|") for line in lines) < 2:
        return layout
    out = [lines[0]]
    for line in lines[1:]:
        before = out[-1].rstrip()
        broken = before and not before.endswith("|") and line.strip() and "|" not in before
        if broken and _wrapped_on(before, line) is not None:
            out[-1] = before + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def _listed_cell(line: str) -> bool:
    """Whether ``line`` is a table's cell (closed by its bar) that lists bodies and nothing
    else (甲局、乙局 |): a column of names though no cell of it holds one name alone, as when
    the lead's cell of a row is empty."""
    cell = line.strip(" \t\u3000")
    if not cell.endswith("|") or not re.search(r"[、，,]", cell):
        return False
    found = names_alone(cell.rstrip(" |\t\u3000"))
    return found is not None and all(is_department(n) for n in found.names)


# Names after a dash that closes a line of work (推进…整治——甲局、乙局), no stop before it
_DASH_CLOSED = re.compile(
    r"[^\s—─](?:——|──)[ \t\u3000]*(?P<names>[^—─\n。；;：:]{2,80}?)[ \t\u3000。]*$", re.M
)


def _dash_closed(text: str) -> DepartmentList | None:
    for match in _DASH_CLOSED.finditer(text) if "—" in text or "─" in text else ():
        found = names_alone(match.group("names"))
        if found is not None and all(is_department(n) for n in found.names):
            return found
    return None


def _one_a_line(found: DepartmentList, laid: DepartmentList, layout: str) -> bool:
    """Whether ``laid`` (read from the lines as laid out) names all that ``found`` names and
    more, a name of ``found`` being names of ``laid`` that stand each on a whole line of their
    own (各县（市、区）人民政府⏎乙局, which the view joined), not a name a page width broke."""
    if set(found.names) < set(laid.names):
        return True
    lines = {line.strip() for line in layout.split("\n")}
    whole = [n for n in laid.names if n in lines]
    if len(laid.names) <= len(found.names) or not whole:
        return False
    for name in found.names:
        rest = name
        while rest and rest not in laid.names:
            part = next((n for n in whole if rest.startswith(n)), None)
            if part is None:
                return False
            rest = rest[len(part) :]
    return True


# A sentence or a clause whose subject is a list of bodies and what they must do: …。各级卫生健康
# 行政部门、疾控部门要制定…, 省卫生健康委适时开展督导 (not 应急: a body's name holds it).
_SUBJECT = re.compile(
    r"(?:^|(?<=[。；;，,]))\s*(?P<names>(?:[^，,。；;：:（()）\s]|[（(][^（()）]{1,10}[)）]){2,120}?)"
    r"(?P<comma>(?<=部门|单位|团体|机构)[，,])?(?:也|还|均|都|亦|同时)?"
    # (a comma may part the division of labour from the duty: 乙、丙等部门按照职责分工，做好…)
    rf"(?:{_MUST}|适时|定期|及时|{_EACH_DUTY})[，,]?(?=[\u4e00-\u9fff])"
)


def _subjects(text: str) -> DepartmentList | None:
    """The bodies an item's sentences name as who must do its work, in order, the first leading;
    only for an item that names its departments in no other way."""
    text = without_asides(text)
    names: list[str] = []
    rejected: list[tuple[str, str]] = []
    for match in _SUBJECT.finditer(text):
        if match.group("comma") and _WORK_INSIDE.search(match.group("names")):
            continue  # 甲局会同乙等部门，定期…: 乙 is whom 甲 works with, the comma ends a clause
        found = names_alone(match.group("names"))
        categories = None if found is None else _categories_beside_bodies(match.group("names"))
        if found is not None and categories is not None:
            # not 单位和个人应当…: a person is no body; 各县（市）区 after 各县（市）区政府 is it
            governed = {m.removesuffix("人民政府").removesuffix("政府") for m in names}
            found.names = [n for n in found.names if n not in governed or n in names]
            add_new(names, found.names)
            rejected += categories
    return DepartmentList(names, names[0], rejected) if names else None


def _every_body(names: str) -> bool:
    """Whether every name of a subject's list is a body (交通、铁路部门 too), or a field of work
    the list's 等部门 names as one (财政、农业、物价等部门和单位应当…)."""
    return _categories_beside_bodies(names) == []


def _categories_beside_bodies(names: str) -> list[tuple[str, str]] | None:
    """The categories and private parties a subject's list names beside its bodies, with the
    reason (教育行政部门和各类教育机构应当…: 各类教育机构, left out and the body kept), or None
    when a name is neither a body nor one of those, or no name is a body (单位和个人应当…)."""
    pieces = _shared_heads(_joined_pieces(_SECTOR_PAIR.sub(r"等\1\2", names)))  # 交通、铁路部门
    sectors = _sectors(pieces) if _SECTOR_HEAD.search(names) else set()
    reasons = {
        _name(p): None if k in sectors else not_a_department(_name(p))
        for k, (p, _) in enumerate(pieces)
    }
    if None not in reasons.values() or any(r not in _BOUND for r in reasons.values()):
        return None
    return [(name, reason) for name, reason in reasons.items() if reason is not None]


# Whom a rule binds beside the bodies it charges (…等组织及物业服务企业应当…): not a body, no
# reason to leave the bodies out.
_BOUND = (None, "a category", "a private party")


# 由市卫健委牵头，市财政局配合 / 市卫健委负责: departments named in the sentence itself.
# a name's bracketed part: 各县（市、区）人民政府, 市残联（市残疾人联合会）
_BRACKETED = r"[（(][^（()）。；;，,]{1,12}[)）]"

# An act of authority a text gives a body by 由 (由甲审定, 由乙根据有关规定制定, 由丙统一规定,
# 由丁管理的…), or an approval it must have from one by 经 or 报 (经甲审查批准, 报乙批准): that
# body does this part of the item, whoever its subject is. Not 落实 or 承担 with their object
# (由项目单位落实配套资金: who pays), nor 提出 (由医生提出医学意见: a person's act).
_AUTHORITY_ACT = re.compile(
    # the rules it follows said first: 按照有关法律法规的规定执行
    r"(?:(?:根据|按照|依照|依据)[^，,。；;]{0,30}?(?:规定|要求|标准|办法|预案))?"
    r"(?:统一|另行|具体|依法)?"
    r"(?:确定|审定|核定|制定|规定|批准|审批|审查|审核|核准|许可|备案|认定|指定|执行|实施|监督|"
    r"管理|列入|征求|决定|公布|发布|给予|核发|颁发|考核|验收|查处|受理)"
)
# A body set up to do the work (…应当设立乙机构，负责…, 成立丙小组，具体承担…)
_SET_UP = re.compile(
    r"(?:设立|设置|成立|组建)(?P<names>[^，,。；;：:\s]{2,30}?)[，,]\s*(?:具体)?(?:负责|承担)"
)
# What names the body given the act; not 经济, 经费, 报告, 报送: words, no 经 or 报 of an approval
_AGENT_MARK = re.compile(r"由|报经|经(?!济|营|费|过|历|常|验)|报(?!告|刊|送|道|表|纸|名)")
# A body's name runs to the clause's end at most (not past 的: 甲局核发的许可证)
_AGENT_SPAN = re.compile(r"[^，,。；;：:由的\s]{2,40}")


def _authorities(text: str) -> DepartmentList | None:
    """The bodies ``text`` gives an act of authority (see ``_AUTHORITY_ACT``) or sets up to do
    the work (``_SET_UP``), in order: after each mark of an act, the shortest opening that ends
    as a body's name does and is followed by the act (市市场监督管理局审查: not 市市场 before
    监督), every name of it a body."""
    if not re.search("[由经报设成组]", text):
        return None
    text = _unbroken(text)
    found: list[tuple[int, list[str]]] = []
    for set_up in _SET_UP.finditer(text):
        pieces = [p for p in map(_name, _pieces(set_up.group("names"))) if p]
        if pieces and all(is_department(p) for p in pieces):
            found.append((set_up.start(), pieces))
    for mark in _AGENT_MARK.finditer(text):
        span = _AGENT_SPAN.match(text, mark.end())
        if span is None:
            continue
        for end in range(span.start() + 2, span.end()):
            opening = text[span.start() : end]
            if not _ORG_END.search(opening) or not _AUTHORITY_ACT.match(text, end):
                continue
            # 由甲局会同乙局制定: both act (会同 joins them), no verb of a clause of their own
            if _WORK_INSIDE.search(opening.replace("会同", "、")):
                break  # past a clause's own verb: 甲办负责组织…实施
            pieces = [p for p in map(_name, _pieces(opening)) if p]
            if pieces and all(is_department(p) for p in pieces):
                found.append((mark.start(), pieces))
                break
    names: list[str] = []
    for _, pieces in sorted(found):
        add_new(names, pieces)
    return DepartmentList(names, names[0]) if names else None


def _one_level_of(name: str, names: list[str]) -> bool:
    """Whether ``name`` is one of ``names`` at one level (市水行政主管部门 after 水行政主管部门
    负责…: the body the article charges, at the level that approves)."""
    level = _LEVEL_PREFIX.match(name)
    return level is not None and name[level.end() :] in names


# 根据各自职责负责, 按照职责分工负责: each by its own duties
_DUTY = r"(?:根据|按照|依据|依照)(?:各自)?(?:的)?职责(?:分工)?"
_REMIT = r"在各自(?:的)?(?:职责|职权)范围内"
_PHRASE = re.compile(
    # a dash opens a clause too: 推进…——甲局牵头，乙局配合
    # …and a colon: 任务分工：甲局负责…；乙局负责…
    # …and a line closing a list for all its items: 以上任务由甲局牵头，乙局配合
    r"(?:^|(?<=[。；，,;（(—：:]))(?:\s*(?:以上|上述)(?:各项|\d{1,2}项)?(?:任务|工作|事项)(?:均|都)?由|由)?"
    # 中 belongs to a name (中心, 中医院, 执法中队) but not to 其中 or 工作中
    # a body a clause says which of (甲部门所属的乙部门负责…; see _OWNED)
    rf"(?P<lead>(?:{_OWNED})?(?:[^，。；,;：:（()）的由中—]|(?<![其之在作])中|{_BRACKETED}){{2,60}}?)"
    # 在各自职责范围内 too: 其他有关部门在各自职责范围内负责…
    rf"(?:等部门|等单位)?(?:按职责分工|按职责|分工|分别|共同|具体|主要|{_DUTY}|{_REMIT})?"
    r"(?:要|应当|应|须|必须)?"
    # 承担 closing its clause (甲局承担，乙局配合), not with its object (承担…费用: who pays)
    # …and 主抓, 统筹 closing theirs (甲局统筹，乙局落实; not 统筹推进…: a verb of the work)
    r"(?:负责牵头|牵头(?:负责|落实|实施)?|负责(?!人)|负总责|(?:承担|主抓|统筹)(?=[。；;，,)）\s]|$)"
    # 按职责分工 and the verb it says the role with (按职责分工抓好落实)
    r"|(?<=按职责分工)[\u4e00-\u9fff]{0,2}(?:落实|推进|实施)"
    # a regulation's 甲部主管全国…工作 (not 主管部门)
    r"|主管(?!部门|机构|单位|领导))[，,、]?"
    rf"(?:(?P<rest>(?:[^，。；,;（()）—]|{_BRACKETED}){{2,60}}?)(?:等部门|等单位)?"
    r"(?:按职责分工|按职责|分别|共同|具体)?(?:配合|参与|参加|支持|协助|协同|协办|协作|负责|落实|指导))?"
)


# The sentence that closes an item and names only who does it: …。各级人民政府落实。
_CLOSING = re.compile(
    r"(?:^|(?<=[。；;]))\s*(?P<names>(?:[^。；;，,：:（()）]|[（(][^（()）。；;]{1,10}[)）]){2,60}?)"
    r"(?:等部门|等单位)?(?:按职责分工|按职责|分别|共同|具体|组织)?"
    r"(?:牵头负责|负责落实|负责具体实施|负责组织实施|负责实施|负责组织|负责|落实|实施)"
    r"(?P<note>[（(][^（()）]{2,40}[)）])?[。；;]?\s*$"
)

# How every match of _CLOSING ends: its verb's last two characters, the note, the stop.
_CLOSING_END = re.compile(r"(?:负责|落实|实施|组织)(?:[（(][^（()）]{2,40}[)）])?[。；;]?\s*$")


def _closing(text: str) -> DepartmentList | None:
    """…。水利所和各村（社区）负责具体实施。 — with a note that names one more body
    (各中小学校负责具体实施（各小学由中心小学统筹组织）) taken after them."""
    # the pattern's ending, checked alone first: most items do not end so, and the whole
    # pattern would be tried at each of their sentences
    if not _CLOSING_END.search(text.rstrip()):
        return None
    match = _CLOSING.search(text.rstrip())
    if not match:
        return None
    found = department_list(match.group("names"))
    note = _by_phrase(match.group("note")) if found and match.group("note") else None
    if found is None or note is None:
        return found
    return DepartmentList(
        [*found.names, *(n for n in note.names if n not in found.names)], found.lead
    )


_EACH_ONE = re.compile(r"^(?:每个|所有|全部)")  # 每个乡镇卫生院负责…: no one body
_NOT_NAMED = re.compile(rf"{_EACH_ONE.pattern}|^各级")  # …nor, opening a duty, 各级医疗机构
# …but every level's government or administration is one collective a regulation charges
# (各级人民政府领导…工作, 各级政府卫生行政部门对…): not 各级医疗机构, which names no authority.
_EVERY_LEVELS_AUTHORITY = re.compile(r"^各级[\u4e00-\u9fff]{0,12}(?:政府|部门|委员会)$")

# What opens the predicate of a duty whose subject is the body doing it: a verb of work or a
# preposition that starts its adverbial (八桥卫生院做好…, 兽医部门对…, 公安部门结合…).
_PREDICATE = re.compile(
    r"负责|牵头|主抓|做好|抓好|加强|强化|结合|根据|按照|依照|依据|依法|会同|联合|协同|协助|配合|"
    r"指导|督促|督导|组织|开展|落实|承担|履行|制定|建立|完善|推进|推动|加快|统筹|协调|监督|"
    r"检查|严格|确保|提供|实施|安排|保障|积极|认真|切实|及时|定期|主动|全面|做|对|将|把|向|为|与|在|"
    # not 监测, 管理, 建设, 服务, 培训: they also open a heading's noun phrase (…机构监测能力建设)
    r"参与|引导|鼓励|支持|设立|成立|组建|收集|汇总|上报|报送|审核|配备|通过|加大|深入|广泛|"
    r"大力|进一步|持续|依托|利用|督查|核查|排查|"
    # a regulation's: 甲部门主管本行政区域内的…, 乙政府领导…工作 (not 主管部门, 领导小组)
    r"主管(?!部门|机构|单位)|领导(?!小组|机构|下|干部)|"
    # 甲政府统一领导…, 乙局统一管理… (not the 统一战线 of a body's name)
    r"统一(?=领导|管理|部署|组织|规划|指挥|调度|协调|监督)|"
    # a speech's: 甲局会把…, 乙署明年内会优化…, 丙局将… (not 会同, 会议, 会商, nor the 会 of
    # 社会, 协会, 常委会, which goes on a word or a name)
    r"(?<![社协学工大机体都总委])会(?!同|议|商|签|审|计|员|长)|将(?!军)|明年|今年|年内|"
    # when it does it: 甲局于去年…, 乙局于6月底前… (not 位于, 属于: no body's name ends so)
    r"于(?=[^，,。；;]{0,10}?(?:年|月|日|前|内|期间))|"
    # what a regulation allows or forbids a body, or has it do with another: 甲局可以委托…,
    # 乙局有权…, 丙局不得…, 甲局和乙局共同做好…
    r"可以|有权|不得|共同|"
    # 甲局是本市…工作的主管部门: the authority stated, its duty the article's
    r"是(?=[^，,。；;]{2,30}(?:主管部门|主管机关|行政主管部门)(?:[，,。；;]|$))|"
    # the condition of its duty: 甲机构如果开展…，应当…
    r"如果|"
    # a regulation's body stated before its duty: 甲站是本市采供血机构，负责… (not 甲中心是居民
    # 健康的守门人, which describes it)
    r"是(?=[^，,。；;]{2,30}(?:机构|部门|单位|机关)[，,]\s*负责)"
)
_ADMINISTRATIVE = re.compile(r"(?:局|厅|委|办|政府|部门|管委会|办事处)$")
# A body's name a space before the work, as a row flattened with its cells a space apart
_SPACED_OPENING = re.compile(
    r"\s*(?P<name>[^\s，,。；;：:“”《》]{2,30})[ \t\u3000]+(?=[\u4e00-\u9fff])"
)
_NAME_SPAN = re.compile(r"[^，,。；;：:\s“”\"《》—─]{2,30}")


# What a duty's sentence may open with before its subject: the rules or the needs it answers
# (根据…需要，, 按照…的规定，, 为了…，), a clause of its own up to its comma.
_BASIS = re.compile(r"\s*(?:根据|按照|依照|依据|为了|为)[^，,。；;：:]{2,60}[，,]")


def opening_subject(text: str) -> DepartmentList | None:
    """The body a duty opens with as its subject, its work following without a role word
    (卫生院做好…, 兽医部门对…, or a sentence of its own: 县卫健局。负责…): an opening that is a
    department's name and is followed by a verb or a preposition — the first that ends as a
    whole body's name does (局, 中心 …), else the longest (市委组织部会同…, not 市委 before
    组织). For an item that names its departments in no other way."""
    text = without_asides(text)  # 甲委员会（以下简称甲委）在乙领导下，负责…
    basis = _BASIS.match(text)
    text = text[basis.end() :] if basis else text  # 根据…的需要，甲机构…: the subject after it
    span = _NAME_SPAN.match(text.lstrip())
    if span is None:
        return None
    opening = span.group()
    if _NOT_A_SUBJECT.match(opening):
        return None
    if _NOT_NAMED.search(opening) and not opening.startswith("各级"):
        return None
    if _duties_after(text.lstrip()[span.end() :]):
        return _heading_subject(text)  # 县卫健局。负责…
    spaced = _SPACED_OPENING.match(text)
    if spaced is not None and _ADMINISTRATIVE.search(spaced.group("name")):
        # 甲局 推进…: a row's department cell before its work (not 县人民医院 新建住院楼: what
        # the row builds)
        found = names_alone(spaced.group("name"))
        if found is not None and all(map(_subject_name, found.names)):
            return found
    best = None
    whole = text.lstrip()  # the predicate may look past the opening (是…机构，负责)
    owned = _OWNED_BODY.match(whole)
    if owned is not None and _PREDICATE.match(whole, owned.end()):
        # 县政府负责港口管理的部门负责…: the department, not the government its clause names
        return names_alone(owned.group())
    for end in range(2, len(opening)):
        name = opening[:end]
        # a list closed by 等 ends the subject (甲会、乙协会等社会组织应当…), not a body's name
        # its closing word cuts (甲会等社会, before 组织 read as a verb)
        closed = _ETC.search(name)
        if not (_ORG_END.search(name) or closed) or not _PREDICATE.match(whole, end):
            continue
        office = _OFFICE_AFTER.match(whole, end)
        if office is not None and _PREDICATE.match(whole, office.end()):
            continue  # 县政府督查室将…: the verb-like word opens the name of an office of it
        etc = _ETC_AT.match(whole, name.rfind("等")) if not closed and "等" in name else None
        if etc is not None and etc.end() > end:
            continue
        # 各级人民政府或者爱卫会对…: every level's authority heading a list of bodies
        first = _JOIN_WORD.split(name, maxsplit=1)[0]
        if _NOT_NAMED.search(name) and not _EVERY_LEVELS_AUTHORITY.match(first):
            continue
        if _WORK_INSIDE.search(name):
            break  # past the predicate: 卫生院做好…室
        found = names_alone(name)
        # 发展改革、财政、教育等部门在…: fields of work the list's 等部门 names, each a body
        sectors = found is not None and _SECTOR_HEAD.search(name) and _every_body(name)
        if found is not None and (sectors or all(_subject_name(n) for n in found.names)):
            best = found
            if _WHOLE_BODY.search(name):
                break  # 县教体局指导学校做好…: 县教体局, whose 局 ends a name
    return best


# Where an article's sentences part: a full stop, a semicolon, a line break (its paragraphs); a
# question mark a conversion left for a lost indent (⏎?县级以上人民政府制定…) is layout.
_ARTICLE_SENTENCE = re.compile(r"[。；;]|\n[ \t\u3000?？]*")
# A line break after a line that no stop ends: a page width broke the sentence (由市⏎卫生健康委员
# 会…, where the document has too few lines for its view to tell the width), no new paragraph.
_LINE_GOES_ON = re.compile(r"(?<=[^。；;：:！!？?\s])[ \t\u3000]*\n[ \t\u3000]*(?=[^\s?？])")


def _unbroken(text: str) -> str:
    """``text`` with each line no stop ends joined to the next (see ``_LINE_GOES_ON``)."""
    return _LINE_GOES_ON.sub("", text) if "\n" in text else text


def article_subjects(text: str) -> DepartmentList | None:
    """The bodies the sentences of a regulation's article open with as their subjects, in
    order, the first leading (第四条各级人民政府领导…工作。各级卫生行政部门对…实施监督管理。):
    an article charges each body its own sentence."""
    names: list[str] = []
    for sentence in _ARTICLE_SENTENCE.split(_unbroken(text)):
        found = opening_subject(sentence)
        add_new(names, found.names if found else [])
    return DepartmentList(names, names[0]) if names else None


def _duties_after(rest: str) -> bool:
    """Whether ``rest``, after an opening, ends it as a sentence and opens a duty (。负责…)."""
    return bool(re.match(r"[。.．]", rest)) and bool(_PREDICATE.match(rest.lstrip("。.． \t")))


def _heading_subject(text: str) -> DepartmentList | None:
    """The body an item names as a sentence of its own before its duties (卫生部门。按照…做好…,
    县卫健局。负责…): its duties are that body's, whoever a later sentence has do a part."""
    span = _NAME_SPAN.match(text.lstrip())
    if span is None:
        return None
    opening = span.group()
    if not _duties_after(text.lstrip()[span.end() :]):
        return None
    if _NOT_NAMED.search(opening) or _NOT_A_SUBJECT.match(opening):
        return None
    found = names_alone(opening)
    return found if found is not None and all(map(_subject_name, found.names)) else None


# Endings after which a body's name does not go on (unlike 市委 in 市委组织部).
# An office of a body whose name opens with a word that is also a verb (督查室, 监督科)
_OFFICE_AFTER = re.compile(r"[^\W\d_各等和及与对向在将把]{1,3}?(?:室|科|股)")
_WHOLE_BODY = re.compile(r"(?:局|厅|办|中心|政府|院|站|所|处|科|股|队|公司|部门|机构|单位)$")


# A place, not a body: 社区, 城乡, 八桥镇 (a collective of places is one: 各乡镇).
_PLACE_END = re.compile(r"(?:区|县|市|乡|镇|街道|村|社区|州|省)$")


# A body's short name of two characters (社署, 妇联, 科协, 团委): one whose ending is a body's
# only (not 社会, 社区, 机构's 会, 区, 构)
_SHORT_BODY = re.compile(r"^[\u4e00-\u9fff][署联协委局厅办]$")


def _subject_name(name: str) -> bool:
    if (len(name) < 3 and not _SHORT_BODY.match(name)) or not is_department(name):
        return False
    return not _PLACE_END.search(name) or is_collective(name)


# An opening that is a verb's or a preposition's, not a body's (以区县为单位, 协调各成员单位做好…).
_NOT_A_SUBJECT = re.compile(
    rf"(?:{_PREDICATE.pattern}|以|通过|按|凡|从|由|除|当|如|若|经|使|让|请)"
)
# Verbs no body's name holds (unlike 组织部, 监督管理局, 医疗保障局), and 会同/协同/联合: the
# bodies the subject works with are not the duty's subjects (甲局会同乙局对…: 甲局).
_WORK_INSIDE = re.compile(
    r"会同|协同|协助|应当|可以|委托|有权|不得|联合(?!会)|负责|牵头|做好|抓好|加强|强化|结合|根据|按照|依照|依据|依法|开展|落实|承担|履行|制定|"
    r"建立|完善|推进|推动|加快|严格|确保|提供|实施"
)


def _lead_phrase(text: str) -> DepartmentList | None:
    words = ("牵头", "负责", "负总责", "承担", "主管", "主抓", "统筹", "按职责分工")
    if not any(word in text for word in words):
        return None
    names: list[str] = []
    lead: str | None = None
    for match in _PHRASE.finditer(text):  # every clause that names its departments
        head = department_list(match.group("lead").strip().removeprefix("由"))
        # 各级甲中心负责… names every level's body, a collective; 每个乙负责… names none
        if head is None or any(_EACH_ONE.search(n) for n in head.names):
            continue
        rest = department_list(match.group("rest") or "") if match.group("rest") else None
        add_new(names, head.names + (rest.names if rest else []))
        lead = lead or head.names[0]
    return DepartmentList(names, lead) if names and lead else None


class DepartmentDirectory:
    """Known departments by every name they go by; unknown names are reported, not dropped."""

    def __init__(self, departments: Iterable[Department] = ()) -> None:
        self._by_key: dict[str, Department] = {}
        for department in departments:
            for name in (department.name, *department.aliases):
                self._by_key.setdefault(department_key(name), department)

    def resolve(self, name: str) -> Department | None:
        """The department ``name`` means, or None when the directory does not know it. A
        name written without its level (卫健委 in a city's plan) means the one department of
        the register that is that name with a level before it (市卫健委), when there is one;
        a name with its place (宣城市卫健委) means the register's 市卫健委 when the register
        does not name the place (not 省市场监管局: 省 is no place); a name with its other
        name in brackets (市残联（市残疾人联合会）) means the department either names."""
        found = self._resolve(name)
        if found is not None:
            return found
        gloss = _GLOSS.search(name)
        if gloss and gloss.start() > 0:
            return self._resolve(name[: gloss.start()]) or self._resolve(gloss.group()[1:-1])
        place = _PLACE.match(re.sub(r"\s+", "", name))
        if place and not re.fullmatch(r"[省市州盟县区旗]+|.*自治", place.group("place")):
            return self._resolve(place.group("level") + place.group("body"))
        return self._sector(name)

    def _sector(self, name: str) -> Department | None:
        """The one department of the register a field of work names (教育, 住房和城乡建设, 公安
        部门, 教育行政部门, 民政主管部门): the field with a body's ending (教育局, 住建局)."""
        stem = _SECTOR_WORDS.sub("", name)
        if not _SECTOR.match(stem) or is_department(stem):
            return None
        found = {d.code: d for end in ("局", "委", "厅") if (d := self._resolve(stem + end))}
        return next(iter(found.values())) if len(found) == 1 else None

    def _resolve(self, name: str) -> Department | None:
        key = department_key(name)
        found = self._by_key.get(key)
        if found is not None or len(key) < 2:
            return found
        candidates = {
            department.code
            for other, department in self._by_key.items()
            if other.endswith(key) and _placed(other[: -len(key)], key)
        }
        if len(candidates) == 1:
            return next(d for d in self._by_key.values() if d.code in candidates)
        return None

    def __bool__(self) -> bool:
        return bool(self._by_key)

    def register_names(self, found: DepartmentList) -> DepartmentList:
        """``found`` with every name the register knows written as the register writes it
        (市卫健委 → 市卫生健康委员会), one entry for a department named twice under two of
        its names; names the register does not know are kept as written, for review."""
        names: list[str] = []
        for name in found.names:
            known = self.resolve(name)
            written = known.name if known is not None else name
            if written not in names:
                names.append(written)
        lead = found.lead
        if lead is not None:
            known = self.resolve(lead)
            lead = known.name if known is not None else lead
        return DepartmentList(names, lead, list(found.rejected))

    def classify(self, names: Iterable[str]) -> tuple[list[Department], list[str]]:
        """(known departments, unknown names) in the order given."""
        known, unknown = [], []
        for name in names:
            department = self.resolve(name)
            if department is not None:
                known.append(department)
            elif is_collective(name):
                known.append(
                    Department(code=f"collective:{name}", name=name, kind=DepartmentKind.collective)
                )
            else:
                unknown.append(name)
        return known, unknown
