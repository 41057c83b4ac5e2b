"""Rules the lead added at stop 29, each with the kind of plan language it reads."""

from __future__ import annotations

from pathlib import Path

from healthplan.documents import ingest
from healthplan.extraction import document_targets
from targets_helpers import document, read


def test_a_level_in_years_of_age_between_from_and_to_is_the_baseline(tmp_path: Path) -> None:
    # 由77.2岁（2022年）提高到78岁: 77.2岁 reads like an age qualifier, but between 由 and
    # 提高到 it is the level the measure starts from, measured in the bracketed year
    sentence = "全县人均预期寿命由77.2岁（2022年）提高到78岁"
    assert read(sentence) == [("人均预期寿命", ">=", 78, "岁")]
    plan = "某县卫生健康规划\n到2027年，全县人均预期寿命由77.2岁（2022年）提高到78岁。\n"
    path = tmp_path / "plan.txt"
    path.write_text(plan, encoding="utf-8")
    source = ingest(path)
    (target,) = document_targets(source, source.documents[0])
    assert (target.baseline_value, target.baseline_year, target.deadline) == (77.2, 2022, 2027)
    # an age that qualifies the people stays out of the values
    assert document(tmp_path, "某县方案\n到2027年，65岁以上老年人健康管理率由60%提高到70%。\n") == [
        ("65岁以上老年人健康管理率", ">=", 70, "%", 2027)
    ]
