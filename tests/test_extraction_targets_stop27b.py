"""Stop 27, second half: what a bare word or a list in a target names, by the revised list rule
(eval/corpus/README.md "Annotation rules"). Plans and sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from targets_helpers import document, read


def test_a_bare_done_under_a_heading_is_the_work_the_heading_names(tmp_path: Path) -> None:
    plan = (
        "某县卫生健康事业发展规划\n"
        "二、主要任务\n"
        "（一）村卫生室标准化建设\n"
        "2025年完成60%，2027年全面完成。\n"
        "（二）乡镇卫生院发热门诊改造\n"
        "年内建成12个。\n"
        "（三）加快推进老旧小区改造\n"
        "惠及不少于5000户家庭。\n"
    )
    assert [t[0] for t in document(tmp_path, plan)] == [
        "村卫生室标准化建设完成",
        "乡镇卫生院发热门诊改造建成",
        # a short indicator that is no act of finishing keeps its own words
        "惠及家庭",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # groups of people joined by 和/及, with no 均
        ("老年人和残疾人家庭医生签约率达到80%", ["老年人家庭医生签约率", "残疾人家庭医生签约率"]),
        (
            "乡村医生、乡镇卫生院医生及社区护士岗位培训率达到100%",
            ["乡村医生岗位培训率", "乡镇卫生院医生岗位培训率", "社区护士岗位培训率"],
        ),
        (
            "养殖户和兽医人员布病防治知识知晓率达到80%",
            ["养殖户布病防治知识知晓率", "兽医人员布病防治知识知晓率"],
        ),
        # kinds of one animal, the last with a word of its own before the rate
        ("流浪犬、野犬、散养家犬免疫率达到90%", ["流浪犬免疫率", "野犬免疫率", "散养家犬免疫率"]),
        # the items then 的 and the bare measure: each item's own
        ("孕妇地贫、唐氏综合征的筛查率达到80%", ["孕妇地贫筛查率", "孕妇唐氏综合征筛查率"]),
        # a cancer and the lesions before it
        ("宫颈癌及癌前病变早诊率达到70%", ["宫颈癌早诊率", "宫颈癌前病变早诊率"]),
        # levels of government listed before one measure, one value for all
        (
            "市、县疾控机构实验室达标率达到100%",
            ["市级疾控机构实验室达标率", "县级疾控机构实验室达标率"],
        ),
        # the units whose items are listed, before the first item
        (
            "二级医院儿科、产科床位使用率达到85%",
            ["二级医院儿科床位使用率", "二级医院产科床位使用率"],
        ),
        # diseases before a measure that begins with an act of recording
        ("高血压和糖尿病登记建档率达70%以上", ["高血压登记建档率", "糖尿病登记建档率"]),
        # subjects listed, then measures: every subject's every measure
        (
            "高危孕产妇、高危儿筛查率、管理率达到98%",
            ["高危孕产妇筛查率", "高危儿筛查率", "高危孕产妇管理率", "高危儿管理率"],
        ),
    ],
)
def test_subjects_heading_one_measure_are_one_target_each(text: str, expected: list[str]) -> None:
    assert [t[0] for t in read(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a. the list inside a qualifier: opened by 对, closed by a verb before 的, or what
        # the items qualify named after 的
        "对辖区托育机构卫生保健、传染病防控和膳食营养的指导覆盖率达到100%",
        "因肺癌、胃癌、肝癌导致的死亡率下降10%",
        "居民防病、保健的健康知识知晓率达到80%",
        # b. fragments of one word
        "轻、中度贫血患病率控制在10%以下",
        "6岁以下儿童中度和重度营养不良患病率下降到5%以下",
        # c. closed by 等 or a name for the set
        "百白破、麻腮风、乙肝等国家免疫规划疫苗接种率达到95%以上",
        # one group of people named by a pair of words
        "艾滋病病毒感染者和病人抗病毒治疗比例达到90%",
    ],
)
def test_a_list_that_names_one_thing_measured_is_one_target(text: str) -> None:
    assert len(read(text)) == 1


def test_counts_of_people_or_services_are_one_target(tmp_path: Path) -> None:
    # d. the value counts people or services, whatever the list
    plan = (
        "某县2024年民生实事\n"
        "为1.5万名农村妇女提供免费宫颈癌、乳腺癌检查。完成高血压、糖尿病筛查20万人次。\n"
    )
    assert [(t[2], t[3]) for t in document(tmp_path, plan)] == [(15000, "名"), (200000, "人次")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "新生儿遗传代谢性疾病筛查率和听力筛查率分别达到98%和95%",
            ["新生儿遗传代谢性疾病筛查率", "新生儿听力筛查率"],
        ),
        # a measure that names its own people keeps them
        (
            "孕产妇死亡率、婴儿死亡率分别控制在10/10万和4‰以下",
            ["孕产妇死亡率", "婴儿死亡率"],
        ),
    ],
)
def test_a_measure_named_whole_after_one_of_a_group_is_of_that_group(
    text: str, expected: list[str]
) -> None:
    assert [t[0] for t in read(text)] == expected


def test_a_table_row_naming_subjects_of_one_measure_is_one_target_each(tmp_path: Path) -> None:
    plan = (
        "某县“十四五”卫生健康规划\n"
        "表1 主要指标\n"
        "| 序号 | 指标 | 2020年 | 2025年 | 属性 |\n"
        "| 1 | 高危孕产妇、高危儿管理率（%） | 95 | 100 | 约束性 |\n"
        "| 2 | 乙肝、梅毒母婴传播率（%） | 2 | ≤1 | 预期性 |\n"
        "| 3 | 孕产妇死亡率（/10万） | 9 | ≤8 | 预期性 |\n"
    )
    assert [(t[0], t[2]) for t in document(tmp_path, plan)] == [
        ("高危孕产妇管理率", 100),
        ("高危儿管理率", 100),
        ("乙肝母婴传播率", 1),
        ("梅毒母婴传播率", 1),
        ("孕产妇死亡率", 8),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act both measures name said once
        (
            "艾滋病感染者抗病毒治疗覆盖率和治疗成功率均达到95%",
            ["艾滋病感染者抗病毒治疗覆盖率", "艾滋病感染者抗病毒治疗成功率"],
        ),
        # the head the items share begins at 控制 or 治理 too
        (
            "碘缺乏病、地方性氟中毒病区控制率均保持在95%以上",
            ["碘缺乏病控制率", "地方性氟中毒病区控制率"],
        ),
        # the place the first item opens with is every item's
        ("农村生活垃圾、污水治理率分别达到100%和85%", ["农村生活垃圾治理率", "农村污水治理率"]),
        ("城市生活垃圾和污水处理率均达到95%", ["城市生活垃圾处理率", "城市污水处理率"]),
        # but not people's: 城乡 qualifies 居民, not 农民工
        ("城乡居民、农民工健康素养水平达到25%", ["城乡居民健康素养水平", "农民工健康素养水平"]),
    ],
)
def test_what_listed_measures_share_is_said_for_each(text: str, expected: list[str]) -> None:
    assert [t[0] for t in read(text)] == expected


def test_a_rate_of_a_programme_named_with_a_list_is_one_target(tmp_path: Path) -> None:
    plan = (
        "某县妇幼健康工作方案\n"
        "一、目标\n"
        "启动育龄妇女和青少年生殖健康教育项目，覆盖率达到90%。\n"
        # an act on listed subjects, its rate after it: one target for each
        "开展孕产妇艾滋病、梅毒和乙肝检测，检测率达到95%。\n"
    )
    assert [t[0] for t in document(tmp_path, plan)] == [
        "育龄妇女和青少年生殖健康教育覆盖率",
        "孕产妇艾滋病检测率",
        "孕产妇梅毒检测率",
        "孕产妇乙肝检测率",
    ]


def test_a_bare_rate_after_a_service_provided_is_that_services(tmp_path: Path) -> None:
    plan = (
        "某市2024年老龄工作要点\n"
        "（一）实施老年人免费体检。为全市12万名65岁以上老年人提供一次免费健康体检，"
        "体检率达到70%。\n"
    )
    assert [t[0] for t in document(tmp_path, plan)][-1] == "免费健康体检率"


def test_counts_given_each_of_listed_screenings_keep_the_people_and_lose_the_verb() -> None:
    assert [t[0] for t in read("农村适龄妇女宫颈癌、乳腺癌筛查人数分别完成5000人和3000人")] == [
        "农村适龄妇女宫颈癌筛查人数",
        "农村适龄妇女乳腺癌筛查人数",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # grades each named whole heading one measure: one target each
        (
            "二级、三级医院检查检验结果互认率达到90%",
            ["二级医院检查检验结果互认率", "三级医院检查检验结果互认率"],
        ),
        ("一级和二级医院双向转诊率达到80%", ["一级医院双向转诊率", "二级医院双向转诊率"]),
        # fragments of one word with a value each (一、 is no item number here)
        (
            "全县一、二级医院电子病历应用水平分别达到3级和4级以上",
            ["一级医院电子病历应用水平", "二级医院电子病历应用水平"],
        ),
        # and with one value, one target (3b)
        ("全县一、二级医院电子病历应用水平达到3级以上", ["一、二级医院电子病历应用水平"]),
    ],
)
def test_grades_of_hospitals_listed_before_a_measure(text: str, expected: list[str]) -> None:
    assert [t[0] for t in read(text)] == expected


def test_a_bare_rate_after_a_count_of_an_act_is_that_acts(tmp_path: Path) -> None:
    plan = (
        "某市2024年疾病预防控制工作要点\n"
        "全年完成适龄儿童免疫规划疫苗接种12万剂次，以乡镇为单位接种率保持在90%以上。\n"
    )
    assert [t[0] for t in document(tmp_path, plan)] == [
        "完成适龄儿童免疫规划疫苗接种",
        "适龄儿童免疫规划疫苗接种率",
    ]
