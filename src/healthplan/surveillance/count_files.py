"""The benchmark CSV contract: counts in (``series_id,date,count[,outbreak]``), alarms out
(``series_id,date,alarm,threshold,method,reason``; ``reason`` says why a period was not
judged, empty where it was). Bad input is rejected with the file, row and
field of every problem (up to a limit), nothing half-read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from healthplan.errors import InputError, Problem
from healthplan.i18n import t
from healthplan.model.cells import csv_cell
from healthplan.surveillance.detection import Detection

REQUIRED = ("series_id", "date", "count")
MAX_PROBLEMS = 20
MAX_COUNT = 1e9  # cases in one period of one series: more is a typo (and overflows the fits)
FIRST_DATE = date(1900, 1, 1)


@dataclass
class SeriesGroup:
    """Series that share their first date and length: one aligned count matrix."""

    ids: list[str]
    first: date
    step_days: int
    counts: NDArray[np.float64]  # (series, periods)

    @property
    def dates(self) -> NDArray[np.datetime64]:
        start = np.datetime64(self.first, "D")
        return start + np.arange(self.counts.shape[1]) * np.timedelta64(self.step_days, "D")


@dataclass
class CountData:
    groups: list[SeriesGroup]
    step_days: int  # 7 = weekly, 1 = daily
    n_series: int

    @property
    def daily(self) -> bool:
        return self.step_days == 1


def _problem(file: str, row: int, field: str | None, message: str) -> Problem:
    return Problem(file=file, row=row, field=field, message=message)


def read_counts(path: Path) -> CountData:
    """Read and check an input CSV; raise :class:`InputError` listing every problem."""
    name = str(path)
    if not path.exists():
        raise InputError([Problem(file=name, message=t("file not found"))])
    frame = None
    for encoding in ("utf-8-sig", "gb18030"):  # Excel in China saves CSV as GBK
        try:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding=encoding)
            break
        except UnicodeDecodeError:
            continue
        except (OSError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
            raise InputError(
                [Problem(file=name, message=t("cannot read CSV: {e}", e=exc))]
            ) from None
    if frame is None:
        raise InputError([Problem(file=name, message=t("not a UTF-8 or GBK text file"))])
    frame.columns = [c.strip() for c in frame.columns]
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        raise InputError(
            [
                Problem(file=name, row=1, field=c, message=t("missing column {c}", c=c))
                for c in missing
            ]
        )
    problems: list[Problem] = []
    rows = np.arange(len(frame)) + 2  # spreadsheet row: header is row 1
    sid = frame["series_id"].str.strip()
    for i in np.flatnonzero(sid.eq("").to_numpy())[:MAX_PROBLEMS]:
        problems.append(_problem(name, int(rows[i]), "series_id", t("series_id is empty")))
    dates = pd.to_datetime(frame["date"].str.strip(), format="%Y-%m-%d", errors="coerce")
    outside = (dates < pd.Timestamp(FIRST_DATE)) | (dates > pd.Timestamp(date.today()))
    dates = dates.mask(outside)
    for i in np.flatnonzero(dates.isna().to_numpy())[:MAX_PROBLEMS]:
        problems.append(
            _problem(
                name,
                int(rows[i]),
                "date",
                t(
                    "not a date YYYY-MM-DD from 1900 to today: {v!r}",
                    v=frame["date"].iloc[i],
                ),
            )
        )
    counts = pd.to_numeric(frame["count"].str.strip(), errors="coerce")
    bad = counts.isna() | (counts < 0) | (counts > MAX_COUNT) | (counts != np.floor(counts))
    for i in np.flatnonzero(bad.to_numpy())[:MAX_PROBLEMS]:
        problems.append(
            _problem(
                name,
                int(rows[i]),
                "count",
                t("not a whole number >= 0: {v!r}", v=frame["count"].iloc[i]),
            )
        )
    if problems:
        raise InputError(problems[:MAX_PROBLEMS])
    if len(frame) == 0:
        raise InputError([Problem(file=name, message=t("no data rows"))])
    data = pd.DataFrame(
        {"sid": sid, "date": dates, "count": counts.astype(np.float64), "row": rows}
    ).sort_values(["sid", "date"], kind="stable")
    same = data["sid"].to_numpy()[1:] == data["sid"].to_numpy()[:-1]
    gaps = np.diff(data["date"].to_numpy()).astype("timedelta64[D]").astype(np.int64)
    inner = gaps[same]
    if inner.size == 0:
        raise InputError([Problem(file=name, message=t("every series needs at least 2 periods"))])
    step = int(np.median(inner))
    if step not in (1, 7):
        raise InputError(
            [Problem(file=name, message=t("need weekly or daily spacing; got {d} days", d=step))]
        )
    row_arr = data["row"].to_numpy()
    for i in np.flatnonzero(same & (gaps != step))[:MAX_PROBLEMS]:
        gap = int(gaps[i])
        message = (
            t("duplicate date (also at row {r})", r=int(row_arr[i]))
            if gap == 0
            else t("{g} days after the previous period of this series; expected {s}", g=gap, s=step)
        )
        problems.append(_problem(name, int(row_arr[i + 1]), "date", message))
    if problems:
        raise InputError(problems[:MAX_PROBLEMS])
    return CountData(groups=_group(data, step), step_days=step, n_series=int(data["sid"].nunique()))


def _group(data: pd.DataFrame, step: int) -> list[SeriesGroup]:
    info = data.groupby("sid", sort=True).agg(first=("date", "min"), n=("date", "size"))
    values = data["count"].to_numpy()
    offsets = np.concatenate([[0], np.cumsum(info["n"].to_numpy())])
    position = {s: i for i, s in enumerate(info.index)}
    groups: list[SeriesGroup] = []
    for (first, n), sub in info.groupby(["first", "n"], sort=True):
        ids = list(sub.index)
        mat = np.stack([values[offsets[position[s]] : offsets[position[s]] + n] for s in ids])
        groups.append(
            SeriesGroup(ids=ids, first=pd.Timestamp(str(first)).date(), step_days=step, counts=mat)
        )
    return groups


def write_alarms(
    path: Path,
    ids: list[str],
    dates: NDArray[np.datetime64],
    detection: Detection,
    method: str,
    *,
    append: bool = False,
) -> int:
    """Write one row per series and date; threshold rounded to 4 decimals, empty if none
    (then ``reason`` says why)."""
    alarm = detection.alarm
    n_series, n_dates = alarm.shape
    thr = np.round(detection.threshold.ravel(), 4)
    thr_text = np.where(np.isnan(thr), "", np.char.mod("%.10g", np.nan_to_num(thr)))
    frame = pd.DataFrame(
        {
            "series_id": np.repeat(np.asarray([csv_cell(i) for i in ids], dtype=object), n_dates),
            "date": np.tile(np.datetime_as_string(dates, unit="D"), n_series),
            "alarm": alarm.ravel().astype(np.int8),
            "threshold": thr_text,
            "method": method,
            "reason": detection.reason.ravel(),
        }
    )
    frame.to_csv(path, mode="a" if append else "w", header=not append, index=False)
    return len(frame)
