"""Reliability under bad input, races and hostile files, through the real command line.

Every probe runs ``healthplan …`` in a fresh copy of a demo workspace (SQLite) and is
classified by what a person would see and what the store holds afterwards:

- clear: exit status ≠ 0, no traceback and no "unexpected" error, store unchanged;
- traceback: a traceback or an "unexpected …" error (a crash, whatever the exit status);
- half-stored: exit status ≠ 0 but some table changed;
- accepted: exit status 0 on an input that should have been refused;
- control: a valid input, expected to succeed (counted apart).

Then, on SQLite and PostgreSQL: 20 concurrent writers of the same values, of distinct values
and of updates to the same keys (values lost or duplicated, tracebacks, the audit's old → new
chain); 20 first commands on an empty workspace; 10 submits of one report; kill -9 during a
100,000-row import and during compute (the store must hold exactly what it held); and a .docx
whose ``document.xml`` unpacks to 1 GB (refused in < 5 s with < 500 MB), against reading an
ordinary .docx of the same size on disk (the baseline).

    .venv/bin/python bench/reliability.py [--only probes,races,kill,bomb] [--skip-pg]
        [--jobs N] [--match TEXT] [--base DEMO_WORKSPACE]

The probes follow the families of the reliability review (its appendix A): every document
reader (through ``ingest`` and ``extract``), values in every format with bad numbers,
periods, codes, columns and encodings, fill-in templates, org units, plan review files,
count files for every detector, rule files, and the arguments of the other commands.

Needs ``../shared`` only for nothing: every input is generated here. PostgreSQL at
``HEALTHPLAN_TEST_PG_URL`` (default ``postgresql+psycopg://postgres@127.0.0.1:5432/test``).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import itertools
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from sqlalchemy import create_engine, inspect, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from reliability_helpers import docx_with, paragraphs, workbook_maker  # noqa: E402

HP = str(ROOT / ".venv" / "bin" / "healthplan")
PG_URL = os.environ.get(
    "HEALTHPLAN_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
SEED = next((ROOT / "src" / "healthplan" / "demo" / "data").glob("001_*.txt"))
WRITERS = 20


@dataclass
class Run:
    status: int
    out: str
    err: str
    seconds: float
    peak_mb: float


def run(argv: list[str], env: dict[str, str], cwd: Path, stdin: str | None = None) -> Run:
    """Run the command line and measure it (wall time, peak RSS of the process)."""
    import threading

    started = time.perf_counter()
    # /usr/bin/time measures the command itself: a forked child's maxrss would include this
    # process's memory from before the exec.
    measure = Path(tempfile.mkstemp(prefix="rel-rss-")[1])
    process = subprocess.Popen(
        ["/usr/bin/time", "-f", "%M", "-o", str(measure), HP, *argv],
        env=env,
        cwd=cwd,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    chunks: dict[str, bytes] = {}

    def drain(name: str, stream: object) -> None:
        chunks[name] = stream.read()  # type: ignore[attr-defined]

    readers = [
        threading.Thread(target=drain, args=(n, s))
        for n, s in (("out", process.stdout), ("err", process.stderr))
    ]
    for reader in readers:
        reader.start()
    if stdin is not None and process.stdin is not None:
        process.stdin.write(stdin.encode())
        process.stdin.close()
    process.wait()
    for reader in readers:
        reader.join()
    report = measure.read_text().strip().splitlines()
    measure.unlink()
    status = process.returncode
    if report and report[0].startswith("Command"):  # "Command exited with non-zero status N"
        report = report[1:]
    return Run(
        status,
        chunks.get("out", b"").decode("utf-8", "replace"),
        chunks.get("err", b"").decode("utf-8", "replace"),
        time.perf_counter() - started,
        int(report[-1]) / 1024 if report and report[-1].isdigit() else float("nan"),
    )


def crashed(result: Run) -> bool:
    text_ = result.err + result.out
    return "Traceback" in text_ or "unexpected" in text_ or "意外错误" in text_


# ---------------------------------------------------------------------------------------------
# Workspaces and their fingerprints


def environment(home: Path, url: str | None = None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHPLAN_")}
    env |= {"HEALTHPLAN_HOME": str(home), "HEALTHPLAN_LANG": "en", "COLUMNS": "200"}
    if url:
        env["HEALTHPLAN_DATABASE_URL"] = url
    return env | extra


def fingerprint(
    url: str, shape: dict[str, tuple[list[str], str]] | None = None
) -> dict[str, tuple[list[str], str]]:
    """A hash of every row of every table: equal fingerprints, equal stores. Given the
    ``shape`` of an earlier fingerprint, only its tables and columns are read, so that a
    migration the command applies (another commit's new table or column) is not taken for
    stored data."""
    engine = create_engine(url)
    found: dict[str, tuple[list[str], str]] = {}
    with engine.connect() as connection:
        inspector = inspect(connection)
        names = sorted(shape) if shape is not None else sorted(inspector.get_table_names())
        for table in names:
            if table == "alembic_version":
                continue
            columns = (
                shape[table][0]
                if shape is not None
                else [c["name"] for c in inspector.get_columns(table)]
            )
            digest = hashlib.sha256()
            listed = ", ".join(f'"{c}"' for c in columns)
            try:
                rows = connection.execute(text(f'SELECT {listed} FROM "{table}" ORDER BY 1'))
                for row in rows:
                    digest.update(repr(tuple(row)).encode())
            except Exception:  # a table or column gone: certainly a change
                digest.update(b"missing")
            found[table] = (columns, digest.hexdigest())
    engine.dispose()
    return found


def sqlite_url(home: Path) -> str:
    return f"sqlite:///{home / 'healthplan.db'}"


def pg_schema() -> tuple[str, str]:
    schema = f"rel_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    return schema, f"{PG_URL}?options=-csearch_path%3D{schema}"


def drop_schema(schema: str) -> None:
    admin = create_engine(PG_URL)
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


# ---------------------------------------------------------------------------------------------
# The inputs, per input path


@dataclass
class Probe:
    path: str  # the input path (documents, data import, …)
    name: str
    argv: list[str]
    valid: bool = False
    make: Callable[[Path], None] | None = None
    env: dict[str, str] = field(default_factory=dict)
    stdin: str | None = None


def write(name: str, content: str | bytes, encoding: str = "utf-8") -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding=encoding)

    return make


def book(
    name: str, rows: list[list[object]], tweak: Callable[[openpyxl.Workbook], None] | None = None
) -> Callable[[Path], None]:
    return lambda folder: workbook_maker(rows, tweak)(folder / name)


V = "data_element,period,org_unit,category,value,comment\n"
GOOD = "htn_mgmt_rate_num,2025M02,990102002000,,5,\n"


def values_row(
    value: str = "5",
    period: str = "2025M02",
    unit: str = "990102002000",
    element: str = "htn_mgmt_rate_num",
    comment: str = "",
) -> str:
    return f"{element},{period},{unit},,{value},{comment}\n"


def probes() -> list[Probe]:
    p: list[Probe] = []
    seed = SEED.read_bytes()

    def doc(name: str, content: bytes | None, valid: bool = False) -> None:
        p.append(
            Probe(
                "documents: ingest",
                name,
                ["ingest", f"in/{name}"],
                valid,
                write(f"in/{name}", content) if content is not None else None,
            )
        )

    doc("good.txt", seed, True)
    doc("good.docx", docx_with(paragraphs(50)), True)
    doc("empty.txt", b"")
    doc("binary.bin", os.urandom(200_000))
    doc("high_bytes.txt", bytes(range(128, 256)) * 800)
    doc("truncated.docx", docx_with(paragraphs(50))[:700])
    doc("corrupt_xml.docx", docx_with(b"<w:document><w:body><w:p>"))
    doc("zip_not_docx.docx", _zip({"a.txt": b"x"}))
    doc("bomb_100mb.docx", docx_with(paragraphs(1_600_000)))
    doc("billion_laughs.docx", docx_with(_laughs()))
    doc("truncated.pdf", b"%PDF-1.4\n1 0 obj<<>>")
    doc("legacy.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    doc("missing.txt", None)
    bad = bytearray(seed)
    for position in range(500, len(bad), len(bad) // 40):
        bad.insert(position, 0xFF)
    doc("utf8_few_bad_bytes.txt", bytes(bad), True)
    doc("utf16_odd.txt", seed.decode().encode("utf-16") + b"x")
    doc("nul_in_utf8.txt", seed[:3000] + b"\x00" + seed[3000:])
    doc(
        "deep_100k.html",
        (
            "<html><body>"
            + "<div>" * 100_000
            + "<p>人均预期寿命达到80岁</p>"
            + "</div>" * 100_000
            + "</body></html>"
        ).encode(),
        True,
    )
    doc(
        "oneline_breadcrumb.txt",
        ("当前位置：首页 > 通知 " + seed.decode().replace("\n", " ")).encode(),
        True,
    )
    p.append(Probe("documents: ingest", "a_directory", ["ingest", "in"], False))
    p.append(
        Probe(
            "documents: extract",
            "concat_two_plans.txt",
            ["extract", "in/both.txt"],
            True,
            write(
                "in/both.txt",
                seed
                + b"\n"
                + next((ROOT / "src/healthplan/demo/data").glob("002_*.txt")).read_bytes(),
            ),
        )
    )

    def imp(name: str, make: Callable[[Path], None] | None, valid: bool = False) -> None:
        p.append(Probe("data import", name, ["data", "import", f"in/{name}"], valid, make))

    imp("good.csv", write("in/good.csv", V + GOOD), True)
    imp("missing.xlsx", None)
    imp("a_directory.csv", lambda f: (f / "in" / "a_directory.csv").mkdir(parents=True))
    imp("corrupt.xlsx", write("in/corrupt.xlsx", b"PK\x03\x04garbage"))
    imp("csv_named.xlsx", write("in/csv_named.xlsx", V + GOOD))
    imp("value_1e400.csv", write("in/value_1e400.csv", V + values_row("1e400")))
    imp("value_400_digits.csv", write("in/value_400_digits.csv", V + values_row("9" * 400)))
    imp("value_nan.csv", write("in/value_nan.csv", V + values_row("NaN")))
    imp("negative.csv", write("in/negative.csv", V + values_row("-5")))
    imp("text_value.csv", write("in/text_value.csv", V + values_row("abc")))
    imp("thousands_bad.csv", write("in/thousands_bad.csv", V + values_row('"1,23"')))
    imp("period_0000M01.csv", write("in/period_0000M01.csv", V + values_row(period="0000M01")))
    imp("period_1899M01.csv", write("in/period_1899M01.csv", V + values_row(period="1899M01")))
    imp("period_2099M01.csv", write("in/period_2099M01.csv", V + values_row(period="2099M01")))
    imp("unknown_element.csv", write("in/unknown_element.csv", V + values_row(element="nope")))
    imp("unknown_unit.csv", write("in/unknown_unit.csv", V + values_row(unit="999999999999")))
    imp("duplicate_rows.csv", write("in/duplicate_rows.csv", V + GOOD + GOOD))
    imp("nul_comment.csv", write("in/nul_comment.csv", V + values_row(comment="a\x00b")))
    imp(
        "comment_1mb.csv",
        write("in/comment_1mb.csv", V + values_row(comment="备注" * 400_000)),
        True,
    )
    imp(
        "sql_injection.csv",
        write("in/sql_injection.csv", V + values_row(unit="x'); DROP TABLE data_values;--")),
    )
    imp(
        "huge_int.json",
        write(
            "in/huge_int.json",
            json.dumps(
                [
                    {
                        "data_element": "htn_mgmt_rate_num",
                        "period": "2025M02",
                        "org_unit": "990102002000",
                    }
                ]
            ).replace("}]", ', "value": ' + "9" * 400 + "}]"),
        ),
    )
    imp("deep_nested.json", write("in/deep_nested.json", "[" * 100_000 + "]" * 100_000))
    imp("not_json.json", write("in/not_json.json", "{oops"))
    head = ["data_element", "period", "org_unit", "value"]
    row = ["htn_mgmt_rate_num", "2025M02", "990102002000", 5]
    imp("list_good.xlsx", book("in/list_good.xlsx", [head, row]), True)
    imp("list_formula.xlsx", book("in/list_formula.xlsx", [head, [*row[:3], "=2+3"]]))
    imp(
        "list_hidden_first.xlsx",
        book("in/list_hidden_first.xlsx", [head, row], _hidden_first),
        True,
    )
    imp("list_extra_sheet.xlsx", book("in/list_extra_sheet.xlsx", [head, row], _extra_sheet))
    imp(
        "list_merged_value.xlsx",
        book(
            "in/list_merged_value.xlsx",
            [head, row, ["htn_mgmt_rate_num", "2025M02", "990102003000", None]],
            lambda b: b["values"].merge_cells("D2:D3"),
        ),
    )
    imp("list_inf_text.xlsx", book("in/list_inf_text.xlsx", [head, [*row[:3], "1e400"]]))
    imp("empty.csv", write("in/empty.csv", ""), True)

    def tpl(name: str, tweak: Callable[[openpyxl.Workbook], None], valid: bool = False) -> None:
        def make(folder: Path) -> None:
            source = folder / "template.xlsx"
            workbook = openpyxl.load_workbook(source)
            sheet = workbook["数据填报"]
            for r in range(4, 44):
                for c in range(3, 5):
                    sheet.cell(r, c, 100 + r)
            tweak(workbook)
            workbook.save(folder / "in" / name)

        p.append(
            Probe("data import: template", name, ["data", "import", f"in/{name}"], valid, make)
        )

    tpl("filled.xlsx", lambda b: None, True)
    tpl(
        "merged_values.xlsx",
        lambda b: (b["数据填报"].__setitem__("C5", None), b["数据填报"].merge_cells("C4:C5")),
    )
    tpl("formula_uncached.xlsx", lambda b: b["数据填报"].__setitem__("D10", "=C10+1"))
    tpl("text_number.xlsx", lambda b: b["数据填报"].__setitem__("D10", "abc"))
    tpl("inf_text.xlsx", lambda b: b["数据填报"].__setitem__("D10", "1e400"))
    tpl("hidden_copy_first.xlsx", _template_hidden_copy_first, True)
    tpl("extra_sheet_first.xlsx", lambda b: b.move_sheet(b.create_sheet("封面"), -10), True)

    def ou(name: str, make: Callable[[Path], None], valid: bool = False) -> None:
        p.append(Probe("orgunits import", name, ["orgunits", "import", f"in/{name}"], valid, make))

    OU_HEAD = "code,name,level,parent_code\n"
    ou(
        "good.csv",
        write("in/good.csv", OU_HEAD + "990102096000,新镇,乡镇/街道,990102000000\n"),
        True,
    )
    ou("cycle.csv", write("in/cycle.csv", OU_HEAD + "F1,甲,乡镇/街道,F2\nF2,乙,乡镇/街道,F1\n"))
    ou(
        "name_300.csv",
        write("in/name_300.csv", OU_HEAD + f"990102096000,{'名' * 300},乡镇/街道,990102000000\n"),
    )
    ou("code_41.csv", write("in/code_41.csv", OU_HEAD + f"{'9' * 41},镇,乡镇/街道,990102000000\n"))
    ou(
        "nul_name.csv",
        write("in/nul_name.csv", OU_HEAD + "990102096000,坏\x00名,乡镇/街道,990102000000\n"),
    )
    ou(
        "markup_name.csv",
        write(
            "in/markup_name.csv", OU_HEAD + "990102096000,坏[/]名[bold],乡镇/街道,990102000000\n"
        ),
        True,
    )
    ou(
        "merged_parent.xlsx",
        book(
            "in/merged_parent.xlsx",
            [
                ["code", "name", "level", "parent_code"],
                ["990102090000", "甲镇", "乡镇/街道", "990102000000"],
                ["990102091000", "乙镇", None, None],
            ],
            lambda b: (b["values"].merge_cells("C2:C3"), b["values"].merge_cells("D2:D3")),
        ),
        True,
    )
    ou("a_directory.csv", lambda f: (f / "in" / "a_directory.csv").mkdir(parents=True))

    def plan(
        name: str, argv: list[str], make: Callable[[Path], None] | None = None, valid: bool = False
    ) -> None:
        p.append(Probe("plan apply / import", name, argv, valid, make))

    plan("yaml_top_list.yaml", ["plan", "apply", "in/l.yaml"], write("in/l.yaml", "- 1\n- 2\n"))
    plan("yaml_scalar.yaml", ["plan", "apply", "in/s.yaml"], write("in/s.yaml", "42\n"))
    plan(
        "yaml_rows_strings.yaml",
        ["plan", "apply", "in/r.yaml"],
        write("in/r.yaml", "目标:\n  - abc\n  - def\n"),
    )
    plan(
        "yaml_python_tag.yaml",
        ["plan", "apply", "in/t.yaml"],
        write("in/t.yaml", "!!python/object/apply:os.system ['true']\n"),
    )
    plan(
        "title_markup",
        ["plan", "import", "in/new.txt", "--title", "[/]x[bold]"],
        write("in/new.txt", seed),
        True,
    )
    plan(
        "title_1000",
        ["plan", "import", "in/new.txt", "--title", "题" * 1000],
        write("in/new.txt", seed),
    )
    plan(
        "org_unit_unknown",
        ["plan", "import", "in/new.txt", "--org-unit", "NOPE"],
        write("in/new.txt", seed),
    )
    plan("plan_10e25", ["plan", "export", "--plan", "1" + "0" * 25, "--out", "x.yaml"])
    plan("export_missing_dir", ["plan", "export", "--plan", "1", "--out", "nodir/x.yaml"])

    def sv(
        name: str,
        content: str | None,
        extra: list[str] | None = None,
        valid: bool = False,
        method: str = "farrington-flexible",
    ) -> None:
        argv = [
            "surveillance",
            "detect",
            f"in/{name}",
            "--method",
            method,
            "--out",
            "alarms.csv",
            *(extra or []),
        ]
        p.append(
            Probe(
                "surveillance detect",
                f"{name} {' '.join(extra or [])}".strip(),
                argv,
                valid,
                write(f"in/{name}", content) if content is not None else None,
            )
        )

    from datetime import date, timedelta

    weeks = [(date(2020, 1, 6) + timedelta(weeks=i)).isoformat() for i in range(48)]
    good = "series_id,date,count\n" + "".join(f"s,{d},{i % 5}\n" for i, d in enumerate(weeks))
    sv("good.csv", good, valid=True, method="ears-c1")
    sv(
        "all_zero.csv",
        good.replace(",1\n", ",0\n")
        .replace(",2\n", ",0\n")
        .replace(",3\n", ",0\n")
        .replace(",4\n", ",0\n"),
        valid=True,
        method="cusum",
    )
    sv("two_rows.csv", "series_id,date,count\ns,2020-01-06,1\ns,2020-01-13,2\n", valid=True)
    sv("value_1e400.csv", good.replace(",3\n", ",1e400\n", 1))
    sv("value_inf.csv", good.replace(",3\n", ",inf\n", 1))
    sv("date_0001.csv", "series_id,date,count\ns,0001-01-01,1\ns,0001-01-08,2\n")
    sv("date_9999.csv", "series_id,date,count\ns,9999-01-01,1\ns,9999-01-08,2\n")
    sv("gbk.csv", None)
    p[-1].make = write(
        "in/gbk.csv",
        "series_id,date,count\n" + "".join(f"北京,{d},{i % 5}\n" for i, d in enumerate(weeks)),
        encoding="gbk",
    )
    p[-1].valid = True
    p[-1].argv[4] = "ears-c1"
    sv("good.csv", good, ["--percentile", "150"], method="cidars")
    sv("good.csv", good, ["--workers", "0"], method="cidars")
    sv("a_directory.csv", None)
    p[-1].make = lambda f: (f / "in" / "a_directory.csv").mkdir(parents=True)
    p.append(
        Probe(
            "surveillance detect",
            "out into missing dir",
            [
                "surveillance",
                "detect",
                "in/good.csv",
                "--method",
                "ears-c1",
                "--out",
                "nodir/a.csv",
            ],
            False,
            write("in/good.csv", good),
        )
    )
    p.append(
        Probe(
            "surveillance detect",
            "out same as input",
            [
                "surveillance",
                "detect",
                "in/good.csv",
                "--method",
                "ears-c1",
                "--out",
                "in/good.csv",
            ],
            False,
            write("in/good.csv", good),
        )
    )

    def si(name: str, content: str, valid: bool = False, channel: str = "cases") -> None:
        p.append(
            Probe(
                "surveillance import",
                name,
                ["surveillance", "import", f"in/{name}", "--channel", channel],
                valid,
                write(f"in/{name}", content),
            )
        )

    H = "日期,疾病,机构编码,数量\n"
    si("daily.csv", H + "2024-03-01,influenza,990102001000,3\n", True)
    si("weekly.csv", "周,疾病,机构编码,数量\n2024W05,influenza,990102001000,3\n", True)
    si("count_1e400.csv", H + "2024-03-01,influenza,990102001000,1e400\n")
    si("unknown_unit.csv", H + "2024-03-01,influenza,NOPE,3\n")
    si("future.csv", H + "2099-03-01,influenza,990102001000,3\n")
    si("missing_column.csv", "日期,机构编码\n2024-03-01,990102001000\n")
    si("unknown_channel.csv", H + "2024-03-01,influenza,990102001000,3\n", channel="radio")
    si("mixed.csv", H + "2024-03-01,flu,990102001000,3\n2024W05,flu,990102001000,1\n")

    def rules(name: str, content: str) -> None:
        p.append(
            Probe(
                "surveillance run --config",
                name,
                ["surveillance", "run", "--config", f"in/{name}"],
                False,
                write(f"in/{name}", content),
            )
        )

    rules("toplevel_list.yaml", "- a\n- b\n")
    rules("diseases_int.yaml", "diseases: 3\n")
    rules("channel_str.yaml", "diseases:\n  - disease: flu\n    channels: [abc]\n")
    rules("invalid.yaml", "diseases: [\n")

    def arg(name: str, argv: list[str], valid: bool = False, **env: str) -> None:
        p.append(Probe("arguments of other commands", name, argv, valid, None, env))

    unit = ["--org-unit", "990102001000"]
    arg("submit --period garbage", ["data", "submit", "phc_monthly", *unit, "--period", "garbage"])
    arg("submit 0000M01", ["data", "submit", "phc_monthly", *unit, "--period", "0000M01"])
    arg("submit 2099M01", ["data", "submit", "phc_monthly", *unit, "--period", "2099M01"])
    arg(
        "submit at city level",
        ["data", "submit", "phc_monthly", "--org-unit", "990100000000", "--period", "2025M01"],
    )
    arg("export --start garbage", ["data", "export", "--start", "garbage"])
    arg("export --org-unit %", ["data", "export", "--org-unit", "%", "--out", "x.csv"])
    arg("export -o missing dir", ["data", "export", "--out", "nodir/x.json"])
    arg("assess --as-of 9999-12-31", ["assess", "--as-of", "9999-12-31"])
    arg(
        "verify 10^25",
        ["surveillance", "verify", "1" + "0" * 25, "--by", "甲", "--outcome", "confirmed"],
    )
    arg(
        "verify --by 200 chars",
        ["surveillance", "verify", "1", "--by", "名" * 200, "--outcome", "confirmed"],
    )
    arg("db downgrade garbage", ["db", "downgrade", "garbage", "--yes"])
    arg("db downgrade without --yes", ["db", "downgrade", "base"])
    arg(
        "HEALTHPLAN_USER of 150",
        ["data", "import", "in/good.csv"],
        False,
        HEALTHPLAN_USER="u" * 150,
    )
    p[-1].make = write("in/good.csv", V + GOOD)
    arg("orgunits tree after markup", ["orgunits", "tree", "990102000000", "--depth", "1"], True)
    p += document_extra_probes(seed)
    p += value_probes() + template_probes() + orgunit_probes() + plan_probes()
    p += detect_probes() + rule_probes() + argument_probes()
    p += extract_probes(p)
    return p


def _zip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return out.getvalue()


def _laughs() -> bytes:
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    return (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>"
    ).encode()


def _hidden_first(workbook: openpyxl.Workbook) -> None:
    hidden = workbook.create_sheet("old", 0)
    hidden.append(["data_element", "period", "org_unit", "value"])
    hidden.append(["htn_mgmt_rate_num", "2025M01", "990102002000", 99])
    hidden.sheet_state = "hidden"


def _extra_sheet(workbook: openpyxl.Workbook) -> None:
    more = workbook.create_sheet("more")
    more.append(["data_element", "period", "org_unit", "value"])
    more.append(["htn_mgmt_rate_num", "2025M03", "990102002000", 7])


def _template_hidden_copy_first(workbook: openpyxl.Workbook) -> None:
    copy = workbook.copy_worksheet(workbook["数据填报"])
    copy.title = "旧表"
    copy.sheet_state = "hidden"
    workbook.move_sheet(copy, -10)


# ---------------------------------------------------------------------------------------------
# The review's probe families (docs/../reviews/reliability.md, appendix A), one generator each


def _values_file(fmt: str, rows: list[dict[str, str]]) -> Callable[[Path], None]:
    """``rows`` (data_element, period, org_unit, value[, category, comment]) as a value file
    in ``fmt``: csv, json, xlsx (a list), dhis2-json or dhis2-csv."""

    def make(folder: Path) -> None:
        target = folder / "in" / f"v.{_SUFFIX[fmt]}"
        target.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "csv":
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(["data_element", "period", "org_unit", "category", "value", "comment"])
            for r in rows:
                writer.writerow(
                    [
                        r["data_element"],
                        r["period"],
                        r["org_unit"],
                        r.get("category", ""),
                        r["value"],
                        r.get("comment", ""),
                    ]
                )
            target.write_text(out.getvalue(), encoding="utf-8")
        elif fmt == "json":
            target.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        elif fmt == "xlsx":
            head = ["data_element", "period", "org_unit", "value"]
            workbook_maker([head, *[[r[h] for h in head] for r in rows]])(target)
        elif fmt == "dhis2-json":
            document = {
                "dataValues": [
                    {
                        "dataElement": r["data_element"],
                        "period": r["period"].replace("M", ""),
                        "orgUnit": r["org_unit"],
                        "value": r["value"],
                    }
                    for r in rows
                ]
            }
            target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        else:  # dhis2-csv, DHIS2's documented header
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(
                [
                    "dataelement",
                    "period",
                    "orgunit",
                    "catoptcombo",
                    "attroptcombo",
                    "value",
                    "storedby",
                    "lastupdated",
                    "comment",
                    "flwup",
                ]
            )
            for r in rows:
                writer.writerow(
                    [
                        r["data_element"],
                        r["period"].replace("M", ""),
                        r["org_unit"],
                        "",
                        "",
                        r["value"],
                        "",
                        "",
                        "",
                        "false",
                    ]
                )
            target.write_text(out.getvalue(), encoding="utf-8")

    return make


_SUFFIX = {"csv": "csv", "json": "json", "xlsx": "xlsx", "dhis2-json": "json", "dhis2-csv": "csv"}


def _row(**given: str) -> dict[str, str]:
    return {
        "data_element": "htn_mgmt_rate_num",
        "period": "2025M02",
        "org_unit": "990102002000",
        "value": "5",
    } | given


BAD_NUMBERS = [
    "abc",
    "N/A",
    "NaN",
    "inf",
    "-inf",
    "1e400",
    "9" * 400,
    "-5",
    "1,23",
    "0x10",
    "1/2",
    "--5",
    "5-",
    "true",
    "=2+3",
]
BAD_PERIODS = [
    "2024M13",
    "2024M00",
    "June 2024",
    "2024W54",
    "2024Q5",
    "20240230",
    "0000M01",
    "1899M01",
    "2099M01",
    "2025m13",
]
LENIENT = {"95%": "95%", "fullwidth": "９５", "padded": " 5 "}


def value_probes() -> list[Probe]:
    p: list[Probe] = []
    for fmt in ("csv", "json", "xlsx", "dhis2-json", "dhis2-csv"):
        suffix = _SUFFIX[fmt]
        for value in BAD_NUMBERS:
            if fmt == "dhis2-json" and value in ("true",):
                continue
            p.append(
                Probe(
                    "data import",
                    f"{fmt} value {value[:12]}",
                    ["data", "import", f"in/v.{suffix}"],
                    False,
                    _values_file(fmt, [_row(value=value)]),
                )
            )
        for name, value in LENIENT.items():
            p.append(
                Probe(
                    "data import",
                    f"{fmt} value {name}",
                    ["data", "import", f"in/v.{suffix}"],
                    True,
                    _values_file(fmt, [_row(value=value)]),
                )
            )
    for period in BAD_PERIODS:
        p.append(
            Probe(
                "data import",
                f"csv period {period}",
                ["data", "import", "in/v.csv"],
                False,
                _values_file("csv", [_row(period=period)]),
            )
        )
    for name, row in {
        "unknown category": _row(category="male"),
        "empty element": _row(data_element=""),
        "empty org unit": _row(org_unit=""),
        "township value at the city": _row(org_unit="990100000000"),
        "comment with NUL": _row(comment="a\x00b"),
    }.items():
        p.append(
            Probe(
                "data import",
                f"csv {name}",
                ["data", "import", "in/v.csv"],
                False,
                _values_file("csv", [row]),
            )
        )
    p.append(
        Probe(
            "data import",
            "csv duplicate after trimming",
            ["data", "import", "in/v.csv"],
            False,
            _values_file("csv", [_row(), _row(org_unit=" 990102002000 ")]),
        )
    )
    many = [_row(period=f"{2000 + i // 12}M{i % 12 + 1:02d}") for i in range(288)]
    p.append(
        Probe(
            "data import",
            "288 good rows and one bad",
            ["data", "import", "in/v.csv"],
            False,
            _values_file("csv", [*many, _row(value="x")]),
        )
    )
    p.append(
        Probe(
            "data import", "header only", ["data", "import", "in/v.csv"], True, write("in/v.csv", V)
        )
    )
    p.append(
        Probe(
            "data import",
            "no value column",
            ["data", "import", "in/v.csv"],
            False,
            write(
                "in/v.csv", "data_element,period,org_unit\nhtn_mgmt_rate_num,2025M02,990102002000\n"
            ),
        )
    )
    p.append(
        Probe(
            "data import",
            "two value columns",
            ["data", "import", "in/v.csv"],
            False,
            write(
                "in/v.csv",
                "data_element,period,org_unit,value,value\n"
                "htn_mgmt_rate_num,2025M02,990102002000,1,2\n",
            ),
        )
    )
    p.append(
        Probe(
            "data import",
            "dhis2 header-less csv",
            ["data", "import", "in/v.csv"],
            True,
            write(
                "in/v.csv", "htn_mgmt_rate_num,202504,990102002000,default,default,4,x,,,false,\n"
            ),
        )
    )
    p.append(
        Probe(
            "data import",
            "utf-16 odd length",
            ["data", "import", "in/v.csv"],
            False,
            write("in/v.csv", (V + GOOD).encode("utf-16") + b"x"),
        )
    )
    p.append(
        Probe(
            "data import",
            "utf-16 whole",
            ["data", "import", "in/v.csv"],
            True,
            write("in/v.csv", (V + GOOD).encode("utf-16")),
        )
    )
    p.append(
        Probe(
            "data import",
            "gbk csv",
            ["data", "import", "in/v.csv"],
            True,
            write("in/v.csv", V + values_row(comment="备注"), encoding="gbk"),
        )
    )
    p.append(
        Probe(
            "data import",
            "unknown suffix",
            ["data", "import", "in/v.dat"],
            False,
            write("in/v.dat", V + GOOD),
        )
    )
    p.append(
        Probe(
            "data import",
            "dhis2 json not a set",
            ["data", "import", "in/v.json"],
            False,
            write("in/v.json", '{"dataValues": 3}'),
        )
    )
    p.append(
        Probe(
            "data import",
            "dhis2 xml with an entity",
            ["data", "import", "in/v.xml"],
            False,
            write(
                "in/v.xml",
                '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM '
                '"file:///etc/passwd">]><dataValueSet xmlns="http://dhis2.org/'
                'schema/dxf/2.0"><dataValue dataElement="htn_mgmt_rate_num" '
                'period="202502" orgUnit="990102002000" value="&x;"/>'
                "</dataValueSet>",
            ),
        )
    )
    return p


def template_probes() -> list[Probe]:
    p: list[Probe] = []

    def tpl(name: str, tweak: Callable[[openpyxl.Workbook], None], valid: bool = False) -> None:
        file = name.replace("/", "-")  # "N/A" in a probe's name is no folder

        def make(folder: Path) -> None:
            workbook = openpyxl.load_workbook(folder / "template.xlsx")
            sheet = workbook["数据填报"]
            for r in range(4, 44):
                for c in range(3, 5):
                    sheet.cell(r, c, 100 + r)
            tweak(workbook)
            (folder / "in").mkdir(exist_ok=True)
            workbook.save(folder / "in" / file)

        p.append(
            Probe("data import: template", name, ["data", "import", f"in/{file}"], valid, make)
        )

    def cell(ref: str, value: object) -> Callable[[openpyxl.Workbook], None]:
        return lambda b: b["数据填报"].__setitem__(ref, value)

    for ref, value in (
        ("D10", -5),
        ("D10", "N/A"),
        ("D10", "2025-01-01"),
        ("D10", "nan"),
        ("D10", "inf"),
        ("D11", "1,23"),
    ):
        tpl(f"cell {ref} {value}.xlsx", cell(ref, value))
    tpl("percent text.xlsx", cell("D10", "95%"), True)
    tpl("heading renamed.xlsx", cell("C3", "随便什么"))
    tpl("code heading gone.xlsx", cell("A3", None))
    tpl("unknown unit.xlsx", cell("A10", "999999999999"))
    tpl("city row.xlsx", cell("A10", "990100000000"))
    tpl(
        "duplicate unit row.xlsx",
        lambda b: b["数据填报"].__setitem__("A11", b["数据填报"]["A10"].value),
    )
    tpl("meta period garbage.xlsx", lambda b: b["_meta"].__setitem__("B2", "garbage"))
    tpl("meta period 0000M01.xlsx", lambda b: b["_meta"].__setitem__("B2", "0000M01"))
    tpl("meta data set unknown.xlsx", lambda b: b["_meta"].__setitem__("B1", "nope"))
    tpl("meta quarter period.xlsx", lambda b: b["_meta"].__setitem__("B2", "2025Q1"))
    tpl(
        "merged across columns.xlsx",
        lambda b: (cell("D10", None)(b), b["数据填报"].merge_cells("C10:D10")),
    )
    tpl("formula with cached none.xlsx", cell("D12", "=SUM(C12:C13)"))
    # the one sheet with data, found through _meta: read right under any name
    tpl("sheet renamed.xlsx", lambda b: setattr(b["数据填报"], "title", "填报"), True)
    return p


def orgunit_probes() -> list[Probe]:
    head = "code,name,level,parent_code\n"
    rows = {
        "self parent": ("990102096000,甲,乡镇/街道,990102096000", False),
        "unknown parent": ("990102096000,甲,乡镇/街道,990199000000", False),
        "level mismatch": ("990102096000,甲,县/区,990102000000", False),
        "duplicate": (
            "990102096000,甲,乡镇/街道,990102000000\n990102096000,乙,乡镇/街道,990102000000",
            False,
        ),
        "duplicate after trim": (
            "990102096000,甲,乡镇/街道,990102000000\n 990102096000 ,乙,乡镇/街道,990102000000",
            False,
        ),
        "code %": ("%,甲,乡镇/街道,990102000000", False),
        "code F/1": ("F/1,甲,机构,990102001000", False),
        "code 11 digits": ("99010209600,甲,乡镇/街道,990102000000", False),
        "empty code": (",甲,乡镇/街道,990102000000", False),
        "empty name": ("990102096000,,乡镇/街道,990102000000", False),
        "unknown level": ("990102096000,甲,星球,990102000000", False),
        "district under its own township": ("990102000000,明湖区,县/区,990102001000", False),
        "name with quotes and script": ('990102096000,"甲""<script>",乡镇/街道,990102000000', True),
        "code with underscore": ("HOSP_1,甲医院,机构,990102001000", True),
        "statistics code only": ("990102097000,乙镇,,", True),
    }
    p = [
        Probe(
            "orgunits import",
            name,
            ["orgunits", "import", "in/ou.csv"],
            valid,
            write("in/ou.csv", head + row + "\n"),
        )
        for name, (row, valid) in rows.items()
    ]
    p.append(Probe("orgunits import", "missing file", ["orgunits", "import", "in/none.csv"]))
    p.append(
        Probe(
            "orgunits import",
            "corrupt xlsx",
            ["orgunits", "import", "in/ou.xlsx"],
            False,
            write("in/ou.xlsx", b"PK\x03\x04garbage"),
        )
    )
    p.append(
        Probe(
            "orgunits import",
            "utf-16 odd",
            ["orgunits", "import", "in/ou.csv"],
            False,
            write(
                "in/ou.csv",
                (head + "990102096000,甲,乡镇/街道,990102000000\n").encode("utf-16") + b"x",
            ),
        )
    )
    p.append(
        Probe(
            "orgunits import",
            "no columns",
            ["orgunits", "import", "in/ou.csv"],
            False,
            write("in/ou.csv", "a,b\n1,2\n"),
        )
    )
    return p


def _review(
    change: Callable[[dict[str, object]], None], sheet: str = "目标"
) -> Callable[[Path], None]:
    """A review file (YAML) with the first row of ``sheet`` of plan 1 changed."""

    def make(folder: Path) -> None:
        import yaml

        data = yaml.safe_load((folder / "review.yaml").read_text(encoding="utf-8"))
        row = dict(data[sheet][0])
        change(row)
        (folder / "in").mkdir(exist_ok=True)
        (folder / "in" / "r.yaml").write_text(
            yaml.safe_dump({"plan": data["plan"], sheet: [row]}, allow_unicode=True),
            encoding="utf-8",
        )

    return make


def plan_probes() -> list[Probe]:
    def sets(**fields: object) -> Callable[[dict[str, object]], None]:
        return lambda row: row.update(fields)

    cases: dict[str, tuple[Callable[[dict[str, object]], None], bool, str]] = {
        "comparator nope": (sets(比较符="大概"), False, "目标"),
        "indicator code unknown": (sets(指标编码="nope.x"), False, "目标"),
        "year 20250": (sets(期限=20250), False, "目标"),
        "year inf": (sets(期限="inf"), False, "目标"),
        "target nan": (sets(目标值="nan"), False, "目标"),
        "target inf": (sets(目标值="inf"), False, "目标"),
        "target 1e400": (sets(目标值="1e400"), False, "目标"),
        "target text": (sets(目标值="很多"), False, "目标"),
        "empty indicator": (sets(指标=""), False, "目标"),
        "review word unknown": (sets(审核="也许"), False, "目标"),
        "id unknown": (sets(编号=999999), False, "目标"),
        "id 10^25": (sets(编号=10**25), False, "目标"),
        "indicator 10,000 chars": (sets(指标="指" * 10_000), False, "目标"),
        "unit 50 chars": (sets(单位="单" * 50), False, "目标"),
        "custom code 107 chars": (sets(指标编码="custom." + "x" * 100), False, "目标"),
        "confirm": (sets(审核="确认"), True, "目标"),
        "task due garbage": (sets(截止日期="下个月"), False, "任务"),
        "task title 10,000": (sets(标题="题" * 10_000), False, "任务"),
        "task review delete": (sets(审核="删除"), True, "任务"),
    }
    p = [
        Probe(
            "plan apply / import",
            name,
            ["plan", "apply", "in/r.yaml"],
            valid,
            _review(change, sheet),
        )
        for name, (change, valid, sheet) in cases.items()
    ]

    def twice(folder: Path) -> None:
        import yaml

        data = yaml.safe_load((folder / "review.yaml").read_text(encoding="utf-8"))
        first, second = dict(data["目标"][0]), dict(data["目标"][0])
        first["目标值"], second["目标值"] = 10, 20
        (folder / "in").mkdir(exist_ok=True)
        (folder / "in" / "r.yaml").write_text(
            yaml.safe_dump({"plan": data["plan"], "目标": [first, second]}, allow_unicode=True),
            encoding="utf-8",
        )

    p.append(
        Probe("plan apply / import", "same id twice", ["plan", "apply", "in/r.yaml"], False, twice)
    )
    for name, content in {
        "invalid yaml": "目标: [\n",
        "utf-16 yaml": None,
        "mapping rows": "目标: {a: 1}\n",
    }.items():
        p.append(
            Probe(
                "plan apply / import",
                name,
                ["plan", "apply", "in/r.yaml"],
                False,
                write(
                    "in/r.yaml",
                    content if content is not None else "目标: []\n".encode("utf-16") + b"x",
                ),
            )
        )

    def xlsx(tweak: Callable[[openpyxl.Workbook], None]) -> Callable[[Path], None]:
        def make(folder: Path) -> None:
            book = openpyxl.load_workbook(folder / "review.xlsx")
            tweak(book)
            (folder / "in").mkdir(exist_ok=True)
            book.save(folder / "in" / "r.xlsx")

        return make

    def rename_heading(book: openpyxl.Workbook) -> None:
        sheet = book["目标"]
        for c in sheet[1]:
            if c.value == "目标值":
                c.value = "目标值（%）"

    def merged_review(book: openpyxl.Workbook) -> None:
        sheet = book["目标"]
        column = next(c.column for c in sheet[1] if c.value == "审核")
        sheet.cell(2, column).value = "确认"
        sheet.merge_cells(start_row=2, start_column=column, end_row=6, end_column=column)

    p.append(
        Probe(
            "plan apply / import",
            "xlsx sheet renamed",
            ["plan", "apply", "in/r.xlsx"],
            False,
            xlsx(lambda b: setattr(b["目标"], "title", "指标目标")),
        )
    )
    p.append(
        Probe(
            "plan apply / import",
            "xlsx heading renamed",
            ["plan", "apply", "in/r.xlsx"],
            False,
            xlsx(rename_heading),
        )
    )
    p.append(
        Probe(
            "plan apply / import",
            "xlsx merged 审核",
            ["plan", "apply", "in/r.xlsx"],
            True,
            xlsx(merged_review),
        )
    )
    p.append(
        Probe(
            "plan apply / import",
            "xlsx corrupt",
            ["plan", "apply", "in/r.xlsx"],
            False,
            write("in/r.xlsx", b"PK\x03\x04garbage"),
        )
    )
    p.append(Probe("plan apply / import", "missing file", ["plan", "apply", "in/none.yaml"]))
    for name, argv in {
        "import missing file": ["plan", "import", "in/none.txt"],
        "import empty file": ["plan", "import", "in/empty.txt"],
        "import binary": ["plan", "import", "in/bin.txt"],
        "export unknown format": [
            "plan",
            "export",
            "--plan",
            "1",
            "--format",
            "pdf",
            "--out",
            "x.pdf",
        ],
        "export unknown plan": ["plan", "export", "--plan", "999", "--out", "x.yaml"],
        "export --plan -1": ["plan", "export", "--plan", "-1", "--out", "x.yaml"],
    }.items():
        p.append(
            Probe(
                "plan apply / import",
                name,
                argv,
                False,
                lambda f: (write("in/empty.txt", b"")(f), write("in/bin.txt", os.urandom(5000))(f)),
            )
        )
    return p


def detect_probes() -> list[Probe]:
    from datetime import date, timedelta

    weeks = [(date(2020, 1, 6) + timedelta(weeks=i)).isoformat() for i in range(60)]
    head = "series_id,date,count\n"

    def series(counts: list[str], dates: list[str] | None = None, sid: str = "s") -> str:
        return head + "".join(
            f"{sid},{d},{c}\n" for d, c in zip(dates or weeks, counts, strict=False)
        )

    base = [str(i % 5) for i in range(60)]
    cases: dict[str, tuple[str, bool, str, list[str]]] = {
        "negative": (series([*base[:30], "-1", *base[31:]]), False, "ears-c1", []),
        "fractional": (series([*base[:30], "1.5", *base[31:]]), False, "ears-c1", []),
        "text": (series([*base[:30], "many", *base[31:]]), False, "ears-c1", []),
        "nan": (series([*base[:30], "nan", *base[31:]]), False, "ears-c1", []),
        "1e30": (series([*base[:30], "1e30", *base[31:]]), False, "ears-c1", []),
        "bad date": (series(base, [*weeks[:30], "2020-02-30", *weeks[31:]]), False, "ears-c1", []),
        "duplicate date": (
            series(base, [*weeks[:30], weeks[29], *weeks[31:]]),
            False,
            "ears-c1",
            [],
        ),
        "gap": (series(base[:59], [*weeks[:30], *weeks[31:]]), False, "ears-c1", []),
        "monthly spacing": (
            series(base[:24], [f"{2020 + m // 12}-{m % 12 + 1:02d}-01" for m in range(24)]),
            False,
            "ears-c1",
            [],
        ),
        "one row": (series(["3"], weeks[:1]), False, "ears-c1", []),
        "empty": (head, False, "ears-c1", []),
        "no count column": ("series_id,date\ns,2020-01-06\n", False, "ears-c1", []),
        "percentile -5": (series(base), False, "cidars", ["--percentile", "-5"]),
        "percentile nan": (series(base), False, "cidars", ["--percentile", "nan"]),
        "workers -3": (series(base), False, "cidars", ["--workers", "-3"]),
        "unknown method": (series(base), False, "nope", []),
        "from garbage": (series(base), False, "ears-c1", ["--from", "garbage"]),
    }
    for method in ("ears-c1", "ears-c2", "ears-c3", "cusum", "farrington-flexible", "cidars"):
        cases[f"constant {method}"] = (series(["4"] * 60), True, method, [])
        cases[f"all zero {method}"] = (series(["0"] * 60), True, method, [])
        cases[f"short {method}"] = (series(base[:6], weeks[:6]), True, method, [])
    return [
        Probe(
            "surveillance detect",
            name,
            [
                "surveillance",
                "detect",
                "in/s.csv",
                "--method",
                method,
                "--out",
                "alarms.csv",
                *extra,
            ],
            valid,
            write("in/s.csv", content),
        )
        for name, (content, valid, method, extra) in cases.items()
    ]


def rule_probes() -> list[Probe]:
    cases = {
        "empty.yaml": "",
        "unknown_method.yaml": "diseases:\n  - disease: flu\n    channels:\n      - channel: "
        "cases\n        method: nope\n",
        "bad_percentile.yaml": "diseases:\n  - disease: flu\n    channels:\n      - channel: "
        "cases\n        method: cidars\n        percentile: 150\n",
        "utf16.yaml": None,
    }
    return [
        Probe(
            "surveillance run --config",
            name,
            ["surveillance", "run", "--config", f"in/{name}"],
            False,
            write(
                f"in/{name}",
                content if content is not None else "diseases: []\n".encode("utf-16") + b"x",
            ),
        )
        for name, content in cases.items()
    ]


def argument_probes() -> list[Probe]:
    unit = ["--org-unit", "990102001000"]
    cases: dict[str, list[str]] = {
        "review --period garbage": ["data", "review", "phc_monthly", *unit, "--period", "garbage"],
        "approve --period garbage": ["data", "approve", "phc_monthly", *unit, "--period", "x"],
        "reopen unknown data set": ["data", "reopen", "nope", *unit, "--period", "2025M01"],
        "submit unknown org unit": [
            "data",
            "submit",
            "phc_monthly",
            "--org-unit",
            "NOPE",
            "--period",
            "2025M01",
        ],
        "template -o missing dir": [
            "data",
            "template",
            "phc_monthly",
            "--org-unit",
            "990100000000",
            "--period",
            "2025M01",
            "--out",
            "no/x.xlsx",
        ],
        "template unknown data set": [
            "data",
            "template",
            "nope",
            "--org-unit",
            "990100000000",
            "--period",
            "2025M01",
            "--out",
            "x.xlsx",
        ],
        "quality --period garbage": ["data", "quality", "phc_monthly", "--period", "garbage"],
        "quality --org-unit NOPE": [
            "data",
            "quality",
            "phc_monthly",
            "--period",
            "2024M06",
            "--org-unit",
            "NOPE",
        ],
        "export --end 2025-02-30": ["data", "export", "--end", "2025-02-30"],
        "export --format nope": ["data", "export", "--format", "nope"],
        "export --org-unit NOPE": ["data", "export", "--org-unit", "NOPE"],
        "export xlsx without --out": ["data", "export", "--format", "xlsx"],
        "compute --indicator NOPE": ["compute", "--indicator", "NOPE"],
        "compute --org-unit NOPE": ["compute", "--org-unit", "NOPE"],
        "compute --period garbage": ["compute", "--period", "garbage"],
        "assess --as-of garbage": ["assess", "--as-of", "garbage"],
        "assess --as-of 0001-01-01": ["assess", "--as-of", "0001-01-01"],
        "assess --org-unit NOPE": ["assess", "--org-unit", "NOPE"],
        "signals --status NOPE": ["surveillance", "signals", "--status", "NOPE"],
        "verify unknown id": [
            "surveillance",
            "verify",
            "999999",
            "--by",
            "甲",
            "--outcome",
            "confirmed",
        ],
        "verify bad outcome": ["surveillance", "verify", "1", "--by", "甲", "--outcome", "maybe"],
        "close unknown id": ["surveillance", "close", "999999", "--by", "甲"],
        "orgunits tree NOPE": ["orgunits", "tree", "NOPE"],
        "db upgrade garbage": ["db", "upgrade", "garbage"],
        "no such command": ["nonsense"],
        "--lang xx": ["--lang", "xx", "orgunits", "tree"],
    }
    return [Probe("arguments of other commands", n, a) for n, a in cases.items()] + [
        Probe(
            "arguments of other commands",
            "orgunits tree --depth -1",
            ["orgunits", "tree", "--depth", "-1"],
            True,
        ),
    ]


def document_extra_probes(seed: bytes) -> list[Probe]:
    def doc(name: str, content: bytes, valid: bool = False) -> Probe:
        return Probe(
            "documents: ingest", name, ["ingest", f"in/{name}"], valid, write(f"in/{name}", content)
        )

    half = seed[: len(seed) // 2] + seed.decode()[len(seed) // 6 :].encode("gbk", "ignore")
    return [
        doc("whitespace.txt", b"   \n\t \n"),
        doc("random_named.txt", os.urandom(300_000)),
        doc("pdf_garbage.pdf", b"%PDF-1.7\n" + os.urandom(3000)),
        doc("docx_no_content_types.docx", _zip({"word/document.xml": paragraphs(3)})),
        doc("half_utf8_half_gbk.txt", half),
        doc("docx_named.txt", docx_with(paragraphs(20)), True),
        doc("text_named.docx", seed, True),
        doc(
            "html_scripts.html",
            b"<html><body><script>alert(1)</script><p onerror=x>"
            + seed[:2000]
            + b"</p><iframe src='javascript:x'></iframe></body></html>",
            True,
        ),
        doc(
            "html_3000_deep.html",
            ("<div>" * 3000 + "人均预期寿命达到80岁" + "</div>" * 3000).encode(),
            True,
        ),
        doc("docx_50k_paragraphs.docx", docx_with(paragraphs(50_000)), True),
        doc("规划 文件 带空格.txt", seed, True),
    ]


def extract_probes(selected: list[Probe]) -> list[Probe]:
    """The documents again through ``extract`` (it reads them the same way, then extracts)."""
    return [
        Probe(
            "documents: extract", probe.name, ["extract", *probe.argv[1:]], probe.valid, probe.make
        )
        for probe in selected
        if probe.path == "documents: ingest" and not probe.name.startswith("bomb")
    ]


# ---------------------------------------------------------------------------------------------
# Running the probes


def _stamp(home: Path) -> tuple[tuple[int, int] | None, ...]:
    """Size and time of the database and its write-ahead log: equal stamps, nothing written
    (a changed stamp may still be a checkpoint: then the fingerprint decides)."""
    found = []
    for name in ("healthplan.db", "healthplan.db-wal"):
        path = home / name
        found.append((path.stat().st_size, path.stat().st_mtime_ns) if path.exists() else None)
    return tuple(found)


# The base workspace is read by every runner at once: its -wal/-shm come and go as they open
# and close it (it is checkpointed, so the .db file alone is the store).
_QUIET = shutil.ignore_patterns("*.db-wal", "*.db-shm")


def run_probes(
    base: Path, selected: list[Probe], before: dict[str, tuple[list[str], str]]
) -> dict[str, Counter[str]]:
    tally: dict[str, Counter[str]] = {}
    scratch = Path(tempfile.mkdtemp(prefix="rel-probe-"))
    home = scratch / "ws"
    shutil.copytree(base, home, ignore=_QUIET)
    kept = {entry.name for entry in base.iterdir()}
    for probe in selected:
        for entry in home.iterdir():  # what the last probe wrote beside the store
            if entry.name not in kept:
                shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
        (home / "in").mkdir(exist_ok=True)
        if probe.make:
            try:
                probe.make(home)
            except Exception as error:  # a broken probe is reported, the others still run
                print(f"  {probe.path:<30} {probe.name[:40]:<40} PROBE BROKEN: {error}")
                tally.setdefault(probe.path, Counter())["probe broken"] += 1
                continue
        stamp = _stamp(home)
        result = run(probe.argv, environment(home, **probe.env), home, probe.stdin)
        changed = _stamp(home) != stamp and fingerprint(sqlite_url(home), before) != before
        if changed:  # the next probe starts from the demo workspace again
            shutil.rmtree(home)
            shutil.copytree(base, home, ignore=_QUIET)
        if crashed(result):
            verdict = "traceback"
        elif probe.valid:
            verdict = "control ok" if result.status == 0 else "control failed"
        elif result.status == 0:
            verdict = "accepted"
        elif changed:
            verdict = "half-stored"
        else:
            verdict = "clear"
        tally.setdefault(probe.path, Counter())[verdict] += 1
        last = (result.err.strip() or result.out.strip()).splitlines()
        print(
            f"  {probe.path:<30} {probe.name[:40]:<40} {verdict:<15} exit {result.status} "
            f"{result.seconds:5.1f} s {result.peak_mb:6.0f} MB  {last[-1][:90] if last else ''}",
            flush=True,
        )
    shutil.rmtree(scratch, ignore_errors=True)
    return tally


def run_all_probes(base: Path, selected: list[Probe], jobs: int) -> dict[str, Counter[str]]:
    """The probes split among ``jobs`` runners (a probe's verdict does not depend on the
    others: each runner starts every probe from a copy of the demo workspace)."""
    from concurrent.futures import ThreadPoolExecutor

    before = fingerprint(sqlite_url(base))
    with ThreadPoolExecutor(jobs) as pool:
        parts = list(pool.map(lambda n: run_probes(base, selected[n::jobs], before), range(jobs)))
    tally: dict[str, Counter[str]] = {}
    for probe in selected:  # in the order the probes were listed
        tally.setdefault(probe.path, Counter())
    for part in parts:
        for path, counts in part.items():
            tally[path].update(counts)
    return tally


# ---------------------------------------------------------------------------------------------
# Races


def _rows(url: str, query: str) -> list[tuple[object, ...]]:
    engine = create_engine(url)
    with engine.connect() as connection:
        rows = [tuple(r) for r in connection.execute(text(query))]
    engine.dispose()
    return rows


def parallel(argvs: list[list[str]], env: dict[str, str], cwd: Path) -> list[Run]:
    started = time.perf_counter()
    processes = [
        subprocess.Popen(
            [HP, *a], env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for a in argvs
    ]
    results = []
    for process in processes:
        out, err = process.communicate()
        results.append(Run(process.returncode, out, err, time.perf_counter() - started, 0))
    return results


def races(home: Path, url: str, label: str) -> list[tuple[str, str]]:
    """20 writers: the same values, distinct values, updates of the same keys; 10 submits."""
    env = environment(home, url)
    lines: list[tuple[str, str]] = []
    units = [u for (u,) in _rows(url, "select code from org_units where level = 4 order by code")]
    months = [f"2019M{m:02d}" for m in range(1, 13)]
    element = "htn_mgmt_rate_num"

    def file(name: str, rows: list[tuple[str, str, float]]) -> str:
        with (home / name).open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(["data_element", "period", "org_unit", "value", "comment"])
            for month, unit_, value in rows:
                writer.writerow([element, month, unit_, value, "患者张三 13800138000"])
        return name

    keys = [(m, u) for m in months for u in units[:40]]
    same = file("same.csv", [(m, u, 1.0) for m, u in keys])
    results = parallel([["data", "import", same]] * WRITERS, env, home)
    stored = _rows(
        url,
        f"select period, org_unit, count(*) from data_values where "
        f"data_element = '{element}' and period like '2019M%' group by 1, 2",
    )
    lost = len(set(keys) - {(p, u) for p, u, _ in stored})
    dup = sum(1 for *_, n in stored if n > 1)
    leaked = sum("13800138000" in r.err for r in results)
    lines.append(
        (
            f"{label}: {WRITERS} × the same {len(keys)} values",
            f"ok {sum(r.status == 0 for r in results)}, tracebacks "
            f"{sum(crashed(r) for r in results)}, lost {lost}, duplicated {dup}, "
            f"row data printed {leaked}, {results[-1].seconds:.1f} s",
        )
    )
    distinct = [
        file(
            f"d{n}.csv",
            [
                (f"2018M{1 + n % 12:02d}", u, float(n))
                for u in units[(n // 12) * 20 : (n // 12) * 20 + 20]
            ],
        )
        for n in range(WRITERS)
    ]
    results = parallel([["data", "import", d] for d in distinct], env, home)
    expected = {
        (f"2018M{1 + n % 12:02d}", u)
        for n in range(WRITERS)
        for u in units[(n // 12) * 20 : (n // 12) * 20 + 20]
    }
    stored = _rows(
        url,
        f"select period, org_unit, count(*) from data_values where "
        f"data_element = '{element}' and period like '2018M%' group by 1, 2",
    )
    lines.append(
        (
            f"{label}: {WRITERS} × distinct values ({len(expected)})",
            f"ok {sum(r.status == 0 for r in results)}, tracebacks "
            f"{sum(crashed(r) for r in results)}, lost "
            f"{len(expected - {(p, u) for p, u, _ in stored})}, duplicated "
            f"{sum(1 for *_, n in stored if n > 1)}",
        )
    )
    updates = [file(f"u{n}.csv", [(m, u, float(n + 2)) for m, u in keys]) for n in range(WRITERS)]
    results = parallel([["data", "import", u] for u in updates], env, home)
    audit = _rows(
        url,
        "select record_key, old, new from audit_log where table_name = "
        "'data_values' and record_key like '%|2019M%' order by id",
    )
    chains: dict[str, list[tuple[object, object]]] = {}
    for key, old, new in audit:
        chains.setdefault(str(key), []).append((old, new))
    broken = sum(
        1
        for chain in chains.values()
        if any(_json(b[0]) != _json(a[1]) for a, b in itertools.pairwise(chain))
    )
    lines.append(
        (
            f"{label}: {WRITERS} × updates of the same {len(keys)} keys",
            f"ok {sum(r.status == 0 for r in results)}, tracebacks "
            f"{sum(crashed(r) for r in results)}, audit chains broken {broken}",
        )
    )
    submit = ["data", "submit", "phc_monthly", "--org-unit", units[0], "--period", "2024M11"]
    results = parallel([submit] * 10, env, home)
    lines.append(
        (
            f"{label}: 10 × submit of one report",
            f"ok {sum(r.status == 0 for r in results)}, clear "
            f"{sum(r.status == 2 and not crashed(r) for r in results)}, tracebacks "
            f"{sum(crashed(r) for r in results)}",
        )
    )
    return lines


def _json(value: object) -> object:
    return json.loads(value) if isinstance(value, str) else value


def first_use(label: str, url: str, home: Path, units_csv: Path) -> tuple[str, str]:
    results = parallel(
        [["orgunits", "import", str(units_csv)]] * WRITERS, environment(home, url), home
    )
    return (
        f"{label}: {WRITERS} first commands on an empty workspace",
        f"ok {sum(r.status == 0 for r in results)}, clear "
        f"{sum(r.status == 2 and not crashed(r) for r in results)}, tracebacks "
        f"{sum(crashed(r) for r in results)}",
    )


def kill_during(label: str, base: Path, argv: list[str], after: float) -> tuple[str, str]:
    home = Path(tempfile.mkdtemp(prefix="rel-kill-"))
    shutil.rmtree(home)
    shutil.copytree(base, home)
    url = sqlite_url(home)
    before = fingerprint(url)
    if argv[:2] == ["data", "import"]:
        _big_file(url, home / argv[2])
    process = subprocess.Popen(
        [HP, *argv],
        env=environment(home),
        cwd=home,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(after)
    finished = process.poll() is not None
    process.send_signal(signal.SIGKILL)
    process.wait()
    same = fingerprint(url, before) == before
    check = _rows(url, "PRAGMA integrity_check")[0][0]
    shutil.rmtree(home, ignore_errors=True)
    note = " (had already finished)" if finished else ""
    return (
        f"{label}: kill -9 after {after:.1f} s{note}",
        f"store {'unchanged' if same else 'CHANGED'}, integrity {check}",
    )


def _big_file(url: str, path: Path) -> None:
    """100,000 valid rows: every element of every monthly data set, its units, 2000 on."""
    pairs = _rows(
        url,
        "select e.data_element, s.org_level from data_set_elements e join "
        "data_sets s on s.code = e.data_set where s.period_type = 'month'",
    )
    units: dict[int, list[str]] = {}
    for code, level in _rows(url, "select code, level from org_units"):
        units.setdefault(int(level), []).append(str(code))
    with path.open("w", encoding="utf-8") as out:
        out.write("data_element,period,org_unit,value\n")
        n = 0
        for year in range(2000, 2024):
            for month in range(1, 13):
                for element, level in pairs:
                    for unit in units.get(int(level), []):
                        out.write(f"{element},{year}M{month:02d},{unit},1\n")
                        n += 1
                        if n >= 100_000:
                            return


def bomb(folder: Path) -> list[tuple[str, str]]:
    """A .docx whose document.xml unpacks to 1 GB, against an ordinary one of the same size."""
    target = folder / "bomb_1gb.docx"
    chunk = ("<w:p><w:r><w:t>" + "规划" * 200 + "</w:t></w:r></w:p>").encode() * 1000
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as stream:
            written = 0
            while written < 1_000_000_000:
                stream.write(chunk)
                written += len(chunk)
    size = target.stat().st_size
    refused = run(["ingest", str(target)], environment(folder), folder)
    text_ = "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(size // 3))
    ordinary = folder / "ordinary.docx"
    ordinary.write_bytes(
        docx_with(
            (
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                "<w:body>"
                + "".join(
                    f"<w:p><w:r><w:t>{text_[i : i + 500]}</w:t></w:r></w:p>"
                    for i in range(0, len(text_), 500)
                )
                + "</w:body></w:document>"
            ).encode()
        )
    )
    baseline = run(["ingest", str(ordinary)], environment(folder), folder)
    verdict = "refused" if refused.status != 0 and not crashed(refused) else "NOT REFUSED"
    return [
        (
            f"docx unpacking to 1 GB ({size / 1e6:.1f} MB on disk)",
            f"{verdict} in {refused.seconds:.2f} s, peak {refused.peak_mb:.0f} MB "
            f"(goal < 5 s, < 500 MB): {refused.err.strip().splitlines()[-1][:100]}",
        ),
        (
            f"baseline: ordinary docx of {ordinary.stat().st_size / 1e6:.1f} MB read",
            f"exit {baseline.status} in {baseline.seconds:.2f} s, peak {baseline.peak_mb:.0f} MB; "
            f"bomb/baseline time ratio {refused.seconds / baseline.seconds:.2f}",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated: probes,races,kill,bomb")
    parser.add_argument("--skip-pg", action="store_true")
    parser.add_argument(
        "--match", help="only the probes whose path or name contains this (a|b: either)"
    )
    parser.add_argument(
        "--skip-logged",
        type=Path,
        help="the output of an interrupted run: its probes are not run again",
    )
    parser.add_argument("--base", type=Path, help="a demo workspace to copy instead of building")
    parser.add_argument(
        "--jobs", type=int, default=1, help="probes run side by side, each in its own copy"
    )
    args = parser.parse_args()
    parts = set((args.only or "probes,races,kill,bomb").split(","))
    work = Path(tempfile.mkdtemp(prefix="rel-bench-"))
    base = work / "demo"
    if args.base:
        shutil.copytree(args.base, base)
    else:
        print(f"building the demo workspace in {base} …", flush=True)
        built = run(["demo"], environment(base), work)
        assert built.status == 0, built.err
    template = run(
        [
            "data",
            "template",
            "phc_monthly",
            "--org-unit",
            "990100000000",
            "--period",
            "2025M01",
            "--out",
            str(base / "template.xlsx"),
        ],
        environment(base),
        work,
    )
    assert template.status == 0, template.err
    for suffix in ("yaml", "xlsx"):  # the review files the plan probes edit
        exported = run(
            ["plan", "export", "--plan", "1", "--format", suffix, "--out", f"review.{suffix}"],
            environment(base),
            base,
        )
        assert exported.status == 0, exported.err
    summary: list[tuple[str, str]] = []
    if "probes" in parts:
        wanted = args.match.split("|") if args.match else [""]
        selected = [p for p in probes() if any(w in f"{p.path} {p.name}" for w in wanted)]
        if args.skip_logged:
            logged = args.skip_logged.read_text(encoding="utf-8")
            selected = [p for p in selected if f"  {p.path:<30} {p.name[:40]:<40} " not in logged]
        tally = run_all_probes(base, selected, max(1, args.jobs))
        print("\nper input path (SQLite):")
        header = (
            "input path",
            "tried",
            "clear",
            "traceback",
            "half-stored",
            "accepted",
            "controls ok",
        )
        print(f"{header[0]:<32}" + "".join(f"{h:>13}" for h in header[1:]))
        totals: Counter[str] = Counter()
        for path, counts in tally.items():
            bad = sum(v for k, v in counts.items() if not k.startswith("control"))
            totals.update(counts)
            totals["tried"] += bad
            print(
                f"{path:<32}{bad:>13}{counts['clear']:>13}{counts['traceback']:>13}"
                f"{counts['half-stored']:>13}{counts['accepted']:>13}"
                f"{counts['control ok']:>9}/{counts['control ok'] + counts['control failed']}"
            )
        print(
            f"{'total':<32}{totals['tried']:>13}{totals['clear']:>13}{totals['traceback']:>13}"
            f"{totals['half-stored']:>13}{totals['accepted']:>13}"
            f"{totals['control ok']:>9}/{totals['control ok'] + totals['control failed']}"
        )
    if "races" in parts:
        copy = work / "race-sqlite"
        shutil.copytree(base, copy)
        summary += races(copy, sqlite_url(copy), "SQLite")
        units = work / "units.csv"
        rows = _rows(
            sqlite_url(base),
            "select code, name, level, parent_code from org_units order by level, code",
        )
        levels = {1: "省", 2: "市", 3: "县/区", 4: "乡镇/街道", 5: "村/社区", 6: "机构"}
        with units.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(["code", "name", "level", "parent_code"])
            writer.writerows((c, n, levels.get(int(lv), lv), p or "") for c, n, lv, p in rows)
        empty = work / "empty-sqlite"
        empty.mkdir()
        summary.append(first_use("SQLite", sqlite_url(empty), empty, units))
        if not args.skip_pg:
            schema, url = pg_schema()
            pg_home = work / "pg"
            try:
                assert run(["demo"], environment(pg_home, url), work).status == 0
                summary += races(pg_home, url, "PostgreSQL")
            finally:
                drop_schema(schema)
            schema, url = pg_schema()
            (work / "pg-empty").mkdir()
            try:
                summary.append(first_use("PostgreSQL", url, work / "pg-empty", units))
            finally:
                drop_schema(schema)
    if "kill" in parts:
        for after in (1.5, 3.0, 5.0):
            summary.append(
                kill_during(
                    "data import of 100,000 rows", base, ["data", "import", "big.csv"], after
                )
            )
        for after in (1.0, 2.5):
            summary.append(kill_during("compute", base, ["compute"], after))
    if "bomb" in parts:
        summary += bomb(work)
    print()
    for what, result in summary:
        print(f"{what:<60} {result}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
