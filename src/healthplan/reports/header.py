"""The title block of a bulletin besides its title, as a 公文 prints it: the 发文机关
(issuer), the 发文字号 (document number) and the 签发人 (signer)."""

from __future__ import annotations

import string

from pydantic import BaseModel, ConfigDict, field_validator

from healthplan.i18n import t
from healthplan.model import Period, PeriodType

__all__ = ["ReportHeader"]

_PLACES = {"year", "n"}


class ReportHeader(BaseModel):
    """What the title block prints besides the title: None leaves the default (the issuer
    named after the org unit) or prints nothing (document number, signer)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    issuer: str | None = None
    doc_number: str | None = None
    signer: str | None = None

    @field_validator("issuer", "doc_number", "signer")
    @classmethod
    def _one_line(cls, value: str | None) -> str | None:
        if value is None:
            return None
        text = " ".join(str(value).split())
        if len(text) > 100:
            raise ValueError(t("at most {n} characters", n=100))
        return text or None

    @field_validator("doc_number")
    @classmethod
    def _places(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
        except ValueError as error:
            raise ValueError(t("not a document number pattern: {e}", e=error)) from None
        unknown = names - _PLACES
        if unknown:
            raise ValueError(
                t("unknown placeholder {name}; use {{year}} or {{n}}", name=", ".join(unknown))
            )
        return value

    def merged(self, other: ReportHeader) -> ReportHeader:
        """This header with what ``other`` sets on top."""
        return self.model_copy(update=other.model_dump(exclude_none=True))

    def for_period(self, period: Period) -> ReportHeader:
        """The document number with its placeholders filled for ``period``."""
        if self.doc_number is None:
            return self
        n = 1
        if period.type is PeriodType.month:
            n = period.start.month
        elif period.type is PeriodType.quarter:
            n = (period.start.month - 1) // 3 + 1
        number = self.doc_number.format(year=period.start.year, n=n)
        return self.model_copy(update={"doc_number": number})
