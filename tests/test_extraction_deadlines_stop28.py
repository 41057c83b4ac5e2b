"""Deadlines, stop 28: the ways plans say when a target is due, each probed with a small plan
written for these tests (eval/corpus/README.md "Annotation rules": Deadline and the
convention of stop 25; where they are silent, the year a reader of the ledger would need)."""

from __future__ import annotations

from pathlib import Path

from healthplan.documents import ingest
from healthplan.extraction.deadlines import _section_years, _sentence_years
from targets_helpers import document


def _years(tmp_path: Path, text: str) -> list[int | None]:
    return [t[4] for t in document(tmp_path, text)]


def test_an_older_five_year_period_takes_its_last_year(tmp_path: Path) -> None:
    # 十五 (2001-2005) and 九五 (1996-2000) are periods as 十四五 is, written with two numerals
    plan = (
        "某市人口与健康工作计划\n"
        "“十五”期间，全市出生缺陷发生率控制在9‰以下。\n"
        "九五期末，全市婴儿死亡率控制在15‰以下。\n"
    )
    assert _years(tmp_path, plan) == [2005, 2000]
    # …but 十五 of a larger number or of an ordinal is a count, not a period
    assert _sentence_years("第十五期末考核合格率达到95%。", None, None) == []
    assert _sentence_years("连续二十五期间隔抽检，合格率达到95%。", None, None) == []


def test_a_period_gone_by_that_a_goal_is_measured_from_is_no_deadline(tmp_path: Path) -> None:
    plan = (
        "某省血吸虫病防治计划\n"
        "到2000年，全省居民感染率在“八五”期末的基础上下降30%；病人数较“八五”期末下降30%。\n"
    )
    assert _years(tmp_path, plan) == [2000, 2000]


def test_a_quoted_period_opening_a_clause_dates_it(tmp_path: Path) -> None:
    # “十四五”，… says the period the clause's goal is for, as “十四五”期间 does; a plan of that
    # period the clause cites (根据“十四五”规划) or a time since it began does not date it
    plan = "某县卫生健康工作方案\n“十四五”，全县新建社区卫生服务中心5个。\n"
    assert _years(tmp_path, plan) == [2025]
    cited = "某县卫生健康工作方案\n根据“十四五”规划，全县新建社区卫生服务中心5个。\n"
    assert _years(tmp_path, cited) == [None]


def test_the_end_of_the_plans_own_term_is_its_last_year(tmp_path: Path) -> None:
    # 到规划期末 names the plan's last year without writing it: a list it heads takes it
    plan = (
        "某县卫生健康事业发展规划（2021—2025年）\n"
        "二、主要目标\n"
        "到规划期末，全县实现以下目标：\n"
        "（一）每千人口执业医师数达到3人。\n"
        "（二）新建乡镇卫生院3所。\n"
        "三、主要任务\n"
        "（一）新建村卫生室10个。\n"
    )
    assert _years(tmp_path, plan) == [2025, 2025, None]
    # a sentence saying it (行动期末, 规划期内) takes the term's end when it is known, and
    # leaves the year the sentence names otherwise standing when it is not
    assert _sentence_years("到行动期末，健康素养水平达到30%。", None, None, term_end=2027) == [
        (5, 2027)
    ]
    assert _sentence_years("规划期内新建乡镇卫生院3所。", None, None, term_end=2025) == [(4, 2025)]
    assert _sentence_years("到2025年底（规划期末），达到30%。", None, None) == [(7, 2025)]
    # 到行动结束 and a bare 到期末 say it too; what comes after the term is not due by it
    assert _sentence_years("到行动结束，签约率达到75%。", None, None, term_end=2026) == [(5, 2026)]
    assert _sentence_years("到期末，签约率达到75%。", None, None, term_end=2026) == [(3, 2026)]
    assert _sentence_years("行动结束后开展评估1次。", None, None, term_end=2026) == []
    assert _sentence_years("较上一规划期末下降10%。", None, None, term_end=2026) == []
    assert _sentence_years("期末考试合格率达到95%。", None, None, term_end=2026) == []


def test_the_middle_of_the_century_is_no_year(tmp_path: Path) -> None:
    # 到本世纪中叶 states no year: the year of the paragraph before does not reach it
    plan = (
        "某省健康发展纲要\n"
        "到2025年，全省人均预期寿命达到79岁。\n"
        "到本世纪中叶，全省人均预期寿命达到83岁。\n"
    )
    assert _years(tmp_path, plan) == [2025, None]


def test_half_years_and_quarters_are_of_the_year_at_hand(tmp_path: Path) -> None:
    # a dated news item's 上半年 / 第三季度 is of its date's year; 2025年上半年 of 2025
    news = (
        "某市部署卫生健康重点工作\n"
        "发布时间：2024年03月01日\n"
        "记者从市卫健委获悉，某市计划在2027年前建成区域医疗中心3个。"
        "上半年，全市将完成村医培训300人。"
        "第三季度，全市将新建家庭医生团队20个。"
        "2025年上半年，全市将新增托位500个。\n"
    )
    assert _years(tmp_path, news) == [2027, 2024, 2024, 2025]


def test_every_years_end_is_not_this_years_end() -> None:
    # 每年年底前 recurs each year: it names no year, 年底前 alone names this one
    assert _sentence_years("每年年底前完成老年人体检1万人。", 2024, None) == []
    assert _sentence_years("每年上半年开展督导1次。", 2024, None) == []
    assert _sentence_years("每年第一季度完成体检。", 2024, None) == []
    # …and a quarter of a year named just before is that year's (2025年第一季度)
    assert _sentence_years("2025年第一季度末前完成10个。", 2024, None) == [(5, 2025)]
    assert _sentence_years("年底前完成老年人体检1万人。", 2024, None) == [(3, 2024)]


def test_the_end_of_the_year_before_is_not_this_years_end() -> None:
    # 去年底 / 上年末 tell a time gone by; 年末 alone, like 年底, is this year's end
    assert _sentence_years("截至去年底，全市家庭医生签约率达到70%。", 2024, None) == []
    assert _sentence_years("上年末全市养老床位3000张。", 2024, None) == []
    assert _sentence_years("年末前完成老旧社区卫生站改造20家。", 2024, None) == [(2, 2024)]


def test_the_year_after_said_in_other_words() -> None:
    # 翌年 is 次年; 今明两年 runs to the end of next year
    assert _sentence_years("翌年完成村卫生室改造5家。", 2024, None) == [(2, 2025)]
    assert _sentence_years("今明两年新建社区医院10家。", 2024, None) == [(4, 2025)]


def test_a_school_year_is_due_by_the_year_it_names_last(tmp_path: Path) -> None:
    plan = (
        "某县学校卫生工作方案\n"
        "2024—2025学年，全县中小学生体质健康达标率达到92%。\n"
        "2026学年度，全县学生近视筛查率达到100%。\n"
    )
    assert _years(tmp_path, plan) == [2025, 2026]


def test_a_year_in_chinese_numerals_typed_with_a_letter_or_digit_zero(tmp_path: Path) -> None:
    # 二O二五 (a capital letter O) and 二0二六 (a digit) stand for 〇 as ○ does
    plan = (
        "某县家庭医生签约服务方案\n"
        "到二O二五年，全县家庭医生签约率达到75%。\n"
        "二0二六年底前，全县重点人群签约率达到85%。\n"
    )
    assert _years(tmp_path, plan) == [2025, 2026]


def test_a_year_of_the_roc_calendar_in_chinese_numerals(tmp_path: Path) -> None:
    plan = (
        "某縣長期照顧服務計畫\n"
        "到民國一百一十四年，全縣長照服務據點達到200處。\n"
        "於一一五年底前，社區照顧關懷據點達到100處。\n"
    )
    assert _years(tmp_path, plan) == [2025, 2026]


def test_the_year_a_cohort_was_born_is_no_deadline(tmp_path: Path) -> None:
    # 2025年出生的儿童 names the children, not when their coverage is due
    plan = (
        "某县免疫规划工作方案\n"
        "2025年出生的儿童麻疹疫苗接种率达到95%。\n"
        "到2026年，2023年出生的儿童乙肝疫苗全程接种率达到98%。\n"
    )
    assert _years(tmp_path, plan) == [None, 2026]
    # …also when a model plan masked it (20xx年以后出生)
    assert _sentence_years("20xx年以后出生的儿童建档率达到95%。", None, 2020) == []


def test_an_annual_plans_title_wrapped_over_two_lines(tmp_path: Path) -> None:
    # a page that broke the title after its year: the plan is still that year's
    for title in ("某县2024年\n卫生健康工作要点", "某县卫生健康局关于印发2024年\n\n工作要点的通知"):
        plan = f"{title}\n一、主要目标\n全县家庭医生签约率达到45%。\n年底前新建村卫生室10个。\n"
        assert _years(tmp_path, plan) == [2024, 2024]
    # a journal's issue over a line of keywords is no title
    news = (
        "某委发布母婴安全行动计划\n"
        "某某杂志 2018年5期\n"
        "关键词 卫健委 疾病防治行动计划\n"
        "某委日前发布《母婴安全行动计划(2018—2020年)》，要求孕产妇系统管理率达到90%。\n"
    )
    assert _years(tmp_path, news) == [None]


def test_a_year_or_period_a_conversion_set_apart_with_spaces(tmp_path: Path) -> None:
    plan = (
        "某县家庭医生签约服务方案\n"
        "到 2 0 2 6 年，全县家庭医生签约率达到80%。\n"
        "到 “ 十四五 ” 期末，全县重点人群签约率达到85%。\n"
    )
    assert _years(tmp_path, plan) == [2026, 2025]
    spaced_title = (
        "某 县 2 0 2 4 年 卫 生 健 康 工 作 要 点\n一、主要目标\n全县家庭医生签约率达到45%。\n"
    )
    assert _years(tmp_path, spaced_title) == [2024]


def test_a_heading_year_dates_the_year_end_of_the_items_under_it(tmp_path: Path) -> None:
    # 年底前 of an item in an undated text is the year of the section it is under: the item's
    # heading line does not replace that year by a year unknown
    path = tmp_path / "plan.txt"
    path.write_text(
        "某县卫生健康工作安排\n"
        "一、2024年重点工作\n"
        "1.年底前完成村卫生室标准化建设20个。\n"
        "二、2025年重点工作\n"
        "1.年底前建成县域医共体2个。\n",
        encoding="utf-8",
    )
    plan = ingest(path).documents[0]
    items = [item for section in plan.sections for item in section.children]
    found = _section_years(plan, None, None)
    assert [found.get(item.start) for item in items] == [2024, 2025]


def test_a_date_written_in_figures_that_a_goal_is_due_by() -> None:
    # 2025-12-31前 / 2026/6/30前 name the year as 2025年12月31日前 does; a page's date is not
    # a goal's, nor is a span of years (2021-2025年 is due by its last)
    assert _sentence_years("2025-12-31前，全县签约率达到75%。", None, None) == [(4, 2025)]
    assert _sentence_years("于2026/6/30前完成村卫生室改造20个。", None, None) == [(5, 2026)]
    assert _sentence_years("发布时间：2024-03-01 10:00，新建10个。", None, None) == []
    assert _sentence_years("2021-2025年，新建社区医院10个。", None, None) == [(10, 2025)]


def test_a_time_field_with_a_date_in_figures_dates_its_item(tmp_path: Path) -> None:
    plan = (
        "某市民生实事项目\n"
        "（一）村卫生室建设项目。\n"
        "目标任务：新建村卫生室20个。\n"
        "完成时限：2025-12-31\n"
        "（二）胸痛中心建设。\n"
        "建成县级胸痛中心1个。\n"
        "完成时限：2026.06\n"
    )
    assert _years(tmp_path, plan) == [2025, 2026]


# Kinds already read before stop 28, kept here as the written probes of this round.


def test_a_span_of_years_is_due_by_its_last_year(tmp_path: Path) -> None:
    plan = (
        "某省基层卫生能力提升方案\n"
        "2023-2025年，全省新建社区医院100家。\n"
        "2023年至2025年，全省培训全科医生3000名。\n"
        "2023—2025年，每年新增普惠托位1万个。\n"
    )
    assert _years(tmp_path, plan) == [2025, 2025, 2025]


def test_a_yearly_goal_has_the_deadline_its_text_states(tmp_path: Path) -> None:
    # 每年 / 年均 say how often, not by when: a period plan's yearly goal with no year stated
    # has none (the rule: the year the sentence or its heading states, else null); an annual
    # plan's is its year
    plan = (
        "某县卫生健康事业发展规划（2021—2025年）\n每年开展健康讲座12次。\n年均新增普惠托位200个。\n"
    )
    assert _years(tmp_path, plan) == [None, None]
    annual = "某县2024年卫生健康工作计划\n每年年底前完成老年人体检1万人。\n"
    assert _years(tmp_path, annual) == [2024]


def test_a_base_year_is_no_deadline(tmp_path: Path) -> None:
    plan = "某县结核病防治方案\n到2025年，以2020年为基数，全县肺结核发病率下降20%。\n"
    assert _years(tmp_path, plan) == [2025]
    alone = "某县妇幼健康方案\n以2020年为基期，全县婴儿死亡率下降10%。\n"
    assert _years(tmp_path, alone) == [None]
    # …also with what the base is between the year and its word (以2020年监测数据作为基数)
    assert _sentence_years("以2020年监测数据作为基数，吸烟率下降10%。", None, None) == []


def test_each_year_a_sentence_names_dates_the_values_after_it(tmp_path: Path) -> None:
    plan = "某县签约服务方案\n到2025年全县签约率达到75%，2027年达到80%，2030年达到85%。\n"
    assert _years(tmp_path, plan) == [2025, 2027, 2030]


def test_an_indicator_table_dates_its_goals_by_the_target_column(tmp_path: Path) -> None:
    # the base column's year (2020年基期值) is no deadline, the goal column's (2025年目标值) is
    plan = (
        "某市卫生健康规划\n"
        "主要指标\n"
        "序号 | 指标 | 单位 | 2020年基期值 | 2025年目标值 | 属性 |\n"
        "1 | 人均预期寿命 | 岁 | 78 | 79 | 预期性 |\n"
        "2 | 孕产妇死亡率 | /10万 | 10 | 9 | 预期性 |\n"
    )
    assert _years(tmp_path, plan) == [2025, 2025]


def test_traditional_characters_and_full_width_digits(tmp_path: Path) -> None:
    plan = (
        "某縣衛生健康規劃\n"
        "“十四五”時期，全縣新建衛生室30個。\n"
        "到２０２７年，全縣家庭醫生簽約率達到７５％。\n"
    )
    assert _years(tmp_path, plan) == [2025, 2027]


def test_the_end_of_the_plans_term_said_inside_a_sentence(tmp_path: Path) -> None:
    # not a heading over a list: the sentence that states the goal names the term's end itself
    plan = (
        "某区卫生健康事业发展规划（2021—2025年）\n"
        "二、主要目标\n"
        "健全公共卫生体系，到规划期末每千人口执业医师数达到3.2人。\n"
    )
    assert _years(tmp_path, plan) == [2025]
