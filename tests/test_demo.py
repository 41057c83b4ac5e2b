"""The demo city: deterministic, plausible, and built through the real import path."""

from collections import Counter

from typer.testing import CliRunner

from healthplan import list_departments, list_orgunits
from healthplan.cli import app
from healthplan.demo import build_city, demo
from healthplan.model import OrgLevel, division_level, division_parent


def test_city_is_deterministic_and_shaped_like_a_city() -> None:
    city = build_city(7)
    assert city == build_city(7)
    assert city != build_city(8)
    levels = Counter(u.level for u in city.orgunits)
    assert levels[OrgLevel.city] == 1 and levels[OrgLevel.county] == 4
    assert 35 <= levels[OrgLevel.township] <= 45
    assert 500 <= levels[OrgLevel.village] <= 700
    for unit in city.orgunits:
        assert len(unit.code) == 12 and division_level(unit.code) == unit.level
        if unit.parent_code:
            assert division_parent(unit.code) == unit.parent_code
    names = Counter((u.parent_code, u.name) for u in city.orgunits)
    assert max(names.values()) == 1  # no two siblings share a name


def test_demo_builds_workspace(ws) -> None:  # type: ignore[no-untyped-def]
    summary = demo(ws, seed=3)
    assert summary.orgunits_by_level["市"] == 1
    assert len(list_orgunits(ws)) == sum(summary.orgunits_by_level.values())
    names = {d.name for d in list_departments(ws)}
    assert {"市卫生健康委员会", "市疾病预防控制中心", "市爱国卫生运动委员会办公室"} <= names
    demo(ws, seed=3)  # a second run refreshes without duplicating
    assert len(list_orgunits(ws)) == sum(summary.orgunits_by_level.values())


def test_demo_command(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HEALTHPLAN_HOME", str(tmp_path))
    monkeypatch.delenv("HEALTHPLAN_DATABASE_URL", raising=False)
    result = CliRunner().invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    assert "云川市" in result.output and "乡镇/街道" in result.output
    assert (tmp_path / "healthplan.db").exists()
