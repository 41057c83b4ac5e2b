"""Task progress reported from the board, through the API and the page, on both stores: a
department reporter reports on their departments' tasks only; bad values are refused whole;
the tasks stage records the event with the user."""

from __future__ import annotations

from datetime import date

import pytest

from healthplan.tasks import task_history, task_ledger
from healthplan.web import add_user
from tasks_helpers import make_plan
from test_web_pages import _login
from web_helpers import PASSWORD, city, client, token


@pytest.fixture
def api(ws, tmp_path):  # type: ignore[no-untyped-def]
    city(ws, tmp_path)
    make_plan(ws, year=date.today().year)  # time limits ahead: 推进中, not 逾期
    add_user(ws, "cdc_rep", "department-reporter", PASSWORD, departments=["cdc"])
    return client(ws)


def _task(ws, title: str):  # type: ignore[no-untyped-def]
    return next(e for e in task_ledger(ws) if e.title == title)


def test_progress_api(api, ws) -> None:  # type: ignore[no-untyped-def]
    mine = _task(ws, "开展传染病监测")
    theirs = _task(ws, "完善基层服务体系")
    headers = token(api, "cdc_rep")
    path = f"/api/tasks/{mine.task_id}/progress"
    assert api.post(path, json={"percent": 10}).status_code == 401
    assert api.post(path, headers=token(api, "viewer_b"), json={"percent": 10}).status_code == 403
    foreign = api.post(
        f"/api/tasks/{theirs.task_id}/progress", headers=headers, json={"percent": 5}
    )
    assert foreign.status_code == 403
    for bad in ({"percent": 150}, {"state": "飞升"}, {"note": "x" * 3000}, {"percent": "多"}):
        assert api.post(path, headers=headers, json=bad).status_code == 422, bad
    assert _task(ws, "开展传染病监测").percent == mine.percent
    done = api.post(
        path, headers=headers, json={"state": "推进中", "percent": 40, "note": "已建成3个点"}
    )
    assert done.status_code == 200, done.text
    assert done.json()["percent"] == 40 and done.json()["state"] == "in_progress"
    events = task_history(ws, mine.task_id)
    assert events[-1].by == "cdc_rep" and events[-1].department == "市疾病预防控制中心"
    assert api.post("/api/tasks/99999/progress", headers=headers, json={}).status_code == 404


def test_progress_from_the_board(api, ws) -> None:  # type: ignore[no-untyped-def]
    csrf = _login(api, "cdc_rep")
    board = api.get("/tasks")
    mine = _task(ws, "开展传染病监测")
    assert board.status_code == 200
    assert f'action="/tasks/{mine.task_id}/progress"' in board.text
    assert board.text.count('class="progress-form"') == 1  # only their department's task
    refused = api.post(f"/tasks/{mine.task_id}/progress", data={"csrf": csrf, "percent": "abc"})
    assert refused.status_code == 422
    moved = api.post(
        f"/tasks/{mine.task_id}/progress",
        data={"csrf": csrf, "state": "in_progress", "percent": "55", "note": "监测点建设过半"},
    )
    assert moved.status_code == 200 and "监测点建设过半" in moved.text
    assert _task(ws, "开展传染病监测").percent == 55
    forged = api.post(f"/tasks/{mine.task_id}/progress", data={"csrf": "x", "percent": "60"})
    assert forged.status_code == 403 and _task(ws, "开展传染病监测").percent == 55
