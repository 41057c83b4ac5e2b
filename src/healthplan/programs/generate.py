"""A synthetic population and its service records, in the extract format the import reads
(:data:`healthplan.programs.records.TABLES`), for demos and benchmarks.

Residents follow an age-sex pyramid close to the 2020 census; each county or district gets
its own level of disease and of service coverage (drawn from the seed), so the indicators
differ between places the way real ones do. ID numbers are fake but valid: the county's
6-digit code, the birth date, a sequence number whose parity is the sex, and the GB 11643
check character. Everything is drawn in chunks with numpy and streamed to Parquet, so ten
million residents need a few hundred megabytes of memory, not tens of gigabytes.

What a primary-care system holds of these people, at the rates of 国家基本公共卫生服务规范
（第三版） and coverage in the ranges national reports give (each multiplied by the county's
coverage, ×0.85 … ×1.08):

* the services of the year asked for and of the two before (:data:`YEARS`): a system keeps
  every year's, and the 两癌 screening indicators look back three years. The recurrent ones
  are drawn for each of those years: hypertension and diabetes follow-ups (4 a year by the
  规范, ≈ 3.6 drawn a patient a year, every year of registration), the yearly health check of
  people 65+ (70 %, 老年人健康管理率 ≈ 60-70 % nationally), child health checks by the schedule
  (:data:`CHILD_CHECK_MONTHS`, 90 %) and newborn visits (95 %), severe mental disorder
  follow-ups (4 a year), screenings of women 35-64;
* each child's whole immunisation history (≈ 22 doses to age 6, :data:`SCHEDULE`, 96 %):
  the vaccine coverage indicators ask whether a dose due this year was given, and doses are
  given months or years before they are counted;
* the year's births with their pregnancies (建册, 5-6 prenatal examinations, a postpartum
  visit and the 42-day check), deaths, moves, contracts, and everyone's health record.

That makes ≈ 4.8 service records a resident (the issue's "about five"; 5.8 rows with the
residents): ``tests/test_programs_generate.py`` holds the total and each service's coverage
to its range. Tuberculosis management is one row a patient (the doses due and taken), the
record model having no visits for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from healthplan.programs.records import CHILD_CHECK_MONTHS, SCHEDULE, TABLES

__all__ = ["YEARS", "GenerateSummary", "generate_population"]

CHUNK = 200_000
YEARS = 3  # years of recurrent services on record: the year asked for and the two before
# 2020 census shares (%) of 5-year age bands 0-4 … 80-84, 85+.
_PYRAMID = np.array(
    [5.4, 6.4, 6.1, 5.2, 5.3, 6.6, 8.8, 7.0, 6.7, 8.2, 8.6, 7.2, 5.2, 5.0, 3.4, 2.2, 1.4, 0.9]
)
_SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
)
_GIVEN = list(
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文红玉梅军林春海燕宇浩然子涵欣怡"
)
_WEIGHTS = np.array([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], dtype=np.int64)
_CHECK = np.array(list("10X98765432"))
_EPOCH = np.datetime64("1970-01-01", "D")


@dataclass(frozen=True)
class GenerateSummary:
    out: Path
    residents: int
    rows: dict[str, int]


def _days(d: date) -> int:
    return int((np.datetime64(d, "D") - _EPOCH).astype(int))


def _dates(days: np.ndarray, present: np.ndarray | None = None) -> np.ndarray:
    """Epoch days as dates; NaT (an empty cell) where ``present`` is False."""
    out = (_EPOCH + days.astype("timedelta64[D]")).astype("datetime64[s]")
    if present is not None:
        out[~present] = np.datetime64("NaT")
    return out


class _Writer:
    """One Parquet file per table, appended chunk by chunk."""

    def __init__(self, out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.rows = dict.fromkeys(TABLES, 0)

    def write(self, name: str, frame: pd.DataFrame) -> None:
        if frame.empty:
            return
        columns = [c.name for c in TABLES[name].columns]
        table = pa.Table.from_pandas(frame[columns], preserve_index=False)
        table = table.cast(_source_schema(name))
        if name not in self.writers:
            self.writers[name] = pq.ParquetWriter(self.out / f"{name}.parquet", table.schema)
        self.writers[name].write_table(table)
        self.rows[name] += len(frame)

    def close(self) -> None:
        for name in TABLES:
            if name not in self.writers:  # every table present, even when empty
                pq.write_table(_source_schema(name).empty_table(), self.out / f"{name}.parquet")
        for writer in self.writers.values():
            writer.close()


def _source_schema(name: str) -> pa.Schema:
    types = {"date": pa.date32(), "bool": pa.bool_(), "int": pa.int32(), "float": pa.float64()}
    return pa.schema(
        [pa.field(c.name, types.get(c.kind, pa.string())) for c in TABLES[name].columns]
    )


class _Ids:
    """Unique valid ID numbers: per county and birth date, sequence numbers by sex."""

    def __init__(self) -> None:
        self.used: dict[int, int] = {}

    def make(self, area: np.ndarray, birth: np.ndarray, male: np.ndarray) -> np.ndarray:
        ymd = pd.DatetimeIndex(birth)
        yyyymmdd = (ymd.year * 10000 + ymd.month * 100 + ymd.day).to_numpy().astype(np.int64)
        key = (area.astype(np.int64) * 100_000_000 + yyyymmdd) * 2 + male
        frame = pd.DataFrame({"key": key})
        rank = frame.groupby("key").cumcount().to_numpy()
        base = np.array([self.used.get(int(k), 0) for k in key], dtype=np.int64)
        keys, counts = np.unique(key, return_counts=True)
        for k, n in zip(keys.tolist(), counts.tolist(), strict=True):
            self.used[k] = self.used.get(k, 0) + n
        serial = base + rank
        if serial.max(initial=0) >= 500:
            raise ValueError("too many people born on one day in one county for 3-digit serials")
        seq = serial * 2 + male  # odd for men, even for women
        first17 = area.astype(np.int64) * 10**11 + yyyymmdd * 1000 + seq
        digits = (first17[:, None] // 10 ** np.arange(16, -1, -1, dtype=np.int64)) % 10
        check = _CHECK[(digits @ _WEIGHTS) % 11]
        return np.char.add(first17.astype(str), check)


def _names(rng: np.random.Generator, n: int) -> np.ndarray:
    surname = np.array(_SURNAMES)[rng.integers(0, len(_SURNAMES), n)]
    given = np.array(_GIVEN)[rng.integers(0, len(_GIVEN), n)]
    second = np.where(rng.random(n) < 0.7, np.array(_GIVEN)[rng.integers(0, len(_GIVEN), n)], "")
    return np.char.add(np.char.add(surname, given), second)


def _within(
    rng: np.random.Generator, lo: np.ndarray | int, hi: np.ndarray | int, n: int
) -> np.ndarray:
    """Uniform whole days in [lo, hi]."""
    lo_a = np.broadcast_to(np.asarray(lo, dtype=np.int64), (n,))
    hi_a = np.broadcast_to(np.asarray(hi, dtype=np.int64), (n,))
    return lo_a + (rng.random(n) * (np.maximum(hi_a - lo_a, 0) + 1)).astype(np.int64)


def _age_at(birth: np.ndarray, day: int) -> np.ndarray:
    """Completed years at epoch day ``day`` (approximate to the day, exact enough here)."""
    return ((day - birth) // 365.2425).astype(np.int64)


def generate_population(
    population: int,
    out: Path,
    villages: Sequence[str],
    *,
    seed: int = 2024,
    year: int = 2024,
    chunk: int = CHUNK,
    progress: Callable[[int], None] | None = None,
) -> GenerateSummary:
    """Write ``population`` residents living in ``villages`` (12-digit codes whose first six
    digits are the county's) at the start of ``year``, the babies born to them during it and
    everyone's service records of the year to ``out``."""
    rng = np.random.default_rng(seed)
    codes = np.array(sorted(villages))
    if len(codes) == 0:
        raise ValueError("no villages to place residents in")
    weights = rng.uniform(0.5, 1.5, len(codes))
    weights /= weights.sum()
    counties = sorted({c[:6] for c in codes})
    # Each county's disease level and service coverage: ×0.85 … ×1.1 of the typical value.
    disease = {c: rng.uniform(0.85, 1.15) for c in counties}
    coverage = {c: rng.uniform(0.85, 1.08) for c in counties}
    writer = _Writer(out)
    ids = _Ids()
    done = 0
    part = 0
    while done < population:
        n = min(chunk, population - done)
        _chunk(
            np.random.default_rng([seed, part]),
            n,
            year,
            codes,
            weights,
            disease,
            coverage,
            ids,
            writer,
            part,
        )
        done += n
        part += 1
        if progress:
            progress(n)
    writer.close()
    return GenerateSummary(out, writer.rows["residents"], dict(writer.rows))


def _chunk(
    rng: np.random.Generator,
    n: int,
    year: int,
    codes: np.ndarray,
    weights: np.ndarray,
    disease: dict[str, float],
    coverage: dict[str, float],
    ids: _Ids,
    writer: _Writer,
    part: int,
) -> None:
    y0, y1 = _days(date(year, 1, 1)), _days(date(year, 12, 31))
    # Residents alive at the start of the year, and the babies born during it (≈ 6.4 ‰).
    band = rng.choice(len(_PYRAMID), n, p=_PYRAMID / _PYRAMID.sum())
    width = np.where(band == len(_PYRAMID) - 1, 15, 5)
    age_days = ((band * 5 + rng.random(n) * width) * 365.2425).astype(np.int64)
    birth = y0 - 1 - age_days
    male = (rng.random(n) < 0.512).astype(np.int64)
    unit = codes[rng.choice(len(codes), n, p=weights)]
    county = np.array([u[:6] for u in unit])
    dis = np.array([disease[c] for c in county])
    cov = np.array([coverage[c] for c in county])
    age = _age_at(birth, y1)  # age at the end of the year
    female = male == 0

    # Births: mothers aged 20-39, the child lives with the mother.
    mothers = np.flatnonzero(
        female & (age >= 20) & (age < 40) & (rng.random(n) < 0.0064 * 100 / 13)
    )
    nb = len(mothers)
    b_birth = _within(rng, y0, y1, nb)
    b_male = (rng.random(nb) < 0.52).astype(np.int64)
    b_unit = unit[mothers]
    all_birth = np.concatenate([birth, b_birth])
    all_male = np.concatenate([male, b_male])
    all_unit = np.concatenate([unit, b_unit])
    area = np.array([int(u[:6]) for u in all_unit], dtype=np.int64)
    id_numbers = ids.make(area, _dates(all_birth), all_male)
    total = len(all_birth)
    people = pd.DataFrame(
        {
            "id_number": id_numbers,
            "name": _names(rng, total),
            "sex": np.where(all_male == 1, "M", "F"),
            "birth_date": _dates(all_birth),
            "org_unit": all_unit,
            "resident": rng.random(total) < 0.95,
        }
    )
    writer.write("residents", people)
    pid = people["id_number"].to_numpy()
    all_age = _age_at(all_birth, y1)
    all_cov = np.concatenate([cov, cov[mothers]])
    all_dis = np.concatenate([dis, dis[mothers]])

    def rows(name: str, **columns: object) -> None:
        writer.write(name, pd.DataFrame(columns))

    # Moves within the city (2 %) and deaths (Gompertz-like by age; infants 5 ‰).
    movers = np.flatnonzero(rng.random(total) < 0.02)
    rows(
        "moves",
        id_number=pid[movers],
        moved_on=_dates(_within(rng, np.maximum(y0, all_birth[movers] + 1), y1, len(movers))),
        org_unit=codes[rng.integers(0, len(codes), len(movers))],
    )
    q = np.clip(0.0004 * np.exp(0.085 * (all_age - 30)), 0.0002, 0.25)
    q = np.where(all_age < 1, 0.005, q)
    dead = np.flatnonzero(rng.random(total) < q)
    died_on = _within(rng, np.maximum(y0, all_birth[dead]), y1, len(dead))
    rows("deaths", id_number=pid[dead], died_on=_dates(died_on), maternal=np.zeros(len(dead), bool))

    # Health records (建档) and family-doctor contracts.
    filed = np.flatnonzero(rng.random(total) < np.clip(0.9 * all_cov, 0, 0.99))
    created = _within(rng, np.maximum(all_birth[filed], _days(date(2010, 1, 1))), y1, len(filed))
    opened = np.where(rng.random(len(filed)) < 0.5, created + rng.integers(0, 400, len(filed)), -1)
    rows(
        "health_records",
        id_number=pid[filed],
        created_on=_dates(created),
        electronic=rng.random(len(filed)) < 0.95,
        opened_on=_dates(opened, (opened >= 0) & (opened <= y1)),
    )
    c = _Cohort(rng, pid, all_birth, all_age, all_male, all_dis, all_cov, year, y0, y1, rows)
    _contracts(c)
    _chronic(c)
    _elderly(c)
    _children(c)
    _pregnancies(c, pid[mothers], pid[n:], b_birth, cov[mothers], part)
    _smi_tb(c)
    _screenings(c)


Rows = Callable[..., None]


@dataclass(frozen=True)
class _Cohort:
    """One chunk's people (its residents, then the babies born to them), the year's bounds
    in epoch days and where the service records go."""

    rng: np.random.Generator
    pid: np.ndarray
    birth: np.ndarray
    age: np.ndarray  # completed years at the end of the year
    male: np.ndarray
    dis: np.ndarray  # the county's disease level
    cov: np.ndarray  # the county's service coverage
    year: int
    y0: int
    y1: int
    rows: Rows

    def years(self) -> list[tuple[int, int]]:
        """First and last epoch day of each year of services on record (:data:`YEARS`),
        oldest first."""
        return [
            (_days(date(self.year - back, 1, 1)), _days(date(self.year - back, 12, 31)))
            for back in range(YEARS - 1, -1, -1)
        ]


def _contracts(c: _Cohort) -> None:
    p = np.where(c.age >= 65, 0.7, 0.32) * c.cov
    signed = np.flatnonzero(c.rng.random(len(c.pid)) < p)
    start = _within(c.rng, c.y0 - 365, c.y1, len(signed))
    c.rows(
        "contracts",
        id_number=c.pid[signed],
        signed_on=_dates(start),
        ends_on=_dates(start + 364),
    )


def _visits(rng: np.random.Generator, k: np.ndarray, y0: int) -> tuple[np.ndarray, np.ndarray]:
    """``k[i]`` follow-ups of patient i spread over the year: visit j in quarter j mod 4."""
    owner = np.repeat(np.arange(len(k)), k)
    j = np.arange(len(owner)) - np.repeat(np.cumsum(k) - k, k)
    quarter_start = y0 + (j % 4) * 91
    return owner, quarter_start + rng.integers(0, 91, len(owner))


# Follow-ups a patient has in a year (0 … 6) and their shares: the 规范 asks for 4 (one a
# quarter); ≈ 70 % get 4 or more, the 规范管理率 national reports give, before the county's
# coverage lifts some more to 4.
_FOLLOW_UPS = ([0, 1, 2, 3, 4, 5, 6], [0.05, 0.05, 0.08, 0.14, 0.5, 0.1, 0.08])


def _yearly_visits(
    c: _Cohort,
    patients: np.ndarray,
    registered: np.ndarray,
    follow_ups: tuple[list[int], list[float]],
) -> tuple[np.ndarray, np.ndarray]:
    """Registered patients' follow-ups in each year of services on record, from the day of
    registration on: (the patient's place in ``patients``, the epoch day) of each visit."""
    owners, days = [], []
    for start, end in c.years():
        k = c.rng.choice(follow_ups[0], len(patients), p=follow_ups[1])
        lifted = c.rng.random(len(patients)) < c.cov[patients] - 0.85
        owner, day = _visits(c.rng, np.where(lifted, np.maximum(k, 4), k), start)
        day = np.minimum(day, end)
        keep = day >= registered[owner]
        owners.append(owner[keep])
        days.append(day[keep])
    return np.concatenate(owners), np.concatenate(days)


def _chronic(c: _Cohort) -> None:
    prevalence = {
        "htn": np.select(
            [c.age < 18, c.age < 35, c.age < 45, c.age < 55, c.age < 65],
            [0, 0.05, 0.12, 0.25, 0.4],
            0.55,
        ),
        "t2dm": np.select(
            [c.age < 18, c.age < 35, c.age < 45, c.age < 65], [0, 0.02, 0.06, 0.11], 0.2
        ),
    }
    for disease, p in prevalence.items():
        patients = np.flatnonzero(c.rng.random(len(c.pid)) < p * c.dis * 0.5)  # half are managed
        registered = _within(c.rng, _days(date(2012, 1, 1)), c.y1, len(patients))
        c.rows(
            "chronic_registry",
            id_number=c.pid[patients],
            disease=disease,
            registered_on=_dates(registered),
        )
        owner, day = _yearly_visits(c, patients, registered, _FOLLOW_UPS)
        m = len(owner)
        sbp = np.round(c.rng.normal(134, 14, m)).astype(np.int64) if disease == "htn" else None
        dbp = np.round(c.rng.normal(82, 9, m)).astype(np.int64) if disease == "htn" else None
        fpg = np.round(c.rng.lognormal(np.log(6.8), 0.2, m), 1) if disease == "t2dm" else None
        c.rows(
            "chronic_followups",
            id_number=c.pid[patients][owner],
            disease=disease,
            visit_date=_dates(day),
            mode=np.where(c.rng.random(m) < 0.9, "face", "phone"),
            sbp=pd.array(sbp if sbp is not None else [None] * m, dtype="Int64"),
            dbp=pd.array(dbp if dbp is not None else [None] * m, dtype="Int64"),
            fpg=pd.array(fpg if fpg is not None else [None] * m, dtype="Float64"),
        )


def _elderly(c: _Cohort) -> None:
    """The yearly health check of people 65+ (70 % of them before the county's coverage;
    老年人健康管理率 is 60-70 % in national reports), 72 % with 中医药健康管理."""
    for start, end in c.years():
        old = np.flatnonzero(
            (_age_at(c.birth, end) >= 65) & (c.rng.random(len(c.pid)) < 0.7 * c.cov)
        )
        birthday65 = c.birth[old] + int(65 * 365.2425) + 1
        day = _within(c.rng, np.maximum(start, birthday65), end, len(old))
        c.rows(
            "elderly_checks",
            id_number=c.pid[old],
            check_date=_dates(day),
            tcm=c.rng.random(len(old)) < 0.72,
        )


def _children(c: _Cohort) -> None:
    """Newborn visits (95 %) and child health checks by the schedule (90 %, before the
    county's coverage) in the years of services on record; every dose of the schedule
    (96 %) each child under 8 has had, whenever given."""
    first = c.years()[0][0]
    born = np.flatnonzero(c.birth >= first)  # this year's babies and the years' before
    visited = born[c.rng.random(len(born)) < 0.95]
    c.rows(
        "newborn_visits",
        id_number=c.pid[visited],
        visit_date=_dates(c.birth[visited] + c.rng.integers(3, 26, len(visited))),
    )
    # The last check (6 years) of a child 8 at the year's end fell in the first year.
    older = np.flatnonzero(c.age < 9)
    for months in CHILD_CHECK_MONTHS:
        due = c.birth[older] + int(months * 30.44)
        day = due + c.rng.integers(0, 20, len(older))
        ok = (day >= first) & (day <= c.y1) & (c.rng.random(len(older)) < 0.9 * c.cov[older])
        c.rows("child_checks", id_number=c.pid[older[ok]], check_date=_dates(day[ok]))
    kids = np.flatnonzero(c.age < 8)
    for vaccine, ages in SCHEDULE.items():
        for dose, months in enumerate(ages, start=1):
            day = c.birth[kids] + int(months * 30.44) + c.rng.integers(0, 25, len(kids))
            ok = (day <= c.y1) & (c.rng.random(len(kids)) < np.clip(0.96 * c.cov[kids], 0, 0.995))
            c.rows(
                "immunisations",
                id_number=c.pid[kids[ok]],
                vaccine=vaccine,
                dose=dose,
                given_on=_dates(day[ok]),
            )


def _pregnancies(
    c: _Cohort,
    mothers: np.ndarray,
    babies: np.ndarray,
    delivered: np.ndarray,
    cov: np.ndarray,
    part: int,
) -> None:
    n = len(mothers)
    ids = np.char.add(f"P{part:04d}-", np.arange(n).astype(str))
    week = np.where(
        c.rng.random(n) < 0.88 * cov, c.rng.integers(6, 13, n), c.rng.integers(13, 28, n)
    )
    registered = delivered - (39 - week) * 7
    c.rows(
        "pregnancies",
        pregnancy_id=ids,
        id_number=mothers,
        registered_on=_dates(registered),
        registered_week=week,
        first_exam_on=_dates(registered, c.rng.random(n) < 0.96),
        delivered_on=_dates(delivered),
    )
    exams = c.rng.choice([2, 3, 4, 5, 6, 7, 8], n, p=[0.02, 0.04, 0.06, 0.3, 0.3, 0.18, 0.1])
    owner = np.repeat(np.arange(n), exams)
    span = delivered[owner] - registered[owner]
    c.rows(
        "prenatal_visits",
        pregnancy_id=ids[owner],
        visit_date=_dates(registered[owner] + (c.rng.random(len(owner)) * span).astype(np.int64)),
    )
    # 产后访视 within days of the return home (93 %), then the 产后42天健康检查 (90 % of
    # those visited).
    seen = np.flatnonzero(c.rng.random(n) < 0.93 * cov)
    checked = seen[c.rng.random(len(seen)) < 0.9]
    day = np.concatenate(
        [
            delivered[seen] + c.rng.integers(3, 21, len(seen)),
            delivered[checked] + c.rng.integers(42, 57, len(checked)),
        ]
    )
    c.rows(
        "postpartum_visits",
        pregnancy_id=ids[np.concatenate([seen, checked])],
        visit_date=_dates(np.minimum(day, c.y1 + 60)),
    )
    c.rows("births", id_number=babies, pregnancy_id=ids, birth_date=_dates(delivered))


# Severe mental disorder follow-ups a patient has in a year (1 … 6): the 规范 asks for 4.
_SMI_FOLLOW_UPS = ([1, 2, 3, 4, 5, 6], [0.05, 0.05, 0.1, 0.6, 0.1, 0.1])


def _smi_tb(c: _Cohort) -> None:
    smi = np.flatnonzero((c.age >= 18) & (c.rng.random(len(c.pid)) < 0.006))
    registered = _within(c.rng, _days(date(2010, 1, 1)), c.y1, len(smi))
    c.rows("smi_registry", id_number=c.pid[smi], registered_on=_dates(registered))
    owner, day = _yearly_visits(c, smi, registered, _SMI_FOLLOW_UPS)
    m = len(owner)
    c.rows(
        "smi_followups",
        id_number=c.pid[smi][owner],
        visit_date=_dates(day),
        stable=c.rng.random(m) < 0.85,
        hospitalised=c.rng.random(m) < 0.05,
        regular_medication=c.rng.random(m) < 0.6 * c.cov[smi][owner],
    )
    tb = np.flatnonzero(c.rng.random(len(c.pid)) < 0.0005)
    notified = _within(c.rng, c.y0 - 180, c.y1, len(tb))
    completed = notified + 180
    taken = np.where(
        c.rng.random(len(tb)) < 0.93,
        c.rng.integers(162, 181, len(tb)),
        c.rng.integers(60, 162, len(tb)),
    )
    done = completed <= c.y1
    c.rows(
        "tb_patients",
        id_number=c.pid[tb],
        notified_on=_dates(notified),
        first_visit_on=_dates(
            notified + c.rng.integers(0, 4, len(tb)), c.rng.random(len(tb)) < 0.95
        ),
        completed_on=_dates(completed, done),
        doses_due=pd.array(np.where(done, 180, 0), dtype="Int64"),
        doses_taken=pd.array(np.where(done, taken, 0), dtype="Int64"),
    )


# Share of women 35-64 screened in a year, before the county's coverage: three years of it
# leave about a third covered, in the range the national surveys report (宫颈癌 36.8 % of
# women 35-64 in 2023, 中国疾病预防控制中心周报).
_SCREENED_A_YEAR = {"cervical": 0.14, "breast": 0.12}


def _screenings(c: _Cohort) -> None:
    """两癌筛查 of women aged 35-64, this year and the two before (the indicators look
    back three years)."""
    for start, end in c.years():
        age = _age_at(c.birth, end)
        women = np.flatnonzero((c.male == 0) & (age >= 35) & (age < 65))
        for kind, share in _SCREENED_A_YEAR.items():
            screened = women[c.rng.random(len(women)) < share * c.cov[women]]
            c.rows(
                "screenings",
                id_number=c.pid[screened],
                kind=kind,
                screened_on=_dates(_within(c.rng, start, end, len(screened))),
            )
