"""Regulations written in our own words for the kinds of department language the first
department round of stop 33 read."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import led_tasks, regulation


def _regulation(*articles: str) -> str:
    return regulation("某省劳动卫生条例", "为了保护劳动者健康，制定本条例。", *articles)


def test_every_levels_trade_union_organisations_are_one_body(tmp_path: Path) -> None:
    # 各级工会组织 is the unions at every level, 组织 their noun; a union that 组织 its members
    # does something (县工会组织职工…)
    text = _regulation(
        "各级工会组织依法对用人单位的劳动保护工作进行监督。",
        "县工会组织职工参加健康检查。",
        "市民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        ("各级工会组织", ["各级工会组织"]),
        ("县工会", ["县工会"]),
        ("市民政局", ["市民政局"]),
    ]
