"""Metadata a plan states about itself: title, issuing body, document number, date, period."""

from __future__ import annotations

import re

from healthplan.documents.layout import Line, is_byline
from healthplan.documents.model import Metadata
from healthplan.documents.numerals import cn_to_int, year_digits
from healthplan.documents.outline import marker

_ORG = (
    r"(?:人民政府|政府|办公室|办公厅|委员会|卫生健康委|卫健委|卫生局"
    r"|局|厅|部|中心|领导小组|党组|委)"
)
_ISSUER_IN_TITLE = re.compile(rf"^(?P<issuer>\S{{2,40}}?{_ORG})(?:关于|印发|转发)")
_ISSUER_LINE = re.compile(rf"^\s*(?P<issuer>[\u4e00-\u9fff、]{{2,30}}{_ORG})\s*$")
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[【(（]\d{4}[〕\]】)）]\s*\d{1,4}\s*号")
# (a news page's date line may name the weekday: 2019年6月5日 星期三)
_DATE = re.compile(
    r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:(?:星期|周)[一二三四五六日天])?\s*$"
)
_CN_DATE = re.compile(
    r"^\s*([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日\s*$"
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# a page store's date line, also where the page's text runs straight on after it (date
# 2026-02-25 政府發表…), which is then no byline
_STORE_DATE = re.compile(r"^\s*date\s+(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
# a newspaper's print line under a reprinted article: 《 人民日报 》( 2023年06月12日 11 版)
_EDITION = re.compile(
    r"[(（]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*\d{1,3}\s*版\s*[)）]\s*$"
)
# 十四五, “九五”: not a numeral's part (二〇三五年, 第十五个, 十五年, 十五万)
_FIVE_YEAR = re.compile(
    r"(?<![〇○零一二三四五六七八九十百第])“?(十[一二三四五六七八九]?|[三四五六七八九])五"
    r"(?![年个万千百十〇○零一二三四五六七八九\d])”?"
)
# …and its full name (第十四个五年规划, 第九个五年计划)
_NTH_FIVE = re.compile(r"第([一二三四五六七八九十]{1,3})个五年(?:规划|计划)")
# A school year (2011-2012学年, 2024—2025学年度): its plan's statements are due by the year
# it ends in, as a financial year's are; shared with the deadlines' reading of a run-in title
SCHOOL_YEAR = re.compile(r"(20\d{2}|19\d{2})\s*[-—–―－~至到]\s*(20\d{2}|19\d{2})\s*学年")
_YEARS = re.compile(r"(20\d{2}|19\d{2})\s*[-—–―－~至到]\s*(20\d{2}|19\d{2})\s*年")
_YEAR = re.compile(r"(20\d{2}|19\d{2})\s*年")
_ANNUAL = re.compile(r"计划|要点|工作|方案|安排|任务")
_TITLE_WORDS = re.compile(r"规划|计划|方案|要点|通知|意见|办法|纲要|报告|行动|决定|细则|措施|总结")


def _iso(year: int, month: int, day: int) -> str | None:
    if 1949 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _date(text: str) -> str | None:
    match = _DATE.match(text) or _EDITION.search(text)
    if match:
        return _iso(*(int(g) for g in match.groups()))
    match = _CN_DATE.match(text)
    if match:
        year = int(year_digits(match.group(1)))
        month, day = cn_to_int(match.group(2)), cn_to_int(match.group(3))
        if month and day:
            return _iso(year, month, day)
    return None


def five_year_period(ordinal: int) -> str:
    """The years of the n-th five-year plan (from the third on): 14 → ``2021-2025``."""
    start = 1966 + 5 * (ordinal - 3)
    return f"{start}-{start + 4}"


def _title(lines: list[Line]) -> str | None:
    for line in lines[:12]:
        text = line.text.strip()
        if not text or is_byline(text):
            continue
        if marker(text) or len(text) > 80 or re.search("[。；]", text):
            return None
        # a news headline naming the year's work (2026年某市卫生健康工作这么干) titles the page
        if _TITLE_WORDS.search(text) or (_YEAR.search(text) and _ANNUAL.search(text)):
            return text
    return None


def metadata(lines: list[Line], preamble: list[Line], title: str | None = None) -> Metadata:
    """Metadata from a document's lines; ``preamble`` holds the lines before it on the page."""
    title = title or _title(lines)
    meta = Metadata(title=title)
    head = [line.text for line in lines[:40]]
    tail = [line.text for line in lines[-12:]]
    if title:
        match = _ISSUER_IN_TITLE.match(title)
        if match:
            meta.issuer = match.group("issuer")
    for texts in (head, tail):
        for i, text in enumerate(texts):
            date = _date(text)
            if not date:
                continue
            meta.date = meta.date or date
            for previous in reversed(texts[max(0, i - 3) : i]):
                match = _ISSUER_LINE.match(previous)
                if match:
                    meta.issuer = meta.issuer or match.group("issuer")
                    break
    if meta.date is None:
        for text in [line.text for line in preamble] + head[:5]:
            match = _ISO_DATE.search(text) if is_byline(text) else _STORE_DATE.match(text)
            if match:
                meta.date = _iso(*(int(g) for g in match.groups()))
                break
    for text in head[:12]:
        match = _DOC_NUMBER.search(text)
        if match and len(text.strip()) <= len(match.group()) + 4:
            meta.doc_number = match.group().replace(" ", "")
            break
    span = title_years(title or "")
    if span and span[0] == span[1]:
        meta.plan_year = span[0]
    elif span:
        meta.plan_period = f"{span[0]}-{span[1]}"
    return meta


def title_years(title: str) -> tuple[int, int] | None:
    """The years a plan's title names: a five-year plan's (十四五 → 2021, 2025), a period
    (2021-2025年), a school year's end (2011-2012学年 → 2012, 2012), or an annual plan's year
    (2024年…工作要点 → 2024, 2024)."""
    five = _NTH_FIVE.search(title) or _FIVE_YEAR.search(title)
    years = _YEARS.search(title)
    if five and (ordinal := cn_to_int(five.group(1))):
        first, last = five_year_period(ordinal).split("-")
        return int(first), int(last)
    if school := SCHOOL_YEAR.search(title):
        return int(school.group(2)), int(school.group(2))
    if years:
        return int(years.group(1)), int(years.group(2))
    if (year := _YEAR.search(title)) and _ANNUAL.search(title):
        return int(year.group(1)), int(year.group(1))
    return None
