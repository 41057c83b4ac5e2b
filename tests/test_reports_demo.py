"""The demo writes its latest monthly bulletin and its annual assessment in every format, with
the district map from its own boundaries; the bulletin's ranking is the assessment's."""

import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from healthplan.analytics import Status, assess
from healthplan.demo.city import COUNTIES
from healthplan.reports import BOUNDARIES_FILE


@pytest.mark.slow
def test_demo_writes_the_bulletin_and_the_annual_assessment(demo_copy) -> None:  # type: ignore[no-untyped-def]
    ws, summary = demo_copy(seed=3)
    assert summary.reports is not None
    as_of = summary.monitoring.report.as_of if summary.monitoring else None
    assert as_of is not None
    written = {(f.kind, f.period): f.files for f in summary.reports.files}
    month = f"{as_of.year}M{as_of.month:02d}"
    assert set(written) == {("bulletin", month), ("annual", str(as_of.year))}
    for files in written.values():
        assert sorted(Path(p).suffix for p in files) == [".docx", ".html", ".pdf", ".xlsx"]
        assert all(Path(p).parent == ws.home / "reports" for p in files)
    districts = [name for _, name, _, _ in COUNTIES]
    assert (ws.home / BOUNDARIES_FILE).exists()

    bulletin = {Path(p).suffix: Path(p) for p in written[("bulletin", month)]}
    page = BeautifulSoup(bulletin[".html"].read_text(encoding="utf-8"), "html.parser")
    assert "registerMap" in page.get_text() or any(
        "registerMap" in (s.string or "") for s in page.find_all("script")
    )
    text = subprocess.run(
        ["pdftotext", bulletin[".pdf"], "-"], capture_output=True, text=True, check=True
    ).stdout
    assert all(name in text for name in districts)

    rows = [
        r for r in assess(ws, as_of=as_of, include_drafts=True).rows if r.org_unit_name in districts
    ]
    good = {
        name: sum(
            r.status in (Status.met, Status.on_schedule) for r in rows if r.org_unit_name == name
        )
        for name in districts
    }
    sheet = load_workbook(bulletin[".xlsx"])["地区排名"]
    table = list(sheet.iter_rows(min_row=2, values_only=True))
    assert {line[1]: line[2] for line in table} == good
    assert [line[0] for line in table] == sorted(line[0] for line in table)
