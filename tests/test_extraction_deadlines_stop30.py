"""Deadlines, stop 30: kinds of plan language probed with plans written for these tests
(eval/corpus/README.md "Annotation rules", Deadline and the convention of stop 25)."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document


def test_a_period_opening_a_list_of_labelled_parts_dates_every_part(tmp_path: Path) -> None:
    # a news item in traditional characters: the period's goals summed up, then parts each
    # named by a quoted label, the second one's goals after an item of its own closed by 。
    news = (
        "某省醫療衛生“十四五”規劃公布\n\n"
        "發布時間: 2021-9-02 10:00:00\n\n"
        "  本報訊 某省日前印發《某省醫療衛生服務體系“十四五”規劃》。\n\n"
        "  “十四五”期間,全省醫療衛生工作的目標概括為“2+4”,即:\n\n"
        "  “兩個總體目標”:一是建成優質高效的服務體系;二是建成健康省份。\n\n"
        "  “四個具體目標”:一是服務能力增強。每千人口醫療衛生機構床位數達到6.8張,"
        "每千人口執業醫師數達到3.2人。\n\n"
        "  二是基層更加堅實。\n"
    )
    assert [t[4] for t in document(tmp_path, news)] == [2025, 2025]


def test_a_dashed_milestone_year_dates_the_sentences_of_its_item(tmp_path: Path) -> None:
    # each milestone a dash leads, its year said alone before the first comma, the figure in a
    # later sentence of the item
    plan = (
        "某市心理健康服务提升行动方案\n"
        "(2025—2027年)\n"
        "一、工作目标\n"
        "——2025年底前,各县(市、区)设立心理门诊。全市中小学心理辅导室建设率达到80%。\n"
        "——2027年底前,心理服务网络基本建成。全市中小学心理辅导室建设率达到100%。\n"
    )
    assert [(t[2], t[4]) for t in document(tmp_path, plan)] == [(80.0, 2025), (100.0, 2027)]


def test_an_undated_news_goal_said_again_under_its_year_is_that_years_once(tmp_path: Path) -> None:
    # the lead's 今年 has no date to be read from; the body says the same goal under its year
    news = (
        "某市今年将新增一批托育机构\n\n"
        "  4月2日,记者从某市卫生健康委了解到,今年,某市将加快托育服务体系建设,"
        "全年新增托位5000个以上。\n\n"
        "  去年,某市共新增托位4100个。\n\n"
        "  2024年,某市将推进托育综合服务中心建设,全年新增托位5000个以上。\n"
    )
    assert [(t[2], t[4]) for t in document(tmp_path, news)] == [(5000.0, 2024)]


def test_what_a_year_found_is_no_deadline(tmp_path: Path) -> None:
    # 当年 qualifying what was found or brought in a year (当年查出的, 当年新发的) says nothing of
    # when the goal is due: a plan with no year of its own stays undated, its page's date aside
    plan = (
        "包虫病综合防治工作方案\n"
        "时间:2021-03-01 09:10:00\n"
        "一、防治目标\n"
        "(一)传染源得到控制。患者规范治疗率达到98%以上,对当年查出的病犬全部处置。\n"
        "(二)犬只管理加强。家犬登记率达到90%,当年新发的病例及时报告。\n"
    )
    assert [(t[2], t[4]) for t in document(tmp_path, plan)] == [(98.0, None), (90.0, None)]


def test_an_annual_plans_title_run_into_its_preamble_dates_its_goals(tmp_path: Path) -> None:
    # a flattened page: the title, its year, and the preamble on one numbered line; the goals
    # on the next line say no year of their own
    plan = (
        "1、某镇2024年秋季爱国卫生运动工作方案为改善城乡环境卫生面貌,结合我镇实际,"
        "制定本方案。一、工作目标:全镇清理卫生死角200处。\n"
        "2、农村卫生户厕普及率达到90%以上,继续开展卫生村创建。三、组织领导\n"
    )
    assert [(t[2], t[4]) for t in document(tmp_path, plan)][-1] == (90.0, 2024)
