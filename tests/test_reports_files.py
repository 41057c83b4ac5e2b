"""Reports written in every format and read back with the real readers: pdftotext, pdftoppm and
pdffonts for the PDF, python-docx, openpyxl, an HTML parser. Figures are checked against the
assessment on the store and every sentence's status word against its row."""

import json
import re
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from docx import Document
from openpyxl import load_workbook

from assessment_helpers import save_targets
from healthplan.analytics import Status, assess
from healthplan.errors import HealthplanError, NotFoundError
from healthplan.model import Department
from healthplan.reports import (
    BOUNDARIES_FILE,
    LEDGER_FILE,
    STATUS_WORDS,
    TEMPLATES_FOLDER,
    build_report,
    report_schedule,
    write_report,
)
from healthplan.store import save_departments
from test_analytics_compute import _load

AS_OF = date(2024, 3, 31)
# longest first, so that 严重滞后 is not also read as 滞后, nor 序时达标 / 未达标 as 达标
_WORDS = re.compile("|".join(sorted(STATUS_WORDS.values(), key=len, reverse=True)))


def _city(ws, tmp_path):  # type: ignore[no-untyped-def]
    _load(ws, tmp_path)
    save_departments(
        ws, [Department(code="mch", name="妇幼健康科"), Department(code="old", name="老龄健康科")]
    )
    save_targets(
        ws,
        [
            dict(indicator_code="visit_rate", comparator=">=", value=70.0, baseline_value=50.0),
            dict(indicator_code="visit_rate", comparator=">=", value=65.0),
            dict(indicator_code="visit_rate", comparator=">=", value=60.0),
            dict(indicator_code="visit_rate", comparator=">=", value=90.0),
            dict(
                indicator_code="births_total",
                comparator=">=",
                value=400.0,
                cumulative=True,
                departments=["老龄健康科"],
            ),
        ],
        deadline=2024,
    )
    return assess(ws, as_of=AS_OF)


def _heads(assessment):  # type: ignore[no-untyped-def]
    heads = {}
    for row in assessment.rows:
        heads.setdefault(row.target_id, row)
    return heads


def test_sentences_never_contradict_their_rows(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    heads = _heads(_city(ws, tmp_path))
    assert {r.status for r in heads.values()} >= {Status.met, Status.behind, Status.far_behind}
    report = build_report(ws, "monthly", "2024M03")
    checked = 0
    for sentence in report.sentences():
        if sentence.status is None:
            continue
        assert set(_WORDS.findall(sentence.text)) == {sentence.status.label_zh}, sentence.text
        if sentence.target_id is None:
            continue
        row = heads[sentence.target_id]
        assert sentence.status is row.status
        assert f"为{row.actual_display}{row.unit}" in sentence.text
        side = re.search(r"([高低])于序时进度([\d.]+)", sentence.text)
        if side:
            gap = Decimal(row.actual_display) - Decimal(row.expected_display)
            assert (side[1] == "高") == (gap > 0) and Decimal(side[2]) == abs(gap)
        checked += 1
    assert checked >= 4
    table = next(t for t in report.tables() if t.title == "目标指标进展情况")
    assert [r[4] for r in table.rows] == [r.status.label_zh for r in heads.values()]
    assert [r[1] for r in table.rows] == [
        f"{r.actual_display}{r.unit if r.actual is not None else ''}" for r in heads.values()
    ]


def test_every_format_read_back(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    heads = _heads(_city(ws, tmp_path))
    out = tmp_path / "out"
    files = write_report(ws, "monthly", "2024M03", out=out)
    paths = {Path(p).suffix: Path(p) for p in files.files}
    assert sorted(paths) == [".docx", ".html", ".pdf", ".xlsx"]
    report = build_report(ws, "monthly", "2024M03")
    sentences = [s.text for s in report.sentences()]

    # HTML: self-contained (nothing loaded from elsewhere), the figures and sentences in it
    page = BeautifulSoup(paths[".html"].read_text(encoding="utf-8"), "html.parser")
    for tag in page.find_all(["script", "img", "link", "iframe", "source", "video", "audio"]):
        for attribute in ("src", "href"):
            value = tag.get(attribute)
            assert value is None or str(value).startswith("data:"), tag
    assert not page.find_all("link")
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", str(page.find("style")))
    scripts = [s.string or "" for s in page.find_all("script")]
    assert any("echarts" in s and len(s) > 500_000 for s in scripts)  # the bundled library
    assert sum("setOption" in s for s in scripts if len(s) < 100_000) == len(report.charts())
    html_rows = [
        [td.get_text() for td in tr.find_all("td")]
        for tr in page.find("caption", string="目标指标进展情况").parent.find_all("tr")[1:]
    ]
    assert [r[4] for r in html_rows] == [r.status.label_zh for r in heads.values()]
    paragraphs = [p.get_text() for p in page.find_all("p", class_="sentence")]
    assert paragraphs == sentences

    # PDF: A4, CJK fonts embedded, text with the figures, pages render
    info = subprocess.run(["pdfinfo", paths[".pdf"]], capture_output=True, text=True, check=True)
    assert "(A4)" in info.stdout
    fonts = subprocess.run(["pdffonts", paths[".pdf"]], capture_output=True, text=True, check=True)
    cjk = [line for line in fonts.stdout.splitlines() if "CJK" in line]
    assert cjk and all(" yes yes " in line for line in cjk)
    text = subprocess.run(
        ["pdftotext", paths[".pdf"], "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = re.sub(r"\s+", "", text)
    assert "测试市卫生健康委员会" in flat and "卫生健康规划监测月报" in flat
    for sentence in sentences:
        assert sentence in flat
    for row in heads.values():
        assert row.actual_display in flat and row.status.label_zh in flat
    assert "—1—" in flat  # page number at the foot
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", paths[".pdf"], tmp_path / "page"],
        check=True,
    )
    png = next(tmp_path.glob("page*.png"))
    assert png.stat().st_size > 5_000

    # DOCX: real headings, the table, one picture per chart
    document = Document(str(paths[".docx"]))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [s.heading for s in report.sections]
    body = [p.text for p in document.paragraphs]
    assert all(s in body for s in sentences)
    grid = next(t for t in document.tables if t.rows[0].cells[0].text == "指标")
    assert [row.cells[4].text for row in grid.rows[1:]] == [
        r.status.label_zh for r in heads.values()
    ]
    assert len(document.inline_shapes) == len(report.charts())

    # XLSX: formatted tables with frozen headers, figures as numbers
    book = load_workbook(paths[".xlsx"])
    sheet = book["目标指标进展情况"]
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold
    assert [c.value for c in sheet[1]][:5] == ["指标", "实际值", "目标值", "序时进度", "状态"]
    for line, row in zip(sheet.iter_rows(min_row=2, values_only=True), heads.values(), strict=True):
        if row.actual is None:
            assert line[1] == "—"
        elif row.unit == "%":
            assert line[1] == pytest.approx(float(row.actual_display) / 100)
        else:
            assert line[1] == pytest.approx(float(row.actual_display))
        assert line[4] == row.status.label_zh
    assert book["摘要"]["A1"].value == "测试市卫生健康委员会"


def test_one_district_bulletin_and_the_ranking(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _city(ws, tmp_path)
    city = build_report(ws, "bulletin", "2024M03")
    ranking = next(t for t in city.tables() if t.title == "地区排名")
    rows = assess(ws, as_of=AS_OF).rows
    for _rank, name, good, lagging, judged, _share in ranking.rows:
        mine = [r for r in rows if r.org_unit_name == name]
        assert int(good) == sum(r.status in (Status.met, Status.on_schedule) for r in mine)
        behind = (Status.behind, Status.far_behind, Status.not_met)
        assert int(lagging) == sum(r.status in behind for r in mine)
        assert int(judged) == sum(
            r.status not in (Status.no_data, Status.no_baseline) for r in mine
        )
    assert [int(r[0]) for r in ranking.rows] == sorted(int(r[0]) for r in ranking.rows)
    district = build_report(ws, "bulletin", "2024M03", org_unit="A")
    assert district.issuer == "甲区卫生健康委员会"
    assert district.sentences()[0].text.startswith("甲区")


def test_a_map_when_boundaries_are_supplied_and_templates_overridden(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _city(ws, tmp_path)
    square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]
    features = [
        {
            "type": "Feature",
            "properties": {"name": name},
            "geometry": {"type": "Polygon", "coordinates": [[[x + i, y] for x, y in square]]},
        }
        for i, name in enumerate(["甲区", "乙县"])
    ]
    (Path(ws.home) / BOUNDARIES_FILE).write_text(
        json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8"
    )
    folder = Path(ws.home) / TEMPLATES_FOLDER
    folder.mkdir()
    (folder / "report.css").write_text("h2 { color: #123456; }", encoding="utf-8")
    files = write_report(ws, "bulletin", "2024M03", formats=["html", "docx"], out=tmp_path / "o")
    html = Path(files.files[0]).read_text(encoding="utf-8")
    assert "registerMap" in html and "#123456" in html
    report = build_report(ws, "bulletin", "2024M03")
    assert [c.kind for c in report.charts()] == ["bar", "map"]
    assert len(Document(files.files[1]).inline_shapes) == 2


def test_refusals(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFoundError):
        build_report(ws, "monthly", "2024M03")  # no org units
    _city(ws, tmp_path)
    with pytest.raises(HealthplanError, match="year"):
        build_report(ws, "annual", "2024M03")
    with pytest.raises(HealthplanError, match="weekly"):
        build_report(ws, "weekly", "2024M03")
    with pytest.raises(NotFoundError):
        build_report(ws, "monthly", "2024M03", org_unit="nosuch")
    with pytest.raises(HealthplanError, match="odt"):
        write_report(ws, "monthly", "2024M03", formats=["odt"], out=tmp_path / "x")
    assert not (tmp_path / "x").exists()


def test_schedule_writes_what_is_due_once(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _city(ws, tmp_path)
    out = tmp_path / "due"
    first = report_schedule(ws, as_of=date(2024, 4, 10), formats=["xlsx"], out=out)
    assert [(f.kind, f.period) for f in first] == [
        ("monthly", "2024M03"),
        ("bulletin", "2024M03"),
        ("quarterly", "2024Q1"),
        ("annual", "2023"),
    ]
    assert all(Path(p).exists() for f in first for p in f.files)
    ledger = json.loads((Path(ws.home) / LEDGER_FILE).read_text(encoding="utf-8"))
    assert len(ledger) == 4
    assert report_schedule(ws, as_of=date(2024, 4, 20), formats=["xlsx"], out=out) == []
