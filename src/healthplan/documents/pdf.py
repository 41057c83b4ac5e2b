"""Text of a PDF with a text layer, page by page in reading order.

Running headers and footers (lines in the top or bottom band of the page that repeat on most
pages once digits are ignored, and page numbers such as ``- 3 -`` or ``第3页``) are removed.
Lines wrapped by the layout are joined back into paragraphs: a line continues the previous
one unless the previous one stopped short of the right margin or this one is indented.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from typing import Any

import pdfplumber

_PAGE_NUMBER = re.compile(
    r"^[-—–\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／]\s*(?:共\s*)?\d{1,4}\s*页?)?[-—–\s]*$"
)
_DIGITS = re.compile(r"\d+")
_BAND = 0.09
_WORD = re.compile(r"[A-Za-z0-9.%/\-_:,+]+")
_ENDS = "。；：！？;:!?"
_HEADING = re.compile(
    r"第.{1,4}[章节]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[、.．]"
)


class NoTextLayer(Exception):
    """The PDF has pages but no text: it is scanned or made of images."""


def _page_lines(page: Any) -> list[dict[str, Any]]:
    return [
        line
        for line in page.extract_text_lines(layout=False, strip=True, return_chars=False)
        if line["text"].strip()
    ]


def _is_band(line: dict[str, Any], height: float) -> bool:
    return bool(line["top"] < _BAND * height or line["bottom"] > (1 - _BAND) * height)


def _wrapped(gap: float, size: float, previous: str, line: str) -> bool:
    """Whether a line that stopped ``gap`` short of the margin was wrapped because the next
    line's first word (digits, Latin letters) did not fit."""
    word = _WORD.match(line)
    if not word or previous[-1:] in _ENDS:
        return False
    return gap < (0.6 * len(word.group()) + 1.0) * size


def _paragraphs(lines: list[dict[str, Any]], out: list[str], gap: float | None) -> float | None:
    """Append the page's paragraphs to ``out``. ``gap`` is how far short of the right margin
    the last line stopped (``None`` before the first line); the same is returned."""
    if not lines:
        return gap
    left = min(line["x0"] for line in lines)
    right = max(line["x1"] for line in lines)
    for line in lines:
        size = max(line["bottom"] - line["top"], 1.0)
        text = line["text"]
        indented = line["x0"] > left + 0.8 * size
        heading = _HEADING.match(text) and out and out[-1][-1:] in _ENDS
        runs_on = gap is not None and (gap < 2.5 * size or _wrapped(gap, size, out[-1], text))
        if out and runs_on and not indented and not heading:
            out[-1] += text
        else:
            out.append(text)
        gap = right - line["x1"]
    return gap


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [(page.height, _page_lines(page)) for page in pdf.pages]
    if not pages or not any(lines for _, lines in pages):
        raise NoTextLayer
    repeated: Counter[str] = Counter()
    for height, lines in pages:
        keys = {_DIGITS.sub("#", ln["text"].strip()) for ln in lines if _is_band(ln, height)}
        repeated.update(keys)
    threshold = max(2, (len(pages) + 1) // 2)
    out: list[str] = []
    gap: float | None = None
    for height, lines in pages:
        body = [
            ln
            for ln in lines
            if not (
                _is_band(ln, height)
                and (
                    _PAGE_NUMBER.match(ln["text"])
                    or (
                        len(pages) > 1
                        and repeated[_DIGITS.sub("#", ln["text"].strip())] >= threshold
                    )
                )
            )
        ]
        gap = _paragraphs(body, out, gap)
    return "\n".join(out)
