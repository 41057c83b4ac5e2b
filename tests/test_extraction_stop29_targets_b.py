"""Stop 29, targets on unseen documents (second round): kinds of plan language the folded
parts still lost. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document, read


def test_a_population_framing_the_sentence_is_no_part_of_its_rates() -> None:
    # 在…人群中，: whom every rate of the sentence is measured among, set apart by a comma
    assert read("在18-60岁人群中，慢性病防治知识知晓率达到80%") == [
        ("慢性病防治知识知晓率", ">=", 80.0, "%")
    ]
    assert read("全县在校学生中,近视防控知识知晓率达到90%") == [
        ("近视防控知识知晓率", ">=", 90.0, "%")
    ]


def test_a_group_said_alone_after_one_value_of_two_measures_gets_each(tmp_path: Path) -> None:
    # 甲和乙知晓率达到a，某人群达到b: the group's own rate of each measure the value was of
    text = (
        "二、工作目标\n"
        "到2030年,全区成年人中,高血压和糖尿病知晓率达到80%以上,"
        "农民工达到70%以上,中学生达到90%以上。\n"
    )
    assert document(tmp_path, text) == [
        ("高血压知晓率", ">=", 80.0, "%", 2030),
        ("糖尿病知晓率", ">=", 80.0, "%", 2030),
        ("农民工高血压知晓率", ">=", 70.0, "%", 2030),
        ("农民工糖尿病知晓率", ">=", 70.0, "%", 2030),
        ("中学生高血压知晓率", ">=", 90.0, "%", 2030),
        ("中学生糖尿病知晓率", ">=", 90.0, "%", 2030),
    ]


def test_a_bound_written_before_the_value_still_bounds_it() -> None:
    # 控制在以下N: the 以下 a converter or a typist moved before the figure
    assert read("新生儿死亡率控制在以下8‰") == [("新生儿死亡率", "<=", 8.0, "‰")]
    assert read("平均住院日控制在以内9天") == [("平均住院日", "<=", 9.0, "天")]


def test_a_verb_said_alone_counts_the_work_a_figure_before_told_of(tmp_path: Path) -> None:
    # 去年筛查甲已达a人，今年计划筛查b人: the object the verb had before the figure
    text = "二、目标\n2023年全区培训乡村医生已达1200人，2024年计划培训1500人。\n"
    assert document(tmp_path, text) == [("培训乡村医生", "=", 1500.0, "人", 2024)]


def test_groups_listed_without_a_shared_ending_each_have_the_measure() -> None:
    # the groups need not all end in 人, 者 or 员 (孕妇, 新生儿, 人群)
    assert read("孕妇、新生儿、流动人群结核病筛查率达到90%") == [
        ("孕妇结核病筛查率", ">=", 90.0, "%"),
        ("新生儿结核病筛查率", ">=", 90.0, "%"),
        ("流动人群结核病筛查率", ">=", 90.0, "%"),
    ]
    # a kind of unit serving the groups listed is one kind, not one for each
    assert read("新建2所危重孕产妇、新生儿救治中心") == [
        ("新建危重孕产妇、新生儿救治中心", "=", 2.0, "所")
    ]


def test_a_goal_after_progress_is_of_the_measure_the_progress_named(tmp_path: Path) -> None:
    # 甲率已经达到a，力争到某年达到b: the clause telling progress names the goal's measure
    text = "二、目标\n全县孕产妇系统管理率已经达到86%，力争到2027年达到92%，到2030年达到95%。\n"
    assert document(tmp_path, text) == [
        ("孕产妇系统管理率", ">=", 92.0, "%", 2027),
        ("孕产妇系统管理率", ">=", 95.0, "%", 2030),
    ]


def test_a_sentence_telling_progress_as_of_a_date_keeps_the_goal_it_sets(
    tmp_path: Path,
) -> None:
    # 截至去年底…已达到a，力争到某年达到b: past words open it, the goal after is the plan's
    text = (
        "本报讯 记者从市卫健委获悉，截至去年底，全市儿童健康管理率已经达到88%，"
        "力争到2026年达到93%。\n"
    )
    assert document(tmp_path, text) == [("儿童健康管理率", ">=", 93.0, "%", 2026)]


def test_a_pass_rate_named_alone_after_a_training_is_that_trainings() -> None:
    # 甲培训率a，考核合格率b: the pass rate of those the training trained
    assert read("村医慢病随访培训覆盖率达到100%，考核合格率达到90%") == [
        ("村医慢病随访培训覆盖率", ">=", 100.0, "%"),
        ("村医慢病随访培训考核合格率", ">=", 90.0, "%"),
    ]
    # no training before it: a pass rate stays as named
    assert read("食品抽检覆盖率100%，合格率95%") == [
        ("食品抽检覆盖率", "=", 100.0, "%"),
        ("合格率", "=", 95.0, "%"),
    ]


def test_counts_addressed_after_an_amount_are_each_of_the_work() -> None:
    # 投入a元对b所甲、c所乙进行改造: the 对 opens the units the work is done to, not the sum's
    # (the sum itself is a cost, no target: README, stop 31)
    found = read("市财政投入5000万元对30所村卫生室和8所乡镇卫生院进行标准化改造")
    assert found == [
        ("进行标准化改造的村卫生室", "=", 30.0, "所"),
        ("进行标准化改造的乡镇卫生院", "=", 8.0, "所"),
    ]


def test_measures_referred_to_by_their_rank_are_each_named(tmp_path: Path) -> None:
    # 上述N项指标中，前a项…，后b项…: the values stated before on the line, first or last ones
    text = (
        "二、目标\n"
        "到2025年,高血压患者规范管理率达到60%,糖尿病患者规范管理率达到55%,"
        "严重精神障碍患者规范管理率达到80%。到2030年,上述3项指标中,前2项指标均提高5个百分点,"
        "后1项指标提高3个百分点。\n"
    )
    assert document(tmp_path, text)[3:] == [
        ("高血压患者规范管理率", "increase_by", 5.0, "个百分点", 2030),
        ("糖尿病患者规范管理率", "increase_by", 5.0, "个百分点", 2030),
        ("严重精神障碍患者规范管理率", "increase_by", 3.0, "个百分点", 2030),
    ]


def test_a_share_of_places_that_display_something_is_named_by_it() -> None:
    # 甲场所a%以上放置/张贴乙: the share of those places that put it up
    assert read("候诊室70%以上放置健康教育资料") == [("候诊室放置健康教育资料", ">=", 70.0, "%")]
    assert read("公共场所90%以上张贴禁烟标识") == [("公共场所张贴禁烟标识", ">=", 90.0, "%")]


def test_a_population_counted_keeps_its_unit_whole() -> None:
    # N万人口的甲: the population the work reaches, 人口 its unit (no stray 口 in the name)
    assert read("解决12万人口的饮水安全问题") == [("解决饮水安全问题", "=", 120000.0, "人口")]


def test_a_count_right_before_a_list_joint_is_of_the_words_before_it() -> None:
    # 甲筛查a人、乙检查b人: the 、 after a count opens the next item, no object of the count
    assert read("开展老年人认知障碍筛查3000人、孕妇甲状腺功能检测及随访800人") == [
        ("开展老年人认知障碍筛查", "=", 3000.0, "人"),
        ("开展孕妇甲状腺功能检测及随访", "=", 800.0, "人"),
    ]


def test_a_sibling_after_a_counting_verb_takes_the_verb_once() -> None:
    # 完成甲抽检a批次、快检b批次: the list carries 完成 on, the sibling of 抽检 is 快检
    assert read("完成兽药抽检300批次、快检900批次") == [
        ("完成兽药抽检", "=", 300.0, "批次"),
        ("完成兽药快检", "=", 900.0, "批次"),
    ]


def test_the_end_of_a_named_period_a_change_is_made_from_is_no_part_of_the_measure() -> None:
    # 在“十三五”期末的基础上下降a%: the level at the end of the period before, a baseline
    assert read("肺结核发病率在“十三五”期末的基础上下降20%") == [
        ("肺结核发病率", "decrease_by", 20.0, "%")
    ]
    assert read("学生近视率较十四五末下降5%") == [("学生近视率", "decrease_by", 5.0, "%")]
