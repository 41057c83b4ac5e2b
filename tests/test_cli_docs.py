"""docs/cli.md is generated from the CLI (python -m healthplan.cli.docs) and must match it;
every command has --help, in Chinese by default and in English with --lang en."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from healthplan.cli import app
from healthplan.cli.docs import DOCS, MARKER, commands, generate

COMMANDS = list(commands())


def test_docs_are_generated_from_the_cli() -> None:
    current = DOCS.read_text(encoding="utf-8")
    assert MARKER in current, "docs/cli.md lost its generated section"
    assert generate(current) == current, "docs/cli.md is stale: run python -m healthplan.cli.docs"


def test_every_command_and_option_is_in_the_docs() -> None:
    current = DOCS.read_text(encoding="utf-8")
    for path in COMMANDS:
        assert f"### `{' '.join(('healthplan', *path))}`" in current
    assert "--link" in current and "--seed" in current


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) or "healthplan" for p in COMMANDS])
def test_help_is_chinese_by_default_and_english_on_request(path: tuple[str, ...]) -> None:
    runner = CliRunner()
    chinese = runner.invoke(app, [*path, "--help"], env={"HEALTHPLAN_LANG": ""})
    assert chinese.exit_code == 0, chinese.output
    assert "用法：" in chinese.output and "显示本帮助并退出" in chinese.output
    assert "Usage" not in chinese.output and "Show this message" not in chinese.output
    english = runner.invoke(app, ["--lang", "en", *path, "--help"])
    assert english.exit_code == 0, english.output
    assert "Usage:" in english.output and "Show this message and exit." in english.output
    assert "用法" not in english.output


def test_version() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("healthplan ")
