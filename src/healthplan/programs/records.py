"""The individual service records the programs are computed from, table by table.

A primary-care system's extract is a folder with one file per table (``<table>.parquet`` or
``<table>.csv``, UTF-8 with a header), columns as below. A person is named by the 18-digit
resident ID number (``id_number``); the import replaces it by ``person_key`` (a keyed hash,
:mod:`healthplan.programs.ids`) and drops names, so the stored records, Parquet files in
the workspace (``records/``), carry neither. :data:`TABLES` is the one description: the
import validates against it, the generator writes it and ``docs/programs.md`` lists it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["TABLES", "Column", "RecordTable", "records_dir"]

RECORDS = "records"


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # id | ref | date | bool | int | float | code | text
    doc: str
    nullable: bool = False
    codes: tuple[str, ...] = ()
    low: float | None = None  # plausible range of a number
    high: float | None = None
    future: bool = False  # a date that may lie ahead (the end of a contract)


@dataclass(frozen=True)
class RecordTable:
    name: str
    title: str
    columns: tuple[Column, ...]

    @property
    def person(self) -> str | None:
        """The column naming the person (an ID number), if any."""
        return next((c.name for c in self.columns if c.kind == "id"), None)


def _id(doc: str = "resident ID number (公民身份号码), 18 characters, GB 11643 check") -> Column:
    return Column("id_number", "id", doc)


def _date(name: str, doc: str, nullable: bool = False) -> Column:
    return Column(name, "date", doc, nullable)


def _flag(name: str, doc: str) -> Column:
    return Column(name, "bool", doc)


SEXES = ("M", "F")
DISEASES = ("htn", "t2dm")
MODES = ("face", "phone")
SCREENINGS = ("cervical", "breast")
# 国家免疫规划 vaccines and doses in the schedule (疫苗, 剂次 → age in months when due).
SCHEDULE: dict[str, tuple[int, ...]] = {
    "HepB": (0, 1, 6),
    "BCG": (0,),
    "IPV": (2, 3),
    "bOPV": (4, 48),
    "DTaP": (3, 4, 5, 18),
    "DT": (72,),
    "MMR": (8, 18),
    "JE-L": (8, 24),
    "MPSV-A": (6, 9),
    "MPSV-AC": (36, 72),
    "HepA-L": (18,),
}

# 第三版 儿童健康管理: checks at 满月, 3, 6, 8, 12, 18, 24, 30, 36 months, then yearly to 6.
CHILD_CHECK_MONTHS = (1, 3, 6, 8, 12, 18, 24, 30, 36, 48, 60, 72)
# The services that show a health record in use (健康档案使用率): a person's own events, by the
# table and its date column; prenatal and postpartum visits count too, through the pregnancy.
SERVICES = (
    ("chronic_followups", "visit_date"),
    ("elderly_checks", "check_date"),
    ("child_checks", "check_date"),
    ("newborn_visits", "visit_date"),
    ("immunisations", "given_on"),
    ("smi_followups", "visit_date"),
    ("screenings", "screened_on"),
)

_TABLES = [
    RecordTable(
        "residents",
        "居民",
        (
            _id(),
            Column("name", "text", "name (姓名); optional, never stored", nullable=True),
            Column("sex", "code", "M or F; must agree with the ID number", codes=SEXES),
            _date("birth_date", "date of birth; must agree with the ID number"),
            Column("org_unit", "ref", "village or township of residence at the extract's start"),
            _flag("resident", "常住: lives in the area half a year or more"),
        ),
    ),
    RecordTable(
        "moves",
        "迁移",
        (
            _id(),
            _date("moved_on", "first day at the new residence"),
            Column("org_unit", "ref", "new village or township of residence"),
        ),
    ),
    RecordTable(
        "health_records",
        "居民健康档案",
        (
            _id(),
            _date("created_on", "建档日期"),
            _flag("electronic", "电子健康档案"),
            _date("opened_on", "opened to the resident (向居民开放)", nullable=True),
        ),
    ),
    RecordTable(
        "contracts",
        "家庭医生签约",
        (
            _id(),
            _date("signed_on", "签约日期"),
            Column("ends_on", "date", "last day of the contract", nullable=True, future=True),
        ),
    ),
    RecordTable(
        "chronic_registry",
        "高血压、2型糖尿病患者登记",
        (
            _id(),
            Column("disease", "code", "htn (原发性高血压) or t2dm (2型糖尿病)", codes=DISEASES),
            _date("registered_on", "纳入管理日期"),
        ),
    ),
    RecordTable(
        "chronic_followups",
        "高血压、2型糖尿病随访",
        (
            _id(),
            Column("disease", "code", "htn or t2dm", codes=DISEASES),
            _date("visit_date", "随访日期"),
            Column("mode", "code", "face (面对面: 门诊/家庭/集体) or phone", codes=MODES),
            Column("sbp", "int", "systolic BP, mmHg", nullable=True, low=50, high=300),
            Column("dbp", "int", "diastolic BP, mmHg", nullable=True, low=30, high=200),
            Column("fpg", "float", "fasting glucose, mmol/L", nullable=True, low=1, high=40),
        ),
    ),
    RecordTable(
        "elderly_checks",
        "老年人健康体检",
        (
            _id(),
            _date("check_date", "体检日期"),
            _flag("tcm", "中医药健康管理 (体质辨识 and guidance) given"),
        ),
    ),
    RecordTable(
        "pregnancies",
        "孕产妇",
        (
            Column("pregnancy_id", "text", "the system's id of the pregnancy"),
            _id("the mother's ID number"),
            _date("registered_on", "建册日期"),
            Column("registered_week", "int", "gestational week at 建册", low=1, high=45),
            _date("first_exam_on", "first prenatal examination", nullable=True),
            _date("delivered_on", "delivery (分娩) date; empty if not yet", nullable=True),
        ),
    ),
    RecordTable(
        "prenatal_visits",
        "产前检查",
        (
            Column("pregnancy_id", "text", "the pregnancy"),
            _date("visit_date", "检查日期"),
        ),
    ),
    RecordTable(
        "postpartum_visits",
        "产后访视",
        (
            Column("pregnancy_id", "text", "the pregnancy"),
            _date("visit_date", "访视日期"),
        ),
    ),
    RecordTable(
        "births",
        "活产",
        (
            _id("the child's ID number (the child is also in residents)"),
            Column("pregnancy_id", "text", "the mother's pregnancy"),
            _date("birth_date", "date of birth"),
        ),
    ),
    RecordTable(
        "newborn_visits",
        "新生儿访视",
        (_id("the child's ID number"), _date("visit_date", "访视日期")),
    ),
    RecordTable(
        "child_checks",
        "0～6岁儿童健康检查",
        (_id("the child's ID number"), _date("check_date", "检查日期")),
    ),
    RecordTable(
        "immunisations",
        "预防接种",
        (
            _id("the child's ID number"),
            Column("vaccine", "code", "国家免疫规划 vaccine", codes=tuple(SCHEDULE)),
            Column("dose", "int", "剂次, from 1", low=1, high=4),
            _date("given_on", "接种日期"),
        ),
    ),
    RecordTable(
        "smi_registry",
        "严重精神障碍患者登记",
        (_id(), _date("registered_on", "登记在册日期")),
    ),
    RecordTable(
        "smi_followups",
        "严重精神障碍患者随访",
        (
            _id(),
            _date("visit_date", "随访日期"),
            _flag("stable", "病情稳定"),
            _flag("hospitalised", "目前住院"),
            _flag("regular_medication", "规律服药"),
        ),
    ),
    RecordTable(
        "tb_patients",
        "肺结核患者管理",
        (
            _id(),
            _date("notified_on", "确诊并通知基层管理的日期"),
            _date("first_visit_on", "第一次入户随访", nullable=True),
            _date("completed_on", "完成治疗 (疗程结束)", nullable=True),
            Column("doses_due", "int", "应服药次数", nullable=True, low=0, high=1000),
            Column("doses_taken", "int", "实际服药次数", nullable=True, low=0, high=1000),
        ),
    ),
    RecordTable(
        "screenings",
        "宫颈癌、乳腺癌筛查",
        (
            _id(),
            Column("kind", "code", "cervical or breast", codes=SCREENINGS),
            _date("screened_on", "筛查日期"),
        ),
    ),
    RecordTable(
        "deaths",
        "死亡",
        (
            _id(),
            _date("died_on", "date of death"),
            _flag("maternal", "孕产妇死亡: in pregnancy or within 42 days after, not an accident"),
        ),
    ),
]

TABLES: dict[str, RecordTable] = {t.name: t for t in _TABLES}


def records_dir(home: Path) -> Path:
    """Where the current records live: ``home/records/current/<table>.parquet``."""
    return home / RECORDS / "current"
