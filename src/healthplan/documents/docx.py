"""Text of a .docx in reading order: paragraphs with their Word numbering rendered as text
(``一、``, ``（一）``, ``1.``, ``①`` …), tables row by row with cells separated by tabs."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

import docx
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from healthplan.documents.numerals import CIRCLED, int_to_cn

_LEVEL = re.compile(r"%(\d)")


def _format(value: int, fmt: str) -> str:
    if fmt in (
        "chineseCounting",
        "chineseCountingThousand",
        "ideographTraditional",
        "chineseLegalSimplified",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
    ):
        return int_to_cn(value)
    if fmt.startswith("decimalEnclosedCircle") and 0 < value <= len(CIRCLED):
        return CIRCLED[value - 1]
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(value))
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = ""
        for number, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
            while value >= number:
                roman, value = roman + numeral, value - number
        return roman.upper() if fmt == "upperRoman" else roman
    return str(value)


class _Numbering:
    """Renders the list labels Word computes at display time."""

    def __init__(self, document: WordDocument) -> None:
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.nums: dict[str, str] = {}
        self.counters: dict[str, dict[int, int]] = {}
        # numPr of each paragraph style, read once: python-docx's ``paragraph.style`` scans
        # every style on each call, which made a 100,000-paragraph file take minutes.
        self.style_numbering: dict[str | None, Any] = {}
        styles = document.styles.element
        for style in styles.findall(qn("w:style")):
            if style.get(qn("w:type")) != "paragraph":
                continue
            ppr = style.pPr
            found = ppr.numPr if ppr is not None else None
            self.style_numbering[style.get(qn("w:styleId"))] = found
            if style.get(qn("w:default")) in ("1", "true", "on"):
                self.style_numbering[None] = found
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        for abstract in root.findall(qn("w:abstractNum")):
            levels: dict[int, tuple[int, str, str]] = {}
            for lvl in abstract.findall(qn("w:lvl")):
                start, fmt, text = (
                    lvl.find(qn("w:start")),
                    lvl.find(qn("w:numFmt")),
                    lvl.find(qn("w:lvlText")),
                )
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = (
                    int(start.get(qn("w:val"), "1")) if start is not None else 1,
                    fmt.get(qn("w:val"), "decimal") if fmt is not None else "decimal",
                    text.get(qn("w:val"), "") if text is not None else "",
                )
            self.levels[abstract.get(qn("w:abstractNumId"), "")] = levels
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is not None:
                self.nums[num.get(qn("w:numId"), "")] = ref.get(qn("w:val"), "")

    def label(self, paragraph: Paragraph) -> str:
        ppr = paragraph._p.pPr
        num_pr: Any = ppr.numPr if ppr is not None else None
        if num_pr is None:
            style_id = ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else None
            num_pr = self.style_numbering.get(style_id, self.style_numbering.get(None))
        if num_pr is None or num_pr.numId is None:
            return ""
        abstract = self.nums.get(str(num_pr.numId.val))
        levels = self.levels.get(abstract or "")
        if not levels:
            return ""
        ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        start, fmt, text = levels.get(ilvl, (1, "decimal", f"%{ilvl + 1}."))
        if fmt in ("bullet", "none"):
            return ""
        counters = self.counters.setdefault(abstract or "", {})
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [level for level in counters if level > ilvl]:
            del counters[deeper]

        def value(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            lstart, lfmt, _ = levels.get(level, (1, "decimal", ""))
            return _format(counters.get(level, lstart), lfmt)

        return _LEVEL.sub(value, text)


def _blocks(document: WordDocument) -> Iterator[Paragraph | Table]:
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, document)
        elif child.tag == qn("w:tbl"):
            yield Table(child, document)


def _row_text(row_cells: list[str]) -> str:
    return "\t".join(cell.replace("\n", " ") for cell in row_cells)


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    numbering = _Numbering(document)
    lines: list[str] = []
    for block in _blocks(document):
        if isinstance(block, Paragraph):
            lines.append(numbering.label(block) + block.text)
            continue
        for row in block.rows:
            cells, seen = [], set()
            for cell in row.cells:
                if id(cell._tc) not in seen:
                    seen.add(id(cell._tc))
                    cells.append(cell.text)
            lines.append(_row_text(cells))
    return "\n".join(lines)
