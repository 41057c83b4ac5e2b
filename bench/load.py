"""Web load: ``python bench/load.py [--users 50] [--seconds 60] [--database URL]``.

Starts ``healthplan serve`` on loopback (SQLite in a temporary folder, or ``--database``, e.g.
a PostgreSQL URL; a fresh schema is made there and dropped after) over a small city (1 city,
3 districts, 30 townships reporting the 妇幼月报, a planner and one org-unit reporter per
district). Then ``--users`` simulated users, for ``--seconds`` (bounded: every request has a
10 s timeout and the run stops by itself), each logged in with a session and mixing page views
(dashboard, plan ledger, warnings inbox, approval queue) with data submissions through
``POST /api/values`` — each submission a CSV with one unique value — waiting ``--think``
seconds on average between requests (0: back to back, a stress test).

Prints requests per second, p50/p95/p99 per kind of request, and the submissions lost
(acknowledged but not stored) or stored twice, read back from the database. The baseline,
measured in the same run before the load, is one user alone: the ratio is loaded p95 over
that p95. Goals: page p95 < 300 ms, zero lost or duplicated writes.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

from healthplan.collection import (
    DataSet,
    RawValue,
    import_orgunits,
    import_values,
    save_data_elements,
    save_data_set,
    save_indicators,
)
from healthplan.model import (
    Aggregation,
    Comparator,
    DataElement,
    Department,
    Indicator,
    OrgLevel,
    Period,
    PeriodType,
    Plan,
    PlanKind,
    ReviewStatus,
    Target,
)
from healthplan.plans import save_plan
from healthplan.store import Workspace, save_departments
from healthplan.web import add_user

PASSWORD = "load-test-password"
PAGES = ["/", "/ledger", "/warnings", "/approvals?data_set=mch&period=2024M01"]
DISTRICTS = ["D1", "D2", "D3"]
PLAN_YEAR = 2025


def _city(ws: Workspace, folder: Path) -> list[str]:
    rows = ["code,name,level,parent_code", "C,市,市,"]
    townships = []
    for d in DISTRICTS:
        rows.append(f"{d},{d}区,区,C")
        for i in range(10):
            townships.append(f"{d}t{i}")
            rows.append(f"{d}t{i},{d}街道{i},街道,{d}")
    (folder / "units.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    import_orgunits(ws, folder / "units.csv")
    save_data_elements(ws, [DataElement(code="visits", name="访视人数")])
    save_data_set(
        ws,
        DataSet(
            code="mch",
            name="妇幼月报",
            period_type=PeriodType.month,
            org_level=OrgLevel.township,
            elements=["visits"],
        ),
    )
    # A year of reports and a plan of record with a target per district and for the city, so
    # that the dashboard and the ledger assess real targets (序时进度) on every view.
    save_indicators(
        ws,
        [
            Indicator(
                code="visits_total",
                name="访视人数",
                numerator="#{visits}",
                aggregation=Aggregation.sum,
            )
        ],
    )
    import_values(
        ws,
        [
            RawValue("visits", f"{PLAN_YEAR}M{m:02d}", t, 10 + (m * 7 + i) % 13)
            for m in range(1, 13)
            for i, t in enumerate(townships)
        ],
    )
    save_departments(ws, [Department(code="mch", name="妇幼健康科")])
    save_plan(
        ws,
        Plan(
            title="年度工作要点",
            kind=PlanKind.annual,
            period=Period.parse(str(PLAN_YEAR)),
            org_unit_code="C",
            targets=[
                Target(
                    indicator_text="访视人数",
                    indicator_code="visits_total",
                    comparator=Comparator.ge,
                    value=goal,
                    cumulative=True,
                    org_unit_code=unit,
                    departments=["妇幼健康科"],
                    status=ReviewStatus.confirmed,
                )
                for unit, goal in [("C", 5000.0)] + [(d, 1500.0) for d in DISTRICTS]
            ],
        ),
    )
    add_user(ws, "planner", "planner", PASSWORD)
    for d in DISTRICTS:
        add_user(ws, f"rep-{d}", "org-unit-reporter", PASSWORD, org_unit=d)
    return townships


def _login(base: str, name: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=10.0)
    form = client.get("/login")
    nonce = re.search(r'name="csrf" value="([^"]+)"', form.text)
    assert nonce is not None
    _plain_http(client)
    client.post("/login", data={"name": name, "password": PASSWORD, "csrf": nonce.group(1)})
    _plain_http(client)
    home = client.get("/")
    assert home.status_code == 200, home.status_code
    return client


def _plain_http(client: httpx.Client) -> None:
    """The cookies are Secure: httpx sends them over loopback http only when told to."""
    for cookie in client.cookies.jar:
        cookie.secure = False


def _token(base: str, name: str) -> dict[str, str]:
    answer = httpx.post(f"{base}/api/token", json={"name": name, "password": PASSWORD})
    answer.raise_for_status()
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def _run(
    base: str, users: int, seconds: float, townships: list[str], start_key: int, think: float
) -> tuple[dict[str, list[float]], dict[tuple[str, str], int], dict[str, int]]:
    """Latencies per kind, the submissions acknowledged (key → value), errors."""
    latencies: dict[str, list[float]] = defaultdict(list)
    acknowledged: dict[tuple[str, str], int] = {}
    errors: dict[str, int] = defaultdict(int)
    lock = threading.Lock()
    counter = [start_key]
    stop = time.monotonic() + seconds
    # Log-ins are rate-limited per address (all users here are 127.0.0.1): one session and
    # one token per role, shared by the simulated users.
    headers = {d: _token(base, f"rep-{d}") for d in DISTRICTS}
    session = _login(base, "planner")

    def user(number: int) -> None:
        rng = random.Random(number)
        district = DISTRICTS[number % len(DISTRICTS)]
        mine = [t for t in townships if t.startswith(district)]
        client = httpx.Client(base_url=base, timeout=10.0, cookies=session.cookies)
        api = httpx.Client(base_url=base, timeout=10.0, headers=headers[district])
        while time.monotonic() < stop:
            if think:
                time.sleep(rng.uniform(0.5, 1.5) * think)
            if rng.random() < 0.25:
                with lock:
                    counter[0] += 1
                    key = counter[0]
                # (unit, month) unique per key; months from 1900 on, never in the future
                unit = mine[key % len(mine)]
                year, month = 1900 + key // len(mine) // 12, key // len(mine) % 12 + 1
                period = f"{year}M{month:02d}"
                body = f"data_element,period,org_unit,value\nvisits,{period},{unit},{key}\n"
                began = time.perf_counter()
                try:
                    answer = api.post("/api/values", files={"file": ("v.csv", body.encode())})
                    ok = answer.status_code == 200
                except httpx.HTTPError:
                    ok = False
                with lock:
                    latencies["submit"].append(time.perf_counter() - began)
                    if ok:
                        acknowledged[(period, unit)] = key
                    else:
                        errors["submit"] += 1
            else:
                path = rng.choice(PAGES)
                began = time.perf_counter()
                try:
                    ok = client.get(path).status_code == 200
                except httpx.HTTPError:
                    ok = False
                with lock:
                    latencies["page " + path.split("?")[0]].append(time.perf_counter() - began)
                    errors["page"] += 0 if ok else 1
        client.close()
        api.close()

    threads = [threading.Thread(target=user, args=(n,)) for n in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 60)
    session.close()
    return latencies, acknowledged, dict(errors)


def _stored(url: str, options: dict[str, object]) -> dict[tuple[str, str], list[float]]:
    engine = create_engine(url, **options)
    found: dict[tuple[str, str], list[float]] = defaultdict(list)
    with engine.connect() as connection:
        for period, unit, value in connection.execute(
            text("select period, org_unit, value from data_values where data_element = 'visits'")
        ):
            found[(period, unit)].append(float(value))
    engine.dispose()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument(
        "--think", type=float, default=1.0, help="mean seconds between a user's requests (0: none)"
    )
    parser.add_argument("--database", help="a PostgreSQL URL (default: SQLite in a temp folder)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="healthplan-load-"))
    schema = None
    options: dict[str, object] = {}
    url = f"sqlite:///{folder / 'load.db'}"
    if args.database:
        schema = f"load_{uuid.uuid4().hex[:10]}"
        with create_engine(args.database).begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = (
            args.database
            + ("&" if "?" in args.database else "?")
            + (f"options=-csearch_path%3D{schema}")
        )
    ws = Workspace(url, home=folder, actor="bench", engine_options=options)
    ws.upgrade()
    townships = _city(ws, folder)
    ws.close()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = os.environ | {"HEALTHPLAN_HOME": str(folder), "HEALTHPLAN_DATABASE_URL": url}
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("healthplan")), "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                httpx.get(f"{base}/login", timeout=1.0)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        alone, alone_acks, _ = _run(base, 1, min(10.0, args.seconds), townships, 0, 0.0)
        began = time.monotonic()
        loaded, acks, errors = _run(base, args.users, args.seconds, townships, 1_000, args.think)
        elapsed = time.monotonic() - began
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    stored = _stored(url, options)
    total = sum(len(v) for v in loaded.values())
    backend = "postgresql" if args.database else "sqlite"
    print(
        f"backend {backend}: {args.users} users (think {args.think} s) for {elapsed:.0f} s, "
        f"{total} requests, "
        f"{total / elapsed:.1f} requests/s, {errors} refused or failed"
    )
    print(
        f"{'kind':<22}{'n':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'alone p95':>11}{'ratio':>7}"
    )
    for kind in sorted(loaded):
        times = loaded[kind]
        base_p95 = _percentile(alone.get(kind, []), 0.95)
        p95 = _percentile(times, 0.95)
        print(
            f"{kind:<22}{len(times):>7}{_percentile(times, 0.5) * 1e3:>9.0f}{p95 * 1e3:>9.0f}"
            f"{_percentile(times, 0.99) * 1e3:>9.0f}{base_p95 * 1e3:>11.0f}{p95 / base_p95:>7.1f}"
        )
    every = alone_acks | acks
    lost = sum(1 for key, value in every.items() if float(value) not in stored.get(key, []))
    twice = sum(1 for values in stored.values() if len(values) > 1)
    print(f"submissions acknowledged {len(every)}, lost {lost}, stored twice {twice}")
    pages = [t for k, v in loaded.items() if k.startswith("page") for t in v]
    print(f"page p95 {_percentile(pages, 0.95) * 1e3:.0f} ms (goal < 300 ms)")
    if schema:
        with create_engine(args.database).begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


if __name__ == "__main__":
    main()
