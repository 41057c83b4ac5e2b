"""Sentences: split on 。；！？ (and ``;``), closing quotes and brackets kept with the sentence;
a line break always ends a sentence, so headings without a full stop are sentences too.

:func:`sentence_spans` is the one splitter: the documents stage builds
:attr:`Document.sentences` with it and the extraction stage splits its own view of the text
(line breaks inside a sentence already rejoined) with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from pydantic import TypeAdapter

from healthplan.documents.model import Sentence

__all__ = ["sentence_spans", "sentences"]

_SENTENCES = TypeAdapter(list[Sentence])
_CLOSERS = "”’」』）)】》\"'"
_SENTENCE = re.compile(rf"[^。；！？;\n]+[。；！？;]*[{_CLOSERS}]*|[。；！？;]+[{_CLOSERS}]*")


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``, white space around it left out."""
    for match in _SENTENCE.finditer(text):
        piece = match.group()
        stripped = piece.strip()
        if stripped:
            begin = match.start() + (len(piece) - len(piece.lstrip()))
            yield begin, begin + len(stripped)


def sentences(text: str, span: Callable[[int, int], tuple[int, int]]) -> list[Sentence]:
    """The sentences of ``text``; ``span`` maps a range of ``text`` to the original."""
    found: list[dict[str, Any]] = []
    for begin, end in sentence_spans(text):
        start, stop = span(begin, end)
        found.append({"start": start, "end": stop, "text": text[begin:end]})
    return _SENTENCES.validate_python(found)
