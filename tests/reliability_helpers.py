"""Builders of hostile and broken files, shared by the reliability tests and
``bench/reliability.py``: a real .docx with any body, a workbook of rows with a tweak."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import openpyxl


def docx_with(document_xml: bytes) -> bytes:
    """A real .docx (python-docx's template) whose ``word/document.xml`` is ``document_xml``."""
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = document_xml if item.filename == "word/document.xml" else source.read(item)
            target.writestr(item.filename, data)
    return out.getvalue()


def paragraphs(n: int, text: str = "全市人均预期寿命达到80岁。") -> bytes:
    """A ``document.xml`` of ``n`` plain paragraphs."""
    body = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" * n
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    ).encode()


def workbook_maker(
    rows: list[list[object]], tweak: Callable[[openpyxl.Workbook], None] | None = None
) -> Callable[[Path], None]:
    """Something that writes a workbook (sheet ``values`` holding ``rows``) to a path."""

    def make(path: Path) -> None:
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "values"
        for row in rows:
            sheet.append(row)
        if tweak:
            tweak(book)
        book.save(path)

    return make
