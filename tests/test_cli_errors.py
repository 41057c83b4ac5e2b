"""Every leaf command, driven with bad arguments, ends in one clear line and exit status 2
(never a traceback); every command's callback calls a library function."""

from __future__ import annotations

import ast
import inspect
import textwrap
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from healthplan.cli import app
from healthplan.cli.common import parse_date, parse_period
from healthplan.cli.docs import leaves

LEAVES = leaves()
ROOT = get_command(app)


def _command(path: tuple[str, ...]) -> Any:
    node: Any = ROOT
    for name in path:
        node = node.commands[name]
    return node


def _parser(param: Any) -> Any:
    return param.type_descriptor.parameter_info.parser


def _annotation(param: Any) -> Any:
    annotation = param.type_descriptor.annotation
    return (getattr(annotation, "__args__", None) or (annotation,))[0]


def _dummy(param: Any, missing: Path) -> str:
    """A value of the right shape that names nothing existing."""
    func = _parser(param)
    if func is parse_period:
        return "2024-03"
    if func is parse_date:
        return "2024-03-31"
    if param.name == "method":
        return "cidars"  # a registered detector, so that the case tests the other value
    kind = _annotation(param)
    if kind is int:
        return "9999"
    if kind is float:
        return "50"
    if kind is Path:
        return str(missing)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return str(next(iter(kind)).value)
    return "nosuch"


def _args(path: tuple[str, ...], missing: Path, **override: str) -> list[str]:
    """The command with every required parameter given a dummy value (or ``override``)."""
    command = _command(path)
    positional: list[str] = []
    options: list[str] = []
    for param in command.params:
        name = param.name
        value = override.get(name)
        if value is None and not param.required:
            continue
        value = value if value is not None else _dummy(param, missing)
        if param.param_type_name == "argument":
            positional.append(value)
        else:
            options += [param.opts[0], value]
    return [*path, *positional, *options]


def _params(path: tuple[str, ...], func: Any) -> list[str]:
    return [p.name for p in _command(path).params if _parser(p) is func]


def _choices(path: tuple[str, ...]) -> bool:
    return any(p.name == "fmt" for p in _command(path).params)


def _cases() -> Iterator[Any]:
    for path in LEAVES:
        label = " ".join(path)
        yield pytest.param(path, {}, "--no-such-option", id=f"{label}-unknown-option")
        for name in _params(path, parse_period):
            yield pytest.param(path, {name: "2025-13"}, None, id=f"{label}-bad-period")
        for name in _params(path, parse_date):
            yield pytest.param(path, {name: "2024-02-30"}, None, id=f"{label}-bad-date")
        if any(p.name == "fmt" for p in _command(path).params):
            yield pytest.param(path, {"fmt": "bogus"}, None, id=f"{label}-bad-format")


def _one_line(result: Any) -> str:
    assert "Traceback" not in result.output, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize(("path", "override", "extra"), list(_cases()))
def test_bad_argument_is_one_line_and_status_2(
    path: tuple[str, ...],
    override: dict[str, str],
    extra: str | None,
    cli_env: dict[str, str],
    tmp_path: Path,
) -> None:
    args = _args(path, tmp_path / "missing.csv", **override)
    if extra:
        args.append(extra)
    result = CliRunner().invoke(app, args, env=cli_env)
    assert result.exit_code == 2, result.output
    line = _one_line(result)
    assert line.startswith("错误：")
    for value in override.values():
        assert value in line


# the demo names nothing (and takes 20 s); serve names nothing and, given a good workspace,
# serves until stopped (tests/test_web_*.py drive it)
WITH_NAMES = [p for p in LEAVES if p not in {("demo",), ("serve",)}]


@pytest.mark.parametrize("path", WITH_NAMES, ids=[" ".join(p) for p in WITH_NAMES])
def test_names_that_do_not_exist_are_refused_without_traceback(
    path: tuple[str, ...], cli_env: dict[str, str], tmp_path: Path
) -> None:
    """Dummy values (missing files, unknown plan, data set, org unit, signal) in an empty
    workspace: either nothing to do (0) or a refusal (2), never an unexpected error."""
    result = CliRunner().invoke(app, _args(path, tmp_path / "missing.csv"), env=cli_env)
    assert "Traceback" not in result.output, result.output
    assert result.exit_code in (0, 2), result.output
    if result.exit_code == 2:
        assert result.stderr.strip().startswith("错误：")


@pytest.mark.parametrize("path", LEAVES, ids=[" ".join(p) for p in LEAVES])
def test_a_bad_database_url_is_one_line(
    path: tuple[str, ...], cli_env: dict[str, str], tmp_path: Path
) -> None:
    bad = {**cli_env, "HEALTHPLAN_DATABASE_URL": "postgres://someone:secret@127.0.0.1:1/none"}
    result = CliRunner().invoke(app, _args(path, tmp_path / "missing.csv"), env=bad)
    assert result.exit_code == 2, result.output
    line = _one_line(result)
    assert "secret" not in result.output
    assert "127.0.0.1:1/none" in line or "missing.csv" in line  # the database, or a file first


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["db", "downgrade", "9999", "--yes"], "9999"),
        (["plan", "export", "--plan", "9999"], "9999"),
        (["orgunits", "tree", "999"], "999"),
        (["data", "export", "--format", "xlsx"], "--out"),
        (["data", "quality", "mch", "--period", "2024年13月"], "2024年13月"),
        (
            ["data", "submit", "mch", "--org-unit", "1", "--period", "2024年第五季度"],
            "2024年第五季度",
        ),
        (["--lang", "en", "assess", "--as-of", "2024-13-01"], "not a date: 2024-13-01"),
    ],
)
def test_named_cases(args: list[str], needle: str, cli_env: dict[str, str]) -> None:
    result = CliRunner().invoke(app, args, env=cli_env)
    assert result.exit_code == 2, result.output
    assert needle in _one_line(result)


def test_a_bad_engine_memory_setting_is_one_line(cli_env: dict[str, str]) -> None:
    bad = {**cli_env, "HEALTHPLAN_ENGINE_MEMORY": "lots"}
    result = CliRunner().invoke(app, ["compute"], env=bad)
    assert result.exit_code == 2, result.output
    line = _one_line(result)
    assert "HEALTHPLAN_ENGINE_MEMORY" in line and "lots" in line


def test_unexpected_errors_say_debug_and_exit_1(cli_env: dict[str, str], tmp_path: Path) -> None:
    # A directory where a file is expected: the document reader was never meant to see it.
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    result = CliRunner().invoke(
        app, ["plan", "list", "--format", "csv", "--out", str(folder)], env=cli_env
    )
    assert result.exit_code == 1, result.output
    assert "--debug" in _one_line(result)
    debug = CliRunner().invoke(
        app, ["--debug", "plan", "list", "--format", "csv", "--out", str(folder)], env=cli_env
    )
    assert debug.exit_code == 1 and "Traceback" in debug.stderr


def _library_calls(callback: Any) -> set[str]:
    """Names the callback imports from a healthplan stage (not the CLI) and calls."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(callback)))
    imported = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        and (node.module or "").startswith("healthplan.")
        and not (node.module or "").startswith("healthplan.cli")
        for alias in node.names
    }
    called = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    return imported & called


@pytest.mark.parametrize("path", LEAVES, ids=[" ".join(p) for p in LEAVES])
def test_every_command_calls_a_library_function(path: tuple[str, ...]) -> None:
    callback = inspect.unwrap(_command(path).callback)
    assert callback.__module__.startswith("healthplan.cli."), callback.__module__
    assert callback.__name__ == f"{path[-1]}_command"
    if path[0] == "db":  # the schema is the workspace's own (Workspace.upgrade/downgrade/current)
        source = inspect.getsource(callback)
        assert f"ws.{path[-1]}(" in source
        return
    assert _library_calls(callback), f"{' '.join(path)} calls no library function"
