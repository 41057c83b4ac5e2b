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
