"""An installation's settings for its bulletins, in ``report-settings.yaml`` in the workspace
folder: the 发文机关 (issuer), 发文字号 (document number) and 签发人 (signer) printed in the
title block, and the formats ``report schedule`` writes. Each may be set for every report
and overridden per kind; a run may override them again (``--doc-number``, ``--signer``)::

    issuer: 云川市卫生健康委员会
    doc_number: 云卫通〔{year}〕{n}号    # {year}: the period's year; {n}: its month or quarter
    signer: 王某某
    formats: [html, pdf, docx, xlsx]
    kinds:
      annual:
        doc_number: 云卫规〔{year}〕3号
    units:                             # a district's bulletin: its own, never the city's
      "430102":
        issuer: 明湖区卫生健康局
        doc_number: 明卫通〔{year}〕{n}号
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import Field, ValidationError

from healthplan.errors import HealthplanError, InputError, Problem
from healthplan.i18n import t
from healthplan.reports.header import ReportHeader
from healthplan.reports.kinds import REPORTS
from healthplan.reports.writers import REPORT_FORMATS
from healthplan.store import Workspace, list_orgunits

__all__ = ["REPORT_SETTINGS_FILE", "ReportSettings", "load_report_settings", "run_header"]

REPORT_SETTINGS_FILE = "report-settings.yaml"  # in the workspace folder


class ReportSettings(ReportHeader):
    """The city's header, its formats, and overrides per report kind and per org unit."""

    formats: list[str] | None = None  # what ``report schedule`` writes, in order
    kinds: dict[str, ReportHeader] = Field(default_factory=dict)
    units: dict[str, ReportHeader] = Field(default_factory=dict)  # a district's own header

    def header(self, kind: str, org_unit: str | None) -> ReportHeader:
        """The header of a ``kind`` report: the city's (and its kind's) for the whole city
        (``org_unit`` None); for one unit, only what ``units`` sets for it, never the
        city's 发文字号 or 签发人."""
        if org_unit is not None:
            return self.units.get(org_unit) or ReportHeader()
        base = ReportHeader(issuer=self.issuer, doc_number=self.doc_number, signer=self.signer)
        found = self.kinds.get(kind)
        return base if found is None else base.merged(found)


def load_report_settings(ws: Workspace) -> ReportSettings:
    """The workspace's settings; the defaults when it has no ``report-settings.yaml``. A
    file that does not read, or names a kind, format or org unit that does not exist, is
    refused naming the file and the field."""
    path = Path(ws.home) / REPORT_SETTINGS_FILE
    if not path.exists():
        return ReportSettings()
    name = str(path)
    try:
        raw: Any = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise InputError([Problem(name, t("not valid YAML: {e}", e=error))]) from None
    if not isinstance(raw, dict):
        message = t("expected {what}", what=t("a mapping of fields"))
        raise InputError([Problem(name, message)])
    try:
        settings = ReportSettings.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or None
        if first["type"] == "extra_forbidden":
            message = t("unknown field {name}", name=where)
        else:
            message = str(first["msg"]).removeprefix("Value error, ")
        raise InputError([Problem(name, message, field=where)]) from None
    problems = [
        Problem(
            name,
            t("no report kind {kind}; known: {known}", kind=k, known=", ".join(REPORTS)),
            field=f"kinds.{k}",
        )
        for k in settings.kinds
        if k not in REPORTS
    ]
    problems += [
        Problem(
            name,
            t(
                "unknown report format {name}; known: {known}",
                name=f,
                known=", ".join(REPORT_FORMATS),
            ),
            field="formats",
        )
        for f in settings.formats or []
        if f not in REPORT_FORMATS
    ]
    if settings.units:
        codes = {u.code for u in list_orgunits(ws)}
        problems += [
            Problem(name, t("unknown org unit {code}", code=code), field=f"units.{code}")
            for code in settings.units
            if code not in codes
        ]
    if problems:
        raise InputError(problems[:1])
    return settings


def run_header(**given: str | None) -> ReportHeader:
    """What one run sets (``doc_number=``, ``signer=``), checked as the file's fields are."""
    try:
        return ReportHeader(**given)
    except ValidationError as error:
        first = error.errors()[0]
        option = "--" + str(first["loc"][0]).replace("_", "-")
        message = str(first["msg"]).removeprefix("Value error, ")
        raise HealthplanError(f"{option}: {message}") from None
