"""Tasks placeholder until the task rules land."""

from __future__ import annotations

from healthplan.documents import Document, SourceFile
from healthplan.model.plan import Target, Task


def document_tasks(source: SourceFile, document: Document, targets: list[Target]) -> list[Task]:
    return []
