"""Kinds of plan language worked on at stop 27, each in sentences written for the test (never
copied from a corpus document): forms of stating a target that unseen plans are likely to use."""

from __future__ import annotations

from pathlib import Path

# the helpers that read a clause and a document, shared with the tests of stop 26
from targets_helpers import document, read


def test_a_share_of_a_whole_with_a_bound_or_a_modal_is_a_target() -> None:
    assert read("乡镇卫生院门诊量占全县门诊总量的60%以上") == [
        ("乡镇卫生院门诊量占全县门诊总量比例", ">=", 60, "%")
    ]
    assert read("到年底，筛查阳性人数占受检人数的5%以下") == [
        ("筛查阳性人数占受检人数比例", "<=", 5, "%")
    ]
    assert read("社会办医床位力争占全市床位总数的25%及以上") == [
        ("社会办医床位占全市床位总数比例", ">=", 25, "%")
    ]
    assert read("签约居民要占常住人口的45%") == [("签约居民占常住人口比例", "=", 45, "%")]
    # a share stated plainly tells how things are, not a goal
    assert read("全县60岁以上人口占户籍人口的21.3%") == []
    assert read("截至9月底，接种人数占目标人群的72%") == []


def test_how_often_a_service_is_given_said_in_words_after_its_verb() -> None:
    assert read("对糖尿病患者每季度随访一次") == [("对糖尿病患者每季度随访", "=", 1, "次")]
    assert read("每半年上门访视两次") == [("每半年上门访视", "=", 2, "次")]
    assert read("村医每月到偏远自然村巡诊一次") == [("村医每月到偏远自然村巡诊", "=", 1, "次")]
    assert read("对托育机构每年督导三次") == [("对托育机构每年督导", "=", 3, "次")]
    # counted by people, the same verbs count as 筛查 does
    assert read("全年随访管理肺结核患者800人") == [("随访管理肺结核患者", "=", 800, "人")]


def test_a_service_given_free_keeps_the_word_in_its_name() -> None:
    assert read("争取实现为孕妇每人免费体检两次的目标") == [("免费体检", "=", 2, "次")]
    assert read("实现为学生每人每年免费查体1次的目标") == [("免费查体", "=", 1, "次")]
    assert read("今年免费培训500名乡村医生") == [("免费培训乡村医生", "=", 500, "名")]
    assert read("全年免费筛查2万名农村妇女") == [("免费筛查农村妇女", "=", 20000, "名")]


def test_a_part_named_only_by_its_kind_is_a_kind_of_what_the_verb_counted() -> None:
    assert read("新建养老机构12家（其中公办5家）") == [
        ("新建养老机构", "=", 12, "家"),
        ("新建公办养老机构", "=", 5, "家"),
    ]
    assert read("全年新增托位900个，其中普惠性600个") == [
        ("新增托位", "=", 900, "个"),
        ("新增普惠性托位", "=", 600, "个"),
    ]
    assert read("培训乡村医生400名（其中女性150名以上）") == [
        ("培训乡村医生", "=", 400, "名"),
        ("培训女性乡村医生", ">=", 150, "名"),
    ]
    # a part that names its own kind of unit keeps its name
    assert read("新建幼儿园20所（其中公办园8所）") == [
        ("新建幼儿园", "=", 20, "所"),
        ("公办园", "=", 8, "所"),
    ]


def test_a_bound_after_a_list_of_measures_in_other_units_is_the_last_ones_own() -> None:
    assert read("改造农村危房400户、3万平方米以上") == [
        ("改造农村危房", "=", 400, "户"),
        ("改造农村危房", ">=", 30000, "平方米"),
    ]
    assert read("年内培训护理员600人、2000人次以上") == [
        ("培训护理员", "=", 600, "人"),
        ("培训护理员", ">=", 2000, "人次"),
    ]
    # in the same unit the bound is each one's
    assert read("建设健身步道8条、12条以上") == [
        ("建设健身步道", ">=", 8, "条"),
        ("建设健身步道", ">=", 12, "条"),
    ]


def test_a_rate_bounded_before_the_goal_it_names_is_no_size_of_units() -> None:
    assert read("力争实现全县婴儿死亡率4.5‰以下的目标") == [("婴儿死亡率", "<=", 4.5, "‰")]
    assert read("实现新生儿破伤风发病率1/千以下的目标") == [("新生儿破伤风发病率", "<=", 1, "/千")]
    assert read("确保甲类传染病发病率5/10万以下的要求") == [("甲类传染病发病率", "<=", 5, "/10万")]
    # a count with a bound before what it sizes still qualifies it
    assert read("5000户以上的居民小区") == []


def test_a_counting_verb_is_carried_along_a_list_of_counts() -> None:
    assert read("年内培训家庭医生200名、公卫人员350名") == [
        ("培训家庭医生", "=", 200, "名"),
        ("培训公卫人员", "=", 350, "名"),
    ]
    assert read("配备救护车6辆、除颤仪15台") == [
        ("配备救护车", "=", 6, "辆"),
        ("配备除颤仪", "=", 15, "台"),
    ]
    assert read("全年筛查适龄妇女1.5万人、新生儿4000人") == [
        ("筛查适龄妇女", "=", 15000, "人"),
        ("筛查新生儿", "=", 4000, "人"),
    ]
    assert read("改造提升8所卫生院和3家敬老院") == [
        ("提升卫生院", "=", 8, "所"),
        ("提升敬老院", "=", 3, "家"),
    ]


def test_what_each_of_the_units_counted_gets_is_a_count_of_its_own() -> None:
    assert read("为25个村卫生室各配备一台全自动除颤仪")[-1] == ("配备全自动除颤仪", "=", 1, "台")
    assert read("在8个街道各建设2个健康小屋")[-1] == ("建设健康小屋", "=", 2, "个")
    assert read("为12所学校各配备一套视力筛查设备")[-1] == ("配备视力筛查设备", "=", 1, "套")
    # a set that is no thing counted stays vague
    assert read("建立一套长效管理制度") == []


def test_what_each_unit_is_to_have_said_in_words_is_a_count() -> None:
    assert read("确保每个街道有一所社区卫生服务中心") == [
        ("每个街道社区卫生服务中心", "=", 1, "所")
    ]
    assert read("每个行政村都有一名乡村医生") == [("每个行政村乡村医生", "=", 1, "名")]
    assert read("各学校有两名专职校医") == [("各学校专职校医", "=", 2, "名")]
    # how many of some kinds, or what a place has now, are no count to reach
    assert read("要有三项达到国家标准") == []
    assert read("全县有一所三级医院") == []


def test_a_prevalence_the_services_report_is_a_goal_to_reach() -> None:
    assert read("到2027年，精神分裂症等患者报告患病率达到4.2‰") == [
        ("精神分裂症等患者报告患病率", ">=", 4.2, "‰")
    ]
    assert read("重性精神疾病登记患病率提高到3.5‰以上") == [
        ("重性精神疾病登记患病率", ">=", 3.5, "‰")
    ]
    # a harm that rises is what the plan foresees, no goal
    assert read("糖尿病患病率上升到12%") == []


def test_a_numbered_table_with_bars_between_cells_and_a_row_a_line(tmp_path: Path) -> None:
    text = (
        "某市妇幼健康发展规划\n"
        "二、发展指标\n"
        "序号 | 指标 | 2024年 | 2028年目标 | 属性\n"
        "1 | 新生儿死亡率（‰） | 2.1 | ≤2 | 约束性\n"
        "2 | 产前筛查率（%） | 88 | ≥92 | 预期性\n"
        "3 | 每千人口儿科医师数（人） | 0.7 | 0.9 | 预期性\n"
    )
    assert document(tmp_path, text) == [
        ("新生儿死亡率", "<=", 2, "‰", 2028),
        ("产前筛查率", ">=", 92, "%", 2028),
        ("每千人口儿科医师数", "=", 0.9, "人", 2028),
    ]


def test_a_list_of_works_with_its_count_in_a_cell_of_its_own(tmp_path: Path) -> None:
    text = (
        "某县2027年卫生健康为民办实事项目\n"
        "1. 建设村级健康驿站 | 40个 | 县卫健局\n"
        "2. 为孕妇免费开展无创产前基因检测 | 1.2万人 | 县妇幼保健院\n"
        "3. 培训社会急救员\t≥3000人次\t县红十字会\n"
    )
    assert document(tmp_path, text) == [
        ("建设村级健康驿站", "=", 40, "个", 2027),
        ("为孕妇免费开展无创产前基因检测", "=", 12000, "人", 2027),
        ("培训社会急救员", ">=", 3000, "人次", 2027),
    ]


def test_a_rate_and_its_value_in_two_cells_of_a_line(tmp_path: Path) -> None:
    text = (
        "某县2027年慢性病防控工作要点\n"
        "一、工作目标\n"
        "指标\t目标值\n"
        "高血压患者规范管理率\t65%以上\n"
        "糖尿病患者规范管理率\t62%\n"
    )
    assert document(tmp_path, text) == [
        ("高血压患者规范管理率", ">=", 65, "%", 2027),
        ("糖尿病患者规范管理率", "=", 62, "%", 2027),
    ]


def test_what_is_handed_out_counted_by_its_pack() -> None:
    assert read("全年免费发放避孕药具8万盒") == [("免费发放避孕药具", "=", 80000, "盒")]
    assert read("为孕早期妇女发放叶酸6000瓶") == [("发放叶酸", "=", 6000, "瓶")]
    assert read("向居民发放限盐勺3万袋以上") == [("发放限盐勺", ">=", 30000, "袋")]


def test_a_level_brought_down_to_by_verbs_of_narrowing() -> None:
    assert read("城区急救服务半径缩小到4公里以内") == [("城区急救服务半径", "<=", 4, "公里")]
    assert read("患者平均候诊时间压缩至25分钟") == [("患者平均候诊时间", "<=", 25, "分钟")]
    assert read("影像检查预约时间压减到3天") == [("影像检查预约时间", "<=", 3, "天")]


def test_values_given_each_of_a_list_after_urban_and_rural_are_the_lists() -> None:
    names = [t[0] for t in read("城乡居民高血压、糖尿病患者规范管理率分别不低于60%和55%")]
    # the people the first item follows are whose each item is (stop 27)
    assert names == ["城乡居民高血压患者规范管理率", "城乡居民糖尿病患者规范管理率"]
    names = [t[0] for t in read("城乡居民慢阻肺、脑卒中患者随访率分别达到50%和45%")]
    assert names == ["城乡居民慢阻肺患者随访率", "城乡居民脑卒中患者随访率"]
    # 城乡 before one measure still gives urban and rural their values
    names = [t[0] for t in read("城乡居民健康素养水平分别达到28%和22%")]
    assert names == ["城市居民健康素养水平", "农村居民健康素养水平"]
