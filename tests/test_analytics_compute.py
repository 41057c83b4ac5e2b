"""Roll-up against hand-computed values, in DuckDB over the store; incremental refresh."""

import gc
import os
import shutil
import tempfile
from datetime import UTC, datetime

import duckdb
import numpy as np
import pandas as pd
import pytest

import healthplan.analytics.engine as engine_module
from collection_helpers import small_city
from healthplan.analytics import Engine, Window, compute, load_engine, refresh
from healthplan.collection import RawValue, import_values
from healthplan.errors import HealthplanError
from healthplan.model import DataElement, Indicator

# township, month, visits, births, pop
ROWS = [
    ("a1", "2024M01", 9, 10, 1000),
    ("a1", "2024M02", 18, 20, 1100),
    ("a2", "2024M01", 45, 90, 9000),
    ("b1", "2024M03", 5, 0, 500),
]


def _load(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    raw = []
    for unit, month, visits, births, pop in ROWS:
        for element, value in (("visits", visits), ("births", births), ("pop", pop)):
            raw.append(RawValue(element, month, unit, value))
    import_values(ws, raw, received_at=datetime(2024, 4, 5, tzinfo=UTC))


def _values(summary) -> dict[tuple[str, str, str], float | None]:  # type: ignore[no-untyped-def]
    return {(v.indicator, v.org_unit, v.period): v.value for v in summary.values}


def test_rates_roll_up_as_ratio_of_sums(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _load(ws, tmp_path)
    got = _values(compute(ws))
    # a1: 9/10 = 90 %, a2: 45/90 = 50 % in January; district A = (9+45)/(10+90) = 54 %,
    # whereas the mean of the townships' rates would be 70 %.
    assert got[("visit_rate", "a1", "2024M01")] == pytest.approx(90)
    assert got[("visit_rate", "a2", "2024M01")] == pytest.approx(50)
    assert got[("visit_rate", "A", "2024M01")] == pytest.approx(54)
    # quarter: a1 (9+18)/(10+20) = 90 %, A (9+18+45)/(10+20+90) = 60 %
    assert got[("visit_rate", "A", "2024Q1")] == pytest.approx(60)
    # city for 2024: (9+18+45+5)/(10+20+90+0) = 77/120
    assert got[("visit_rate", "C", "2024")] == pytest.approx(77 / 120 * 100)
    # b1 has no births: no value, not an error or infinity
    assert got[("visit_rate", "b1", "2024M03")] is None
    assert got[("visit_rate", "B", "2024")] is None
    # a count sums over time and space
    assert got[("births_total", "C", "2024")] == 120
    # population is a stock: a quarter takes each unit's latest month, then sums units:
    # A = 1100 (a1, Feb) + 9000 (a2, Jan); births per 1000 = 120 / 10100 * 1000
    assert got[("birth_rate", "A", "2024Q1")] == pytest.approx(120 / 10100 * 1000)


def test_incremental_refresh_and_windows(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _load(ws, tmp_path)
    engine = load_engine(ws)
    before = {(v.indicator, v.org_unit, v.period): v.value for v in engine.values()}
    assert refresh(engine, ws) == 0  # nothing new
    import_values(ws, [RawValue("births", "2024M03", "b1", 10)])
    changed = refresh(engine, ws)
    assert 0 < changed < len(before)
    after = {(v.indicator, v.org_unit, v.period): v.value for v in engine.values()}
    assert after[("visit_rate", "b1", "2024M03")] == pytest.approx(50)
    assert after[("visit_rate", "C", "2024")] == pytest.approx(77 / 130 * 100)
    assert after[("visit_rate", "a1", "2024M01")] == before[("visit_rate", "a1", "2024M01")]
    fresh = {(v.indicator, v.org_unit, v.period): v.value for v in load_engine(ws).values()}
    assert after.keys() == fresh.keys()
    assert all(after[k] == pytest.approx(fresh[k]) for k in fresh if fresh[k] is not None)
    from datetime import date

    ytd = engine.window_values(
        [Window("feb", date(2024, 1, 1), date(2024, 2, 29))], ["visit_rate"], ["A"]
    )
    assert ytd[0].value == pytest.approx(72 / 120 * 100)


def test_formula_indicator_rolls_up_its_operands(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from healthplan.collection import save_constants, save_indicators
    from healthplan.model import Indicator

    _load(ws, tmp_path)
    save_constants(ws, {"k": ("系数", 2.0)})
    save_indicators(
        ws,
        [
            Indicator(
                code="missed",
                name="未访视率",
                numerator="(#{births} - #{visits}) * C{k}",
                denominator="#{births} + 0",
                multiplier=50,
            )
        ],
    )
    got = _values(compute(ws, indicators=["missed"]))
    # A, 2024Q1: births 120, visits 72 → (120 - 72) * 2 / 120 * 50 = 40
    assert got[("missed", "A", "2024Q1")] == pytest.approx(40)
    assert got[("missed", "b1", "2024M03")] is None  # 0 births: no value


def test_average_and_last_rules(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from healthplan.collection import save_indicators
    from healthplan.model import Indicator

    small_city(ws, tmp_path)
    save_indicators(
        ws,
        [
            Indicator(
                code="avg_score", name="平均满意度", numerator="#{score}", aggregation="average"
            ),
            Indicator(code="latest_pop", name="常住人口", numerator="#{pop}", aggregation="last"),
            Indicator(
                code="own_score", name="满意度（不汇总）", numerator="#{score}", aggregation="none"
            ),
        ],
    )
    import_values(
        ws,
        [
            RawValue("score", "2024M01", "a1", 4),
            RawValue("score", "2024M02", "a1", 5),
            RawValue("score", "2024M01", "a2", 3),
            RawValue("pop", "2024M01", "a1", 100),
            RawValue("pop", "2024M03", "a1", 120),
            RawValue("pop", "2024M02", "a2", 50),
        ],
    )
    got = _values(compute(ws))
    assert got[("avg_score", "A", "2024Q1")] == pytest.approx(4)  # mean of 4, 5, 3
    assert got[("avg_score", "a1", "2024Q1")] == pytest.approx(4.5)
    assert got[("latest_pop", "A", "2024Q1")] == 170  # a1's March + a2's February
    assert got[("own_score", "a1", "2024M02")] == 5
    assert ("own_score", "A", "2024M01") not in got  # not aggregatable up the hierarchy


def test_every_aggregation_has_its_roll_up() -> None:
    """The engine knows how to roll up every aggregation the model offers."""
    from healthplan.analytics.engine import ROLLUP_SQL
    from healthplan.model import Aggregation

    assert set(ROLLUP_SQL) == set(Aggregation)


def test_average_of_an_element_with_categories(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """C7: 在岗医生数 男 10 + 女 20 = 30 in January, 12 + 22 = 34 in February; the average
    over the quarter is of the monthly totals, not of the category rows."""
    from healthplan.collection import save_data_elements, save_indicators
    from healthplan.model import Aggregation, DataElement, Indicator

    small_city(ws, tmp_path)
    save_data_elements(
        ws,
        [
            DataElement(
                code="doctors",
                name="在岗医生数",
                aggregation=Aggregation.average,
                categories=["男", "女"],
            )
        ],
    )
    save_indicators(
        ws,
        [
            Indicator(
                code="doctors_avg", name="在岗医生数", numerator="#{doctors}", aggregation="average"
            ),
            Indicator(
                code="doctors_per_1000",
                name="每千人口医生数",
                numerator="#{doctors}",
                denominator="#{pop}",
                multiplier=1000,
                aggregation="average",
            ),
        ],
    )
    import_values(
        ws,
        [
            RawValue("doctors", "2024M01", "a1", 10, category="男"),
            RawValue("doctors", "2024M01", "a1", 20, category="女"),
            RawValue("doctors", "2024M02", "a1", 12, category="男"),
            RawValue("doctors", "2024M02", "a1", 22, category="女"),
            RawValue("pop", "2024M01", "a1", 1100),
            RawValue("pop", "2024M02", "a1", 1100),
        ],
    )
    got = _values(compute(ws))
    assert got[("doctors_avg", "a1", "2024M01")] == pytest.approx(30)
    assert got[("doctors_avg", "a1", "2024Q1")] == pytest.approx(32)
    assert got[("doctors_avg", "A", "2024Q1")] == pytest.approx(32)
    assert got[("doctors_per_1000", "a1", "2024M01")] == pytest.approx(30 / 1100 * 1000)


def test_the_engine_spills_past_its_memory_limit_and_leaves_nothing_behind() -> None:
    units = [("C", None)] + [(f"T{t}", "C") for t in range(5)]
    units += [(f"T{t}V{v}", f"T{t}") for t in range(5) for v in range(20)]
    leaves = [code for code, parent in units if parent and parent != "C"]
    elements = [DataElement(code=f"n{k}", name=f"n{k}") for k in range(20)]
    elements.append(DataElement(code="pop", name="pop"))
    indicators = [
        Indicator(code=f"r{k}", name=f"r{k}", numerator=f"#{{n{k}}}", denominator="#{pop}")
        for k in range(20)
    ]
    months = [f"2024M{m:02d}" for m in range(1, 13)]
    rng = np.random.default_rng(7)
    index = pd.MultiIndex.from_product(
        [[e.code for e in elements], leaves, months], names=["de", "ou", "period"]
    )
    frame = index.to_frame(index=False).assign(
        cat="default", value=rng.integers(1, 100, len(index)).astype("float64")
    )
    answers = []
    for limit in (1_000_000, 4_000_000_000):
        engine = Engine(indicators, elements, units, memory_limit=limit)
        folder = engine.con.execute("SELECT current_setting('temp_directory')").fetchall()[0][0]
        assert os.path.dirname(folder) == tempfile.gettempdir()
        assert os.path.basename(folder).startswith("healthplan-engine-")
        engine.load_values(frame)
        engine.compute()
        answers.append(
            sorted((v.indicator, v.org_unit, v.period, v.value) for v in engine.values())
        )
        if limit == 1_000_000:
            # 1 MB holds nothing: DuckDB wrote to the engine's own folder, and the steps that
            # could not spill ran again with the limit doubled
            assert os.listdir(folder)
            assert engine._memory > limit
        del engine
        gc.collect()
        assert not os.path.exists(folder)
    # 20 indicators × 106 units × (12 months + 4 quarters + 1 year)
    assert len(answers[0]) == 20 * 106 * 17
    assert answers[0] == answers[1]


def _small_engine(memory_limit: int | None = None):  # type: ignore[no-untyped-def]
    engine = Engine(
        [Indicator(code="r", name="r", numerator="#{n}", denominator="#{pop}")],
        [DataElement(code="n", name="n"), DataElement(code="pop", name="pop")],
        [("C", None), ("a", "C"), ("b", "C")],
        memory_limit=memory_limit,
    )
    frame = pd.DataFrame(
        {
            "de": ["n", "pop", "n", "pop"],
            "cat": "default",
            "ou": ["a", "a", "b", "b"],
            "period": "2024M01",
            "value": [1.0, 10.0, 3.0, 10.0],
        }
    )
    return engine, frame


def test_the_engine_keeps_no_frame_and_no_folder_it_does_not_need() -> None:
    engine, frame = _small_engine()
    folder = engine.con.execute("SELECT current_setting('temp_directory')").fetchall()[0][0]
    engine.load_values(frame)
    # the inserted frame is not kept registered (it would live as long as the engine)
    with pytest.raises(duckdb.CatalogException):
        engine.con.execute("SELECT * FROM newvals")
    engine.compute()
    by_unit = {v.org_unit: v.value for v in engine.values(periods=["2024M01"])}
    assert by_unit == pytest.approx({"C": 0.2, "a": 0.1, "b": 0.3})  # city: (1 + 3) / 20
    assert os.path.isdir(folder)
    engine.close()
    assert not os.path.exists(folder)
    # a temporary folder cleaned away under a running engine (tmpfiles, a tidy admin) is
    # not an error when the engine is closed
    engine, frame = _small_engine()
    shutil.rmtree(engine.con.execute("SELECT current_setting('temp_directory')").fetchall()[0][0])
    engine.close()


def test_a_failed_step_leaves_the_engine_as_it_was() -> None:
    engine, frame = _small_engine()
    engine.load_values(frame)
    engine.compute()

    def half_done() -> None:
        engine.con.execute("DELETE FROM results")
        raise RuntimeError("stopped half-way")

    with pytest.raises(RuntimeError):
        engine._with_memory(half_done)
    assert len(engine.values()) == 9  # 3 units × month, quarter, year
    engine.apply(frame.assign(value=[2.0, 10.0, 3.0, 10.0]))  # no transaction left open
    by_unit = {v.org_unit: v.value for v in engine.values(periods=["2024M01"])}
    assert by_unit == pytest.approx({"C": 0.25, "a": 0.2, "b": 0.3})


def test_more_memory_than_the_machine_has_is_one_clear_error(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # a machine of 1 MB: the first attempt runs out, and there is nothing to grow into
    monkeypatch.setattr(engine_module, "_MACHINE_MEMORY", 1_000_000)
    engine, frame = _small_engine(memory_limit=1_000_000)
    frame = pd.concat([frame] * 50_000, ignore_index=True)  # 200,000 rows: 4 MB in DuckDB
    with pytest.raises(HealthplanError) as caught:
        engine.load_values(frame)
    assert str(caught.value) in (
        "指标计算所需内存超过本机可用内存",
        "the indicator engine needs more memory than this machine has",
    )
