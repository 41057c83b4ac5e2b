"""The program indicators into the monitoring core: computed from the workspace's records
and stored as data values through :func:`healthplan.collection.import_values` (checked,
atomic, audited), so ``compute``, the assessment and the bulletins see them like any value
reported on a form — one pipeline, not two.

What is stored, per month of the year, mirrors how the catalog aggregates each element:

* a ratio indicator ``X`` as ``X_num`` and ``X_den`` at the reporting level (乡镇/街道 by
  default: the township health centres deliver 基本公共卫生服务): within the month for a
  flow (``sum`` elements), year to date for a stock (``last`` elements); the core adds them
  up the hierarchy. Every unit gets every month, zeros included, so that a stock's quarter
  and year are the last month's count and never an older one;
* an indicator the catalog keeps as one figure (``X``, not aggregatable) as its year-to-date
  rate at the reporting level and every level above, each computed from that unit's own
  numerator and denominator.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from healthplan.collection import (
    RawValue,
    ValueImportSummary,
    import_values,
    install_catalog,
    list_data_elements,
)
from healthplan.errors import InputError, NotFoundError, Problem
from healthplan.i18n import t
from healthplan.model import Aggregation, OrgLevel
from healthplan.programs.engines import compute_records, connect
from healthplan.programs.indicators import BY_CODE, PROGRAM_INDICATORS
from healthplan.programs.records import records_dir
from healthplan.store import Workspace
from healthplan.store.orgunits import list_orgunits, parents

__all__ = ["ProgramRun", "compute_programs", "program_values"]

SOURCE = "programs"


@dataclass(frozen=True)
class ProgramRun:
    year: int
    engine: str
    results: pd.DataFrame  # every indicator × org unit × month, quarter, year
    stored: ValueImportSummary


def _expected(code: str) -> dict[str, Aggregation]:
    program = BY_CODE[code]
    if not program.parts:
        return {code: Aggregation.none}
    time = Aggregation.sum if program.kind == "flow" else Aggregation.last
    return {f"{code}_num": time, f"{code}_den": time}


def _check_elements(ws: Workspace) -> None:
    elements = list_data_elements(ws)
    wanted = {k: v for p in PROGRAM_INDICATORS for k, v in _expected(p.code).items()}
    if any(code not in elements for code in wanted):
        install_catalog(ws)
        elements = list_data_elements(ws)
    problems = [
        Problem(
            SOURCE,
            t(
                "data element {code} is aggregated as {found}; the program computes it as {kind}",
                code=code,
                found=elements[code].aggregation.value,
                kind=kind.value,
            ),
        )
        for code, kind in wanted.items()
        if elements[code].aggregation is not kind
    ]
    if problems:
        raise InputError(problems)


def program_values(
    results: pd.DataFrame, levels: dict[str, OrgLevel], year: int, level: OrgLevel
) -> list[RawValue]:
    """The data values that carry ``results`` (from :func:`compute_records`) into the store."""
    months = [f"{year}M{m:02d}" for m in range(1, 13)]
    monthly = results[results["period"].isin(months)]
    level_of = monthly["org_unit"].map(lambda c: levels.get(c, OrgLevel.facility))
    reporting = sorted(c for c in monthly["org_unit"].unique() if levels.get(c) == level)
    values: list[RawValue] = []
    parts = [p.code for p in PROGRAM_INDICATORS if p.parts]
    grid = pd.MultiIndex.from_product(
        [parts, reporting, months], names=["indicator", "org_unit", "period"]
    )
    dense = (
        monthly[monthly["indicator"].isin(parts) & (level_of == level)]
        .set_index(["indicator", "org_unit", "period"])[["numerator", "denominator"]]
        .reindex(grid, fill_value=0.0)
        .reset_index()
    )
    for code, unit, period, num, den in zip(
        *(dense[c].tolist() for c in ("indicator", "org_unit", "period")),
        dense["numerator"].tolist(),
        dense["denominator"].tolist(),
        strict=True,
    ):
        values.append(RawValue(f"{code}_num", str(period), str(unit), float(num), file=SOURCE))
        values.append(RawValue(f"{code}_den", str(period), str(unit), float(den), file=SOURCE))
    rates = monthly[
        ~monthly["indicator"].isin(parts) & (level_of <= level) & monthly["value"].notna()
    ]
    for code, unit, period, value in zip(
        *(rates[c].tolist() for c in ("indicator", "org_unit", "period", "value")), strict=True
    ):
        values.append(RawValue(str(code), str(period), str(unit), float(value), file=SOURCE))
    return values


def compute_programs(
    ws: Workspace,
    year: int,
    *,
    engine: str = "duckdb",
    session: Any = None,
    level: OrgLevel = OrgLevel.township,
) -> ProgramRun:
    """Compute every program indicator of ``year`` from the workspace's records on
    ``engine`` (``duckdb`` or ``spark``) and store them as data values (all or nothing)."""
    directory = records_dir(ws.home)
    if not (directory / "residents.parquet").exists():
        raise NotFoundError(
            t("no service records in {path}: run `healthplan records import` first", path=directory)
        )
    _check_elements(ws)
    con = connect(engine, session=session)
    results = compute_records(con, directory, parents(ws), year)
    levels = {u.code: OrgLevel(u.level) for u in list_orgunits(ws)}
    stored = import_values(ws, program_values(results, levels, year, level))
    return ProgramRun(year, engine, results, stored)
