"""Deadlines, stop 27: kinds of plan language probed with plans written for these tests
(eval/corpus/README.md "Annotation rules", Deadline and the convention of stop 25)."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document


def test_masked_year_of_a_template_gives_no_deadline(tmp_path: Path) -> None:
    # a model plan whose year the page hid (xx年): the page's own date is not the plan's year
    plan = (
        "卫生院年度公共卫生工作计划\n\n"
        "发布时间:2019-05-20\n\n"
        "xx年是深化改革的重要一年，今年工作的总体思路是：巩固成果，补齐短板。\n\n"
        "xx年全镇公共卫生工作主要目标:\n\n"
        "  1、适龄儿童免疫规划疫苗接种率≥95%。\n\n"
        "  2、老年人健康管理率达到70%以上，高血压患者规范管理率≥60%。\n"
    )
    assert {t[4] for t in document(tmp_path, plan)} == {None}
    masked_goal = "某县慢病工作计划\n\n到XX年底，全县高血压患者规范管理率达到65%。\n"
    assert [t[4] for t in document(tmp_path, masked_goal)] == [None]


def test_a_title_spanning_years_written_with_two_nian_is_a_period(tmp_path: Path) -> None:
    # 2016年至2020年 in a title is the plan's period, not an annual plan of its first year: a
    # goal no year dates has no deadline, one its line dates has that year
    plan = (
        "某省人民政府关于印发2016年至2020年某省血吸虫病防治规划的通知\n\n"
        "  一、工作目标\n"
        "  全省血吸虫病疫情监测覆盖率保持在95%以上。\n"
        "  2017年，完成螺情调查村120个。\n"
    )
    assert [t[4] for t in document(tmp_path, plan)] == [None, 2017]
    dashed = plan.replace("2016年至2020年", "2016年—2020年")
    assert [t[4] for t in document(tmp_path, dashed)] == [None, 2017]


def test_a_year_in_chinese_numerals_is_a_deadline(tmp_path: Path) -> None:
    plan = (
        "某省全民健康行动\n"
        "到二〇三〇年，全省人均预期寿命达到80岁。\n"
        "二○二五年底前，建成紧密型县域医共体50个。\n"
        "到二零二七年，全省每千人口托位数达到4.5个；每万人口全科医生数达到4人。\n"
    )
    assert [t[4] for t in document(tmp_path, plan)] == [2030, 2025, 2027, 2027]


def test_a_heading_naming_a_year_and_its_goals_dates_the_items_under_it(tmp_path: Path) -> None:
    # each short heading line of a year (2025年目标任务, 2026年度主要指标) dates the list
    # after it, until the next one: the first is not the plan's year for all of them
    plan = (
        "某县基本公共卫生服务工作安排\n"
        "2025年目标任务\n"
        "1.家庭医生签约服务覆盖率达到75%。\n"
        "2.高血压患者基层规范管理服务率达到65%。\n"
        "2026年度主要指标\n"
        "1.家庭医生签约服务覆盖率达到80%。\n"
    )
    assert [t[4] for t in document(tmp_path, plan)] == [2025, 2025, 2026]


def test_a_stage_with_its_year_in_brackets_dates_its_goal(tmp_path: Path) -> None:
    # 第一阶段（2024年）：… is the stage's year; （2022年：90%） after a value stays a baseline
    plan = (
        "某县预防接种规范化建设方案\n"
        "第一阶段（2024年）：完成全县80%的村级接种点规范化建设。\n"
        "第二阶段（2025年底前）：全部村级接种点达到规范化标准，达标率100%。\n"
    )
    assert [t[4] for t in document(tmp_path, plan)] == [2024, 2025]
    months = (
        "某县家庭医生签约服务提升方案\n"
        "第一阶段（2024年3月—6月）：完成全县居民摸底，摸底覆盖率达到100%。\n"
    )
    assert [t[4] for t in document(tmp_path, months)] == [2024]
    # …but a year in brackets after a value is that value's: the goal keeps its sentence's year
    valued = "某市健康规划\n到2025年，全市人均预期寿命由78.5岁（2020年）提高到79.5岁。\n"
    assert [t[4] for t in document(tmp_path, valued)] == [2025]


def test_goals_before_the_first_year_a_plan_names_are_undated(tmp_path: Path) -> None:
    # a plan stating no period dates its later goals by the year its 到…年 phrases name; the
    # goals it states before naming any year are not dated by a year named further down
    plan = (
        "某县爱国卫生行动方案\n"
        "一、目标任务\n"
        "1.城乡居民健康知识知晓率达到85%。\n"
        "2.到2027年，创建省级卫生乡镇5个。\n"
        "3.病媒生物密度控制水平达到C级以上的街道比例达到90%。\n"
    )
    assert [t[4] for t in document(tmp_path, plan)] == [None, 2027, 2027]


def test_the_year_of_a_task_carried_over_is_not_the_deadline(tmp_path: Path) -> None:
    # 完成2024年…任务 in the plan of 2025: the task was set for 2024, the work is due in 2025
    plan = (
        "某省2025年农村卫生工作安排\n"
        "（一）完成2024年结转的农村改厕任务，新建农村卫生厕所12万户，"
        "农村卫生厕所普及率达到70%。\n"
    )
    assert [t[4] for t in document(tmp_path, plan)] == [2025, 2025]
    undated = plan.replace("某省2025年农村卫生工作安排", "某省农村卫生工作安排")
    assert [t[4] for t in document(tmp_path, undated)] == [None, None]


def test_a_numbered_item_naming_a_year_is_not_the_plan_title(tmp_path: Path) -> None:
    # the first lines of a page that begins inside a plan's list: an item naming a year and a
    # task is no annual plan's title, and its year does not date the other items
    plan = (
        "二、基本公共卫生服务\n"
        "（1）65岁以上老年人健康管理率达到70%。\n"
        "（2）落实2024年度下达的白内障复明手术任务5000例。\n"
    )
    assert [t[4] for t in document(tmp_path, plan)] == [None, None]


def test_next_year_is_the_year_after_a_known_one_else_unknown(tmp_path: Path) -> None:
    # 次年 / 下年度 of an annual plan is the year after it; 明年 of an undated text is a year
    # unknown, not the year named earlier in its sentence
    plan = (
        "某县2024年卫生健康工作计划\n"
        "一、工作目标\n"
        "当年新增家庭医生团队20个。\n"
        "次年起，全县65岁以上老年人健康管理率稳定在70%以上。\n"
        "下年度建成智慧化预防接种门诊10家。\n"
    )
    assert [t[4] for t in document(tmp_path, plan)] == [2024, 2025, 2025]
    undated = (
        "某区关于扩充养老服务供给的工作方案\n"
        "在2027年底前新增护理型床位3000张，其中1000张将于明年投入使用。\n"
    )
    assert [t[4] for t in document(tmp_path, undated)] == [2027, None]


def test_a_news_item_dated_under_a_label_reads_this_year_from_it(tmp_path: Path) -> None:
    news = (
        "某市今年将新建10家社区医院\n"
        "发布时间：2023年03月15日\n"
        "记者从市卫健委获悉，今年某市将新建社区医院10家。年内还将完成乡村医生培训2000名。\n"
    )
    assert [t[4] for t in document(tmp_path, news)] == [2023, 2023]
    slashed = news.replace("发布时间：2023年03月15日", "日期：2023/03/15")
    assert [t[4] for t in document(tmp_path, slashed)] == [2023, 2023]


def test_a_list_of_a_years_goals_ends_at_the_next_heading_above_its_items(
    tmp_path: Path,
) -> None:
    # 2024年主要目标：⏎1.…⏎2.… dates its items; a chapter after them (三、保障措施) is not
    # in the list, nor is the line opening the list the plan's title
    plan = (
        "某县卫生健康工作要点\n"
        "2024年主要目标：\n"
        "1.家庭医生签约率达到45%。\n"
        "2.每万人口全科医生数达到3.5人。\n"
        "三、保障措施\n"
        "1.组建家庭医生团队50个。\n"
    )
    assert [t[4] for t in document(tmp_path, plan)] == [2024, 2024, None]
    numbered = (
        "某县卫生健康工作要点\n"
        "（一）2024年主要目标：\n"
        "1.家庭医生签约率达到45%。\n"
        "（二）工作措施\n"
        "1.组建家庭医生团队50个。\n"
    )
    assert [t[4] for t in document(tmp_path, numbered)] == [2024, None]


def test_a_base_year_or_a_birth_date_is_no_deadline(tmp_path: Path) -> None:
    # the year a change is measured from (相对于/相较/以…为基线) and the date a cohort was born
    # after date no goal: the goal keeps the year its sentence names before them, or none
    plan = (
        "某市慢性病防治行动方案\n"
        "到2025年，相对于2015年，全市重大慢性病过早死亡率下降20%。\n"
        "到2030年，以2015年为基线，全市高血压患病率上升幅度控制在5个百分点以内。\n"
        "对2018年1月1日以后出生的儿童，全市乙肝疫苗全程接种率达到95%。\n"
    )
    assert [t[4] for t in document(tmp_path, plan)] == [2025, 2030, 2030]
    alone = "某县慢病工作方案\n相较2015年，全县重大慢性病过早死亡率下降20%。\n"
    assert [t[4] for t in document(tmp_path, alone)] == [None]


def test_a_level_of_a_year_named_before_base_is_no_deadline(tmp_path: Path) -> None:
    # 在本省2018年…的基础上 names the level a yearly fall starts from, after the span it runs to
    plan = (
        "某省儿童青少年近视防控责任书\n"
        "从2019年起到2023年，在本省2018年儿童青少年总体近视率的基础上，"
        "力争总体近视率每年下降0.5个百分点以上。\n"
    )
    assert [t[4] for t in document(tmp_path, plan)] == [2023]


def test_a_year_after_a_goals_word_dates_the_clauses_after_a_semicolon(tmp_path: Path) -> None:
    # 力争2025年…；…: the year opening the sentence behind 力争/确保 reaches its later parts
    plan = (
        "某县妇幼健康工作方案\n"
        "力争2025年全县孕产妇系统管理率达到92%；3岁以下儿童系统管理率达到90%。\n"
        "确保2026年底前全县新生儿访视率达到95%；产后访视率达到93%。\n"
    )
    assert [t[4] for t in document(tmp_path, plan)] == [2025, 2025, 2026, 2026]


def test_a_span_of_years_opening_a_line_dates_its_work_by_its_last_year(tmp_path: Path) -> None:
    # 2004-2005年.完成…: a conversion turned the comma after the span into a full stop
    plan = (
        "某省地方病防治实施规划\n"
        "  2004-2005年.完成煤烟型病区改炉改灶6万户。\n"
        "  2006—2007年。完成饮水型病区改水工程150处。\n"
    )
    assert [t[4] for t in document(tmp_path, plan)] == [2005, 2007]


def test_a_year_of_the_roc_calendar_is_a_deadline(tmp_path: Path) -> None:
    plan = (
        "某縣長期照顧服務推動計畫\n"
        "到民國114年，全縣長照服務據點達到200處。\n"
        "115年底前，社區照顧關懷據點布建率達到100%。\n"
        "預計於116年完成失智共照中心設置12處。\n"
    )
    assert [t[4] for t in document(tmp_path, plan)] == [2025, 2026, 2027]


def test_an_annual_plan_titled_with_a_year_in_chinese_numerals(tmp_path: Path) -> None:
    plan = "某区二〇二四年卫生健康工作要点\n一、主要目标\n全区家庭医生签约服务覆盖率达到45%。\n"
    assert [t[4] for t in document(tmp_path, plan)] == [2024]


def test_a_vision_year_beyond_a_plans_period_dates_only_its_own_goal(tmp_path: Path) -> None:
    # a 十四五 plan names 2025 and a 2035 vision once each: its tasks, which name neither, are
    # not dated by the vision year
    plan = (
        "某县“十四五”卫生健康事业发展规划\n"
        "第二章 发展目标\n"
        "到2025年，全县人均预期寿命达到79岁。\n"
        "到2035年，全县人均预期寿命达到81岁。\n"
        "第三章 主要任务\n"
        "新建标准化村卫生室20个。\n"
    )
    assert [t[4] for t in document(tmp_path, plan)] == [2025, 2035, None]


def test_this_year_of_an_undated_news_item_is_its_headlines_year(tmp_path: Path) -> None:
    news = (
        "2023年某县将为5000名老年人免费体检\n"
        "本报讯（记者 李某）今年，某县将为5000名65岁以上老年人提供免费健康体检，"
        "年内老年人健康管理率达到70%。\n"
    )
    assert [t[4] for t in document(tmp_path, news)] == [2023, 2023]
    since = news.replace("2023年某县将为5000名老年人免费体检", "2020年以来某县老年健康服务成效明显")
    assert [t[4] for t in document(tmp_path, since)] == [None, None]


def test_a_year_named_in_a_sentence_reaches_its_parts_after_a_semicolon(tmp_path: Path) -> None:
    # a Chinese sentence ends at 。: the year one of its parts names dates the later parts
    # that name none, not the next line
    plan = (
        "某县卫生健康规划（2021—2030年）\n"
        "二、主要目标\n"
        "全县孕产妇死亡率到2023年控制在8/10万以下；婴儿死亡率控制在4‰以下。\n"
        "全县新建村卫生室10个。\n"
    )
    assert [t[4] for t in document(tmp_path, plan)] == [2023, 2023, None]


def test_an_items_time_field_on_a_line_of_its_own_dates_it(tmp_path: Path) -> None:
    # each project of a list names its own term: the first one is not the whole list's year
    plan = (
        "某市民生实事项目\n"
        "（一）老年人免费体检项目。\n"
        "目标任务：为全市65岁以上老年人免费体检5万人次。\n"
        "牵头单位：市卫健委。\n"
        "实施时间：2024年1月-12月。\n"
        "（二）村卫生室建设项目。\n"
        "目标任务：新建村卫生室20个。\n"
        "牵头单位：市卫健委。\n"
        "实施时间：2025年1月-12月。\n"
        "（三）胸痛中心建设。\n"
        "建成县级胸痛中心1个。\n"
        "完成时间：2026年底\n"
    )
    assert [t[4] for t in document(tmp_path, plan)] == [2024, 2025, 2026]
