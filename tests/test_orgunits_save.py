"""Org units saved from rows (a form, an API call) follow the file import's rules: every
problem named by row and field, nothing stored on any; on both stores."""

from __future__ import annotations

import pytest

from healthplan.collection import save_orgunits
from healthplan.errors import InputError
from healthplan.store import list_orgunits


def test_rows_are_checked_like_a_file(ws) -> None:  # type: ignore[no-untyped-def]
    made = save_orgunits(
        ws,
        [
            {"code": "C", "name": "市", "level": "市", "parent_code": ""},
            {"code": "A", "name": "甲区", "level": "区", "parent_code": "C"},
        ],
    )
    assert (made.created, made.updated) == (2, 0)
    with pytest.raises(InputError) as refused:
        save_orgunits(
            ws,
            [
                {"code": "A", "name": "甲区（新）", "level": "区", "parent_code": "C"},
                {"code": "a1", "name": "一街道", "level": "街道", "parent_code": "nowhere"},
                {"code": "b", "name": "", "level": "星球", "parent_code": "C"},
            ],
            source="表单",
        )
    problems = {(p.file, p.row, p.field) for p in refused.value.problems}
    assert ("表单", 2, "parent_code") in problems and ("表单", 3, "level") in problems
    assert {u.code: u.name for u in list_orgunits(ws)} == {"C": "市", "A": "甲区"}
    moved = save_orgunits(
        ws, [{"code": "A", "name": "甲区（新）", "level": "区", "parent_code": "C"}]
    )
    assert (moved.created, moved.updated) == (0, 1)
    assert {u.code: u.name for u in list_orgunits(ws)}["A"] == "甲区（新）"
