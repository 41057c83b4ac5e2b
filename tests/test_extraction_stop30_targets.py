"""Stop 30, targets: recall and indicator shape in kinds of plan language that recur across
documents (counts after a chain of verbs, lists of counts sharing one verb, …). Sentences
written for these tests."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document, read


def test_a_count_after_a_chain_of_verbs_names_what_follows_it() -> None:
    # 建设 counts, 改善 is more of the same work: the count is of the rest rooms after it, not of
    # the verbs before it
    assert read("年内建设改善45间环卫工人休息驿站") == [
        ("建设改善环卫工人休息驿站", "=", 45.0, "间")
    ]


def test_supplying_is_no_modal_in_a_chain_of_counting_verbs() -> None:
    # 供应 ends with 应, which is no "should" here: the chain keeps its last verb whole
    assert read("新增筹集供应800套青年人才公寓") == [("筹集供应青年人才公寓", "=", 800.0, "套")]


def test_a_list_of_counts_after_one_verb_of_opening_gives_each_the_verb() -> None:
    # 开办 opens the list; the second count and its units are as much a goal as the first
    assert read("开办15个老年大学教学点、6个社区学习中心") == [
        ("开办老年大学教学点", "=", 15.0, "个"),
        ("开办社区学习中心", "=", 6.0, "个"),
    ]


def test_units_set_up_in_a_list_are_each_counted() -> None:
    # 设置 opens the list as 新建 does: each kind of unit its count
    assert read("设置1个精神卫生中心、1个职业病防治所") == [
        ("设置精神卫生中心", "=", 1.0, "个"),
        ("设置职业病防治所", "=", 1.0, "个"),
    ]


def test_a_progress_reports_numbered_task_headings_state_its_goals(tmp_path: Path) -> None:
    # a report of progress: each numbered heading names a task and its figure, the paragraph
    # under it tells what was done (no targets); a heading that tells work done is none either
    text = (
        "2024年某县为民办实事项目上半年进展情况\n"
        "1.新建6个老年助餐点\n"
        "已完成选址4处,其余正在装修。\n"
        "2.改造40公里农村供水管网\n"
        "已完成改造18公里,进度45%。\n"
        "3.已建成2个智慧健身驿站\n"
        "驿站已投入使用。\n"
    )
    assert document(tmp_path, text) == [
        ("新建老年助餐点", "=", 6.0, "个", 2024),
        ("改造农村供水管网", "=", 40.0, "公里", 2024),
    ]


def test_measures_named_alone_after_subjects_split_are_each_subjects() -> None:
    # one value split over two diseases, then measures named with no subject: each disease's
    assert read("肺结核和艾滋病患者发现率达到85%，治疗成功率达90%，随访率达95%") == [
        ("肺结核患者发现率", ">=", 85.0, "%"),
        ("艾滋病患者发现率", ">=", 85.0, "%"),
        ("肺结核患者治疗成功率", ">=", 90.0, "%"),
        ("艾滋病患者治疗成功率", ">=", 90.0, "%"),
        ("肺结核患者随访率", ">=", 95.0, "%"),
        ("艾滋病患者随访率", ">=", 95.0, "%"),
    ]


def test_the_same_measure_narrowed_stays_the_groups() -> None:
    # 早期筛查率 narrows the 筛查率 just split: one target of the group as a whole
    assert read("宫颈癌、乳腺癌筛查率达到80%，早期筛查率达到60%") == [
        ("宫颈癌筛查率", ">=", 80.0, "%"),
        ("乳腺癌筛查率", ">=", 80.0, "%"),
        ("早期筛查率", ">=", 60.0, "%"),
    ]


def test_a_share_of_kinds_of_unit_listed_after_it_is_each_kinds_share() -> None:
    # one share before three kinds of unit and what they do: each kind its own share
    assert read("80%的中小学校、托育机构和养老机构为服务对象建立健康档案") == [
        ("中小学校为服务对象建立健康档案", "=", 80.0, "%"),
        ("托育机构为服务对象建立健康档案", "=", 80.0, "%"),
        ("养老机构为服务对象建立健康档案", "=", 80.0, "%"),
    ]


def test_a_rate_of_setting_up_named_alone_is_of_what_was_set_up(tmp_path: Path) -> None:
    # 建成率 names no object: what the sentence before set up, past the clauses saying by when
    # and per what unit it is counted
    text = (
        "某县康复服务工作方案\n"
        "（三）完善服务网络。在乡镇设立残疾人康复站；2026年底前，以乡镇为单位，建成率达90%以上。\n"
    )
    assert document(tmp_path, text) == [("残疾人康复站建成率", ">=", 90.0, "%", 2026)]


def test_places_named_as_examples_before_a_count_are_no_part_of_what_it_counts() -> None:
    # 甲路、乙路等 says which; the count is of the lanes after it, the verb before the names
    assert read("改造南关路、北关路等8条村内道路") == [("改造村内道路", "=", 8.0, "条")]
    # 解决 and the people whose problem it solves: the villages listed only say where
    assert read("解决上河、下河等村2000人的安全饮水问题") == [
        ("解决安全饮水问题", "=", 2000.0, "人")
    ]


def test_a_measure_of_the_manner_of_an_act_after_another_is_of_the_same_subject() -> None:
    # 完好率 and 正确使用率: two measures of the works named once; 正确 says how they are used
    assert read("改水工程水质完好率和正确使用率均达到90%以上") == [
        ("改水工程水质完好率", ">=", 90.0, "%"),
        ("改水工程水质正确使用率", ">=", 90.0, "%"),
    ]


def test_so_many_the_works_will_reach_is_a_goal_a_state_foreseen_is_not() -> None:
    # 将有 and an act after the count: the plan's work reaches them; without the act, a forecast
    assert read("今年全县将有8条乡道进行大中修") == [("乡道进行大中修", "=", 8.0, "条")]
    assert read("全镇将有2000名儿童接受免费体检") == [("全镇儿童接受免费体检", "=", 2000.0, "名")]
    assert read("到2030年全县将有12万老年人") == []


def test_existing_units_a_work_is_done_to_are_counted() -> None:
    # 提升现有…: the units the work improves, no fact told of what there is
    assert read("提升现有15个社区健康小屋服务功能") == [
        ("提升社区健康小屋服务功能", "=", 15.0, "个")
    ]


def test_colleges_and_major_repairs_are_no_whole_a_part_is_taken_from() -> None:
    # 大中专 (colleges) and 大中修 (major repairs) hold 中 without meaning "among"
    assert read("组织300名大中专毕业生参加岗位实习") == [
        ("组织大中专毕业生参加岗位实习", "=", 300.0, "名")
    ]


def test_a_numbered_heading_over_its_paragraph_is_not_joined_to_it(tmp_path: Path) -> None:
    # no page width cut these lines: an item listing two tasks stands over the paragraph of
    # their progress, which is no part of its sentence
    text = (
        "2025年某区惠民实事项目一季度进展情况\n"
        "1.新建4个社区卫生服务站、改造6个村卫生室\n"
        "2月10日起已启动选址和设计,目前4个服务站均在施工,村卫生室改造已完成2个。\n"
        "2.新增120张护理型床位\n"
        "已确定承接机构,正在进行内部装修。\n"
    )
    assert document(tmp_path, text) == [
        ("新建社区卫生服务站", "=", 4.0, "个", 2025),
        ("改造村卫生室", "=", 6.0, "个", 2025),
        ("新增护理型床位", "=", 120.0, "张", 2025),
    ]


def test_square_metres_written_as_one_sign_are_the_unit() -> None:
    # ㎡ and m² are 平方米 as pages print them: the value keeps its unit
    assert read("人均绿地面积达到12㎡") == [("人均绿地面积", ">=", 12.0, "㎡")]
    assert read("人均健身场地面积不低于2.5m²") == [("人均健身场地面积", ">=", 2.5, "m²")]


def test_built_and_opened_counts_what_is_opened() -> None:
    # 建成投用, 培训产生: the second verb says what the first one's work comes to
    assert read("年底前建成投用8个社区食堂") == [("建成投用社区食堂", "=", 8.0, "个")]
    assert read("培训产生500名持证家政服务员") == [("培训产生持证家政服务员", "=", 500.0, "名")]


def test_fewer_than_is_below_and_not_fewer_than_a_floor() -> None:
    assert read("每个小区流浪犬少于2只") == [("每个小区流浪犬", "<", 2.0, "只")]
    assert read("每个小区不少于2名网格员") == [("每个小区网格员", ">=", 2.0, "名")]


def test_a_narrowed_measure_named_alone_is_of_the_subject_before() -> None:
    # 规范管理率 narrows the 管理率 just named: of the same patients
    assert read("严重精神障碍患者管理率达到85%，规范管理率达到70%") == [
        ("严重精神障碍患者管理率", ">=", 85.0, "%"),
        ("严重精神障碍患者规范管理率", ">=", 70.0, "%"),
    ]


def test_a_share_of_the_last_kind_after_all_of_the_others_is_that_kinds() -> None:
    # every school and hospital, and 60% of the clinics: the share is of the clinics doing it
    assert read("所有学校、医院和60%的诊所开展控烟宣传") == [("诊所开展控烟宣传", "=", 60.0, "%")]
