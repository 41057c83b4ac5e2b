"""Rows of an indicator table (主要发展指标): cells separated by tabs (.docx and .html tables),
``|`` or runs of spaces, e.g. ``健康水平	1	人均预期寿命	岁	78.3	79	预期性``.

A header row naming years (``2020年	2025年``, ``现状值	目标值``) tells which column is the
target and which the baseline; without one the last number is the target and the first the
baseline. The comparator is the one written in the cell (≥95, 95以上), else the indicator's
direction (死亡率, 发病率 … fall; everything else rises).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from healthplan.extraction.clauses import RawTarget
from healthplan.extraction.numbers import UNITS
from healthplan.model.plan import Comparator, Nature

__all__ = ["TableHeader", "header_of", "is_table_row", "row_targets"]

_SPLIT = re.compile(r"\t+|\s*[|│┃]\s*|\s{2,}")  # tabs, bars (also a text table's │), spaces
_CELL_NUMBER = re.compile(
    r"^(?P<sign>[≥≤><＞＜]=?)?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>%|‰)?\s*"
    r"(?P<suffix>及以上|以上|及以下|以下|左右)?$"
)
_YEAR_CELL = re.compile(
    r"^(?:(?P<year>20\d\d)年?(?:目标值?|基期值?|现状值?)?"
    r"|(?P<word>目标值|现状值|基期值|基线值|(?:基期|基线|现状)(?:水平|数值|值)?))$"
)
# The first cell of a table that shares a task out among units (单位 | 预约总数(人次) | …).
_UNIT_COLUMN = re.compile(
    r"^(?:单位|地区|区域|县区|区县|县市区|县[（(]市、?区[)）]|名称|乡镇|辖区)$"
)
_NAME_CELL = re.compile(r"^[^\d]*[\u4e00-\u9fff]{2}[^\d]*$")
_NATURES = {n.label_zh for n in Nature}
_FALLING = re.compile(r"死亡率|发病率|患病率|吸烟率|肥胖率|超重率|流行率|感染率|事故|占比下降|控制")
_UNIT_PAREN = re.compile(r"[（(](?P<unit>[^（()）]{1,8})[)）]$")
_SIGNS = {"≥": Comparator.ge, "≤": Comparator.le, ">": Comparator.gt, "<": Comparator.lt}


@dataclass
class TableHeader:
    """Which cell positions (counted among the row's numeric cells) are target and baseline."""

    target_year: int | None
    target_index: int
    baseline_year: int | None
    baseline_index: int | None
    # every column that is a target, (index, year): 2022年目标值 and 2030年目标值 both are
    targets: tuple[tuple[int, int | None], ...] = ()
    columns: int = 0
    # a table sharing a task out among units: each column's indicator and unit, the rows' first
    # cells the units (scopes)
    names: tuple[tuple[str, str], ...] = ()


def _cells(line: str) -> list[tuple[int, str]]:
    cells, position = [], 0
    for piece in _SPLIT.split(line):
        start = line.find(piece, position)
        position = start + len(piece)
        if piece.strip():
            cells.append((start + len(piece) - len(piece.lstrip()), piece.strip()))
    return cells


def is_table_row(line: str) -> bool:
    """Three cells or more and no sentence — but a last cell may be one (说明：…。), when the
    cells before it are a row of their own (1	…率(%)	14.18	≥22	≥30	预期性	说明：…。)."""
    if not _SPLIT.search(line) or len(_cells(line)) < 3:  # no separator: one cell at most
        return False
    if not re.search(r"[。；]", line):
        return True
    head = line[: line.rfind("\t")] if "\t" in line else ""
    return len(_cells(head)) >= 4 and not re.search(r"[。；]", head)


def header_of(line: str) -> TableHeader | None:
    """A header naming years or 现状值/目标值, or the columns of a table sharing a task out
    among units (单位 | 预约总数(人次) | 志愿者队伍); None when ``line`` is not one."""
    cells = [cell for _, cell in _cells(line)]
    named = [_YEAR_CELL.match(cell) for cell in cells]
    columns = [m for m in named if m]
    first = re.sub(r"\s", "", cells[0]) if cells else ""
    names = len(cells) >= 3 and all(_NAME_CELL.match(cell) for cell in cells[1:])
    if not columns and names and _UNIT_COLUMN.match(first):
        return TableHeader(None, -1, None, None, names=tuple(_named(c) for c in cells[1:]))
    if len(columns) < 2:
        return None
    years = [int(m.group("year")) if m.group("year") else None for m in columns]
    words = [m.group("word") or "" for m in columns]
    if all(y is not None for y in years):
        target = max(range(len(years)), key=lambda i: years[i] or 0)
        base = min(range(len(years)), key=lambda i: years[i] or 0)
    else:
        target = next((i for i, w in enumerate(words) if w.startswith("目标")), len(columns) - 1)
        base = next((i for i, w in enumerate(words) if not w.startswith("目标")), 0)
    base_index = base if base != target else None
    later = [
        (i, y)
        for i, y in enumerate(years)
        if i != base_index
        and (words[i].startswith("目标") or (y is not None and (years[base] or 0) < y))
    ]
    return TableHeader(years[target], target, years[base], base_index, tuple(later), len(columns))


def _named(cell: str) -> tuple[str, str]:
    """A column's indicator and the unit in its brackets (预约总数(人次) → 预约总数, 人次)."""
    paren = _UNIT_PAREN.search(cell)
    if paren:
        return cell[: paren.start()].strip(), paren.group("unit")
    return cell.strip(), ""


def _shares(cells: list[tuple[int, str]], header: TableHeader) -> list[RawTarget]:
    """A row of a table sharing a task out among units: one target per column, its unit the
    row's last name (市本级 | 4500 | 1000)."""
    values = [(at, cell, m) for at, cell in cells if (m := _CELL_NUMBER.match(cell))]
    names = [(at, cell) for at, cell in cells if not _CELL_NUMBER.match(cell)]
    if len(values) != len(header.names) or not names or names[-1][0] > values[0][0]:
        return []
    at, scope = names[-1]
    return [
        RawTarget(
            indicator=name,
            comparator=_SIGNS.get((match.group("sign") or " ")[0], Comparator.eq),
            value=float(match.group("num")),
            value_max=None,
            unit=match.group("unit") or unit,
            start=at,
            end=value_at + len(cell),
            rule="table-share",
            scope=scope,
        )
        for (name, unit), (value_at, cell, match) in zip(header.names, values, strict=True)
    ]


def _direction(indicator: str) -> Comparator:
    return Comparator.le if _FALLING.search(indicator) else Comparator.ge


def row_targets(line: str, header: TableHeader | None) -> tuple[list[RawTarget], Nature | None]:
    """The target one table row states (at most one), with the row's 指标性质."""
    cells = _cells(line)
    if header and header.names:
        return _shares(cells, header), None
    texts = [(at, cell) for at, cell in cells if not _CELL_NUMBER.match(cell)]
    nature = next((Nature.from_label(c) for _, c in texts if c in _NATURES), None)
    unit = next((c for _, c in texts if c in UNITS or c.startswith("/")), "")
    names = [
        (at, c)
        for at, c in texts
        if c not in _NATURES
        and c != unit
        and re.search(r"[\u4e00-\u9fff]{2}", c)
        and not re.match(r"\d+(?:\.\d+)?[（(]", c)  # 35（邵阳市）: a value with a note
    ]
    # the indicator is the last name with numbers after it (序号 and 领域 come before it)
    names = [(at, c) for at, c in names if any(_CELL_NUMBER.match(x) for a, x in cells if a > at)]
    if not names:
        return [], nature
    numbers = [
        (at, cell, m) for at, cell in cells if at > names[-1][0] and (m := _CELL_NUMBER.match(cell))
    ]
    at, indicator = names[-1]
    paren = _UNIT_PAREN.search(indicator)
    if paren and (paren.group("unit") in UNITS or paren.group("unit")[:1] in "%‰/"):
        unit = unit or paren.group("unit")
        indicator = indicator[: paren.start()]
    signed = len(numbers) == 1 and (numbers[0][2].group("sign") or numbers[0][2].group("suffix"))
    if header and header.baseline_index is not None and len(numbers) < 2 and not signed:
        return [], nature  # the target cells say 持续改善: only the baseline is a number
    index = header.target_index if header and header.target_index < len(numbers) else -1
    target_at, target_cell, match = numbers[index]
    unit = match.group("unit") or unit
    sign, suffix = match.group("sign"), match.group("suffix") or ""
    if sign:
        comparator = _SIGNS.get(sign[0].replace("＞", ">").replace("＜", "<"), Comparator.ge)
        if sign.endswith("=") and comparator in (Comparator.gt, Comparator.lt):
            comparator = Comparator.ge if comparator is Comparator.gt else Comparator.le
    elif suffix.endswith("以上"):
        comparator = Comparator.ge
    elif suffix.endswith("以下"):
        comparator = Comparator.le
    else:
        comparator = _direction(indicator)
    baseline = None
    if signed:
        pass  # a baseline of — and a target of ≥70: no baseline
    elif header and header.baseline_index is not None and header.baseline_index < len(numbers):
        baseline = float(numbers[header.baseline_index][2].group("num"))
    elif len(numbers) >= 2 and index == -1:
        baseline = float(numbers[0][2].group("num"))
    raw = RawTarget(
        indicator=indicator,
        comparator=comparator,
        value=float(match.group("num")),
        value_max=None,
        unit=unit,
        start=at,
        end=target_at + len(target_cell),
        rule="table-row",
        baseline_year=header.baseline_year if header else None,
        baseline_value=baseline,
        deadline=header.target_year if header else None,
    )
    if header and len(header.targets) > 1:
        slots = [
            (a, cell, _CELL_NUMBER.match(cell))
            for a, cell in cells
            if a > names[-1][0] and (_CELL_NUMBER.match(cell) or _EMPTY_CELL.match(cell))
        ]
        if len(slots) == header.columns - 1 and header.baseline_index == 0:
            slots = [(0, "", None), *slots]  # no baseline cell at all: the targets are all there
        if len(slots) == header.columns:
            return _each_year(raw, slots, header, indicator), nature
    return [raw], nature


_EMPTY_CELL = re.compile(r"^(?:[—–－\-/]+|无|暂无)$")  # a column the row leaves empty


def _each_year(
    raw: RawTarget,
    slots: list[tuple[int, str, re.Match[str] | None]],
    header: TableHeader,
    name: str,
) -> list[RawTarget]:
    """A row of a table with a target column per year (2022年目标值, 2030年目标值): one
    target per column, each with its year, its own sign or the indicator's direction
    (``slots``: the row's value cells, an empty one — as None — included)."""
    out = []
    for index, year in header.targets:
        at, cell, match = slots[index]
        if match is None:
            continue
        sign = match.group("sign")
        comparator = _SIGNS.get(sign[0], Comparator.ge) if sign else raw.comparator
        if not sign and not match.group("suffix"):
            comparator = _direction(name) if raw.comparator is not Comparator.eq else raw.comparator
        out.append(
            RawTarget(
                indicator=raw.indicator,
                comparator=comparator,
                value=float(match.group("num")),
                value_max=None,
                unit=match.group("unit") or raw.unit,
                start=raw.start,
                end=at + len(cell),
                rule="table-row",
                baseline_year=raw.baseline_year,
                baseline_value=raw.baseline_value,
                deadline=year,
            )
        )
    return out
