"""The data version: every committed audited write bumps it once; reads and rolled-back
writes leave it; on both stores."""

from __future__ import annotations

import pytest

from healthplan.model import Department, DepartmentKind
from healthplan.store import data_version, list_departments, save_departments


def test_a_committed_write_bumps_the_version_once(ws) -> None:  # type: ignore[no-untyped-def]
    start = data_version(ws)
    list_departments(ws)
    assert data_version(ws) == start
    save_departments(ws, [Department(code="d1", name="妇幼健康科", kind=DepartmentKind.office)])
    assert data_version(ws) == start + 1
    with pytest.raises(RuntimeError), ws.session():
        save_departments(ws, [Department(code="d2", name="疾控科", kind=DepartmentKind.office)])
        raise RuntimeError("rolled back")
    assert data_version(ws) == start + 1
    assert [d.code for d in list_departments(ws)] == ["d1"]
    save_departments(ws, [Department(code="d1", name="妇幼健康科", kind=DepartmentKind.office)])
    assert data_version(ws) == start + 1  # nothing changed: nothing audited
