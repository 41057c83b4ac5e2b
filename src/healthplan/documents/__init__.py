"""The documents stage: read plan documents faithfully, with their outline and exact offsets.

``ingest(path_or_bytes)`` returns a :class:`SourceFile` whose documents carry normalised text,
a map back to the original characters, sections, sentences and metadata.
"""

from healthplan.documents.errors import IngestError
from healthplan.documents.ingest import ingest
from healthplan.documents.model import (
    Document,
    Metadata,
    Section,
    SectionKind,
    Sentence,
    SourceFile,
    Span,
)
from healthplan.documents.normalise import normalise

__all__ = [
    "Document",
    "IngestError",
    "Metadata",
    "Section",
    "SectionKind",
    "Sentence",
    "SourceFile",
    "Span",
    "ingest",
    "normalise",
]
