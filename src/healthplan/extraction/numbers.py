"""Numbers as Chinese plans write them: ``95``, ``12.37万``, ``三千``, ``1—2``, ``百分之八十``,
followed by a unit (``%``, ``‰``, ``/10万``, ``个``, ``人次``, ``吨/日`` …).

:func:`mentions` finds every number-with-unit in a clause; the targets module decides which
of them are targets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from healthplan.documents import cn_to_int

__all__ = ["RATE_UNITS", "UNITS", "Mention", "mentions", "parse_plan_number"]

# (千 after digits: 6千元, 3千张, 1千万 — Hong Kong and Macau write thousands so)
_MULTIPLIERS = {
    "千": 1_000,
    "万": 10_000,
    "千万": 10_000_000,
    "亿": 100_000_000,
    "万亿": 1_000_000_000_000,
}

# Longest first, so 人次 wins over 人 and 吨/日 over 吨.
UNITS = sorted(
    [
        "%",
        "‰",
        "/10万",
        "/100万",
        "/百万",
        "/十万",
        "/万",
        "/千",
        "/100人年",  # 病死率3/100人年: deaths per hundred person-years followed
        "/1000人年",
        "个百分点",
        "百分点",
        "微克/立方米",
        "毫克/立方米",
        "毫克/升",
        "分贝",
        "吨/日",
        "次/月",
        "次/年",
        "次/周",
        "吨/天",
        "克/日",  # 人均食盐摄入量降至5克/日以下: an intake per day
        "克/天",
        "万吨/日",
        "平方公里",
        "平方米",
        "平方",  # 平方米 said short (人均住房面积45平方)
        "方米",  # 平方米 a conversion cut short
        "㎡",  # 平方米 as one sign (人均体育场地面积达2.8㎡), or with a superscript
        "m²",
        "m2",  # the superscript a conversion flattened (查螺200万m2)
        "块",
        "片",  # 新建改建10片市民球场: the pitches a programme builds, as 块 counts them
        "立方米",
        "公顷",
        "公里",
        "千米",
        "人次",
        "人口",  # 完成60万人口的改水: people counted as a population, not 人 and a stray 口
        "批次",
        "轮次",  # 全年组织联合抽检3轮次: rounds of work, counted as 批次 are
        "件次",
        "剂次",
        "场次",
        "户次",
        "例次",
        "台次",
        "项次",  # 快检食品不少于6万项次: items tested, each time counted
        "亩次",  # 农机作业服务面积60万亩次: land worked, each pass counted
        "趟次",  # 好孕专车从28趟次增加至36趟次: the runs a service makes
        "班次",
        "趟",
        "人份",
        "剂",
        "星期",  # 轮候时间不超过四星期: weeks
        "周岁",
        "月龄",
        "个月",
        "岁",
        "小时",
        "分钟",
        "个",
        "家",
        "所",
        "座",
        "张",
        "条",
        "户",
        "元",
        "天",
        "人",
        "名",
        "例",
        "场",
        "堂",
        "次",
        "种",
        "项",
        "床",
        "辆",
        "台",
        "套",
        "间",
        "处",
        "支",
        "只",
        "期",
        "篇",
        "份",
        "颗",
        "件",
        "批",
        "位",
        "倍",
        "吨",
        "亩",
        "米",
        "万元",
        "美元",  # 人均超过1万美元
        "港元",  # the currencies of Hong Kong, Macau and Taiwan pages (每名长者1万港元)
        "澳门元",
        "新台币",
        "角",  # 税款调高8角: a tenth of a yuan, Hong Kong's budget speech counts a tax so
        "元/人·年",
        "元/人/年",
        "元/月/人",  # a standard per head written by the period first (低保标准600元/月/人)
        "元/年/人",
        "元/人",
        "元/次",  # 主讲人每次40元/次: a fee per session
        "亿元",
        "公斤",
        "千克",
        "克",
        "斤",
        "册",
        "门",
        "节",
        "课时",
        "学时",
        "层",
        "栋",
        "盏",  # 安装路灯1000盏
        "盒",  # 发放避孕药具10万盒, 叶酸5000瓶: what is handed out, by its pack
        "瓶",
        "袋",
        "对",  # 为30万对待孕夫妇检查: couples
        "幢",
        "级",
        "类",
        "大",
        "年",
        "月",
        "号",
        "届",
        "周",
    ],
    key=len,
    reverse=True,
)
# Units that count or measure something a plan can promise; the rest (年, 月, 号, 类, 级 …)
# are scanned only so that they are not mistaken for a unitless number.
# Units of a rate or share: what a colon or a bare comparator states of a named indicator.
RATE_UNITS = {
    "%",
    "‰",
    "/10万",
    "/100万",
    "/万",
    "/千",
    "/100人年",
    "/1000人年",
    "个百分点",
    "百分点",
    "成",
}
NON_TARGET_UNITS = {"年", "月", "号", "届", "级", "类", "大", "周", "层"}

_RANGE_SEPARATORS = "至到—－-~～–"
_CN_NUM = "[〇零一二两三四五六七八九十廿卅卌百千]+"
_AR_NUM = r"\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?"  # 1,000 or 1000
_NUM = rf"(?:{_AR_NUM}|{_CN_NUM})"
_UNIT_ALT = "|".join(re.escape(u) for u in UNITS)
# A list of indicators with the unit after each name (人均预期寿命（岁）：79.5, 孕产妇死亡率
# （/10万）：≤9): the unit of the value after the colon
_UNIT_BRACKET = rf"[（(](?P<unit>{_UNIT_ALT})[)）]"
UNIT_NAMED_BEFORE = re.compile(rf"{_UNIT_BRACKET}[ \t]*[:：][ \t]*(?:[≥≤><＞＜≧≦]=?)?[ \t]*$")
UNIT_BRACKET_END = re.compile(rf"{_UNIT_BRACKET}\s*$")
# The leading lookahead names every character a mention opens with: some of its ways open with
# a lookbehind, which had the engine try them all at every character of a clause (a quarter
# faster with it; the corpus's 10,877 sentences give the same matches and groups).
_MENTION = re.compile(
    r"(?=[\d〇零一二两三四五六七八九十廿卅卌百千万])"
    rf"(?:(?P<pct>百分之(?P<pctnum>{_NUM})|百分百)"
    rf"|(?P<permille>千分之(?P<pmnum>{_NUM}))"
    rf"|(?P<per>(?<![\d.])(?P<base>十万|百万|万|10万|100万)分之(?P<pernum>{_NUM}))"
    r"|(?P<tenths>[一两二三四五六七八九])成(?![为了功熟立长效本绩果员就不])"
    # 8成病友: tenths written in digits, kept as written; 降低死亡率1/3: a fraction in digits
    r"|(?<![\d.])(?P<digit_tenths>[1-9](?:\.\d)?)成(?![为了功熟立长效本绩果员就不])"
    r"|(?<![\d./])(?P<digit_part>[1-9])/(?P<digit_whole>[2-9]|10)(?![\d.万千百%‰])"
    # 降低3分之一: the whole may be written in a digit
    rf"|(?P<fraction>(?P<whole>[二两三四五六七八九十]+|(?<![\d.])[2-9])分之(?P<part>[一二三四五六七八九]))"
    rf"|(?P<num>{_NUM})(?P<mult>万亿|[万亿]|(?<=\d)千万?(?![克米瓦卡焦帕兆赫伏]))?(?P<approx>余|多)?"
    rf"(?:(?P<sep>至|到|—|－|-|~|～|–)(?P<num2>{_NUM})(?P<mult2>万亿|[万亿])?)?"
    # 5.5/105: a rate per 10⁵ whose superscript a conversion flattened
    # 降低1个以上百分点: the bound said inside the unit (the change is by at least that much)
    rf"(?P<unit>/10[45](?![\d.])|个(?:以上|左右)百分点|{_UNIT_ALT})?"
    r"(?P<density>/(?:平方公里|平方千米|千人|万人|百人))?)"  # 3-5座/平方公里, 7.5张/千人: a density
)


def parse_plan_number(text: str, multiplier: str | None = None) -> float | None:
    """``12.37`` with ``万`` → 123700; Chinese numerals too."""
    plain = text.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", plain):
        value = float(plain)
    else:
        integer = cn_to_int(text)
        if integer is None:
            return None
        value = float(integer)
    if multiplier:
        value *= _MULTIPLIERS[multiplier]
    return round(value, 6)


@dataclass
class Mention:
    """One number in a clause; ``start``/``end`` are offsets in the clause."""

    start: int
    end: int
    value: float
    value_max: float | None
    unit: str
    chinese: bool  # written in Chinese numerals
    multiplied: bool  # had 万/亿
    approx: bool = False  # 3000余人次, 1000多人: at least that many
    fraction: bool = False  # 1/3: a share written as a fraction (its value a percentage)


def _unit(unit: str | None, multiplier: str | None) -> tuple[str, str | None]:
    if not unit:
        return "", multiplier
    if unit in ("万元", "亿元", "万吨/日"):
        return unit[1:], multiplier if multiplier else unit[0]
    if unit in ("/十万", "/105"):
        return "/10万", multiplier
    if unit == "/104":
        return "/万", multiplier
    if unit == "/百万":
        return "/100万", multiplier
    if unit == "方米":  # 人均体育场地面积达到2方米: 平方米 with its first character lost
        return "平方米", multiplier
    if unit.endswith("百分点") and unit != "个百分点" and unit.startswith("个"):
        return "个百分点", multiplier
    return unit, multiplier


# The thousands after a count of 万 (1万6,000), the 万 after a count of 亿 (2亿3000万).
# In Chinese numerals too (一亿四千七百万, 两万五千).
_REST_OF_WAN = re.compile(r"\d,\d{3}|\d{4}|[一二两三四五六七八九]千[〇零一二两三四五六七八九十百]*")
_REST_OF_YI = re.compile(r"(?:\d,\d{3}|\d{1,4}|[〇零一二两三四五六七八九十百千]+)万")
# 医护比1:1.2, 出生人口性别比100:112 (boys per hundred girls): the second term, per the first;
# also written with 比 (护病比白班1比6), its second term short (1比2020年 is no ratio)
_RATIO = re.compile(
    r"(?<![\d.])(?:1|100)\s*(?:[:：∶]\s*(\d+(?:\.\d+)?)|比(\d{1,3}(?:\.\d+)?))(?![\d.万%‰年])"
)
# A short name in quotes (“一村一场戏”, “十个一”): its Chinese numerals are words, not counts.
_QUOTED_NAME = re.compile(r"“[^“”]{1,12}”")


def mentions(clause: str) -> list[Mention]:
    """Every number in ``clause`` with its unit (``""`` when none is written)."""
    found: list[Mention] = []
    # a ratio needs its colon: most clauses have none, and the pattern's scan is then saved
    ratios = (
        [(r.start(), r.end()) for r in _RATIO.finditer(clause)]
        if ":" in clause or "：" in clause or "∶" in clause or "比" in clause
        else []
    )
    names = [m.span() for m in _QUOTED_NAME.finditer(clause)] if "“" in clause else []
    for match in _MENTION.finditer(clause):
        ratio = (  # most clauses have no ratio: no generator to build for each number then
            next((r for r in ratios if r[0] <= match.start() < r[1]), None) if ratios else None
        )
        if ratio is not None:  # 医护比达到1:1.2: the ratio's second term, per one of the first
            term = _RATIO.match(clause, ratio[0])
            if term and ratio[0] == match.start():
                second = float(term.group(1) or term.group(2))
                found.append(Mention(ratio[0], ratio[1], second, None, "", False, False))
            continue
        if match.group("pct"):
            inner = match.group("pctnum")
            value = 100.0 if inner is None else parse_plan_number(inner)
            if value is not None:
                found.append(Mention(match.start(), match.end(), value, None, "%", False, False))
            continue
        if match.group("fraction"):  # 降低四分之一: a share, as a percentage
            whole, part = cn_to_int(match.group("whole")), cn_to_int(match.group("part"))
            if whole and part and part < whole:
                share = round(100 * part / whole, 2)
                found.append(Mention(match.start(), match.end(), share, None, "%", False, False))
            continue
        if match.group("per"):  # 十万分之十二: a rate per 10万
            value = parse_plan_number(match.group("pernum"))
            # 10萬分之58: Taiwan writes the whole in digits
            base = match.group("base").replace("100万", "百万").replace("10万", "十万")
            unit = {"十万": "/10万", "百万": "/100万", "万": "/万"}[base]
            if value is not None:
                found.append(Mention(match.start(), match.end(), value, None, unit, False, False))
            continue
        if match.group("tenths"):  # 九成以上: nine tenths, kept as written as 8成 is
            tenths = float(cn_to_int(match.group("tenths")) or 0)
            found.append(Mention(match.start(), match.end(), tenths, None, "成", False, False))
            continue
        if match.group("digit_tenths"):
            value = float(match.group("digit_tenths"))
            found.append(Mention(match.start(), match.end(), value, None, "成", False, False))
            continue
        if match.group("digit_part"):  # 下降1/4: a share, as a percentage, as 四分之一 is
            part, whole = int(match.group("digit_part")), int(match.group("digit_whole"))
            if part < whole:
                share = round(100 * part / whole, 2)
                found.append(
                    Mention(match.start(), match.end(), share, None, "%", False, False, False, True)
                )
            continue
        if match.group("permille"):
            value = parse_plan_number(match.group("pmnum"))
            if value is not None:
                found.append(Mention(match.start(), match.end(), value, None, "‰", False, False))
            continue
        number = match.group("num")
        unit, mult = _unit(match.group("unit"), match.group("mult"))
        if unit and match.group("density"):
            unit += match.group("density")
        if match.group("num2") and not match.group("mult") and match.group("mult2"):
            mult = match.group("mult2")
        value = parse_plan_number(number, mult)
        if value is None:
            continue
        high = None
        if match.group("num2"):
            high = parse_plan_number(match.group("num2"), match.group("mult2") or mult)
        chinese = not number[0].isdigit()
        # only a bare number in digits takes a unit named before it: the search is saved for
        # the others (most numbers)
        if not unit and not mult and not chinese:
            named = UNIT_NAMED_BEFORE.search(clause, max(0, match.start() - 16), match.start())
            unit = named.group("unit") if named else unit
        if chinese and not unit and not mult:
            continue  # a bare Chinese numeral: 一是, 十四五, 一体化 …
        if chinese and unit in ("对", "角"):
            continue  # 一对夫妻可以生育…, 一对一, 三角地带: a pair or a corner in words, no count
        if chinese and unit == "人" and clause.startswith("口", match.end()):
            continue  # 百万人口白内障手术率, 每千人口床位数: the population a rate is per
        if chinese and names and any(a < match.start() < b for a, b in names):
            continue
        approx = match.group("approx") is not None
        previous = found[-1] if found else None
        if (
            previous is not None
            and previous.value_max is None
            and previous.unit == unit
            and unit
            and match.start() == previous.end + 1
            and clause[previous.end] in _RANGE_SEPARATORS
        ):  # 90%—95%: one range written with the unit twice
            previous.value_max, previous.end = value, match.end()
            continue
        if (
            previous is not None
            and previous.multiplied
            and not previous.unit
            and previous.value_max is None
            and match.start() == previous.end
            and high is None
            and previous.value % 10_000 == 0
            and (_REST_OF_YI if previous.value % 100_000_000 == 0 else _REST_OF_WAN).fullmatch(
                number + (mult or "")
            )
        ):  # 1万6,000张, 2亿3000万元: a whole count of 万 (亿), then the rest of the number
            previous.value, previous.unit, previous.end = previous.value + value, unit, match.end()
            continue
        found.append(
            Mention(
                match.start(), match.end(), value, high, unit, chinese, mult is not None, approx
            )
        )
    return found
