"""Stop 28: a time limit set as a goal (确保…小时内完成…) is a target: the time the work must
be done in, at most the time stated, named by the work and its verb; without a word of
obligation the time is still how long something lasts. Sentences written for these tests."""

from __future__ import annotations

from targets_helpers import read


def test_a_time_limit_after_a_word_of_obligation_is_a_goal() -> None:
    assert read("确保72小时内完成疑似病例标本复核检测") == [
        ("疑似病例标本复核检测完成时间", "<=", 72.0, "小时")
    ]


def test_a_limit_counted_in_working_days() -> None:
    assert read("要求3个工作日内反馈投诉处理结果") == [
        ("投诉处理结果反馈时间", "<=", 3.0, "个工作日")
    ]


def test_a_time_with_no_word_of_obligation_stays_no_target() -> None:
    assert read("患者在入院24小时内接受评估") == []
