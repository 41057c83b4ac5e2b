"""Deadlines, stop 33 (first round): kinds of plan language probed with plans written for
these tests (eval/corpus/README.md "Annotation rules", Deadline, the convention of stop 25 and
the yearly rate of change)."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document


def test_a_year_a_later_sentence_of_a_run_on_section_names_dates_only_its_own(
    tmp_path: Path,
) -> None:
    # a section with no items of its own, its heading run on into a paragraph: the counts
    # said each year come first, the horizon only in the last sentence, for another figure
    plan = (
        "二、主要活动\n"
        "(一)开展科普宣传。各地要设立健康专栏,组织专家开展巡讲。\n"
        "(二)开展健康社区建设。各地要落实基层健康教育服务。"
        "每年新建约60个健康社区,每个街道创建20个健康家庭。"
        "预计到2028年活动覆盖人口数达到2亿。\n"
    )
    found = [(t[2], t[4]) for t in document(tmp_path, plan)]
    assert found[:2] == [(60.0, None), (20.0, None)]


def test_the_year_of_a_sections_opening_sentence_still_dates_its_rate(tmp_path: Path) -> None:
    # the heading names the indicator; its one sentence gives the yearly rise, then the year
    plan = (
        "二、行动目标\n"
        "(一)城市污水处理率。2027年底达到90%以上。\n"
        "(二)农村改厕普及率。每年提高4%,2027年底达到75%以上。\n"
    )
    found = [(t[2], t[4]) for t in document(tmp_path, plan)]
    assert found == [(90.0, 2027), (4.0, 2027), (75.0, 2027)]


def test_a_stage_line_opening_a_page_names_no_plans_year(tmp_path: Path) -> None:
    # a page cut from the middle of a plan opens on its stages, each a sentence with its
    # months; the last stage's words (评估, 考核) are no title, its year no plan's year
    plan = (
        "第二阶段:2024年3月-2025年6月,深入推进攻坚工程。\n"
        "第三阶段:2025年7月-2025年12月,进行总结考核验收。\n"
        "三、工作任务\n"
        "(一)宣传教育。组织对全市100%的在职职工开展防治知识培训。\n"
    )
    assert [(t[2], t[4]) for t in document(tmp_path, plan)] == [(100.0, None)]


def test_the_years_work_conference_a_news_item_opens_on_dates_its_task_list(
    tmp_path: Path,
) -> None:
    # the conference of the year's work named with its year in the opening paragraph; the
    # tasks it set listed in a later paragraph of their own, with no year
    news = (
        "某省部署卫生健康八项重点任务\n\n"
        "    发布时间: 2027-01-12 10:20 来源: 某报\n\n"
        "    1月11日,2027年某省卫生健康工作会议召开。会议指出,全省卫生健康系统今年要以编制新一轮"
        "发展规划为引领,聚焦八项重点任务,持续优化资源配置和服务质量,推动卫生健康事业高质量发展。\n\n"
        "    会议提出,今年省卫生健康委将重点编制全民健康规划以及人才发展等5个专项规划,"
        "构建连续的卫生健康服务体系。\n\n"
        "    八项重点任务分别为:加强党建引领,强化基层党组织建设;深入实施强基工程,深化紧密型医联体"
        "建设;持续提升公共卫生服务水平,新建4支省级重大疫情医疗应急队,强化传染病联防联控;\n"
    )
    assert [(t[2], t[4]) for t in document(tmp_path, news)] == [(5.0, 2027), (4.0, 2027)]


def test_an_roc_year_naming_the_policies_of_the_year_dates_them(tmp_path: Path) -> None:
    # README, Years: a bare ROC year (117年) is converted; here it names the year the
    # measures are for, with no 底/前/度 after it
    news = (
        "衛福部宣布新制\n\n"
        "衛福部今日宣布116年長照新制，將新增3處失智照護據點，服務對象擴大至全年齡失智者。\n"
    )
    assert [(t[2], t[4]) for t in document(tmp_path, news)] == [(3.0, 2027)]


def test_a_milestone_stated_in_brackets_is_dated_by_its_own_year(tmp_path: Path) -> None:
    # the brackets after the goal state a level of their own, with its verb and its year;
    # a year alone in brackets after a value (由7.5‰（2025年）降至…) stays the value's
    plan = (
        "某市健康城市建设主要指标:\n"
        "到2035年,孕产妇系统管理率达到95%(2030年孕产妇系统管理率达到92%)。\n"
        "婴儿死亡率由7.5‰(2025年)降至5‰以下。\n"
    )
    found = [(t[2], t[4]) for t in document(tmp_path, plan)]
    assert found == [(95.0, 2035), (92.0, 2030), (5.0, 2035)]


def test_the_year_the_goals_chapter_names_does_not_date_the_later_chapters(
    tmp_path: Path,
) -> None:
    # the year named in the chapter of goals; the chapter of measures after it states a
    # routine task of no year
    plan = (
        "某区艾滋病防治工作方案\n"
        "一、工作目标\n"
        "到2031年,全人群艾滋病防治知识知晓率达到90%以上。\n"
        "二、主要措施\n"
        "(一)加强宣传。区级媒体每季度至少开展2次防治知识宣传。\n"
    )
    assert [(t[2], t[4]) for t in document(tmp_path, plan)] == [(90.0, 2031), (2.0, None)]
