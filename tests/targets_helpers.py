"""How the target tests read a sentence or a small plan written for them: a sentence through
``clause_targets`` (indicator, comparator, value, unit), a plan written to a file and ingested
through ``document_targets`` (with its deadline), as the documents stage would hand it over.

Both read the rules alone: the tests written against them state what a rule reads. The learned
decision that filters the rules' targets by default is trained on the corpus, not written, and
has its own tests (test_extraction_learned.py); the few clean sentences it turns down are listed
in docs/extraction.md ("Stop 30 (lead)")."""

from __future__ import annotations

from pathlib import Path

from healthplan.documents import ingest
from healthplan.extraction import clause_targets, document_targets


def read(text: str) -> list[tuple[str, str, float, str]]:
    return [(t.indicator, t.comparator.value, t.value, t.unit) for t in clause_targets(text)]


def document(tmp_path: Path, text: str) -> list[tuple[str, str, float, str, int | None]]:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    source = ingest(path)
    return [
        (t.indicator_text, t.comparator.value, t.value, t.unit, t.deadline)
        for t in document_targets(source, source.documents[0], learned=False)
    ]
