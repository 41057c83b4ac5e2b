"""The 序时进度 judgement of one target for one org unit: a pure function of the target, its
baseline, the plan period, the unit's series and the date of the assessment.

The written rules (tests/data/assessment/RULES.md, and docs/monitoring.md "How a row is
judged") in brief:

- the window runs from the start (the end of the baseline year when a baseline is given, else
  1 January of the plan's first year) to the end of the deadline year;
- the data used is the latest period ending on or before the as-of date (and, once the
  deadline has passed, on or before the end of the deadline year); its end is the time of the
  judgement, so the as-of date itself moves nothing;
- elapsed = whole months from the start to the end of that period / months in the window;
- relative targets resolve against the baseline (``%`` multiplies, ``百分点`` or ``岁`` add);
- 序时进度 = baseline + (target − baseline) × elapsed for a level with a baseline, target ×
  elapsed for a count (baseline 0), the target itself for a level without a baseline;
- the actual is rounded to the published precision before any comparison;
- before the deadline: met, on_schedule, behind (shortfall within a tolerance of the planned
  progress, or of the target without a baseline), far_behind, or no_data; after it the
  judgement is final, on the deadline year's data only: met, not_met or no_data.

Everything a bulletin prints about a target row is decided here and nowhere else; the
store-backed assessment gathers the inputs and calls :func:`judge` for every row.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

import yaml

from healthplan.errors import InputError, Problem
from healthplan.i18n import N_, t
from healthplan.model import Comparator, Period, PeriodType

__all__ = [
    "Judgement",
    "Measure",
    "Status",
    "Tolerances",
    "at_precision",
    "judge",
    "judge_case",
    "judge_cases",
    "published_decimals",
    "resolve_target",
]


class Status(StrEnum):
    """The judgement of a target row. Values are the ids the JSON output and the rules use."""

    met = "met"  # 达标
    on_schedule = "on_schedule"  # 序时达标
    behind = "behind"  # 滞后
    far_behind = "far_behind"  # 严重滞后
    not_met = "not_met"  # 未达标 (final)
    no_data = "no_data"  # 无数据
    no_baseline = "no_baseline"  # 无基线

    @property
    def label_zh(self) -> str:
        return _STATUS_ZH[self]

    @property
    def label(self) -> str:
        """The label in the language of the session (Chinese unless ``--lang en``)."""
        return t(_LABELS[self])


_STATUS_ZH = {
    Status.met: "达标",
    Status.on_schedule: "序时达标",
    Status.behind: "滞后",
    Status.far_behind: "严重滞后",
    Status.not_met: "未达标",
    Status.no_data: "无数据",
    Status.no_baseline: "无基线",
}
_LABELS = {
    Status.met: N_("met"),
    Status.on_schedule: N_("on schedule"),
    Status.behind: N_("behind"),
    Status.far_behind: N_("far behind"),
    Status.not_met: N_("not met"),
    Status.no_data: N_("no data"),
    Status.no_baseline: N_("no baseline"),
}


class Measure(Enum):  # not a StrEnum: its member ``count`` would shadow str.count
    """How a series measures a target: a ``level`` (rate, ratio, stock: the latest value is
    the actual) or a ``count`` (completions per period: the actual is their sum since the
    start)."""

    level = "level"
    count = "count"


@dataclass(frozen=True)
class Tolerances:
    """Where 滞后 ends and 严重滞后 begins; an installation may set its own."""

    # shortfall from 序时进度 as a share of the progress planned to date (|序时进度 − baseline|)
    of_progress: float = 0.20
    # without a baseline: shortfall as a share of the target
    of_target: float = 0.05


@dataclass(frozen=True)
class Judgement:
    status: Status
    expected: float | None  # 序时进度 at the end of the data used
    target_value: float | None  # absolute target after resolving a relative one
    final: bool
    data_through: str | None  # period id of the latest value used
    actual: float | None = None  # at published precision
    elapsed: float | None = None
    upper_met: bool | None = None  # for a range (2至3个): whether the upper bound is reached
    missing: list[str] = field(default_factory=list)  # months without a value before the data
    higher_is_better: bool = True  # the target's direction: which way is ahead

    def as_record(self) -> dict[str, object]:
        return {
            "status": self.status.value,
            "expected": self.expected,
            "target_value": self.target_value,
            "final": self.final,
            "data_through": self.data_through,
            "actual": self.actual,
            "elapsed": self.elapsed,
            "upper_met": self.upper_met,
            "missing": list(self.missing),
        }


def resolve_target(
    comparator: Comparator, value: float, unit: str, baseline: float | None
) -> float | None:
    """The absolute value a target commits to; ``None`` for a relative target without a
    baseline. ``提高15%`` multiplies the baseline; ``提高2个百分点`` and ``提高1岁`` add to it."""
    if comparator not in (Comparator.increase_by, Comparator.decrease_by):
        return value
    if baseline is None:
        return None
    sign = 1 if comparator is Comparator.increase_by else -1
    if unit == "%":
        return baseline * (1 + sign * value / 100)
    return baseline + sign * value  # 百分点, 岁, 个: the change itself


def judge(
    *,
    comparator: Comparator | str,
    value: float,
    unit: str = "",
    deadline: int,
    plan_period: tuple[int, int],
    series: Mapping[str, float | None] | Mapping[Period, float | None],
    as_of: date,
    measure: Measure | str = Measure.level,
    baseline: float | None = None,
    baseline_year: int | None = None,
    value_max: float | None = None,
    decimals: int | None = None,
    tolerances: Tolerances | None = None,
    higher_is_better: bool | None = None,
) -> Judgement:
    """Judge one target for one org unit. ``series`` maps period ids (``2023``, ``2024M06``)
    to values; a monthly value of a level indicator is its year-to-date value.
    ``higher_is_better`` (the indicator's direction) decides which way is ahead for ``=``
    where the target and baseline do not say; the comparator decides for the others."""
    comparator = Comparator(comparator)
    measure = Measure(measure)
    tol = tolerances or Tolerances()
    # the window starts after the baseline year only when a baseline is given (rule 1)
    if baseline is not None and baseline_year is not None:
        start = date(baseline_year + 1, 1, 1)
    else:
        start = date(plan_period[0], 1, 1)
    window_end = date(deadline, 12, 31)
    final = as_of > window_end
    cutoff = min(as_of, window_end)
    target_value = resolve_target(comparator, value, unit, baseline)
    higher = _higher_is_better(comparator, measure, target_value, baseline, higher_is_better)
    if measure is Measure.count:
        baseline = 0.0  # a count is measured from nothing at the start (rule 5)

    points = sorted(
        ((Period.parse(p), v) for p, v in series.items() if v is not None and math.isfinite(v)),
        key=lambda pv: (pv[0].end, pv[0].start),
    )
    in_window = [(p, v) for p, v in points if p.start >= start and p.end <= cutoff]
    if final:
        deadline_year = [(p, v) for p, v in in_window if p.start.year == deadline]
        used = deadline_year[-1] if deadline_year else None
    else:
        used = in_window[-1] if in_window else None

    def result(status: Status, expected: float | None = None, **extra: object) -> Judgement:
        return Judgement(
            status=status,
            expected=None if final or expected is None else round(expected, 4),
            target_value=None if target_value is None else round(target_value, 6),
            final=final,
            data_through=used[0].id if used else None,
            missing=_missing_months(in_window, start, used[0] if used else None),
            higher_is_better=higher,
            **extra,  # type: ignore[arg-type]
        )

    if target_value is None:
        actual = at_precision(used[1], decimals) if used and measure is Measure.level else None
        return result(Status.no_baseline, actual=actual)
    if used is None:
        return result(Status.no_data)
    through = used[0]
    if measure is Measure.count:
        done = [(p, v) for p, v in in_window if p.end <= through.end]
        # a period reported both as a whole and in parts (2023 and its months) counts once
        raw = sum(v for p, v in done if not any(q != p and q.contains(p) for q, _ in done))
    else:
        raw = used[1]
    actual = at_precision(raw, decimals)
    elapsed = _months(start, through.end) / max(_months(start, window_end), 1)
    elapsed = min(max(elapsed, 0.0), 1.0)

    upper_met = None
    if value_max is not None:
        upper_met = actual >= value_max if higher else actual <= value_max
    if _satisfies(comparator, measure, actual, target_value, higher):
        return result(
            Status.met,
            _expected(measure, baseline, target_value, elapsed),
            actual=actual,
            elapsed=elapsed,
            upper_met=upper_met,
        )
    if final:
        return result(Status.not_met, actual=actual, elapsed=elapsed, upper_met=upper_met)

    expected = _expected(measure, baseline, target_value, elapsed)
    shortfall = (expected - actual) if higher else (actual - expected)
    if shortfall <= 0:
        status = Status.on_schedule
    else:
        if baseline is not None:
            allowed = tol.of_progress * abs(expected - baseline)
        else:
            allowed = tol.of_target * abs(target_value)
        status = Status.behind if shortfall <= allowed + 1e-9 else Status.far_behind
    return result(status, expected, actual=actual, elapsed=elapsed, upper_met=upper_met)


def _expected(measure: Measure, baseline: float | None, target: float, elapsed: float) -> float:
    if baseline is None:
        return target
    return baseline + (target - baseline) * elapsed


def _higher_is_better(
    comparator: Comparator,
    measure: Measure,
    target: float | None,
    baseline: float | None,
    direction: bool | None,
) -> bool:
    if comparator in (Comparator.le, Comparator.lt, Comparator.decrease_by):
        return False
    if comparator is not Comparator.eq:
        return True
    if measure is Measure.level and baseline is not None and target is not None:
        return target >= baseline
    return True if direction is None else direction


def _satisfies(
    comparator: Comparator, measure: Measure, actual: float, target: float, higher: bool
) -> bool:
    match comparator:
        case Comparator.gt:
            return actual > target
        case Comparator.lt:
            return actual < target
        case Comparator.eq if measure is Measure.level:
            return math.isclose(actual, target, abs_tol=1e-9)
        case _:
            # a count to complete meets "= N" when it reaches N; relative targets and
            # 以上/以下 bounds are met on reaching the resolved value
            return actual >= target - 1e-9 if higher else actual <= target + 1e-9


# Decimals that health statistics bulletins print by unit (婴儿死亡率5.4‰, 孕产妇死亡率
# 16.9/10万, 人均预期寿命78.2岁, 每千人口执业医师3.04人, 床位6.92张): per-thousand and
# per-ten-thousand resources take two, rates and ages one, counts none.
_DECIMALS_BY_UNIT = [
    (("/千人", "/万人", "千人口", "万人口"), 2),
    (("%", "‰", "/10万", "岁", "百分点"), 1),
    (("个", "家", "张", "所", "人", "次", "名", "床", "项", "例", "座", "台", "户", "支"), 0),
]


def published_decimals(unit: str, *written: float | None) -> int:
    """The precision a figure in ``unit`` is published at: the bulletin convention for the
    unit, or more when the plan itself writes the target finer (每千人口床位4.03张)."""
    decimals = next((d for units, d in _DECIMALS_BY_UNIT if any(u in unit for u in units)), 2)
    for value in written:
        if value is not None:
            exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
            decimals = max(decimals, -exponent if isinstance(exponent, int) else 0)
    return decimals


def at_precision(value: float, decimals: int | None) -> float:
    """``value`` rounded half up to ``decimals`` (None: as it is)."""
    if decimals is None:
        return value
    # half up from the shortest decimal text of the figure, as published figures are
    # rounded: round() would take 13.05 (binary 13.0499…) to 13.0
    exact = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return float(exact)


def _months(start: date, last_day: date) -> int:
    """Whole months from ``start`` to the end of ``last_day``."""
    months = (last_day.year - start.year) * 12 + last_day.month - start.month
    # a period ending on the last day of its month completes that month
    next_day = date.fromordinal(last_day.toordinal() + 1)
    if next_day.month != last_day.month:
        months += 1
    return max(months, 0)


def _missing_months(
    in_window: list[tuple[Period, float]], start: date, through: Period | None
) -> list[str]:
    """Months without a value between the first monthly value of the window (or 1 January of
    its year) and the data used: a gap in monthly reporting. Annual series are not asked for
    months."""
    if through is None or through.type is not PeriodType.month:
        return []
    monthly = [p for p, _ in in_window if p.type is PeriodType.month and p.end <= through.end]
    covered = {(p.year, p.index) for p in monthly}
    first = max(start, date(monthly[0].year, 1, 1))
    year, month = first.year, first.month
    missing: list[str] = []
    while (year, month) < (through.year, through.index):
        if (year, month) not in covered:
            missing.append(f"{year}M{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return missing


def judge_cases(path: Path) -> list[dict[str, object]]:
    """Judge every case of a case file (the format of ``tests/data/assessment/cases.yaml``:
    plan_period, target, measure, series, as_of) with no store: the records that
    ``healthplan assess --cases FILE --json`` prints, one per case, with its ``id``."""
    try:
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError([Problem(str(path), t("file not found"))]) from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        reason = getattr(error, "problem", None) or type(error).__name__
        raise InputError([Problem(str(path), t("not a YAML case file: {e}", e=reason))]) from None
    if not isinstance(cases, list):
        raise InputError([Problem(str(path), t("a case file is a list of cases"))])
    records: list[dict[str, object]] = []
    problems: list[Problem] = []
    for number, case in enumerate(cases, start=1):
        where = str(case.get("id", number)) if isinstance(case, dict) else str(number)
        try:
            records.append({"id": where, **judge_case(case).as_record()})
        except (KeyError, TypeError, ValueError) as error:
            field_name = error.args[0] if isinstance(error, KeyError) else None
            message = (
                t("case {case}: missing field", case=where)
                if field_name
                else t("case {case}: {e}", case=where, e=error)
            )
            problems.append(Problem(str(path), message, row=number, field=field_name))
    if problems:
        raise InputError(problems)
    return records


def judge_case(case: Any) -> Judgement:
    """Judge one case of a case file (a mapping as :func:`judge_cases` reads it); a missing
    field raises ``KeyError``, a wrong one ``TypeError`` or ``ValueError``."""
    target = case["target"]
    as_of = case["as_of"]
    if not isinstance(as_of, date):
        as_of = date.fromisoformat(str(as_of))
    first, last = case["plan_period"]
    return judge(
        comparator=target["comparator"],
        value=float(target["value"]),
        unit=str(target.get("unit", "")),
        deadline=int(target["deadline"]),
        plan_period=(int(first), int(last)),
        series={str(k): v for k, v in (case.get("series") or {}).items()},
        as_of=as_of,
        measure=case.get("measure", "level"),
        baseline=target.get("baseline"),
        baseline_year=target.get("baseline_year"),
        value_max=target.get("value_max"),
        decimals=target.get("decimals"),
    )
