"""A fall or rise counted from a base year or a base level said before it, in sentences
written for the test: the base is no target and no part of the indicator, and a base year
before the plan's period does not make the goal a figure of the past."""

from __future__ import annotations

from pathlib import Path

from healthplan.documents import ingest
from healthplan.extraction import clause_targets, document_targets


def read(text: str) -> list[tuple[str, str, float, str, float | None]]:
    return [
        (t.indicator, t.comparator.value, t.value, t.unit, t.baseline_value)
        for t in clause_targets(text)
    ]


def test_a_base_year_said_with_wei_jichu() -> None:
    assert [t[:4] for t in read("新生儿死亡率以2020年为基数下降1/5")] == [
        ("新生儿死亡率", "decrease_by", 20, "%")
    ]
    assert [t[:4] for t in read("到2035年全省孕产妇死亡率以2025年为基础下降1/4")] == [
        ("孕产妇死亡率", "decrease_by", 25, "%")
    ]


def test_a_base_level_said_before_the_change_is_the_baseline() -> None:
    assert read("婴儿死亡率在30‰的基数上再下降1/5") == [("婴儿死亡率", "decrease_by", 20, "%", 30)]
    assert read("农村孕产妇死亡率将在60/10万的基数上再下降1/4") == [
        ("农村孕产妇死亡率", "decrease_by", 25, "%", 60)
    ]
    assert read("高血压知晓率在45%的基础上再提高10个百分点") == [
        ("高血压知晓率", "increase_by", 10, "个百分点", 45)
    ]


def test_a_base_year_before_the_plan_keeps_the_goal(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(
        "某省妇女儿童发展规划（2011-2020年）\n二、主要目标\n"
        "1、到2020年全省婴儿死亡率以2010年为基础下降1/3。\n",
        encoding="utf-8",
    )
    source = ingest(path)
    found = [
        (t.indicator_text, t.comparator.value, t.value, t.deadline)
        for t in document_targets(source, source.documents[0])
    ]
    assert found == [("婴儿死亡率", "decrease_by", 33.33, 2020)]
