"""Stop 30, targets (second round): kinds of plan language that recur across documents — parts
a total says it holds (含/包括), … Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document, read


def test_every_part_a_bracket_opened_by_han_lists_is_counted_in_the_total() -> None:
    # the bracket lists long items, each with its own length: all of them are what the total
    # of road made safe holds, none a goal of its own
    assert read(
        "整治县乡道路危险路段42.8公里(含滨河路南北两段中央隔离带加装防撞护栏7.2公里、"
        "迎宾大道中央隔离带加装防撞护栏4.35公里)"
    ) == [("整治县乡道路危险路段", "=", 42.8, "公里")]


def test_a_clause_opened_by_han_after_a_count_is_part_of_it(tmp_path: Path) -> None:
    # 含 in the next clause says what the twelve stations include; a substance named with 含
    # (含氟牙膏) is no part of a total
    text = (
        "某区2025年卫生健康工作要点\n"
        "1.新建12个健康驿站，含社区服务点4个。\n"
        "2.儿童含氟牙膏使用率达到60%。\n"
    )
    assert document(tmp_path, text) == [
        ("新建健康驿站", "=", 12.0, "个", 2025),
        ("儿童含氟牙膏使用率", ">=", 60.0, "%", 2025),
    ]


def test_a_rate_named_alone_after_a_scheme_whose_reach_is_widened_is_that_schemes(
    tmp_path: Path,
) -> None:
    # the clause before widens the reach of one insurance scheme: the enrolment rate after it is
    # of that scheme, not of the work item's heading before the clause
    text = (
        "某县2025年卫生健康工作计划\n"
        "4.健全城乡医保制度 扩大城乡居民基本医疗保险覆盖面，力争参保率达到96%以上。\n"
        "5.稳固大病保险的参保覆盖面，参保率稳定在98%以上。\n"
    )
    assert document(tmp_path, text) == [
        ("城乡居民基本医疗保险参保率", ">=", 96.0, "%", 2025),
        ("大病保险参保率", ">=", 98.0, "%", 2025),
    ]


def test_a_progress_reports_task_heading_with_a_running_total_states_its_goals(
    tmp_path: Path,
) -> None:
    # the heading names two figures of its task, the year's new ones and the running total to
    # reach (累计建成): both are the task's goals, the paragraph under it tells the progress
    text = (
        "某区2025年为民办实事项目一季度进展情况\n"
        "1.改造20公里农村供水管网\n"
        "完成管网改造设计,启动招标。\n"
        "2.新增4个、累计建成15个社区健康驿站\n"
        "确定驿站选址,开展2场人员培训。\n"
    )
    assert document(tmp_path, text) == [
        ("改造农村供水管网", "=", 20.0, "公里", 2025),
        ("新增社区健康驿站", "=", 4.0, "个", 2025),
        ("建成社区健康驿站", "=", 15.0, "个", 2025),
    ]


def test_the_parts_a_bracket_opened_by_qizhong_lists_are_each_a_target_of_their_kind() -> None:
    # the total counts bridges before the work done on them; each part names only its kind of
    # road (a word or two) and is that kind's share of the same work
    assert read("农村公路60座危桥加固改造(其中县道12座、村道48座)") == [
        ("农村公路危桥加固改造", "=", 60.0, "座"),
        ("农村公路县道危桥加固改造", "=", 12.0, "座"),
        ("农村公路村道危桥加固改造", "=", 48.0, "座"),
    ]


def test_a_verb_a_listed_part_borrowed_is_said_once() -> None:
    # 民办 borrows the verb of the part before it: the kind goes before what the total counted
    assert read("新建9所托育机构（其中：公办5所、民办4所）") == [
        ("新建托育机构", "=", 9.0, "所"),
        ("新建公办托育机构", "=", 5.0, "所"),
        ("新建民办托育机构", "=", 4.0, "所"),
    ]


def test_parts_counted_first_after_qizhong_and_a_colon_are_each_read() -> None:
    # the colon after 其中 opens the list of parts, it labels nothing; the second part, counted
    # before its kind with no verb of its own, is one too, and the bracket it closes no word
    found = read("改造农村危桥15座(其中:3座四类危桥、12座窄桥)")
    counted = [(value, unit) for _, _, value, unit in found]
    assert counted == [(15.0, "座"), (3.0, "座"), (12.0, "座")]
    assert found[1][0].endswith("四类危桥")
    assert found[2][0] == "窄桥"


def test_a_completion_tables_task_cells_state_its_goals_not_its_progress_sentences(
    tmp_path: Path,
) -> None:
    # a Word table's header with its words spaced out names the tasks' column; each row's task
    # cell states the year's goal, while the cell of what was done is a sentence (its figures,
    # cut at its 。 from the rest of the row, are progress); a task cell of two clauses counts
    # in the second
    text = (
        "附件：2024年度某县民生实事项目完成情况\n"
        "序号 | 项 目 内 容 | 年度完成情况 | 完成成效 | 责任单位 |\n"
        "1 | 新增4个乡镇建有托育机构 | 完成新增甲乡等4个乡镇托育机构。 | 完成任务 | 卫健局 |\n"
        "2 | 新增托位800个 | 新增托位860个，其中普惠托位500个。 | 超额完成 | 县卫健局 |\n"
        "3 | 在全县中小学推进课桌椅配备,完成午休课桌椅9000套 | 已招标。 | 完成任务 | 教育局 |\n"
    )
    assert document(tmp_path, text) == [
        ("新增乡镇建有托育机构", "=", 4.0, "个", 2024),
        ("新增托位", "=", 800.0, "个", 2024),
        ("完成午休课桌椅", "=", 9000.0, "套", 2024),
    ]
