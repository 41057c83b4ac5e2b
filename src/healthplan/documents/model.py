"""What the documents stage hands to the rest of healthplan.

A file is read once into a :class:`SourceFile`: its decoded ``original`` text (for .docx, .pdf
and .html the text extracted from them, in reading order) and one or more :class:`Document`
objects (a web page may carry several articles). Each document carries its normalised
``text`` and ``offsets``, the map from every normalised character back to the original, so any
span downstream stages find can be quoted exactly as the file has it.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field


class SectionKind(StrEnum):
    """Numbering styles of Chinese plans, outermost first in a typical plan."""

    chapter = "chapter"  # 第一章
    part = "part"  # 第一节 / 第一部分
    cn_item = "cn_item"  # 一、
    cn_paren = "cn_paren"  # （一） / (一)
    num_item = "num_item"  # 1. / 1、 / 26、
    num_paren = "num_paren"  # （1） / (1)
    circled = "circled"  # ①
    enumeration = "enumeration"  # 一是…二是…
    article = "article"  # one of several articles in one file


class Span(BaseModel):
    """Half-open character range ``[start, end)`` in :attr:`SourceFile.original`."""

    start: int
    end: int


class Sentence(Span):
    text: str = Field(description="Normalised text of the sentence.")


class Section(Span):
    heading: str = Field(description="Normalised heading line, numbering included.")
    number: str | None = Field(default=None, description="The numbering as written, e.g. （三）.")
    ordinal: int | None = Field(default=None, description="The numbering's value, e.g. 3.")
    kind: SectionKind
    level: int = Field(description="Depth in this document's tree, 1 = top.")
    text: str = Field(description="Normalised text of the whole section, heading included.")
    children: list[Section] = Field(default_factory=list)


class Metadata(BaseModel):
    title: str | None = None
    issuer: str | None = Field(default=None, description="Issuing body, e.g. 市人民政府办公室.")
    doc_number: str | None = Field(default=None, description="e.g. 辽府办发〔2022〕24号.")
    date: str | None = Field(default=None, description="ISO date the document was issued.")
    plan_period: str | None = Field(default=None, description="e.g. 2021-2025 for 十四五.")
    plan_year: int | None = Field(default=None, description="Year of an annual plan.")
    variant: str = Field(default="simplified", description="simplified | traditional")
    encoding: str | None = Field(default=None, description="Text encoding of the file, if any.")
    warnings: list[str] = Field(default_factory=list, description="Problems met in this article.")


class Document(Span):
    """One article. ``text[i]`` came from ``original[offsets[i]:ends[i]]``; ``offsets[len(text)]``
    is the original offset just past the last character.

    Most characters map one to one (``ends[i] == offsets[i] + 1``). A character repaired from
    mojibake covers the several original characters it came from; ``\\r\\n`` becomes one
    ``\\n``; characters that were dropped (pinyin annotations such as ``(wèi)``, zero-width
    characters) belong to no normalised character, so :meth:`original_span` of a range spanning
    them includes them and ``original[start:end]`` normalises back to exactly that range.
    """

    text: str
    offsets: list[int]
    ends: list[int] = Field(
        default_factory=list, description="Original end offset (exclusive) of each character."
    )
    metadata: Metadata = Field(default_factory=Metadata)
    sections: list[Section] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    unrepaired: list[Span] = Field(
        default_factory=list,
        description="Original spans of mojibake that could not be repaired (kept as they are).",
    )

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised range ``text[start:end]`` to its range in the original."""
        if start >= end:
            return self.offsets[start], self.offsets[start]
        stop = self.ends[end - 1] if self.ends else self.offsets[end - 1] + 1
        return self.offsets[start], stop


class SourceFile(BaseModel):
    name: str = Field(description="The file's name (no directory).")
    format: str = Field(description="txt | docx | pdf | html")
    encoding: str | None = Field(default=None, description="Detected text encoding, if any.")
    original: str = Field(description="Decoded or extracted text the offsets point into.")
    documents: list[Document]
    warnings: list[str] = Field(default_factory=list)

    def quote(self, document: Document, start: int, end: int) -> str:
        """The exact original characters behind ``document.text[start:end]``."""
        first, last = document.original_span(start, end)
        return self.original[first:last]
