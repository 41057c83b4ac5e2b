"""Quantitative targets of a whole document: clause rules (:mod:`.clauses`) plus what only
the document knows — the section a sentence is in (past achievements are not targets), the
deadline (到2025年, the five-year plan's end, the annual plan's year: :mod:`.deadlines`
reads the years), milestones, the target's nature (约束性/预期性/倡导性) and the exact quote
in the original file."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from healthplan.documents import (
    Document,
    SectionKind,
    SourceFile,
    cn_to_int,
    marker,
)
from healthplan.extraction.classify import activity_topic, list_verb
from healthplan.extraction.clauses import RawTarget, clause_targets
from healthplan.extraction.deadlines import (
    _AND_PLAN,
    _CITED,
    _DIGITS_SPACED,
    _PERIOD,
    _PROGRAMME_WORDS,
    _PROJECTS_NAMED,
    _YEAR_NAMED,
    _YEAR_PROJECTS,
    _YEAR_WILL_DO,
    _YEARS_LIST,
    _arabic_years,
    _deadline,
    _document_year,
    _each_year,
    _milestones,
    _respective_years,
    _section_years,
    _sentence_years,
    plan_years,
    post_end,
    programme_year,
)
from healthplan.extraction.learned import Candidate, learned_model
from healthplan.extraction.linking import compact
from healthplan.extraction.numbers import mentions
from healthplan.extraction.phrases import (
    COUNT_VERB_END,
    GOAL_WORDS,
    HEAD_END,
    HORIZON,
    PAST_HEADING,
    PAST_SENTENCE,
    PAST_UNLESS_GOAL,
    REPORT_HEADING,
)
from healthplan.extraction.scanning import scanning
from healthplan.extraction.tables import (
    TableHeader,
    goal_column,
    header_of,
    is_table_row,
    prose_cells,
    row_targets,
    stacked_header,
    wrapped_tail,
)
from healthplan.extraction.text import (
    Piece,
    SectionIndex,
    View,
    clauses,
    document_view,
    quote,
    sentences,
)
from healthplan.model.plan import Comparator, Nature, Target

__all__ = ["document_candidates", "document_targets", "plan_years"]

_GOAL = re.compile(
    r"(?<![供相对适反响])应|要求|力争|目标|将|计划(?!的?\d)|任务(?!全部完成|已完成|完成)"
)
_PLAN_SPEAKS = scanning(
    r"(?:到|至)20\d\d年|十[一二三四五六七八九]五|目标值|预期值|规划值|目标任务|主要目标|发展目标"
)
_RATES = re.compile(r"\d+(?:\.(\d+))?\s*(?:%|‰|/10万)")
# A report's line labelled as the task set, whose every clause is a goal (目标任务：…；…；…),
# beside the line of what was done of it (完成情况：…)
_TASK_LABEL = re.compile(r"(?:年度|工作|全年|主要)?(?:目标任务|任务目标|目标|任务)\s*[:：]")
_REPORT = re.compile(r"统计公报|工作总结|进展情况|进展顺利|完成情况|年终总结|情况汇报|工作汇报")
# 截至目前, 截至6月底: what follows is progress made, except what names a task or a goal
_AS_OF = re.compile(
    r"截[至止](?:目前|今年|本月|上半年|[0-9一二三四五六七八九十]{1,2}月(?:底|末|份)?)"
    r"|(?<![到截])[至到](?:20\d\d年)?\d{1,2}月(?:\d{1,2}日)?(?:止|为止)"  # 至2020年11月22日止
    r"|(?:今年|本年度?|全年)?(?:1|一)\s*[-—–―－~至到]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?[，,]"
)  # …, and 今年1-10月，…: the months gone by
_PLANNED = re.compile(r"任务|目标|计划|力争|确保")
# Progress measured against the task (占全年任务的103%, 超出目标任务8个百分点): still progress
_AGAINST_TASK = re.compile(r"(?:占|超出|超过|超额完成)[^，,；。]{0,8}(?:任务|目标|计划)")
# What is the case now, in a sentence that names no goal: the clauses after it state facts.
# (从现在79岁的水平再提升…, 较目前再增加…: the level a goal starts from, not what is now)
_NOW = scanning(r"(?<![从由较比])(?:目前|当前|现阶段|现在)")
# A news item: its byline or dateline in the first lines.
_NEWS = scanning(
    r"记者|报讯|日电|通讯员|责编|责任编辑|编辑[:：]|新闻发布会|据[^，,。]{2,12}消息"
    r"|\d{1,2}月\d{1,2}日(?:电|讯|消息)[:：，,]"  # 中国园林网7月17日消息:
    r"|来源[:：]\s*\S{0,12}(?:报|网|社|台|客户端)"
    r"|\d{1,2}月\d{1,2}日[^，,。；\n]{0,20}(?:介绍|表示|透露|宣布|通报)"  # who said it, and when
    # news of the day
    r"|(?:近日|日前)[，,]?[^，,。；\n]{0,20}(?:发布|印发|公布|召开|举行|出台|获悉)"
)
# What makes a sentence of a news item a goal rather than news of what was done: a plan
# speaking (提出, 明确), a deadline ahead, a modal of the future.
_NEWS_GOAL = scanning(
    r"提出|明确|确定|要求|目标|力争|争取|确保|努力|预计|计划|规划|方案|意见|纲要|将|要|应|拟"
    r"|最终(?:实现|达到|建成|形成)"  # 最终实现…≥95%: the end a plan's steps lead to
    # 人均补助标准提高到112元, 筹资标准达到150元: a standard of funding a policy sets
    r"|标准(?:提高|提升|调整|上调)?(?:到|至|为|达到)"
    r"|(?:到|至)(?:20\d\d|xx|XX)年|十[一二三四五六七八九]五|年内|年底前|20\d\d\s*[-—–―－~至到]\s*20\d\d"
)
_SPAN_OPENING = scanning(
    r"^\s*(?:从|自)?(?:19|20)\d\d年?\s*[-—–―－~至到]\s*(?:19|20)\d\d年(?:间|期间)?[，,]"
)
# A heading standing on its own line: short, no sentence punctuation (第一步 2016年).
_HEADING_LINE = re.compile(r"[^。；;，,！？!?：:]{1,20}")
_HEADING_YEAR = re.compile(
    r"^[^。；;，,！？!?：:\d]{0,10}?(?:到|至)?20\d\d年(?:年底|底|末|前)?度?"
    r"(?:的?(?:主要|工作|重点)?(?:目标|任务|指标)){0,2}$"  # 2025年目标任务, 2025年度主要指标
)
# A clause that only says when: 2015年至2020年, 2020年末, 到2025年.
_TIME_CLAUSE = scanning(
    r"(?:(?:19|20)\d\d年?(?:至|到|—|-|~))?(?:到|至|在|于)?(?P<year>(?:19|20)\d\d)年"
    r"(?:末|底|以来|期间|时)?"
)
# A clause that ends by naming a span of time (…人均预期寿命在2015年至2020年，从…提高至…).
_TIME_TAIL = re.compile(
    r"(?:在|于)(?:19|20)\d\d年?(?:至|到|—|-|~)(?P<year>(?:19|20)\d\d)年(?:间|期间)?$"
)
_LIST_OPENS = re.compile(r"(?:以下|如下|下列|几项|几个方面)[^：:，,。]{0,8}[：:]")
# A clause that only says who states what follows (根据规划, 《规划》提出, 方案明确).
_WHO_SAYS = re.compile(
    r"(?:根据|按照|依据)[^，,。；]{1,20}|[^，,。；]{1,20}(?:提出|要求|明确|指出|强调)"
)
# (力争2025年…；…: a goal's word before it too)
# (《规划》提出，上海到2025年…: the place the goals are for before it)
_YEAR_OPENS = scanning(
    r"(?:[\u4e00-\u9fff]{1,4}(?=到20|至20))?(?:力争|争取|确保|努力)?(?:到|至|在|于)?20\d\d年(?:底|末|前|内)?"
)
_PERIOD_OPENS = re.compile(rf"\s*(?:[\u4e00-\u9fff]{{2,4}}[:：])?\s*{_PERIOD}")
_YEAR_ONLY = re.compile(r"(?:到|至)(?:20\d\d|xx|XX)年[底末]?")
# A clause that says only when what follows is due, wherever it stands in its sentence
# (根据方案，到2025年，…; …。2018年，…), also after the goals heading a flattened page ran into
# its line (二、创建目标2022年8月底前，…): the year of the rest of the paragraph.
_WHEN_ONLY = scanning(
    r"(?:[一二三四五六七八九十]{1,3}[、.．][\u4e00-\u9fff]{0,8}?(?:目标|任务|指标))?"
    r"(?:20\d\d\s*年?\s*[-—–―－~至到]\s*)?"  # 2004-2005年。完成…: a span's last year
    r"(?:到|至|在|于)?(?:20\d\d|xx|XX)年(?:\d{1,2}月?)?(?:底|末|前|内)*[。：:]?|(?:到|至)20\d\d-"
    rf"|(?:到|至|在)?{_PERIOD}"  # “十四五”时期，…: the period the paragraph's goals are for
    r"|(?:到|至|在)?(?:今|明)年(?:底|末|内)?前?"  # 据介绍，今年，…: the year of a dated text
)
# A chapter heading numbered inside a line (…。三、保障措施): the paragraph's year ends there.
_CHAPTER_IN_LINE = re.compile(r"[一二三四五六七八九十]{1,3}、")
# A dash or bullet opening a line of a list (——降低人群贫血率。…), also the ASCII dashes a
# mirror site or an old page writes for the ideographic one (--…, ----…).
_LIST_ITEM = re.compile(r"\s*(?:——|-{2,4}(?=[^\s\-])|[●•·▲■◆○▶►▷➢➤])")
# The year's work a meeting plans (召开2017年全市卫生计生工作会议, 部署2017年度工作任务)
_MEETING_YEAR = re.compile(
    r"(?:召开|举行|部署|安排)(20\d\d)\s*年度?[^，,。；]{0,12}?(?:工作会议|工作任务|重点工作)"
)
_NATURE_RE = re.compile("|".join(n.label_zh for n in Nature))
_RANKS = {kind: rank for rank, kind in enumerate(SectionKind)}  # 第一章 outermost
_PROSE_MARK = re.compile(r"[，,。；;：:]")  # a line of prose, not a form's cell
_CELL_BAR = re.compile(r"\t|\||│")


# 截止到2020年10月31日，…率要达到90%: a date a goal is due by, not one progress is told at
_DUE_BY = re.compile(
    r"^[^，,。；]{0,8}截[止至]到?20\d\d年[^，,。；]{0,8}[，,][^。；]*(?:要|力争|确保)"
)
# A goal set in a later clause of a sentence telling progress: the sentence is not all past
_GOAL_AFTER = re.compile(
    r"[，,；;](?:并|还|将)?(?:力争|争取|确保)(?:实现|在)?(?:到|至)\s*20\d\d\s*年"
)
# …or in an earlier one (希望在2030年将8成…，…，截至今年7月已有…): the goals before it stand
_GOAL_BEFORE = re.compile(
    r"(?:希望|盼望?|力争|争取|确保|目标(?:是|为)?)(?:实现|在|于|到|至)?\s*(20\d\d)\s*年"
    r"[^。；;]*[，,][^。；;]*$"
)
# 截至2026年底 in a plan that begins in 2025: a date its goals are due by, not progress told
_AS_OF_YEAR = re.compile(r"截[止至]到?(20\d\d)年")
_GOAL_AHEAD = re.compile(r"(?:提出|明确|要求|力争)[^。；]{0,6}(?:到|至)(20\d\d)年")


# 2019年以来，… opening a sentence: a time before the text's own
_YEAR_SINCE = re.compile(
    r"(?:据(?:了解|悉|介绍|统计)[，,])?(20\d\d)年(?:末|底)?(?:以来|，|,|全市|全县|全区|我市|全国|全省)"
)


@lru_cache(maxsize=4096)
def _past_heading(heading: str) -> bool:
    """Whether ``heading`` opens a review (工作回顾, 进展情况): asked of every heading over every
    sentence, the same few headings again and again — a sixth of the cost of :func:`_past`."""
    return bool(PAST_HEADING.search(heading) or REPORT_HEADING.fullmatch(heading.strip()))


_PERIOD_ENDS = {"一": 2010, "二": 2015, "三": 2020}


def _period_gone(said: str, first_year: int | None) -> bool:
    """Whether a sign of the past :data:`PAST_SENTENCE` found tells the past in a text of
    ``first_year``: a named period (十一五末期) only once it has ended — 十三五 also in a text
    of no known year, an earlier one only in a text known to be later."""
    period = re.match(r"[“\"「]?十([一二三])五", said)
    if period is None:
        return True
    if period.group(1) == "三":
        return not (first_year and first_year <= 2020)
    return bool(first_year and _PERIOD_ENDS[period.group(1)] < first_year)


def _past(path: list[str], sentence: str, first_year: int | None, goal_on: bool = False) -> bool:
    """Whether ``sentence`` tells what was done: under a review's heading, in words of the past
    (截至, 十三五期间 of a later text) or, unless it or the sentence a ； ended before it on its
    line (``goal_on``) names a goal, in weaker words (已经, 取得明显成效)."""
    if any(map(_past_heading, path)):
        # but a goal a later plan set, said in a review (…提出到2030年将生存率提升至46.6%)
        ahead = _GOAL_AHEAD.search(sentence) if first_year else None
        return not (ahead and first_year and int(ahead.group(1)) > first_year)
    said = PAST_SENTENCE.search(sentence)
    while said and not _period_gone(said.group(), first_year):
        said = PAST_SENTENCE.search(sentence, said.end())  # 十三五时期 of a text of 2017: ahead
    if said:
        dated = _AS_OF_YEAR.match(sentence, said.start())
        due = bool(dated and first_year and int(dated.group(1)) > first_year)
        ahead = _GOAL_AFTER.search(sentence, said.end())  # …已达到74%，力争到2025年达到75%
        before = _GOAL_BEFORE.search(sentence, 0, said.start())
        stands = bool(before and not (first_year and int(before.group(1)) <= first_year))
        return not (_DUE_BY.search(sentence) or due or ahead or stands)
    weak = PAST_UNLESS_GOAL.search(sentence)
    # 取得明显成效 under 一、工作目标 is the result a plan aims at, not one it reports
    aimed = bool(weak and weak.group().startswith("取得") and any("目标" in h for h in path))
    if weak and not (goal_on or aimed or GOAL_WORDS.search(sentence)):
        return True
    match = _YEAR_SINCE.match(sentence)
    return bool(match and first_year and int(match.group(1)) < first_year)


# A report's task heading: numbered (2.新增2个食堂, 3．3座公园 as the view parts a number glued
# to the count), a count in it (a number and its unit or word), no work told as done
_TASK_NUMBER = re.compile(r"\s*(?:\d{1,2}[.．、]|[(（][\d一二三四五六七八九十]{1,3}[)）])")
_COUNTED = re.compile(r"\d[\d.]*\s*[\u4e00-\u9fff%]")
_TOLD_DONE = re.compile(r"已|完成了|共完成|累计完成")
_ROW_OPENS = re.compile(r"\s*\d{1,3}\s*[|｜][^|｜\n]+[|｜]")  # 1 | 新增… | …: a numbered row


def _task_heading(line: str, after: str) -> bool:
    """A report's numbered heading naming a task and its figure (2.新增2个社区长者食堂), over the
    paragraph telling its progress: the line holds no sentence and tells no work done, the
    next line is the paragraph, not another item."""
    numbered = _TASK_NUMBER.match(line)
    if numbered is None or re.search("[。；;！？:：]", line) or _TOLD_DONE.search(line):
        return False
    following = after.split("\n", 1)[0]
    counted = _COUNTED.search(line, numbered.end()) is not None
    return counted and bool(following.strip()) and _TASK_NUMBER.match(following) is None


def _report(document: Document) -> bool:
    """A report of what was done (统计公报, 工作总结, 进展情况), not a plan: so titled, or
    stating its rates as measured, most of them to two decimals (85.84%, 46.79/10万)."""
    # not a table's cell (查阅资料：…完成情况统计表): what a row asks to be shown, no title
    lines = document.text.lstrip().split("\n", 4)[:4]
    titled = "\n".join(
        line for line in [document.metadata.title or "", *lines] if not is_table_row(line)
    )
    if _REPORT.search(titled) and not _AND_PLAN.search(titled):
        return True  # but …工作总结和2024年工作安排 plans the next year after its review
    if _PLAN_SPEAKS.search(document.text):
        return False  # a plan's table of baselines (2020年 85.84%) beside its goals
    rates = _RATES.findall(document.text)
    measured = sum(1 for decimals in rates if len(decimals) >= 2)
    return measured >= 4 and measured * 2 >= len(rates)


def _programme_news(document: Document, dated: int | None) -> bool:
    """A news item whose opening sentence names the year's programme it reports (2025年，
    某区…确定16项民生实事): its sentences list the programme's items, goals without a goal's
    words — unless the year is gone by at its date."""
    opening = _DIGITS_SPACED.sub("", re.split(r"[。！？]", document.text.lstrip(), maxsplit=1)[0])
    named = _programme_named(opening, dated)
    if named is not None:
        return named
    # a line that heads the year's list (2020年某区民生实事项目：)
    return any(
        dated is None or int(heading.group(1)) >= dated
        for heading in _PROGRAMME_HEADING.finditer(document.text)
    )


def _programme_named(text: str, dated: int | None) -> bool | None:
    """Whether ``text`` names a year's programme (2025年民生实事) not gone by at ``dated`` as
    the work it tells of — False when it cites one (根据2025年民生实事…), None when it names
    none."""
    found = [
        *_YEAR_NAMED.finditer(text[:400]),
        *_YEAR_WILL_DO.finditer(text[:400]),
        *_YEAR_PROJECTS.finditer(text[:400]),
    ]
    for named in found:
        if _PROGRAMME_OR_PROJECTS.search(named.group()) and (
            dated is None or int(named.group(1)) >= dated
        ):
            return not _CITED.search(text[max(0, named.start() - 6) : named.start()])
    return None


_PROGRAMME_OR_PROJECTS = re.compile(rf"{_PROGRAMME_WORDS.pattern}|{_PROJECTS_NAMED}")


_PROGRAMME_HEADING = re.compile(
    rf"^[ \t]*(20\d\d)\s*年度?[^，,。；;\n]{{0,12}}?(?:{_PROGRAMME_WORDS.pattern})(?:项目)?"
    r"[ \t]*[:：]?[ \t]*$",
    re.MULTILINE,
)

# A title or standard won: 创成国家卫生县城, 荣获…称号, 被命名为…, 通过…验收
_HONOUR = scanning(
    r"创成|荣获|获评|喜获|摘得|榜上有名|被(?:命名|评为|授予|确认)|命名[^。；]{0,40}为"
    r"|授予[^。；]{0,30}称号|(?:顺利|成功)?通过[^。；，,]{0,16}(?:验收|复审|复核|评审|考核)"
)
_AHEAD_YEAR = re.compile(r"(?:到|至)\s*(20\d\d)\s*年|(20\d\d)\s*年(?:底|末)?(?:前|将|要|力争)")


# 《某市儿童发展纲要(2021-2030年)》印发: a headline telling that a plan of a span came out
_PLAN_ISSUED = re.compile(
    r"《[^》]{0,40}?(?:19|20)\d\d\s*[-—–~～至到]\s*(?P<end>20\d\d)[^》]{0,12}》"
    r"(?:[(（][^)）]{0,12}[)）])?(?:近日|日前|正式)?(?:印发|发布|出台|公布)"
)


def _plan_issued(text: str, dated: int | None) -> bool:
    """Whether a news item's headline tells that a plan came out whose span runs on past the
    item's date: what the item goes on to state are that plan's goals (新生儿…死亡率分别保持在
    3‰…), told without a goal's words, as a year's programme lists its works."""
    issued = _PLAN_ISSUED.search(text.lstrip().split("\n", 1)[0][:120])
    return bool(issued and (dated is None or int(issued.group("end")) > dated))


def _honour_news(document: Document, dated: int | None) -> bool:
    """A news item about a title or standard won (创成国家卫生县城, 被命名为…) that names no
    year ahead of its date: what it tells was done, whatever words of goals it uses
    (工作目标层层分解, 达到了…的要求)."""
    if not _HONOUR.search(document.text.lstrip()[:300]):
        return False
    ahead = [int(a or b) for a, b in _AHEAD_YEAR.findall(document.text)]
    return not any(dated is None or year > dated for year in ahead)


def _reposted(text: str, dated: int | None) -> int | None:
    """The year a news item's headline names when its page is undated (今年 of 2023年某县将为…
    is 2023) or dated two years later or more (a repost: 今年 of 2021-04-05
    国家卫健委2019年重点建设500个医共体 is 2019), else None; a year's news of the year before
    (2023年…成效, dated 2024) keeps its date's 今年."""
    headline = text.lstrip().split("\n", 1)[0]
    # not a span's (2018—2022年) nor a time since (2020年以来…); of a first line that is the
    # item's opening paragraph, not a year opening a clause (…;2020年普及率达到50%): a later
    # goal's, where the work the item tells of names its own (启动2023年…接种工作)
    opens = r"(?<![；;，,：:。\s])" if "。" in headline else ""
    named = re.search(rf"{opens}(?<![到至\d])(20\d\d)年(?![\d—\-~至到]|以来)", headline[:80])
    if named and (dated is None or int(named.group(1)) <= dated - 2):
        return int(named.group(1))
    return None


# A page's time stamp among a news item's first lines (2016年05月12日 08:41, 2019-02-15 17:48),
# or its date under a label (发布时间：2023年03月15日, 日期：2019/02/15) or after the site's name
# in brackets (【某市经济网】2016-02-22)
_STAMP = re.compile(
    r"(20\d\d)\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|-\d{1,2}-\d{1,2})\s*\d{1,2}:\d\d"
    r"|(?:(?:发布|发表|更新|时间|日期)[^：:\n]{0,4}[：:]|[】\]])\s*"
    r"(20\d\d)\s*(?:年\s*\d{1,2}\s*月|[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2})"
)


# A year a sentence tells of (2023年某市…项目启动), not a span's, a time since, nor a goal's
# (到2025年)
_YEAR_TOLD = re.compile(r"(?<![到至自从\d])(20\d\d)年(?![\d—\-~至到]|以来|起|[底末]|前)")


def _year_just_told(text: str, start: int) -> int | None:
    """The one year the sentence before ``start`` on its line names (…，2023年某市口腔健康
    服务项目启动。今年全年将为…): the year 今年 is on an undated page."""
    before = text[text.rfind("\n", 0, start) + 1 : start].rstrip()
    told = {
        int(y) for y in _YEAR_TOLD.findall(re.split("[。！？!?]", before.rstrip("。！？!?"))[-1])
    }
    return told.pop() if before and len(told) == 1 else None


def _stamped(text: str) -> int | None:
    """The year of a news item's time stamp, when the documents stage found no date: what a
    figure of an earlier year tells is past."""
    stamp = _STAMP.search("\n".join(text.lstrip().split("\n", 8)[:8])[:600])
    return int(stamp.group(1) or stamp.group(2)) if stamp else None


def _yearly_until(
    text: str, start: int, end: int, years: list[tuple[int, int | None]]
) -> int | None:
    """The year a yearly rate or quota runs to: one its own sentence names after it, when none
    comes before it (每年提高5%，2012年底达到70%; …每年覆盖约N人，预计到2020年…; README,
    stop 33 dev questions)."""
    if "每年" not in text[start:end] or any(at <= end for at, _ in years):
        return None
    return next((year for at, year in years if year), None)


def _news(document: Document) -> bool:
    """A news report (a byline or a dateline among its first lines), whose sentences are
    news of what was done unless they speak of a goal."""
    head = "\n".join(document.text.lstrip().split("\n", 8)[:8])
    return bool(_NEWS.search(head[:600]))


def _target(
    source: SourceFile,
    document: Document,
    shown: View,
    raw: RawTarget,
    clause: Piece,
    sentence: Piece,
    path: list[str],
    deadline: int | None,
    nature: Nature | None,
) -> Target:
    at = shown.span(clause.start + raw.start, clause.start + raw.end)
    first, last = document.original_span(*at)
    return Target(
        indicator_text=raw.indicator,
        comparator=raw.comparator,
        value=raw.value,
        value_max=raw.value_max,
        unit=raw.unit,
        deadline=deadline,
        baseline_year=raw.baseline_year,
        baseline_value=raw.baseline_value,
        nature=nature,
        scope=raw.scope,
        source=quote(source, (first, last), path, sentence.text),
        rule=raw.rule,
    )


def document_targets(
    source: SourceFile, document: Document, *, learned: bool | None = None
) -> list[Target]:
    """Every target the document states, in reading order. ``learned`` lets the learned
    decision (:mod:`.learned`) keep or turn down each of the rules' targets; None: as the
    shipped model says (:meth:`~.learned.TargetModel.in_use`). The numbers the rules reject
    are not offered to it: in cross-validation it rescued none of them (docs/extraction.md),
    and reading them costs a second pass."""
    taken = _read(source, document, permissive=False)
    model = learned_model() if learned is not False else None
    if model is None or (learned is None and not model.in_use()):
        return [c.target for c in taken]
    return [c.target for c in model.decide(taken)]


def document_candidates(source: SourceFile, document: Document) -> list[Candidate]:
    """The rules' targets of the document, then every other number they would read as one if
    their rejection were lifted (:class:`~.learned.Candidate` with the reason and the skip):
    what ``eval/corpus/train.py --rescue`` offers the learned decision, to measure what it
    would take back."""
    taken = _read(source, document, permissive=False)
    said = {_number_key(c) for c in taken}
    extra = [
        c
        for c in _read(source, document, permissive=True)
        if (c.reason or c.skip) and _number_key(c) not in said
    ]
    for c in extra:
        c.rescued = True
    return taken + extra


def _number_key(c: Candidate) -> tuple[object, ...]:
    """The number a candidate reads: a permissive reading of a number the rules already
    took adds nothing (its indicator words may differ, the number is the same)."""
    return (c.sentence_start, c.value_at, c.target.value, c.target.unit)


def _read(source: SourceFile, document: Document, *, permissive: bool) -> list[Candidate]:
    """The targets of the rules, or with ``permissive`` also those they reject, as
    candidates (see :func:`document_candidates`)."""
    index = SectionIndex(document)
    first_year, last_year = plan_years(document)
    term_end = last_year  # 到规划期末 in a sentence: kept, as last_year is cleared for periods
    report = _report(document)
    news = _news(document)
    dated = int(document.metadata.date[:4]) if document.metadata.date else None
    programme = news and _programme_news(document, dated)
    honoured = news and _honour_news(document, dated)
    goal_before = -1  # where the paragraph's goals run to: a list of them goes on
    goal_list = False  # a list of goals is open (…主要目标：), read on over its lines
    open_end = False  # the last sentence ended with ；or ：, the next line goes on with it
    progress_end = -1  # where a paragraph of progress made (截至目前…) ends
    shown = document_view(document.text)
    text = shown.text
    plan_year = last_year if first_year is not None and first_year == last_year else None
    this_year = plan_year or dated
    stamped = dated or (_stamped(document.text) if news else None)  # the news item's year
    programme = programme or (news and _plan_issued(document.text, stamped))
    if news:  # 今年 of a news item is the year of its date or time stamp, unknown without one
        this_year = _reposted(document.text, stamped) or stamped
    meeting = _MEETING_YEAR.search(document.text[:300]) if this_year is None else None
    if meeting:  # 召开2017年全市卫生计生工作会议: 今年 is the year the meeting plans
        this_year = int(meeting.group(1))
    past_before = first_year or stamped
    past_before = past_before or this_year
    # a page that opens inside a numbered list ((4)…, 2.…) continues a plan whose title,
    # and period, are on a page before: its 到2012年 dates only the items that say it
    continued = marker(text.lstrip().split("\n", 1)[0]) is not None
    # …or that says it goes on from one ([接上页] 主要指标：…)
    continued = continued or _PAGE_GOES_ON.match(text.lstrip(" \t\n|｜")) is not None
    period_end = None
    if first_year is not None and first_year != last_year:
        # a plan's title naming its period (十四五, …规划（2016-2020年）) dates none of its
        # statements: a year or period their sentence or heading states does; an annual
        # plan's year (2024年…工作要点) is the year of all its work
        period_end, last_year = last_year, None
    goals_from = 0  # where the year of a text's 到…年 phrases begins to date its goals
    goals_to = len(text)  # …and where it ends
    if not last_year and not continued:
        last_year, goals_from = _document_year(text)
        goals_to = post_end(text, goals_from)  # a reply in a thread is another writer's
        if period_end and last_year != period_end:
            last_year = None  # 到2035年 of a 十四五 plan: a vision beyond its period
        if last_year is None and period_end is None:
            # 某区2025年民生实事, 2023年十大民生项目清单: the items' year
            last_year = programme_year(text, dated)
    section_years = _section_years(document, this_year, plan_year)
    out: list[Candidate] = []
    held: list[Candidate] = []  # read from a headline
    past_until = -1  # where a paragraph that opened on the past ends
    line_year: int | bool | None = False  # a paragraph opening 到2025年，…
    heading_year: int | None = None  # of the last short heading line (第一步 2016年)
    colon_year: int | None = None  # of the last line opening a list with a colon
    list_year: int | None = None  # of the paragraph that opened the list of goals read on
    list_kind: SectionKind | None = None  # how the first item of that list is numbered
    years_listed: list[int] = []  # the paragraph's 到2022年和2030年
    header: TableHeader | None = None  # of the indicator table being read
    upper: str | None = None  # the table row before, a header whose columns may have subcolumns
    line_end = -1
    last_clause: str | None = None  # the last clause of the paragraph's previous sentence
    last_target: Target | None = None  # the last target of the paragraph's sentences before
    said: dict[tuple[object, ...], list[Target]] = {}  # targets kept, by value and unit
    seen: set[str] = set()  # sentences read: a page that repeats a paragraph states it once
    paragraph_end = -1
    stated_end = -1  # the end of the last paragraph that stated a plan's goals
    form_goals = False  # a form flattened one cell a line named its goals' column (标准值)
    semi_year: int | None = None  # named by the sentence before, if a ； ended it on this line
    goal_semi = False  # the sentence before, a ； ended on this line, set a goal (…力争…；)
    goal_years: set[int | None] = set()  # the years a news item's goals were said to be due by
    goes_on = False  # the line goes on with the goals of the news item's line before
    undated_on = False  # …from a paragraph of its own: goals of no year the paragraph states
    goal_table = False  # the table being read has a column of one of those years
    task_line = False  # the line is labelled as the task set (目标任务：…；…；…)
    item_verb: str | None = None  # the verb a list's first item opened with (*新增15家…)
    ahead_end = -1  # the end of the news item's line whose sentence set out the year's work
    for sentence in sentences(text):
        carry_year, semi_year = semi_year, None
        goal_on, goal_semi = goal_semi, False
        if sentence.start > line_end:
            carry_year, goal_on = None, False
            line_found: list[Target] = []  # the targets of the line's sentences before
            stated = stated_end == line_end  # the paragraph before this line stated goals
            # a blank line before this one: a paragraph of its own (news pages set them apart)
            parted = "\n" in text[line_end + 1 : sentence.start] if line_end >= 0 else False
            line_end = text.find("\n", sentence.start)
            line_end = len(text) if line_end < 0 else line_end
            line_year = False
            years_listed = []
            line = text[sentence.start : line_end].strip()
            form_goals = form_goals or goal_column(line)
            task_line = _TASK_LABEL.match(line) is not None or (
                report and _task_heading(line, text[line_end + 1 : line_end + 200])
            )
            if _HEADING_YEAR.match(_arabic_years(line)):  # 第二步 2017年: the year of what follows
                heading_year = _sentence_years(line, this_year, plan_year)[-1][1]
            elif _HEADING_LINE.fullmatch(line) and marker(line):
                heading_year = None  # the next numbered heading
            # a list of goals a colon opened goes on over its items' lines, not past a heading
            # of a higher rank than its items' (…目标：⏎1.…⏎2.…⏎三、保障措施⏎1.…)
            item = text[sentence.start : line_end]
            numbered = marker(item)
            kind = numbered[0] if numbered else None
            outer = kind is not None and list_kind is not None and _RANKS[kind] < _RANKS[list_kind]
            listed = (goal_list and not outer) and (
                numbered
                or open_end
                or _ORDINAL.match(item)
                or _LIST_ITEM.match(item)
                or _LABELLED_PART.match(item)
            )
            # 《规划》要求，到2020年，…。⏎——…；⏎——…: dashed lines after a paragraph of goals
            dashed = (goal_before >= 0 or stated) and _LIST_ITEM.match(item)
            # a news item's paragraph of a plan's goals goes on on the next line in the same
            # words (…提出，到2020年，…床位数达到0.55张。⏎…医师数达到0.4人。)
            # (from a line saying the plan states them: 方案提出，到2020年，…)
            goes_on = news and (stated or (goes_on and goal_before >= 0)) and not numbered
            goes_on = goes_on and bool(_PROSE_MARK.search(line)) and not _LIST_ITEM.match(item)
            goes_on = goes_on and not (_PAST_NEWS.search(line) or _TOLD_AS_IS.search(line))
            # a year a change is measured from (比2005年下降21.6%) tells no time gone by
            years_told = [int(y) for y in re.findall(r"(?<![比较与在])(20\d\d)\s*年", line)]
            goes_on = goes_on and not (past_before and any(y < past_before for y in years_told))
            # …根据方案，到2016年，…。⏎⏎健康教育方面，…提高到14%。: the goals of a paragraph of
            # their own, after the one that said the plan's year, are the plan's but undated (the
            # year a sentence, its paragraph's opening or its heading states dates a goal)
            # (除此以外，还有…: a paragraph that says it goes on with the one before is dated by it)
            joined = _JOINS_BEFORE.match(line) is not None
            undated_on = goes_on and ((parted and not joined) or undated_on)
            goal_list = bool(listed or dashed)
            goal_before = line_end if goal_list else -1
            list_year = list_year if goal_list else None
            list_kind = (list_kind or kind) if goal_list else None
        elif _CHAPTER_IN_LINE.match(sentence.text):
            line_year = False  # …。三、保障措施: a chapter of a flattened page begins
            past_until = -1  # …and the past a chapter before reviewed ends with it
        # each way of _AS_OF writes 截 or 月, and its lookbehind keeps the scan slow: most
        # sentences, having neither, are passed without it
        told = "截" in sentence.text or "月" in sentence.text
        as_of = _AS_OF.search(sentence.text) if told else None
        progress_from = sentence.start + as_of.start() if as_of else None
        if as_of:
            progress_end = line_end
        elif sentence.start <= progress_end:  # 截至目前：…；其中，2016年度的6个项目2个竣工
            progress_from = sentence.start
        now = _NOW.search(sentence.text)
        if now and progress_from is None and not _AHEAD.search(sentence.text):
            progress_from = sentence.start + now.start()  # …目前还没有特效治疗方法，死亡率达100%
        enclosing = index.sections(document.offsets[shown.at[sentence.start]])
        path = [section.heading for section in enclosing]
        table_row = is_table_row(sentence.text)
        # a row of a table of tasks cut at the 。 of its progress cell (1 | 新增2个… | 完成…。 |
        # 完成任务 | 市卫健局 |): its first part holds the task, a row still
        tasks_row = header is not None and header.tasks_named and not table_row
        table_row = table_row or bool(tasks_row and _ROW_OPENS.match(sentence.text))
        heading_row = False
        if table_row:  # a header row is read even where it or the rows under it are passed
            own = header_of(sentence.text)
            # 地区 | 新建 | | 改建 ⏎ | 机构数（个） | 托位（个） | …: a header's row of subcolumns
            row_line = text[text.rfind("\n", 0, sentence.start) + 1 : line_end]  # its empty cells
            below = stacked_header(upper, row_line) if upper and not own else None
            heading_row = bool(own or below)
            header = own or below or header  # over ((截至2011年底) | 2012年 | …)
            upper = row_line if own and own.names else None
        skip: str | None = None  # why the rules read no target in this sentence
        headline = False  # a news page's headline: read, kept only if the text does not restate it
        if _past(path, sentence.text, past_before, goal_on):
            skip = "past"
            past_until = line_end  # the paragraph goes on about that time…
        elif sentence.start <= past_until and not _AHEAD.search(sentence.text):
            skip = "past"  # …until a sentence of it names a goal
        elif _headline(text, sentence):
            headline = True
        elif len(sentence.text) >= 20 and sentence.text in seen:
            skip = "repeated"
        # 截至…筛查6.8万人，占全年任务(6.6万人)的103%: a report of progress gives the year's task
        # …今年我县筛查任务数为3910人，截至9月20日已完成…: or states it before the progress
        given_only = skip == "past" and "任务" in sentence.text
        given_only = given_only and bool(
            _TASK_GIVEN.search(sentence.text) or _TASK_STATED.search(sentence.text)
        )
        skip = None if given_only else skip
        if skip and not permissive:
            continue
        seen.add(sentence.text)

        # 今年 of an undated text: the year its paragraph or list named, else unknown
        known = line_year if type(line_year) is int else (colon_year or list_year or heading_year)
        if this_year is None and known is None and "今年" in sentence.text:
            known = _year_just_told(text, sentence.start)
        years = [
            (sentence.start + at, y)
            for at, y in _sentence_years(sentence.text, this_year, plan_year, known, term_end)
        ]
        ahead = any(y and y >= (dated or first_year or 0) for _, y in years)
        # the year a part of the sentence before its ； named dates the parts after it
        said_years = [(sentence.start - 1, carry_year), *years] if carry_year else years
        # a table's or a form's goals column (规划目标, 标准值): its cells state goals
        cell = form_goals and not _PROSE_MARK.search(text, sentence.start, line_end)
        # (or a report's table of tasks and their progress: the tasks' cells state the goals)
        goal_cells = bool(table_row and header and (header.goal_named or header.tasks_named))
        goal_cells = goal_cells or cell
        if report and not (_GOAL.search(sentence.text) or ahead or goal_cells or task_line):
            skip = skip or "report"  # a report states what was done; only its goals are targets
        totals = "完成" in sentence.text or "共" in sentence.text or "累计" in sentence.text
        done = _DONE_SAID.search(sentence.text) if totals else None
        # …under 二、主要目标: 全市累计建成…30个 is the goal a plan's section sets
        if done and any(_GOALS_HEADING.search(h) for h in path):
            done = None
        # a report's task heading over its progress (8.新建5个、累计建成18个站点⏎已完成…): the
        # total the task is to reach, its progress told in the paragraph under it
        done = None if task_line else done
        # 累计开展…招聘会不少于15场次: a total the work is to reach, its floor said after it
        floored = done is not None and _FLOOR_AFTER.match(sentence.text, done.end()) is not None
        if done and not floored and not _WILL.search(sentence.text, 0, done.start()):
            skip = skip or "past"  # 全年共完成筛查1300人, …，圆满完成目标任务: the work done
        later = stamped is not None and any(y and y > stamped for _, y in years)  # than the news
        opened = _SPAN_OPENING.match(sentence.text)  # 2018年至2022年，…: a time gone by
        plain = sentence.text[opened.end() :] if opened else sentence.text
        spoken = bool(later or _NEWS_GOAL.search(plain) or goal_before >= 0)
        spoken = spoken or _SIGNED_BOUND.search(plain) is not None  # 婴儿死亡率≤12‰: a standard
        spoken = spoken or (goes_on and not opened)  # but 2018年至2022年，…: a time gone by
        spoken = spoken or _TASK_STATED.search(plain) is not None  # 筛查任务数为3910人
        # 在某市2026年新办民生实事中提到，…改造提升村卫生室1000处；…: the year's programme
        programme_said = (
            news and not _PAST_NEWS.search(plain) and bool(_programme_named(plain, stamped))
        )
        # 今年，某市将实施…战略。完成4个…建设，建成5个…: the work the line's sentence before
        # set out for the year goes on in the sentences after it, unless they tell of the past
        work_ahead = programme_said or (
            ahead_end == line_end and not (_TOLD_AS_IS.search(plain) or _PAST_NEWS.search(plain))
        )
        spoken = spoken or work_ahead
        if news and _NEWS_GOAL.search(plain) and not table_row:
            goal_years.update(y for _, y in years if y)
        # …要求，到2027年，…。⏎序号 | 指标 | 2027年 |: the plan's table of that year's goals
        named_years = {y for _, y in years}
        if table_row and named_years:
            goal_table = named_years <= goal_years
        goal_table = goal_table and table_row
        spoken = spoken or goal_table
        listed_items = programme and not _PAST_NEWS.search(sentence.text)
        # (a page that opens on a title won tells what was done, but not the work it sets out)
        if news and ((honoured and not work_ahead) or not (spoken or headline or listed_items)):
            skip = skip or "news"  # 丽水市森林覆盖率达到81.7%: news of what was done
        if news and not skip and (_WORK_AHEAD.search(plain) or programme_said):
            ahead_end = line_end
        if skip and not permissive:
            continue
        facts = _Facts(text, sentence, path, skip, news, report)
        carried = [section_years[s.start] for s in enclosing if s.start in section_years]
        dates = goals_from <= sentence.start < goals_to and not undated_on
        default = carried[-1] if carried else (last_year if dates else None)
        default = colon_year or list_year or heading_year or default
        if table_row:
            # a header of bare years (| 指标 | 2020 | 2025 |) is no row of values
            rows, row_nature = ([], None) if heading_row else row_targets(sentence.text, header)
            following = text[line_end + 1 :].split("\n", 2)
            tail = wrapped_tail(following[0], following[1]) if len(following) > 1 else ""
            if tail and rows and not marker(following[0]):  # …（助理）⏎医师数: the name goes on
                rows = [replace(r, indicator=r.indicator + tail) for r in rows]
            deadline = header.target_year if header and header.target_year else default
            row = [
                facts.candidate(
                    _target(
                        source,
                        document,
                        shown,
                        r,
                        sentence,
                        sentence,
                        path,
                        r.deadline or deadline,
                        row_nature,
                    ),
                    r,
                    sentence,
                )
                for r in rows
            ]
            _milestones([c.target for c in row])  # 2026年 ≥30, 2028年 ≥35: one milestone
            out.extend(row)
            worded = not rows and not heading_row and prose_cells(sentence.text)
            if (rows or heading_row or _CELL_BAR.search(sentence.text)) and not worded:
                continue  # a row of cells is read as a row or not at all, but a work plan's
                # row stating its goal in words (…管理率达到90%以上 | 2024年12月 | 甲局) as prose
        elif sentence.text.endswith("。") and "\t" not in text[sentence.start : line_end]:
            header = None  # but a note in a row's cell (说明：…。) is still the table's
        nature_match = _NATURE_RE.search(sentence.text)
        nature = Nature.from_label(nature_match.group()) if nature_match else None
        parts = clauses(sentence)
        # *新增15家助餐点⏎*2家服务中心⏎2家照护之家: the items after the first, each a line of
        # its own opened by its count, are counted by the first item's verb
        line_opens = not text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start].strip()
        counted_item = _COUNTED_ITEM.match(sentence.text) if line_opens else None
        first_words = counted_item.group("verb") if counted_item else ""
        listed_under = item_verb if counted_item and not first_words else None
        opens_verb = first_words and COUNT_VERB_END.fullmatch(first_words)
        item_verb = first_words if opens_verb else listed_under
        found: list[Target] = []
        read: list[Candidate] = []
        before = last_clause if sentence.start <= paragraph_end else None
        last_target = last_target if before is not None else None
        named_before = (last_target.indicator_text, last_target.unit) if last_target else None
        previous: str | None = None
        earlier: str | None = None  # the clause before ``previous``
        topic: str | None = None
        in_past = False  # after a clause naming a time gone by (2015年至2020年，…)
        clause_verb = listed_under  # 新建15家甲，2家乙，3个丙: the verb the items run under
        for clause in parts:
            item_opening = _COUNTED_ITEM.match(clause.text)
            item_words = item_opening.group("verb") if item_opening else ""
            counts_under = clause_verb if item_opening and not item_words else None
            clause_verb = list_verb(item_words) if item_words else counts_under
            last_indicator = found[-1].indicator_text if found else None
            task = _TASK_GIVEN.search(clause.text) if "任务" in clause.text else None
            stated = given_only and _TASK_STATED.search(clause.text) is not None
            if (task or given_only) and not stated:
                given = _task_given(task, previous, earlier) if task else None
                if given:
                    at = clause.start + given.end
                    deadline = _deadline(at, said_years, line_year, default)
                    target = _target(
                        source, document, shown, given, clause, sentence, path, deadline, nature
                    )
                    found.append(target)
                    read.append(facts.candidate(target, given, clause, None))
                earlier, previous = previous, clause.text
                continue
            # both patterns end on a year's 年: a clause without one is spared their scans
            timed = clause.text.strip(" ，,") if "年" in clause.text else ""
            span = (_TIME_CLAUSE.fullmatch(timed) or _TIME_TAIL.search(timed)) if timed else None
            if span:
                in_past = bool(past_before and int(span.group("year")) < past_before)
            clause_skip = skip or ("past-period" if in_past else None)
            if clause_skip and not permissive:
                earlier, previous = previous, clause.text
                continue
            topic = activity_topic(clause.text) or topic
            progress = progress_from is not None and clause.start >= progress_from
            planned = _PLANNED.search(clause.text) and not _AGAINST_TASK.search(clause.text)
            if progress and not planned:
                clause_skip = clause_skip or "progress"
                if not permissive:
                    earlier, previous = previous, clause.text
                    continue
            last_unit = found[-1].unit if found else None
            first_clause = parts[0].text if parts else None
            last_at = found[-1].source.end if found and found[-1].source else None
            # the indicators the sentence's previous value was of (one number, several measures)
            last_measures = tuple(
                t.indicator_text for t in found if t.source and t.source.end == last_at
            )
            for raw in clause_targets(
                clause.text,
                previous,
                last_indicator,
                topic,
                before,
                permissive,
                last_unit,
                first_clause,
                named_before,
                last_measures,
                counts_under,
            ):
                bare = len(raw.indicator) <= 4 and not HEAD_END.search(raw.indicator)
                if bare and raw.rule in _BARE_RULES:
                    # （三）…项目。筹措资金…; （一）…标准化建设。2025年完成60%
                    raw.indicator = _project(path, raw.indicator) + raw.indicator
                if raw.rule == "elided-subject" and raw.comparator is Comparator.eq and found:
                    raw.comparator = found[-1].comparator  # …达到6张，其中基层…1.5张
                deadline = _deadline(clause.start + raw.end, said_years, line_year, default)
                deadline = _yearly_until(text, sentence.start, clause.start + raw.end, years) or (
                    deadline
                )
                named = [y for at, y in years if clause.start <= at <= clause.start + raw.end]
                if past_before and named and named[-1] and named[-1] < past_before:
                    raw.reason = raw.reason or "past-year"  # 2015年…生存率为40.5%: a figure then
                    if not permissive:
                        continue
                said_before = text[sentence.start : clause.start]
                ranked = _ranked(raw.indicator, said_before, [*line_found, *found])
                by_rank = [replace(raw, indicator=n, rule="ranked") for n in ranked]
                for one in by_rank or [raw]:
                    target = _target(
                        source, document, shown, one, clause, sentence, path, deadline, nature
                    )
                    found.append(target)
                    read.append(facts.candidate(target, one, clause, clause_skip))
            earlier, previous = previous, clause.text
        line_found.extend(found)
        restated = [*_steps(found), *_changes_in_brackets(found, source.original)]
        for candidate in read:
            if candidate.target in restated:
                candidate.skip = candidate.skip or "restated"
        if not permissive:
            read = [c for c in read if not c.skip]
        # 根据规划，2025年…: who speaks opens the sentence, the year its statement
        lead = 1 if len(parts) > 1 and _WHO_SAYS.fullmatch(parts[0].text.strip()) else 0
        opens = len(parts) > lead and _YEAR_OPENS.match(_arabic_years(parts[lead].text)) is not None
        # “十四五”期间全国计划新建…。同时，…: a five-year period opening the paragraph's first
        # sentence dates the paragraph as its year would
        opens = opens or _PERIOD_OPENS.match(sentence.text) is not None
        opening = opens and years and years[0][1]
        if years and parts and _YEAR_ONLY.fullmatch(_arabic_years(parts[0].text)):
            line_year = years[0][1]  # 到2025年，… : the year of what follows in the paragraph
        elif opening and (
            lead or not text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start].strip()
        ):
            line_year = years[0][1]  # 2008年全省完成…。全省…达到1551个: the paragraph's year
        else:
            # (——2025年底前，…。…: a dashed item opened by its year)
            when = [c for c in parts if _WHEN_ONLY.fullmatch(_arabic_years(_unled(c.text)))]
            said_when = when and _sentence_years(when[-1].text, this_year, plan_year)
            if said_when:  # 根据方案，到2025年，…；…: the year of the paragraph after it
                line_year = said_when[-1][1]
            elif years and all(y is None for _, y in years) and line_year is False:
                line_year = None  # 今年底要建成…，…。…: an undated year, the paragraph's too
        colon = _LIST_OPENS.search(sentence.text)
        before_colon = [y for at, y in years if colon and at <= sentence.start + colon.start()]
        if before_colon:
            line_year = before_colon[-1]  # 2024年要抓好以下工作：一是…；二是…: the list's year
        last_clause, paragraph_end = (parts[-1].text if parts else None), line_end
        last_target = found[-1] if found else last_target
        listed_years = _YEARS_LIST.search(sentence.text)
        if listed_years:  # 到2022年和2030年，…；…分别达到50%和90%: over the paragraph
            years_listed = [int(y) for y in re.findall(r"20\d\d", listed_years.group())]
        _respective_years(sentence.text, found, years_listed)
        if listed_years:  # 2025年和2030年，…均较前5年减少10%: one value for each year
            each_year = _each_year(sentence.text, read, years_listed)
            read.extend(each_year)
            found.extend(c.target for c in each_year)
        _milestones(found)
        listing = spoken and sentence.text.rstrip()[-1:] in "；;：:"  # 提出以下目标：…；…
        announces = _ANNOUNCES.search(sentence.text[-16:]) is not None  # …将实现七大目标。
        # …主要目标共有五项：一是…。⏎二是…: a list opened inside the sentence goes on
        opened_list = _LIST_IN_SENTENCE.search(sentence.text) is not None
        # 我国力争实现以下目标：构建…。…。…90%以上的县…: the goals run on to the line's end
        opened_list = opened_list or _LIST_OPENS.search(sentence.text.rstrip()[:-1]) is not None
        ends_colon = sentence.text.rstrip()[-1:] in "：:"
        goal_list = goal_list or (spoken and (ends_colon or announces or opened_list))
        open_end = sentence.text.rstrip()[-1:] in "；;：:"
        if sentence.text.rstrip()[-1:] in "；;":  # …明确提出，到2025年，力争…；…取得明显成效；…
            goal_semi = goal_on or GOAL_WORDS.search(sentence.text) is not None
        if sentence.text.rstrip()[-1:] in "；;" and not years_listed:
            # …提出2025年“…”；推进…；举办…: one sentence (paired years pair its values)
            semi_year = next((y for _, y in reversed(years) if y), carry_year)
        if goal_list and sentence.text.rstrip()[-1:] in "：:":
            # 计划提出，到2020年，…。实现以下目标：⏎——…: the paragraph's year, over the list
            list_year = years[-1][1] if years else (line_year or None)
        if sentence.text.rstrip()[-1:] in "：:" and years:
            colon_year = years[-1][1]  # 2030年的主要健康指标：… — the year of the list after it
        elif sentence.text.rstrip()[-1:] == "。":
            colon_year = None
        # a plan's goals said to follow (《…》提出，到2020年，…): its paragraph goes on with them
        states = spoken and _STATES_GOALS.search(sentence.text) is not None
        stated_end = line_end if states else stated_end
        # (5)…达到90%。(6)…满足需要。(7)…: an item of a numbered list of goals that states no
        # figure keeps the list going on its line
        item_on = goal_before >= 0 and _ITEM_IN_LINE.match(sentence.text) is not None
        goal_before = line_end if found or listing or goal_list or states or item_on else -1
        for candidate in read:
            target = candidate.target
            if headline:
                held.append(candidate)
                continue
            alike = said.setdefault(_said_key(target), [])
            # 今年…新增床位3200张。…2023年，…全年新增床位3200张: a news item's goal its lead
            # left undated, said again under its year, is that year's, and said once
            undated = said.get(_said_key(target.model_copy(update={"deadline": None})), [])
            dated_again = news and target.deadline is not None
            left_undated = [
                t
                for t in undated
                if dated_again
                and t.source is not None
                and _THIS_YEAR_SAID.search(t.source.sentence or "")  # not a standard said undated
                and _restated(target, [t])
            ]
            for other in left_undated:
                other.deadline = target.deadline
                undated.remove(other)
                alike.append(other)
            # a list's 管理率 and 规范管理率 are two; outside news, only words said again
            if left_undated or _restated(target, alike, loose=news):
                candidate.skip = candidate.skip or "restated"
                if not permissive:
                    continue
            alike.append(target)
            out.append(candidate)
    headline_kept: list[Candidate] = []
    for candidate in held:  # the headline's figures the text below does not state again
        amount = _amount(candidate.target.value, candidate.target.unit)
        again = any(
            _amount(c.target.value, c.target.unit) == amount
            for c in out
            if not (c.skip or c.reason)
        )
        said_alone = candidate.target.source.sentence if candidate.target.source else ""
        goal = _NEWS_GOAL.search(said_alone or "") or _YEAR_ALONE.search(said_alone or "")
        if again or (news and not goal) or _PAST_NEWS.search(said_alone or ""):
            candidate.skip = "headline"
            if not permissive:
                continue
        headline_kept.append(candidate)
    return headline_kept + out  # the headline comes first


# The year's task a report of progress gives in brackets: 占全年筛查任务(6.6万人),
# 超出省定目标任务(60%).
_TASK_GIVEN = re.compile(r"(?:目标)?任务(?:数|量)?[(（](?P<value>[^()（）]{1,12})[)）]")
# The year's task stated as such (筛查任务数为3910人, 任务为8000人), not work done against it
# (已完成目标任务3232人).
_TASK_STATED = scanning(r"(?<!完成)任务(?:数|量)?(?:为|是|[:：])\s*[\d一二三四五六七八九十两]")
_DONE_SO_FAR = re.compile(
    r"^(?:截[至止][^，,]*?[，,])?(?:全市|全县|全区|全省|全州)?(?:共|累计|已)?(?:完成|进行|开展|实施)?"
)


def _task_given(task: re.Match[str], previous: str | None, earlier: str | None) -> RawTarget | None:
    """The year's task a report of progress gives beside its figure, of what the clause before
    counts (宫颈癌筛查68059人，占全年筛查任务(6.6万人)…); a rate named alone there is of
    the activity the clause before it counts (免费超声筛查3万人，筛查率82%，超出…任务(60%))."""
    values = mentions(task.group("value"))
    if len(values) != 1 or not previous:
        return None
    said = re.match(r"[^\d]*", previous)
    name = _DONE_SO_FAR.sub("", said.group() if said else "").strip(" ，,")
    if not name or len(name) > 20:
        return None
    activity = re.match(r"[^\d]*", earlier or "")
    done = _DONE_SO_FAR.sub("", activity.group() if activity else "").strip(" ，,")
    if name.endswith("率") and len(name) <= 4 and done.endswith(name[:-1]):
        name = done + "率"  # 筛查率 of 免费超声筛查
    value = values[0]
    return RawTarget(
        indicator=name,
        comparator=Comparator.eq,
        value=value.value,
        value_max=value.value_max,
        unit=value.unit,
        start=task.start(),
        end=task.end(),
        rule="task-given",
        number_start=task.start("value") + value.start,
        number_end=task.start("value") + value.end,
    )


class _Facts:
    """What one sentence tells every candidate read in it (see :class:`~.learned.Candidate`)."""

    def __init__(
        self,
        text: str,
        sentence: Piece,
        path: list[str],
        skip: str | None,
        news: bool,
        report: bool,
    ) -> None:
        self.text, self.sentence, self.path = text, sentence, path
        self.skip, self.news, self.report = skip, news, report

    def candidate(
        self, target: Target, raw: RawTarget, piece: Piece, skip: str | None = None
    ) -> Candidate:
        """``piece``: the clause ``raw`` was read from (the sentence for a table row)."""
        text, sentence = self.text, self.sentence
        start = piece.start + (raw.number_start if raw.number_end else raw.start)
        end = piece.start + (raw.number_end if raw.number_end else raw.end)
        line_start = text.rfind("\n", 0, sentence.start) + 1
        return Candidate(
            target=target,
            reason=raw.reason,
            skip=skip or self.skip,
            left=text[max(line_start, start - _WINDOW) : start],
            number=text[start:end],
            right=text[end : end + _WINDOW],
            sentence_start=sentence.start,
            value_at=start,
            before_in_sentence=text[sentence.start : start],
            line_opening=text[line_start : line_start + 8],
            path=self.path,
            news=self.news,
            report=self.report,
        )


# a line or clause opened by its count, or by a few words then its count (a colon perhaps
# among them: 新增便民设施：6家…), a list's mark before it (not an item number: 2.新建…, 3、…)
_COUNTED_ITEM = re.compile(
    r"\s*[*＊●•▲■◆○▶►▷➢➤]?\s*(?P<verb>[\u4e00-\u9fff：:]{0,10}?)(?=\d+(?:\.\d+)?[^\d.．、)）\s])"
)
_WINDOW = 12  # characters of context a candidate's features see on each side


# A sentence announcing the goals that follow (到2025年，将实现七大目标。; 主要目标如下。) and
# the items that go on its list (其一，…; 二是…), numbered in words as news items write them.
_ANNOUNCES = re.compile(
    r"(?:[一二三四五六七八九十两\d]+(?:大|个|项|方面)?|以下|下列|如下|主要)(?:目标|任务|指标)"
    r"(?:如下)?[。.：:]?\s*$"
)
# 其一，…; 二是…: an item of a list of goals, its mark followed by punctuation or not
_LIST_IN_SENTENCE = re.compile(r"[：:]\s*(?:一是|其一|（一）|\(一\)|1[、.．])")


def _unled(clause: str) -> str:
    """``clause`` stripped, without the dash or bullet that leads a list item (——, ●)."""
    lead = _LIST_ITEM.match(clause)
    return clause[lead.end() if lead else 0 :].strip()


_ORDINAL = re.compile(r"\s*(?:其[一二三四五六七八九十][，,、：:]|[一二三四五六七八九十]是)")
# A part of a list named by a quoted label (“七个分目标”：一是…): an item of the list before it
_LABELLED_PART = re.compile(r"\s*[“\"「『][^”\"」』\n]{1,12}[”\"」』]\s*[：:]")


# What turns a paragraph about the past to the plan: a goal's words, a deadline, a modal.
_AHEAD = re.compile(
    rf"目标|力争|确保|要求|计划|预计|将|要|应|拟|争取|{HORIZON}|十[四五六]五|今年|年内"
)
_STATES_GOALS = scanning(
    r"(?:提出|明确|确定)[^。；]{0,30}(?:到|至)(?:20\d\d|xx|XX)年"
    r"|》(?:中|还)?(?:提出|明确|要求)[，,：:]"  # 《…规划》提出，提高出生人口素质。…
    # …到2010年…将达72.5岁，这是…规划纲要提出的要求: the goal said, then whose it is
    r"|(?:到|至)20\d\d年[^。；]{0,60}(?:规划|纲要|方案|计划|意见)》?中?(?:提出|确定|明确)的(?:要求|目标)"
    # 根据方案总体目标，到2016年，…; 按照规划，到2025年…: the goals said as the plan's
    r"|(?:根据|按照|依据)[^。；，,]{0,20}(?:规划|纲要|方案|计划|意见)》?[^。；，,]{0,8}[，,]\s*(?:到|至)(?:20\d\d|xx|XX)年"
)
_BARE_RULES = ("indicator-comparator", "count-object")
_HEADING_NAME = re.compile(
    r"^\s*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?(?P<name>[\u4e00-\u9fff“”]{4,20})"
    r"[。.]?\s*$"
)
_DONE = re.compile(r"(?:全面|基本)?(?:完成|建成)")


# 上述6项指标中，前4项指标均提高10个百分点: the measures stated before, by their rank
_RANK = re.compile(r"(?P<end>前|后)(?P<n>[1-9]|[一二两三四五六七八九])项(?:指标)?")
_STATED = re.compile(r"上述(?P<n>[1-9]|[一二两三四五六七八九十])项(?:指标|目标)")


def _count_of(numeral: str) -> int:
    return cn_to_int(numeral) or 0  # never 0: _RANK and _STATED admit numbers only


def _ranked(indicator: str, said_before: str, before: list[Target]) -> list[str]:
    """The indicators ``前4项指标`` or ``后两项`` stands for: the first or last values stated
    before it on its line (of the last ones ``上述6项指标`` before it in its sentence counts,
    if it does), each value's measures; none if it names no rank or fewer values were
    stated."""
    rank = _RANK.fullmatch(indicator)
    if rank is None:
        return []
    groups: list[list[str]] = []
    ends: list[int | None] = []
    # one value's measures (甲和乙知晓率达到75%) are one item; a rank's own are none
    for target in (t for t in before if t.rule != "ranked"):
        end = target.source.end if target.source else None
        if ends and ends[-1] == end:
            groups[-1].append(target.indicator_text)
        else:
            groups.append([target.indicator_text])
            ends.append(end)
    stated = _STATED.search(said_before)
    if stated:
        groups = groups[-_count_of(stated.group("n")) :]
    n = _count_of(rank.group("n"))
    if n > len(groups):
        return []
    chosen = groups[:n] if rank.group("end") == "前" else groups[-n:]
    return [name for group in chosen for name in group]


def _project(path: list[str], indicator: str) -> str:
    """The project an item's heading names (（三）基本公共卫生服务项目。), which a short
    indicator under it (筛查) is of, or the work it names when the indicator only says the
    work is done (（一）村卫生室标准化建设⏎2025年完成60%); empty when the heading names none."""
    named = _HEADING_NAME.match(path[-1]) if path else None
    if named and (named.group("name").endswith(("项目", "工程")) or _DONE.fullmatch(indicator)):
        return named.group("name")
    return ""


def _amount(value: float | None, unit: str) -> tuple[float | None, str]:
    """A value and unit as compared with others: 九成 says what 90% says."""
    if unit == "成" and value is not None:
        return round(value * 10, 6), "%"
    return value, unit


# The year of the text said without its number (今年, 全年, 年内, 年底前)
_THIS_YEAR_SAID = re.compile(r"今年|本年|全年|年内|年底")


def _said_key(t: Target) -> tuple[object, ...]:
    high = _amount(t.value_max, t.unit)[0]
    return (*_amount(t.value, t.unit), high, t.comparator, t.deadline)


def _subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(ch in rest for ch in short)


def _restated(target: Target, earlier: list[Target], loose: bool = True) -> bool:
    """The same target said again in other words further on in the same section of a news
    item (its lead and its body): the same value, unit, comparator and deadline of an indicator
    whose words are all in the other's, in order (流动儿童接种率 — 流动儿童疫苗接种率).
    ``earlier``: the targets kept so far with the same value, unit, comparator and deadline.
    Not ``loose`` (a text not known to be news): only the same words said again, one quote
    inside the other (中国的人均预期寿命达到80岁以上 — 人均预期寿命达到80岁以上)."""
    if not earlier:
        return False
    key = compact(target.indicator_text)
    for other in earlier:
        if not (other.source and target.source):
            continue
        if other.source.sentence == target.source.sentence:
            continue
        lead = loose and not other.source.section_path  # a news item's lead, before its parts
        if other.source.section_path != target.source.section_path and not lead:
            continue  # a summary list and the section that details it each state it
        quotes = sorted((other.source.quote, target.source.quote), key=len)
        if not loose and quotes[0] not in quotes[1]:
            continue
        seen = compact(other.indicator_text)
        short, long = sorted((key, seen), key=len)
        scoped = long.endswith(short) and long != short  # 城镇居民…率 is not 居民…率 again
        if len(short) >= 4 and not scoped and _subsequence(short, long):
            return True
    return False


def _headline(text: str, sentence: Piece) -> bool:
    """A news page's headline (no full stop, not numbered): the first line with some words
    (a date or a breadcrumb such as ``首页 > 新闻`` above it skipped). It repeats a figure of
    the text below it."""
    if sentence.start > 400:
        return False
    line_start = text.rfind("\n", 0, sentence.start) + 1
    if _ORIGINAL_TITLE.match(text, line_start):
        return True  # 原标题：…: the headline the page was first printed under
    head = next((line for line in text[:500].split("\n") if _WORDED.search(line)), "")
    head = head.strip()
    if _BREADCRUMB.search(head):
        return False
    begin = text.find(head)
    return (
        0 < len(head) < 80
        and begin <= sentence.start
        and sentence.end <= begin + len(head)
        and not re.search("[。；]", head)
        and marker(head) is None
        and not is_table_row(head)  # a table's first row, under a title too short to count
    )


# A headline stating a goal on its own: a year (2030年…率85%) or the words of a goal; not one
# reporting it met (目标提前实现, 已完成).
_YEAR_ALONE = re.compile(r"20\d\d年")
# A line naming the headline again: 原标题：…, 本文标题：…, 小编提示您本文原始标题是：…
_ORIGINAL_TITLE = re.compile(
    r"\s*[【\[(（]?[^，,。\n]{0,10}?(?:原标题|原题|原文标题|原始标题|文章标题|本文标题)"
    r"[】\]]?\s*(?:是|为)?\s*[:：《]"
)
# A sentence saying its figures were reached: 共完成, 圆满完成…任务, and the totals a report
# of work done gives (累计培训3000人次, 全区共新建12所, 共计投入5000万元) — unless a modal or a
# goal before makes it the work to do (确保全年共完成…, 到2025年累计建成…).
_DONE_SAID = scanning(
    r"(?:共|累计|圆满|超额|顺利)完成"
    r"|(?:(?<![公总])共(?!建(?!成|设)|享|同|治|用)|累计|共计|合计|总计)"
    r"(?:新建|新增|建成|建设|建立|培育|培养|创建|创成|打造|引进|招聘|培训|组建|改造|开展|"
    r"提供|举办|组织|实施|设立|筛查|检查|接种|覆盖|配备|资助|救助|补助|发放|投入|签约|服务|"
    r"救治|治疗|随访|诊疗|收治|帮扶|惠及|受益|义诊|吸引|接待|参与|参加)"
)
_GOALS_HEADING = re.compile(r"目标|指标|任务|计划|安排")
_FLOOR_AFTER = re.compile(r"[^，,。；;]*?(?:不少于|不低于|至少)")
_WILL = re.compile(r"确保|力争|争取|努力|将|要|计划|拟|预计|(?:到|至)20\d\d年|年内|年底前")
_PAGE_GOES_ON = re.compile(r"[\[【(（]?(?:接上页|续上页|续前页|上接第?\d*页)[\]】)）]?")
_ITEM_IN_LINE = re.compile(r"\s*[(（]\d{1,2}[)）]")
# A bound written as a sign (≤12‰, ≥95%): a news item quotes a standard or a goal so, never
# a figure it reports
_SIGNED_BOUND = re.compile(r"[≤≥≦≧]\s*\d")
# What a news line tells as it is or was (一直保持, 目前, 已有, 2019年以来), not as the plan's goal
_JOINS_BEFORE = re.compile(r"(?:除此(?:以|之)外|此外|另外|同时|还有|与此同时)")
_TOLD_AS_IS = re.compile(r"目前|当前|现阶段|一直|已|截[至止]|以来|去年|上年|电[(（]|记者")
# 今年，某市将…; 明年还要…: a news item setting out the work of the year ahead
_WORK_AHEAD = re.compile(
    r"(?:今年|明年|年内|本年度?|下一步|下阶段)[^。；;，,]{0,12}[，,]?[^。；;]{0,8}(?:将|要|计划|拟)"
)
_PAST_NEWS = re.compile(r"提前(?:实现|完成|达到)|已(?:经)?(?:完成|实现|达到)|圆满完成")
_BREADCRUMB = re.compile(r"\S\s*[>›»]\s*\S")
_WORDED = re.compile(r"[\u4e00-\u9fff]{6}")


def _steps(found: list[Target]) -> list[Target]:
    """人均预期寿命较目前再增加约3岁，达到79岁: a change said on the way to the level the next
    target of the sentence names, of the same measure and unit — the level is the goal."""
    return [
        step
        for step, level in pairwise(found)
        if _change_beside_level(step, level)
        and level.unit == step.unit
        and not _yearly(step)  # 每年提高5%，年底达到70%: a change each year is a goal
    ]


_RELATIVE = (Comparator.increase_by, Comparator.decrease_by)


def _change_beside_level(change: Target, level: Target) -> bool:
    """A change and a level of one measure by one deadline (not …提高1岁左右，展望2035年，…
    达到80岁以上, where the level is of another year)."""
    return (
        change.comparator in _RELATIVE
        and level.comparator not in _RELATIVE
        and level.indicator_text == change.indicator_text
        and level.deadline == change.deadline
    )


def _yearly(target: Target) -> bool:
    """Whether the words just before a target's quote say its change is one each year."""
    if target.source is None or not target.source.sentence:
        return False
    sentence, quote = target.source.sentence, target.source.quote
    at = sentence.find(quote)
    return at >= 0 and _YEARLY.search(sentence, max(0, at - 8), at) is not None


_YEARLY = re.compile(r"每年|年均|逐年")


# …提升至88%（较2025年提高3个百分点）: the change a level makes, said in brackets after it
_CHANGE_ASIDE = re.compile(r"\s*[（(]\s*(?:较|比)[^（()）。；;]{0,24}")
_CHANGE_UNITS = {"%": ("%", "个百分点", "百分点")}


def _changes_in_brackets(found: list[Target], original: str) -> list[Target]:
    """规范管理率提升至88%（较2025年提高3个百分点）: the change in brackets after a level,
    of the same measure, restates the level — the level is the goal."""
    return [
        change
        for level, change in pairwise(found)
        if _change_beside_level(change, level)
        and change.unit in _CHANGE_UNITS.get(level.unit, (level.unit,))
        and level.source is not None
        and change.source is not None
        and _CHANGE_ASIDE.fullmatch(original, level.source.end, change.source.start) is not None
    ]
