"""Stop 33, targets (second round): recall on wordings of news of plans and budgets."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document, read


def test_a_work_done_for_the_units_there_are_is_no_state_told(tmp_path: Path) -> None:
    # 将为现有…增加: the units the work is done for, not what there is
    text = "某区卫生健康工作计划\n明年政府将为现有村卫生室配备200台设备，新增床位300张。\n"
    assert [(value, unit) for _, _, value, unit, _ in document(tmp_path, text)] == [
        (200.0, "台"),
        (300.0, "张"),
    ]


def test_a_standard_of_funding_in_news_is_a_goal_set(tmp_path: Path) -> None:
    # a standard raised to or set at a level is what the policy the news tells sets
    text = (
        "某省提高农村妇女免费体检补助\n"
        "本报讯(记者 王林) 近日，省卫生厅下发通知。\n"
        "今年起，农村妇女免费体检人均补助标准提高到每人90元。\n"
        "省财政对孕产妇住院分娩给予补助，补助标准为500元/人。\n"
    )
    found = [(value, unit) for _, _, value, unit, _ in document(tmp_path, text)]
    assert (90.0, "元") in found
    assert (500.0, "元/人") in found


def test_whom_a_work_serves_in_the_places_named_is_counted_after_for(tmp_path: Path) -> None:
    # 在N个县为M名…: the places, then 为 ("for") and the people served, named after them
    text = (
        "某省妇幼健康工作要点\n"
        "在全省40个县为5万名农村妇女免费筛查贫血,在12个县为8000名老年人免费体检。\n"
    )
    found = document(tmp_path, text)
    assert ("农村妇女免费筛查贫血", "=", 50000.0, "名", None) in found
    assert ("老年人免费体检", "=", 8000.0, "名", None) in found


def test_a_ratio_written_with_bi_is_its_second_term() -> None:
    # 1比1.2 as 1:1.2: the second term per one of the first; 1比2020年 is no ratio
    assert read("全县医护比要达到1比1.3。") == [("医护比", ">=", 1.3, "")]


def test_the_runs_a_service_makes_are_a_unit() -> None:
    assert read("孕妇接送专车将从20趟次增加至30趟次。") == [("孕妇接送专车", ">=", 30.0, "趟次")]


def test_the_people_a_measure_is_foreseen_to_reach_are_counted() -> None:
    # 预计有N人受惠: the reach of the measure, a goal; with no group named, the people reached
    assert read("预计有6000人受惠。") == [("受惠人数", "=", 6000.0, "人")]
    assert read("预估将会有2.5万人受惠。") == [("受惠人数", "=", 25000.0, "人")]
    assert read("全市预计有60万老年人。") == []


def test_the_units_there_are_listed_with_new_ones_tell_no_state(tmp_path: Path) -> None:
    # 加强新增名额和现有…名额的服务: the existing units, an object of the work beside the new
    text = (
        "某区养老服务工作计划\n"
        "今年拨款2000万元，增加300个居家照顾服务名额，并加强新增名额和现有约500个名额的服务。\n"
    )
    assert (300.0, "个") in [(value, unit) for _, _, value, unit, _ in document(tmp_path, text)]
