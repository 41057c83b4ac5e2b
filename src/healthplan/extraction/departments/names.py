"""A department's name and the lists plans write names in.

:func:`department_list` reads ``（市爱卫办、市卫健委，各区、镇、街道，市直各单位）`` into
``["市爱卫办", "市卫健委", "各区、镇、街道", "市直各单位"]``: names in the order written, a
collective unit (各区、镇、街道) one entry, trailing 负责/牵头/参与/配合 removed.
:func:`parenthesised_departments` finds such lists in an item's text, role lines
(牵头单位：…；配合单位：…) and a table's role columns are read here too;
:func:`not_a_department` says why a phrase is no body's name.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from healthplan.documents.numbering import STYLE
from healthplan.extraction.scanning import scanning
from healthplan.extraction.text import split_outside_brackets

__all__ = [
    "DepartmentList",
    "add_new",
    "column_departments",
    "department_key",
    "department_list",
    "is_collective",
    "is_department",
    "is_role_column",
    "named_once",
    "names_alone",
    "not_a_department",
    "parenthesised_departments",
    "role_line_departments",
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
    r"等(?:[省市州县区](?:直|级|属)?)?(?:政府)?(?:有关|相关|其他)?(?:行政)?(?:主管)?(?:管理)?"
    # (等人民团体和群众团体: the two kinds the listed bodies are of; 等行业组织: trade bodies;
    # 等学术团体, 等专业组织, 等行业协会: learned, professional and trade societies; 等部门和
    # 团体: the kinds of a list mixing departments with a federation, 残疾人联合会; not …部门和社会
    # 团体, which names the societies beside the departments)
    r"(?:部门单位|单位|部门(?:和团体)?|(?:人民|群众|社会|学术|专业)?团体(?:和(?:人民|群众|社会)团体)?"
    r"|(?:基层|群众|群团|社会|行业|学术|专业)?组织|(?:行业|专业|学术)(?:协会|学会)"
    r"|(?:医疗卫生|医疗|卫生|专业)?机构)?"
    # 等8个部门, and the kind of the bodies counted (等5家县级医院, 等3所中心卫生院)
    r"|等(?:\d{1,2}|[两二三四五六七八九十]{1,3})(?:(?:个|家)?(?:部门单位|单位|部门)"
    r"|(?:个|家|所)[\u4e00-\u9fff]{0,6}?(?:医院|卫生院|机构|学校|企业|中心))"
)
_ROLE = scanning(
    rf"(?:{_ETC_WORDS})?(?:按职责分工|按职责|按要求|按规定|分工|分别|共同){{0,2}}"
    # a role in brackets after the name: 甲局（牵头）, 乙局（配合单位）, 甲局（牵头）负责
    r"(?:[（(〔【\[](?:按职责分工|按职责)?(?:牵头|负责|配合|参与|协办|协作|协助)(?:单位|部门|负责)?[)）〕】\]](?:负责|落实|实施)?|(?:具体|牵头|共同)?负责(?:具体|组织)?(?:落实|实施)?|牵头|为主|主办|主责|参与|参加|支持|配合|协助|协同|协办|协作|"
    r"(?:具体|组织|抓好|分别|共同|牵头)?(?:实施|落实)|(?:业务|技术)?指导|督导|"
    # the kind of support given: 乙局提供技术支持, 丙局资金保障 (not 医疗保障, a field's name)
    r"(?:提供|给予)(?:技术|业务|政策|资金|经费)?(?:支持|保障|指导)"
    r"|(?:技术|业务|政策|资金|经费)(?:支持|保障)|"
    # the role stated after the names: 乙局、丙局为配合单位, 甲局为牵头部门
    r"(?:为|作为)(?:牵头|责任|配合|协办|参与|主办|协作)(?:单位|部门)|"
    # 按职责分工 and any verb after it (抓好, 推进, a rewritten page's 卖力): the role is said
    r"(?<=按职责分工)[\u4e00-\u9fff]{1,4})$"
)
# A field of time after a list: 2024年底前, 6月底, 长期坚持, 持续推进
_WHEN = re.compile(r"\d{4}|[年月]底?前?|季度|长期|持续|逐年|年内|年底|序时")
# 市卫健委（牵头）, and a star a list marks its lead with by the name (市卫健委*, *市卫健委 under
# 标*号的为牵头单位) — one star, not the stars a published copy masks a name or a place with
_STAR = r"(?<=[^*＊\s])[*＊]$|^\s*[*＊](?=[^*＊\s])"
# (〔牵头〕, 【牵头】: a page that boxes its roles)
_MARKED = re.compile(rf"[（(〔【\[]牵头(?:单位)?[)）〕】\]](?:负责|落实|实施)?$|{_STAR}")
_STARRED = re.compile(_STAR)
# 市卫健委牵头, 市卫健委（牵头）, 市卫健委为主, 市卫健委主办 (主责)
_LEADS = re.compile(
    r"(?:牵头|主办|主责)(?:负责)?[)）]?$|[（(]牵头单位[)）]$|为主$|为牵头(?:单位|部门)$"
)
_ROLE_WORDS: dict[str, list[str]] = _WORDS["roles"]
# 共同责任单位 (jointly responsible), 其他配合单位, 主要协作单位: a qualifier before the role
_ROLES = (
    rf"(?:{'|'.join(_ROLE_WORDS['qualifiers'])})?"
    rf"(?:{'|'.join(_ROLE_WORDS['lead'] + _ROLE_WORDS['support'] + _ROLE_WORDS['oversight'])})+"
)
# The word of a label or a column, not a phrase's, that names a group's members as its role
# (成员单位：甲局、乙局: they support the group's lead)
_LABEL_ROLES = rf"(?:{_ROLES}|{'|'.join(_ROLE_WORDS['members'])})"
# What a role label names after its role word: 牵头单位, 配合部门, 责任科室, 责任处室, 责任股室.
_OFFICES = "单位|部门|科室|处室|股室"
# A role written alone before its list, inside a parenthesis or a line: （牵头：甲；配合：乙）
_BARE_ROLES = r"牵头|配合|协办|主办|承办|督办|参与|协同|协助|责任|负责"
# What a label may add in brackets after its word: 责任处室〔单位〕：, 责任单位（部门）：
# …and the person a label asks for with the body: 责任单位及责任人：, 牵头部门和分管领导：
_QUALIFIER = (
    r"(?:[（(〔【\[<〈][\u4e00-\u9fff、]{1,6}[)）〕】\]>〉]"
    r"|[及和与](?:责任人|负责人|联系人|(?:分管|牵头|责任)领导))?"
)
_LABEL = re.compile(
    rf"^(?:(?P<role>{_LABEL_ROLES})(?:{_OFFICES}|科|处|主体){_QUALIFIER}|(?P<bare>{_BARE_ROLES}))"
    r"[:：]\s*"
)
# A role line anywhere in an item: 牵头单位：…；配合单位：…
_ROLE_LINE = scanning(
    rf"(?:(?P<role>{_LABEL_ROLES})(?:{_OFFICES}|主体){_QUALIFIER}|部门分工"
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
_ROLE_MARK = scanning(
    rf"[:：—－【\[〔]|(?:{_OFFICES})(?:为|是|[ \t\u3000])"
    rf"|(?:^|\n)[ \t\u3000]*(?:{_ROLES})(?:{_OFFICES})"
)
# Where a role line's list ends: a line break, a full stop, or another field on the same
# line (完成时限：…, 责任人：…).
_FIELD_END = re.compile(r"[。\n]|[，,；;]?\s*[\u4e00-\u9fff]{2,6}[:：]")
# 发起部门: who starts a joint inspection (双随机 lists), its 配合部门 joining in
_LEAD_ROLES = tuple(_ROLE_WORDS["lead"])
_OVERSIGHT_ROLES = tuple(_ROLE_WORDS["oversight"])
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
_LEVEL_WORD = re.compile(
    r"^(?:区|县|市|县级市|镇|乡|乡镇|街道|村|社区|县区|园区|开发区|开发园区|管委会)$"
)
# The government of a level, which 各 before the list speaks of as well: 各乡镇人民政府、街道办事处,
# 各县区人民政府、园区管委会, 各区、市政府 (every district's and every city's government),
# 各区、县级市政府 (a city's districts and the county-level cities it holds).
_LEVEL_GOVERNMENT = re.compile(
    r"^(?:区|县|市|县级市|镇|乡|乡镇|街道|县区|园区|开发区|开发园区|县市区)"
    r"(?:人民政府|政府|办事处|管委会|党工委)$"
)
# The governments of the levels below a county named bare, which are many without 各 (a
# regulation's 乡镇人民政府、街道办事处应当…, 乡、镇人民政府、街道办事处 with the two kinds of
# township apart): together one collective, as 街道、社区 are.
_LOCAL_GOVERNMENT = re.compile(
    r"^(?:乡镇|乡[（(]镇[)）]|镇[（(]乡[)）]|乡、镇|镇、乡|镇|乡|街道)(?:人民政府|政府|办事处)$"
)
# …and the agency such a government keeps for a field (街道办事处计划生育机构, 镇人民政府卫生办
# 公室), named after the other kind of it
_LOCAL_AGENCY = re.compile(
    r"^(?:乡镇|乡[（(]镇[)）]|镇[（(]乡[)）]|乡、镇|镇、乡|镇|乡|街道)(?:人民政府|政府|办事处)"
    r"[\u4e00-\u9fff]{2,12}?(?:机构|办公室|站|所|中心)$"
)
# Every unit of a level or a kind: 各乡镇, 各县（市、区）, 各有关区, 相关部门, and the same with the
# scope written first: 市直有关部门, 县直各单位, 市级各有关部门, 全区经济运行各专班.
_COLLECTIVE = re.compile(
    r"^(?:(?:[省市州县区旗](?:直|级|属)|全[省市州县区旗]|中央|国家)[\u4e00-\u9fff]{0,6}?)?"
    r"(?:各(?:有关|相关)?|相关|有关|所属|辖区)(?:县|区|市|镇|乡|街道|村|社区|乡镇|县区|级|地$|"
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
    # (a joint meeting of departments a regulation sets up: 甲工作联席会议应当每年召开…; social
    # and mass organisations, read as 社会团体 is: README '## Tasks', stop 29)
    r"团体|共青团|青年团|机关|群众性自治组织|联席会议|社会组织|群团组织|工会组织)$"
)
# 和/及/与/或者 join two departments unless the second is only the rest of one name
# (党委和人民政府); 及其 joins a body to its own offices, one subject (各级人民政府及其有关部门).
_LEVEL_END = re.compile(
    r"^(?:各|相关|有关|所属).*(?:县|区|市|镇|乡|街道|村|社区)$"
)  # 各村（社区）和
_JOIN_WORD = re.compile(r"(?:以及|和|及(?!其)|与|或者|或|会同)(?!人民政府|政府|管委会)")
_UNIT_JOINED = re.compile(
    r"(?<=[处科室])会(?=[\u4e00-\u9fff]{2,10}(?:处|科|室)$)"
)  # 宣传处会办公室


_SCOPED_REST = re.compile(r"^(?:相关|有关|其他)(?:单位|部门)$")
_OWNERS_SUPERVISOR = re.compile(r"^(?:企业|单位|行业)(?:行政)?主管(?:部门|机关)$")
_ITS_DEPARTMENTS = re.compile(r"^(?:政府)?(?:有关|相关)部门$")
_UNNAMED_PARTNERS = re.compile(r"^(?:其他)?(?:相关|有关)?(?:单位|部门)(?:、?(?:单位|部门))?$")


def _split_joined(piece: str) -> list[str]:
    """``piece`` split where 和/及/与/会同 joins two names: where what comes before ends as the
    name of a body does (环卫公司和各村（社区）, 县教育局及各学校), so that 卫生和计划生育委员会
    stays one name."""
    parts: list[str] = []
    start = 0
    # 等人民团体和群众团体: a 和 inside the words closing a list, no join of two names
    etc = _ETC.search(piece) if "等" in piece else None
    # …等部门和团体以及乙政府: the same inside a piece, the list going on after its kinds
    kinds = [m.span() for m in _ETC_AT.finditer(piece)] if etc is None and "等" in piece else []
    for match in _JOIN_WORD.finditer(piece):
        if etc is not None and etc.start() < match.start():
            break
        if any(first < match.start() < last for first, last in kinds):
            continue
        left = _GLOSS.sub("", piece[start : match.start()])
        right = _ROLE.sub("", piece[match.end() :])
        if match.group() == "或" and (_bracket_depth(left) or _OWNERS_SUPERVISOR.match(right)):
            # 甲局（列第一位者为牵头单位或汇总单位）: a gloss's words; 行业管理部门或企业主管部门:
            # whichever supervises the unit a rule binds, one body as written
            continue
        if _SCOPED_REST.match(right) and is_collective(left):
            continue  # 全市各部门和相关单位: the rest of the same scope, one collective
        if match.group() != "或者" and _ITS_DEPARTMENTS.match(right) and left.endswith("政府"):
            # 区人民政府及有关部门, 县级以上人民政府和有关部门: the government and its own, as
            # 及其有关部门 (after 或者 they are alternatives and the bare phrase stays out)
            continue
        if match.group() == "会同" and _UNNAMED_PARTNERS.match(right):
            # 甲部门会同有关部门负责…: whom 甲 works with is left unnamed, no body the ledger
            # can hold to account (a named collective after 会同 counts: 国务院有关部门)
            parts.append(piece[start : match.start()])
            start = len(piece)
            break
        if _LEVELS.match(left):
            continue  # 区和县人民政府: levels before the body they share
        if _LOCAL_GOVERNMENT.match(left) and _LOCAL_GOVERNMENT.match(right):
            continue  # 镇人民政府和街道办事处: a place has one or the other, one collective
        if _LOCAL_GOVERNMENT.match(left) and _LOCAL_AGENCY.match(right):
            continue  # 乡人民政府或者街道办事处甲机构: the agency either has, one name
        if _RESIDENTS.match(left) and _RESIDENTS.match(right):
            continue  # 居民委员会和村民委员会: as with 、 (see _one_name)
        # …等组织及乙企业: a list closed by 等 before the next name; 慈善组织和志愿服务组织:
        # organisations of a kind, a category each
        ends = _ORG_END.search(left) or _LEVEL_END.search(left) or _ETC.search(left)
        kind = left.endswith("组织") and _CATEGORY.match(left)
        if len(right) >= 2 and (ends or kind):
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
# Long forms and the short forms plans use for them; both map to one key.
_ABBREVIATIONS: list[tuple[str, str]] = [(a, b) for a, b in _WORDS["abbreviations"]]
# The level a name opens with: 省, 市, 县, 区 … and the place before it (杭州市, 西湖区).
# 市委 before 宣传部 or 编办: the party committee of the level.
_LEVEL_PREFIX = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?(?:省|自治区|市|州|盟|县|区|旗))委?")


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
    # (本县国家机关: every organ of the place the rule is for)
    # (各级机关、企事业单位、社会团体应当…: every organ of every level, a catch-all)
    r"^(?:本[省市州县区镇乡])?(?:一切|所有|任何|全体|各级各类|各类|各级)?"
    r"(?:单位|个人|公民|企业|组织|医疗机构|医疗卫生机构|教育机构|学校|[\u4e00-\u9fff]{0,4}场所"
    # (医院, 二级以上医院: every hospital a rule binds; 市人民医院 and 各医院 name bodies)
    r"|(?:[一二三]级(?:及)?以上)?医院"
    # the kinds a regulation's catch-all list names (国家机关、企业事业单位, 社会单位)
    r"|(?:国家)?机关|(?:企业|企)?事业单位|社会单位"
    # organisations of a kind, none named (志愿者组织, 志愿服务组织, 慈善组织, 行业组织, 老年人
    # 组织), and a trade's associations (养老服务行业协会: every one of that trade)
    r"|(?:志愿者|志愿服务|慈善|行业|民间|公益性?|老年人?)组织|[\u4e00-\u9fff]{0,8}行业协会"
    # the rest of a list's kind, and the press (…等团体和其他组织, 新闻媒体): none named
    r"|(?:其他|其它)(?:有关|相关)?(?:社会)?组织|(?:新闻|各类|主流)?媒体"
    # whoever plays a part a regulation names (办医主体, 市场主体, 举办主体): no body's own name
    r"|[\u4e00-\u9fff]{0,8}主体)$"
)


# Words of a sentence that no name of a body holds (自由贸易区 aside; 甲部门委托乙机构开展: the
# body and whom it entrusts, not one name; 受甲委托的乙机构 is read as a qualifier first; 鼓励社会
# 组织参与…: whom a rule encourages).
# (甲小组下设1个办公室3个工作组: a heading telling the groups set up, no body's name)
_PHRASE_WORDS = re.compile(
    r"(?<!自)由|的|对于|开展|进行|确保|遵循|坚持|实行|下设|设在|委托(?!的)|鼓励|引导"
    # 本省对甲机构实行资质认证制度: the place's rule over units of a kind, not a body
    r"|^本(?:自治区|[省市县区州])对"
    # 有关人员对甲单位…: persons and what they owe a unit (not 对外, 对口, 对台 in a name)
    r"|人员对"
    # 所在单位或上级主管部门: alternatives a sentence names, no one body (市或者区甲部门 are
    # levels' alternatives, read apart)
    r"|单位或(?!者)"
)
# A 的 a regulation's body names hold: the level 设区的市 (设区的市人民政府), and the units whose
# supervising department it is (企业、事业单位的主管部门).
# …and a clause that says which of a kind of body is meant by the body that owns, authorises,
# sets up or charges it (铁路部门所属的卫生主管部门, 省政府授权的盐业主管机构, 县政府负责中医药管理
# 的部门, 市和县（市）、区人民政府设立的甲委员会, 县政府承担乙职责的部门), or by the government
# or department whose organ it is (镇人民政府、街道办事处的爱国卫生组织, 铁路行政主管部门的卫生
# 主管机构).
_OWNED = (
    r"(?P<owner>[\u4e00-\u9fff（()）、]{2,30}?)"
    r"(?:所属|授权|委托|指定|设立|成立|组建|设置|(?:负责|承担|履行)[\u4e00-\u9fff]{1,12}?"
    r"|(?<=政府)|(?<=办事处)|(?<=管委会)|(?<=部门))的"
)
# What a body a clause names ends with: an office, an organ, a committee.
_CLAUSE_BODY = r"(?:部门|机构|机关|委员会|组织|小组|办公室)"
# A clause that says which bodies of a kind are meant by what they have (具有社会管理职能的甲
# 管理委员会, 有地方病流行的地方各级人民政府): authorities only, not 有条件的医疗机构 (a category).
_CLAUSE_BODY_END = re.compile(rf"{_CLAUSE_BODY}$")
_HAVING = r"(?:具有|具备|有(?!关|权|条件))[\u4e00-\u9fff]{2,16}?的"
_HAVING_BODY = r"(?:人民政府|政府|部门|机关|委员会|管委会|办事处)"
_NAME_QUALIFIER = re.compile(
    r"^(?:不)?设区的(?=市)|^[\u4e00-\u9fff、]{2,12}单位的(?=主管部门$)"
    rf"|^{_OWNED}(?=[\u4e00-\u9fff]{{0,12}}{_CLAUSE_BODY}$)"
    rf"|^{_HAVING}(?=[\u4e00-\u9fff]{{0,12}}{_HAVING_BODY}$)"
)
# The level a regulation names with 的 inside a list of levels (省、设区的市人民政府…部门)
_DISTRICTED = re.compile(r"不?设区的(?=市)")
_UNITS_OWNER = re.compile(r"^[\u4e00-\u9fff]{0,10}单位的主管部门$")


_REFERENCE = re.compile(
    r"^(?:其他|其余|上述|以上|下列|所列)(?:各)?(?:责任|配合)?(?:单位|部门)$"
    # every body a list gives a role (各牵头单位要…, 各责任单位): those the items name
    r"|^各(?:牵头|责任|配合|协办|参与)(?:单位|部门)$"
    # a level said from the body that reads the rule (报同级人民政府批准, 上一级人民政府): whose
    # government it is depends on that body
    # (its congress's standing committee and its committees too: 同级人民代表大会常务委员会)
    r"|^(?:同级|本级|上级|上一级|下级)[\u4e00-\u9fff]{0,14}(?:政府|部门|机关|委员会|常委会|机构)$"
    # …and the government of wherever a unit is, with no level (所在地人民政府), or of no place
    # at all (人民政府): another for every unit or reader, as 同级 is
    r"|^(?:[\u4e00-\u9fff]{0,8}?(?:户籍所在地|所在地|所在|居住地|发生地|当地)的?)?(?:人民)?政府$"
    # the document itself (按照本预案所确定的…: 本预案所 is no 所 of a body)
    r"|^本(?:预案|方案|条例|办法|规定|细则|计划|规划|意见|通知)"
    # the supervisor of the unit a rule binds (由其主管部门给予处分): another for every unit
    r"|^其(?:上级|上一级)?(?:行政)?主管(?:部门|机关|单位)$"
)
# a gloss defining a short name; a private party (物业服务企业, 业主委员会); not 物业管理科
_NOT_PUBLIC = re.compile(r"(?:以下)?简称|以下称")
_PRIVATE = re.compile(
    # (患方所在单位, 其所在单位: a person's own employer, a party the rule binds)
    r"物业(?:服务|管理)?(?:单位|企业|公司)$|业主(?:委员会|大会)?$|所在单位$"
)
# Society as a whole (全社会都应当支持…): whom a rule calls on, no body
_SOCIETY = re.compile(r"^(?:全|整个|全体)?社会(?:各界)?$")
# A society of a kind (健康社会, 老龄社会: a part's heading in a plan): what a plan builds, the
# 会 of 社会 no body's (协会, 学会, 委员会 are)
_KIND_OF_SOCIETY = re.compile(r"社会$")
_TITLE_OF_PLACE = re.compile(r"(?:示范|试点|先行|达标)(?:区|县|市|镇|乡|村|街道|单位)$")
# A title a unit earns by a campaign (健康社区, 无烟机关, 省级健康促进医院: what a plan sets out to
# create, often a part's heading), no body
_TITLE_OF_UNIT = re.compile(
    r"^(?:[省市县区]级)?(?:健康|卫生|无烟|智慧|平安|文明|绿色|健康促进)"
    r"(?:社区|学校|医院|机关|村镇|乡镇|村|镇|驿站|家庭|校园)$"
)
# An area a rule speaks of by its kind (边远山区应当…, 新建住宅小区应当…): land or housing, no
# body (not a district whose name ends so: 中山区, 宝山区)
_KIND_OF_AREA = re.compile(r"(?:边远|偏远|贫困|山老边穷)山区$|(?:住宅|居民|居住)小区$")
# A layout or a state of affairs whose word ends as a bureau's name does (优化…空间布局，…;
# 形成…新格局): the work a sentence opens with, no 局 (not 城市更新局, 国家安全局: bureaus)
_NOT_A_BUREAU = re.compile(r"(?:布|格|大|结|变|僵|破)局$")


_COLON_MARK = re.compile(r"[:：]")
_PHRASE_MARK = re.compile(r"[—─“”\"《》]")


# memoised: a document's names are tested again and again (each list, each role line, each
# piece of a sentence), over half of the tests repeat one already made in the same document
@lru_cache(maxsize=8192)
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
    if _SOCIETY.match(name):
        return "a category"  # 全社会: everyone, no body the ledger holds to account
    if _KIND_OF_SOCIETY.search(name):
        return "not an organisation"  # 健康社会: a goal's heading, no body
    if _PRIVATE.match(name):
        return "a private party"  # 物业管理单位: a party a rule binds, no public body
    if _CUT_LABEL.match(name):
        return "a fragment"  # 配合部⏎门：乙局: a label a line break cut, not a body's name
    if _COLON_MARK.search(name):
        return "a phrase"  # 分管领导：王某某牵头单位：…: fields of a row, not one name
    if _PHRASE_MARK.search(name):
        return "a phrase"  # 推进…服务——甲局: the work and a dash; 坚持“政府: a quoted slogan
    if _bracket_depth(name) != 0:
        return "a fragment"  # （市卫健委 / 高新园(邹区镇: cut out of a bracketed list
    core = _GLOSS.sub("", name)  # 市残联（市残疾人联合会）
    if _TRADE_UNITS.match(core):
        return "a category"  # 从事劳务中介服务的机构: units of a trade a rule binds
    if _ROLE_STATED.search(core):
        return "a phrase"  # 甲局为牵头单位: a sentence stating a role, not a name
    qualifier = _NAME_QUALIFIER.match(core)
    bare = _DISTRICTED.sub("", core[qualifier.end() :] if qualifier else core)  # 省、设区的市…
    if _PHRASE_WORDS.search(bare):
        return "a phrase"  # 公立医院临床医技科室中由科室: a sentence's words, not a name
    owner = qualifier.group("owner") if qualifier else None
    if owner and not all(is_department(_name(p)) for p in _pieces(owner)):
        return "a phrase"  # 机关、团体等单位设立的甲组织: no body sets it up
    if _TITLE_OF_PLACE.search(core) or _TITLE_OF_UNIT.match(core):
        return "not an organisation"  # 省级慢性病综合防控示范区: a title a place earns
    if _KIND_OF_AREA.search(core):
        return "not an organisation"  # 边远山区, 住宅小区: an area, no body
    if _NOT_A_BUREAU.search(core):
        return "a phrase"  # 优化…空间布局: the work, not a bureau
    if _RANK.match(core):
        return "a phrase"  # 第一名金寨县: a ranking's place, not a body
    if _DATE.search(core):
        return "a phrase"  # 每年5月31日（世界无烟日）所在的…: a day's, not a body's 所
    if _NEXT_ARTICLE.search(core):
        return "a phrase"  # 总则第五条甲局: a heading and an article's number run into a name
    if _LEVELS.match(core):
        return "not an organisation"  # 市、区 (各县（市、区）'s gloss): levels, no body
    if _CATEGORY.match(core[qualifier.end() :] if qualifier else core):
        return "a category"  # 各类公共场所, 一切单位, 医疗机构: whom a rule binds, no body
    if (_UNIT_KIND.search(core) or _SERVICE_KIND.search(core)) and not _UNIT_OWNED.search(core):
        return "a category"  # 供水企业, 产权单位, 康复机构: units of a kind a rule binds
    if _ORG_END.search(core) or (qualifier and _CLAUSE_BODY_END.search(core)):
        return None  # (乙政府的甲组织: a body, a clause naming whose it is)
    if is_collective(core):  # 各乡镇(街道): a collective of places, short; not 各乡镇签订…
        return None if len(core) <= 10 else "a phrase"
    return "not an organisation"


# Units described by the trade they carry on (从事劳务中介服务的机构, 从事放射诊疗的单位, 开展
# 助产服务的机构, 提供托育服务的单位): whom a rule binds, as units of a kind are
TRADE_CLAUSE = r"(?:从事|开展|提供)[\u4e00-\u9fff、]{2,16}?的(?=机构|单位|企业|组织)"
_TRADE_UNITS = re.compile(rf"^{TRADE_CLAUSE}(?:机构|单位|企业|组织)$")


# Units or enterprises of a kind (供水企业, 城乡集中式供水单位, 高速公路运营单位), unless a level, a
# place, a body or a scope says whose they are (市局直属单位, 县直有关单位, 爱卫会成员单位)
_UNIT_KIND = re.compile(r"(?<![成会])(?:单位|企业)$")
# …and institutions that serve people, of a kind (学前教育机构, 康复机构, 心理咨询机构, 职业健康
# 检查机构, 诊疗机构, 救助机构): not the agencies that act for an authority (疾病预防控制机构,
# 盐业主管机构, 医疗保障经办机构, 卫生监督机构)
_SERVICE_KIND = re.compile(
    r"(?:教育|培训|康复|介绍|咨询|养老|托育|托幼|体检|检查|诊疗|救助|鉴定|检测|评估|社会工作)"
    r"(?:服务)?机构$"
)
_UNIT_OWNED = re.compile(
    r"[省市州县区旗镇村局委厅部院]|(?<!城)乡|各|有关|相关|其他|所属|直属|下属|成员|街道|社区"
)
_RANK = re.compile(r"第[一二三四五六七八九十\d]{1,3}(?:名|位)")
_DATE = re.compile(r"\d{1,2}月\d{1,2}日|\d{4}年")
# a role stated in a sentence (甲局为牵头单位), or a label run into the name after it when a
# space stood for its colon (配合单位县财政局)
_ROLE_STATED = scanning(
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


@lru_cache(maxsize=8192)  # as not_a_department: the same pieces, read again and again
def _name(piece: str) -> str:
    """A listed name without its role (牵头, 按职责分工负责) and a trailing 等单位, nor the
    words of a note that names who does every later item too (以下均需乙局落实)."""
    piece = _ARTICLE.sub("", _PAGE_MARK.sub("", piece)).lstrip(_BULLETS + " \t\u3000")
    piece = _NOTE.sub("", _LATER_ITEMS.sub("", piece))
    piece = _ETC.sub("", _ROLE.sub("", piece).strip()).removeprefix("会同").removeprefix("协同")
    piece = piece.removeprefix("以及")  # …，以及丙学会: the list going on after a comma
    piece = _OWN_PLACE.sub("", piece)  # 本市各级甲委员会: every level's, the place the text's own
    if "的" in piece:
        piece = _DESIGNATED_BY.sub("", _SET_UP_BY.sub(r"\g<levels>", piece))
    piece = _DESIGNATES.sub("", piece) if "定" in piece or "明确" in piece else piece
    piece = _ORGANISES.sub("", piece) if "组织" in piece else piece
    return _without_post(_ENTRUSTED.sub("", _STARRED.sub("", piece)))


# A body and what it does, not a name: 由乙政府确定机构或者专人负责 (the government designates an
# office or a person, and answers for the work)
_DESIGNATES = re.compile(
    r"(?<=[\u4e00-\u9fff（()）]{2})(?:确定|指定|明确)(?:专门|专职)?(?:机构|人员|专人)$"
)


# A government and the departments it calls in (由乙政府组织甲部门予以协助): the government
# answers for the work; the departments it organises are no part of its name
_ORGANISES = re.compile(r"(?<=政府)组织[\u4e00-\u9fff、]{2,30}?(?:部门|机关|机构|单位)$")


# The governments of the levels that set a body up (市和县（市）、区人民政府设立的甲委员会, or
# the levels alone: 市和区县（市）设立的乙机构), or their departments (市和区、县卫生行政部门设立
# 的丙机构): the body is written with their levels (市和县（市）、区甲委员会, one a level), not
# with who sets it up; so are the levels' bodies said with 的 (市和区、县的丙部门)
_SET_UP_BY = re.compile(
    r"^(?P<levels>(?:[省市州县区乡镇]|[（(][市区县、]{1,5}[)）])(?:[、和及]?(?:[省市州县区乡镇]|"
    r"[（(][市区县、]{1,5}[)）]))*)"
    r"(?:(?:人民政府|政府|[\u4e00-\u9fff]{2,12}?(?:部门|机关))?(?:设立|成立|组建|设置))?的"
    r"(?=[\u4e00-\u9fff]{2})"
)
# A body named by who designates, authorises or entrusts it (市卫生行政部门确定的卫生防疫机构,
# 省政府授权的盐业主管机构): written without that clause; the designator does not do the work.
# What a body belongs to (甲部门所属的乙机构) says which body, and stays (see _OWNED).
_DESIGNATED_BY = re.compile(
    r"^[\u4e00-\u9fff（()）、]{2,30}?(?:确定|授权|指定|委托)的"
    r"(?=[\u4e00-\u9fff]{2,12}(?:机构|部门|机关)$)"
)


# The place a regulation is for, before the levels of its bodies (本市各级甲委员会): no part of
# the name, each level's body the same in every place the text is read in
_OWN_PLACE = re.compile(r"^本(?:省|市|县|区|自治区|自治州|州)(?=各级)")


# A person and their post written right after their body (由甲局张某某副局长负责): the body
# answers for the work, the person is no part of its name.
_POST_AFTER = re.compile(
    r"(?<=[局委办部厅院府站所队心])(?P<who>[\u4e00-\u9fff]{2,3})"
    r"(?:常务)?副?(?:局长|主任|书记|部长|院长|站长|所长|区长|县长|市长|镇长|乡长|队长|组长)$"
)


# Where a body sits, said after its name (甲办事机构设在乙部门，具体承担…): the body is the one
# seated, its host no part of its name.
_SEATED = re.compile(r"(?<=[\u4e00-\u9fff]{2})设在[^，,。；;、]{2,30}$")


def _without_post(name: str) -> str:
    seated = _SEATED.search(name) if "设在" in name else None
    if seated is not None and is_department(name[: seated.start()]):
        return name[: seated.start()]
    match = _POST_AFTER.search(name) if len(name) > 6 else None
    if (
        match is None
        or is_department(match.group("who"))
        or not is_department(name[: match.start()])
    ):
        return name
    return name[: match.start()]


# Who entrusts a body with its duty (受甲部门委托的乙机构): the body is the one entrusted.
_ENTRUSTED = re.compile(r"^受[\u4e00-\u9fff]{2,24}?委托的(?=[\u4e00-\u9fff]{2})")


# A note in brackets glued to the last name of a list, a sentence of its own, not the body's
# other name: 甲局(列第一位者为工作牵头单位或汇总单位,下同)
_NOTE = re.compile(
    r"[（(][^（()）]*(?:[，,；;]|下同|列第一位|排名第一|为牵头)[^（()）]*[)）]\s*$"
    # …or the items of the list a body answers for: 甲局（以上两项）, 乙局（第1、2项）
    r"|[（(](?:以上|上述|本|第)?[\d一二三四五六七八九十两、，,\-—–~至和及第]*(?:项|条)"
    r"(?:任务|工作)?[)）]\s*$"
)


# 以下均需乙局落实，不再列出: the body a note says does every later item as well
_LATER_ITEMS = re.compile(r"^以下(?:各项)?(?:工作)?(?:均|都|也)?(?:需|须|由)")

# A page's number a conversion left between the lines of a list: — 3 —, - 12 -, ·3·, 第3页,
# 第3页 共10页.
_PAGE_NUMBER = (
    r"(?:[—\-－–]+[ \t]*\d{1,3}[ \t]*[—\-－–]+|[·•・][ \t]*\d{1,3}[ \t]*[·•・]"
    r"|第[ \t]*\d{1,3}[ \t]*页(?:[ \t]*[，,]?[ \t]*共[ \t]*\d{1,3}[ \t]*页)?)"
)
_PAGE_MARK = scanning(rf"\s*{_PAGE_NUMBER}\s*")
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
    bare = _LEVEL_GLOSS.sub("", bare)  # 各市、县〔市、区〕政府: the levels a bracket adds
    level = _LEVEL_WORD.match(bare) or _LEVEL_GOVERNMENT.match(bare)
    every = _name(_LABEL.sub("", collective))
    if bare.endswith("管委会") and every.endswith("政府"):
        # 各县区人民政府、开发区管委会: a zone's committee is no other name for a county's
        # government (a city has both, each answering on its own), two entries; written as
        # its stand-in in a bracket it is one (各县(市、区)政府(管委会), the gloss left out above)
        return False
    if not level and _EVERY_BARE_LEVEL.search(every):
        # 各市、县（市、区）卫生健康局: the body of every level the 各 names, one collective
        level = _LEVEL_BODY.match(bare) if _ORG_END.search(bare) else None
    return bool(level) and is_collective(every)


# A bracket of levels inside a level's name: 县〔市、区〕, 县（市、区）
_LEVEL_GLOSS = scanning(r"(?<=[县市区])[（(〔][市区县旗、]{1,5}[)）〕]")
# 各 before a bare level above the county's (各市, 各省, 各州) and a level below it opening a
# body's name (县卫生健康局); not 各县区、市卫健委, whose 市 is the plan's own city
_EVERY_BARE_LEVEL = re.compile(r"(?:^|、)各(?:省|市|州|盟)$")
_LEVEL_BODY = re.compile(r"^(?:县|区|市|旗)[\u4e00-\u9fff]{2,12}$")


# Levels of government named bare before the body they share (市和区、县人民政府).
# a level a regulation names (设区的市, 省辖市 (not 省 and 辖市), 自治州, 县级市, 县, 乡, 镇 …)
_LEVEL_UNIT = r"(?:不?设区的市|省辖市|直辖市|自治区|自治州|自治县|县级市|[省市州县区乡镇])"
_LEVELS = re.compile(rf"^{_LEVEL_UNIT}(?:(?:和|及|与|、|或者|或){_LEVEL_UNIT})*$")
_LEVEL_OPENING = re.compile(rf"^{_LEVEL_UNIT}")
_NAMED_LEVEL = re.compile(r"^[\u4e00-\u9fff]{1,3}?[区县](?=[\u4e00-\u9fff]{2})")
# Levels named bare, without 各 (街道、社区): every unit of each, together one collective.
_BARE_LEVEL = re.compile(
    r"^(?:街道|社区|乡镇|镇|乡|村|居委会|村委会)(?:[、](?:街道|社区|乡镇|镇|乡|村|居委会|村委会))*$"
)


def _one_name(before: str, after: str) -> bool:
    """Whether the names either side of a 、 are one name's parts, not two departments."""
    return (
        # 各乡镇人民政府、街道办事处和乙局: the level joins the collective, 乙局 follows
        _levelled(before, after)
        # 市和区、县人民政府, 省、市、县卫生行政部门: the body of every level named, the levels
        # glossed too (市和县（市）、区人民政府), the last one a district by its name
        # (市和县（市）、上街区卫生行政部门)
        or bool(
            _LEVELS.match(_LEVEL_GLOSS.sub("", before))
            and (_LEVEL_OPENING.match(after) or _NAMED_LEVEL.match(after))
        )
        # 企业、事业单位的主管部门: one department over the kinds of units listed
        or bool(_UNITS_OWNER.match(after))
        # 街道、社区负责: the two levels, one collective
        or bool(_BARE_LEVEL.match(before) and _BARE_LEVEL.match(after))
        # (区和乡镇人民政府、街道办事处: the last level's government and its other name)
        or bool(
            _LOCAL_GOVERNMENT.match(_levels_apart(before)[-1]) and _LOCAL_GOVERNMENT.match(after)
        )
        # 居民委员会、村民委员会: a place has the one or the other, one collective
        or bool(_RESIDENTS.match(before) and _RESIDENTS.match(after))
    )


# (居民委员会（社区）: the committee glossed with the community it serves)
_RESIDENTS = re.compile(r"^(?:居民|村民)委员会(?:[（(](?:社区|村)[)）])?$")


# A role in brackets the next name follows with no separator: 甲局（牵头）乙局
_ROLE_GLUED = re.compile(
    r"[（(〔【\[](?:牵头|配合|协办|参与|负责)(?:单位|部门)?[)）〕】\]]"
    r"(?=[\u4e00-\u9fff])(?!负责|落实|实施|牵头|配合|参与|等)"
)


_ANY_CLOSE = re.compile(r"[)）〕】\]]")


# A government and the sectors of its own listed after 及其 (not 及其有关部门: one subject, also
# when other names follow it: …人民政府及其有关部门、新闻媒体)
_ITS_SECTORS = re.compile(
    r"(?P<government>(?:^|(?<=[、，,]))[^、，,及]{0,12}?(?:人民政府|政府))及其(?!有关|相关)"
    r"(?=[^、，,]{2,10}、)"
)


# The place a unit or a person is in, before a body whose name carries a level or a sector
# (所在区、县人民政府, 所在地县（市、区）民政部门, 户籍所在地公安部门, 医疗机构所在地县级卫生
# 行政部门): that level's or sector's body
# in each place, written without it (所在地人民政府, with neither, is no body: _REFERENCE);
# the same said from the reader's place or the case's (当地卫生行政部门, 属地公安机关, 死亡地疾病
# 预防控制机构), or of whichever government the case concerns (有关人民政府卫生行政主管部门)
_WHERE_PLACED = re.compile(
    r"(?:^|(?<=[、，,和及由\s]))[^\W\d_和及与、，,]{0,8}?"
    r"(?:户籍所在地|所在地|所在|居住地|发生地|死亡地|当地|属地|有关(?:地方)?人民政府)的?"
    r"(?=[省市州县区乡镇]|街道|[\u4e00-\u9fff]{2,8}?(?:部门|机关|机构)(?:[、，,和及]|$))"
)


_PLACE_WORD = re.compile(r"所在|住地|生地|亡地|当地|属地|有关(?:地方)?人民政府")


def _joined_pieces(text: str) -> list[tuple[str, str]]:
    """The names of a list with the separator before each (``""`` for the first and for
    names joined by 和/及/与/会同, ``、`` or a comma or semicolon)."""
    merged: list[tuple[str, str]] = []
    joiner = ""
    text = _WHERE_PLACED.sub("", text) if _PLACE_WORD.search(text) else text
    text = _ROLE_GLUED.sub(r"\g<0>、", text) if _ANY_CLOSE.search(text) else text
    # 市人民政府及其卫生健康、财政等部门: the government and its sectors' departments, each
    text = _ITS_SECTORS.sub(r"\g<government>、\g<government>", text) if "及其" in text else text
    for _, raw, sep in split_outside_brackets(text, _SEPARATORS):
        for piece in _unspaced(raw):
            parts = _split_joined(piece) if piece else []
            if parts and merged and joiner == "、" and _one_name(merged[-1][0], parts[0]):
                merged[-1] = (merged[-1][0] + "、" + parts[0], merged[-1][1])
                merged.extend((p, "") for p in parts[1:])
                continue
            merged.extend((p, joiner if k == 0 else "") for k, p in enumerate(parts))
        joiner = sep
    return _owners_joined(merged)


_OWNED_OPENING = re.compile(_OWNED)


def _owners_joined(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``pieces`` with a body named by whose it is joined to the bodies listed with 、 before
    it, which own it too (镇人民政府、街道办事处的甲组织: one body of both)."""
    out: list[tuple[str, str]] = []
    for piece, joiner in pieces:
        owned = _OWNED_OPENING.match(piece) if joiner == "、" and "的" in piece else None
        if owned is None or not is_department(_name(piece)):
            out.append((piece, joiner))
            continue
        start = len(out)
        while start > 0 and (start == len(out) or out[start][1] == "、"):
            if not is_department(_name(out[start - 1][0])):
                break
            start -= 1
        if start == len(out):
            out.append((piece, joiner))
            continue
        owners = "、".join(p for p, _ in out[start:])
        out[start:] = [(f"{owners}、{piece}", out[start][1])]
    return out


# A kind of body at every level, named by its field alone: 各级审计(、监察部门).
_EVERY_LEVEL = re.compile(r"^各级[\u4e00-\u9fff]{2,4}$")
# The head a list of kinds of body shares, written once after the last: 交通、铁路部门;
# 机场、铁路管理机构 (each a managing agency); 公安、司法行政机关 (公安机关 and 司法行政机关; not
# 国家机关, every organ of the state); 国务院铁路、交通行政主管部门 (行政 kept for each); 铁路、
# 交通行政主管部门的卫生主管机构 (the agency each field's department has, the whole shared);
# 民航、铁路、厂(场)矿卫生防疫机构 (each field's health agency of that kind, a field's name
# with a bracket too).
_SHARED_HEAD = scanning(
    r"(?<=[\u4e00-\u9fff)）][\u4e00-\u9fff])(?<!等)"
    r"(?:(?:行政主管|主管|行政)?部门(?:的[\u4e00-\u9fff]{2,8}?机构)?"
    r"|(?:管理|卫生(?:防疫|监督|检疫)|疾病预防控制)?机构|(?<!国家)机关)$"
)
_STEM = re.compile(r"^[\u4e00-\u9fff]{2,6}$")


# The fields a department's name joins with 和 (住房和城乡建设, 人力资源和社会保障), as the long
# forms of the register's names write them: a 和 within one field, not between two.
_ONE_FIELD = tuple(
    {long[: long.index("和") + 3] for long, _ in _ABBREVIATIONS if "和" in long[1:-2]}
)


def _joined_fields(stem: str) -> list[str]:
    """The fields the last stem of a list joins with 和 or 及 (公安和药品监督管理 → 公安,
    药品监督管理), each a short word; one field when 和 is its own (住房和城乡建设)."""
    parts = re.split(r"以及|和|及", stem)
    if len(parts) != 2 or stem.startswith(_ONE_FIELD) or not all(map(_STEM.match, parts)):
        return [stem]
    return parts


def _shared_heads(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Kinds of body listed with 、 before one that carries the head they share (交通、铁路部门,
    卫生、教育行政部门, 各级审计、监察部门), each given that head and the level or government
    said before the first: 交通部门, 铁路部门; 各级审计部门, 各级监察部门; 县级以上人民政府教育、
    人力资源社会保障和其他有关部门 → …教育部门, …人力资源社会保障部门, …其他有关部门 — each
    answers on its own. A stem is a short word that is no body's name by itself."""
    out = [[piece] for piece in pieces]
    for k, (piece, _) in enumerate(pieces):
        head = _SHARED_HEAD.search(piece)
        if head is None or "等" in piece:
            continue  # 民政等有关行政部门: fields of work before 等, each its own (see _sectors)
        j = k
        while j > 0 and pieces[j][1] == "、":
            before = pieces[j - 1][0]
            owned = _SECTORS_OWNER.match(before) or _LEVELS_BEFORE.match(before)
            stem = before[owned.end() :] if owned else before
            # (各级审计: every level's kind of body, a body's name only with its head)
            if not _STEM.match(stem) or _own_body(stem):
                break
            j -= 1
            if owned:
                break  # the government or the levels are said before the first
        if j == k:
            continue
        owner = _field_owner(pieces[j][0])
        last = piece[: head.start()]
        others = _OTHERS_CLOSING.search(last)
        stems = [p for p, _ in pieces[j:k]] + [last[: others.start()] if others else last]
        for i, stem in enumerate(stems, start=j):
            out[i] = [(_field_body(owner, stem, head.group()), pieces[i][1])]
        joined = _joined_fields(stems[-1])
        if len(joined) > 1:  # 卫生、公安和药品监督管理部门: the last two fields joined by 和
            out[k] = [
                (_field_body(owner, field, head.group()), pieces[k][1] if n == 0 else "")
                for n, field in enumerate(joined)
            ]
        if others:  # (…和其他有关部门: the rest of the same government's, one collective)
            out[k].append((owner + others.group("rest") + head.group(), ""))
    return [entry for entries in out for entry in entries]


# The rest of a government's departments closing its list of fields (…和其他有关部门)
_OTHERS_CLOSING = re.compile(r"(?:和|及|以及)(?P<rest>(?:其他|其它)(?:有关|相关)?)$")


# 教育、住房和城乡建设等部门: kinds of body (sectors) a list names by their field alone, the
# 部门 after the last saying what they are; a plan means each field's department, written with
# that word (教育部门, 住房和城乡建设部门).
_SECTOR_HEAD = re.compile(
    # 等有关行政管理部门, 等行政主管部门
    # (等政府其他部门: the government's other departments, each field's one of them)
    r"等(?:政府)?(?:其他)?(?:有关|相关)?(?P<word>(?:行政)?(?:主管)?(?:管理)?(?:部门|单位))"
)
# 人力资源和社会保障; a field with the other it goes by in brackets (民族（宗教）)
_SECTOR = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:[（(][\u4e00-\u9fff]{2,6}[)）])?$")
_SECTOR_PAIR = re.compile(r"等(部门|单位)[、和及与](部门|单位)")  # 等部门、单位配合


def _sectors(pieces: list[tuple[str, str]]) -> dict[int, str]:
    """The pieces that name a sector, by index: the piece that carries 等部门 and those listed
    with 、 before it, each a short word (not a sentence's); each with the name of the sector's
    body (财政 → 财政部门, the government or level before the first said for each: 各级人民政府的
    计划、财政等部门 → 各级人民政府的财政部门), a body by its own name kept (工会)."""
    found: dict[int, str] = {}
    for k, (piece, _) in enumerate(pieces):
        head = _SECTOR_HEAD.search(piece)
        if head is None or not _is_sector(_name(piece)):
            continue
        j = k
        while j > 0 and pieces[j][1] == "、" and _is_sector(_name(pieces[j - 1][0])):
            j -= 1
        owner = _field_owner(_name(pieces[j][0]))
        for i in range(j, k + 1):
            found[i] = _field_body(owner, _name(pieces[i][0]), head.group("word"))
    return found


# The government whose sectors a list names, said before the first (各级人民政府的计划、财政等部门,
# 县级以上地方人民政府农业农村、水利等部门), its levels listed too (省、自治区、直辖市人民政府卫生、
# 公安部门: the government of each)
_SECTORS_OWNER = re.compile(
    rf"^(?:各级|县级以上)?(?:地方)?(?:{_LEVEL_UNIT}(?:[、和]{_LEVEL_UNIT})+|[\u4e00-\u9fff]{{0,6}}?)"
    r"(?:人民政府|政府)的?(?=[\u4e00-\u9fff]{2})"
)
# Several levels written once before a list of fields (市、区卫生健康、财政等部门), which
# the fields' bodies share as they share one level
_SEVERAL_LEVELS = r"(?:省|市|州|县|区)(?:[、和](?:省|市|州|县|区))+"
# …or the level (市教育、卫生健康部门; 各级卫生防疫、卫生检疫部门; 国务院卫生、农业主管部门), not
# the 市 of 市场监管, 市政, nor the 区 of 区域
_FIELD_LEVEL = re.compile(
    rf"^(?:各级|国务院|自治[区州县]|{_SEVERAL_LEVELS}|省|市(?![场政容])|"
    r"州|县|区(?!域))(?=[\u4e00-\u9fff]{2})"
)
_LEVELS_BEFORE = re.compile(rf"^{_SEVERAL_LEVELS}(?=[\u4e00-\u9fff]{{2}})")


def _field_owner(first: str) -> str:
    """The government or level said before the first field of a list (see _SECTORS_OWNER),
    none when the first is a body by its own name (县卫健委、市直有关部门等部门)."""
    if _own_body(first):
        return ""
    owner = _SECTORS_OWNER.match(first) or _FIELD_LEVEL.match(first)
    return owner.group() if owner else ""


def _is_sector(name: str) -> bool:
    if name.endswith("政府"):
        return False  # 县级以上人民政府(、…卫生健康、教育等部门): whose sectors follow, none
    name = _LEVELS_BEFORE.sub("", _SECTORS_OWNER.sub("", name))
    # 建设 names a field here (住房和城乡建设), not the work of a sentence
    work = _VERBS.search(name.replace("建设", ""))
    return bool(_SECTOR.match(name)) and not work and not _PHRASE_WORDS.search(name)


def _own_body(name: str) -> bool:
    """Whether ``name`` is a body by its own name (工会, 各相关部门), not a field of work (财政,
    各级审计: a body's name only with the word the list shares)."""
    field = _EVERY_LEVEL.match(name) and not _ORG_END.search(name)
    return bool(_ORG_END.search(name) or (is_department(name) and not field))


# A level anywhere in a body's own name (团市委, 县残联): it needs none said before it
_ANY_LEVEL = re.compile(r"[省市州县区旗]")


def _field_body(owner: str, name: str, word: str) -> str:
    """The body of the field ``name`` a list names with the shared ``word`` and ``owner``
    (发展改革 + 部门 → 发展改革部门; 司法行政 + 行政部门 → 司法行政部门, the word added as far
    as the name lacks it); a body by its own name stays as written (工会, 妇联), given only the
    level said before the list, as each field's body is (自治县财政、残联等部门 → 自治县残联).
    """
    if _own_body(name):
        level = _FIELD_LEVEL.match(owner + name)
        bare = level is not None and level.end() == len(owner) and owner not in ("国务院", "各级")
        return owner + name if bare and not _ANY_LEVEL.search(name) else name
    name = name if name.startswith(owner) else owner + name
    if name.endswith(word):
        return name
    kind = re.match("行政|主管", word)
    if kind and re.search(f"{kind.group()}(?:管理)?$", name):
        # 工商行政管理 + 行政部门 → 工商行政管理部门 (not 综合行政执法, whose 行政 qualifies
        # the enforcement: 综合行政执法行政部门)
        word = word[kind.end() :]
    overlap = next((n for n in range(len(word) - 1, 1, -1) if name.endswith(word[:n])), 0)
    return name + word[overlap:]


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


# The lead named in a bracket after the list (甲局、乙局（甲局牵头）, （由甲局牵头）)
_LEAD_NAMED = re.compile(r"[（(](?:由|其中)?(?P<lead>[^（()）、，,；;：:\s]{2,20}?)牵头[)）]\s*$")


def department_list(text: str) -> DepartmentList | None:
    """The departments a list names (a parenthesis, a 责任单位 field), or None when it is
    not a list of departments."""
    if _OTHER_FIELD.search(text) and _ROLE_LINE.search(text):
        return _role_lines(text)  # （分管领导：王某 牵头单位：甲局 责任科室：乙科）
    named = _LEAD_NAMED.search(text) if "牵头" in text else None
    if named is not None and is_department(named["lead"]):
        # 甲局、乙局（甲局牵头）: the lead named in a bracket closing the list, no body of its own
        listed = department_list(text[: named.start()])
        if listed is not None:
            first = named["lead"]
            return DepartmentList([first, *(n for n in listed.names if n != first)], first)
    if " " in text or "\u3000" in text:
        text = _SPACED_WHEN.sub("", text)  # （甲局、乙局 2025年底前完成）: a time after the list
        text = _PERSON_AFTER.sub(_no_person, text)  # （甲局 王某 局长）: who answers for it
    names: list[str] = []
    lead: str | None = None
    marked: str | None = None
    ended = False  # the previous piece closed the list with its role (…分别负责)
    group = 0  # where the group of names the next role word speaks of starts
    labelled_lead: str | None = None
    labelled_role = ""
    pieces = _shared_heads(_joined_pieces(_SECTOR_PAIR.sub(r"等\1\2", text)))
    sectors = _sectors(pieces)
    levels = ""  # the levels the previous name was written under (市、区 of 市、区甲部门)
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
        stripped = sectors.get(k, stripped)
        if joiner == "、" and levels and _bare_kind(stripped):
            stripped = levels + stripped  # 市、区甲部门、乙部门: 乙部门 of both levels too
        else:
            levels = _shared_levels(stripped) or _grade_of(stripped)
        if k not in sectors and not is_department(stripped):
            if names and _OTHER_FIELD.match(piece.strip()):
                break  # (甲局，责任人：王某): a person's or a time's field after the list
            if names and (ended or (joiner in _GROUP_SEPARATORS and _WHEN.search(stripped))):
                break  # (国务院各部门分别负责，年内持续推进), (甲、乙；2024年底前): another field
            if names and joiner in "；;" and not labelled:
                break  # (甲、乙；列第一位的为牵头单位): a note after the list
            return None
        # a lead named with its unit in brackets leads by its own name: 甲局（甲所）牵头
        first = _units(stripped)[0]
        if _MARKED.search(piece):
            marked = marked or first  # 市卫健委（牵头）: named as the lead wherever listed
        elif _LEADS.search(piece) and lead is None:
            # 甲、乙牵头: the first of those who lead (丙负责，甲、乙牵头: not 丙)
            lead = names[group] if group < len(names) else first
        add_new(names, _units(stripped))
        ended = stripped != piece.strip() and not _LEADS.search(piece)
        if ended:
            group = len(names)  # the role closed a group of names; the next one starts here
    if not names:
        return None
    # a name said to lead (牵头) outranks the first of a 责任单位 label
    lead = marked or lead or labelled_lead or names[0]
    return DepartmentList([lead, *(n for n in names if n != lead)], lead)


# A department named by its kind alone, no place, level or scope of its own (中医药主管部门,
# 财政部门): after bodies of several levels written under one (市、区卫生健康部门、…), it is
# each of those levels' as well
_BARE_KIND = re.compile(
    r"^(?!各|有关|相关|其他|其它|国务院|县级|设区|地方)[\u4e00-\u9fff]{2,12}部门$"
)
_PLACED = re.compile(r"[省州县区旗]|(?<!城)市(?![场政容])")


def _bare_kind(name: str) -> bool:
    return bool(_BARE_KIND.match(name)) and not _PLACED.search(name)


# The grade of government a regulation names a department by (县级以上甲行政部门, 县级乙部门,
# 县级以上人民政府公安机关), which a bare kind listed after it with 、 is of as well
# (县级以上甲行政部门、乙行政部门)
_GRADE = re.compile(
    r"^(?:县级以上|县级|省级|设区的市级|市级)(?:地方)?(?:人民政府)?"
    r"(?=[\u4e00-\u9fff]{2,12}(?:部门|机关)$)"
)


def _grade_of(name: str) -> str:
    grade = _GRADE.match(name)
    return grade.group() if grade else ""


def graded(names: list[str]) -> list[str]:
    """``names`` (a list a text gives in order) with the grade said before one given to the
    bare kinds listed after it (县级以上甲行政部门、乙行政部门 → …, 县级以上乙行政部门)."""
    out: list[str] = []
    grade = ""
    for name in names:
        if grade and _bare_kind(name):
            name = grade + name
        else:
            grade = _grade_of(name)
        out.append(name)
    return out


def _shared_levels(name: str) -> str:
    """The levels ``name`` names the bodies of under one (市、区 of 市、区卫生健康部门, 市和县（区）
    of 市和县（区）人民政府), or ``""``."""
    bodies = _levels_apart(name)
    if len(bodies) < 2:
        return ""
    shared = 0  # how many characters the bodies' names end with alike
    while all(len(b) > shared for b in bodies) and len({b[-1 - shared] for b in bodies}) == 1:
        shared += 1
    return name[: len(name) - shared] if shared >= 2 else ""


# A bracket after a body's name that names a unit of its own at the same place and level:
# 县食品药品监督管理局(县卫生监督所) is two bodies, while 区发展改革委(粮食和储备局) and
# 各镇人民政府(街道办事处) are one body's two names (the bracket does not repeat the place, or
# it spells the same name out).
_SEPARATE_UNIT = re.compile(
    r"^(?P<outer>(?P<place>[\u4e00-\u9fff]{0,6}?[省市州县区旗])[\u4e00-\u9fff]{3,})"
    r"[（(](?P<inner>(?P=place)[\u4e00-\u9fff]{3,})[)）]$"
)


# Levels of government named together before the body they share (市和县（区）人民政府, 省、市
# 卫生健康行政部门): each level's body answers on its own. A level's alternatives stay one
# (区、县人民政府, 县（市）、区, 设区的市、自治州: a place has one or the other).
# the county level's other kinds in brackets: 县（市）, 县（市、区）, 区县（自治县）
_COUNTY_GLOSS = r"[（(](?:自治[县旗]|[市县区、]){1,5}[)）]"
_LEVEL_GROUPS = (
    r"省",
    r"(?:设区的|省辖)?市(?:、自治州)?|自治州",
    # 县, 区, 县区, 区县, 县（市）, 区（县）, 区(市)县, 县（市、区）, 区县（自治县）, and a district
    # named among them (县（市）、上街区)
    rf"(?:县|区|旗)(?:{_COUNTY_GLOSS})?(?:县|区)?(?:{_COUNTY_GLOSS})?"
    rf"(?:、(?:(?:县|区|旗)(?:{_COUNTY_GLOSS})?|[\u4e00-\u9fff]{{1,3}}?区))*",
    r"乡(?:[（(]镇[)）]|镇)?(?:、镇)?|镇",
)
_LEVELS_JOINED = re.compile(
    "^(?:" + "|".join(f"(?P<l{rank}>{group})" for rank, group in enumerate(_LEVEL_GROUPS)) + ")"
    r"(?:和|及|与|、|或者|或)(?=[\u4e00-\u9fff])"
)
_LEVEL_GROUP = [re.compile(group) for group in _LEVEL_GROUPS]
_LEVELS_START = re.compile(r"^(?:省|市|设区的市|自治州|县|区|乡|镇)")


def _levels_apart(name: str) -> list[str]:
    """The body of each level ``name`` names under one (市和区、县人民政府 → 市人民政府,
    区、县人民政府), or ``[name]``."""
    joined = _LEVELS_JOINED.match(name)
    if joined is None:
        return [name]
    rank = next(int(key[1:]) for key, value in joined.groupdict().items() if value)
    high = joined.group(f"l{rank}")
    lower = _levels_apart(name[joined.end() :])  # 省、市、县人民政府: each level's in turn
    for group in _LEVEL_GROUP[rank + 1 :]:
        level = group.match(lower[0])
        shared = lower[0][level.end() :] if level else ""
        # (市、县两级财政部门: one collective as written)
        if level and len(shared) >= 2 and not _SHARED_NOT.match(shared):
            # 区和乡镇人民政府、街道办事处: the street office is the lower level's other name
            return [high + shared.split("、", 1)[0], *lower]
    return [name]


# What follows levels that is no body they share: 两级, 各级 (市、县两级财政部门), a separator
_SHARED_NOT = re.compile(r"[两三各]?级|[、和及与，,]")


# A body left unnamed (有关部门, 其他相关单位, 其他有关部门、单位, 有关行政管理部门): whichever
# departments are concerned, a different set for every reader and item, so nobody the ledger can
# hold to account in any role (one with a level or an owner is a collective: 县政府有关部门,
# 国务院有关部门; so is one under 各: 各有关部门). The other ones after a department of a level
# (县级以上甲部门和其他有关部门) are that level's: a collective, the level written once before
# the first.
_UNNAMED_BODIES = re.compile(
    r"^(?:其他|其它)?(?:相关|有关)(?:行政)?(?:管理|主管)?(?:单位|部门)(?:[、和及]?(?:单位|部门))?$"
)
_LEVELLED_DEPARTMENT = re.compile(r"^(?:国务院|[省市州县区]|县级以上|设区的市)[^、和及]{0,20}部门$")


def _unnamed(name: str, names: list[str], text: str) -> bool:
    if not _UNNAMED_BODIES.match(name):
        return False
    if not name.startswith(("其他", "其它")):
        return True
    return not any(
        _LEVELLED_DEPARTMENT.match(other)
        and re.search(f"{re.escape(other)}(?:和|及|以及|、){re.escape(name)}", text)
        for other in names
    )


def _others_of(name: str, names: list[str], text: str) -> str:
    """``name`` (其他有关部门) written with the government of the department it follows
    (县级以上人民政府甲部门和其他有关部门 → 县级以上人民政府其他有关部门), as when the
    government is said before a list of fields; else as it is."""
    if not name.startswith(("其他", "其它")):
        return name
    for other in names:
        owner = _SECTORS_OWNER.match(other)
        if owner and re.search(f"{re.escape(other)}(?:和|及|以及|、){re.escape(name)}", text):
            return owner.group().removesuffix("的") + name
    return name


def without_unnamed(found: DepartmentList, text: str) -> DepartmentList:
    """``found`` without the bodies ``text`` leaves unnamed (see ``_UNNAMED_BODIES``), kept for
    review; its lead the first named body when the lead was one. The others a government's
    department is named with are written with that government (see ``_others_of``)."""
    unnamed = [n for n in found.names if _unnamed(n, found.names, text)]
    kept = [
        _others_of(n, found.names, text) if _UNNAMED_BODIES.match(n) else n
        for n in found.names
        if n not in unnamed
    ]
    if kept == found.names:
        return found
    dropped = [(n, "an unnamed body") for n in unnamed]
    lead = found.lead if found.lead in kept else next(iter(kept), None)
    return DepartmentList(kept, lead, [*found.rejected, *dropped])


# The acts of a body that guides or helps others do a work (指导、支持和帮助乙开展…): the one
# guided is no actor of the item unless it is a government's body
_GUIDES = r"(?:指导|支持|帮助|协调)"
_GUIDED = re.compile(rf"{_GUIDES}(?:[、和及]{_GUIDES})*")
_GOVERNMENT_BODY = re.compile(
    r"(?:局|委|办|厅|部|政府|部门|管委会|办事处|中心|(?<![村居]民)委员会)$"
)


def without_guided(found: DepartmentList, text: str) -> DepartmentList:
    """``found`` without the bodies other than a government's that ``text`` has one of them
    guide, support or help (村民委员会、居民委员会, 各类学校): their work is the guiding body's,
    even where a sentence has them assist it (README, stop 33 question 6)."""
    guided = {m.end() for m in _GUIDED.finditer(text)}
    dropped = [
        n
        for n in found.names
        if n != found.lead
        and not all(_GOVERNMENT_BODY.search(p) for p in n.split("、"))
        and any(text.startswith(n.split("、")[0], at) for at in guided)
    ]
    if not dropped:
        return found
    kept = [n for n in found.names if n not in dropped]
    return DepartmentList(
        kept, found.lead, [*found.rejected, *((n, "a body guided") for n in dropped)]
    )


# A level written before a sector's department (县级以上人民政府, 省, 各级) and the word for the
# kind of department after its field (主管部门, 行政部门, 部门): one body whatever the wording.
_SECTOR_LEVEL = re.compile(
    r"^(?:县级以上(?:地方)?(?:各级)?|各级|国务院|省级?|市级?(?![场政容])|区(?!域)|县)"
    r"(?:(?:地方)?(?:人民)?政府)?"
)
_SECTOR_KIND = re.compile(r"(?:行政)?(?:主管)?(?:管理)?部门$")
_SECTOR_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,10}$")
_EVERY_LEVEL_OF = re.compile(r"^(?:县级以上|各级)")
_CONCERNED = re.compile(r"^(?:相关|有关)(?=[\u4e00-\u9fff]{2})")


def _sector_of(name: str) -> tuple[str, str] | None:
    """(level, field) of a sector's department (县级以上人民政府卫生健康主管部门 → 县级以上,
    卫生健康), the level empty when none is written; none for other bodies and collectives."""
    # (相关教育行政部门: the one concerned, no level of its own, as a bare name)
    name = _CONCERNED.sub("", name)
    kind = _SECTOR_KIND.search(name)
    level = _SECTOR_LEVEL.match(name)
    start = level.end() if level else 0
    if kind is None or kind.start() <= start:
        return None
    sector = name[start : kind.start()]
    if not _SECTOR_FIELD.match(sector) or re.search("有关|相关|其他|其它|各", sector):
        return None
    return (re.sub("(?:地方)?(?:人民)?政府|级(?!以上)", "", level.group()) if level else "", sector)


def named_once(found: DepartmentList) -> DepartmentList:
    """``found`` without a sector's department named again in other words (省中医药主管部门 …
    省中医药部门) or again without its level where the item has named it for every level
    (县级以上人民政府卫生健康主管部门 … 卫生健康部门; 市卫生健康部门, 区卫生健康部门 … 卫生健康
    部门): one body, listed once as first written. A bare name after one level's (省甲部门 …
    甲部门) names the other levels' too and stays, as a name with a level after a bare one does."""
    seen: dict[str, set[str]] = {}
    kept = []
    for name in found.names:
        sector = _sector_of(name)
        if sector is not None and name != found.lead:
            level, area = sector
            levels = seen.get(area, set())
            every = len(levels) > 1 or any(map(_EVERY_LEVEL_OF.match, levels))
            if level in levels or (not level and every):
                continue
        if sector is not None:
            seen.setdefault(sector[1], set()).add(sector[0])
        kept.append(name)
    if kept == found.names:
        return found
    return DepartmentList(kept, found.lead, found.rejected)


def each_level(found: DepartmentList) -> DepartmentList:
    """``found`` with a name that names the bodies of several levels under one (市和区、县人民政府,
    省、市卫生健康行政部门) replaced by the body of each level, in order (市人民政府, 区、县人民
    政府); a lead so named is its first level's body."""
    if not any(map(_LEVELS_START.match, found.names)):
        return found
    names: list[str] = []
    for name in found.names:
        add_new(names, _levels_apart(name) if _LEVELS_START.match(name) else [name])
    lead = found.lead
    if lead is not None and _LEVELS_START.match(lead):
        lead = _levels_apart(lead)[0]
    return DepartmentList(names, lead, found.rejected)


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
        # （甲、乙会同丙负责）: 丙 acts with them, one of the item's departments (README, stop 29)
        parsed = department_list(inner)
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
    return _WRAP.sub(lambda m: "、" if _two_names(names, m) else "", names)


_LIST_SEPARATOR = re.compile(r"[\s、，,；;]")
# what opens a name of its own: its level (市人社局, 县财政局) or every unit of one (各街道)
_OWN_NAME_OPENING = re.compile(r"[省市州县区]|各")


def _two_names(names: str, wrap: re.Match[str]) -> bool:
    """Whether the line break ``wrap`` closes one name and the next opens one with its own
    level (市医保局⏎市人社局、市委编办: a cell a merged row added a line to), not a name a page
    width broke (乙⏎局, 市卫健委⏎办公室)."""
    before = _LIST_SEPARATOR.split(names[: wrap.start()])[-1]
    after = _LIST_SEPARATOR.split(names[wrap.end() :])[0]
    if len(before) < 3 or len(after) < 3 or not _OWN_NAME_OPENING.match(after):
        return False
    return is_department(before) and is_department(after)


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
    """A person's name ``_PERSON_AFTER`` found taken out; a body's short name kept (甲局 各区),
    and the rest of a name a space cut (县司法 局负责: no body's name ends before the space)."""
    if is_department(match.group("who")):
        return match.group()
    return "" if _ORG_END.search(_GLOSS.sub("", match.string[: match.start()])) else match.group()


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


# The press closing a list (电视、报刊、网络等媒体): the kinds of media before it, none a body
_PRESS_CLOSING = re.compile(r"等(?:新闻|各类|主流)?媒体$")


def _pressed(pieces: list[tuple[str, str]]) -> set[int]:
    """The pieces of a list the press closes (see _PRESS_CLOSING), by index: the closing one
    and those listed with 、 or 和 before it."""
    found: set[int] = set()
    for k, (piece, _) in enumerate(pieces):
        if not _PRESS_CLOSING.search(piece):
            continue
        j = k
        while j > 0 and pieces[j][1] in ("、", ""):
            j -= 1
        found.update(range(j, k + 1))
    return found


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
        role = next((r for r in label.group(*_LABEL_GROUPS) if r), "")
        # an overseer's line saying how it oversees (督办单位：甲局负责跟踪问效) stays a phrase
        body = body if role.endswith(_OVERSIGHT_ROLES) else _duty_subjects(body)
        end = _FIELD_END.search(body)
        body = _unwrapped(_names_continued(body, end.start()) if end else body)
        body = _SPACED_WHEN.sub("", body[: _unbalanced(body)])
        body = _PERSON_AFTER.sub(_no_person, body) if " " in body or "\u3000" in body else body
        pieces = _joined_pieces(_SECTOR_PAIR.sub(r"等\1\2", body))
        sectors = _sectors(pieces)
        press = _pressed(pieces)
        for k, (piece, _) in enumerate(pieces):
            name = _without_person(_name(piece))
            if not name:
                continue
            name = sectors.get(k, name)
            reason = (
                "a category" if k in press else None if k in sectors else _labelled_reason(name)
            )
            if reason is not None:
                rejected.append((name, reason))
            elif name not in names:
                units = _units(name)  # 甲局（甲所）: a unit of its own in brackets, two bodies
                add_new(names, units)
                name = units[0]
                if role.endswith(_LEAD_ROLES) and (lead is None or _leads_over(role, lead_role)):
                    lead, lead_role = name, role
                if marked is None and (_LEADS.search(piece) or _MARKED.search(piece)):
                    marked = name
    if not names:
        return None
    lead = marked or lead or names[0]
    return DepartmentList([lead, *(n for n in names if n != lead)], lead, rejected)


# A sentence of a role line that opens with its bodies and the duty they take on (甲局负责安排
# 资金, 乙局、丙局负责宣传): the bodies; not 甲局负责，乙局配合, whose 负责 is the role itself
_DUTY_SENTENCE = re.compile(
    r"(?P<who>[^，,。；;：:\s]{2,40}?)负责(?=[\u4e00-\u9fff])[^。\n]*(?:。|$)"
)


def _duty_subjects(body: str) -> str:
    """The bodies of a role line written as sentences of duties (协办单位：甲局负责安排资金。
    乙局负责宣传。) as a list (甲局、乙局), up to the line's end; any other body unchanged."""
    line = body.split("\n", 1)[0]
    sentences = list(_DUTY_SENTENCE.finditer(line))
    if (
        not sentences
        or sentences[0].start()
        or line[sentences[-1].end() :].strip()
        or any(a.end() != b.start() for a, b in itertools.pairwise(sentences))
    ):
        return body
    return "、".join(m["who"] for m in sentences) + body[len(line) :]


# A ratio sign a PDF wrote for a label's colon (牵头单位∶甲局), one character for one.
def _colons(text: str) -> str:
    """``text`` with the ratio sign ∶ a page set for a colon read as one: str.replace, not a
    translate table, which walks a long item's text character by character in Python's
    slow path (a tenth of the cost of reading an item's departments)."""
    return text.replace("∶", "：")


# A line that opens with a role label, boxed or not: 【牵头单位：…】, [牵头单位]…, 牵头单位：…
_ROLE_OPENING = re.compile(
    rf"^[ \t\u3000]*[【\[〔（(]?[ \t]*(?:{_LABEL_ROLES})(?:{_OFFICES}|主体)?{_QUALIFIER}"
    r"[ \t]*(?:[】\]〕]|[:：]|——)"
)


def opens_with_role(line: str) -> bool:
    """Whether ``line`` opens with a role label (责任单位：…, 【协办单位】…), whatever follows."""
    return bool(_ROLE_OPENING.match(_colons(line)))


def role_line_departments(line: str) -> DepartmentList | None:
    """The departments of a line that is nothing but role labels and their names
    (【牵头单位：市卫健委；配合单位：市财政局】), None for any other line."""
    line = _colons(line)
    if not _ROLE_OPENING.match(line):
        return None
    found = _role_lines(line.strip())
    rest = _ROLE_LINE.sub("", line)
    for name in sorted(found.names if found else [], key=len, reverse=True):  # 甲局 in 某甲局
        rest = rest.replace(name, "")
    # nothing but the names, their separators and brackets: no work stated on the line
    return found if found and not re.search(r"[\u4e00-\u9fff]{6}", rest) else None


# 牵头单位, 配合部门, 责任主体, with a qualifier (责任单位（部门）)
_ROLE_COLUMN = scanning(
    rf"^(?P<role>{_LABEL_ROLES})?(?:责任)?(?:{_OFFICES}|主体)"
    r"(?:[（(][\u4e00-\u9fff、/]{1,6}[)）])?$"
)


_SPACES = scanning(r"\s+")


def is_role_column(heading: str, *, lead: bool = False) -> bool:
    """Whether a table's column heading names who is responsible (牵头单位, 配合部门, 责任处室);
    with ``lead``, only those who lead (牵头, 责任, 主责 …)."""
    match = _ROLE_COLUMN.match(_SPACES.sub("", heading))
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
                add_new(names, _units(name))  # 甲局（甲所）: two bodies, as in a list
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
_VERBS = re.compile(
    # (建设 a field of work listed after a 、: 财政、建设、环保等部门)
    r"(?<!城乡)(?<!、)建设(?![局厅委部办监管]|中心)|推进|加强|提高|开展|支持|实施|完善|落实|提升|创建|争创|启用|(?<!等)(?<!等基层|等群众|等行业|志愿者|公益性)(?<!志愿服务)(?<!慈善|民间|公益|自治|社会|群团|工会)组织(?!部|管理|编制(?:部门|机关))|达到|"
    r"完成|保持|深化|打造|实现|安排|"
    # a duty's modal and what it sets up (设区的市应当设立…中心, 并按照规定设立…分站)
    r"应当|必须|设立(?!的)|设置(?!的)|按照|依照|"
    # building work, not a body: 新(改、扩)建一批中小学校, 新(改)建村卫生室 (新建区 is a place)
    r"新(?:[（(][^（()）]{1,4}[)）])?建(?![区县])|[改扩迁]建|一批"
)


def names_alone(text: str) -> DepartmentList | None:
    """The departments of a text that is nothing but their names (交通、铁路部门), no work
    stated (not 建设区域医疗中心)."""
    found = department_list(text)
    return found if found is not None and not _VERBS.search(text) else None


_NEXT_ARTICLE = re.compile(STYLE["article"].pattern)
