"""The title block (发文字号、签发人) from the workspace's report-settings.yaml and from one run,
the evaluations citing the reasons recorded in the ledger, a district's tasks, and the
schedule writing again in the formats configured since — every file read back with its real
reader (pdftotext, python-docx, openpyxl, an HTML parser)."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook
from typer.testing import CliRunner

from healthplan.cli import app
from healthplan.errors import HealthplanError, InputError
from healthplan.model import Department, Period, Plan, PlanKind, ReviewStatus, Task
from healthplan.plans import record_reason, save_plan
from healthplan.reports import (
    LEDGER_FILE,
    REPORT_SETTINGS_FILE,
    build_report,
    report_schedule,
    write_report,
)
from healthplan.store import Workspace, save_departments
from test_reports_files import _city

SETTINGS = """\
doc_number: 测卫通〔{year}〕{n}号
signer: 李四
kinds:
  midterm:
    doc_number: 测卫规〔{year}〕3号
units:
  B:
    issuer: 乙县卫生健康局
    doc_number: 乙卫通〔{year}〕{n}号
"""


def _settings(ws: Workspace, text: str) -> Path:
    path = Path(ws.home) / REPORT_SETTINGS_FILE
    path.write_text(text, encoding="utf-8")
    return path


def _pdf_text(path: Path, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_evaluation_cites_reasons_under_its_title_block(ws: Workspace, tmp_path: Path) -> None:
    _city(ws, tmp_path)
    _settings(ws, SETTINGS)
    before = build_report(ws, "midterm", "2024")
    evaluation = next(s for s in before.sections if s.heading.endswith("规划目标指标完成情况"))
    table = evaluation.tables[0]
    lagging = [
        s.target_id
        for s in evaluation.sentences
        if s.status is not None and s.status.label_zh in ("滞后", "严重滞后", "未达标")
    ]
    assert len(lagging) >= 2, [r[4] for r in table.rows]
    behind, unexplained = lagging[0], lagging[1:]
    assert behind is not None
    record_reason(ws, behind, "受春节假期影响，3月访视集中开展。")
    met = next(
        s.target_id for s in evaluation.sentences if s.status and s.status.label_zh == "达标"
    )
    assert met is not None
    record_reason(ws, met, "目标值经年中调整为70%", kind="adjusted")

    files = write_report(ws, "midterm", "2024", out=tmp_path / "out")
    paths = {Path(p).suffix: Path(p) for p in files.files}
    report = build_report(ws, "midterm", "2024")
    names = {s.target_id: s.text.split("为")[0] for s in report.sentences() if s.status}
    cited = {s.target_id: s.text for s in report.sentences() if s.status is None and s.target_id}
    assert cited[behind] == "访视率滞后的原因：受春节假期影响，3月访视集中开展。"
    assert cited[met] == "访视率目标调整的原因：目标值经年中调整为70%。"
    missing = next(s.text for s in report.sentences() if "尚未在台账中记录原因" in s.text)
    assert f"{len(unexplained)}项" in missing
    assert all(names[i].removeprefix("全市") in missing for i in unexplained), (names, missing)
    day = date.today().isoformat()
    reasons = [r[-1] for r in report.tables()[0].rows]
    assert f"滞后原因：受春节假期影响，3月访视集中开展（{day}记录）" in reasons
    assert reasons.count("—") == len(reasons) - 2

    # PDF: the number left and the signer right on one line, between the issuer and the
    # title; the reasons in the table and in the text
    layout = _pdf_text(paths[".pdf"], "-layout", "-l", "1")
    line = next(x for x in layout.splitlines() if "测卫规〔2024〕3号" in x)
    assert re.search(r"测卫规〔2024〕3号\s{10,}签发人：李四", line), line
    flat = re.sub(r"\s+", "", _pdf_text(paths[".pdf"]))
    issuer, number, title = (flat.index(x) for x in ("测试市卫生健康委员会", "测卫规", "中期评估"))
    assert issuer < number < title
    assert "受春节假期影响，3月访视集中开展" in flat and "尚未在台账中记录原因" in flat

    # DOCX: one paragraph with the number, a tab to the right-aligned signer, the red rule
    document = Document(str(paths[".docx"]))
    texts = [p.text for p in document.paragraphs]
    head = texts.index("测卫规〔2024〕3号\t签发人：李四")
    assert texts.index("测试市卫生健康委员会") < head < texts.index(report.title)
    border = document.paragraphs[head]._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom"))
    assert border.get(qn("w:color")) == "C00000"
    grid = next(t for t in document.tables if t.rows[0].cells[0].text == "指标")
    assert grid.rows[0].cells[-1].text == "原因（台账记录）"
    assert [row.cells[-1].text for row in grid.rows[1:]] == reasons
    assert all(s.text in texts for s in report.sentences())

    # XLSX and HTML
    book = load_workbook(paths[".xlsx"])
    assert book["摘要"]["A2"].value == "测卫规〔2024〕3号　　签发人：李四"
    assert [c.value for c in book["规划目标指标"]["H"]][1:] == reasons
    page = BeautifulSoup(paths[".html"].read_text(encoding="utf-8"), "html.parser")
    assert page.select_one(".doc-number").get_text() == "测卫规〔2024〕3号"
    assert page.select_one(".signer").get_text() == "签发人：李四"


def test_a_run_overrides_and_a_district_never_takes_the_citys(
    ws: Workspace, tmp_path: Path
) -> None:
    _city(ws, tmp_path)
    _settings(ws, SETTINGS)
    out = tmp_path / "out"

    def shown(**options: str | None) -> tuple[str | None, ...]:
        files = write_report(ws, "bulletin", "2024M03", formats=["html"], out=out, **options)
        page = BeautifulSoup(Path(files.files[0]).read_text(encoding="utf-8"), "html.parser")
        number, signer = page.select_one(".doc-number"), page.select_one(".signer")
        return (
            page.select_one(".issuer").get_text(),
            number.get_text() if number else None,
            signer.get_text() if signer else None,
        )

    assert shown() == ("测试市卫生健康委员会", "测卫通〔2024〕3号", "签发人：李四")
    assert shown(doc_number="测卫通〔2024〕99号", signer="王五") == (
        "测试市卫生健康委员会",
        "测卫通〔2024〕99号",
        "签发人：王五",
    )
    assert shown(org_unit="A") == ("甲区卫生健康委员会", None, None)
    assert shown(org_unit="B") == ("乙县卫生健康局", "乙卫通〔2024〕3号", None)
    assert shown(org_unit="A", signer="赵六") == ("甲区卫生健康委员会", None, "签发人：赵六")
    with pytest.raises(HealthplanError, match="--doc-number"):
        write_report(ws, "bulletin", "2024M03", out=out, doc_number="测〔{年}〕1号")


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("doc_number: [unclosed", None),
        ("- a list", None),
        ("signer: 李四\nsigner_title: 主任\n", "signer_title"),
        ("doc_number: 测卫通〔{year}〕{number}号\n", "doc_number"),
        ("kinds:\n  weekly:\n    signer: 李四\n", "kinds.weekly"),
        ("formats: [html, odt]\n", "formats"),
        ("units:\n  Z:\n    signer: 李四\n", "units.Z"),
        ("kinds:\n  annual:\n    sign: 李四\n", "kinds.annual.sign"),
    ],
)
def test_a_bad_settings_file_is_named_with_its_field(
    ws: Workspace, tmp_path: Path, text: str, field: str | None
) -> None:
    _city(ws, tmp_path)
    path = _settings(ws, text)
    with pytest.raises(InputError) as caught:
        write_report(ws, "bulletin", "2024M03", formats=["html"], out=tmp_path / "out")
    (problem,) = caught.value.problems
    assert problem.file == str(path) and problem.field == field
    assert not (tmp_path / "out").exists()  # refused before anything is written


def test_a_districts_tasks_are_its_own(ws: Workspace, tmp_path: Path) -> None:
    _city(ws, tmp_path)
    save_departments(
        ws,
        [
            Department(code="mch", name="妇幼健康科"),
            Department(code="a.hc", name="甲区卫生健康局", org_unit_code="A"),
            Department(code="b.hc", name="乙县卫生健康局", org_unit_code="B"),
        ],
    )

    def task(title: str, lead: str, due: date) -> Task:
        return Task(
            title=title, text=title, lead_department=lead, due=due, status=ReviewStatus.confirmed
        )

    for unit, tasks in (
        (
            "C",
            [
                task("市级任务", "妇幼健康科", date(2024, 1, 31)),
                task("甲区牵头的市级任务", "甲区卫生健康局", date(2024, 2, 29)),
            ],
        ),
        ("A", [task("甲区任务", "妇幼健康科", date(2024, 3, 15))]),
        ("B", [task("乙县任务", "乙县卫生健康局", date(2024, 12, 31))]),
    ):
        plan = Plan(
            title=f"{unit}要点",
            kind=PlanKind.annual,
            period=Period.parse("2024"),
            org_unit_code=unit,
            status=ReviewStatus.confirmed,
            tasks=tasks,
        )
        save_plan(ws, plan)

    def overdue(org_unit: str | None) -> tuple[str, list[str]]:
        section = next(
            s
            for s in build_report(ws, "bulletin", "2024M03", org_unit=org_unit).sections
            if s.heading.endswith("重点任务推进")
        )
        tables = [t for t in section.tables if t.title == "逾期任务"]
        return section.sentences[0].text, [r[1] for r in (tables[0].rows if tables else [])]

    city = overdue(None)
    assert city == (
        "截至3月31日，全市重点任务共4项，逾期未完成3项。",
        ["市级任务", "甲区牵头的市级任务", "甲区任务"],
    )
    assert overdue("A") == (
        "截至3月31日，甲区重点任务共2项，逾期未完成2项。",
        ["甲区牵头的市级任务", "甲区任务"],
    )
    assert overdue("B") == ("截至3月31日，乙县重点任务共1项，逾期未完成0项。", [])
    assert overdue("a1") == ("截至3月31日，甲一街道重点任务共0项，逾期未完成0项。", [])


def test_the_schedule_writes_again_in_the_formats_configured_since(
    ws: Workspace, tmp_path: Path
) -> None:
    _city(ws, tmp_path)
    out = tmp_path / "due"
    ledger_path = Path(ws.home) / LEDGER_FILE

    def suffixes() -> list[list[str]]:
        ledger = json.loads(ledger_path.read_text(encoding="utf-8"))
        return [sorted(Path(p).suffix for p in e["files"]) for e in ledger]

    _settings(ws, "formats: [xlsx]\n")
    first = report_schedule(ws, as_of=date(2024, 4, 10), out=out)
    assert len(first) == 4 and suffixes() == [[".xlsx"]] * 4
    assert report_schedule(ws, as_of=date(2024, 4, 11), out=out) == []

    _settings(ws, "formats: [xlsx, docx]\n")
    again = report_schedule(ws, as_of=date(2024, 4, 12), out=out)
    assert [(f.kind, f.period) for f in again] == [(f.kind, f.period) for f in first]
    assert suffixes() == [[".docx", ".xlsx"]] * 4  # replaced, not listed twice
    assert all(Path(p).exists() for f in again for p in f.files)
    assert report_schedule(ws, as_of=date(2024, 4, 13), out=out) == []

    Path(again[0].files[1]).unlink()  # a file gone: written again
    third = report_schedule(ws, as_of=date(2024, 4, 14), out=out)
    assert [(f.kind, f.period) for f in third] == [("monthly", "2024M03")]
    assert Path(again[0].files[1]).exists() and suffixes() == [[".docx", ".xlsx"]] * 4

    # formats given to the run win over the file's
    html = report_schedule(ws, as_of=date(2024, 4, 15), out=out, formats=["html"])
    assert len(html) == 4 and suffixes() == [[".html"]] * 4


def test_report_commands_take_the_title_block(tmp_path: Path, cli_env: dict[str, str]) -> None:
    ws = Workspace(f"sqlite:///{tmp_path / 'healthplan.db'}", home=tmp_path, actor="setup")
    ws.upgrade()
    _city(ws, tmp_path)
    _settings(ws, "signer: 李四\nformats: [docx]\n")
    runner = CliRunner()
    out = tmp_path / "out"
    args = ["report", "bulletin", "--period", "2024-03", "--out", str(out)]
    result = runner.invoke(app, [*args, "--doc-number", "测卫通〔2024〕9号"], env=cli_env)
    assert result.exit_code == 0, result.output
    written = out / "bulletin-2024M03.docx"
    assert str(written) in result.stdout.replace("\n", "") and not list(out.glob("*.pdf"))
    texts = [p.text for p in Document(str(written)).paragraphs]
    assert "测卫通〔2024〕9号\t签发人：李四" in texts

    bad = runner.invoke(app, [*args, "--doc-number", "测卫通〔{年}〕9号"], env=cli_env)
    assert bad.exit_code == 2 and "--doc-number" in bad.stderr
    path = _settings(ws, "signer: 李四\nsigner_title: 主任\n")
    bad = runner.invoke(app, args, env=cli_env)
    assert bad.exit_code == 2 and "Traceback" not in bad.output
    (line,) = [x for x in bad.stderr.splitlines() if x.strip()]
    assert path.name in line and "signer_title" in line

    _settings(ws, "formats: [xlsx]\n")
    due = runner.invoke(app, ["report", "schedule", "--as-of", "2024-04-10"], env=cli_env)
    assert due.exit_code == 0, due.output
    assert len(list((tmp_path / "reports").glob("*.xlsx"))) == 4
    again = runner.invoke(app, ["report", "schedule", "--as-of", "2024-04-10"], env=cli_env)
    assert again.exit_code == 0 and again.stdout.strip() == "没有到期的报告。"
