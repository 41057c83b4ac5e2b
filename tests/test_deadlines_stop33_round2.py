"""Deadlines, stop 33 (second round): the gold editor's decisions on dev questions and the
blind part (eval/corpus/README.md "Decided in stop 33"), probed with news written for these
tests."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document


def test_a_span_of_financial_years_dates_its_targets_by_the_year_it_ends(tmp_path: Path) -> None:
    # a board's plan for a financial year written as two years, the second cut to two digits,
    # and a three-year funding period written as its first and last financial years
    news = (
        "某管理局今日召开大会,通过2024至25年度的工作计划,将在各区新增约260张病床。\n"
        "此外,当局宣布在2025/26至2027/28年度的三年期内,将每年合共增加约80个护理学额。\n"
    )
    found = [(t[2], t[4]) for t in document(tmp_path, news)]
    assert found == [(260.0, 2025), (80.0, 2028)]


def test_a_yearly_quota_takes_the_year_its_own_sentence_names_after_it(tmp_path: Path) -> None:
    # a section run on to its heading: the sentence with the yearly reach goes on to the
    # horizon; the yearly count in the sentence before, and the next section's, stay undated
    plan = (
        "二、主要活动\n"
        "(一)开展健康讲堂。各地要组织开展健康讲堂进社区活动。每年举办约50场讲座。"
        "讲堂活动每年惠及约30万人,预计到2029年惠及人数累计达到150万。\n"
        "(二)开展义诊。各地每年组织义诊活动不少于4次。\n"
    )
    found = [(t[2], t[4]) for t in document(tmp_path, plan)]
    assert found == [(50.0, None), (300000.0, 2029), (1500000.0, 2029), (4.0, None)]
