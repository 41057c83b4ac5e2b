"""Stop 35, targets (first round): rules each with a test in our own words."""

from __future__ import annotations

from targets_helpers import read


def test_whom_a_free_service_is_for_is_counted_after_who_gives_it() -> None:
    # who gives the service, then 免费为 and the people: the count is of the people served
    assert read("区妇幼保健院将免费为800名孕妇进行产前检查") == [
        ("孕妇进行产前检查", "=", 800.0, "名")
    ]
    assert read("市眼科医院今年免费为500名老人开展白内障筛查") == [
        ("老人开展白内障筛查", "=", 500.0, "名")
    ]


def test_an_age_span_qualifying_the_people_served_is_no_part_of_the_indicator() -> None:
    # the age span (and what follows it up to 的) says which people; the indicator keeps them
    assert read("免费为1200名6-12岁符合条件的学生进行窝沟封闭") == [
        ("学生进行窝沟封闭", "=", 1200.0, "名")
    ]
    assert read("为3万名40~69岁农村居民免费开展胃镜筛查") == [
        ("农村居民免费开展胃镜筛查", "=", 30000.0, "名")
    ]


def test_a_share_raised_to_a_part_of_a_whole_is_compared_by_its_verb() -> None:
    # 占比 said first, then the verb and the whole the share is of
    assert read("使家庭医生签约服务占比提升至居民总数的45%") == [
        ("家庭医生签约服务占居民总数比例", ">=", 45.0, "%")
    ]
    assert read("基层诊疗量比重提高到全区诊疗总量的60%以上") == [
        ("基层诊疗量占全区诊疗总量比例", ">=", 60.0, "%")
    ]


def test_one_place_named_as_an_example_is_no_part_of_the_kind_counted() -> None:
    # a work, one place's own long name (or a road's number) before 等, then the kind counted
    assert read("改造东湖路南段延长线等积水点4处") == [("改造积水点", "=", 4.0, "处")]
    assert read("整治318国道北口等拥堵路段2处") == [("整治拥堵路段", "=", 2.0, "处")]
    # a short example of the kind stays, as does a work after whom it serves
    assert read("新建社区公园等休闲设施6处") == [("新建社区公园等休闲设施", "=", 6.0, "处")]


def test_a_share_reads_past_a_size_bounding_one_of_the_units_it_is_of() -> None:
    # 超过…的 says which units; it is no number of its own and no end of the share's words
    found = read("20%的卫生室、服务人口超过5000人的社区卫生站配备全科医生")
    assert [(value, unit) for _, _, value, unit in found] == [(20.0, "%")]
    assert found[0][0].endswith("社区卫生站配备全科医生")


def test_a_bounded_size_between_a_count_and_its_units_says_which_units() -> None:
    # no 的 between the size and the noun: the size still only says which units are counted
    assert read("建成8个社区2000平方米以上文体活动中心") == [
        ("建成社区2000平方米以上文体活动中心", "=", 8.0, "个")
    ]
    assert read("改造20个300户以上老旧小区") == [("改造300户以上老旧小区", "=", 20.0, "个")]
    # a size with no count of units before it is the goal
    assert read("新建文体活动中心2000平方米以上") == [("新建文体活动中心", ">=", 2000.0, "平方米")]
