"""What stages read and write of each other's tables, through the owners' functions: the one
writer of indicators and its invariant, the plan of record's active targets, org-unit
parents, not-found errors, and a cross-stage write that stays one transaction."""

from __future__ import annotations

from pathlib import Path

import pytest

from collection_helpers import small_city
from healthplan.collection import list_data_elements, list_indicators, save_indicators
from healthplan.errors import InputError, NotFoundError
from healthplan.model import (
    Aggregation,
    Indicator,
    Period,
    Plan,
    PlanKind,
    ReviewStatus,
    Target,
    Task,
)
from healthplan.model.catalog import standard_indicators
from healthplan.plans import active_targets, load_plan, save_plan
from healthplan.store import Workspace, orgunit_tree, parents


def _custom(code: str = "custom.abc", numerator: str | None = None) -> Indicator:
    return Indicator(
        code=code, name="村卫生室覆盖率", numerator=numerator, aggregation=Aggregation.none,
        custom=True,
    )  # fmt: skip


def test_an_indicator_without_numerator_is_rejected(ws: Workspace) -> None:
    with pytest.raises(InputError, match="numerator"):
        save_indicators(ws, [_custom()])
    assert "custom.abc" not in list_indicators(ws)


def test_a_proposed_custom_indicator_is_measured_by_its_own_element(ws: Workspace) -> None:
    assert save_indicators(ws, [_custom()], proposed=True) == 1
    stored = list_indicators(ws)["custom.abc"]
    assert stored.numerator == "#{custom_abc}" and stored.custom
    element = list_data_elements(ws)["custom_abc"]
    assert element.name == "村卫生室覆盖率" and element.aggregation is Aggregation.none
    # proposing it again keeps what is stored (a person may have given it a formula since)
    assert save_indicators(ws, [_custom(numerator="#{other}")], proposed=True) == 0
    assert list_indicators(ws)["custom.abc"].numerator == "#{custom_abc}"


def test_a_proposed_catalog_indicator_brings_its_data_elements(ws: Workspace) -> None:
    catalog = [next(i for i in standard_indicators() if i.denominator)]
    assert not catalog[0].custom and catalog[0].numerator
    assert save_indicators(ws, catalog, proposed=True) == 1
    elements = list_data_elements(ws)
    named = catalog[0].numerator + (catalog[0].denominator or "")
    assert elements and all(f"#{{{code}}}" in named for code in elements)


def test_a_proposed_indicator_with_a_bad_formula_is_rejected(ws: Workspace) -> None:
    with pytest.raises(InputError, match=r"custom\.bad"):
        save_indicators(ws, [_custom("custom.bad", "#{missing} +")], proposed=True)
    assert list_indicators(ws) == {} and list_data_elements(ws) == {}


def test_a_write_inside_another_stages_transaction_rolls_back_with_it(ws: Workspace) -> None:
    with pytest.raises(RuntimeError), ws.session():
        save_indicators(ws, [_custom()], proposed=True)
        assert "custom.abc" in list_indicators(ws)  # the same transaction sees it
        raise RuntimeError("the caller fails after the write")
    assert list_indicators(ws) == {} and list_data_elements(ws) == {}


def test_active_targets_skip_deleted_and_fill_departments(ws: Workspace, tmp_path: Path) -> None:
    small_city(ws, tmp_path)
    targets = [
        Target(indicator_text="访视率", indicator_code="visit_rate", comparator=">=", value=90),
        Target(indicator_text="活产数", comparator=">=", value=1, departments=["妇幼健康科"]),
        Target(indicator_text="旧指标", comparator=">=", value=1, status=ReviewStatus.deleted),
    ]
    task = Task(
        title="访视", text="做好访视", lead_department="市卫健委",
        departments=["市卫健委", "妇幼科"], target_ids=[0],
    )  # fmt: skip
    plan = Plan(
        title="要点", kind=PlanKind.annual, period=Period.parse("2024"), org_unit_code="C",
        targets=targets, tasks=[task],
    )  # fmt: skip
    plan_id = save_plan(ws, plan)
    found = active_targets(ws)
    assert [t.indicator_text for _, t in found] == ["访视率", "活产数"]
    assert found[0][1].departments == ["市卫健委", "妇幼科"]  # from the task, lead first
    assert found[1][1].departments == ["妇幼健康科"]  # its own
    assert {p.id for p, _ in found} == {plan_id} and found[0][0].targets == []
    assert load_plan(ws, plan_id).tasks[0].target_ids == [found[0][1].id]


def test_parents_and_not_found(ws: Workspace, tmp_path: Path) -> None:
    small_city(ws, tmp_path)
    assert parents(ws) == {"C": None, "A": "C", "B": "C", "a1": "A", "a2": "A", "b1": "B"}
    assert next(iter(parents(ws))) == "C"  # roots first
    with pytest.raises(NotFoundError, match="nowhere"):
        orgunit_tree(ws, "nowhere")
    with pytest.raises(NotFoundError, match="404"):
        load_plan(ws, 404)
