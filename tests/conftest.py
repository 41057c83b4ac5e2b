"""Shared fixtures. ``ws`` is a fresh, migrated workspace on SQLite *and* on the local
PostgreSQL server (a schema of its own per test), so every store test runs on both."""

from __future__ import annotations

import dataclasses
import fcntl
import inspect
import os
import pickle
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from sqlalchemy import create_engine, text

from healthplan.store import Workspace

# Tests check results, never time (bench/ measures speed): Hypothesis's 200 ms deadline per
# example failed property tests on a loaded machine.
settings.register_profile("healthplan", deadline=None)
settings.load_profile("healthplan")

PG_URL = os.environ.get(
    "HEALTHPLAN_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(scope="session")
def pg_available() -> str:
    """The PostgreSQL server must be reachable: tests fail loudly instead of skipping."""
    engine = create_engine(PG_URL)
    try:
        with engine.connect() as connection:
            connection.execute(text("select 1"))
    except Exception as exc:  # any driver error means the suite cannot do its job
        pytest.fail(f"PostgreSQL at {PG_URL} is not reachable: {exc}", pytrace=False)
    finally:
        engine.dispose()
    return PG_URL


@pytest.fixture
def make_workspace(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    """Factory: ``make_workspace("sqlite"|"postgresql", migrate=True)``."""
    created: list[tuple[Workspace, str | None]] = []

    def factory(backend: str, *, migrate: bool = True, actor: str = "tester") -> Workspace:
        if backend == "sqlite":
            ws = Workspace(
                f"sqlite:///{tmp_path / f'hp-{len(created)}.db'}", home=tmp_path, actor=actor
            )
            schema = None
        else:
            url = request.getfixturevalue("pg_available")
            schema = f"t_{uuid.uuid4().hex[:12]}"
            admin = create_engine(url)
            with admin.begin() as connection:
                connection.execute(text(f'CREATE SCHEMA "{schema}"'))
            admin.dispose()
            ws = Workspace(
                url,
                home=tmp_path,
                actor=actor,
                engine_options={"connect_args": {"options": f"-csearch_path={schema}"}},
            )
        created.append((ws, schema))
        if migrate:
            ws.upgrade()
        return ws

    yield factory
    for ws, schema in created:
        ws.close()
        if schema:
            admin = create_engine(PG_URL)
            with admin.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def ws(make_workspace, backend: str) -> Workspace:  # type: ignore[no-untyped-def]
    """A migrated, empty workspace on each backend."""
    return make_workspace(backend)  # type: ignore[no-any-return]


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """Environment for a CLI run: a fresh workspace in ``tmp_path``, its SQLite database,
    the Chinese interface; a new user's password comes from the environment, as a script
    gives it, so no command waits at a prompt."""
    return {
        "HEALTHPLAN_HOME": str(tmp_path),
        "HEALTHPLAN_DATABASE_URL": "",
        "HEALTHPLAN_LANG": "zh",
        "HEALTHPLAN_NEW_PASSWORD": "correct-horse-battery",
    }


def _run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of this test run that pytest-xdist's workers share (each worker's own
    temporary folder is one level below it); without xdist, this process's own."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def _relocated(value: Any, old: Path, new: Path) -> Any:
    """``value`` with every path under ``old`` (a ``Path`` or a ``str``, in dataclasses,
    lists, tuples and dicts) moved under ``new``; dataclasses are changed in place."""
    if isinstance(value, Path):
        return new / value.relative_to(old) if value.is_relative_to(old) else value
    if isinstance(value, str):
        return str(_relocated(Path(value), old, new)) if value.startswith(f"{old}/") else value
    if isinstance(value, list) or type(value) is tuple:
        return type(value)(_relocated(item, old, new) for item in value)
    if isinstance(value, dict):
        return {key: _relocated(item, old, new) for key, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for each in dataclasses.fields(value):
            moved = _relocated(getattr(value, each.name), old, new)
            object.__setattr__(value, each.name, moved)  # frozen ones too
    return value


@pytest.fixture(scope="session")
def demo_copy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., Any]]:
    """Factory: ``demo_copy(seed=3, ...)`` -> ``(ws, summary)``, a SQLite workspace of its own
    holding what ``demo(ws, seed=3, ...)`` builds, and that call's summary.

    A demo build takes about half a minute; copying its folder, a fraction of a second. So
    each configuration of ``demo()`` is built once per test run, shared by pytest-xdist's
    workers through a file lock, and every caller gets a fresh copy to read or change. A test
    of the ``demo`` command itself (its output, a second run) runs it on its own instead."""
    from healthplan.demo import demo

    builds = _run_folder(tmp_path_factory) / "demo-builds"
    builds.mkdir(exist_ok=True)
    opened: list[Workspace] = []

    def built(config: dict[str, Any]) -> tuple[Path, bytes]:
        arguments = inspect.signature(demo).bind_partial(**config)
        arguments.apply_defaults()  # demo(seed=3) and demo(seed=3, year=2024) are one build
        key = "-".join(f"{name}={value}" for name, value in arguments.arguments.items())
        folder, summary = builds / key, builds / f"{key}.pickle"
        with (builds / f"{key}.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
            if not summary.exists():  # the summary is written last: the build is whole
                shutil.rmtree(folder, ignore_errors=True)
                ws = Workspace(f"sqlite:///{folder / 'healthplan.db'}", home=folder, actor="tester")
                try:
                    summary.write_bytes(pickle.dumps(demo(ws, **config)))
                finally:
                    ws.close()
        return folder, summary.read_bytes()

    def copy(**config: Any) -> tuple[Workspace, Any]:
        source, summary = built(config)
        folder = tmp_path_factory.mktemp("demo")
        shutil.copytree(source, folder, dirs_exist_ok=True)
        ws = Workspace(f"sqlite:///{folder / 'healthplan.db'}", home=folder, actor="tester")
        opened.append(ws)
        return ws, _relocated(pickle.loads(summary), source, folder)

    yield copy
    for ws in opened:
        ws.close()
