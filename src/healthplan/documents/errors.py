"""The one error the documents stage raises for input it cannot read."""

from __future__ import annotations

from healthplan.errors import HealthplanError


class IngestError(HealthplanError):
    """A file could not be read as a plan document. The message names the file and says why:
    not text in a known encoding, a broken .docx/.pdf, a scanned PDF without a text layer,
    or no text at all."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"{name}: {reason}")
