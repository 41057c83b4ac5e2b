"""Kinds of plan language worked on at stop 26, each in sentences written for the test."""

from __future__ import annotations

from healthplan.extraction import clause_targets


def read(text: str) -> list[tuple[str, str, float, str]]:
    return [(t.indicator, t.comparator.value, t.value, t.unit) for t in clause_targets(text)]


def test_how_many_bodies_issued_a_document_is_no_target() -> None:
    assert read("省民政厅等9个部门近日联合出台《养老服务提升方案》") == []
    assert read("涉及卫生、教育等6部门共同制定") == []
    assert read("市卫健委会同11家单位印发了实施意见") == []
    # bodies a plan is to bring into its work are still counted
    assert read("新增12个部门开展无烟单位建设") == [("新增部门开展无烟单位建设", "=", 12, "个")]
