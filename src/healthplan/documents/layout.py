"""Where the articles are in a page: site chrome trimmed, several articles split apart.

Text copied from web pages carries the site around the article: navigation lists, the
breadcrumb (``当前位置：首页 > …``), a byline with the publishing time, share bars, tags,
``相关热词搜索`` and footers. An article runs from the first line after the leading chrome to
the last line before the trailing chrome; nothing inside that range is dropped. A page that
holds several articles with numbered titles (``…工作要点一`` … ``…工作要点五``, ``…（篇二）``)
is split at those titles.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from healthplan.documents.numbering import CN_NUMERAL, ITEM_STYLES, either
from healthplan.documents.numerals import cn_to_int

_BREADCRUMB = re.compile(r"^\s*(?:当前位置|您的位置|你的位置|您现在的位置|所在位置|位置)\s*[:：]")
_BYLINE = re.compile(
    r"(?:时间|日期|发布时间|发布日期|来源|作者|浏览|阅读|点击|字号|打印)\s*[:：]"
    r"|^\s*\S{1,20}\s+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\d+)?\s*$"
    # a page store's date line, the outlet or the reporter after it (date 2025-11-18 明報新聞網)
    r"|^\s*date\s+\d{4}-\d{1,2}-\d{1,2}(?!\d)"
)
_TRAILER = re.compile(
    r"^\s*(?:相关热词搜索|热词搜索|标签\s*[:：]|上一篇|下一篇|相关阅读|相关文章|相关推荐|猜你喜欢"
    r"|分享到|【?打印本页|【?关闭窗口|版权所有|Copyright|©|主办单位|网站标识码|.{0,20}ICP备)"
)
# A navigation item is a short bulleted line; a long one is text (a page may bullet an article),
# and so is one ending a sentence (●新增托位60个。: a plan's item, where a link names a page).
_NAV_ITEM = re.compile(r"^\s*[•·▪◆■●►>»]\s*\S.{0,60}(?<![。；;！？!?\s])\s*$")
_ARTICLE = re.compile(
    rf"^\s*(?P<title>\S.{{3,59}}?)\s*(?:[（(]\s*)?(?:篇|第)?(?P<n>[{CN_NUMERAL}]{{1,3}}|\d{{1,2}})"
    r"(?:\s*[)）])?\s*$"
)
_SENTENCE_END = re.compile(r"[。；！？;]")


@dataclass
class Line:
    start: int  # normalised offset of the first character
    end: int  # just past the last character, newline excluded
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_lines(text: str) -> list[Line]:
    lines, position = [], 0
    for chunk in text.split("\n"):
        lines.append(Line(position, position + len(chunk), chunk))
        position += len(chunk) + 1
    return lines


# 主办单位 heads a site's footer and also labels who leads a plan's work item (主办单位：甲局,
# as 承办单位 and 协办单位 do): followed by another numbered item, it is the item's label.
_ROLE_LABEL = re.compile(r"^\s*[【\[〔]?主办单位")  # 主办单位：, 主办单位——, 【主办单位】
_ITEM_NUMBER = re.compile(rf"^\s*{either(*ITEM_STYLES, 'num_half')}")


# What a site's footer holds besides 主办单位 (its number, its address, its web name).
_FOOTER_MARK = re.compile(
    r"网站|网$|ICP|备案|技术支持|版权|地址|电话|邮编|联系|维护|www|\.cn|\.com"
)


def _role_label(lines: list[Line], i: int, last: int) -> bool:
    """Whether the trailer-like line ``i`` is a work item's role label: a numbered item
    follows, or one of the lines just before it opens an item and no footer's mark is near."""
    if not _ROLE_LABEL.match(lines[i].text):
        return False
    if any(_ITEM_NUMBER.match(line.text) for line in lines[i + 1 : last]):
        return True
    near = " ".join(line.text for line in lines[i : min(i + 3, last)])
    item_before = any(_ITEM_NUMBER.match(line.text) for line in lines[max(0, i - 3) : i])
    return item_before and not _FOOTER_MARK.search(near)


def _content_range(lines: list[Line]) -> tuple[int, int]:
    """Indices ``[first, last)`` of the lines that are the article, chrome trimmed."""
    first, last = 0, len(lines)
    for i, line in enumerate(lines[: max(60, len(lines) // 3)]):
        if _BREADCRUMB.match(line.text) and len(line.text) < 200:  # a long line is text
            first = i + 1
    while first < last and (lines[first].blank or _NAV_ITEM.match(lines[first].text)):
        first += 1
    for i in range(len(lines) - 1, first, -1):
        # a trailer followed by paragraphs of text ends one page, not the file (D3); a share
        # bar above a short page's article (分享到: then the text) is no trailer. The sums
        # only once the line is a trailer: taken at every line they were quadratic in lines.
        if (
            _TRAILER.match(lines[i].text)
            and i > first + (last - first) // 2
            and not _role_label(lines, i, last)
            and sum(line.text.rstrip().endswith("。") for line in lines[i:last]) < 3
            and sum(len(line.text) for line in lines[i:last])
            < sum(len(line.text) for line in lines[first:i])
        ):
            last = i
    while last > first and (lines[last - 1].blank or _NAV_ITEM.match(lines[last - 1].text)):
        last -= 1
    return first, last


def is_byline(text: str) -> bool:
    return len(text.strip()) < 80 and _BYLINE.search(text) is not None


def _article_titles(lines: list[Line], first: int, last: int) -> list[int]:
    """Line indices of numbered article titles sharing a stem, numbered 1, 2, 3 … (≥ 2)."""
    groups: dict[str, list[tuple[int, int]]] = {}
    for i in range(first, last):
        text = lines[i].text
        if _SENTENCE_END.search(text) or "、" in text[:4]:
            continue
        match = _ARTICLE.match(text)
        if match:
            number = cn_to_int(match.group("n"))
            if number:
                groups.setdefault(match.group("title").strip(), []).append((i, number))
    best: list[int] = []
    for found in groups.values():
        run: list[int] = []
        for i, number in found:
            if number == 1:
                run = [i]
            elif run and number == len(run) + 1:
                run.append(i)
            if len(run) >= 2 and len(run) > len(best):
                best = list(run)
    return best


def article_ranges(lines: list[Line]) -> tuple[list[tuple[int, int]], tuple[int, int]]:
    """Line-index ranges ``[a, b)`` of each article and of the preamble before the first."""
    first, last = _content_range(lines)
    titles = _article_titles(lines, first, last)
    if not titles:
        return ([(first, last)] if first < last else []), (first, first)
    bounds = [*titles, last]
    ranges = []
    before = "".join(line.text.strip() for line in lines[first : titles[0]])
    if len(before) > 400 and _SENTENCE_END.search(before):
        bounds.insert(0, first)  # text before the numbered articles is an article of its own
    for a, b in itertools.pairwise(bounds):
        while b > a and lines[b - 1].blank:
            b -= 1
        ranges.append((a, b))
    return ranges, (first, titles[0])
