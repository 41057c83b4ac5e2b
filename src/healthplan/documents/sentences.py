"""Sentences: split on 。；！？ (and ``;``), closing quotes and brackets kept with the sentence;
a line break always ends a sentence, so headings without a full stop are sentences too."""

from __future__ import annotations

import re
from typing import Any

from pydantic import TypeAdapter

from healthplan.documents.layout import Line
from healthplan.documents.model import Sentence
from healthplan.documents.outline import SpanMap

_SENTENCES = TypeAdapter(list[Sentence])
_CLOSERS = "”’」』）)】》\"'"
_SENTENCE = re.compile(rf"[^。；！？;\n]+[。；！？;]*[{_CLOSERS}]*|[。；！？;]+[{_CLOSERS}]*")


def sentences(text: str, lines: list[Line], span: SpanMap) -> list[Sentence]:
    """The sentences of ``text`` (``lines`` are its lines; kept for callers that split them)."""
    found: list[dict[str, Any]] = []
    for match in _SENTENCE.finditer(text):
        piece = match.group()
        stripped = piece.strip()
        if not stripped:
            continue
        begin = match.start() + (len(piece) - len(piece.lstrip()))
        end = begin + len(stripped)
        start, stop = span(begin, end)
        found.append({"start": start, "end": stop, "text": stripped})
    return _SENTENCES.validate_python(found)
