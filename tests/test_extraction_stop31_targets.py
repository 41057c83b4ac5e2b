"""Stop 31, targets: kinds of plan language that unseen plans bring — news of plans, 民生实事
lists, campaign plans. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document, read


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


_NEWS_OF_A_PLAN = (
    "某市“健康行动”目标：2018年人均期望寿命79岁\n\n"
    "    2016-05-10 09:12:00\n\n"
    "    本报讯 记者了解到，某市政府印发《某市健康促进行动方案(2016-2018年)》。"
    "根据方案，到2018年，全市居民人均期望寿命达到79岁以上，婴儿死亡率降至5‰以下。\n\n"
    "    除此以外，还有孕产妇系统管理率达到90%以上。\n\n"
    "    慢性病防控方面，高血压患者规范管理率达到60%以上。\n"
)


def test_news_of_a_plan_read_on_over_its_paragraphs_of_goals(tmp_path: Path) -> None:
    # 根据方案，到2018年，…: the paragraph states the plan's goals, the paragraphs after it go on
    # with them; one set apart by a blank line is dated by no year of its own (the README's
    # rule), one that says it goes on (除此以外，还有…) by the year of the one before it
    assert document(tmp_path, _NEWS_OF_A_PLAN) == [
        ("居民人均期望寿命", ">=", 79.0, "岁", 2018),
        ("婴儿死亡率", "<=", 5.0, "‰", 2018),
        ("孕产妇系统管理率", ">=", 90.0, "%", 2018),
        ("高血压患者规范管理率", ">=", 60.0, "%", None),
    ]


def test_units_a_conversion_or_a_dietary_goal_writes() -> None:
    # m² flattened to m2 by a conversion; an intake said per day (克/日, 克/天)
    assert read("全年查螺150万m2，药物灭螺60万m2") == [
        ("查螺", "=", 1500000.0, "m2"),
        ("药物灭螺", "=", 600000.0, "m2"),
    ]
    assert read("人均每日食用油摄入量降至25克/天以下") == [
        ("人均每日食用油摄入量", "<=", 25.0, "克/天")
    ]


def test_a_total_named_alone_is_the_total_of_what_the_count_before_counted(
    tmp_path: Path,
) -> None:
    # 总数, 总里程, 总量 with no thing of their own: the thing the clause before counted
    assert document(tmp_path, "到2025年，新建健身步道50公里，总里程达到300公里。") == [
        ("新建健身步道", "=", 50.0, "公里", 2025),
        ("健身步道总里程", ">=", 300.0, "公里", 2025),
    ]
    assert document(tmp_path, "到2025年，新增托位数2000个，总数达到1.2万个。") == [
        ("新增托位数", "=", 2000.0, "个", 2025),
        ("托位总数", ">=", 12000.0, "个", 2025),
    ]


def test_news_of_how_a_programme_was_chosen_states_no_target(tmp_path: Path) -> None:
    # the delegates who voted, the items voted or picked, the opinions gathered, how many
    # projects of a kind the list holds: facts of the programme's making, not its goals
    text = (
        "2025年1月，出席县第十届人民代表大会的180名代表票决出12项县政府2025年民生实事项目。"
        "今年共征集意见建议90余条，从20项候选项目中选出12项，其中养老服务项目3项。"
        "全年新建3个社区食堂，实施老旧小区改造项目5项。\n"
    )
    # (a count of projects the work is to carry out is a goal)
    assert document(tmp_path, text) == [
        ("新建社区食堂", "=", 3.0, "个", 2025),
        ("实施老旧小区改造项目", "=", 5.0, "项", 2025),
    ]


def test_two_verbs_joined_before_a_list_of_counts_are_carried_along_it(tmp_path: Path) -> None:
    assert document(tmp_path, "2025年，新建和改造口袋公园12个、健身步道40公里。") == [
        ("新建和改造口袋公园", "=", 12.0, "个", 2025),
        ("新建和改造健身步道", "=", 40.0, "公里", 2025),
    ]


def test_a_count_of_units_then_what_they_open_is_a_goal() -> None:
    # 开放 after the units, as 提供 or 开设 is: what the counted units are to do
    assert read("150家社区卫生服务中心开放周末门诊") == [
        ("社区卫生服务中心开放周末门诊", "=", 150.0, "家")
    ]


def test_a_range_with_its_unit_at_both_ends_then_the_thing_counted_is_no_rise() -> None:
    # 新增2名至3名…: so many to add, the thing counted after the range; 新增2000张至1.2万张
    # (nothing after it) is a rise to a total
    assert read("各区卫生健康部门新增2名至3名首席专家、5名至8名学科带头人") == [
        ("新增首席专家", "=", 2.0, "名"),
        ("新增学科带头人", "=", 5.0, "名"),
    ]
    assert read("养老床位新增2000张至1.2万张") == [("养老床位", ">=", 12000.0, "张")]


def test_what_a_total_and_its_bracketed_allotment_count_comes_after_the_bracket(
    tmp_path: Path,
) -> None:
    # README (stop 30): the allotment is a target of its own, the unit's word in its indicator
    assert document(tmp_path, "2024年，建成12所(每个乡镇1所)标准化卫生院。") == [
        ("建成标准化卫生院", "=", 12.0, "所", 2024),
        ("每个乡镇标准化卫生院", "=", 1.0, "所", 2024),
    ]


def test_a_town_or_street_named_between_the_verb_and_the_count_says_where() -> None:
    assert read("新建城关镇2所公办幼儿园") == [("新建城关镇公办幼儿园", "=", 2.0, "所")]


def test_pushing_on_projects_is_no_target_carrying_them_out_is() -> None:
    # README (stop 30): 加快/推进 N projects is an action; 实施 N projects counts the works
    assert read("加快12个重点民生项目建设进度") == []
    assert read("推进4所乡镇卫生院迁建项目建设") == []
    assert read("实施8个老旧小区改造项目") == [("实施老旧小区改造项目", "=", 8.0, "个")]
