"""Deadlines: the year a plan's statement is due by — what its sentence, paragraph or
headings name (到2025年, 十四五期末, 年内, 二〇三〇年, 2025年目标任务), the plan's own years
(an annual plan's, a period's bounds) and the year its 到…年 phrases name most; years listed
in pairs (到2022年和2030年…分别…) and the milestones of one indicator's dated values. Read by
:mod:`.targets`."""

from __future__ import annotations

import heapq
import re
from dataclasses import replace

from healthplan.documents import (
    Document,
    Section,
    SectionKind,
    cn_to_int,
    marker,
    title_years,
    year_digits,
)
from healthplan.documents.metadata import SCHOOL_YEAR
from healthplan.documents.numbering import number_value
from healthplan.extraction.learned import Candidate
from healthplan.extraction.phrases import BASELINE
from healthplan.extraction.scanning import scanning
from healthplan.extraction.text import own_text, years_told
from healthplan.model.plan import Milestone, Target

__all__ = ["plan_years", "post_end"]

# A five-year period a goal is set for (“十四五”时期, 十四五期末, “九五”期间): its last year;
# also a quoted period that opens a clause on its own (“十四五”，全县新建…) or names the goals
# set for it (“十五五”主要目标任务, “十四五”发展目标). 十五 and 九五 are
# also numbers (二十五期间 of a count): not after another numeral.
# A conversion may have set its parts apart with spaces (“十四五” 期末, “ 十四五 ”期间).
_PERIOD = (
    r"(?<![\d〇一二三四五六七八九十百第])[“\"‘'「]?[ \u3000]?"
    r"(?P<five>十[一二三四五六七八九]?|[六七八九])五[ \u3000]?"
    r"(?:[”\"’'」]?[ \u3000]?(?:规划)?(?:期末|末|时期末|时期|期间)"
    r"|[”\"’'」](?=[ \u3000]?(?:[，,]|(?:主要|发展|规划)?目标)))"
)

# The same with no group, where it names a level a goal is measured from (较“八五”期末)
_PERIOD_LEVEL = _PERIOD.replace("?P<five>", "?:")

# The end of the plan's own term (到规划期末, 方案期内, 行动期满, 到行动结束, 到期末): the
# plan's last year; not the term before (上一规划期末), nor what follows it (行动结束后).
_TERM_END = (
    r"(?:(?<!上一)(?<!上个)(?<!上轮)(?:规划|计划|方案|行动|本期)(?:期末|末期|期内|期满|结束)"
    r"|(?<=[到至])期末)(?!以?后)"
)

# The month and day after a year written in figures (2025-12-31, 2026/6/30, 2026.06)
_FIGURES_DATE = r"[-/.](?:1[0-2]|0?[1-9])(?:[-/.](?:3[01]|[12]\d|0?[1-9]))?(?!\d)"

_YEAR = scanning(
    # the characters a deadline begins with, named first: some of its ways open with a
    # lookbehind, which the engine would otherwise try at every character of a sentence
    r"(?=[到至于在\dxX×“\"‘'「十六七八九规计方行本年今当全上下第一二三四明次翌期])"
    # 2019年年底 is the year's end said twice, not that year and another 年底; 2024—2025学年,
    # 2025学年度: a school year, due by the year named last; 2 0 2 6 年: a year letter-spaced
    r"(?:到|至|于|在)?(?:(?P<year>20\d\d|2 0 \d \d|xx|XX|××)[ \u3000]?学?年"
    r"(?:年底前|年[底末内]|底|末|前|内)?"
    r"|(?<=[到至])(?P<dashed>20\d\d)-(?=[，,]|$)"  # 到2020-，…: a conversion turned 年 into -
    # 2025-12-31前, 2026/6/30前: a date written in figures, with what says it is due by it
    rf"|(?<![\d.])(?P<dated>20\d\d)(?={_FIGURES_DATE}\s*(?:前|以前|之前|底前|止))"
    rf"|{_PERIOD}"
    rf"|(?P<term>{_TERM_END})"
    # 三年内, 5年内: a span of years from now, not this year's end; 每年年底前: every year's;
    # 去年底, 上年末: the year before's
    r"|(?P<this>(?<![\d一二三四五六七八九十两几数多每])年内"
    r"|(?<!每)(?<!每年)(?<![去上前])(?:年底前|年底|年末)|今年|本年度|当年|全年"
    # 本月26日, 7月1日起: a day of the year at hand a measure takes effect on
    r"|(?:本月|下月)\d{1,2}日|(?<![\d年])\d{1,2}月\d{1,2}日起)"
    # 上半年, 第一季度末 of the year at hand; after a year named (2025年上半年) that year's, and
    # after 每 (每年上半年) any year's
    r"|(?P<part>(?<![年每第])(?:[上下]半年|第?[一二三四1-4]季度))"
    r"|(?P<next>明年|次年|翌年|下一?年度|今明两年)"
    r"|(?P<vague>(?:本|21|二十一)世纪(?:中叶|中期|末))"  # 到本世纪中叶: no year stated
    # 到202425年: a converted page ran two years into one, a year no reader can tell
    r"|(?<!\d)(?P<garbled>20\d{3,4})年)"
)

# An annual programme named with its year in a document's opening words: 2019年重点民生实事,
# 现就2017年度各区县市…工作制定本实施方案, or a year opening the clause that names it
# (2025年，某区…规划16项民生实事); a 工作方案 as an 实施方案 (制定我室2023健康教育工作方案).
_YEAR_NAMED = scanning(
    r"(?<!\d)(20\d\d)\s*(?:年度[^，,。；\n《》]{0,16}?|年[^，,。；\n《》]{0,12}?|年[，,][^。；\n《》]{0,40}?"
    # or a title that lost its 年 (2024乡镇卫生院工作计划)
    r"|(?=[\u4e00-\u9fff])[^年，,。；\n《》]{0,12}?)"
    r"(?:(?:民生|惠民)(?:实事|工程|事项)|为民办实事|工作要点|工作计划|实施方案|工作方案"
    # the year's work conference, whose tasks are the year's (2026年全省卫生健康工作会议召开)
    r"|工作会议"
    # a letter of the year's goals a body signs with the units under it (目标管理责任书)
    r"|目标(?:管理)?责任书|[十\d]+[件项大]实事)"
)

# 民生事项 as well as 民生实事: the same year's list, under another name (2023年重点民生事项,
# 市“十件实事”)
_PROGRAMME_WORDS = re.compile(r"(?:民生|惠民)(?:实事|工程|事项)|为民办实事|[十\d]+[件项大]实事")

# A headline whose one year is a goal's (到2027年): the plan's last year, its first unknown
_GOAL_YEAR_ONLY = re.compile(r"[^\d]*(?:到|至)\s*(?P<year>20\d\d)\s*年[^\d]*(?:\d[^\d年]*)*")

# A year of the ROC calendar a Taiwan text's header names (九十七年度, 民国114年度).
_ROC_YEAR = scanning(
    r"(?<![\d〇○零一二三四五六七八九十百])(?:民国)?(\d{2,3}|[一二三四五六七八九十百]{2,5})\s*年度"
)

_DIGITS_SPACED = scanning(r"(?<=\d) (?=\d)")

_CITED_TITLE = re.compile(r"《[^《》]{2,60}》")

_TITLE_PERIOD = re.compile(
    r"《[^》]{2,40}[(（]\s*(20\d\d)\s*[-—–―－~至到]\s*(20\d\d)\s*[年\-]?\s*[)）]\s*》"
    r"|《[^》]{0,20}十(?P<five>[一二三四五六七八九])五[^》]{0,20}规划》"
)

_CITED = re.compile(r"以|根据|按照|依据|落实|贯彻|《")

_PLAN_WORDS = re.compile(r"要点|计划|方案|办法|规划|安排|任务|考核|目标|意见|纲要|行动")

# A heading line naming the year's projects (区2015年重大公共卫生服务项目): an annual programme
_PROJECT_TITLE = re.compile(r"[^，,。；;：:]{0,20}?20\d\d\s*年度?[^，,。；;：:]{0,20}项目\s*")

_AND_PLAN = re.compile(
    r"(?:总结|情况)[^\n。]{0,12}(?:和|及|与|暨)[^\n。]{0,12}(?:安排|计划|要点|打算|思路)"
)

_BRACKET_PERIOD = re.compile(r"[(（]\s*(20\d\d)\s*[-—–―－~至到]\s*(20\d\d)\s*\D?\s*[)）]")

# A title's span with 年 after each year (2001年至2005年, 2016年—2020年): a period
_TITLE_SPAN = re.compile(r"(20\d\d)\s*年\s*[-—–―－~至到]\s*(20\d\d)\s*年(?!\s*\d{1,2}\s*月)")

# A year that is no deadline: a baseline's (由2010年的15元提高到…), a birth cohort's
# (2007年后出生的儿童, 2018年1月1日以后出生), the year a task done now was set for
# (完成2009年411万户…改厕任务, 落实2024年度下达的…任务) or period (落实“十三五”期间…指标).
_NOT_DEADLINE = scanning(
    r"(?:从|由|相对于|相较于?|对比)(?:20\d\d)年(?:底|末)?的?"  # 相对于2015年，…下降20%
    # 自2026年1月起至2027年1月底止: the end of a period the sentence states; its first year dates it
    r"|(?<=起)\s*(?:至|到)\s*20\d\d\s*年[^，,。；;]{0,8}?止"
    # 以2015年为基线，…, 以2020年监测数据作为基数
    r"|以(?:20\d\d)年(?:底|末)?[^，,。；;]{0,8}?(?:为|作为)(?:基线|基准|基础|基数|基期|参照)"
    # 在本省2018年…的基础上: a level named between 在 and 基础上
    r"|在[^，,。；;]{1,16}?(?:20\d\d)年[^，,。；;]{0,24}?的?(?:基础上|水平上)"
    # 2025年出生的儿童, 2018年1月1日以后出生: a cohort, whenever its goal is due
    r"|(?:19|20)(?:\d\d|xx|XX)\s*年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:及?以?后|以?前|以来)?(?:新)?出生"
    r"|(?:完成|落实|结转|下达)(?:(?:20\d\d)年度?|"
    + _PERIOD  # 落实“十三五”期间…各项工作指标: the period's indicators, carried out now
    + r")(?=[^，,。；;]{0,24}?(?:任务|计划|指标))"
    # 较“八五”期末下降30%, 在“八五”期末的基础上: the level of a period gone by, a baseline
    + r"|(?:较|比|相比|与|对比|相对于)"
    + _PERIOD_LEVEL
    + r"|在[^，,。；;]{0,8}?"
    + _PERIOD_LEVEL
    + r"(?=[^，,。；;]{0,24}?的?(?:基础上|水平上))"
    # 淘汰当年查出的病牛, 当年新发的病例, 当年新诊断发现的感染者: what a year found or brought,
    # whenever it is dealt with
    # 从今年5月以来: the time since which something has been done, not when a goal is due
    + r"|(?:从|自)(?:今年|本年度?|当年)[^，,。；;]{0,8}?以来"
    # 不低于2022年水平: a level of a year named as the measure of a goal, not its due year
    + r"|(?<![到至])于?20\d\d\s*年(?:底|末)?的?(?:平均)?水平"
    + r"|当年(?=新?(?:查出|发现|诊断|新发|新增|确诊|报告|登记|出生|发生)[^，,。；;]{0,4}?的)"
    # 2017年9月，《…纲要》提出…, 2023年4月省政府印发…: the day a document came out, not the
    # year its goals are due by (but 到2025年6月…印发, 2025年6月底前出台: a task's own date)
    + r"|(?<![到至于在\d])20\d\d\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?![底末前中])"
    + r"(?=[，,]?\s*《|[，,]?[^，,。；;]{0,30}?(?:印发|发布|出台|公布|颁布|下发))"
    # …and a year alone where the clause tells the document came out (国务院2016年印发的《…》)
    # or goes on to quote it (2016年，国务院印发《…》，要求…): not a task set for that year
    # (2025年，出台《…办法》)
    + r"|(?<![到至于在\d])20\d\d\s*年(?=[，,]?[^，,。；;]{0,20}?(?:印发|发布|出台|公布|颁布|下发)"
    + r"(?:[了的]\s*《|\s*《[^《》]{1,60}》[，,]?\s*(?:提出|要求|明确|指出|规定)))"
)

_EARLIER_YEAR = re.compile(r"[（(]\s*$")  # （2022年：90%）: a baseline, not a deadline

# A level the brackets' own words set after the year (（2020年人均预期寿命达到77.3岁）)
_BRACKET_GOAL = re.compile(
    r"[^（()）。；;：:]{0,16}?(?:达到|提高到|提升到|增加到|增至|降至|降到|下降到|降低到|控制在)"
)

# …but a year alone in its brackets, or with its months, dates what they label
# (第一阶段（2024年）：…, （2024年3月—6月）)
_VALUE_BEFORE = re.compile(r"\d[^\d\s，,。；;：:（(）)]{0,5}\s*[（(]?\s*$")
# A level a verb sets, just before a bracket (达到60%（, 控制在12/10万以下（)
_LEVEL_SET = re.compile(
    r"(?:达到|提高到|提升到|增加到|增至|降至|降到|下降到|降低到|控制在|不低于|不少于|不超过|不高于)"
    r"[^，,。；;：:（()）]{0,4}?\d[^\s，,。；;：:（()）]{0,8}\s*[（(]?\s*$"
)
_BRACKET_CLOSES = re.compile(
    r"\s*(?:\d{1,2}月(?:\d{1,2}日)?(?:\s*[-—–―－~至到]\s*\d{1,2}月(?:\d{1,2}日)?)?)?"
    r"[底末]?(?:前|以前|之前)?\s*[)）]"
)

# The year an opening sentence says the document's work is for (…，2025年某区将继续推进…).
_YEAR_AHEAD = re.compile(
    r"(20\d\d)\s*年(?![\d一二三四五六七八九十]{1,2}月)[^，,。；;\n《》]{0,12}?(?:将|要|计划|拟)"
)

# The term a project or programme runs for, stated as a field (起止时间, 实施期限, 执行期限),
# over years or over the months of one (实施时间：2011年1月-12月)
_TERM = re.compile(
    r"(?:起止时间|起止日期|实施期限|执行期限|实施周期|项目周期|实施时间|执行时间)\s*[:：]?\s*"
    r"(20\d\d)\s*年[^。；;\n]{0,16}?[-—–―－~至到]\s*(?:(20\d\d)\s*年|\d{1,2}\s*月)"
)


# The title of an annual plan a flattened page ran into the preamble that opens its text
# (1、某乡2023年春季查灭螺工作方案为有效压缩钉螺面积，…), after the page's number
_RUN_IN_TITLE = re.compile(
    r"(?:\d{1,2}[、.．]\s*)?[^，,。；;：:\n《》\d]{0,20}?(20\d\d)\s*年度?"
    r"[^，,。；;：:\n《》\d]{0,24}?(?:工作)?(?:方案|计划|要点|安排)"
    r"(?=为了?|根据|按照|依据)"
)

# …or closed by its school year in brackets (某校常见病防治工作计划(2011-2012学年)一、指导思想…),
# opening a page that lost its line breaks
_RUN_IN_SCHOOL_YEAR = re.compile(
    r"[^，,。；;：:\n《》\d]{2,30}?(?:方案|计划|要点|安排)\s*[(（]\s*"
    rf"(?:{SCHOOL_YEAR.pattern})度?\s*[)）]"
)


# A date a sentence opens with (2023年4月，…): when what it tells happened
_DATE_OPENS = re.compile(r"\s*20\d\d\s*年\s*\d{1,2}\s*月")


def plan_years(document: Document) -> tuple[int | None, int | None]:
    """(first, last) year of the plan: an annual plan's year, or a period's bounds, from the
    metadata, else from a title line among the first lines (2023年…工作要点, …2018-2020年)."""
    meta = document.metadata
    text = years_told(document.text)  # 2014/15年度: the year 2014, no number 2014/15
    for line in [meta.title or "", *text.lstrip().split("\n", 3)[:3]]:
        years_named = re.findall(r"(20\d\d)\s*年", line)
        if _AND_PLAN.search(line) and len(years_named) > 1:
            return int(years_named[-1]), int(years_named[-1])  # 2023年总结和2024年安排: the plan's
    goal = _GOAL_YEAR_ONLY.fullmatch(meta.title or text.lstrip().split("\n", 1)[0])
    if goal and not meta.plan_period:  # …方案 到2027年孕产妇死亡率降至…: the goal's year only
        return None, int(goal.group("year"))
    if meta.plan_year:
        return meta.plan_year, meta.plan_year
    if meta.plan_period:
        years = [int(y) for y in re.findall(r"\d{4}", meta.plan_period)]
        if years:
            return years[0], years[-1]
    for line in _title_lines(text.lstrip().split("\n", 8)[:8]):
        if len(line) > 80 or not (_PLAN_WORDS.search(line) or _PROJECT_TITLE.fullmatch(line)):
            continue
        if (marker(line) or _DATE_OPENS.match(line)) and re.search("[，,。；;]", line):
            # （2）落实2024年度下达的…任务。: a numbered item of the text, not its title;
            # 2023年4月，省里印发《…方案》，…: a sentence telling when a document came out
            continue
        line = _uncited(_arabic_years(line))  # 为落实《…(2019—2030年)》: another plan's period
        if re.search("[。！？!?]", line.rstrip("。！？!? ")):
            # …，到2030年，…达到40%。二、重点任务。: sentences of the text, no title; but the
            # title they name may be the plan's (现将《某县2025年…要点》印发给你们。请…。)
            line = "".join(_CITED_TITLE.findall(line))
            if not line:
                continue
        span = title_years(line)  # 十四五, 2021-2025年, 2024年…工作要点
        if span:
            return span
        period = _BRACKET_PERIOD.search(line) or _TITLE_SPAN.search(line)
        if period:  # 健康中国行动（2019—2030）, 关于印发2001年至2005年…规划的通知
            return int(period.group(1)), int(period.group(2))
        year = re.search(r"(20\d\d)\s*年", line)  # …考核办法, 《规划》提出到2025年
        # not a line opening a list (2024年主要目标：): its year dates the list, not the plan;
        # nor a sentence of the text, its clauses set apart (第五阶段:2014年12月-…，进行考核验收。)
        opens_list = line.rstrip().endswith(("：", ":"))
        prose = re.search("[，,。；;]", line.rstrip("。；; "))
        if year and not (marker(line) or opens_list or prose):
            return int(year.group(1)), int(year.group(1))
    run_in = _RUN_IN_TITLE.match(text.lstrip())
    if run_in:  # 某乡2023年春季…工作方案为有效…: a title a flattened page ran into its preamble
        return int(run_in.group(1)), int(run_in.group(1))
    run_in = _RUN_IN_SCHOOL_YEAR.match(text.lstrip())
    span = title_years(run_in.group()) if run_in else None
    if span:  # …工作计划(2011-2012学年)一、指导思想…: the year the school year ends
        return span
    if meta.variant == "traditional":  # a Taiwan budget's fiscal year (九十七年度 → 2008)
        for line in text.lstrip().split("\n", 8)[:8]:
            roc = _ROC_YEAR.search(line)
            fiscal = cn_to_int(roc.group(1)) if roc and len(" ".join(line.split())) <= 80 else None
            if fiscal and 80 <= fiscal <= 150:
                return fiscal + 1911, fiscal + 1911
    for titled in _TITLE_PERIOD.finditer(text[:200]):  # 《…规划(2015—2020年)》出台
        if not _cited(text, titled.start()):
            if titled.group("five"):  # 《“十四五”公共服务规划》发布
                span = title_years(f"十{titled.group('five')}五")
                if span:
                    return span
                continue
            return int(titled.group(1)), int(titled.group(2))
    opening = _DIGITS_SPACED.sub("", text[:400])  # 201 7年: a conversion's space
    named_years = [*_YEAR_NAMED.finditer(opening), *_YEAR_WILL_DO.finditer(opening)]
    for named in named_years:  # 现将我局2019年重点民生实事…, 2015年，某县…将办好十件民生实事
        cited = _CITED.search(opening[max(0, named.start() - 6) : named.start()])
        # not 以全区2013年…要点为指导, nor 刚刚过去的2020年…实施36个实事 (the year gone by)
        if not (cited or _gone_by(opening, named.start())):
            return int(named.group(1)), int(named.group(1))
    after_gone = _after_gone_by(opening)
    if after_gone:  # 刚刚过去的2020年…。今年，…将实施39个实事项目: 2021's
        return after_gone, after_gone
    opening = re.split(r"[。！？\n]", text.lstrip(), maxsplit=1)[0]
    ahead = _YEAR_AHEAD.search(opening[:200])
    if ahead and not _CITED.search(opening[max(0, ahead.start() - 6) : ahead.start()]):
        return int(ahead.group(1)), int(ahead.group(1))
    term = _TERM.search(text[:3000])  # a project form's 起止时间：2024年1月1日-…12月31日
    if term:
        return int(term.group(1)), int(term.group(2) or term.group(1))
    return None, None


# A line whose every character stands apart (某 县 2 0 2 4 年 工 作 要 点)
_LETTER_SPACED = re.compile(r"[ \u3000]*(?:\S[ \u3000]){3,}\S[ \u3000]*")

# A line of a year or a period alone in brackets (（2025年）, （2026—2030年）)
_BRACKET_YEARS = re.compile(
    r"[ \t\u3000]*[(（]\s*20\d\d\s*年?(?:\s*[-—–―－~至到]\s*20\d\d\s*年?)?\s*[)）][ \t\u3000]*"
)

_TITLE_END = re.compile(r"(?:要点|计划|方案|办法|规划|安排|意见|纲要|行动|通知)$")


def _title_lines(lines: list[str]) -> list[str]:
    """``lines`` as a title is read from them: a line set out letter by letter closed up, and
    each line that ends a title (…工作要点) after a short one broken after its year read with
    it first (某县2024年⏎卫生健康工作要点: a title the page wrapped)."""
    read: list[str] = []
    before = ""  # the last line with text
    for line in lines:
        if not line.strip():
            continue
        if _LETTER_SPACED.fullmatch(line):  # 2 0 2 4 年 工 作 要 点: a title set out wide
            line = re.sub(r"[ \u3000]", "", line)
        # broken after its year (关于印发2024年⏎工作要点的通知), not an issue's (2018年5期) nor
        # a date's (2023年12月5日); not a numbered item nor a sentence
        wrapped = len(before) <= 30 and before.rstrip().endswith(("年", "年度"))
        wrapped = wrapped and not _PLAN_WORDS.search(before) and not marker(before)
        wrapped = wrapped and not re.search("[，,。；;：:]", before)
        # …and the line it runs on to ends a title (…工作要点, …的通知), no label (关键词:…计划)
        ends = bool(_TITLE_END.search(line.strip())) and not re.search("[，,。；;：:]", line)
        if wrapped and ends and not marker(line):
            read.append(before.strip() + line.strip())
        # 某县卫生健康工作要点⏎（2025年）: a title's year or period set in brackets under it
        if _BRACKET_YEARS.fullmatch(line) and _TITLE_END.search(before.strip()):
            read.append(before.strip() + line.strip())
        read.append(line)
        before = line
    return read


def _cited(text: str, at: int) -> bool:
    """Whether the title opening at ``at`` is cited (落实《…》), also after another title
    (落实《甲》《乙》, 《甲》、《乙》): not the document's own."""
    before = text[max(0, at - 6) : at]
    return bool(_CITED.search(before)) or before.rstrip().endswith(("》", "》、"))


def _uncited(line: str) -> str:
    """``line`` without the titles it cites."""
    for title in reversed(list(_CITED_TITLE.finditer(line))):
        if _cited(line, title.start()):
            line = line[: title.start()] + line[title.end() :]
    return line


# A year written in Chinese numerals (二〇三〇年, 二○二五年底, 二O二五年, 二0二六年): 19xx or
# 20xx, four characters
_CN_YEAR = re.compile(r"[一二][〇○零OＯ0九][〇○零OＯ0一二三四五六七八九]{2}(?=\s*年)")


def _arabic_years(text: str) -> str:
    """``text`` with its years in Chinese numerals written in digits, each character in place
    (二〇三〇年 → 2030年): positions in it are positions in ``text``."""
    if "年" not in text:
        return text
    return _CN_YEAR.sub(lambda m: year_digits(m.group()), text)


# A year of the ROC calendar a Taiwan text sets a goal by (到民國114年, 於115年底前, 114年度,
# 期在117年, 自115年起), also in Chinese numerals (民國一百一十四年, 於一一五年底前)
_ROC_CN = r"[一九][〇零一二三四五六七八九十百]{1,5}"
_ROC_DEADLINE = scanning(
    rf"民[国國]\s*(\d{{2,3}}|{_ROC_CN})\s*年|(?<=[到至於于在])\s*(1[0-4]\d)\s*年"
    r"|(?<![\d.])(1[0-4]\d)\s*年(?=底|末|前|度|起)"
    # 115年疫苗新政策, 116年長照新制: a year of ROC 110-119 (2021-2030) naming what it is for,
    # bare (README, Years: 117年 → 2028); not years counted (110年來, 110年間, 110多年)
    r"|(?<![\d.])(11\d)\s*年(?![前来來以间間代内內多余餘])"
    rf"|(?<=[到至於于在])({_ROC_CN})年(?=底|末|前|度|起)"
)


def _roc_number(written: str) -> int | None:
    """The ROC year ``written`` in digits or Chinese numerals (一百一十四, 一一五); numerals out of
    the years plans are written in (ROC 80-150) are a count, not a year: None."""
    if written.isdigit():
        return int(written)
    if "十" in written or "百" in written:
        number = cn_to_int(written)
    else:
        digits = year_digits(written)
        number = int(digits) if digits.isdigit() else None
    return number if number is not None and 80 <= number <= 150 else None


# A sentence that may name a deadline holds one of these (年, 五 of 十四五, 期 of 规划期末, 结 of
# 行动结束, 季 of 一季度, 世 of 本世纪, - of 到2020- and 2025-12-31前, / of 2026/6/30前)
_MAY_NAME = re.compile(r"[年五期结季世/月-]")


def _sentence_years(
    text: str,
    this_year: int | None,
    plan_year: int | None,
    known: int | None = None,
    term_end: int | None = None,
) -> list[tuple[int, int | None]]:
    """(position in ``text``, year or None when unknown) of each deadline named: 到2025年,
    二〇三〇年, 十四五期末 (2025), 年内 / 年底前 / 上半年 (``this_year``), a masked xx年
    (``plan_year``, the year an annual plan's title names), 到规划期末 (``term_end``, the last
    year of the plan's period); a year these leave unknown is ``known`` (what the paragraph or
    list named), but not a garbled one (到202223年) nor 本世纪中叶."""
    text = _arabic_years(text)
    # every deadline _YEAR reads holds one of _MAY_NAME's characters: a sentence with none
    # is not searched at each of its characters; one with no deadline needs no look at what
    # would rule one out
    named = list(_YEAR.finditer(text)) if _MAY_NAME.search(text) else []
    roc = list(_ROC_DEADLINE.finditer(text)) if "年" in text else []
    if not (named or roc):
        return []
    skip = [m.span() for m in BASELINE.finditer(text)]
    skip += [m.span() for m in _NOT_DEADLINE.finditer(text)]
    skip += [m.span() for m in _CITED_TITLE.finditer(text)]  # 根据《…（2019—2030年）》
    years: list[tuple[int, int | None]] = []
    for match in named:
        if any(a <= match.start() < b for a, b in skip + [m.span() for m in roc]):
            continue  # (年底前 of 115年底前: the ROC year's end)
        spans = text[match.end() : match.end() + 1] in ("—", "―", "－", "-", "至", "到")
        if spans and not match.group("dated"):
            continue  # 2021—2025年: a period, not a deadline
        opened = _EARLIER_YEAR.search(text[max(0, match.start() - 3) : match.start()])
        # a stage's bracket, not a value's (由78.5岁（2020年）提高到…: the value's year)
        alone = _BRACKET_CLOSES.match(text, match.end()) and not _VALUE_BEFORE.search(
            text, 0, max(0, match.start() - 1)
        )
        # …but a milestone said in the brackets, with its own verb of a level (达到79岁（2020年
        # 达到77.3岁）): the year of the figure the brackets state
        said = _BRACKET_GOAL.match(text, match.end())
        # …and a year alone in the brackets after a level a verb sets (达到60%（2026年）), not
        # one a change starts from (由40%（2023年）提高到…): the year that level is due by,
        # which dates it from the bracket on (the value before it ends there)
        due = (
            opened
            and _BRACKET_CLOSES.match(text, match.end())
            and _LEVEL_SET.search(text, 0, max(0, match.start() - 1))
        )
        if opened and not (alone or said or due):
            continue
        raw = match.group("year") or match.group("dashed") or match.group("dated")
        five = match.group("five")
        year: int | None
        if five:
            span = title_years(f"{five}五")  # 十四五期末: the period's last year
            year = span[1] if span else None
        elif match.group("term") or match.group("part"):
            # 到规划期末 of a plan whose period is not known, 上半年 of an undated text: what
            # the sentence or paragraph says otherwise stands
            year = term_end if match.group("term") else this_year
            if year is None:
                continue
        elif match.group("next"):  # 明年 of a dated text; of an undated one, a year unknown
            year = this_year + 1 if this_year is not None else None
        elif match.group("this"):
            # 今年 of an undated text is a year unknown, not the year its plan aims at; but
            # 2024年要…：…年内新建… is the year the sentence named
            if this_year is None and years:
                continue
            year = this_year
        elif match.group("garbled") or match.group("vague"):
            years.append((match.end(), None))
            continue
        else:  # xx年 of 2024年…工作要点 is 2024; of a model plan, not the page's date: unknown
            raw = raw.replace(" ", "")
            year = int(raw) if raw.isdigit() else plan_year
        at = match.end()
        if due:  # a level's year from the bracket on, where the value before it ends
            at = max(text.rfind("（", 0, match.start()), text.rfind("(", 0, match.start()))
        years.append((at, known if year is None else year))
    for found in roc:
        roc_year = _roc_number(next(g for g in found.groups() if g))
        if roc_year and not any(a <= found.start() < b for a, b in skip):
            years.append((found.end(), roc_year + 1911))
    return sorted(years, key=lambda named_at: named_at[0]) if roc else years


# What a 到/至 after it ends: a time told (截至), a horizon (直至), a term extended (延长…至), a
# level changed (提高到2018年的…).
_RUNS_TO = re.compile(r"截$|直$|延长|延续|延期|(?:提高|上升|下降|增长|增加|降低|提升|减少)$")


_TO_YEAR = re.compile(r"(?<!\d年)(?<!\d)(?:到|至)(20\d\d)年")
_CLAUSE_STOPS = "，,。；;\n"


def _clause_before(text: str, end: int) -> str:
    """The clause ``text[:end]`` ends with: what follows its last stop (looked for backwards,
    not by splitting the whole text before each 到…年 of a long document)."""
    return text[max(text.rfind(stop, 0, end) for stop in _CLAUSE_STOPS) + 1 : end]


def _document_year(text: str) -> tuple[int | None, int]:
    """The year a document without a stated period works towards: the one its 到…年
    phrases name most often (the later one on a tie); and where the line of the first phrase
    naming it starts — the goals stated before it are not dated by it."""
    # not the end of a span gone by (2018年至2022年，…), nor a date a clause runs to that
    # states no goal's year (截至2015年, 直至2036年的需求, 延长…计划至2028年底, 提高到2018年的…)
    named = [
        (int(found.group(1)), found.start())
        for found in _TO_YEAR.finditer(text)
        if not _RUNS_TO.search(_clause_before(text, found.start()))
    ]
    if not named:
        return None, 0
    years = [year for year, _ in named]
    year = max(years, key=lambda y: (years.count(y), y))
    first = next(at for y, at in named if y == year)
    return year, text.rfind("\n", 0, first) + 1


# The year of the programme of practical works (实事) a text's opening names: 某区发布2025年民生
# “十心”实事, 决定2026年继续…实施一批为民服务实事项目
_PROGRAMME_OPENING = re.compile(r"(20\d\d)\s*年度?[^。！!？?\n《》]{0,60}?实事")


def programme_year(text: str, dated: int | None = None) -> int | None:
    """The year of the year's programme of practical works (实事) the first lines of ``text``
    name, which the items listed under it are to be done in: the year after one they call gone
    by when they name 今年's (刚刚过去的2020年…实施36个…实事。今年…将实施39个); else the year of
    a headline that names it anywhere on the page (a news page may set its title after the
    text); else the year of a list of projects the opening puts forward under another name
    (:func:`_projects_year`); None if they name none."""
    opening = text.lstrip()[:400]
    for named in _PROGRAMME_OPENING.finditer(opening):
        # 2026年某区已推进一批民生实事: what the year saw done, not its work
        if not (_gone_by(opening, named.start()) or _TOLD_DONE.search(named.group())):
            return int(named.group(1))
    after_gone = _after_gone_by(opening)
    if after_gone:
        return after_gone
    for line in text.split("\n"):
        headline = line.strip()
        titled = _PROGRAMME_OPENING.search(headline)
        if len(headline) > 60 or re.search("[。；;]", headline) or titled is None:
            continue  # a sentence of the text, not a headline
        if not _TOLD_DONE.search(titled.group()):
            return int(titled.group(1))
    return _projects_year(text, dated)


_TOLD_DONE = re.compile(r"已|完成|成效|情况|回顾|总结")

# The year's list of people's-livelihood projects a government work report puts forward
# (政府工作报告提出2023年十大民生项目清单): the programme under another name
_PROJECTS_NAMED = r"(?:民生|惠民)项目"
_YEAR_PROJECTS = re.compile(rf"(?<!\d)(20\d\d)\s*年度?[^，,。；\n《》]{{0,6}}?{_PROJECTS_NAMED}")


def _projects_year(text: str, dated: int | None) -> int | None:
    """The year of the list of projects the opening of ``text`` puts forward (提出2023年十大
    民生项目清单), which its items are due in; None when it names none, cites one or names one
    gone by at ``dated``."""
    opening = text.lstrip()[:400]
    for named in _YEAR_PROJECTS.finditer(opening):
        year = int(named.group(1))
        if (dated is None or year >= dated) and not _CITED.search(
            opening[max(0, named.start() - 6) : named.start()]
        ):
            return year
    return None


# A year the text says has gone by (刚刚过去的2020年, 过去的一年(2020年))
_GONE_BY = re.compile(r"过去的\s*(20\d\d)\s*年")

# The programme of the year at hand (今年，某市继续开展为民办实事工作)
_THIS_PROGRAMME = re.compile(r"(?:今年|本年度?)[^。！!？?\n《》]{0,60}?实事")


def _gone_by(text: str, at: int) -> bool:
    """Whether the year written at ``at`` is one ``text`` says has gone by (刚刚过去的2020年)."""
    return _GONE_BY.search(text, max(0, at - 8), at + 5) is not None


def _after_gone_by(opening: str) -> int | None:
    """The year at hand of an opening that names the year gone by before 今年's programme of
    practical works (刚刚过去的2020年，…。今年，…继续开展为民办实事工作): the year after it."""
    gone = _GONE_BY.search(opening)
    if gone and _THIS_PROGRAMME.search(opening, gone.end()):
        return int(gone.group(1)) + 1
    return None


# The header of a post in a forum thread (…| 2011-12-6 11:25:00 | 显示全部楼层, 某人 发表于
# 2021-6-18 11:21:35): a reply under it is another writer's text
_POST_HEADER = re.compile(
    r"^[^\n]*(?:显示全部楼层|只看该作者|发表于\s*20\d\d-\d{1,2}-\d{1,2})[^\n]*$", re.MULTILINE
)


def post_end(text: str, at: int) -> int:
    """Where the forum post holding ``at`` ends: at the next post's header, else the text's
    end — the year a post's 到…年 phrases name does not date the replies after it; nor, in a
    plan, the chapters after the one holding ``at`` (一、目标…到2030年… ⏎二、主要措施: its own
    tasks, dated by what they state), also where a page lost its line breaks and runs the next
    chapter on after the goal's sentence (…到2030年，…以下。二.工作任务…)."""
    after = text.find("\n", at) + 1 or len(text)
    later = _POST_HEADER.search(text, after)
    phrase = _TO_YEAR.search(text, at, after)
    pivot = phrase.end() if phrase else at
    return min(later.start() if later else len(text), _chapter_end(text, at, after, pivot))


# The numbering of a plan's chapters, outermost first (第一章, 第一部分, 一、)
_CHAPTERS = (SectionKind.chapter, SectionKind.part, SectionKind.cn_item)

# A chapter heading's opening (第一章, 一、, 二. or 二。 where a conversion wrote a Latin stop)
_CHAPTER_AHEAD = r"(?=第|[一二三四五六七八九十]{1,3}[、.．。])"

# A line that may open a chapter
_CHAPTER_START = re.compile(rf"^[ \t\u3000]*{_CHAPTER_AHEAD}", re.MULTILINE)

# …or a chapter heading run on after a sentence's end, where a page lost its line breaks
# (…制定本规划。一.总体要求…)
_CHAPTER_RUN_IN = re.compile(rf"(?<=[。；;])[ \t\u3000]*{_CHAPTER_AHEAD}")


# 二.工作任务, or 二。工作任务 where the view read the ASCII stop as a sentence's: a conversion's
# ASCII stop for the ideographic one
_ASCII_STOP = re.compile(r"^([一二三四五六七八九十]{1,3})[.。]")


def _chapter_heading(text: str, start: int) -> tuple[int, int | None] | None:
    """The rank in ``_CHAPTERS`` and the number of the chapter heading opening at ``start``,
    if one does."""
    found = marker(_ASCII_STOP.sub(r"\1．", text[start : start + 16]))
    if not found or found[0] not in _CHAPTERS:
        return None
    return _CHAPTERS.index(found[0]), number_value(found[1])


def _chapter_end(text: str, at: int, after: int, pivot: int) -> int:
    """Where the chapter holding ``at`` ends: at the next heading of its rank or an outer
    one (after ``after``), or at one run on into the text after ``pivot`` that numbers the next
    chapter of the same rank (一.总体要求…到2030年…。二.工作任务: not 。一、二级医院…); the
    text's end when no chapter heading comes before ``pivot``."""
    starts = [m.end() for m in _CHAPTER_START.finditer(text, 0, pivot)]
    starts += [m.end() for m in _CHAPTER_RUN_IN.finditer(text, 0, pivot)]
    opened = [h for h in (_chapter_heading(text, s) for s in sorted(starts)) if h]
    if not opened:
        return len(text)
    rank, number = opened[-1]
    lines = ((m.start(), m.end(), False) for m in _CHAPTER_START.finditer(text, after))
    run_in = ((m.start(), m.end(), True) for m in _CHAPTER_RUN_IN.finditer(text, pivot))
    for start, end, ran_on in heapq.merge(lines, run_in):
        found = _chapter_heading(text, end)
        if found is None or found[0] > rank:
            continue
        if not ran_on or (found[0] == rank and number is not None and found[1] == number + 1):
            return start
    return len(text)


# A work item's or a project's time field on a line of its own (完成时限：2024年12月底前,
# 实施时间：2025年1月-12月, 完成时间：2025年底)
_TIME_FIELD = re.compile(
    r"^[ \t]*(?:完成时限|完成时间|完成期限|实施时间|实施期限|执行时间|时间节点|时限要求)"
    r"[ \t]*[:：][ \t]*(?P<when>[^\n]*)",
    re.MULTILINE,
)


def _opening(text: str) -> str:
    """The heading line of a section without items of its own, as far as it dates them: its
    heading and the sentence that opens its text ((五)某普及率。每年提高5%，2012年底达到70%。);
    a year a later sentence of a paragraph run on to the heading names (…。…每年建设90个…。
    …，预计到2020年覆盖3亿人。) is that sentence's goal's own, not the section's."""
    line = text.split("\n", 1)[0]
    return "".join(_SENTENCE_ENDS.split(line, maxsplit=2)[:2])


_SENTENCE_ENDS = re.compile(r"(?<=[。！？!?])")


def _section_years(
    document: Document, this_year: int | None, plan_year: int | None
) -> dict[int, int | None]:
    """For each section (by its original start), the deadline its heading and introduction
    name (到2012年，…): carried down to every item under it. An item without items of its
    own carries only its heading line's, or its time field's (完成时限：…, 实施时间：…, on a
    line of its own): the paragraphs after it (到2030年，…) say their own. A year a heading
    leaves unknown (年底前 of an undated text) is the one the section around it names
    (一、2024年重点工作⏎1.年底前…: 2024)."""
    found: dict[int, int | None] = {}
    term_end = plan_years(document)[1]  # 到规划期末，…达到以下目标：

    def walk(sections: list[Section], around: int | None) -> None:
        for section in sections:
            own = own_text(section) if section.children else _opening(section.text)
            years = _sentence_years(own, this_year, plan_year, around, term_end)
            field = None if years or section.children else _TIME_FIELD.search(section.text)
            if field:
                when = field.group("when")  # 完成时限：2024年底前, 完成时限：规划期末
                years = _sentence_years(when, this_year, plan_year, around, term_end)
                dated = re.match(rf"\s*(20\d\d){_FIGURES_DATE}", when)  # 完成时限：2025-12-31
                years = years or ([(dated.end(), int(dated.group(1)))] if dated else [])
            if years:
                found[section.start] = years[-1][1]
            walk(section.children, found.get(section.start, around))

    walk(document.sections, None)
    return found


def _deadline(
    position: int,
    years: list[tuple[int, int | None]],
    line_year: int | bool | None,
    default: int | None,
) -> int | None:
    before = [year for at, year in years if at <= position]
    if before:
        return before[-1]
    if line_year is not False:
        return line_year if not isinstance(line_year, bool) else None
    return default


# 2015年，某县…将集中力量办好十件民生实事: the year's programme the clause says will be done
_YEAR_WILL_DO = re.compile(
    rf"(20\d\d)\s*年[，,][^。；\n《》]*?将[^。；\n《》]*?(?:{_PROGRAMME_WORDS.pattern})"
)

_VALUES_LISTED = re.compile(r"\d(?:%|‰|岁|个|家|张|人)?(?:和|及|、)\d")

_YEARS_LIST = re.compile(r"(20\d\d)(?:年[底末]?)?(?:(?:和|、|及|与)(20\d\d)(?:年[底末]?)?)+")


_RESPECTIVELY = re.compile(r"分别|别离")


def _respective_years(sentence: str, found: list[Target], years: list[int]) -> None:
    """到2022年和2030年…分别不低于22%和30%: the values go with the years in order
    (``years``: the years the sentence or its paragraph lists)."""
    # 别离: 分别 on a page reworded with synonyms
    if not years or not (_RESPECTIVELY.search(sentence) or _VALUES_LISTED.search(sentence)):
        return  # …分别不低于22%和30%, or without 分别: …提升到20%和30%
    by_quote: dict[int, list[Target]] = {}  # 城乡居民…分别不少于90%和92%: the years pair first
    for target in found:
        if target.source is not None:
            by_quote.setdefault(target.source.start, []).append(target)
    for group in by_quote.values():
        if len(group) % len(years) == 0:  # value by value, each of its indicators in turn
            each = len(group) // len(years)
            for i, target in enumerate(group):
                target.deadline = years[i // each]


def _each_year(sentence: str, read: list[Candidate], years: list[int]) -> list[Candidate]:
    """2025年和2030年，…均较前5年减少10%以上: a value said once with 均 for each year the
    sentence lists — the first year's target, and one more for each later year, in the order
    the years are read."""
    if len(years) < 2 or "均" not in sentence or _RESPECTIVELY.search(sentence):
        return []
    by_quote: dict[int, list[Candidate]] = {}
    for candidate in read:
        if candidate.target.source is not None:
            by_quote.setdefault(candidate.target.source.start, []).append(candidate)
    later: list[Candidate] = []
    for group in by_quote.values():
        if len(group) != 1:
            continue  # several indicators or values: 均 is over them
        group[0].target.deadline = years[0]
        later += [
            replace(group[0], target=group[0].target.model_copy(update={"deadline": year}))
            for year in years[1:]
        ]
    return later


def _milestones(found: list[Target]) -> None:
    """到2022年达到60%，2025年达到70%: the later target lists the earlier as a milestone."""
    by_indicator: dict[str, list[Target]] = {}
    for target in found:
        by_indicator.setdefault(target.indicator_text, []).append(target)
    for group in by_indicator.values():
        dated = [t for t in group if t.deadline is not None]
        if len({t.deadline for t in dated}) < 2:
            continue
        dated.sort(key=lambda t: t.deadline or 0)
        final = dated[-1]
        final.milestones = [Milestone(year=t.deadline or 0, value=t.value) for t in dated[:-1]]
