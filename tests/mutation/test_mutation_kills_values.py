"""Value import rules the mutation run of ``collection/values.py`` found unguarded: each check
tells the user, in the words of the Chinese interface, what is wrong, on which row and in
which column. The city, its elements and the monthly township data set ``mch`` are those of
``collection_helpers.small_city``."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import select

from collection_helpers import small_city
from healthplan.collection import (
    RawValue,
    check_values,
    import_orgunits,
    import_values,
    save_data_elements,
)
from healthplan.collection.formats import ExportedValue, export_values, select_values
from healthplan.collection.values import parse_boolean, parse_cell_number, parse_text, time_text
from healthplan.collection.workflow import approve, review, submit
from healthplan.errors import InputError
from healthplan.i18n import set_language
from healthplan.model import DataElement, ValueType
from healthplan.store.tables import AuditLog

TODAY = date(2024, 6, 1)


@pytest.fixture(autouse=True)
def _chinese() -> Iterator[None]:
    set_language("zh")
    yield
    set_language(None)


def _raw(rows: list[tuple[str, str, str, Any, dict[str, Any]]]) -> list[RawValue]:
    # row n of in.csv; the value is read from column "value", the unit from "org_unit"
    return [
        RawValue(e, p, ou, v, file="in.csv", row=n, field="value", org_unit_field="org_unit", **x)
        for n, (e, p, ou, v, x) in enumerate(rows, 1)
    ]


def test_each_check_says_what_is_wrong(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    save_data_elements(
        ws,
        [
            DataElement(code="doses", name="接种剂次", value_type=ValueType.integer),
            DataElement(code="smoker", name="吸烟", value_type=ValueType.boolean),
            DataElement(code="cases", name="病例数", categories=["male", "female"]),
            DataElement(code="visit_day", name="访视日期", value_type=ValueType.date),
        ],
    )
    for move in (submit, review, approve):
        move(ws, "mch", "a1", "2024M02")
    raw = _raw(
        [
            ("nosuch", "2024M01", "a1", 1, {}),
            ("visits", "2024M01", "zz", 1, {}),
            ("visits", "2024M00", "a1", 1, {}),
            ("visits", "2024M07", "a1", 1, {}),  # July starts after 1 June
            ("visits", "1899M12", "a1", 1, {}),
            ("visits", "2024M02", "a2", "abc", {}),
            ("visits", "2024Q1", "a1", 1, {}),  # mch is reported by month
            ("doses", "2024M01", "a1", 4.5, {}),
            ("visits", "2024M03", "a1", -1, {}),
            ("visits", "2024M05", "a1", 1, {"category": "male"}),  # visits has no categories
            ("visits", "2024M05", "a2", 1, {"created": "yesterday"}),
            ("births", "2024M02", "a1", 3, {}),  # approved above
            ("smoker", "2024M01", "a1", "maybe", {}),
            ("visits", "2024M04", "a1", 9, {}),  # good
            ("visits", "2024M04", "a1", 8, {}),  # again
            ("visit_day", "2024M01", "a1", "2024-13-01", {}),
            ("visits", "2024M04", "a2", 1, {"comment": "a\x00b"}),
            ("cases", "2024M05", "a1", 1, {"category": "female"}),  # good
        ]
    )
    found = [(p.file, p.row, p.field, p.message) for p in check_values(ws, raw, today=TODAY)]
    assert found == [
        ("in.csv", 1, "value", "数据元 nosuch 不存在"),
        ("in.csv", 2, "org_unit", "组织机构 zz 不存在"),
        ("in.csv", 3, "value", "无法识别的报告期：2024M00"),
        ("in.csv", 4, "value", "报告期 2024M07 尚未开始"),
        ("in.csv", 5, "value", "报告期 1899M12 早于 1900 年"),
        ("in.csv", 6, "value", "不是数字：abc"),
        ("in.csv", 7, "value", "报告期 2024Q1 不在报表 mch 的报告期内（该报表按月填报）"),
        ("in.csv", 8, "value", "应为整数，实际为 4.5"),
        ("in.csv", 9, "value", "数值不能为负数：-1"),
        ("in.csv", 10, "value", "分类选项 male 不存在"),
        ("in.csv", 11, "created", "不是日期或时间：yesterday"),
        ("in.csv", 12, "value", "a1 2024M02 的报表 mch 已审批锁定"),
        ("in.csv", 13, "value", "不是“是”或“否”（true/false）：maybe"),
        ("in.csv", 15, "value", "visits a1 2024M04 的数据重复（首次出现在第 14 行）"),
        ("in.csv", 16, "value", "不是日期：2024-13-01"),
        ("in.csv", 17, "comment", "comment含有 NUL 字符"),
    ]


def test_a_partial_import_stores_only_the_rows_without_a_problem(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # ``mode="partial"`` stores the good rows and reports the others: every check must keep
    # its row out, not only report it (an atomic import refuses everything either way).
    small_city(ws, tmp_path)
    save_data_elements(
        ws,
        [
            DataElement(code="doses", name="接种剂次", value_type=ValueType.integer),
            DataElement(code="cases", name="病例数", categories=["male", "female"]),
        ],
    )
    for move in (submit, review, approve):
        move(ws, "mch", "a1", "2024M02")
    refused = [
        ("visits", "2024M07", "a1", 1, {}),  # not started on 1 June
        ("visits", "1899M12", "a1", 1, {}),
        ("visits", "2024Q1", "a1", 1, {}),  # mch is reported by month
        ("doses", "2024M01", "a1", 4.5, {}),
        ("visits", "2024M03", "a1", -1, {}),
        ("visits", "2024M05", "a1", 1, {"category": "male"}),
        ("visits", "2024M05", "a2", 1, {"created": "yesterday"}),
        ("births", "2024M02", "a1", 3, {}),  # approved and locked
        ("visits", "2024M04", "a2", 1, {"comment": "a\x00b"}),
    ]
    good = [
        ("visits", "2024M04", "a1", 9, {}),
        ("cases", "2024M05", "a1", 2, {"category": "female"}),
    ]
    summary = import_values(ws, _raw(refused + good), mode="partial", today=TODAY)
    assert (summary.created, summary.ignored, len(summary.conflicts)) == (2, 9, 9)
    stored = {
        (v.data_element, v.org_unit, v.period, v.category, v.value) for v in select_values(ws)
    }
    assert stored == {
        ("visits", "a1", "2024M04", "default", 9),
        ("cases", "a1", "2024M05", "female", 2),
    }
    # a unit at the wrong level and an element outside the form, with the form named
    raw = _raw([("visits", "2024M01", "A", 1, {}), ("score", "2024M01", "a1", 1, {})])
    summary = import_values(ws, raw, data_set="mch", mode="partial", today=TODAY)
    assert (summary.created, summary.ignored, len(summary.conflicts)) == (0, 2, 2)
    assert len(select_values(ws)) == 2


def test_a_problem_names_the_sheet_and_the_column_it_was_found_in(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    raw = [
        RawValue(
            "visits",
            "2024M01",
            "a1",
            1,
            file="in.xlsx",
            sheet="一月",
            row=2,
            field="value",
            last_updated="soon",
        ),
        RawValue(
            "visits",
            "2024M02",
            "a1",
            1,
            file="in.xlsx",
            sheet="二月",
            row=3,
            field="value",
            category="a\x00b",
        ),
    ]
    found = [(p.file, p.sheet, p.row, p.field) for p in check_values(ws, raw, today=TODAY)]
    assert found == [
        ("in.xlsx", "一月", 2, "last_updated"),
        ("in.xlsx", "二月", 3, "category"),  # a NUL in the category
        ("in.xlsx", "二月", 3, "value"),  # and no such category option
    ]


def test_a_cell_shown_as_a_percentage_is_stored_as_shown(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    raw = [
        RawValue("visits", "2024M01", "a1", 0.85, file="in.xlsx", row=2, percent_format=True),
        RawValue("visits", "2024M02", "a1", 0.85, file="in.xlsx", row=3),
    ]
    import_values(ws, raw, today=TODAY)
    stored = {v.period: v.value for v in select_values(ws)}
    assert stored == {"2024M01": pytest.approx(85), "2024M02": pytest.approx(0.85)}


def test_a_data_set_names_the_unit_and_the_element_it_refuses(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    raw = _raw(
        [
            ("visits", "2024M01", "A", 1, {}),  # a district: mch is for townships
            ("score", "2024M01", "a1", 1, {}),  # not an element of mch
        ]
    )
    found = [
        (p.row, p.field, p.message) for p in check_values(ws, raw, data_set="mch", today=TODAY)
    ]
    assert found == [
        (1, "org_unit", "机构 A 不是填报报表 mch 的层级"),
        (2, "value", "数据元 score 不属于报表 mch"),
    ]


def test_an_unknown_import_mode_stores_nothing(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    with pytest.raises(InputError) as caught:
        import_values(ws, _raw([("visits", "2024M01", "a1", 1, {})]), mode="fast")
    assert [(p.file, p.message) for p in caught.value.problems] == [
        ("--mode", "未知的导入方式 fast")
    ]
    assert select_values(ws) == []


def test_a_deleted_value_leaves_a_tombstone_until_it_is_stored_again(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    received = datetime(2024, 2, 3, 4, 5, 6, tzinfo=UTC)
    import_values(
        ws, [RawValue("visits", "2024M01", "a1", 9, comment="初报")], received_at=received
    )
    # the sender deletes it without saying its value: the tombstone keeps what was stored
    gone = import_values(ws, [RawValue("visits", "2024M01", "a1", None, deleted=True)])
    assert (gone.created, gone.updated, gone.deleted, gone.ignored) == (0, 0, 1, 0)
    assert select_values(ws) == []
    [grave] = _deleted(ws)
    assert (grave["dataElement"], grave["period"], grave["orgUnit"], grave["value"]) == (
        "visits",
        "202401",
        "a1",
        "9",
    )
    assert grave["comment"] == "初报"
    # deleting it again deletes nothing and leaves one tombstone
    again = import_values(ws, [RawValue("visits", "2024M01", "a1", None, deleted=True)])
    assert (again.deleted, again.ignored) == (0, 1)
    assert len(_deleted(ws)) == 1
    # stored again, it is no longer deleted
    import_values(ws, [RawValue("visits", "2024M01", "a1", 10)])
    assert _deleted(ws) == []
    assert [v.value for v in select_values(ws)] == [10]


def _deleted(ws) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    document = json.loads(export_values(ws, "dhis2-json", include_deleted=True).content)
    return [v for v in document["dataValues"] if v.get("deleted")]


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("", None),  # an empty cell
        (True, 1.0),  # a cell Excel holds as a boolean
        (False, 0.0),
        (" TRUE ", 1.0),
        ("1.0", 1.0),  # a 1 that a spreadsheet turned into a float
        ("0.0", 0.0),
        ("f", 0.0),
    ],
)
def test_yes_or_no_as_spreadsheets_hold_it(raw: object, stored: float | None) -> None:
    assert parse_boolean(raw) == stored


@pytest.mark.parametrize(
    ("raw", "value_type", "stored"),
    [
        # a date cell read as a date and time: the date element keeps the day
        (datetime(2024, 3, 5, 10, 30), "date", "2024-03-05"),
        (date(2024, 3, 5), "date", "2024-03-05"),
        ("2024-03-05T10:30", "date", "2024-03-05"),
        # a text element keeps the whole moment as written
        (datetime(2024, 3, 5, 10, 30), "text", "2024-03-05T10:30:00"),
        ("  已访视 ", "text", "已访视"),
    ],
)
def test_text_and_date_values_as_stored(raw: object, value_type: str, stored: str) -> None:
    assert parse_text(raw, value_type) == stored


def test_times_as_dhis2_writes_them() -> None:
    assert time_text(None) is None
    # 08:00 in Beijing is midnight UTC
    beijing = timezone(timedelta(hours=8))
    assert time_text(datetime(2024, 1, 1, 8, 0, tzinfo=beijing)) == "2024-01-01T00:00:00.000"
    assert time_text(datetime(2015, 4, 5, 19, 58, 12)) == "2015-04-05T19:58:12.000"


def test_a_deleted_text_value_keeps_its_text(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    save_data_elements(ws, [DataElement(code="note", name="访视备注", value_type=ValueType.text)])
    import_values(ws, [RawValue("note", "2024M01", "a1", "已访视")])
    import_values(ws, [RawValue("note", "2024M01", "a1", None, deleted=True)])
    [grave] = _deleted(ws)
    # the workspace's user (``tester``) stored it
    assert (grave["value"], grave["storedBy"]) == ("已访视", "tester")


@pytest.fixture
def in_shanghai(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's clock in Asia/Shanghai, 8 hours ahead of UTC."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_times_are_written_in_utc_whatever_the_machine_s_zone(in_shanghai: None) -> None:
    beijing, new_york = timezone(timedelta(hours=8)), timezone(timedelta(hours=-5))
    # 08:00 in Beijing is midnight UTC, midnight in New York is 05:00 UTC
    assert time_text(datetime(2024, 1, 1, 8, 0, tzinfo=beijing)) == "2024-01-01T00:00:00.000"
    assert time_text(datetime(2024, 1, 1, 0, 0, tzinfo=new_york)) == "2024-01-01T05:00:00.000"


def _graves(ws) -> list[ExportedValue]:  # type: ignore[no-untyped-def]
    return [v for v in select_values(ws, include_deleted=True) if v.deleted]


def test_a_deletion_of_values_never_stored_keeps_the_sender_s_word(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    received = datetime(2024, 2, 3, 4, 5, 6, tzinfo=UTC)
    gone = import_values(
        ws,
        [
            RawValue(
                "visits", "2024M01", "a1", 5, deleted=True, comment="误报", stored_by="dhis",
                created="2024-01-02T03:04:05.000", last_updated="2024-01-03T00:00:00.000",
            ),
            # no times said: the deletion is dated when it was received
            RawValue("births", "2024M01", "a1", 3, deleted=True),
        ],
        received_at=received,
    )  # fmt: skip
    assert (gone.deleted, gone.ignored) == (0, 2)  # nothing stored was deleted
    assert [
        (g.data_element, g.value, g.comment, g.stored_by, g.created, g.last_updated)
        for g in _graves(ws)
    ] == [
        ("births", 3, None, None, None, "2024-02-03T04:05:06.000"),
        ("visits", 5, "误报", "dhis", "2024-01-02T03:04:05.000", "2024-01-03T00:00:00.000"),
    ]


def test_a_stored_value_s_tombstone_keeps_its_first_deletion(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    for day, value in ((1, 9), (2, 10)):  # stored on 1 February, corrected on the 2nd
        import_values(
            ws,
            [RawValue("visits", "2024M01", "a1", value)],
            received_at=datetime(2024, 2, day, 8, tzinfo=UTC),
        )
    # deleted on the 3rd by a sender who says the value was 8
    import_values(
        ws,
        [RawValue("visits", "2024M01", "a1", 8, deleted=True)],
        received_at=datetime(2024, 2, 3, 8, tzinfo=UTC),
    )
    tombstone = ("visits", 8, "tester", "2024-02-01T08:00:00.000", "2024-02-03T08:00:00.000")
    assert [
        (g.data_element, g.value, g.stored_by, g.created, g.last_updated) for g in _graves(ws)
    ] == [tombstone]  # the sender's value; created when first stored, updated when deleted
    # deleting it again, with another value, deletes nothing and keeps the first tombstone
    again = import_values(
        ws,
        [RawValue("visits", "2024M01", "a1", 7, deleted=True)],
        received_at=datetime(2024, 2, 4, 8, tzinfo=UTC),
    )
    assert (again.deleted, again.ignored) == (0, 1)
    assert [
        (g.data_element, g.value, g.stored_by, g.created, g.last_updated) for g in _graves(ws)
    ] == [tombstone]


def test_the_audit_names_a_value_by_its_attribute_only_when_it_has_one(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    import_values(
        ws,
        [
            RawValue("visits", "2024M01", "a1", 9),
            RawValue("visits", "2024M01", "a1", 4, attribute="fund"),
        ],
        received_at=datetime(2024, 2, 1, tzinfo=UTC),
    )
    with ws.session() as session:
        keys = session.scalars(
            select(AuditLog.record_key)
            .where(AuditLog.table_name == "data_values")
            .order_by(AuditLog.record_key)
        ).all()
    assert keys == ["visits|2024M01|a1|default", "visits|2024M01|a1|default|fund"]


def _audit(ws) -> list[tuple[str, str, Any, Any]]:  # type: ignore[no-untyped-def]
    with ws.session() as session:
        rows = session.execute(
            select(AuditLog.action, AuditLog.record_key, AuditLog.old, AuditLog.new)
            .where(AuditLog.table_name == "data_values")
            .order_by(AuditLog.id)
        ).all()
    return [tuple(r) for r in rows]


def test_what_an_import_stores_keeps_and_audits(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)

    def at(day: int) -> datetime:  # 08:00 UTC on a day of February 2024
        return datetime(2024, 2, day, 8, tzinfo=UTC)

    def stored() -> list[tuple[Any, ...]]:
        return [
            (v.data_element, v.org_unit, v.value, v.comment, v.followup, v.stored_by, v.created,
             v.last_updated)
            for v in select_values(ws, start=date(2024, 1, 1), end=date(2024, 1, 31))
        ]  # fmt: skip

    first = import_values(
        ws,
        [
            RawValue(
                "visits", "2024M01", "a1", 9, comment="初报", followup=True, stored_by="dhis",
                created="2024-01-05T00:00:00.000", last_updated="2024-01-06T00:00:00.000",
            ),
            RawValue("visits", "2024M01", "a2", 4),
            RawValue("births", "2024M01", "a1", 10),
        ],
        received_at=at(1),
    )  # fmt: skip
    assert (first.created, first.updated, first.unchanged, first.deleted) == (3, 0, 0, 0)
    feb1 = "2024-02-01T08:00:00.000"
    assert stored() == [
        ("births", "a1", 10, None, False, "tester", feb1, feb1),
        ("visits", "a1", 9, "初报", True, "dhis", "2024-01-05T00:00:00.000",
         "2024-01-06T00:00:00.000"),  # the sender's, as DHIS2 sent them
        ("visits", "a2", 4, None, False, "tester", feb1, feb1),
    ]  # fmt: skip
    # the same two values again, then a2 corrected with a comment: its flag is kept
    second = import_values(
        ws,
        [
            RawValue("visits", "2024M01", "a1", 9),
            RawValue("births", "2024M01", "a1", 10),
            RawValue("visits", "2024M01", "a2", 5, comment="更正"),
        ],
        received_at=at(2),
    )
    assert (second.created, second.updated, second.unchanged) == (0, 1, 2)
    assert stored()[2] == (
        "visits", "a2", 5, "更正", False, "tester", feb1, "2024-02-02T08:00:00.000"
    )  # fmt: skip
    # only a1's follow-up flag is cleared: its comment is kept, the sender's times are gone
    third = import_values(
        ws, [RawValue("visits", "2024M01", "a1", 9, followup=False)], received_at=at(3)
    )
    assert (third.updated, third.unchanged) == (1, 0)
    assert stored()[1] == (
        "visits", "a1", 9, "初报", False, "tester", feb1, "2024-02-03T08:00:00.000"
    )  # fmt: skip
    gone = import_values(
        ws,
        [
            RawValue("visits", "2024M01", "a1", None, deleted=True),
            RawValue("births", "2024M01", "a1", None, deleted=True),
        ],
        received_at=at(4),
    )
    assert (gone.deleted, gone.ignored) == (2, 0)
    a1, a2, births = (
        "visits|2024M01|a1|default",
        "visits|2024M01|a2|default",
        "births|2024M01|a1|default",
    )
    assert _audit(ws) == [
        ("insert", a1, None, {"value": 9}),
        ("insert", a2, None, {"value": 4}),
        ("insert", births, None, {"value": 10}),
        ("update", a2, {"value": 4, "comment": None}, {"value": 5, "comment": "更正"}),
        ("update", a1, {"value": 9, "followup": True}, {"value": 9, "followup": False}),
        ("delete", a1, {"value": 9, "comment": "初报"}, None),
        ("delete", births, {"value": 10}, None),  # no comment, none audited
    ]


def test_a_thousand_units_are_read_deleted_and_stored_again_in_chunks(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Org units are looked up, values deleted and tombstones cleared 500 at a time (the
    database's limit on a query's parameters): 1000 of each need two full chunks."""
    townships = [f"t{i:04d}" for i in range(1000)]
    units = tmp_path / "units.csv"
    units.write_text(
        "code,name,level,parent_code\nC,测试市,市,\nA,甲区,区,C\n"
        + "".join(f"{code},第{code}街道,街道,A\n" for code in townships),
        encoding="utf-8",
    )
    import_orgunits(ws, units)
    save_data_elements(ws, [DataElement(code="visits", name="访视人数")])

    def each(**extra: Any) -> list[RawValue]:
        return [RawValue("visits", "2024M01", code, 1, **extra) for code in townships]

    received = datetime(2024, 2, 1, tzinfo=UTC)
    assert import_values(ws, each(), received_at=received).created == 1000
    assert import_values(ws, each(deleted=True), received_at=received).deleted == 1000
    assert select_values(ws) == []  # every one deleted
    assert len(select_values(ws, include_deleted=True)) == 1000  # 1000 tombstones
    assert import_values(ws, each(), received_at=received).created == 1000
    assert len(select_values(ws, include_deleted=True)) == 1000  # no tombstone left


def test_an_import_is_dated_in_utc_whatever_the_machine_s_zone(ws, tmp_path, in_shanghai) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    before = datetime.now(UTC).replace(tzinfo=None)
    import_values(ws, [RawValue("visits", "2024M01", "a1", 9)])  # received now
    after = datetime.now(UTC).replace(tzinfo=None)
    [value] = select_values(ws)
    second = timedelta(seconds=1)
    for stamp in (value.created, value.last_updated):
        assert before - second <= datetime.fromisoformat(stamp or "") <= after + second


@pytest.mark.parametrize(
    ("raw", "percent", "number"),
    [
        (0.95, True, 95.0),  # 0.95 × 100 is 95.00000000000001 in binary: rounded to 10 places
        (0.955, True, 95.5),  # 95.49999999999999, rounded to 95.5, not to a whole 95
        (1e-11, False, 1e-11),  # a cell not formatted as a percentage is not rounded
    ],
)
def test_a_number_cell_as_read(raw: float, percent: bool, number: float) -> None:
    assert parse_cell_number(raw, percent_format=percent) == number


def test_a_number_cell_is_not_a_percentage_unless_said() -> None:
    assert parse_cell_number(0.95) == 0.95


@pytest.mark.parametrize(
    ("raw", "number"),
    [
        ("９５", 95.0),  # full-width digits
        ("1，234", 1234.0),  # a full-width thousands comma
        (" 1 234 ", 1234.0),  # spaces typed inside and around
        ("95%", 95.0),
        ("  ", None),  # a cell of spaces is empty
    ],
)
def test_a_number_typed_as_text(raw: str, number: float | None) -> None:
    assert parse_cell_number(raw) == number


@pytest.mark.parametrize("raw", [True, 10**400, float("inf")])
def test_what_is_not_a_number_says_so(raw: object) -> None:
    with pytest.raises(ValueError, match=f"^不是数字：{raw}$"):
        parse_cell_number(raw)


def test_a_dry_run_counts_and_stores_nothing(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    raw = [RawValue("visits", "2024M01", "a1", 9), RawValue("visits", "2024M02", "a1", None)]
    received = datetime(2024, 3, 1, tzinfo=UTC)
    dry = import_values(ws, raw, dry_run=True, received_at=received)
    assert (dry.created, dry.ignored, dry.dry_run) == (1, 1, True)  # the empty one ignored
    assert select_values(ws) == []
    done = import_values(ws, raw, received_at=received)
    assert (done.created, done.ignored, done.dry_run) == (1, 1, False)
    # the monthly township form mch refuses a district's value
    with pytest.raises(InputError):
        import_values(ws, [RawValue("visits", "2024M01", "A", 1)], data_set="mch")
