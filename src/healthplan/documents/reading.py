"""The documents stage: bytes or a path in, a :class:`SourceFile` out."""

from __future__ import annotations

from pathlib import Path

from healthplan.documents.errors import IngestError
from healthplan.documents.formats import read_text
from healthplan.documents.layout import Line, article_ranges, split_lines
from healthplan.documents.metadata import metadata
from healthplan.documents.model import Document, SourceFile, Span
from healthplan.documents.normalisation import (
    Normalised,
    detect_variant,
    drop_page_numbers,
    normalise,
)
from healthplan.documents.outline import outline
from healthplan.documents.sentences import sentences
from healthplan.i18n import t


def _read(source: str | Path | bytes, name: str | None) -> tuple[bytes, str]:
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source), name or "<bytes>"
    path = Path(source)
    label = name or path.name
    try:
        return path.read_bytes(), label
    except FileNotFoundError:
        raise IngestError(label, t("file not found")) from None
    except OSError as error:
        raise IngestError(label, t("cannot read the file: {e}", e=error.strerror)) from None


def _document(
    norm: Normalised,
    lines: list[Line],
    first: int,
    last: int,
    preamble: list[Line],
    title: str | None,
    base_meta: dict[str, object],
) -> Document:
    text_all = norm.text
    begin = lines[first].start + len(lines[first].text) - len(lines[first].text.lstrip())
    end = lines[last - 1].start + len(lines[last - 1].text.rstrip())
    starts, ends = norm.starts, norm.ends

    def span(a: int, b: int) -> tuple[int, int]:
        if a >= b:
            return starts[begin + a], starts[begin + a]
        return starts[begin + a], ends[begin + b - 1]

    text = text_all[begin:end]
    local = split_lines(text)
    original_start, original_end = span(0, len(text))
    meta = metadata(local, preamble, title)
    for key, value in base_meta.items():
        setattr(meta, key, value)
    unrepaired = [
        Span(start=a, end=b) for a, b in norm.unrepaired if original_start <= a < original_end
    ]
    if unrepaired:
        meta.warnings.append(
            t(
                "{n} span(s) of mojibake could not be repaired and were kept as they are",
                n=len(unrepaired),
            )
        )
    return Document.model_construct(
        start=original_start,
        end=original_end,
        text=text,
        offsets=[*starts[begin:end], original_end],
        ends=ends[begin:end],
        metadata=meta,
        sections=outline(text, local, span),
        sentences=sentences(text, span),
        unrepaired=unrepaired,
    )


def ingest(source: str | Path | bytes, *, name: str | None = None) -> SourceFile:
    """Read a plan document (.txt in any common Chinese encoding, .docx, .pdf, .html).

    ``source`` is a path or the file's bytes (then ``name`` names it in messages). Raises
    :class:`IngestError`, naming the file, when it cannot be read as a document.
    """
    data, label = _read(source, name)
    if not data.strip():
        raise IngestError(label, t("the file is empty"))
    extracted = read_text(data, label)
    original = extracted.text
    variant = detect_variant(original)
    norm = normalise(original, variant=variant)
    drop_page_numbers(norm)
    lines = split_lines(norm.text)
    ranges, (pre_a, pre_b) = article_ranges(lines)
    if not ranges:
        raise IngestError(label, t("no text found in the file"))
    warnings = list(extracted.warnings)
    if norm.repaired:
        warnings.append(t("{n} span(s) of mojibake repaired", n=norm.repaired))
    base: dict[str, object] = {"variant": variant, "encoding": extracted.encoding}
    several = len(ranges) > 1
    documents = []
    for first, last in ranges:
        title = lines[first].text.strip() if several else extracted.title
        doc = _document(norm, lines, first, last, lines[pre_a:pre_b], title, base)
        doc.metadata.warnings[:0] = warnings
        documents.append(doc)
    file_warnings = list(dict.fromkeys(w for d in documents for w in d.metadata.warnings))
    return SourceFile.model_construct(
        name=label,
        format=extracted.format,
        encoding=extracted.encoding,
        original=original,
        documents=documents,
        warnings=file_warnings or warnings,
    )
