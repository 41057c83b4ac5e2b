"""Kinds of plan language worked on at stop 27, each in sentences written for the test (never
copied from a corpus document): forms of stating a target that unseen plans are likely to use."""

from __future__ import annotations

from healthplan.extraction import clause_targets


def read(text: str) -> list[tuple[str, str, float, str]]:
    return [(t.indicator, t.comparator.value, t.value, t.unit) for t in clause_targets(text)]


def test_a_share_of_a_whole_with_a_bound_or_a_modal_is_a_target() -> None:
    assert read("乡镇卫生院门诊量占全县门诊总量的60%以上") == [
        ("乡镇卫生院门诊量占全县门诊总量比例", ">=", 60, "%")
    ]
    assert read("到年底，筛查阳性人数占受检人数的5%以下") == [
        ("筛查阳性人数占受检人数比例", "<=", 5, "%")
    ]
    assert read("社会办医床位力争占全市床位总数的25%及以上") == [
        ("社会办医床位占全市床位总数比例", ">=", 25, "%")
    ]
    assert read("签约居民要占常住人口的45%") == [("签约居民占常住人口比例", "=", 45, "%")]
    # a share stated plainly tells how things are, not a goal
    assert read("全县60岁以上人口占户籍人口的21.3%") == []
    assert read("截至9月底，接种人数占目标人群的72%") == []
