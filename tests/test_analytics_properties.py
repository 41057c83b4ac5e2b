"""Properties of the computation, on random data (hypothesis): an incremental refresh equals
a full recompute, and the roll-up of a sum is additive over the org-unit tree and time."""

from __future__ import annotations

import math

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healthplan.analytics import Engine
from healthplan.model import Aggregation, DataElement, Indicator

UNITS = [("C", None), ("A", "C"), ("B", "C"), ("a1", "A"), ("a2", "A"), ("b1", "B")]
LEAVES = ["a1", "a2", "b1"]
MONTHS = [f"2024M{m:02d}" for m in range(1, 7)]
ELEMENTS = [
    DataElement(code="cases", name="病例数", categories=["男", "女"]),
    DataElement(code="pop", name="人口", aggregation=Aggregation.last),
    DataElement(
        code="staff", name="人员", aggregation=Aggregation.average, categories=["男", "女"]
    ),
]
INDICATORS = [
    Indicator(code="cases", name="病例数", numerator="#{cases}", aggregation="sum"),
    Indicator(
        code="rate", name="发病率", numerator="#{cases}", denominator="#{pop}", multiplier=1000
    ),
    Indicator(code="staff", name="人员", numerator="#{staff}", aggregation="average"),
    Indicator(code="women", name="女性病例", numerator="#{cases.女}", aggregation="sum"),
]

VALUE = st.tuples(
    st.sampled_from(["cases", "pop", "staff"]),
    st.sampled_from(["男", "女"]),
    st.sampled_from([*LEAVES, "A"]),
    st.sampled_from(MONTHS),
    st.integers(0, 500),
)


def _frame(rows: list[tuple[str, str, str, str, int]]) -> pd.DataFrame:
    unique = {(de, "default" if de == "pop" else cat, ou, p): v for de, cat, ou, p, v in rows}
    return pd.DataFrame(
        [(*key, float(v)) for key, v in unique.items()],
        columns=["de", "cat", "ou", "period", "value"],
    )


def _engine(frame: pd.DataFrame) -> Engine:
    engine = Engine(INDICATORS, ELEMENTS, UNITS)
    engine.load_values(frame)
    engine.compute()
    return engine


def _table(engine: Engine) -> dict[tuple[str, str, str], float | None]:
    return {(v.indicator, v.org_unit, v.period): v.value for v in engine.values()}


def _same(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (
        a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    )


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=st.lists(VALUE, min_size=1, max_size=25), later=st.lists(VALUE, max_size=15))
def test_incremental_compute_equals_full_recompute(first: list, later: list) -> None:  # type: ignore[type-arg]
    engine = _engine(_frame(first))
    if later:
        engine.apply(_frame(later))
    merged = pd.concat([_frame(first), _frame(later)]).drop_duplicates(
        ["de", "cat", "ou", "period"], keep="last"
    )
    full, incremental = _table(_engine(merged)), _table(engine)
    assert full.keys() == incremental.keys()
    assert all(_same(full[k], incremental[k]) for k in full)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(VALUE, min_size=1, max_size=30))
def test_roll_up_of_sums_is_additive(rows: list) -> None:  # type: ignore[type-arg]
    got = _table(_engine(_frame(rows)))

    def total(code: str, unit: str, period: str) -> float:
        return got.get((code, unit, period)) or 0.0

    for code in ("cases", "women"):
        for period in [*MONTHS, "2024Q1", "2024Q2", "2024"]:
            # a district's own figures count with its townships'
            own = {u: total(code, u, period) for u, _ in UNITS}
            children = {p: [u for u, q in UNITS if q == p] for p, _ in UNITS}
            for unit in ("C", "A", "B"):
                leaves = children[unit]
                reported_here = _frame(rows)
                here = reported_here[
                    (reported_here.ou == unit)
                    & (reported_here.de == "cases")
                    & (reported_here.period.isin(_months(period)))
                    & ((reported_here.cat == "女") if code == "women" else True)
                ].value.sum()
                assert math.isclose(own[unit], here + sum(own[c] for c in leaves), abs_tol=1e-9)
        for unit, _ in UNITS:
            quarters = total(code, unit, "2024Q1") + total(code, unit, "2024Q2")
            assert math.isclose(total(code, unit, "2024"), quarters, abs_tol=1e-9)
            months = sum(total(code, unit, m) for m in MONTHS[:3])
            assert math.isclose(total(code, unit, "2024Q1"), months, abs_tol=1e-9)


def _months(period: str) -> list[str]:
    if period == "2024":
        return MONTHS
    if period.startswith("2024Q"):
        quarter = int(period[-1])
        return MONTHS[(quarter - 1) * 3 : quarter * 3]
    return [period]
