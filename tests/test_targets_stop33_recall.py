"""Stop 33, targets (first round): recall on wordings of mainland plans and news of plans."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document, read


def test_bulleted_items_ending_a_page_are_its_text(tmp_path: Path) -> None:
    # a programme's last items, each a bulleted sentence, are the plan, not a site's links
    text = (
        "某县2025年民生实事项目\n"
        "一、教育提升\n"
        "●新建2所公办幼儿园。\n"
        "二、养老服务\n"
        "●新增家庭养老床位300张。\n"
        "●建成5个社区老年食堂。\n"
    )
    found = document(tmp_path, text)
    assert [(value, unit, deadline) for _, _, value, unit, deadline in found] == [
        (2.0, "所", 2025),
        (300.0, "张", 2025),
        (5.0, "个", 2025),
    ]


def test_a_news_line_setting_out_the_years_work_goes_on_with_it(tmp_path: Path) -> None:
    # the sentence after 今年…将… on the same line lists that work without a word of goals
    text = (
        "某市今年将新建一批体育设施\n"
        "来源:某市日报 2019-03-02\n\n"
        "    今年,某市将推进全民健身设施向农村延伸。建成6个乡镇全民健身中心,"
        "新建20个村级健身广场。\n"
    )
    found = document(tmp_path, text)
    assert [(value, unit) for _, _, value, unit, _ in found] == [(6.0, "个"), (20.0, "个")]


def test_a_news_line_naming_the_years_programme_states_its_goals(tmp_path: Path) -> None:
    # a page opening on a title won tells what was done; the year's programme it then names
    # is the work ahead
    text = (
        "某市召开人代会 去年荣获全国文明城市称号\n"
        "来源:某市日报 2025-01-10 记者 王某\n"
        "报告回顾了过去一年的工作,某市荣获全国文明城市称号。\n"
        "在某市2025年民生实事中提到,新建社区卫生服务站12处;改造提升乡镇卫生院8处。\n"
    )
    found = document(tmp_path, text)
    assert [(value, unit) for _, _, value, unit, _ in found] == [(12.0, "处"), (8.0, "处")]


def test_a_goal_in_brackets_after_its_measure() -> None:
    # a department's plan names the measure, then its goal in brackets
    assert read("把跌倒发生率(目标≤0.2‰)、手卫生依从率（目标值：≥95%）纳入科室考核") == [
        ("跌倒发生率", "<=", 0.2, "‰"),
        ("手卫生依从率", ">=", 95.0, "%"),
    ]


def test_counts_listed_after_two_verbs_of_building() -> None:
    # 新建、改扩建 opens the list: each count after it is of a work those verbs build
    assert read("新建、改扩建3所卫生院、6个村卫生室、2个急救站") == [
        ("改扩建卫生院", "=", 3.0, "所"),
        ("改扩建村卫生室", "=", 6.0, "个"),
        ("改扩建急救站", "=", 2.0, "个"),
    ]


def test_works_done_to_the_units_a_count_addresses() -> None:
    # 对 N units, then the works done to them with no object of their own
    assert read("对全区9所公办幼儿园整体改造提升") == [("改造提升的公办幼儿园", "=", 9.0, "所")]


def test_how_many_kinds_a_service_is_to_reach() -> None:
    # a count of kinds after a verb of a level is a goal; a count of kinds alone is no target
    assert read("免费检查项目增加至12类") == [("免费检查项目", ">=", 12.0, "类")]
    assert read("将病人分为3类管理") == []


def test_a_fee_per_session_and_a_standard_per_head_by_month() -> None:
    assert read("讲课医生补助50元/次") == [("讲课医生补助", "=", 50.0, "元/次")]
    assert read("农村低保标准提高到450元/月/人") == [("农村低保标准", ">=", 450.0, "元/月/人")]


def test_the_cost_said_before_a_work_is_no_part_of_its_name() -> None:
    assert read("计划投资300万元新建社区卫生服务站6个") == [("新建社区卫生服务站", "=", 6.0, "个")]


def test_the_kinds_listed_in_brackets_are_no_part_of_a_name() -> None:
    assert read("新建健身场地(标准篮球场、笼式足球场、门球场)18处") == [
        ("新建健身场地", "=", 18.0, "处")
    ]
    assert read("关键环节(手卫生、环境清洁)达标率≥95%") == [("关键环节达标率", ">=", 95.0, "%")]
    # the levels a bracket names stay (县(市、区))
    assert read("在全市6个县(市、区)开展免费筛查") == [("开展免费筛查的县(市、区)", "=", 6.0, "个")]


def test_a_time_within_which_a_service_can_be_had() -> None:
    # the service a plan promises, without a word of obligation before the time
    assert read("居民30分钟内可获取远程会诊意见") == [("远程会诊意见获取时间", "<=", 30.0, "分钟")]
