"""Bodies as the subjects of sentences: the body a duty opens with (卫生院做好…), the bodies
a regulation's article charges each in its own sentence (第四条各级人民政府领导…。各级卫生行政部门
对…), those an item's later sentences have do a part (。乙局要…), and the bodies a text gives an
act of authority (由甲审定, 经乙批准).
"""

from __future__ import annotations

import re

from healthplan.extraction.departments.names import (
    _CATEGORY,
    _CLAUSE_BODY,
    _ETC,
    _ETC_AT,
    _JOIN_WORD,
    _ORG_END,
    _OWNED,
    _SECTOR_HEAD,
    _SECTOR_PAIR,
    TRADE_CLAUSE,
    DepartmentList,
    _joined_pieces,
    _name,
    _pieces,
    _sectors,
    _shared_heads,
    add_new,
    department_key,
    department_list,
    graded,
    is_collective,
    is_department,
    names_alone,
    not_a_department,
)
from healthplan.extraction.scanning import scanning
from healthplan.extraction.text import split_outside_brackets, unbroken

__all__ = [
    "article_subjects",
    "opening_subject",
    "partners",
    "without_asides",
]


# A short name a text defines after a body's name (各级甲委员会（以下简称甲委）): no part of it
_DEFINED = re.compile(r"[（(](?:以下)?(?:简称|统称|称)[^（()）]{1,15}[)）]")


# Whose leadership or organising a body works under (甲委员会在本级人民政府领导下，负责…; 在乙的
# 统一组织下，丙部门负责…): an adverbial between a subject and its duty, or before both; the
# body it names leads no part of the item.
_UNDER = scanning(
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
    # …or by the labour the rules divide, or, a mass organisation, by its own charter (or its
    # duties or its charter: 根据职责或者章程)
    r"|(?:按|按照|根据|依照)职责分工|(?:按照|依照|根据)(?:各自(?:的)?)?(?:职责(?:或者|或|和|、))?章程"
)
# What a body must do (要 — not 主要, 重要, 需要 — 应当, 应 — not 相应, 响应, 适应, 对应, 供应,
# 反应, 应急 — 须, 必须): …各乡镇主要负责人组成… has no body 各乡镇主 who must
_MUST = r"(?<![主重需只])要|应当|(?<![相响适对供反])应(?!急)|须|必须|不得|可以"
# A sentence after the first that opens with a body's name and what it must do (。乙局要…): the
# cheap test before _SUBJECT is tried on the rest.
# A list of bodies may stand apart from its modal by a comma (发展改革、财政等部门和单位，应当…;
# 工会、妇联等群团组织，按照各自章程…; 甲、乙等部门以及丙主体，按照各自职责…; 甲、乙等部门和
# 乡（镇）人民政府，在各自职责范围内…).
# (two characters each, as a look-behind reads them: 委员会 and 办事处 by their last two)
_LIST_END = r"部门|单位|团体|机构|组织|主体|政府|员会|事处"
_LIST_COMMA = rf"(?:(?<={_LIST_END})[，,])?"
_LATER_SUBJECT = re.compile(rf"[。；;][^。；;，,]{{2,120}}?{_LIST_COMMA}(?:{_MUST}|{_EACH_DUTY})")


# A sentence or a clause whose subject is a list of bodies and what they must do: …。各级卫生健康
# 行政部门、疾控部门要制定…, 省卫生健康委适时开展督导 (not 应急: a body's name holds it).
_SUBJECT = re.compile(
    r"(?:^|(?<=[。；;，,]))\s*(?P<names>(?:[^，,。；;：:（()）\s]|[（(][^（()）]{1,10}[)）]){2,120}?)"
    rf"(?P<comma>(?<={_LIST_END})[，,])?(?:也|还|均|都|亦|同时)?"
    # (a comma may part the division of labour from the duty: 乙、丙等部门按照职责分工，做好…)
    rf"(?:{_MUST}|适时|定期|及时|{_EACH_DUTY})[，,]?(?=[\u4e00-\u9fff])"
)


_TRADE = re.compile(TRADE_CLAUSE)


def _subjects(text: str) -> DepartmentList | None:
    """The bodies an item's sentences name as who must do its work, in order, the first leading;
    only for an item that names its departments in no other way."""
    text = without_asides(text)
    names: list[str] = []
    rejected: list[tuple[str, str]] = []
    for match in _SUBJECT.finditer(text):
        # (the trade of units listed beside the bodies is no work: 开展乙服务的机构，应当…)
        listed = _TRADE.sub("", match.group("names")) if "的" in match.group("names") else ""
        if match.group("comma") and _WORK_INSIDE.search(listed or match.group("names")):
            continue  # 甲局会同乙等部门，定期…: 乙 is whom 甲 works with, the comma ends a clause
        found, categories = _bodies_beside(_groups_before(text, match.start()) + match["names"])
        if found is not None and categories is not None:
            # not 单位和个人应当…: a person is no body; 各县（市）区 after 各县（市）区政府 is it
            governed = {m.removesuffix("人民政府").removesuffix("政府") for m in names}
            found.names = [n for n in found.names if n not in governed or n in names]
            add_new(names, found.names)
            rejected += categories
    return DepartmentList(names, names[0], rejected) if names else None


def _groups_before(text: str, start: int) -> str:
    """The groups of bodies a comma parts before a subject's last group, with their commas,
    when the sentence is nothing else up to it (甲、乙，丙、丁以及各类机构等应当…; 甲等团体，以及
    乙等组织按照各自职责…), or ``""``."""
    if start == 0 or text[start - 1] not in "，,":
        return ""
    opening = max(text.rfind(mark, 0, start) for mark in "。；;\n") + 1
    before = text[opening : start - 1]
    groups = re.split(r"[，,]", before)
    if not all(_bodies_beside(group.strip())[0] is not None for group in groups):
        return ""
    return before + "，"


def _bodies_beside(names: str) -> tuple[DepartmentList | None, list[tuple[str, str]] | None]:
    """The bodies a subject's list names and the categories it names beside them (see
    ``_categories_beside_bodies``), the bodies read without those unless the list opens with
    a kind every organisation is of (甲会、乙会、志愿者组织等团体和机关应当…: 甲会, 乙会; 康复机构、
    丙联合会应当…: 丙联合会; not 国家机关、社会团体、丙委员会以及其他组织应当…, a catch-all binding
    every organisation); (None, None) when the list is not one of bodies."""
    categories = _categories_beside_bodies(names)
    if categories is None:
        return None, None
    found = names_alone(names)
    if found is None and categories:
        left = {name for name, _ in categories}
        pieces = [p for p, _ in _joined_pieces(names)]
        kept = [p for p in pieces if _name(p) not in left]
        catch_all = kept[:1] != pieces[:1] and _CATEGORY.match(_name(pieces[0]))
        found = names_alone("、".join(kept)) if kept and not catch_all else None
    return found, categories if found is not None else None


def _every_body(names: str) -> bool:
    """Whether every name of a subject's list is a body (交通、铁路部门 too), or a field of work
    the list's 等部门 names as one (财政、农业、物价等部门和单位应当…)."""
    return _categories_beside_bodies(names) == []


def _unless_a_body(name: str) -> str | None:
    """Why ``name`` is no department, None when it is one; the bare 单位 after the bodies
    (甲政府以及有关部门、单位应当…) is a category beside them (README, stop 33 question 6)."""
    return "a category" if name == "单位" else not_a_department(name)


def _categories_beside_bodies(names: str) -> list[tuple[str, str]] | None:
    """The categories and private parties a subject's list names beside its bodies, with the
    reason (教育行政部门和各类教育机构应当…: 各类教育机构, left out and the body kept), or None
    when a name is neither a body nor one of those, or no name is a body (单位和个人应当…)."""
    pieces = _shared_heads(_joined_pieces(_SECTOR_PAIR.sub(r"等\1\2", names)))  # 交通、铁路部门
    sectors = _sectors(pieces) if _SECTOR_HEAD.search(names) else set()
    reasons = {
        _name(p): None if k in sectors else _unless_a_body(_name(p))
        for k, (p, _) in enumerate(pieces)
    }
    if None not in reasons.values() or any(r not in _BOUND for r in reasons.values()):
        return None
    if all(SOCIAL_KIND.match(n) for n, r in reasons.items() if r is None):
        return None  # 从事甲服务的企业和社会组织应当…: units bound, the social kind no department
    return [(name, reason) for name, reason in reasons.items() if reason is not None]


# Social and mass organisations by their kind (社会组织, 社会团体, 人民团体, 群团组织): one
# collective entry beside the departments an article charges, none alone
SOCIAL_KIND = re.compile(r"^(?:社会|群团|人民)(?:组织|团体)$")


# Whom a rule binds beside the bodies it charges (…等组织及物业服务企业应当…): not a body, no
# reason to leave the bodies out.
_BOUND = (None, "a category", "a private party")

# The grounds a body acts on, said before its act: the rules (按照有关法律法规的规定执行), a plan
# (按照规划组织调整), or the conditions it weighs (根据国家标准和本市实际情况制定, 根据人口、布局等
# 情况指定, 根据工作需要), or its powers (由甲部门、乙部门依据职权责令改正: each by its own)
_GROUNDS = (
    r"(?:根据|按照|依照|依据)[^，,。；;]{0,30}?"
    r"(?:规定|要求|标准|办法|预案|法规|法律|条例|规划|情况|实际|需要|职权|职责(?:分工)?"
    # (依照《甲法》处罚: the law by its title; 按照管理权限, 按照法定程序, 按照…处罚种类和幅度)
    r"|》|权限|程序|幅度)"
)

# An act of authority a text gives a body by 由 (由甲审定, 由乙根据有关规定制定, 由丙统一规定,
# 由丁管理的…, 由戊组直接指挥), or an approval it must have from one by 经 or 报 (经甲审查批准,
# 报乙批准): that body does this part of the item, whoever its subject is. Not 落实 or 承担 with
# their object (由项目单位落实配套资金: who pays), nor 提出 (由医生提出医学意见: a person's act),
# nor 备案 (报丙部门备案): a filing only informs the body it reaches, which approves nothing and
# answers for nothing in the item.
# A penalty article's body imposes its sanction so (…的，由甲部门予以警告; 由乙局依照…法规给以处罚).
_AUTHORITY_ACT = re.compile(
    rf"(?:{_GROUNDS})?"
    r"(?:统一|另行|具体|依法|共同|定期|及时|直接)?"
    r"(?:确定|审定|核定|制定|拟定|拟订|编制|规定|批准|审批|审查|审核|核准|许可|认定|指定|执行|实施|监督|"
    r"管理|列入|征求|决定|公布|发布|给予|核发|颁发|考核|验收|查处|受理|责令|处以|没收|予以|给以|"
    # 由甲部门追回违法所得: who recovers what a party took; 由乙部门裁定: who rules on a dispute;
    # 经丙部门确认: who confirms the fact a rule turns on
    r"追回|裁定|确认|"
    # 由甲部门授予…荣誉, 由乙政府表彰: who confers an honour; 由丙政府会同丁部门划定: who draws
    # the area a rule covers
    r"授予|表彰|划定|"
    # 由甲部门委托第三方机构开展: the body that entrusts the work answers for it
    r"委托|"
    # 由甲部门定期统计、更新…信息: who keeps the record (said with how often: not the 统计 of
    # 乙县统计局's name); 由丙部门汇总，报…: who gathers the returns, however often
    r"(?<=定期|及时)统计|汇总|"
    # 由甲会统一印制: who issues a rule's forms and cards, printed alike for all
    r"(?<=统一)印制|"
    # 由甲中心统一指挥调度: who commands the work; 由乙部门建立: who sets up what the rule needs
    # (预备队由市、区卫生健康部门建立)
    r"指挥|调度|建立|组建|"
    # 必要时，由甲部门协调转诊; …确有困难的，由乙会协助办理, 由丙部门为其办理: who steps in where
    # the rule's first actor cannot
    r"协调|协助办理|为其办理|"
    # a penalty article's sanction said with its verb alone (由甲机关依照…法的规定处罚, 由乙机关
    # 依法从重处罚, 由丙机关处警告或者罚款), and who has a penalty enforced (由丁部门申请人民法院
    # 强制执行): the body that imposes it
    r"(?:从重|从轻)?(?:处罚|处理)|处(?=警告|罚款|以?[一二三四五六七八九十百千万\d])|"
    # …and who prosecutes the breach that is a crime (构成犯罪的，由甲机关依法追究刑事责任)
    r"追究(?:其)?(?:刑事|法律)责任|"
    r"(?:向[^，,。；;]{0,10}?)?申请[^，,。；;]{0,8}?强制执行|"
    # 由甲机关按照…规定进行处置: who carries the work out as the rules have it (not 由乙区组织
    # …组成专业队进行保洁: who gathers those doing it)
    r"(?<=规定|要求|标准|办法|预案|职责|职权|权限|程序)进行)"
)
# Whose decision a penalty is, said of the body that made it (由作出处罚决定的甲部门申请…): that
# body, named after the clause
_DECIDER = re.compile(r"作出[^，,。；;的]{0,12}?决定的")
# A body set up to do the work (…应当设立乙机构，负责…, 成立丙小组，具体承担…)
_SET_UP = re.compile(
    # (设 alone: 甲区设急救中心; not 设在, 设于 where an office sits, nor 设计, 设备, 设施)
    r"(?P<places>[^，,。；;：:\s设]{2,30}?)?(?:设立|设置|成立|组建|设(?![在于计备施定有]))"
    r"(?P<names>[^，,。；;：:\s]{2,30}?)[，,]\s*(?:具体)?(?:负责|承担|"
    # (成立丙委员会，为…开展咨询: the work it does for the plan's matters)
    r"为[^，,。；;]{2,40}?(?:开展|提供))"
)
# The bodies set up listed after a colon (设立8个工作小组：甲组、乙组、丙组，…): each one does
# its part (two at least: not 成立领导小组：组长…, a list of its members' posts)
_SET_UP_LIST = re.compile(
    r"(?:设立|设置|成立|组建)[^，,。；;：:]{0,12}[：:](?P<names>[^，,。；;：:、]{2,20}(?:、[^，,。；;：:、]{2,20})+)"
)
# What names the body given the act; not 经济, 经费, 经办 (经办机构), 报告, 报送: words, no 经
# or 报 of an approval
_AGENT_MARK = re.compile(r"由|报经|经(?!济|营|费|过|历|常|验|办)|报(?!告|刊|送|道|表|纸|名)")
# A body's name runs to the clause's end at most (not past 的: 甲局核发的许可证, but through the
# level 设区的市)
_AGENT_SPAN = re.compile(r"(?:设区的|[^，,。；;：:由的\s]){2,40}")


_PETITION = re.compile(r"提请|报请")
# What a text has someone ask a body for (向甲部门申请办理执业登记, 向乙局提出申请) or register
# with it (向丙部门办理注册登记): an approval or a registration that body gives, an act of
# authority as 经乙批准 is; not a filing (向丁局办理备案手续), which it only receives
_APPLICATION = re.compile(
    # (not 向人民法院申请强制执行: the court enforces the penalty the body applies for)
    r"(?:提出|递交|提交)?(?:申请|申领|申报)(?!强制执行)"
    r"|办理[\u4e00-\u9fff]{0,6}?(?:登记|许可|审批)(?:手续)?(?=[，,。；;、]|$)"
)


# What a text has a unit hold from a body (取得甲部门核发的卫生许可证, 持有乙局颁发的证书) or
# act on only once it entrusts the unit (受丙会委托后，方能…): the body that issues or entrusts
# acts with authority — not a body a unit's name says entrusted it (受丁部门委托的戊机构), nor a
# government left unnamed (接受政府委托)
_HOLDING = re.compile(r"(?:取得|持有|领取|受|经)(?=[^，,。；;]{2,40}?(?:核发|颁发|签发|委托后))")
_ISSUED = re.compile(r"核发|颁发|签发|委托后")
# Whose command or oversight a text has a unit obey (服从甲部门的统一组织、管理, 接受乙部门的
# 统一监督管理, 服从丙中心的指挥、调度): that body directs the work, an act of authority as
# 经乙批准 is; not a government left unnamed (接受政府的指导)
_FOLLOWING = re.compile(r"按照|依照")
# (not the 设 of 建设, 设施, 设计, 设备)
_SETS_UP = re.compile(r"(?<![建假铺增开])设(?![施计备定在于])|成立|组建")
_APPROVED = re.compile(r"(?:核定|批准|审定|确定)的")
# A request an item makes of bodies (请各地、各部门于2月底前报送…, 请乙局及时反馈): they do that
# part of the work, by when or how it is done said after their names (not 请示, 邀请, 申请)
_ASKING = re.compile(r"(?:^|(?<=[。；;，,：:\s]))请(?!示)")
_ASKED_TO = re.compile(
    r"(?:于|在)[^，,。；;]{0,12}?(?:前|内)|及时|认真|按时|务必|积极|按照|根据|结合|做好|加强"
)
_OBEYING = re.compile(r"(?:服从|接受)(?!政府的)")
_ITS_COMMAND = re.compile(r"的(?:统一|业务)?(?:组织|管理|指挥|调度|领导|监督|指导)")


def _authorities(text: str) -> DepartmentList | None:
    """The bodies ``text`` gives an act of authority (see ``_AUTHORITY_ACT``) or sets up to do
    the work (``_SET_UP``), in order: after each mark of an act, the shortest opening that ends
    as a body's name does and is followed by the act (市市场监督管理局审查: not 市市场 before
    监督), every name of it a body."""
    approved = "的" in text and _APPROVED.search(text) is not None
    if not (approved or re.search("[由经报设成组申办取持领受服请]", text)):
        return None
    text = unbroken(text)
    found: list[tuple[int, list[str]]] = []
    # (the places before a set-up verb are tried at every character: only where one is written)
    set_ups = (
        [*_SET_UP.finditer(text), *_SET_UP_LIST.finditer(text)] if _SETS_UP.search(text) else []
    )
    for set_up in set_ups:
        if set_up.re is _SET_UP and not set_up["places"] and _after_comma(text, set_up.start()):
            # 甲政府负总责，设立乙指挥部，负责…: the setter's verbs go on, 乙 only set up
            continue
        pieces = [p for p in map(_name, _pieces(set_up.group("names"))) if p]
        if pieces and all(is_department(p) for p in pieces):
            places = _places(set_up.groupdict().get("places") or "")
            # 甲区、乙区和各县设急救中心，负责…: each place's centre, named with its place
            found.append((set_up.start(), [p + n for p in places for n in pieces] or pieces))
    marks = [(mark, _AUTHORITY_ACT) for mark in _AGENT_MARK.finditer(text)]
    if "申" in text or "办理" in text:  # 向甲部门申请办理…登记: the body applied to grants it
        marks += [(mark, _APPLICATION) for mark in re.finditer("向", text)]
    # 取得甲部门核发的许可证: the body issues it; 受乙会委托: the body entrusts the work
    marks += [(mark, _ISSUED) for mark in _HOLDING.finditer(text)]
    marks += [(mark, _ITS_COMMAND) for mark in _OBEYING.finditer(text)]
    # 请各地、各部门于2月底前报送…: the bodies an item asks for their part do it
    marks += [(mark, _ASKED_TO) for mark in _ASKING.finditer(text)] if "请" in text else []
    # 按照甲部门核定的项目和标准收取: the body whose approval the rule applies answers for it
    marks += [(mark, _APPROVED) for mark in _FOLLOWING.finditer(text)] if approved else []
    for mark, act in marks:
        decider = _DECIDER.match(text, mark.end()) if act is _AUTHORITY_ACT else None
        span = _AGENT_SPAN.match(text, decider.end() if decider else mark.end())
        if span is None:
            continue
        for end in range(span.start() + 2, span.end() + 1):  # (甲部门的统一组织: up to 的)
            opening = text[span.start() : end]
            if not _ORG_END.search(opening) or not act.match(text, end):
                continue
            # 由甲局会同乙局制定: both act (会同 joins them), no verb of a clause of their own
            if _WORK_INSIDE.search(opening.replace("会同", "、")):
                break  # past a clause's own verb: 甲办负责组织…实施
            # 由甲政府提请乙委员会批准: both act, the one asking and the one approving
            # (由甲、乙部门按照各自职责责令…: the kinds sharing 部门, each a body)
            listed = _shared_heads(_joined_pieces(_PETITION.sub("、", opening)))
            pieces = [p for p in (_name(piece) for piece, _ in listed) if p]
            # 由其主管部门或者监察部门给予处分: the unit's own supervisor is another for every
            # unit (see names._REFERENCE), the other alternative a body
            pieces = [p for p in pieces if not_a_department(p) != "a reference"] or pieces
            if pieces and all(is_department(p) for p in pieces):
                found.append((mark.start(), graded(pieces)))
                break
    names: list[str] = []
    for _, pieces in sorted(found):
        add_new(names, pieces)
    return DepartmentList(names, names[0]) if names else None


def _after_comma(text: str, at: int) -> bool:
    return text[at - 1 : at] in ("，", ",")


def _places(text: str) -> list[str]:
    """The places ``text`` lists (萧山区、余杭区和各县（市）), or none when it is not only
    places."""
    places = [p for p in map(_name, _pieces(text)) if p] if text else []
    bare = [re.sub(r"[（(][^（()）]*[)）]$", "", p) for p in places]
    if not bare or not all(_PLACE_END.search(p) and not _WHOLE_BODY.search(p) for p in bare):
        return []
    return places


_EACH_ONE = re.compile(r"^(?:每个|所有|全部)")  # 每个乡镇卫生院负责…: no one body
_NOT_NAMED = re.compile(rf"{_EACH_ONE.pattern}|^各级")  # …nor, opening a duty, 各级医疗机构
# …but every level's government or administration is one collective a regulation charges
# (各级人民政府领导…工作, 各级政府卫生行政部门对…), and so is every level's mass organisation, a
# named body at each (各级残疾人联合会依照…, 各级红十字会, 各级工会组织): not 各级医疗机构, which
# names no authority.
_EVERY_LEVELS_AUTHORITY = re.compile(
    r"^各级[\u4e00-\u9fff、]{0,16}(?:政府|部门|委员会|联合会|红十字会|工会(?:组织)?"
    # (…and every level's agency acting for the health authority: 各级卫生防疫机构)
    r"|(?:卫生防疫|卫生监督|疾病预防控制)机构)$"
)

# What opens the predicate of a duty whose subject is the body doing it: a verb of work or a
# preposition that starts its adverbial (八桥卫生院做好…, 兽医部门对…, 公安部门结合…).
_PREDICATE = re.compile(
    r"负责|牵头|主抓|做好|抓好|加强|强化|结合|根据|按照|依照|依据|依法|会同|联合|协同|协助|配合|"
    # (甲部门凭…证明出具…: on the strength of what it acts; not 凭证)
    r"凭(?!证|据)|"
    r"指导|督促|督导|组织|开展|落实|承担|履行|制定|建立|完善|推进|推动|加快|统筹|协调|监督|"
    # 甲部门确定…标准应当听取…: what it sets (not 市人民政府确定的…场所: a clause of what)
    r"确定(?![的为])|"
    r"检查|严格|确保|提供|实施|安排|积极|认真|切实|及时|定期|主动|全面|做|对|将|把|向|为|与|在|"
    # 甲部门发现…的，应当查处: the body that comes upon a breach acts on it
    r"发现|"
    # 甲政府作出…决定，应当…; 乙政府及其部门采取…措施，应当…: the act its duty governs (not
    # 因…丙部门采取措施不力…的: the event a sanction answers)
    r"(?:作出|采取)(?=[^，,。；;]{2,30}[，,]\s*(?:应当|要|必须))|"
    # 乙办事处具体组织实施, 丙局具体负责… (not 具体措施: no duty)
    r"具体(?=组织|负责|实施|承担|落实|办理|执行)|"
    # not 监测, 管理, 建设, 服务, 培训: they also open a heading's noun phrase (…机构监测能力建设)
    r"参与|引导|鼓励|支持|设立|成立|组建|收集|汇总|上报|报送|审核|配备|通过|加大|深入|广泛|"
    r"大力|进一步|持续|依托|利用|督查|核查|排查|密切|紧密|"
    # a regulation's: 甲部门主管本行政区域内的…, 乙政府领导…工作 (not 主管部门, 领导小组)
    r"主管(?!部门|机构|单位)|领导(?!小组|机构|下|干部)|"
    # 甲政府统一领导…, 乙局统一管理…, 丙委员会统一负责… (not the 统一战线 of a body's name)
    r"统一(?=领导|管理|部署|组织|规划|指挥|调度|协调|监督|负责)|"
    # a regulation's rule for the bodies it governs: 甲机构实行…制度, 乙机构聘用工作人员应当…
    r"实行|聘用|"
    # 保障 of a duty, not of a body's name (县人力资源和社会保障局应当…: no 县人力资源和社会)
    r"保障(?![局厅部所])|"
    # a regulation's body and whom it is made of: 甲委员会由有关部门组成，… (its members are
    # not charged by it)
    r"由(?=[^。；;]{2,80}?组成)|"
    # a speech's: 甲局会把…, 乙署明年内会优化…, 丙局将… (not 会同, 会议, 会商, nor the 会 of
    # 社会, 协会, 常委会, which goes on a word or a name)
    r"(?<![社协学工大机体都总委])会(?!同|议|商|签|审|计|员|长)|将(?!军)|明年|今年|年内|"
    # when it does it: 甲局于去年…, 乙局于6月底前… (not 位于, 属于: no body's name ends so)
    r"于(?=[^，,。；;]{0,10}?(?:年|月|日|前|内|期间))|"
    # what a regulation allows or forbids a body, or has it do with another: 甲局可以委托…,
    # 乙局有权…, 丙局不得…, 甲局和乙局共同做好…
    r"可以|有权|不得|共同|"
    # what a body gives those a rule concerns: 甲政府给予表彰, 乙会表彰…单位
    r"给予|表彰|"
    # …and 甲政府可根据本条例制定…: 可 alone; 乙部门指定…机构作为…: the body that designates, its
    # act the article's (not 乙部门指定的丙机构, whose duty is the unit's)
    r"(?<!许)可(?=根据|依照|依据|按照)|指定(?!的)|"
    # 甲局是本市…工作的主管部门: the authority stated, its duty the article's
    r"是(?=[^，,。；;]{2,30}(?:主管部门|主管机关|行政主管部门)(?:[，,。；;]|$))|"
    # the condition of its duty: 甲机构如果开展…，应当…; the event that calls for it: 甲部门接到
    # 报告后，应当…, 乙机构发现…时，…
    r"如果|(?:接到|受理|收到|获悉|接获|发现)(?=[^，,。；;]{1,30}?(?:后|时)[，,])|"
    # …or what its enforcement comes upon, its duty after the comma: 甲机关查获…人员，应当通知…
    r"(?:查获|抓获|破获|查处)(?=[^，,。；;]{1,30}[，,]\s*(?:应当|必须))|"
    # a regulation's body stated before its duty: 甲站是本市采供血机构，负责… (not 甲中心是居民
    # 健康的守门人, which describes it); a clause of its staff may come between (甲办是…的办事
    # 机构，应当配备专职人员，负责…)
    r"是(?=[^，,。；;]{2,30}(?:机构|部门|单位|机关)[，,](?:[^，,。；;]{2,16}[，,])?\s*负责)"
)
# A body a clause names (see names._OWNED) and, after it or a comma, its duty: the shortest
# such name its predicate follows (受甲部门委托的其他有关部门卫生主管机构，在…: not 其他有关部门).
_OWNED_BODY = re.compile(
    rf"{_OWNED}[\u4e00-\u9fff]{{0,12}}?{_CLAUSE_BODY}(?=[，,]?(?:{_PREDICATE.pattern}))"
)
_ADMINISTRATIVE = re.compile(r"(?:局|厅|委|办|政府|部门|管委会|办事处)$")
# A body's name a space before the work, as a row flattened with its cells a space apart
_SPACED_OPENING = re.compile(
    r"\s*(?P<name>[^\s，,。；;：:“”《》]{2,30})[ \t\u3000]+(?=[\u4e00-\u9fff])"
)
_NAME_SPAN = re.compile(r"[^，,。；;：:\s“”\"《》—─]{2,60}")


# Whose place names the body (户籍所在地公安部门, 居住地的街道办事处): the body of that place
_WHERE_IT_IS = re.compile(
    r"^\s*[\u4e00-\u9fff]{1,8}?(?:所在地|居住地|发生地)的?(?=[\u4e00-\u9fff]{2})"
)
# What a duty's sentence may open with before its subject: the rules or the needs it answers
# (根据…需要，, 按照…的规定，, 为了…，), a clause of its own up to its comma; or whom the duty
# concerns (对在献血工作中成绩显著的单位和个人，甲政府给予表彰): an honour's or a sanction's
# receivers, no body
_BASIS = re.compile(r"\s*(?:根据|按照|依照|依据|为了|为|对)[^，,。；;：:]{2,60}[，,]")


def opening_subject(text: str) -> DepartmentList | None:
    """The body a duty opens with as its subject, its work following without a role word
    (卫生院做好…, 兽医部门对…, or a sentence of its own: 县卫健局。负责…): an opening that is a
    department's name and is followed by a verb or a preposition — the first that ends as a
    whole body's name does (局, 中心 …), else the longest (市委组织部会同…, not 市委 before
    组织). For an item that names its departments in no other way."""
    text = without_asides(text)  # 甲委员会（以下简称甲委）在乙领导下，负责…
    if _BY_THE_POINTS_BELOW.match(text):
        return None  # 有关部门按照以下分工负责…：: the bodies are the points' own
    text = _WHERE_IT_IS.sub("", text, count=1)  # 户籍所在地公安部门: the body of that place
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
    owned = _OWNED_BODY.match(whole)  # (a comma may come before its duty: 乙政府的甲组织，负责…)
    if owned is not None:
        # 县政府负责港口管理的部门负责…: the department, not the government its clause names
        # (its name may end as a verb does: 乙政府的甲组织)
        return department_list(owned.group())
    for end in range(2, len(opening) + 1):  # (its end too: a comma may follow it)
        name = opening[:end]
        # a list closed by 等 ends the subject (甲会、乙协会等社会组织应当…), not a body's name
        # its closing word cuts (甲会等社会, before 组织 read as a verb)
        closed = _ETC.search(name)
        if not (_ORG_END.search(name) or closed) or not _predicate_at(whole, end, name):
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
            if len(found.names) > 1 and "与" in name and _PARTNER.match(whole, end):
                continue  # 甲局与乙局密切配合: 乙局 is whom 甲局 works with
            best = found
            if _WHOLE_BODY.search(name) and not whole.startswith("与", end):
                # 县教体局指导学校做好…: 县教体局, whose 局 ends a name; 甲局与乙局开展…: both
                # do the work, 与 joining them as 和 does
                break
    return best


def _predicate_at(whole: str, end: int, name: str) -> bool:
    """Whether a duty's predicate opens at ``end``, after the body ``name``, or past a comma
    that parts a whole body's name from it (县级以上人民政府卫生行政部门，对…实施监督管理)."""
    if _PREDICATE.match(whole, end):
        return True
    return whole[end : end + 1] in ("，", ",") and bool(
        _WHOLE_BODY.search(name) and _PREDICATE.match(whole, end + 1)
    )


# What a body does with another that leaves the other a partner, no subject of the work
_PARTNER = re.compile(r"(?:密切|积极|主动|加强|做好)?(?:配合|协作|合作|沟通|对接|衔接|协商)")


# Where an article's sentences part: a full stop, a semicolon, a line break (its paragraphs); a
# question mark a conversion left for a lost indent (⏎?县级以上人民政府制定…) is layout.
# A page whose punctuation a conversion garbled stops a sentence with a point between two words
# (…监督管理.环境保护行政主管部门…).
_ARTICLE_SENTENCE = re.compile(
    r"[。；;]|(?<=[\u4e00-\u9fff])\.(?=[\u4e00-\u9fff])|\n[ \t\u3000?？]*"
)


def article_subjects(text: str) -> DepartmentList | None:
    """The bodies the sentences of a regulation's article open with as their subjects, in
    order, the first leading (第四条各级人民政府领导…工作。各级卫生行政部门对…实施监督管理。):
    an article charges each body its own sentence."""
    names: list[str] = []
    for sentence in _ARTICLE_SENTENCE.split(unbroken(text)):
        # (甲部门应当…: what it must do, as a sentence of its own says it)
        found = opening_subject(sentence) or _subjects(sentence)
        add_new(names, found.names if found else [])
        # 甲政府领导…，乙政府领导…: each clause after it may charge a body of its own
        add_new(names, _clause_subjects_of(found.names, sentence) if found else [])
        if found and "督促" in sentence:
            add_new(names, _urged(sentence))
        if found and "下" in sentence:
            add_new(names, _leaders(sentence))
    return DepartmentList(names, names[0]) if names else None


# A subject whose duties the article's points share out (有关监督管理部门按照以下分工负责…：
# （一）甲部门负责…): it refers to the bodies the points name, each a task of its own.
_BY_THE_POINTS_BELOW = re.compile(
    r"\s*[^，,。；;：:]{2,30}?(?:应当|要)?(?:按照|依照|按)(?:以下|下列)(?:分工|职责|规定)"
)


# The bodies whose leadership, command or guidance an article's subject does its duty under (甲部门
# 在乙政府的统一领导和丙部门的业务指导下，负责…): they answer for the work they lead, so each is a
# body of the article after its subject (not whose organising it works under: 在乙的统一组织下
# arranges the work, the subject answers for it) — not a body named by its level relative to the
# reader (本级人民政府, which is no department), to the place (当地政府, 本地区爱卫会: every
# place's own) or to the subject (在各级甲会的统一组织下，各级乙部门…: each level's 乙 under
# the same level's 甲, as 同级 says).
_UNDER_WHOM = re.compile(r"在(?P<leaders>[^，,。；;在]{2,60}?)下")
_LEADER = re.compile(
    r"(?P<body>[^，,。；;、和及]{2,30}?)的?(?:统一|业务|直接)?"
    r"(?:领导|指挥|指导)(?=[和及、]|$)"
)
_PLACE_RELATIVE = re.compile(r"^(?:当地|本地区?|所在地|辖区|各级)")


def _leaders(sentence: str) -> list[str]:
    """The named bodies ``sentence`` has its subject work under (see ``_UNDER_WHOM``)."""
    names: list[str] = []
    for under in _UNDER_WHOM.finditer(sentence):
        for leader in _LEADER.finditer(under["leaders"]):
            body = leader["body"]
            if not _PLACE_RELATIVE.match(body) and is_department(body):
                add_new(names, [body])
    return names


# The bodies a subject urges to perform their duties (甲会负责协调、指导和督促乙、丙等部门履行
# …职责): the duty is theirs, the subject sees that they do it
_URGED = re.compile(
    r"督促(?P<names>[^，,。；;：:]{2,100}?)(?:切实)?(?:履行|落实)[^，,。；;]{0,20}?职责"
)
# Whom no body's name holds (督促有关部门履行职责: the bodies named elsewhere, if at all)
_UNNAMED = re.compile(r"^(?:有关|相关|其他|各)?(?:部门|单位|方面)$")


def _urged(sentence: str) -> list[str]:
    """The bodies ``sentence`` urges to perform their duties (see ``_URGED``), every name a
    body (sectors before their shared word each one), in order."""
    names: list[str] = []
    for match in _URGED.finditer(sentence):
        found = names_alone(match["names"])
        if found is not None and not any(map(_UNNAMED.match, found.names)):
            add_new(names, found.names)
    return names


# A name of the administration (not 县医院、中医院: what a sentence may build)
_OFFICE_NAME = re.compile(r"(?:局|委|办|厅|部|政府|部门|管委会|办事处|中心)$")


def _clause_subjects_of(names: list[str], text: str) -> list[str]:
    """The bodies the clauses of ``text`` after the first that names one of ``names`` open
    with as the subjects of their part of the work (甲局牵头…，乙局保障经费，各乡镇抓好落实;
    甲政府领导…，乙政府领导…), in order: offices and collectives only, none named already."""
    found: list[str] = []
    seen = False
    for _, clause, _ in split_outside_brackets(text, "，,；;。"):
        if not seen:
            seen = any(n in clause for n in names)
            continue
        if clause.lstrip().startswith("由") or any(n in clause for n in [*names, *found]):
            continue  # 由乙局…: a phrase of its own; a body named already
        # 甲部门负责…，其所属的乙机构承担…: the body under the subject does a part of its own
        # (an office or not: its owner makes it a body)
        own = _ITS_OWN.match(clause)
        subject = opening_subject(clause[own.end() :] if own else clause)
        body = _subject_name if own else _clause_body
        if subject is None or not all(map(body, subject.names)):
            continue
        if _SUPPORT_WORD.search(clause) or _cut_short(subject.names[-1], clause):
            continue  # 乙局予以配合: a partner (read beside the lead); 市委 of 市委组织部
        add_new(found, subject.names)
    return found


_SUPPORT_WORD = re.compile(r"配合|协助|协同|协办|参与")
# A body the subject owns, named by 其 (its): 其所属的, 其下属, 其设立的
_ITS_OWN = re.compile(r"^\s*其(?:所属|下属|直属|设立|设置)的?")


def _cut_short(name: str, clause: str) -> bool:
    """Whether ``name``, found at the opening of ``clause``, is cut short of a longer body's
    name the clause goes on with (市委 of 市委组织部予以…, where 组织 reads as a verb)."""
    at = clause.find(name)
    if at < 0:
        return False
    end = at + len(name)
    # the last name of a list (甲局、乙局和市委 of …和市委组织部负责)
    last = at + max(name.rfind(j) + 1 for j in "、和及与")
    longer = [clause[last : end + k] for k in range(2, 5)]
    return any(
        _ORG_END.search(n) and is_department(n) and not _WORK_INSIDE.search(n) for n in longer
    )


def _clause_body(name: str) -> bool:
    """Whether ``name``, opening a clause, is an office's or a collective's name, no word of
    the clause before it (not 要指定定点医疗机构, 逐步使各级工会, 报经甲部门)."""
    office = _OFFICE_NAME.search(name) or is_collective(name)
    return bool(office) and _subject_name(name) and not _CLAUSE_WORD.match(name)


_CLAUSE_WORD = re.compile(r"[要使并还也将再又及而]|报[经请送]|逐步|同时|进一步")


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
_WHOLE_BODY = re.compile(r"(?:局|厅|办|中心|政府|院|站|所|处|科|股|队|公司|部门|机构|单位|委员会)$")


# A place, not a body: 社区, 城乡, 八桥镇 (a collective of places is one: 各乡镇).
_PLACE_END = re.compile(r"(?:区|县|市|乡|镇|街道|村|社区|州|省)$")


# Every place of a level under 各 with no body word (各区, 各县（市）, 各乡镇): a regulation's duty
# laid on every such place names none of its bodies, as a bare level does
_EVERY_PLACE = re.compile(r"^各[\u4e00-\u9fff]{1,4}(?:[（(][市区县旗、]{1,5}[)）])?$")


def every_place(name: str) -> bool:
    """Whether ``name`` is every place of a level under 各, no body named (各区, 各县（市）)."""
    return bool(_EVERY_PLACE.match(name)) and bool(_PLACE_END.search(re.sub(r"[（(].*", "", name)))


# A body's short name of two characters (社署, 妇联, 科协, 团委, 工会): one whose ending is a
# body's only (not 社会, 社区, 机构's 会, 区, 构)
_SHORT_BODY = re.compile(r"^(?:[\u4e00-\u9fff][署联协委局厅办]|工会)$")


def _subject_name(name: str) -> bool:
    if (len(name) < 3 and not _SHORT_BODY.match(name)) or not is_department(name):
        return False
    return not _PLACE_END.search(name) or is_collective(name)


# An opening that is a verb's or a preposition's, not a body's (以区县为单位, 协调各成员单位做好…).
_NOT_A_SUBJECT = re.compile(
    # (报甲部门审核: whom the work goes to for approval, not the work's subject; not 报社)
    rf"(?:{_PREDICATE.pattern}|以|通过|按|凡|从|由|除|当|如|若|经|使|让|请|报(?![社刊纸]))"
)
# Verbs no body's name holds (unlike 组织部, 监督管理局, 医疗保障局), and 会同/协同/联合: the
# bodies the subject works with are not the duty's subjects (甲局会同乙局对…: 甲局).
_WORK_INSIDE = re.compile(
    r"会同|协同|协助|应当|可以|委托|有权|不得|联合(?!会)|负责|牵头|做好|抓好|加强|强化|结合|根据|按照|依照|依据|依法|开展|落实|承担|履行|制定|"
    r"建立|完善|推进|推动|加快|严格|确保|提供|实施|"
    # who runs the body, said after its kind (甲机构以政府举办为主: no body 甲机构以政府举办)
    r"举办(?!单位)"
)


# 甲会同乙制定…: 乙 acts in the work with 甲, a department of the item after it
# …and 甲应当协助地方各级人民政府开展…: the government of a level, or a department with its
# level, answers for the work assisted, listed after 甲; one named by its relative level
# (同级人民政府), by none (所在地人民政府, 政府及其有关部门, 民政部门) or below the county
# (乡镇人民政府: whose grass roots assist it) does not
# (甲部门应当协同乙部门做好…: the work done with 乙, as 会同 says)
_JOINED_BY = re.compile(r"会同|协同|协助")
_ASSISTED = re.compile(r"^(?:地方)?各级|^县级以上|^国务院|^设区的市|^[省市县区](?!民)")
# Where a clause ends before 会同 (the clause that names who works with the partner)
_CLAUSE_END = re.compile(r"[，,。；;：:\n|\t]")
# Bodies a 会同 names that are none the ledger can hold: a bare 有关部门 (no scope named), a
# level said from the reader (同级财政部门: see names._REFERENCE)
_NO_PARTNER = re.compile(r"^(?:有关|相关|其他|其他有关|其他相关|各有关|各相关)(?:部门|单位|机构)")


# What the partners do with the body after their names: a duty's predicate, or the plan or
# rule they draw up together (会同乙局编制…, 会同乙局拟定…)
_PARTNER_WORK = re.compile(rf"{_PREDICATE.pattern}|具体|编制|研究|起草|拟定|拟订|审核|核定|确定")


# The detailed rules an article lays down to be made, and who makes them (具体救助制度由甲部门
# 会同乙部门制定, 津贴制度具体办法由丙部门会同…): the makers answer for the item's rules, as
# the body that approves a step it lays down does
_RULE_MADE_BY = re.compile(
    r"具体[\u4e00-\u9fff]{0,6}?(?:办法|制度|规定|标准|细则|方案)由(?P<body>[^，,。；;：:\s由的]{2,30})$"
)


def partners(text: str, names: list[str]) -> list[str]:
    """The bodies ``text`` joins by 会同 to one of ``names`` (甲局会同乙局、丙局制定…, or a
    clause opening with 会同 after 甲局's duty: 甲局负责…。会同乙局制定…) or to the body that
    makes the article's detailed rules (具体办法由丁局会同戊局制定: 丁局 too), in order, none of
    ``names``: each acts in the work, as one that 配合 does."""
    if not names or not _JOINED_BY.search(text):
        return []
    found: list[str] = []
    named = {department_key(n) for n in names}
    for mark in _JOINED_BY.finditer(text):
        before = text[: mark.start()]
        at = _last_clause_end(before)
        if before[at - 1 : at] in ("|", "\t"):
            continue  # a table's note cell (| 会同乙局督导。 |): no cell of departments
        clause = before[at:].strip()
        maker = _RULE_MADE_BY.search(clause)
        if maker is not None and is_department(maker["body"]):
            if department_key(maker["body"]) not in named:
                add_new(found, [maker["body"]])  # 具体办法由甲部门会同乙部门制定: both draw it up
        elif clause and not any(n in clause for n in names):
            continue  # 乙局会同丙局…: a body the item does not name does the work
        span = _AGENT_SPAN.match(text, mark.end())
        if span is None:
            continue
        best: list[str] = []
        for end in range(span.start() + 2, span.end() + 1):
            opening = text[span.start() : end]
            if not (_ORG_END.search(opening) or _ETC.search(opening)):
                continue
            if not (_PARTNER_WORK.match(text, end) or text[end : end + 1] in ("，", ",", "")):
                continue
            if _WORK_INSIDE.search(opening):
                break
            if _cut_short(opening, text[span.start() :]):
                continue  # 会同市委组织部: not 市委 before 组织 read as a verb
            listed = names_alone(opening)
            if listed is not None and all(map(is_department, listed.names)):
                best = [n for n in listed.names if not _NO_PARTNER.match(n)]
                break
        if mark.group() == "协助":
            best = [n for n in best if _ASSISTED.search(n)]
        # (市卫健委 twice); a kind said bare after the item named it with its level (省卫生行政
        # 部门负责…。…协同卫生行政部门开展…) is that same body
        best = [n for n in best if _ASSISTED.search(n) or not any(m.endswith(n) for m in names)]
        add_new(found, [n for n in best if department_key(n) not in named])
    return found


def _last_clause_end(text: str) -> int:
    ends = list(_CLAUSE_END.finditer(text))
    return ends[-1].end() if ends else 0
