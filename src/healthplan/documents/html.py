"""The main content of a web page saved from a government or mirror site.

Scripts, styles, forms and the page's chrome (elements named nav/menu/breadcrumb/share/footer/…,
share bars ``分享到``) are removed; breadcrumbs left in the text (``当前位置``) and trailers such as
``相关热词搜索`` are cut by :mod:`layout`, as for text files. The content block is found by
descending from ``<body>`` into the child that holds most (≥ 70 %) of the Chinese text.
Block elements become lines, table cells are separated by tabs.
"""

from __future__ import annotations

import re
from typing import Any

from bs4 import BeautifulSoup, CData, NavigableString, Tag

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "select",
    "button",
    "input",
    "svg",
    "textarea",
    "template",
)
_CHROME = re.compile(
    r"^(?:nav|navbar|menu|breadcrumbs?|crumbs?|position|location|share|bdshare|footer|foot"
    r"|header|head|sidebar|side|copyright|related|hot|hotwords?|tags?|pagination|pager|comments?"
    r"|login|search|toolbar|top|bottom|banner|ad|ads|advert)$"
)
_CHROME_TEXT = re.compile(r"^\s*(?:分享到|打印本页|关闭窗口)")
_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "ul",
    "ol",
    "main",
    "hr",
    "center",
    "dl",
}
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _is_chrome(tag: Tag) -> bool:
    names: list[str] = []
    for attr in ("id", "class"):
        value = tag.get(attr)
        names.extend(value if isinstance(value, list) else [value] if value else [])
    parts = {part.lower() for name in names for part in re.split(r"[-_\s]+", name) if part}
    return any(_CHROME.match(part) for part in parts)


def _cjk_counts(root: Tag) -> dict[int, int]:
    """Chinese characters under every element, in one pass from the leaves up (calling
    ``get_text()`` per element was quadratic: 10,000 nested ``<div>`` took 30 s)."""
    counts: dict[int, int] = {}
    stack: list[tuple[Tag, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if children_done:
            total = 0
            for child in node.children:
                if isinstance(child, Tag):
                    total += counts[id(child)]
                elif type(child) in (NavigableString, CData):
                    total += len(_CJK.findall(str(child)))
            counts[id(node)] = total
            continue
        stack.append((node, True))
        stack.extend((c, False) for c in node.children if isinstance(c, Tag))
    return counts


def _render(root: Tag, out: list[str]) -> None:
    # Iterative: nesting thousands of elements deep must not hit the recursion limit.
    stack: list[Any] = list(reversed(list(root.children)))
    while stack:
        item = stack.pop()
        if isinstance(item, Tag):
            name = item.name
            if name in ("td", "th"):
                out.append("\t")
            if name in _BLOCK:
                out.append("\n")
            if name in _BLOCK and name != "br":
                stack.append("\n")  # a plain str: the block's closing line break
            stack.extend(reversed(list(item.children)))
        elif isinstance(item, NavigableString):
            if type(item) is NavigableString:
                out.append(_SPACES.sub(" ", str(item)))
        else:
            out.append(item)


def html_text(markup: str) -> tuple[str, str | None]:
    """``(text, title)`` of the page's main content."""
    soup = BeautifulSoup(markup, "lxml")
    title_tag = soup.find("h1") or soup.find("title")
    title = title_tag.get_text(" ", strip=True) if title_tag else None
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    stack: list[Tag] = [soup]
    while stack:  # top-down, so a removed block's descendants are never looked at
        for child in [c for c in stack.pop().children if isinstance(c, Tag)]:
            if child.name not in ("html", "body") and _is_chrome(child):
                child.decompose()
            else:
                stack.append(child)
    for found in soup.find_all(string=_CHROME_TEXT):
        block = found.parent
        while block is not None and block.name not in _BLOCK:
            block = block.parent
        if block is not None and block.name not in ("html", "body"):
            block.decompose()
    root: Tag = soup.body or soup
    counts = _cjk_counts(root)
    total = counts[id(root)]
    while total:
        best = max(
            (c for c in root.children if isinstance(c, Tag)),
            key=lambda c: counts[id(c)],
            default=None,
        )
        if best is None or counts[id(best)] < 0.7 * total:
            break
        root, total = best, counts[id(best)]
    out: list[str] = []
    _render(root, out)
    lines = [line.rstrip(" \t") for line in "".join(out).split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(line if line.strip() else "" for line in lines))
    return text.strip("\n"), title
