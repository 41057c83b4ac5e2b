"""Stop 29, targets on unseen documents (third round, the folded twelfth part): progress
reports of practical works, old outlines and news of past figures. Sentences written for these
tests."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document, read


def test_a_table_of_tasks_and_what_was_done_gives_the_planned_figures(tmp_path: Path) -> None:
    # 项目名称 | 完成情况 | 占全年计划: the task's cell names the year's figure; the cells after
    # it are what was done and its share of the plan, no targets
    text = (
        "2023年某区惠民实事项目完成情况\n"
        "序号 | 项目名称 | 完成情况 | 占全年计划 |\n"
        "1 | 新建500个老年助餐点 | 612 | 122% |\n"
        "2 | 改建80张护理型床位 | 80 | 100% |\n"
    )
    assert document(tmp_path, text) == [
        ("新建老年助餐点", "=", 500.0, "个", 2023),
        ("改建护理型床位", "=", 80.0, "张", 2023),
    ]


def test_rebuilding_counts_what_is_rebuilt() -> None:
    # 改建 is a verb of building as 新建 is: the count is of what it makes, the verb whole
    assert read("改建40张康复床位") == [("改建康复床位", "=", 40.0, "张")]


def test_a_reports_line_labelled_as_the_task_states_goals_in_every_clause(tmp_path: Path) -> None:
    # 目标任务：…；…；… beside 完成情况：…: the labelled line's clauses are all the task set, the
    # line of what was done of it none
    text = (
        "某县民生实事项目目标完成情况\n"
        "一、城乡供水项目\n"
        "目标任务：推进供水一体化；改造供水管网30公里；新建农村水站12个。\n"
        "责任单位：县水利局\n"
        "完成情况：已改造供水管网18公里；新建农村水站9个。\n"
    )
    assert document(tmp_path, text) == [
        ("改造供水管网", "=", 30.0, "公里", None),
        ("新建农村水站", "=", 12.0, "个", None),
    ]


def test_a_full_stop_glued_to_a_rate_that_goes_on_ends_no_sentence(tmp_path: Path) -> None:
    # 12.5%。以内，比…: an old typesetting's ‰ cut in two by a conversion; the rate goes on
    text = "某省卫生规划\n到2010年，新生儿死亡率控制在12.5%。以内，比2005年下降20%。\n"
    assert document(tmp_path, text) == [
        ("新生儿死亡率", "<=", 12.5, "%", 2010),
        ("新生儿死亡率", "decrease_by", 20.0, "%", 2010),
    ]


def test_a_news_items_goals_attributed_after_them_and_the_line_going_on(tmp_path: Path) -> None:
    # …而到2010年…将达…，这是某规划纲要提出的要求。⏎除此以外，还有…: the goal is said before
    # whose it is; the next paragraph goes on with more of them though it names the base year
    text = (
        "某省卫生规划纲要发布\n2008年03月02日  来源：某省日报\n"
        "而到2010年全省孕产妇住院分娩率将达90%，"
        "这是全省卫生发展规划纲要提出的要求。\n"
        "除此以外，还有孕产妇死亡率控制在30/10万以内，比2006年下降10%。\n"
    )
    assert document(tmp_path, text) == [
        ("孕产妇住院分娩率", ">=", 90.0, "%", 2010),
        ("孕产妇死亡率", "<=", 30.0, "/10万", 2010),
        ("孕产妇死亡率", "decrease_by", 10.0, "%", 2010),
    ]


def test_an_earlier_named_period_tells_figures_reached(tmp_path: Path) -> None:
    # “十二五”末期 in a news item of 2017: the level reached when that period ended, no goal;
    # 比十二五末 is a change's base and 到“十三五”末 the goal's time
    text = (
        "某省卫生计生事业发展十三五规划解读\n"
        "2017年03月02日 10:00 来源：某省日报\n"
        "“十二五”末期，全省孕产妇系统管理率提高到88%。\n"
        "到2020年，全省孕产妇系统管理率达到92%，比十二五末提高4个百分点。\n"
    )
    assert document(tmp_path, text) == [
        ("孕产妇系统管理率", ">=", 92.0, "%", 2020),
        ("孕产妇系统管理率", "increase_by", 4.0, "个百分点", 2020),
    ]


def test_a_peak_foreseen_is_no_level_set() -> None:
    # 在…前后达到峰值N: where a trend is expected to top out, no goal a plan sets
    assert read("全县常住人口预计在2032年前后达到最高值56万人") == []
    assert read("老年人口将在2035年达到峰值30万人") == []
    assert read("到2025年全县常住人口控制在56万人以内") == [("常住人口", "<=", 560000.0, "人")]


def test_a_forecast_so_labelled_is_no_goal(tmp_path: Path) -> None:
    # 预测：… heads a forecast as 预计 does; the goals a later line sets stay
    text = (
        "某市人口发展规划\n"
        "预测：“十四五”期间全市年均增人3万\n"
        "目标：到2025年，全市人口出生率控制在10‰以内。\n"
    )
    assert document(tmp_path, text) == [("人口出生率", "<=", 10.0, "‰", 2025)]


def test_existing_units_a_work_is_done_to_tell_no_state(tmp_path: Path) -> None:
    # 改造现有…: the units the work is done to; the year's list of works stays goals
    text = (
        "2024年某区为民办实事项目\n"
        "养老服务项目包括：新增200张养老床位，改造提升现有日间照护中心；新建3个社区食堂。\n"
    )
    assert document(tmp_path, text) == [
        ("新增养老床位", "=", 200.0, "张", 2024),
        ("新建社区食堂", "=", 3.0, "个", 2024),
    ]


def test_a_sites_size_told_with_a_copula_is_a_description() -> None:
    # 用地面积为N平方米: how big the site of a work is, told as 建筑面积N平方米 is; a size the
    # plan asks to reach (达到) stays
    assert read("用地面积为6200平方米") == []
    assert read("总建筑面积约为1.5万平方米") == []
    assert read("业务用房建筑面积达到3000平方米") == [("业务用房建筑面积", ">=", 3000.0, "平方米")]


def test_what_is_added_or_raised_is_counted_by_its_verb() -> None:
    # 增配/筹措 N units of a thing: the verb counts the thing after the count, with or without
    # the unit's alternative in brackets
    assert read("在公共场所增配80台除颤器") == [("增配除颤器", "=", 80.0, "台")]
    assert read("筹措500套(间)人才公寓") == [("筹措人才公寓", "=", 500.0, "套")]
