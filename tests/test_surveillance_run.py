"""End to end on both databases: channel data in the store, `run` finds the injected
outbreaks (fused, cluster and single-case signals), and re-running changes nothing."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import func, select

from healthplan.collection.orgunits import import_orgunits
from healthplan.demo.city import DemoCity, build_city
from healthplan.demo.surveillance import SERIES, demo_surveillance
from healthplan.model import OrgLevel
from healthplan.store.tables import AuditLog
from healthplan.store.tables_surveillance import ChannelCountRow
from healthplan.surveillance.lifecycle import signals
from healthplan.surveillance.pipeline import run_surveillance


def _small_city(ws, tmp_path: Path) -> DemoCity:  # type: ignore[no-untyped-def]
    city = build_city(7)
    units = [u for u in city.orgunits if u.level <= OrgLevel.township]
    path = tmp_path / "units.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "name", "level", "parent_code"])
        for u in units:
            writer.writerow([u.code, u.name, u.level.label_zh, u.parent_code or ""])
    import_orgunits(ws, path)
    return DemoCity(orgunits=units, departments=[])


def test_run_finds_injected_outbreaks(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    city = _small_city(ws, tmp_path)
    result = demo_surveillance(ws, city, seed=7, year=2024)
    assert result.detected == len(result.outbreaks) == 4
    assert {"fused", "cluster", "single_case", "channel"} <= set(result.signals_by_kind)
    m = result.metrics
    assert m is not None and m.due > 0 and 0 < m.verified <= m.due
    assert m.share_in_time is not None and 0 < m.share_in_time < 1
    cholera = [s for s in signals(ws) if s.kind == "single_case"]
    assert [(s.disease, s.verification) for s in cholera] == [("cholera", "confirmed")]

    counties = sum(1 for u in city.orgunits if u.level == OrgLevel.county)
    towns = sum(1 for u in city.orgunits if u.level == OrgLevel.township)
    with ws.session() as session:
        n_rows = session.scalar(select(func.count()).select_from(ChannelCountRow))
        audited = session.scalar(
            select(func.count())
            .select_from(AuditLog)
            .where(AuditLog.table_name == "surveillance_counts")
        )
    series = sum(towns if level == "township" else counties for *_, level, _m, _a, _p in SERIES)
    assert audited == series  # one audit entry per series written
    assert n_rows is not None and n_rows > 0

    before = len(signals(ws, include_weak=True))
    again = run_surveillance(ws)
    assert again.recorded == 0
    assert len(signals(ws, include_weak=True)) == before
