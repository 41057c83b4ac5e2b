"""``healthplan generate``, ``records import`` and ``records compute`` end to end, and a bad
extract reported in one line."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from healthplan.cli import app
from healthplan.demo import build_city


def test_generate_import_compute(tmp_path: Path, cli_env: dict[str, str]) -> None:
    runner = CliRunner()
    extract = tmp_path / "extract"
    result = runner.invoke(
        app, ["generate", "--population", "3000", "--seed", "4", "--out", str(extract)], env=cli_env
    )
    assert result.exit_code == 0, result.output
    assert "名居民" in result.output and (extract / "residents.parquet").exists()
    units = tmp_path / "orgunits.csv"
    units.write_text(
        "code,name,level,parent_code\n"
        + "".join(
            f"{u.code},{u.name},{u.level.label_zh},{u.parent_code or ''}\n"
            for u in build_city(4).orgunits
        ),
        encoding="utf-8",
    )
    assert runner.invoke(app, ["orgunits", "import", str(units)], env=cli_env).exit_code == 0
    result = runner.invoke(app, ["--lang", "en", "records", "import", str(extract)], env=cli_env)
    assert result.exit_code == 0, result.output
    assert "rows stored, 0 rejected" in result.output
    result = runner.invoke(
        app,
        ["--lang", "en", "records", "compute", "--year", "2024", "--format", "csv"],
        env=cli_env,
    )
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0] == "indicator,org_unit,numerator,denominator,value"
    assert any(line.startswith("htn_standardized_mgmt_rate,990100000000,") for line in lines)


def test_a_missing_file_is_one_line(tmp_path: Path, cli_env: dict[str, str]) -> None:
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(
        app, ["--lang", "en", "records", "import", str(tmp_path / "empty")], env=cli_env
    )
    assert result.exit_code == 2
    assert "residents.parquet: file not found" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
