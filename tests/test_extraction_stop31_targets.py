"""Stop 31, targets: kinds of plan language that unseen plans bring — news of plans, 民生实事
lists, campaign plans. Sentences written for these tests."""

from __future__ import annotations

from targets_helpers import read


def test_a_share_of_people_opening_its_clause_then_the_state_wanted_for_them() -> None:
    # no goal verb before the share: the people and the state they are to be in say the goal
    assert read("到2030年，90%以上的老年人享受社区居家养老服务") == [
        ("老年人享受社区居家养老服务", ">=", 90.0, "%")
    ]
    assert read("即5%老年人入住养老机构，95%老年人居家养老") == [
        ("老年人入住养老机构", "=", 5.0, "%"),
        ("老年人居家养老", "=", 95.0, "%"),
    ]


def test_a_share_of_units_that_are_to_have_one_of_a_thing() -> None:
    # the one thing each unit is to have is what the share is of, not a count of its own
    assert read("80%的行政村有1个标准化村卫生室") == [("行政村有标准化村卫生室", "=", 80.0, "%")]


def test_a_floor_before_the_first_count_of_a_list_holds_for_every_count_of_it() -> None:
    # 民生实事 lists of events: one verb and one floor said once for the whole list, 以及
    # joining the last item as 、 joins the others
    assert read("全年开展不少于50场义诊、120场健康讲座以及30场急救培训") == [
        ("开展义诊", ">=", 50.0, "场"),
        ("开展健康讲座", ">=", 120.0, "场"),
        ("开展急救培训", ">=", 30.0, "场"),
    ]
    # no floor said: each count is as many
    assert read("新建3个社区食堂、5个托育点") == [
        ("新建社区食堂", "=", 3.0, "个"),
        ("新建托育点", "=", 5.0, "个"),
    ]
