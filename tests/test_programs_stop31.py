"""Stop 31: the months summed once per span whichever part it counts, and the periods
taken from the rolled months in one join (docs/scale.md, "Stop 31")."""

from __future__ import annotations

from pathlib import Path

import ibis
import pandas as pd

from healthplan.programs import connect, indicators
from healthplan.programs.indicators import _IDS
from test_programs_indicators import PARENTS
from test_programs_stop30 import query


def test_a_flows_period_adds_its_months_and_a_stocks_takes_the_last() -> None:
    # Month m counts m (numerator) of 10·m (denominator) in V1; July counts nothing, so
    # 2024M07 has no value. Quarters and the year from the same months: a flow (live births
    # visited) adds them up, a stock (filed records) is its last month.
    units = sorted(PARENTS)
    rows = []
    for code in ("newborn_visit_rate", "ehr_filing_rate"):
        row: dict[str, object] = {"indicator": _IDS[code], "unit": units.index("V1")}
        row |= {f"num_{m}": float(m if m != 7 else 0) for m in range(1, 13)}
        row |= {f"den_{m}": float(10 * m if m != 7 else 0) for m in range(1, 13)}
        rows.append(row)
    counts = ibis.memtable(pd.DataFrame(rows).astype({"indicator": "int16"}))
    expr = indicators.results(counts, units, PARENTS, 2024)
    frame = connect("duckdb").to_pandas(expr).set_index(["indicator", "org_unit", "period"])
    flow, stock = "newborn_visit_rate", "ehr_filing_rate"
    for unit in ("V1", "T1", "C"):  # the village and its ancestors alike
        assert frame.loc[(flow, unit, "2024Q2"), "numerator"] == 4 + 5 + 6
        assert frame.loc[(flow, unit, "2024Q2"), "denominator"] == 40 + 50 + 60
        assert frame.loc[(stock, unit, "2024Q2"), "numerator"] == 6
        assert frame.loc[(stock, unit, "2024Q2"), "denominator"] == 60
        assert frame.loc[(flow, unit, "2024"), "numerator"] == 78 - 7
        assert frame.loc[(stock, unit, "2024"), "denominator"] == 120
        assert frame.loc[(flow, unit, "2024M03"), "value"] == 3 / 30 * 100
        assert (flow, unit, "2024M07") not in frame.index
        assert (stock, unit, "2024M07") not in frame.index
    # a flow's third quarter adds July's nothing to August and September
    assert frame.loc[(flow, "C", "2024Q3"), "numerator"] == 8 + 9
    assert frame.loc[(stock, "C", "2024Q3"), "numerator"] == 9
    # one join of the rolled months with the periods' weights, no select per period
    assert "UNION" not in ibis.to_sql(expr, dialect="duckdb").upper()


def test_each_span_is_summed_into_the_months_once_whichever_part_it_counts(
    tmp_path: Path,
) -> None:
    # A counted span is a numerator's or a denominator's: twelve conditional sums (one a
    # month) for both parts, not twenty-four of which half add zeros.
    sql = query(tmp_path, ["ehr_filing_rate", "htn_mgmt_rate"])
    assert sql.upper().count("SUM(CASE WHEN") == 12
