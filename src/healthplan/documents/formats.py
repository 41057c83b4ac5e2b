"""Recognise a file's format from its content and read its text, through a registry.

Each :class:`DocumentFormat` says how to recognise a file from its first bytes (``sniff``)
and how to read it (``read``); :func:`read_text` tries the registered formats in order and
falls back to plain text. The extension is not trusted (``suffixes`` only documents which
files a format covers). Built in: ``%PDF`` → pdf, a ZIP holding ``word/document.xml`` →
docx, an OLE2 container (legacy .doc/.xls) → a clear refusal, text whose start looks like
HTML markup → html, any other text → txt.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field

from healthplan.documents.decode import decode_text, replaced_bytes
from healthplan.documents.errors import IngestError
from healthplan.i18n import t

__all__ = [
    "ARCHIVE_LIMITS",
    "DOCUMENT_FORMATS",
    "ArchiveLimits",
    "DocumentFormat",
    "Extracted",
    "document_formats",
    "read_text",
    "register_document_format",
]

_HTML = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|div|p|table)\b", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5-hkscs": "big5hkscs"}
_HEAD = 1024  # bytes a sniffer looks at


@dataclass
class ArchiveLimits:
    """How far a ZIP-based document (.docx) may expand, checked on the archive's directory
    before anything is unpacked: a 4 MB file can hold a 1 GB ``document.xml`` (a zip bomb).
    Python's zipfile never unpacks more than an entry declares, so the declared sizes bind.
    Set with ``HEALTHPLAN_MAX_UNPACKED_MB`` and ``HEALTHPLAN_MAX_UNPACK_RATIO``."""

    max_bytes: int = int(os.environ.get("HEALTHPLAN_MAX_UNPACKED_MB", "50")) * 1_000_000
    max_ratio: float = float(os.environ.get("HEALTHPLAN_MAX_UNPACK_RATIO", "200"))


ARCHIVE_LIMITS = ArchiveLimits()


def check_archive(archive: zipfile.ZipFile, size: int, name: str) -> None:
    """Refuse ``archive`` (``size`` bytes on disk) if it unpacks beyond :data:`ARCHIVE_LIMITS`."""
    unpacked = sum(entry.file_size for entry in archive.infolist())
    if unpacked > ARCHIVE_LIMITS.max_bytes:
        raise IngestError(
            name,
            t(
                "the archive unpacks to {mb} MB, more than the limit of {limit} MB "
                "(HEALTHPLAN_MAX_UNPACKED_MB)",
                mb=unpacked // 1_000_000,
                limit=ARCHIVE_LIMITS.max_bytes // 1_000_000,
            ),
        )
    if unpacked > 10_000_000 and unpacked > ARCHIVE_LIMITS.max_ratio * max(size, 1):
        raise IngestError(
            name,
            t(
                "the archive unpacks to {ratio} times its size, more than the limit of "
                "{limit} (HEALTHPLAN_MAX_UNPACK_RATIO): a zip bomb?",
                ratio=round(unpacked / max(size, 1)),
                limit=round(ARCHIVE_LIMITS.max_ratio),
            ),
        )


@dataclass
class Extracted:
    format: str
    text: str
    encoding: str | None = None
    title: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DocumentFormat:
    """A document format: ``sniff(head)`` says whether the first bytes are this format
    (``None``: the fallback, used when no other format claims the file) and
    ``read(data, name)`` returns the text or raises :class:`IngestError` naming ``name``."""

    name: str
    suffixes: tuple[str, ...]
    sniff: Callable[[bytes], bool] | None
    read: Callable[[bytes, str], Extracted]


DOCUMENT_FORMATS: dict[str, DocumentFormat] = {}


def register_document_format(fmt: DocumentFormat) -> DocumentFormat:
    """Add ``fmt`` to the registry; formats are sniffed in the order registered."""
    DOCUMENT_FORMATS[fmt.name] = fmt
    return fmt


def document_formats() -> list[str]:
    """Names of the registered document formats."""
    return list(DOCUMENT_FORMATS)


def read_text(data: bytes, name: str) -> Extracted:
    """The text of ``data`` (the file ``name``) and how it was read."""
    head = data[:_HEAD]
    chosen = next(
        (f for f in DOCUMENT_FORMATS.values() if f.sniff is not None and f.sniff(head)),
        None,
    ) or next(f for f in DOCUMENT_FORMATS.values() if f.sniff is None)
    return chosen.read(data, name)


def _read_pdf(data: bytes, name: str) -> Extracted:
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


def _read_docx(data: bytes, name: str) -> Extracted:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as error:
        raise IngestError(name, t("broken ZIP/.docx file: {e}", e=error)) from None
    check_archive(archive, len(data), name)
    if "word/document.xml" not in set(archive.namelist()):
        raise IngestError(name, t("a ZIP archive that is not a .docx file"))
    from healthplan.documents.docx import docx_text

    try:
        return Extracted("docx", docx_text(data))
    except Exception as error:
        raise IngestError(name, t("cannot read the .docx file: {e}", e=error)) from None


def _refuse_legacy(data: bytes, name: str) -> Extracted:
    raise IngestError(name, t("a legacy .doc/.xls file; save it as .docx first"))


def _html_encoding(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    encoding = match.group(1).decode("ascii").lower()
    return _ALIASES.get(encoding, encoding)


def _html(text: str, encoding: str | None) -> Extracted:
    from healthplan.documents.html import html_text

    body, title = html_text(text)
    return Extracted("html", body, encoding, title)


def _read_html(data: bytes, name: str) -> Extracted:
    declared = _html_encoding(data)
    if declared:
        try:
            return _html(data.decode(declared), declared)
        except (LookupError, UnicodeDecodeError):
            pass
    text, encoding = decode_text(data, name)
    return _html(text, encoding) if _HTML.search(text[:2048]) else Extracted("txt", text, encoding)


def _read_txt(data: bytes, name: str) -> Extracted:
    text, encoding = decode_text(data, name)
    # Markup in a wide encoding (UTF-16) shows only once decoded.
    found = _html(text, encoding) if _HTML.search(text[:2048]) else Extracted("txt", text, encoding)
    replaced = replaced_bytes(data, text) if encoding == "utf-8" else 0
    if replaced:
        found.warnings.append(
            t("{n} byte sequence(s) that are not UTF-8 were replaced by �", n=replaced)
        )
    return found


for _builtin in (
    DocumentFormat("pdf", (".pdf",), lambda head: b"%PDF-" in head, _read_pdf),
    DocumentFormat("docx", (".docx",), lambda head: head.startswith(b"PK\x03\x04"), _read_docx),
    DocumentFormat(
        "ole", (".doc", ".xls"), lambda head: head.startswith(b"\xd0\xcf\x11\xe0"), _refuse_legacy
    ),
    DocumentFormat(
        "html",
        (".html", ".htm"),
        lambda head: _HTML.search(head.decode("latin-1")) is not None,
        _read_html,
    ),
    DocumentFormat("txt", (".txt",), None, _read_txt),
):
    register_document_format(_builtin)
