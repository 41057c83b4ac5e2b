"""Goals said to be met ahead of time (提前达到, 提前实现) are a review of what was done, not
targets; a plan's resolve to meet them early (力争提前完成) still sets one. Sentences written
for the test."""

from __future__ import annotations

from pathlib import Path

from healthplan.documents import ingest
from healthplan.extraction import document_targets


def document(tmp_path: Path, text: str) -> list[tuple[str, str, float, str]]:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    source = ingest(path)
    return [
        (t.indicator_text, t.comparator.value, t.value, t.unit)
        for t in document_targets(source, source.documents[0])
    ]


def test_goals_met_ahead_of_time_are_no_targets(tmp_path: Path) -> None:
    text = (
        "某区儿童发展纲要实施情况\n"
        "纲要共设指标150项，其中64项提前达到2025年纲要目标，比上年增加3项。\n"
        "全区有9项指标提前实现规划目标，占比提高2.5个百分点。\n"
    )
    assert document(tmp_path, text) == []


def test_a_resolve_to_meet_a_goal_early_still_sets_it(tmp_path: Path) -> None:
    text = "某县健康行动方案\n力争提前完成规划任务，到2025年孕妇产前检查率达到96%。\n"
    assert document(tmp_path, text) == [("孕妇产前检查率", ">=", 96, "%")]
