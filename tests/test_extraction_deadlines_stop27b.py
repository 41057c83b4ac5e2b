"""Deadlines, stop 27 after the tenth part: kinds of plan language probed with plans written
for these tests (eval/corpus/README.md "Annotation rules", Deadline and the convention of
stop 25)."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document


def test_within_some_years_is_not_within_this_year(tmp_path: Path) -> None:
    # 三年内 / 5年内 is a span of years from now, not 年内 (by the end of this year): a news
    # item's date does not date it
    news = (
        "某市出台结核病防控行动方案\n\n"
        "http://www.example.cn 2021年03月02日08:15 某市日报\n\n"
        "  本报讯 市卫健委近日印发《某市结核病防控行动方案(2021-2023年)》。方案提出,"
        "三年内全市肺结核患者成功治疗率力争达到90%;5年内学校结核病聚集性疫情报告数"
        "下降30%以上。\n"
    )
    assert [t[4] for t in document(tmp_path, news)] == [None, None]


def test_a_year_of_more_than_four_digits_is_a_year_unknown(tmp_path: Path) -> None:
    # a converted page that ran two years into one (到202425年): the sentence names a year
    # no reader can tell, not the year the text's other 到…年 phrases name
    plan = (
        "某市卫生健康事业发展实施方案\n"
        "一、到2025年，全市家庭医生签约覆盖率达到80%。\n"
        "二、到2025年，每千人口执业医师数达到3.2人。\n"
        "三、到202425年，基层医疗卫生机构门诊量占比提高到65%以上。\n"
    )
    assert [t[4] for t in document(tmp_path, plan)] == [2025, 2025, None]
    # …nor, on a page flattened to one line, the year the paragraph opened with
    flattened = plan.replace("\n一、", "一、").replace("\n二、", "二、").replace("\n三、", "三、")
    assert [t[4] for t in document(tmp_path, flattened)] == [2025, 2025, None]


def test_a_responsibility_letter_of_a_year_is_that_years_plan(tmp_path: Path) -> None:
    # a 目标责任书 whose title names its year, flattened onto one line with its text: the
    # letter's year dates the work it assigns, as an annual work plan's does
    letter = (
        "某镇卫生院 2025年基本公共卫生服务项目目标管理责任书 为做好全镇基本公共卫生服务工作,"
        "经研究,镇政府(甲方)与各村卫生室(乙方)签订本责任书。 一、工作目标 "
        "1、高血压患者规范管理率达到 65%以上,糖尿病患者规范管理率达到 60%以上。 "
        "2、孕产妇系统管理率达到 90%以上。\n"
    )
    assert {t[4] for t in document(tmp_path, letter)} == {2025}


def test_implementing_a_periods_indicators_does_not_date_the_list(tmp_path: Path) -> None:
    # 落实“十四五”期间…指标 says whose indicators the letter carries out, as 落实2024年度下达的
    # …任务 says whose tasks: the goals it then lists are not dated by the period
    letter = (
        "卫生健康目标管理责任书\n"
        "为落实“十四五”期间全县卫生健康各项工作指标,明确责任,甲乙双方签订责任书如下:\n"
        "一、乙方的工作目标是:\n"
        "辖区居民健康档案建档率90%、老年人健康管理率70%。\n"
        "二、本责任书自签订之日起生效。\n"
    )
    assert [t[4] for t in document(tmp_path, letter)] == [None, None]


def test_a_reply_in_a_forum_thread_is_not_dated_by_the_post_before(tmp_path: Path) -> None:
    # a thread's first post quotes a plan's 到2025年; a reply under its own header (who, when,
    # 楼) is another writer's text: the year of the post above does not date its goals
    thread = (
        "“十四五”基层卫生的新目标有哪些?\n\n"
        "浏览86 | 回复3 | 2022-3-8 09:12:41 | 显示全部楼层\n"
        "省里的规划说得很清楚。到2025年,每千人口执业(助理)医师数达到3.2人,"
        "乡镇卫生院服务能力达标率达到90%。\n"
        "回复\n\n"
        "小河边 | 2022-3-8 10:03:17 | 显示全部楼层\n"
        "我们市里的说法是:家庭医生签约覆盖率提高到80%,基层诊疗量占比保持在65%以上。\n"
    )
    assert [t[4] for t in document(tmp_path, thread)] == [2025, 2025, None, None]
    said = thread.replace(" | 2022-3-8 10:03:17 | 显示全部楼层", " 发表于 2022-3-8 10:03:17")
    assert [t[4] for t in document(tmp_path, said)] == [2025, 2025, None, None]


def test_news_of_a_plan_reproducing_its_indicator_table_states_goals(tmp_path: Path) -> None:
    # a news item on a plan that names its goal year (到2027年) and then shows the plan's
    # table of indicators with that year's column: the rows are the plan's goals, not news of
    # what was done
    news = (
        "近日，某县印发《某县托育服务发展三年行动方案》，明确了五个方面的重点任务。\n"
        "方案要求，到2027年，全县普惠托育服务体系基本建成。\n"
        "附表 托育服务发展主要指标\n"
        "序号 | 指标 | 单位 | 2027年 |\n"
        "1 | 每千人口拥有3岁以下婴幼儿托位数 | 个 | 4.5 |\n"
        "2 | 普惠性托位占比 | % | 60 |\n"
    )
    assert [t[4] for t in document(tmp_path, news)] == [2027, 2027]


def test_a_news_items_date_after_its_source_dates_it(tmp_path: Path) -> None:
    # a dateline of the site's name then the day, with no time (【某市新闻网】2016-03-10): the
    # item is of 2016, so its “十三五”期间 is ahead of it, not a review, and its 今年 is 2016
    news = (
        "某市今年将新建养老床位1500张\n\n"
        "http://www.example.cn【某市新闻网】2016-03-10\n\n"
        "记者从市民政局获悉,“十三五”期间,全市将加快养老服务设施建设,"
        "力争新增养老床位8000张,其中今年计划新增1500张。\n"
    )
    assert [(t[2], t[4]) for t in document(tmp_path, news)] == [(8000, 2020), (1500, 2016)]


def test_a_goal_said_over_semicolons_is_not_told_as_done(tmp_path: Path) -> None:
    # the parts a ； ends go on with the goal the first part set (明确提出，到2025年，力争…);
    # one of them wording a goal as an outcome (…建设取得明显成效) does not make the rest of the
    # paragraph a report of what was done
    news = (
        "近日，某省卫生健康委印发《某省护理事业发展规划》，明确提出，到2025年，力争全省每千人口"
        "注册护士数达到3.8人；基层护理服务网络基本健全，护理信息化建设取得明显成效；"
        "每个县建成1所护理院，老年护理床位占比达到30%以上。\n"
    )
    assert [(t[2], t[4]) for t in document(tmp_path, news)] == [(3.8, 2025), (1, 2025), (30, 2025)]


def test_a_report_named_in_a_table_cell_does_not_make_the_table_a_report(tmp_path: Path) -> None:
    # an assessment table whose column of documents to show names a progress sheet
    # (…完成情况统计表): the cell is no title of the text, its rows' standards are goals
    table = (
        "考核项目 | 考核标准 | 查阅资料 |\n"
        "2.1适龄儿童免疫规划疫苗接种率 | ≥95% | 接种登记、季度报表、接种工作完成情况统计表 |\n"
        "2.2冷链设备完好率 | 100% | 设备台账、温度记录 |\n"
    )
    assert [(t[1], t[2], t[3]) for t in document(tmp_path, table)] == [
        (">=", 95, "%"),
        ("=", 100, "%"),
    ]
