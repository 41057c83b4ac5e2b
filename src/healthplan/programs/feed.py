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
    list_data_sets,
)
from healthplan.errors import InputError, NotFoundError, Problem
from healthplan.i18n import t
from healthplan.model import Aggregation, OrgLevel, Period, PeriodType
from healthplan.programs.engines import compute_records, connect, sql_cache_dir
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


def _periods(year: int, kind: PeriodType) -> list[str]:
    return [p.id for p in Period.parse(str(year)).periods(kind)]


def program_values(
    results: pd.DataFrame,
    levels: dict[str, OrgLevel],
    year: int,
    level: OrgLevel,
    kinds: dict[str, PeriodType] | None = None,
) -> list[RawValue]:
    """The data values that carry ``results`` (from :func:`compute_records`) into the store:
    monthly, or for an indicator in ``kinds`` by the period type its forms are reported by
    (a quarter's or year's figure is then the one the core would roll up from the months)."""
    values: list[RawValue] = []
    for kind in sorted(set((kinds or {}).values()) | {PeriodType.month}):
        codes = {
            p.code
            for p in PROGRAM_INDICATORS
            if (kinds or {}).get(p.code, PeriodType.month) is kind
        }
        part = results[results["indicator"].isin(codes)]
        values += _values(part, levels, _periods(year, kind), level, codes)
    return values


def _values(
    results: pd.DataFrame,
    levels: dict[str, OrgLevel],
    periods: list[str],
    level: OrgLevel,
    codes: set[str],
) -> list[RawValue]:
    chosen = results[results["period"].isin(periods)]
    level_of = chosen["org_unit"].map(lambda c: levels.get(c, OrgLevel.facility))
    reporting = sorted(c for c in chosen["org_unit"].unique() if levels.get(c) == level)
    values: list[RawValue] = []
    parts = [p.code for p in PROGRAM_INDICATORS if p.parts and p.code in codes]
    grid = pd.MultiIndex.from_product(
        [parts, reporting, periods], names=["indicator", "org_unit", "period"]
    )
    dense = (
        chosen[chosen["indicator"].isin(parts) & (level_of == level)]
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
    rates = chosen[~chosen["indicator"].isin(parts) & (level_of <= level) & chosen["value"].notna()]
    for code, unit, period, value in zip(
        *(rates[c].tolist() for c in ("indicator", "org_unit", "period", "value")), strict=True
    ):
        values.append(RawValue(str(code), str(period), str(unit), float(value), file=SOURCE))
    return values


_FINEST = (PeriodType.month, PeriodType.quarter, PeriodType.year)


def _reported_by(ws: Workspace) -> dict[str, PeriodType]:
    """Indicators whose elements are on forms (data sets) not reported monthly: the finest
    period type those forms accept, else a year."""
    accepted: dict[str, set[PeriodType]] = {}
    for data_set in list_data_sets(ws):
        for element in data_set.elements:
            accepted.setdefault(element, set()).add(PeriodType(data_set.period_type))
    out: dict[str, PeriodType] = {}
    for program in PROGRAM_INDICATORS:
        kinds: set[PeriodType] = set()
        for element in _expected(program.code):
            kinds |= accepted.get(element, set())
        if kinds and PeriodType.month not in kinds:
            out[program.code] = next((k for k in _FINEST if k in kinds), PeriodType.year)
    return out


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
    # The compiled query is kept in the workspace: the next compute (next month's, the
    # same year's again after an import) skips building and compiling the expressions.
    results = compute_records(con, directory, parents(ws), year, sql_cache=sql_cache_dir(ws.home))
    levels = {u.code: OrgLevel(u.level) for u in list_orgunits(ws)}
    values = program_values(results, levels, year, level, _reported_by(ws))
    stored = import_values(ws, values)
    return ProgramRun(year, engine, results, stored)
