"""Tasks and responsible departments on plan text written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from healthplan.documents import IngestError
from healthplan.extraction import (
    DepartmentDirectory,
    department_key,
    department_list,
    extract,
    item_departments,
    parenthesised_departments,
)
from healthplan.extraction.tasks import due_date
from healthplan.model import Department, DepartmentKind
from tasks_helpers import extracted_tasks

PLAN = """2025年某区卫生健康工作要点
一、强化公共卫生
（一）疾病防控行动（区疾控中心牵头）
1.完成65岁及以上老年人健康体检3万人次。（区卫健局、区民政局，各街道、镇）
2.于6月底前完成学校传染病防控督导，覆盖率达到100%。
（二）环境卫生行动
3.由区城管局牵头，区住建局、区生态环境局配合，开展背街小巷整治。
4.建成1个区级(PEP)门诊区，年底前投入使用。(区卫健委、区财政局按职责分工负责)
"""


def test_items_departments_inheritance_due_and_targets(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    [result] = extract([path])

    def by_title(start: str):  # type: ignore[no-untyped-def]
        return next(task for task in result.tasks if task.title.startswith(start))

    first = by_title("完成65岁及以")
    assert first.departments == ["区卫健局", "区民政局", "各街道、镇"]
    assert first.lead_department == "区卫健局"
    assert first.target_ids and result.targets[first.target_ids[0]].value == 30000
    assert result.targets[first.target_ids[0]].departments == first.departments
    second = by_title("于6月底前完成")
    assert second.departments == ["区疾控中心"]  # inherited from the enclosing item
    assert second.due == date(2025, 6, 30) and second.due_text == "6月底前"
    third = by_title("由区城管局牵头")
    assert third.departments == ["区城管局", "区住建局", "区生态环境局"]
    fourth = by_title("建成1个区级(")
    assert fourth.departments == ["区卫健委", "区财政局"]
    assert fourth.due == date(2025, 12, 31)
    for task in result.tasks:
        assert task.source is not None
        assert task.source.quote == result.source.original[task.source.start : task.source.end]


def test_department_lists() -> None:
    listed = department_list("市卫健委、市教育局，各区、镇、街道，市直各单位")
    assert listed is not None
    assert listed.names == ["市卫健委", "市教育局", "各区、镇、街道", "市直各单位"]
    listed = department_list("省民政厅牵头，有关成员单位参与")
    assert listed is not None and listed.names == ["省民政厅", "有关成员单位"]
    assert department_list("社区卫生服务站点不少于5个") is None
    assert department_list("PEP") is None
    text = "建设村卫生室(社区卫生服务站)10个。(县卫健局负责)"
    assert [found.names for _, _, found in parenthesised_departments(text)] == [["县卫健局"]]


def test_directory_aliases_and_unknown_names() -> None:
    directory = DepartmentDirectory(
        [
            Department(code="hc", name="市卫生健康委员会", kind=DepartmentKind.office),
            Department(code="mkt", name="市市场监督管理局", kind=DepartmentKind.government),
        ]
    )
    assert department_key("市卫健委") == department_key("市卫生健康委员会")
    resolved = directory.resolve("市卫健委")
    assert resolved is not None and resolved.code == "hc"
    known, unknown = directory.classify(["市市场监管局", "各区、镇、街道", "市气象局"])
    assert [d.code for d in known] == ["mkt", "collective:各区、镇、街道"]
    assert unknown == ["市气象局"]


def test_due_dates() -> None:
    assert due_date("年底前完成", 2024) == ("年底前", date(2024, 12, 31))
    assert due_date("9月份启动", 2024) == ("9月份", date(2024, 9, 30))
    assert due_date("按序时推进", 2024)[0] == "序时推进"
    assert due_date("加强管理", 2024) == (None, None)


def test_ingest_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"nope\.txt"):
        extract([tmp_path / "nope.txt"])
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(IngestError, match=r"empty\.txt"):
        extract([empty])


def test_labelled_departments_and_keep_verbs() -> None:
    listed = department_list("责任科室：医政医管科，配合科室：财务科")
    assert listed is not None
    assert listed.names == ["医政医管科", "财务科"] and listed.lead == "医政医管科"
    listed = department_list("牵头单位：区卫健局；配合单位：区财政局、区医保局")
    assert listed is not None and listed.names == ["区卫健局", "区财政局", "区医保局"]


def test_labelled_lines_and_departments_of_an_enclosing_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(
        "2025年工作要点\n"
        "一、重点任务\n"
        "1.加强基层医疗能力建设。责任单位：县卫健局；配合单位：县财政局、县人社局。\n"
        "2.推进医防融合，统筹推进以下工作。（县疾控中心）\n"
        "（1）开展高血压筛查5万人次。\n"
        "（2）完善慢病随访制度。\n",
        encoding="utf-8",
    )
    [result] = extract([path])
    first = next(task for task in result.tasks if task.title.startswith("加强基层"))
    assert first.departments == ["县卫健局", "县财政局", "县人社局"]
    assert first.lead_department == "县卫健局"
    children = [task for task in result.tasks if task.title.startswith(("开展高血压", "完善慢病"))]
    assert [task.departments for task in children] == [["县疾控中心"], ["县疾控中心"]]


def test_more_department_phrasings() -> None:
    listed = department_list("各县（市、区）人民政府，市直有关部门")
    assert listed is not None and listed.names == ["各县（市、区）人民政府", "市直有关部门"]
    listed = department_list("市卫生健康委、市发展改革委、市财政局等按职责分工负责")
    assert listed is not None and listed.names == ["市卫生健康委", "市发展改革委", "市财政局"]
    listed = department_list("市卫健委牵头，市财政局、市医保局按职责分工负责")
    assert listed is not None and listed.lead == "市卫健委" and len(listed.names) == 3


def _tasks(tmp_path: Path, text: str) -> list[tuple[str, list[str], str | None]]:
    return [(t.text, t.departments, t.lead_department) for t in extracted_tasks(tmp_path, text)]


def test_every_role_line_is_read_lead_first(tmp_path: Path) -> None:
    found = _tasks(
        tmp_path,
        "2025年工作计划\n一、重点工作\n1.完善家庭医生签约服务。\n\n"
        "配合单位：县医保局、县财政局\n牵头单位：县卫健局\n\n"
        "2.加强慢病管理。\n责任单位：县疾控中心、县人民医院，完成时限：2025年12月底\n",
    )
    assert found[0][1:] == (["县卫健局", "县医保局", "县财政局"], "县卫健局")
    assert found[1][1:] == (["县疾控中心", "县人民医院"], "县疾控中心")


def test_brackets_joined_names_and_by_phrases() -> None:
    listed = item_departments("推进医联体建设。〔市卫健委、市医保局按职责分工负责〕")
    assert listed is not None and listed.names == ["市卫健委", "市医保局"]
    listed = item_departments("由市民政局、市残联（市残疾人联合会）和市卫健委共同负责。")
    assert listed is not None
    assert listed.names == ["市民政局", "市残联（市残疾人联合会）", "市卫健委"]
    listed = item_departments("开展营养宣传。（市卫健委牵头，市教育局和市体育局参与）")
    assert listed is not None and listed.names == ["市卫健委", "市教育局", "市体育局"]
    listed = item_departments("加强监管。责任单位：市财政局、市卫健委（牵头）")
    assert listed is not None and (listed.names, listed.lead) == (
        ["市卫健委", "市财政局"],
        "市卫健委",
    )
    listed = item_departments("推进医改。（市卫健委牵头，各县（市、区）人民政府配合）")
    assert listed is not None and listed.names == ["市卫健委", "各县（市、区）人民政府"]
    for fragment in ("科室中由科室负责人牵头开展质控。", "每个乡镇卫生院负责村医培训。"):
        assert item_departments(fragment) is None  # sentence fragments are no departments
    listed = item_departments("开展宣传。(国家卫生健康委牵头负责)")
    assert listed is not None and listed.names == ["国家卫生健康委"]
    listed = item_departments("推进医改。责任单位：市卫健委、各科室主任，完成时限：年底")
    assert listed is not None and listed.names == ["市卫健委"]
    assert listed.rejected == [("各科室主任", "not an organisation")]
    listed = item_departments("（县政府各部门分别负责，年内持续推进）")
    assert listed is not None and listed.names == ["县政府各部门"]


def test_items_numbered_inside_one_line(tmp_path: Path) -> None:
    found = _tasks(
        tmp_path,
        "工作分工 1.新建村卫生室3个。市卫健委、市财政局 2.开展老年人体检。市卫健委 "
        "3.推广中医药适宜技术。市中医院、各县（区）卫生健康局\n",
    )
    assert [names for _, names, _ in found] == [
        ["市卫健委", "市财政局"],
        ["市卫健委"],
        ["市中医院", "各县（区）卫生健康局"],
    ]


def test_a_closing_department_line_belongs_to_the_item(tmp_path: Path) -> None:
    found = _tasks(
        tmp_path,
        "一、建设任务\n1.健全应急队伍\n（1）组建卫生应急队伍。\n（2）开展应急演练。\n"
        "（责任单位：市卫健委、各县（市、区）人民政府）\n2.完善物资储备\n（县发改局负责）\n",
    )
    assert found[0][0].startswith("1.健全应急队伍")
    assert found[0][1] == ["市卫健委", "各县（市、区）人民政府"]
    assert found[1][1] == ["县发改局"]


def test_rows_of_a_responsibility_table(tmp_path: Path) -> None:
    found = _tasks(
        tmp_path,
        "责任清单\n序号 |\n指标 |\n目标值 |\n牵头单位 |\n责任单位 |\n"
        "1 |\n产前筛查率 |\n≥90% |\n县卫健局 |\n县妇幼保健院、各乡镇人民政府 |\n"
        "2 |\n老年人健康管理率 |\n≥70% |\n县卫健局 |\n县民政局 |\n",
    )
    assert [(names, lead) for _, names, lead in found] == [
        (["县卫健局", "县妇幼保健院", "各乡镇人民政府"], "县卫健局"),
        (["县卫健局", "县民政局"], "县卫健局"),
    ]


def test_a_person_in_a_table_is_no_department(tmp_path: Path) -> None:
    found = _tasks(
        tmp_path,
        "序号 重点工作任务 牵头领导 牵头单位 配合单位\n"
        "1 新增托育机构2所。 张三 县卫健委 县直有关单位\n"
        "2 建设健康步道5条。 李四 县体育局 各乡镇\n",
    )
    assert [names for _, names, _ in found] == [
        ["县卫健委", "县直有关单位"],
        ["县体育局", "各乡镇"],
    ]


def test_names_are_written_as_the_register_writes_them(tmp_path: Path) -> None:
    register = [
        Department(
            code="hc", name="区卫生健康局", aliases=["区卫健局"], kind=DepartmentKind.office
        ),
        Department(code="cdc", name="区疾病预防控制中心", aliases=["区疾控中心"]),
    ]
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    without = extract([path])[0]
    assert without.tasks[0].departments[:2] == ["区卫健局", "区民政局"]
    (result,) = extract([path], departments=register)
    first = result.tasks[0]
    # known names as the register has them, unknown ones and collectives as written
    assert first.departments == ["区卫生健康局", "区民政局", "各街道、镇"]
    assert first.lead_department == "区卫生健康局"
    assert result.targets[0].departments == first.departments
    # a department written under two of its names is one entry
    path.write_text(
        "2025年工作计划\n一、重点工作\n1.加强慢病管理。（区卫健局、区卫生健康局、区疾控中心）\n",
        encoding="utf-8",
    )
    (again,) = extract([path], departments=register)
    assert again.tasks[0].departments == ["区卫生健康局", "区疾病预防控制中心"]


def test_an_item_numbered_on_after_the_last_ones_departments(tmp_path: Path) -> None:
    found = _tasks(
        tmp_path,
        "2024年工作任务分工\n一、重点任务\n"
        "4.推进医养结合。（市民政局负责）\n"
        "5.完善疾病预防控制体系。（市疾控局牵头，市卫健委、市财政局按职责分工负责）"
        "6.加强妇幼健康服务。（市卫健委负责）\n",
    )
    assert [(text[:4], names, lead) for text, names, lead in found] == [
        ("4.推进", ["市民政局"], "市民政局"),
        ("5.完善", ["市疾控局", "市卫健委", "市财政局"], "市疾控局"),
        ("6.加强", ["市卫健委"], "市卫健委"),
    ]


def test_more_role_labels_and_what_is_not_a_department(tmp_path: Path) -> None:
    found = _tasks(
        tmp_path,
        "2024年重点工作责任分解\n一、工作任务\n"
        "1.开展卫生城市创建。负责单位：县爱卫办，各乡镇人民政府\n"
        "2.落实院感防控制度，由各医疗机构负责人担任第一责任人。\n"
        "3.完成国家卫生县城复审。承办单位：县爱卫办 完成时限：2024年10月\n"
        "4.建设紧密型城市医疗集团2个。县卫健局牵头，县医保局、县财政局按职责分工负责\n",
    )
    assert [(names, lead) for _, names, lead in found] == [
        (["县爱卫办", "各乡镇人民政府"], "县爱卫办"),
        ([], None),
        (["县爱卫办"], "县爱卫办"),
        (["县卫健局", "县医保局", "县财政局"], "县卫健局"),
    ]
