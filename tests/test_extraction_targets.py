"""Target rules on sentences written for these tests (no seed sentence): comparators, 万/亿,
Chinese numerals, ranges, value lists, distributive 均/各, qualifiers, past achievements,
slogans, document numbers and dates, deadlines, milestones and exact quotes."""

from __future__ import annotations

import pytest

from healthplan.documents import cn_to_int, ingest
from healthplan.extraction import clause_targets, document_targets, mentions
from targets_helpers import document


def one(text: str) -> tuple[str, str, float, float | None, str]:
    found = clause_targets(text)
    assert len(found) == 1, [f.indicator for f in found]
    t = found[0]
    return t.indicator, t.comparator.value, t.value, t.value_max, t.unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("肺结核患者规则服药率保持在92%以上", ("肺结核患者规则服药率", ">=", 92, None, "%")),
        ("产后访视率不低于85%", ("产后访视率", ">=", 85, None, "%")),
        ("全区新生儿访视率达到96%", ("新生儿访视率", ">=", 96, None, "%")),
        ("5岁以下儿童死亡率控制在6‰以下", ("儿童死亡率", "<=", 6, None, "‰")),
        ("肝癌死亡率下降到20/10万以下", ("肝癌死亡率", "<=", 20, None, "/10万")),
        ("成人肥胖率不高于12%", ("成人肥胖率", "<=", 12, None, "%")),
        ("患者满意度超过90%", ("患者满意度", ">", 90, None, "%")),
        ("门诊次均费用增长率低于8%", ("门诊次均费用增长率", "<", 8, None, "%")),
        ("脑卒中发病率下降10%", ("脑卒中发病率", "decrease_by", 10, None, "%")),
        ("将乳腺癌早诊率提高8个百分点", ("乳腺癌早诊率", "increase_by", 8, None, "个百分点")),
        ("新建社区卫生服务中心6家", ("新建社区卫生服务中心", "=", 6, None, "家")),
        ("完成口腔健康检查12万人次", ("完成口腔健康检查", "=", 120000, None, "人次")),
        ("培训乡村医生三千人次", ("培训乡村医生", "=", 3000, None, "人次")),
        ("健康产业增加值2.5亿元", ("健康产业增加值", "=", 250000000, None, "元")),
        ("改造污水管网2至3公里", ("改造污水管网", "=", 2, 3, "公里")),
        ("招聘全科医生5—8名", ("招聘全科医生", "=", 5, 8, "名")),
        ("开展义诊活动不少于20场", ("开展义诊活动", ">=", 20, None, "场")),
        ("配备救护车15辆以上", ("配备救护车", ">=", 15, None, "辆")),
        ("建成2个区域医疗中心", ("建成区域医疗中心", "=", 2, None, "个")),
        ("每万人口全科医生数达到3.5", ("每万人口全科医生数", ">=", 3.5, None, "")),
        ("人均预期寿命较2020年提高1.5岁", ("人均预期寿命", "increase_by", 1.5, None, "岁")),
        ("居民平均期望寿命达到80.2岁", ("居民平均期望寿命", ">=", 80.2, None, "岁")),
        ("家庭医生签约服务百分百覆盖特困人员", ("家庭医生签约服务", "=", 100, None, "%")),
        ("30%以上村卫生室提供中医药服务", ("村卫生室提供中医药服务", ">=", 30, None, "%")),
        ("力争建设1个区域影像诊断中心", ("建设区域影像诊断中心", "=", 1, None, "个")),
    ],
)
def test_one_target(text: str, expected: tuple[str, str, float, float | None, str]) -> None:
    indicator, comparator, value, value_max, unit = one(text)
    assert (comparator, value, value_max, unit) == expected[1:]
    assert expected[0] in indicator or indicator in expected[0], indicator


@pytest.mark.parametrize(
    "text",
    [
        "为70岁及以上老人提供上门服务",  # population qualifier
        "加强0-6岁儿童眼保健服务",  # age range
        "重点关注35-64周岁妇女",
        "坚持“1+5”工作格局",  # slogan
        "落实四统一要求",  # count of categories
        "深入实施六大工程",
        "开展三年专项行动",
        "根据某卫发〔2023〕12号文件",  # document number
        "2023年5月10日印发",  # date
        "建设一批健康促进示范单位",  # vague quantity
        "构建15分钟健康服务圈",  # size qualifier
        "打造三位一体服务模式",
        "实施一对夫妻可以生育三个子女政策",
        "覆盖1000户以上的居民小区",
    ],
)
def test_not_a_target(text: str) -> None:
    assert clause_targets(text) == []


def test_value_list_with_respectively() -> None:
    found = clause_targets("门诊预约率、检查结果互认率分别达到60%、80%以上")
    assert [(t.indicator, t.value, t.comparator.value) for t in found] == [
        ("门诊预约率", 60, ">="),
        ("检查结果互认率", 80, ">="),
    ]


def test_shared_head_distributes() -> None:
    found = clause_targets("高血压、慢阻肺患者规范管理率均达到70%以上")
    assert [t.indicator for t in found] == ["高血压患者规范管理率", "慢阻肺患者规范管理率"]
    assert {t.value for t in found} == {70}


def test_each_distributes_over_objects() -> None:
    found = clause_targets("建成市级胸痛中心、卒中中心各1个")
    assert [t.indicator for t in found] == ["建成市级胸痛中心", "卒中中心"]
    assert all(t.value == 1 and t.comparator.value == "=" for t in found)


def test_count_list_keeps_the_verb_and_other_parenthesis() -> None:
    found = clause_targets("新增养老机构4家、床位600张(其中护理型床位300张)")
    assert [(t.indicator, t.value, t.unit) for t in found] == [
        ("新增养老机构", 4, "家"),
        ("新增床位", 600, "张"),
        ("护理型床位", 300, "张"),
    ]


def test_milestones_and_previous_clause() -> None:
    first = clause_targets("到2023年达到50%", previous="三级医院开展日间手术")
    assert first[0].indicator == "三级医院开展日间手术" and first[0].rule == "previous-clause"
    second = clause_targets("2025年达到65%", last_indicator=first[0].indicator)
    assert second[0].indicator == first[0].indicator and second[0].rule == "milestone"


def test_numbers() -> None:
    assert cn_to_int("三千") == 3000
    assert cn_to_int("一百零五") == 105
    assert cn_to_int("两") == 2
    found = mentions("处理能力达到8.5万吨/日")
    assert (found[0].value, found[0].unit) == (85000, "吨/日")


PLAN = """某县卫生健康事业发展“十四五”规划
一、发展基础
“十三五”期间，全县孕产妇系统管理率达到92%，新建乡镇卫生院3家。
二、主要目标
到2025年，全县传染病疫情报告率达到99%以上（约束性）。
三、主要任务
（一）加强妇幼健康。二级以上医院设置儿科比例到2023年达到80%，2025年达到90%。年底前完成托育机构备案20家。
"""


def test_document_deadlines_past_nature_and_quotes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.txt"
    path.write_text(PLAN.replace("，", ", "), encoding="utf-8")
    source = ingest(path)
    document = source.documents[0]
    targets = document_targets(source, document)
    indicators = [t.indicator_text for t in targets]
    assert not any("孕产妇系统管理率" in i for i in indicators)  # a past achievement
    report = next(t for t in targets if "报告率" in t.indicator_text)
    assert report.deadline == 2025 and report.nature is not None
    assert report.nature.value == "binding"
    pediatric = [t for t in targets if "儿科" in t.indicator_text]
    assert [t.deadline for t in pediatric] == [2023, 2025]
    assert pediatric[-1].milestones[0].year == 2023
    for target in targets:
        assert target.source is not None
        assert target.source.quote == source.original[target.source.start : target.source.end]
        assert str(int(target.value)) in target.source.quote.replace(", ", "")


def test_traditional_chinese_quotes_the_original(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "trad.txt"
    path.write_text("一、主要目標\n孕產婦系統管理率達到95%以上。\n", encoding="utf-8")
    source = ingest(path)
    targets = document_targets(source, source.documents[0])
    assert targets[0].indicator_text == "孕产妇系统管理率"
    assert targets[0].source is not None
    assert targets[0].source.quote == "孕產婦系統管理率達到95%以上"


def test_indicator_table_in_a_docx(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import docx

    document = docx.Document()
    document.add_paragraph("某市卫生健康事业发展“十四五”规划")
    document.add_paragraph("一、主要指标")
    table = document.add_table(rows=4, cols=6)
    rows = [
        ["领域", "主要指标", "单位", "2020年", "2025年", "指标性质"],
        ["健康水平", "人均预期寿命", "岁", "78.1", "79", "预期性"],
        ["", "孕产妇死亡率", "/10万", "9.8", "≤9", "约束性"],
        ["服务", "每千人口执业（助理）医师数（人）", "", "2.8", "3.2", "预期性"],
    ]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    document.add_paragraph("二、主要任务")
    document.add_paragraph("到2025年，产前筛查率达到85%以上。")
    path = tmp_path / "plan.docx"
    document.save(path)
    source = ingest(path)
    targets = document_targets(source, source.documents[0])
    table_rows = {t.indicator_text: t for t in targets if t.rule == "table-row"}
    assert set(table_rows) == {"人均预期寿命", "孕产妇死亡率", "每千人口执业（助理）医师数"}
    life = table_rows["人均预期寿命"]
    # a bare cell is "=", as a bare value in prose is (SCHEMA)
    assert (life.value, life.unit, life.comparator.value, life.deadline) == (79, "岁", "=", 2025)
    assert (life.baseline_value, life.baseline_year) == (78.1, 2020)
    maternal = table_rows["孕产妇死亡率"]
    assert (maternal.value, maternal.unit, maternal.comparator.value) == (9, "/10万", "<=")
    assert maternal.nature is not None and maternal.nature.value == "binding"
    doctors = table_rows["每千人口执业（助理）医师数"]
    assert (doctors.value, doctors.unit) == (3.2, "人")
    assert any(t.indicator_text == "产前筛查率" for t in targets)
    for target in targets:
        assert target.source is not None
        assert target.source.quote == source.original[target.source.start : target.source.end]


def test_baselines_and_approximate_counts() -> None:
    [target] = clause_targets("孕产妇系统管理率从2020年的85%提高到95%")
    assert (target.indicator, target.value, target.baseline_value) == ("孕产妇系统管理率", 95, 85)
    assert target.baseline_year == 2020
    [target] = clause_targets("婴儿死亡率由6.5‰下降到5‰以下")
    assert (target.comparator.value, target.value, target.baseline_value) == ("<=", 5, 6.5)
    [target] = clause_targets("培训基层医务人员3000余人次")
    assert (target.comparator.value, target.value, target.unit) == (">=", 3000, "人次")
    [target] = clause_targets("新生儿死亡率控制在千分之三以下")
    assert (target.value, target.unit) == (3, "‰")
    [target] = clause_targets("门诊人次突破100万人次")
    assert (target.comparator.value, target.value) == (">", 1_000_000)


def test_levels_approximations_scopes_and_at_least() -> None:
    [target] = clause_targets("电子病历系统应用水平分级评价达到4级以上")
    assert (target.comparator.value, target.value, target.unit) == (">=", 4, "级")
    assert clause_targets("全面提高二级以上医院服务能力") == []
    # what the work costs is its means, not a goal (README: costs are not targets)
    assert clause_targets("总投资约3.5亿元") == []
    [target] = clause_targets("新增床位约3.5万张")
    assert (target.value, target.unit) == (35_000, "张")
    [target] = clause_targets("疫苗接种率以乡镇为单位保持在90%以上")
    assert target.indicator == "疫苗接种率" and target.scope == "以乡镇为单位"
    [target] = clause_targets("每个乡镇卫生院至少配备2名全科医生")
    assert (target.comparator.value, target.value, target.unit) == (">=", 2, "名")


def test_keep_and_stable_verbs() -> None:
    # a level to hold, with no 以上 to make it a floor, is the level itself (stop 26)
    [target] = clause_targets("严重精神障碍患者规范管理率稳定在85%")
    assert (target.indicator, target.comparator.value) == ("严重精神障碍患者规范管理率", "=")
    [target] = clause_targets("无烟党政机关建成率保持100%")
    assert (target.indicator, target.comparator.value) == ("无烟党政机关建成率", "=")
    [target] = clause_targets("组建3个专科联盟")
    assert target.indicator == "组建专科联盟"


def test_respective_years_and_shares_before_a_verb(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.txt"
    path.write_text(
        "二、行动目标\n到2022年和2030年，居民健康素养水平分别不低于22%和30%。\n",
        encoding="utf-8",
    )
    source = ingest(path)
    targets = document_targets(source, source.documents[0])
    assert [(t.value, t.deadline) for t in targets] == [(22, 2022), (30, 2030)]
    assert targets[1].milestones[0].year == 2022
    [target] = clause_targets("全市二级及以上综合医院100%设立老年医学科")
    assert (target.indicator, target.value, target.rule) == (
        "二级及以上综合医院设立老年医学科",
        100,
        "share-object",
    )


def test_units_an_action_addresses() -> None:
    found = clause_targets("对全市12个街道和30个村开展健康细胞评估")
    assert [(t.indicator, t.value, t.unit) for t in found] == [
        ("开展健康细胞评估的街道", 12, "个"),
        ("开展健康细胞评估的村", 30, "个"),
    ]
    [target] = clause_targets("对5家民营医院进行依法执业检查")
    assert target.indicator == "进行依法执业检查的民营医院"


def test_activity_named_in_an_earlier_clause(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.txt"
    path.write_text(
        "一、重点工作\n组织开展健康科普讲座，县级层面讲座不少于8场，乡镇层面讲座不少于4场。\n",
        encoding="utf-8",
    )
    source = ingest(path)
    # The rules' reading of the indicator is what this tests; the learned decision, refitted
    # on each fold of the corpus, may turn a candidate down on its context (stop 33's refit
    # gives the first one p 0.29) and is tested in test_extraction_learned.py.
    targets = document_targets(source, source.documents[0], learned=False)
    assert [(t.indicator_text, t.value) for t in targets] == [
        ("县级层面健康科普讲座", 8),
        ("乡镇层面健康科普讲座", 4),
    ]


def test_a_verb_then_a_share_of_a_second_object() -> None:
    [target] = clause_targets("远程会诊系统覆盖全部县级医院及90%以上乡镇卫生院")
    assert (target.indicator, target.value, target.comparator.value) == (
        "远程会诊系统覆盖乡镇卫生院",
        90,
        ">=",
    )


def test_facts_about_the_present_are_not_targets(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.txt"
    path.write_text(
        "一、面临形势\n全市现有医疗卫生机构2310个，其中三级医院6家。\n"
        "二、主要任务\n（一）每年培训村医不少于5000人次。\n",
        encoding="utf-8",
    )
    source = ingest(path)
    targets = document_targets(source, source.documents[0])
    assert [(t.value, t.comparator.value) for t in targets] == [(5000, ">=")]
    assert targets[0].source is not None
    assert targets[0].source.quote.startswith("培训")  # the item number is not quoted


def test_ranges_with_the_unit_twice_and_relative_changes_with_a_floor() -> None:
    [target] = clause_targets("随访率达到90%—95%")
    assert (target.value, target.value_max, target.unit) == (90, 95, "%")
    [target] = clause_targets("近视率力争每年降低0.5个百分点以上")
    assert (target.indicator, target.comparator.value) == ("近视率", "decrease_by")


def test_thousands_separators() -> None:
    [target] = clause_targets("新增床位1,200张")
    assert (target.value, target.unit) == (1200, "张")
    assert [m.value for m in mentions("2021,2025年")] == [2021, 2025]


def test_indicator_named_by_a_previous_clause_with_a_verb() -> None:
    [target] = clause_targets("到2025年达到80%", previous="提高县级医院提供中医药服务的比例")
    assert target.indicator == "县级医院提供中医药服务的比例"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("工作场所噪声告知率和防护用品配备率达到85%以上", ["工作场所噪声告知率", "防护用品配备率"]),
        (
            "医务人员、护理员职业培训合格率达到95%",
            ["医务人员职业培训合格率", "护理员职业培训合格率"],
        ),
        ("轻、中度营养不良率下降到8%", ["轻、中度营养不良率"]),
        ("铅、汞等重金属检测合格率保持在98%以上", ["重金属检测合格率"]),
        (
            "城镇居民健康档案建档率达到90%，农村达到80%",
            ["城镇居民健康档案建档率", "农村健康档案建档率"],
        ),
        ("确保首针24小时内及时接种率达到92%", ["首针24小时内及时接种率"]),
        (
            "住院分娩率达到98%以上，城乡均达95%以上",
            ["住院分娩率", "城市住院分娩率", "农村住院分娩率"],
        ),
        (
            "城市、农村居民健康素养水平分别达到30%和20%",
            ["城市居民健康素养水平", "农村居民健康素养水平"],
        ),
        ("12月龄儿童建卡、建证率均达到98%以上", ["12月龄儿童建卡率", "12月龄儿童建证率"]),
    ],
)
def test_coordinated_and_elided_indicators(text: str, expected: list[str]) -> None:
    source = ingest(f"一、目标\n{text}。\n".encode(), name="plan.txt")
    found = [t.indicator_text for t in document_targets(source, source.documents[0])]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("某市卫生健康“十四五”规划\n一、目标\n到“十四五”期末，婴儿死亡率下降到4‰以下。\n", 2025),
        ("2026年卫生健康工作要点\n一、任务\n年底前，新建社区卫生服务站3个。\n", 2026),
        (
            "关于印发某县爱国卫生工作方案的通知\n（一）阶段目标。到2027年，全县：\n"
            "1.城区生活垃圾无害化处理率达到95%。\n2.农村卫生户厕普及率达到80%。\n",
            2027,
        ),
        (
            "某县健康行动方案\n一、目标\n到2030年，力争实现以下目标。婴儿死亡率控制在5‰以下。\n",
            2030,
        ),
    ],
)
def test_deadlines(text: str, deadline: int) -> None:
    source = ingest(text.encode(), name="plan.txt")
    targets = document_targets(source, source.documents[0])
    assert targets and all(t.deadline == deadline for t in targets), [
        (t.indicator_text, t.deadline) for t in targets
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("依托20家哨点医院开展流感监测", [("哨点医院开展流感监测", "=", 20.0, "家")]),
        ("全市人均预期寿命79岁", [("人均预期寿命", "=", 79.0, "岁")]),
        ("重大慢病过早死亡率降低四分之一", [("重大慢病过早死亡率", "decrease_by", 25.0, "%")]),
        ("推进健康城市建设10个专项行动", []),
        (
            "（责任单位：市水务局）3.完成农村供水工程改造12处",
            [("完成农村供水工程改造", "=", 12.0, "处")],
        ),
        (
            "每千人口医疗卫生机构床位数达到6张，其中基层医疗卫生机构1.5张",
            [
                ("每千人口医疗卫生机构床位数", ">=", 6.0, "张"),
                ("每千人口基层医疗卫生机构床位数", ">=", 1.5, "张"),
            ],
        ),
    ],
)
def test_the_kinds_of_language_issue_12_lists(
    text: str, expected: list[tuple[str, str, float, str]]
) -> None:
    source = ingest(f"一、目标\n{text}。\n".encode(), name="plan.txt")
    found = document_targets(source, source.documents[0])
    assert [(t.indicator_text, t.comparator.value, t.value, t.unit) for t in found] == expected


def test_a_table_of_cells_one_a_line() -> None:
    text = (
        "某县健康行动目标清单\n序号 |\n指标 |\n单位 |\n2023年 |\n2026年 |\n2028年 |\n牵头单位 |\n"
        "1 |\n居民健康素养水平 |\n% |\n25 |\n≥30 |\n≥35 |\n县卫健局 |\n"
        "2 |\n孕产妇死亡率 |\n/10万 |\n8 |\n持续下降 |\n持续下降 |\n县卫健局 |\n"
        "3 |\n30-70岁重大慢性病过早死亡率 |\n% |\n14(2022年) |\n≤13 |\n≤12 |\n县卫健局 |\n"
    )
    source = ingest(text.encode(), name="plan.txt")
    found = document_targets(source, source.documents[0])
    # a target column per year: each year's value is a target (the earlier a milestone)
    assert [(t.indicator_text, t.comparator.value, t.value, t.deadline) for t in found] == [
        ("居民健康素养水平", ">=", 30.0, 2026),
        ("居民健康素养水平", ">=", 35.0, 2028),
        ("30-70岁重大慢性病过早死亡率", "<=", 13.0, 2026),
        ("30-70岁重大慢性病过早死亡率", "<=", 12.0, 2028),
    ]
    final = [t for t in found if t.deadline == 2028]
    assert [[(m.year, m.value) for m in t.milestones] for t in final] == [
        [(2026, 30)],
        [(2026, 13)],
    ]


def test_unseen_kinds_of_language(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "某县2024年卫生健康工作要点\n"
        "1.居民健康档案建档率城乡均达95%以上。\n"
        "2.城乡居民健康素养水平分别达到30%和25%。\n"
        "3.每千人口拥有执业（助理）医师2.8人、注册护士3.5人。\n"
        "4.到2025年，全县二级及以上医院全部设置老年医学科，比例达100%。\n"
        "5.孕产妇轻、中度贫血患病率控制在10%以下.全区居民健康素养水平提高到 26%以上.\n",
    )
    assert found == [
        ("城市居民健康档案建档率", ">=", 95, "%", 2024),
        ("农村居民健康档案建档率", ">=", 95, "%", 2024),
        ("城市居民健康素养水平", ">=", 30, "%", 2024),
        ("农村居民健康素养水平", ">=", 25, "%", 2024),
        ("每千人口拥有执业（助理）医师", "=", 2.8, "人", 2024),
        ("每千人口拥有注册护士", "=", 3.5, "人", 2024),
        ("二级及以上医院全部设置老年医学科比例", ">=", 100, "%", 2025),
        ("孕产妇轻、中度贫血患病率", "<=", 10, "%", 2024),
        ("居民健康素养水平", ">=", 26, "%", 2024),
    ]


def test_news_of_what_was_done_is_no_goal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "流动儿童疫苗接种率2020年底将达95%\n\n来源:北京青年报\n\n"
        "  本报讯(记者 某某)市卫计委发布消息。2020年,流动儿童疫苗接种率将达95%。\n"
        "  丽水市森林覆盖率达到81.7%,全市142个乡镇中创成国卫乡镇60个。\n"
        "  到2020年底流动儿童接种率要达到95%。截至目前,已完成免费筛查683人。\n",
    )
    assert found == [("流动儿童疫苗接种率", ">=", 95, "%", 2020)]


def test_deadlines_of_headings_periods_and_paragraphs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "某市“十四五”卫生健康发展规划\n三、发展目标\n"
        "到“十四五”期末，全市人均预期寿命达到80岁，婴儿死亡率控制在4‰以下。\n"
        "（二）到2023年，重点实现以下目标：\n"
        "1.基层医疗卫生机构达标率达到95%；\n"
        "2.建成区域医疗中心2个。\n"
        "到2030年，居民健康素养水平达到35%，建成健康村100个。\n",
    )
    assert [(t[0], t[4]) for t in found] == [
        ("人均预期寿命", 2025),
        ("婴儿死亡率", 2025),
        ("基层医疗卫生机构达标率", 2023),
        ("建成区域医疗中心", 2023),
        ("居民健康素养水平", 2030),
        ("建成健康村", 2030),
    ]


def test_a_news_item_reads_the_list_of_goals_a_colon_opens(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "我市出台健康城市建设实施方案\n\n来源：某某日报  记者 张三\n\n"
        "  近日，市政府办公室印发《实施方案》，明确了今后三年的主要目标：\n"
        "  1.居民健康素养水平达到30%；\n"
        "  2.孕产妇死亡率控制在10/10万以下。\n"
        "  去年，全市人均预期寿命达到80.5岁。\n",
    )
    assert [t[:4] for t in found] == [
        ("居民健康素养水平", ">=", 30, "%"),
        ("孕产妇死亡率", "<=", 10, "/10万"),
    ]


def test_a_rate_named_alone_is_of_whom_and_what_the_clause_before_serves() -> None:
    found = clause_targets("覆盖率达到90%", "对全县3岁以下婴幼儿开展健康管理")
    assert [(t.indicator, t.value) for t in found] == [("3岁以下婴幼儿健康管理覆盖率", 90)]


def test_an_indicator_table_with_a_target_column_per_year(tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [
        "序号\t指标\t基线水平\t2025年目标值\t2035年目标值\t指标性质",
        "1\t儿童青少年总体近视率（%）\t52.7\t≤50\t≤40\t约束性\t说明：以县为单位监测。",
        "2\t学校卫生室配备率（%）\t76\t90\t预期性",  # no baseline cell at all
        "3\t家庭医生签约服务覆盖率（%）\t—\t≥75\t≥85\t预期性",
    ]
    path = tmp_path / "plan.txt"
    path.write_text("某省儿童健康促进行动（2023—2035年）\n主要指标\n" + "\n".join(rows) + "\n")
    source = ingest(path)
    found = [
        (t.indicator_text, t.comparator.value, t.value, t.unit, t.deadline)
        for t in document_targets(source, source.documents[0])
    ]
    assert found == [  # a bare cell is "=", as a bare value in prose is (SCHEMA)
        ("儿童青少年总体近视率", "<=", 50, "%", 2025),
        ("儿童青少年总体近视率", "<=", 40, "%", 2035),
        ("学校卫生室配备率", "=", 76, "%", 2025),
        ("学校卫生室配备率", "=", 90, "%", 2035),
        ("家庭医生签约服务覆盖率", ">=", 75, "%", 2025),
        ("家庭医生签约服务覆盖率", ">=", 85, "%", 2035),
    ]
