"""Hand-worked cases for the core rules that mutation testing found unguarded
(bench/mutation.py; docs/CONVENTIONS.md, "Mutation testing"). Each expectation is worked
out in the comment beside it, never read from the code under test."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from collection_helpers import small_city
from healthplan.analytics.judgement import Status, judge
from healthplan.collection import RawValue, import_values
from healthplan.collection.workflow import ApprovalState, WorkflowError, approve, review, submit
from healthplan.documents.docx import docx_text
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
