"""The documents stage: read plan documents faithfully, with their outline and exact offsets.

``ingest(path_or_bytes)`` returns a :class:`SourceFile` whose documents carry normalised text,
a map back to the original characters, sections, sentences and metadata.
"""

from healthplan.documents.errors import IngestError
from healthplan.documents.formats import (
    DocumentFormat,
    Extracted,
    document_formats,
    read_text,
    register_document_format,
)
from healthplan.documents.metadata import title_years
from healthplan.documents.model import (
    Document,
    Metadata,
    Section,
    SectionKind,
    Sentence,
    SourceFile,
    Span,
)
from healthplan.documents.normalisation import normalise
from healthplan.documents.numerals import cn_to_int, year_digits
from healthplan.documents.outline import marker
from healthplan.documents.reading import ingest
from healthplan.documents.sentences import sentence_spans

__all__ = [
    "Document",
    "DocumentFormat",
    "Extracted",
    "IngestError",
    "Metadata",
    "Section",
    "SectionKind",
    "Sentence",
    "SourceFile",
    "Span",
    "cn_to_int",
    "document_formats",
    "ingest",
    "marker",
    "normalise",
    "read_text",
    "register_document_format",
    "sentence_spans",
    "title_years",
    "year_digits",
]
