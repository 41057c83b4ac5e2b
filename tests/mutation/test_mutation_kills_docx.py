"""The .docx reader's paths the mutation run of ``documents/docx.py`` found unguarded: list
labels Word shows that the file only implies (defaults, a numbered default style, a level
format of "none"), and table cells written on several lines. Each expected text is what
Word displays for the hand-written numbering definition beside it."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from healthplan.documents.docx import docx_text
from test_core_rules import _docx, _numbered, _numbering


def _bare_level(document, abstract_id: int, num_id: int, lvl_xml: str) -> None:  # type: ignore[no-untyped-def]
    """A numbering definition of one level written as ``lvl_xml`` (elements may be missing)."""
    root = document.part.numbering_part.element
    root.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{lvl_xml}'
            "</w:abstractNum>"
        )
    )
    root.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            "</w:num>"
        )
    )


def test_a_level_without_start_or_format_counts_in_digits_from_one() -> None:
    def build(document) -> None:  # type: ignore[no-untyped-def]
        # only the label text is written, and no level number (level 0): 1, 2 in decimal
        _bare_level(document, 80, 80, '<w:lvl><w:lvlText w:val="第%1条"/></w:lvl>')
        # nothing but the level: no label text, so no label
        _bare_level(document, 81, 81, '<w:lvl w:ilvl="0"><w:start w:val="3"/></w:lvl>')
        # a start and a label text without their values: from 1, no label
        _bare_level(
            document, 87, 87, '<w:lvl w:ilvl="0"><w:start/><w:lvlText w:val="%1．"/></w:lvl>'
        )
        _bare_level(document, 88, 88, '<w:lvl w:ilvl="0"><w:lvlText/></w:lvl>')
        _numbered(document, "总则", 80, 0)
        _numbered(document, "目标", 80, 0)
        _numbered(document, "无文字", 81, 0)
        _numbered(document, "从一", 87, 0)
        _numbered(document, "空文字", 88, 0)

    assert _docx(build).split("\n") == ["第1条总则", "第2条目标", "无文字", "1．从一", "空文字"]


def test_a_label_naming_a_level_not_yet_counted_shows_its_start() -> None:
    def build(document) -> None:  # type: ignore[no-untyped-def]
        # level 0 shows level 1 too, which starts at 5 and has not been counted yet;
        # level 2 is not defined at all: it shows 1
        _numbering(document, 89, 89, [(0, "decimal", "%1-%2-%3", 1), (1, "decimal", "%2", 5)])
        _numbered(document, "甲", 89, 0)

    assert _docx(build) == "1-5-1甲"


def test_full_width_numbers_past_nine() -> None:
    def build(document) -> None:  # type: ignore[no-untyped-def]
        _numbering(document, 90, 90, [(0, "decimalFullWidth", "%1．", 9)])
        for text in ("九", "十"):
            _numbered(document, text, 90, 0)

    assert _docx(build).split("\n") == ["９．九", "１０．十"]


def test_a_level_of_format_none_and_a_numbering_without_id_show_no_label() -> None:
    def build(document) -> None:  # type: ignore[no-untyped-def]
        _numbering(document, 82, 82, [(0, "none", "%1.", 1), (1, "decimal", "%2)", 1)])
        _numbered(document, "不编号", 82, 0)
        _numbered(document, "编号", 82, 1)
        paragraph = document.add_paragraph("只有级别")
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/></w:numPr>')
        )

    assert _docx(build).split("\n") == ["不编号", "1)编号", "只有级别"]


def test_circled_numbers_from_zero_and_taiwanese_counting() -> None:
    def build(document) -> None:  # type: ignore[no-untyped-def]
        # a list may start at 0, which has no circled form; Word shows the digit
        _numbering(document, 83, 83, [(0, "decimalEnclosedCircle", "%1", 0)])
        _numbering(document, 84, 84, [(0, "taiwaneseCounting", "%1、", 9)])
        _numbering(document, 85, 85, [(0, "taiwaneseCountingThousand", "（%1）", 11)])
        for text in ("零", "一"):
            _numbered(document, text, 83, 0)
        for text in ("九", "十"):
            _numbered(document, text, 84, 0)
        _numbered(document, "十一", 85, 0)

    assert _docx(build).split("\n") == ["0零", "①一", "九、九", "十、十", "（十一）十一"]


@pytest.mark.parametrize("default", ["1", "true", "on"])  # the ways OOXML writes "yes"
def test_a_numbered_default_style_labels_plain_paragraphs(default: str) -> None:
    def build(document) -> None:  # type: ignore[no-untyped-def]
        _numbering(document, 86, 86, [(0, "chineseCounting", "%1、", 1)])
        styles = document.styles.element
        for style in styles.findall(qn("w:style")):
            if style.get(qn("w:type")) == "paragraph" and style.get(qn("w:default")) == "1":
                style.set(qn("w:default"), default)
                style.get_or_add_pPr().append(
                    parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="86"/></w:numPr>')
                )
        document.add_paragraph("总体要求")
        # a style the file does not define: Word falls back on the default style
        paragraph = document.add_paragraph("主要目标")
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:pStyle {nsdecls("w")} w:val="NoSuchStyle"/>')
        )

    assert _docx(build).split("\n")[-2:] == ["一、总体要求", "二、主要目标"]


def test_a_cell_written_on_two_lines_is_read_on_one() -> None:
    def build(document) -> None:  # type: ignore[no-untyped-def]
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "孕产妇\n死亡率"
        cell = table.cell(0, 1)
        cell.text = "10/10万"
        cell.add_paragraph("以下")

    assert _docx(build) == "孕产妇 死亡率\t10/10万 以下"


def test_a_document_without_numbering_is_read() -> None:
    document = docx.Document()
    document.add_paragraph("第一段")
    document.add_paragraph("第二段", style="List Number")  # the style's numbering is gone
    part = document.part
    for rel_id, rel in list(part.rels.items()):
        if rel.reltype.endswith("/numbering"):
            del part.rels[rel_id]
    buffer = io.BytesIO()
    document.save(buffer)
    assert docx_text(buffer.getvalue()) == "第一段\n第二段"
