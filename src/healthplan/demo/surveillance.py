"""Demo step for early warning (传染病监测预警): daily channel data for the demo city's
counties (and school absenteeism per township) with injected outbreaks, deterministic from
the seed; the detectors run, signals are recorded and worked through their lifecycle."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

import numpy as np

from healthplan.demo.city import DemoCity
from healthplan.model import OrgLevel
from healthplan.store import Workspace
from healthplan.surveillance import (
    SignalMetrics,
    close,
    metrics,
    respond,
    run_surveillance,
    save_counts,
    signals,
    verify,
)

# channel, key, level ("county" | "township"), mean per day, seasonal amplitude, peak month
SERIES = [
    ("cases", "influenza", "county", 2.0, 0.8, 1),
    ("cases", "diarrhoea", "county", 1.5, 0.5, 7),
    ("cases", "cholera", "county", 0.0, 0.0, 1),
    ("fever_clinic", "ili", "county", 40.0, 0.5, 1),
    ("pharmacy", "antipyretic", "county", 60.0, 0.4, 1),
    ("pharmacy", "antidiarrhoeal", "county", 30.0, 0.3, 7),
    ("lab", "influenza", "county", 1.0, 0.8, 1),
    ("lab", "norovirus", "county", 0.5, 0.5, 12),
    ("school", "absenteeism", "township", 8.0, 0.4, 1),
]
# disease -> extra cases per day at the peak, by channel key
OUTBREAK_EFFECT = {
    "influenza": {
        ("cases", "influenza"): 6.0,
        ("fever_clinic", "ili"): 35.0,
        ("pharmacy", "antipyretic"): 40.0,
        ("lab", "influenza"): 4.0,
        ("school", "absenteeism"): 12.0,
    },
    "diarrhoea": {
        ("cases", "diarrhoea"): 6.0,
        ("pharmacy", "antidiarrhoeal"): 30.0,
        ("lab", "norovirus"): 3.0,
    },
    "cholera": {("cases", "cholera"): 1.0},
}


@dataclass
class Outbreak:
    disease: str
    county: str
    start: date
    days: int


@dataclass
class SurveillanceDemo:
    counts_written: int
    outbreaks: list[Outbreak]
    detected: int  # injected outbreaks with a fused, cluster or single-case signal
    signals_by_kind: dict[str, int] = field(default_factory=dict)
    metrics: SignalMetrics | None = None


def _profile(start: date, n: int, mean: float, amplitude: float, peak_month: int) -> np.ndarray:
    days = np.arange(n)
    doy = np.array([(start + timedelta(days=int(d))).timetuple().tm_yday for d in days])
    peak = (peak_month - 1) * 30.4 + 15
    season = 1 + amplitude * np.cos(2 * np.pi * (doy - peak) / 365.25)
    weekday = np.array([(start + timedelta(days=int(d))).weekday() for d in days])
    return np.asarray(mean * season * np.where(weekday >= 5, 0.7, 1.0))


def _outbreaks(rng: np.random.Generator, counties: list[str], year: int) -> list[Outbreak]:
    picks = rng.permutation(len(counties))
    return [
        Outbreak(
            "influenza",
            counties[picks[0]],
            date(year, 3, 1) + timedelta(int(rng.integers(0, 60))),
            12,
        ),
        Outbreak(
            "diarrhoea",
            counties[picks[1 % len(counties)]],
            date(year, 8, 1) + timedelta(int(rng.integers(0, 40))),
            10,
        ),
        Outbreak(
            "cholera",
            counties[picks[2 % len(counties)]],
            date(year, 9, 1) + timedelta(int(rng.integers(0, 30))),
            1,
        ),
        Outbreak(
            "influenza",
            counties[picks[3 % len(counties)]],
            date(year, 10, 15) + timedelta(int(rng.integers(0, 30))),
            10,
        ),
    ]


def generate(
    city: DemoCity, seed: int, year: int
) -> tuple[list[tuple[str, str, str, date, int]], list[Outbreak]]:
    """Daily counts (channel, key, org unit, day, count) and the outbreaks injected."""
    rng = np.random.default_rng(seed)
    counties = [u.code for u in city.orgunits if u.level == OrgLevel.county]
    towns = {c: [u.code for u in city.orgunits if u.parent_code == c] for c in counties}
    outbreaks = _outbreaks(rng, counties, year)
    first_cases = date(year - 4, 12, 1)  # CIDARS needs three years of history
    first_other = date(year - 1, 12, 1)
    last = date(year, 12, 31)
    rows: list[tuple[str, str, str, date, int]] = []
    for channel, key, level, mean, amp, peak in SERIES:
        first = first_cases if channel == "cases" else first_other
        n = (last - first).days + 1
        base = _profile(first, n, mean, amp, peak)
        areas = counties if level == "county" else [t for c in counties for t in towns[c]]
        for area in areas:
            county = area if level == "county" else next(c for c in counties if area in towns[c])
            scale = 1.0 if level == "county" else 1.0 / max(1, len(towns[county])) * 4
            lam = base * scale
            extra = np.zeros(n)
            for ob in outbreaks:
                effect = OUTBREAK_EFFECT[ob.disease].get((channel, key), 0.0)
                if effect == 0.0 or ob.county != county:
                    continue
                if level == "township" and towns[county].index(area) > 2:
                    continue  # the outbreak touches three townships' schools
                d0 = (ob.start - first).days
                shape = (
                    np.sin(np.pi * (np.arange(ob.days) + 0.5) / ob.days)
                    if ob.days > 1
                    else np.ones(1)
                )
                extra[d0 : d0 + ob.days] += effect * shape
            counts = rng.poisson(lam) + np.round(extra).astype(np.int64)
            rows.extend(
                (channel, key, area, first + timedelta(days=i), int(c))
                for i, c in enumerate(counts)
            )
    return rows, outbreaks


def demo_surveillance(ws: Workspace, city: DemoCity, *, seed: int, year: int) -> SurveillanceDemo:
    """Generate, store, detect, and work the signals through verification and response."""
    rows, outbreaks = generate(city, seed, year)
    written = save_counts(ws, rows)

    def clock(day: date) -> datetime:  # the daily run at 08:00 the next morning
        return datetime.combine(day + timedelta(days=1), time(8), tzinfo=UTC)

    summary = run_surveillance(
        ws, clock=clock, now=datetime.combine(date(year, 12, 31), time(20), tzinfo=UTC)
    )

    parent = {u.code: u.parent_code for u in city.orgunits}

    def real(disease: str, area: str, day: date) -> bool:
        """Does a signal of ``disease`` at ``area`` on ``day`` point at an injected outbreak?
        (the outbreak's county, one of its townships, or the city above it)"""
        for ob in outbreaks:
            near = ob.county in (area, parent.get(area)) or parent.get(ob.county) == area
            start, end = ob.start - timedelta(days=3), ob.start + timedelta(days=ob.days + 3)
            if ob.disease == disease and near and start <= day <= end:
                return True
        return False

    rng = np.random.default_rng(seed + 1)
    for signal in signals(ws, status="open"):
        share = rng.random()
        if share > 0.9:
            continue  # never verified: becomes an overdue warning
        hours = float(rng.uniform(1, 20) if share < 0.8 else rng.uniform(26, 60))
        at = signal.detected_at + timedelta(hours=hours)
        confirmed = real(signal.disease, signal.org_unit, signal.day)
        verify(ws, signal.id, "县疾控中心值班员", "confirmed" if confirmed else "excluded", at=at)
        if confirmed:
            respond(
                ws, signal.id, "县疾控中心应急队", note="流行病学调查", at=at + timedelta(hours=4)
            )
            close(ws, signal.id, "县疾控中心", note="疫情已控制", at=at + timedelta(days=7))
        else:
            close(ws, signal.id, "县疾控中心值班员", note="排除", at=at + timedelta(hours=1))
    strong = [s for s in summary.signals if s.kind in ("fused", "cluster", "single_case")]
    detected = sum(
        1
        for ob in outbreaks
        if any(s.disease == ob.disease and real(s.disease, s.org_unit, s.day) for s in strong)
    )
    return SurveillanceDemo(
        counts_written=written,
        outbreaks=outbreaks,
        detected=detected,
        signals_by_kind=summary.by_kind,
        metrics=metrics(ws, datetime.combine(date(year + 1, 1, 1), time(8), tzinfo=UTC)),
    )
