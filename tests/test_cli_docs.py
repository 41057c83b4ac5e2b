"""Every command is documented in docs/cli.md and has --help (as sqlite-utils checks)."""

from pathlib import Path

import pytest
import typer
from typer.main import get_command
from typer.testing import CliRunner

from healthplan.cli import app

DOCS = (Path(__file__).resolve().parents[1] / "docs" / "cli.md").read_text(encoding="utf-8")


def _commands(group: typer.Typer) -> list[str]:
    root = get_command(group)
    found: list[str] = []

    def walk(command, prefix: str) -> None:  # type: ignore[no-untyped-def]
        subcommands = getattr(command, "commands", None)
        if subcommands:
            for name, sub in subcommands.items():
                walk(sub, f"{prefix} {name}")
        else:
            found.append(prefix)

    walk(root, "healthplan")
    return found


COMMANDS = _commands(app)


def test_there_are_commands() -> None:
    assert "healthplan orgunits import" in COMMANDS


@pytest.mark.parametrize("command", COMMANDS)
def test_command_is_documented(command: str) -> None:
    assert f"`{command}" in DOCS, f"{command} is missing from docs/cli.md"


@pytest.mark.parametrize("command", COMMANDS)
def test_command_has_help(command: str) -> None:
    result = CliRunner().invoke(app, [*command.split()[1:], "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_version() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("healthplan ")
