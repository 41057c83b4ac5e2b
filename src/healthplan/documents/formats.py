"""Recognise a file's format from its content and extract its text.

``%PDF`` → pdf, a ZIP holding ``word/document.xml`` → docx, text whose start looks like HTML
markup → html, any other text → txt. The extension is not trusted.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

from healthplan.documents.decode import decode_text
from healthplan.documents.errors import IngestError
from healthplan.i18n import t

_HTML = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|div|p|table)\b", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5-hkscs": "big5hkscs"}


@dataclass
class Extracted:
    format: str
    text: str
    encoding: str | None = None
    title: str | None = None
    warnings: list[str] = field(default_factory=list)


def _html_encoding(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    encoding = match.group(1).decode("ascii").lower()
    return _ALIASES.get(encoding, encoding)


def _decode_html(data: bytes, name: str) -> tuple[str, str]:
    declared = _html_encoding(data)
    if declared:
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, name)


def extract(data: bytes, name: str) -> Extracted:
    """The text of ``data`` (the file ``name``) and how it was read."""
    head = data[:1024]
    if b"%PDF-" in head:
        from healthplan.documents.pdf import NoTextLayer, pdf_text

        try:
            return Extracted("pdf", pdf_text(data))
        except NoTextLayer:
            raise IngestError(
                name,
                t("the PDF has no text layer (a scanned or image-only PDF); run OCR on it first"),
            ) from None
        except Exception as error:
            raise IngestError(name, t("cannot read the PDF: {e}", e=error)) from None
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except zipfile.BadZipFile as error:
            raise IngestError(name, t("broken ZIP/.docx file: {e}", e=error)) from None
        if "word/document.xml" not in names:
            raise IngestError(name, t("a ZIP archive that is not a .docx file"))
        from healthplan.documents.docx import docx_text

        try:
            return Extracted("docx", docx_text(data))
        except Exception as error:
            raise IngestError(name, t("cannot read the .docx file: {e}", e=error)) from None
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise IngestError(name, t("a legacy .doc/.xls file; save it as .docx first"))
    if _HTML.search(head.decode("latin-1")):
        text, encoding = _decode_html(data, name)
    else:
        text, encoding = decode_text(data, name)
    if _HTML.search(text[:2048]):
        from healthplan.documents.html import html_text

        body, title = html_text(text)
        return Extracted("html", body, encoding, title)
    return Extracted("txt", text, encoding)
