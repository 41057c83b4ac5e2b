"""Hand-worked cases for the core rules that mutation testing found unguarded
(bench/mutation.py; docs/CONVENTIONS.md, "Mutation testing"). Each expectation is worked
out in the comment beside it, never read from the code under test."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import docx
import pytest
import yaml

from collection_helpers import small_city
from healthplan.analytics import load_engine, refresh
from healthplan.analytics.judgement import Status, judge, judge_cases
from healthplan.collection import (
    DataSet,
    RawValue,
    check_values,
    import_values,
    save_data_elements,
    save_data_set,
)
from healthplan.collection.formats import select_values
from healthplan.collection.workflow import (
    ApprovalState,
    WorkflowError,
    approval_status,
    approve,
    reopen,
    review,
    submit,
)
from healthplan.documents.docx import docx_text
from healthplan.errors import InputError
from healthplan.i18n import t
from healthplan.model import DataElement, OrgLevel, PeriodType, ValueType
from healthplan.model.period import Period, PeriodError

# --- judgement: a lower-is-better target (婴儿死亡率 ≤ 5‰ from 8‰ in 2020) -----------------
# window 2021-01 .. 2025-12 = 60 months; data through 2021 = 12 months, elapsed 0.2;
# 序时进度 = 8 + (5 − 8) × 0.2 = 7.4; tolerance 20 % of |7.4 − 8| = 0.12.


def _infant_mortality(actual: float) -> Status:
    return judge(
        comparator="<=",
        value=5,
        unit="‰",
        deadline=2025,
        plan_period=(2021, 2025),
        series={"2021": actual},
        as_of=date(2022, 1, 31),
        baseline=8,
        baseline_year=2020,
    ).status


@pytest.mark.parametrize(
    ("actual", "status"),
    [
        (9.0, Status.far_behind),  # worse than the baseline: 1.6 above 序时进度
        (7.45, Status.behind),  # 0.05 above 7.4, within 0.12
        (7.0, Status.on_schedule),  # below 序时进度
        (4.8, Status.met),  # at or below the target
        (5.0, Status.met),
    ],
)
def test_lower_is_better_target_is_judged_downwards(actual: float, status: Status) -> None:
    assert _infant_mortality(actual) is status


# --- approval workflow: approval needs a review first ---------------------------------------


def test_approval_cannot_skip_review(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    import_values(ws, [RawValue("visits", "2024M01", "a1", 9)])
    assert submit(ws, "mch", "a1", "2024M01").state is ApprovalState.submitted
    with pytest.raises(WorkflowError):
        approve(ws, "mch", "a1", "2024M01")  # submitted, not reviewed
    assert review(ws, "mch", "a1", "2024M01").state is ApprovalState.reviewed
    assert approve(ws, "mch", "a1", "2024M01").state is ApprovalState.approved


# --- period parsing: months are 01..12 ------------------------------------------------------


@pytest.mark.parametrize("text", ["2024M00", "202400", "2024M13", "202413"])
def test_month_outside_1_to_12_is_refused(text: str) -> None:
    with pytest.raises(PeriodError, match=text):
        Period.parse(text)


@pytest.mark.parametrize(("text", "index"), [("2024M01", 1), ("202412", 12)])
def test_month_1_and_12_are_read(text: str, index: int) -> None:
    assert Period.parse(text).index == index


# --- docx reader: a merged cell is one cell ---------------------------------------------------


def _docx(build) -> str:  # type: ignore[no-untyped-def]
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return docx_text(buffer.getvalue())


def test_docx_horizontally_merged_cell_is_read_once() -> None:
    def build(document) -> None:  # type: ignore[no-untyped-def]
        table = document.add_table(rows=2, cols=3)
        title = table.cell(0, 0).merge(table.cell(0, 2))
        title.text = "主要健康指标"
        for column, text in enumerate(["人均预期寿命", "岁", "79"]):
            table.cell(1, column).text = text

    assert _docx(build) == "主要健康指标\n人均预期寿命\t岁\t79"


# --- approval workflow: every move from every state ------------------------------------------

_PATHS = {  # how a report reaches each state
    ApprovalState.open: [],
    ApprovalState.submitted: [submit],
    ApprovalState.reviewed: [submit, review],
    ApprovalState.approved: [submit, review, approve],
    ApprovalState.reopened: [submit, reopen],
}
_ALLOWED = {  # docs/monitoring.md: 上报 → 审核 → 审批, 退回 from any of them
    submit: {ApprovalState.open, ApprovalState.reopened},
    review: {ApprovalState.submitted},
    approve: {ApprovalState.reviewed},
    reopen: {ApprovalState.submitted, ApprovalState.reviewed, ApprovalState.approved},
}
_TARGET = {
    submit: ApprovalState.submitted,
    review: ApprovalState.reviewed,
    approve: ApprovalState.approved,
    reopen: ApprovalState.reopened,
}


def test_every_move_from_every_state(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    months = iter(f"{year}M{month:02d}" for year in (2023, 2024) for month in range(1, 13))
    for state, path in _PATHS.items():
        for move, allowed_from in _ALLOWED.items():
            period = next(months)
            for step in path:
                step(ws, "mch", "a1", period)
            if state in allowed_from:
                assert move(ws, "mch", "a1", period, "备注").state is _TARGET[move]
            else:
                with pytest.raises(WorkflowError):
                    move(ws, "mch", "a1", period)
            [status] = approval_status(ws, "mch", period) or [None]
            expected = _TARGET[move] if state in allowed_from else state
            assert (status.state if status else ApprovalState.open) is expected, (state, move)


def test_first_submission_time_is_kept(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    first = datetime(2024, 2, 5, 9, 0, tzinfo=UTC)
    status = submit(ws, "mch", "a1", "202401", "初报", at=first)  # DHIS2's form of 2024M01
    assert (status.period, status.comment, status.updated_by) == ("2024M01", "初报", "tester")
    assert status.submitted_at is not None and _naive(status.submitted_at) == _naive(first)
    reopen(ws, "mch", "a1", "2024M01", "请核实")
    again = submit(ws, "mch", "a1", "2024M01", at=datetime(2024, 2, 20, tzinfo=UTC))
    assert again.submitted_at is not None and _naive(again.submitted_at) == _naive(first)
    assert again.comment is None  # each move sets its own comment


def test_a_period_not_started_cannot_be_submitted(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    with pytest.raises(WorkflowError):
        submit(ws, "mch", "a1", "2024M03", at=datetime(2024, 2, 29, tzinfo=UTC))
    # the first day of the month is inside it
    assert submit(ws, "mch", "a1", "2024M03", at=datetime(2024, 3, 1, tzinfo=UTC)).state is (
        ApprovalState.submitted
    )


def _naive(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None)


# --- docx reader: Word numbering rendered as the reader sees it --------------------------------

# (ilvl, numFmt, lvlText, start) of one hand-written abstract numbering definition
_LEVELS = [
    (0, "chineseCounting", "%1、", 1),
    (1, "chineseCounting", "（%2）", 1),
    (2, "decimal", "%2.%3.", 1),  # shows its parent's counter too, as Chinese numerals
    (3, "decimalEnclosedCircle", "%4", 1),
    (4, "lowerLetter", "%5)", 25),  # y, z, then a again
    (5, "lowerRoman", "%6.", 8),
    (6, "upperLetter", "%7.", 1),
    (7, "decimalFullWidth", "%8．", 9),
]
_BULLETS = [(0, "bullet", "•", 1)]


def _numbering(document, abstract_id: int, num_id: int, defined) -> None:  # type: ignore[no-untyped-def]
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    levels = "".join(
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for ilvl, fmt, text, start in defined
    )
    root = document.part.numbering_part.element
    root.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f"{levels}</w:abstractNum>"
        )
    )
    root.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
    )


def _numbered(document, text: str, num_id: int, ilvl: int | None) -> None:  # type: ignore[no-untyped-def]
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    level = "" if ilvl is None else f'<w:ilvl w:val="{ilvl}"/>'
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}>{level}<w:numId w:val="{num_id}"/></w:numPr>')
    )


def test_docx_numbering_formats_and_restarts() -> None:
    def build(document) -> None:  # type: ignore[no-untyped-def]
        _numbering(document, 90, 90, _LEVELS)
        _numbering(document, 91, 91, _BULLETS)
        for text, ilvl in [
            ("总体要求", 0),
            ("发展目标", 1),
            ("甲", 2),
            ("乙", 2),
            ("丙", 3),
            ("丁", 3),
            ("戊", 4),
            ("己", 4),
            ("庚", 4),
            *((f"r{n}", 5) for n in range(7)),
            ("大写", 6),
            ("全角", 7),
            ("重点任务", 1),  # a new 二级: the deeper counters restart
            ("再甲", 2),
            ("主要措施", 0),
            ("无级别", None),  # numPr without ilvl is level 0
        ]:
            _numbered(document, text, 90, ilvl)
        _numbered(document, "要点", 91, 0)  # a bullet: no label
        _numbered(document, "未定义", 91, 2)  # a level the definition lacks: decimal from 1
        _numbered(document, "未定义二", 91, 2)
        _numbered(document, "无定义", 77, 0)  # a numId with no definition: no label

    assert _docx(build).split("\n") == [
        "一、总体要求",
        "（一）发展目标",
        "一.1.甲",
        "一.2.乙",
        "①丙",
        "②丁",
        "y)戊",
        "z)己",
        "a)庚",
        "viii.r0",
        "ix.r1",
        "x.r2",
        "xi.r3",
        "xii.r4",
        "xiii.r5",
        "xiv.r6",
        "A.大写",
        "９．全角",
        "（二）重点任务",
        "二.1.再甲",
        "二、主要措施",
        "三、无级别",
        "要点",
        "1.未定义",
        "2.未定义二",
        "无定义",
    ]


# --- periods: week-years, shifts and the elapsed share ---------------------------------------


@pytest.mark.parametrize(
    ("day", "week"),
    [
        (date(2024, 12, 29), "2024W52"),  # a Sunday: the last day of ISO week 2024-W52
        (date(2024, 12, 30), "2025W01"),  # Monday of the week holding 2 January 2025
        (date(2021, 1, 3), "2020W53"),  # Sunday: 2020 had 53 ISO weeks
        (date(2021, 1, 4), "2021W01"),
        (date(2026, 12, 31), "2026W53"),  # 2026 starts on a Thursday: 53 weeks
        (date(2027, 1, 4), "2027W01"),
    ],
)
def test_week_of_a_day_at_year_boundaries(day: date, week: str) -> None:
    assert Period.containing("week", day).id == week


def test_week_years_of_52_and_53_weeks() -> None:
    assert Period.parse("2020W53").end == date(2021, 1, 3)
    assert Period.parse("2026W53").next().id == "2027W01"
    with pytest.raises(PeriodError):
        Period.parse("2021W53")


def test_previous_and_next_plan_period() -> None:
    assert Period.parse("2021-2025").previous().id == "2016-2020"
    assert Period.parse("2021-2025").next().id == "2026-2030"
    assert Period.parse("2024M01").previous().id == "2023M12"
    assert Period.parse("2024Q1").previous().id == "2023Q4"


def test_elapsed_share_counts_the_day_itself() -> None:
    january = Period.parse("2024M01")
    assert january.elapsed_fraction(date(2023, 12, 31)) == 0.0
    assert january.elapsed_fraction(date(2024, 1, 1)) == pytest.approx(1 / 31)
    assert january.elapsed_fraction(date(2024, 1, 30)) == pytest.approx(30 / 31)
    assert january.elapsed_fraction(date(2024, 1, 31)) == 1.0


# --- atomic import: every check names its row, and one bad row stores nothing ----------------


def _rows(problems) -> list[int | None]:  # type: ignore[no-untyped-def]
    return sorted(p.row for p in problems)


def test_each_value_check_names_its_row(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    save_data_elements(
        ws,
        [
            DataElement(code="doses", name="接种剂次", value_type=ValueType.integer),
            DataElement(code="smoker", name="吸烟", value_type=ValueType.boolean),
            DataElement(code="cases", name="病例数", categories=["male", "female"]),
        ],
    )
    for move in (submit, review, approve):
        move(ws, "mch", "a1", "2024M02")
    rows = [  # (element, period, org unit, value, extra), row = position + 1
        ("visits", "2024M01", "a1", 9, {}),  # 1 ok
        ("nosuch", "2024M01", "a1", 1, {}),  # 2 unknown element
        ("visits", "2024M01", "zz", 1, {}),  # 3 unknown org unit
        ("visits", "2024M00", "a1", 1, {}),  # 4 not a period
        ("visits", "2024M07", "a1", 1, {}),  # 5 starts after today (2024-06-01)
        ("visits", "2024M06", "a1", 1, {}),  # 6 ok: started today
        ("visits", "1899M12", "a1", 1, {}),  # 7 before 1900
        ("visits", "1900M01", "a1", 1, {}),  # 8 ok
        ("visits", "2024M02", "a2", "abc", {}),  # 9 not a number
        ("visits", "2024Q1", "a1", 1, {}),  # 10 mch is monthly
        ("doses", "2024M01", "a1", 4.5, {}),  # 11 not a whole number
        ("doses", "2024M01", "a2", 4, {}),  # 12 ok
        ("visits", "2024M03", "a1", -1, {}),  # 13 negative
        ("visits", "2024M04", "a1", 0, {}),  # 14 ok
        ("visits", "2024M05", "a1", 1, {"category": "male"}),  # 15 not an option of visits
        ("cases", "2024M05", "a1", 1, {"category": "male"}),  # 16 ok
        ("visits", "2024M01", "a1", 8, {}),  # 17 duplicate of row 1
        ("visits", "2024M05", "a2", 1, {"created": "yesterday"}),  # 18 not a time
        ("births", "202402", "a1", 3, {}),  # 19 2024M02 of a1 is approved
        ("births", "2024M02", "a2", 3, {}),  # 20 ok: a2 is not locked
        ("smoker", "2024M01", "a1", "maybe", {}),  # 21 not true or false
        ("smoker", "2024M01", "a2", "true", {}),  # 22 ok
        ("doses", "2024M02", "a1", -2, {}),  # 23 negative count
    ]
    raw = [
        RawValue(e, p, ou, v, file="in.csv", row=n, **extra)
        for n, (e, p, ou, v, extra) in enumerate(rows, 1)
    ]
    today = date(2024, 6, 1)
    problems = check_values(ws, raw, today=today)
    assert _rows(problems) == [2, 3, 4, 5, 7, 9, 10, 11, 13, 15, 17, 18, 19, 21, 23]
    assert {p.file for p in problems} == {"in.csv"}
    with pytest.raises(InputError) as caught:
        import_values(ws, raw, today=today)
    assert _rows(caught.value.problems) == _rows(problems)
    assert select_values(ws) == []  # atomic: nothing stored
    # partial: the eight good rows are stored, the rest reported
    summary = import_values(ws, raw, today=today, mode="partial")
    assert (summary.created, summary.updated, len(summary.conflicts)) == (8, 0, 15)
    assert len(select_values(ws)) == 8


def test_data_set_restricts_level_and_elements(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    raw = [
        RawValue("visits", "2024M01", "A", 1, row=1),  # a district: mch is for townships
        RawValue("score", "2024M01", "a1", 1, row=2),  # not in mch
        RawValue("visits", "2024M01", "a1", 1, row=3),
    ]
    assert _rows(check_values(ws, raw, data_set="mch", today=date(2024, 6, 1))) == [1, 2]
    assert check_values(ws, raw[2:], data_set="mch", today=date(2024, 6, 1)) == []


@pytest.mark.parametrize(
    ("typed", "period"),
    [
        ("2024 年 3 月", "2024M03"),  # spaces typed between the parts
        ("２０２４年第一季度", "2024Q1"),  # full-width digits
        ("2024BiW27", None),  # 2024 has 52 ISO weeks: 26 bi-weeks
        ("2020BiW27", "2020BiW27"),  # 2020 has 53: 27 bi-weeks
    ],
)
def test_typed_and_bi_weekly_periods(typed: str, period: str | None) -> None:
    if period is None:
        with pytest.raises(PeriodError, match=r"1-26 in 2024\)"):
            Period.parse(typed)
    else:
        assert Period.parse(typed).id == period


def test_period_errors_name_the_input() -> None:
    with pytest.raises(PeriodError, match=r"'20240230'.*day is out of range"):
        Period.parse("20240230")
    with pytest.raises(PeriodError, match=r"'2024M13' \(month must be 1-12 in 2024\)"):
        Period.parse("2024M13")
    with pytest.raises(PeriodError, match="plan period is not determined by a single day"):
        Period.containing("plan", date(2024, 1, 1))


# --- roll-up: an incremental refresh replaces a changed value, it does not add to it ---------


def test_refresh_replaces_a_non_zero_value(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    raw = [
        RawValue(element, month, unit, value)
        for unit, month, visits, births in [
            ("a1", "2024M01", 9, 10),
            ("a2", "2024M01", 45, 90),
            ("a1", "2024M02", 18, 20),
        ]
        for element, value in (("visits", visits), ("births", births))
    ]
    import_values(ws, raw, received_at=datetime(2024, 4, 5, tzinfo=UTC))
    engine = load_engine(ws)
    import_values(ws, [RawValue("births", "2024M01", "a1", 30)])  # was 10
    assert refresh(engine, ws) > 0
    got = {(v.indicator, v.org_unit, v.period): v.value for v in engine.values()}
    assert got[("visit_rate", "a1", "2024M01")] == pytest.approx(9 / 30 * 100)  # not 9/40
    assert got[("visit_rate", "A", "2024M01")] == pytest.approx(54 / 120 * 100)  # (9+45)/(30+90)
    assert got[("births_total", "C", "2024")] == 140  # 30 + 90 + 20
    assert got[("births_total", "A", "2024Q1")] == 140
    assert got[("visit_rate", "A", "2024")] == pytest.approx(72 / 140 * 100)


def test_workflow_status_fields_and_listing(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    save_data_set(
        ws,
        DataSet(
            code="imm",
            name="免疫月报",
            period_type=PeriodType.month,
            org_level=OrgLevel.township,
            elements=["births"],
            due_days=10,
        ),
    )
    before = datetime.now(UTC).replace(tzinfo=None)
    submit(ws, "imm", "a2", "2024M01")
    submit(ws, "mch", "a2", "2024M01")
    submit(ws, "mch", "a1", "2024M01")
    reviewed = review(ws, "mch", "a1", "2024M01", "审核意见")
    assert (reviewed.data_set, reviewed.org_unit, reviewed.period) == ("mch", "a1", "2024M01")
    assert reviewed.comment == "审核意见"
    assert reviewed.updated_at is not None and _naive(reviewed.updated_at) >= before
    assert approve(ws, "mch", "a1", "2024M01", "同意").comment == "同意"
    assert reopen(ws, "mch", "a1", "2024M01", "退回").comment == "退回"
    listed = approval_status(ws, "mch", "2024M01")
    assert [(s.data_set, s.org_unit, s.state) for s in listed] == [
        ("mch", "a1", ApprovalState.reopened),
        ("mch", "a2", ApprovalState.submitted),
    ]


def test_workflow_refuses_bad_periods_by_name(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    with pytest.raises(WorkflowError) as caught:
        submit(ws, "mch", "a1", "2024M13")
    assert str(caught.value) == t("not a period: {text}", text="2024M13")
    with pytest.raises(WorkflowError) as caught:
        submit(ws, "mch", "a1", "1899M12")
    assert str(caught.value) == t("period {period} is before {year}", period="1899M12", year=1900)
    assert submit(ws, "mch", "a1", "1900M01").period == "1900M01"  # the first year accepted


def test_docx_upper_roman_thousands_and_circled_past_twenty() -> None:
    levels = [
        (0, "upperRoman", "%1.", 4),
        (1, "chineseCountingThousand", "%2、", 10),
        (2, "decimalEnclosedCircle", "%3", 20),  # ① … ⑳ exist; 21 falls back to digits
    ]

    def build(document) -> None:  # type: ignore[no-untyped-def]
        _numbering(document, 92, 92, levels)
        for text, ilvl in [("甲", 0), ("乙", 0), ("丙", 1), ("丁", 2), ("戊", 2)]:
            _numbered(document, text, 92, ilvl)

    assert _docx(build).split("\n") == ["IV.甲", "V.乙", "十、丙", "⑳丁", "21戊"]


# --- judgement from a case file: the hand-worked expectations of tests/data/assessment -------


def test_case_file_judged_as_each_case_expects() -> None:
    path = Path(__file__).parent / "data" / "assessment" / "cases.yaml"
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    records = judge_cases(path)
    assert [r["id"] for r in records] == [c["id"] for c in cases]
    for case, record in zip(cases, records, strict=True):
        for key, value in case["expect"].items():
            assert record[key] == (pytest.approx(value) if isinstance(value, float) else value), (
                case["id"],
                key,
            )


def test_case_file_problems_name_case_and_field(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        judge_cases(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: one\n  plan_period: [2021, 2025]\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        judge_cases(bad)
    [problem] = caught.value.problems
    assert (problem.file, problem.row, problem.field) == (str(bad), 1, "target")


@pytest.mark.parametrize(
    ("actual", "status"),
    [
        # 达到100% from 90 % in 2020: 序时进度 after 12 of 60 months = 90 + 10 × 0.2 = 92;
        # tolerance 20 % of |92 − 90| = 0.4
        (100.0, Status.met),
        (99.0, Status.on_schedule),
        (91.7, Status.behind),  # 0.3 short
        (91.0, Status.far_behind),  # 1.0 short
    ],
)
def test_equal_level_target_rises_from_its_baseline(actual: float, status: Status) -> None:
    judged = judge(
        comparator="=",
        value=100,
        unit="%",
        deadline=2025,
        plan_period=(2021, 2025),
        series={"2021": actual},
        as_of=date(2022, 1, 31),
        baseline=90,
        baseline_year=2020,
    )
    assert judged.status is status
