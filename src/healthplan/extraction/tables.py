"""Rows of an indicator table (主要发展指标): cells separated by tabs (.docx and .html tables),
``|`` or runs of spaces, e.g. ``健康水平	1	人均预期寿命	岁	78.3	79	预期性``.

A header row naming years (``2020年	2025年``, ``现状值	目标值``, ``2020年完成情况
2020年规划目标``, a header cell a page broke after its year) tells which column is the
target and which the baseline or the value achieved; without one the last number is the
target and the first the baseline. The comparator is the one written in the cell (≥95,
95以上); a bare cell is ``=``, as a bare value in prose is. A target cell written as words
(比2015年降低10个百分点) is read by the clause rules, with the row's indicator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from healthplan.extraction.clauses import RawTarget, clause_targets
from healthplan.extraction.numbers import UNITS
from healthplan.extraction.rules import split
from healthplan.extraction.scanning import scanning
from healthplan.extraction.text import PROGRESS_COLUMN, TASK_COLUMN, TASK_TABLE_COLUMN
from healthplan.model.plan import Comparator, Nature

__all__ = [
    "TableHeader",
    "goal_column",
    "header_of",
    "is_table_row",
    "prose_cells",
    "row_targets",
    "stacked_header",
    "wrapped_tail",
]

_SPLIT = scanning(r"\t+|\s*[|│┃]\s*|\s{2,}")  # tabs, bars (also a text table's │), spaces
# a count said with its unit in the cell (新建托育点 | 10个, 免费接种 | 3万人) is a value cell too
_COUNT_UNITS = "人次|剂次|场次|个|家|所|名|人|例|张|台|辆|处|场|次|户|对|座|条|支|项|间|套"
_CELL_NUMBER = re.compile(
    r"^(?P<sign>[≥≤><＞＜]=?)?\s*(?P<num>\d+(?:\.\d+)?)\s*"
    rf"(?:(?P<unit>%|‰)|(?P<tenk>万)?(?P<count>{_COUNT_UNITS}))?\s*"
    r"(?P<suffix>及以上|以上|及以下|以下|左右)?$"
)
# Words naming a column of goals, and of values achieved or measured before them
_GOAL_WORDS = (
    r"规划目标|(?:工作|年度|任务|近期|中期|远期)?目标(?:值|指标)?"  # 近期目标（2025年）
    r"|规划值|预期目标|预期值|标准值|指标值"
)
_DONE_WORDS = (
    r"完成情况|完成值|实际完成|实际值|目标完成值|评价指标值|(?:基期|基线|现状)(?:水平|数值|值)?"
    r"|基数|基准值?"  # 2020年基数 | 2025年目标
)
_YEAR_CELL = re.compile(
    rf"^(?:[（(]截[至止](?P<since>20\d\d)年[底末][)）]"  # (截至2011年底): the level before
    rf"|(?P<year>20\d\d)年?(?:度|末|底)?(?:全[省市县区]|本[省市县区])?(?P<what>{_GOAL_WORDS}|{_DONE_WORDS})?"
    rf"|(?P<word>{_GOAL_WORDS}|{_DONE_WORDS}))$"
)
_BARE_YEAR = re.compile(r"^20\d\d年?(?:度|末|底)?$")  # 2025年末: the year's end, its year
_WORD_THEN_YEAR = re.compile(
    rf"^(?P<word>{_GOAL_WORDS}|{_DONE_WORDS})[（(](?P<year>20\d\d年?)度?[)）]$"
)
_YEAR_THEN_WORD = re.compile(
    rf"^(?P<year>20\d\d年?度?)[（(](?P<word>{_GOAL_WORDS}|{_DONE_WORDS})[)）]$"
)
_YEAR_GAP = re.compile(r"(?<=20\d\d)\s+(?=年)")
_YEAR_ALONE = re.compile(r"^[（(](?P<year>20\d\d年?度?)[)）]$")
# a footnote's mark after a name or a header (人均预期寿命①, 孕产妇死亡率*, 2025年目标值※)
_NOTE_MARK = re.compile(r"[\u2460-\u2473\u2776-\u277f*＊※★☆▲△#＃]+|[¹²³\u2074-\u2079]+$")
# a row naming a sum budgeted, invested or allotted (预算金额, 总投资, 专项资金); a rate judging a
# budget (预算执行率) and a sum paid to each (人均补助经费) are no such row
_BUDGET_ROW = re.compile(
    r"^(?!.*(?:率|每|人均|标准))(?:.*)(?:预算|投资|投入|资金|经费)(?:总?额|金额|总计|合计)?$"
)
_TOTAL_COLUMN = re.compile(r"合\s*计|总\s*计|小\s*计")  # a column, or a row, adding up others
_SCORE_CELL = re.compile(r"(?:分值|分数|权重|满分|标准分)(?:[（(]分[)）])?")
_COLUMN_WORD = re.compile(rf"^(?:{_GOAL_WORDS}|{_DONE_WORDS})$")
_GOAL_WORD = re.compile(rf"(?:{_GOAL_WORDS})$")
# A form's header cell on a line of its own naming its goals' column (目标值, 2020年规划目标)
_GOAL_COLUMN_LINE = re.compile(
    r"\s*(?:20\d\d年?度?)?(?:规划目标|目标值|规划值|预期目标|标准值|指标值)\s*"
)


def goal_column(line: str) -> bool:
    """Whether ``line`` is a form's header cell naming the column of its goals: the form's
    cells state goals even in a report of work done."""
    return _GOAL_COLUMN_LINE.fullmatch(line) is not None


# The first cell of a table that shares a task out among units (单位 | 预约总数(人次) | …).
_UNIT_COLUMN = re.compile(
    r"^(?:单位|地区|区域|县区|区县|县市区|县[（(]市、?区[)）]|名称|乡镇|辖区)$"
)
_NUMBER_COLUMN = re.compile(r"序号|编号")
# the row of a table sharing a task out that adds up its units' shares: the whole's, no unit's
_TOTAL_ROW = re.compile(r"合\s*计|总\s*计|全\s*[省市县区]")
_NAME_CELL = re.compile(r"^[^\d]*[\u4e00-\u9fff]{2}[^\d]*$")
_NATURES = {n.label_zh for n in Nature}
# A unit cell of a rate per population (1/10万, /10万)
_PER_UNIT = re.compile(r"\d*/\d*[十百千万]+")
_NOTE_CELL = re.compile(r"[(（][^()（）]*[)）]")  # (市级测算): a note on the value before it
_UNIT_PAREN = re.compile(r"[（(](?P<unit>[^（()）]{1,8})[)）]$")
# a column of the yearly growth rate set (年均增长(%), 年均增速%)
_GROWTH_CELL = re.compile(r"年均(?:增长|增速|增幅)(?:率)?[（(]?%[)）]?")
# a unit in a name's brackets counting in ten thousands or hundred millions (床位数(万张))
_SCALED_UNIT = re.compile(r"(?P<scale>万|亿)(?P<unit>.+)")
_SCALES = {"万": 1e4, "亿": 1e8}
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
    goal_named: bool = False  # a column's header says it holds goals (规划目标, 目标值)
    # a column of the yearly growth the plan sets (年均增长(%)), counted as ``target_index``
    growth: int | None = None
    unit: str = ""  # the unit the header gives the values (2025年（%）)
    # a report's table of tasks and what was done of them (实事项目名称 | 完成情况 | 占全年计划):
    # the task's cell states the planned figure, the number cells only progress
    tasks_named: bool = False
    # such a table with a column of each task's planned figure (项目 | 年度任务 | 完成数 | 完成率):
    # a row whose task cells state none has it in its first number cell after the task's name
    planned: bool = False
    # a column adding up the year columns before it (2025年 | 2026年 | 2027年 | 合计), counted
    # among the number columns: its cell is no year's
    total: int | None = None


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
    cells before it are a row of their own (1	…率(%)	14.18	≥22	≥30	预期性	说明：…。). Two
    barred cells the view parted by a tab are a row too (目标任务 |	进展情况 |)."""
    if not _SPLIT.search(line):  # no separator: one cell at most
        return False
    cells = len(_cells(line))
    # a table printed one cell a line, its rows joined by the view: its prose cells stay one row
    if cells < 3 and not (cells == 2 and "\t" in line and "|" in line):
        return False
    if not re.search(r"[。；]", line):
        return True
    head = line[: line.rfind("\t")] if "\t" in line else ""
    return len(_cells(head)) >= 4 and not re.search(r"[。；]", head)


# a cell stating a goal in words (全市孕产妇系统管理率达到90%以上): a verb or a sign that compares,
# then a value — as a work plan's table writes its goals
_STATED = re.compile(
    r"(?:达到|达|不低于|不少于|不高于|不超过|控制在|保持在|稳定在|提高到|提高至|提升到|提升至|降低到|降至"
    r"|下降到|下降至|[≥≤＞＜<>≧≦])\s*\d"
)


def prose_cells(line: str) -> bool:
    """Whether a row of cells holds a cell that states a goal in words (a work plan's
    table: 工作任务 | 工作目标 | 完成时限 | 责任单位), to be read by the clause rules."""
    return any(
        len(cell) >= 8 and _STATED.search(cell) and not _CELL_NUMBER.match(cell)
        for _, cell in _cells(line)
    )


_WRAPPED = re.compile(r"[\u4e00-\u9fff（）()、]{1,12}")


def wrapped_tail(following: str, after: str) -> str:
    """The end of a row's name a conversion wrapped onto a line of its own between two rows
    (每千人口执业（助理） | 人 | 2.8 | 3.2 ⏎ 医师数 ⏎ 孕产妇系统管理率 | % | …), else ``""``: a
    short run of words alone on ``following``, a row or nothing on the line ``after`` it — not
    a header: words over a table's header are the next table's title (主要任务清单)."""
    tail = following.strip()
    if not _WRAPPED.fullmatch(tail) or tail in _NATURES or _UNIT_COLUMN.match(tail):
        return ""
    if not after.strip():
        return tail
    return tail if is_table_row(after) and header_of(after) is None else ""


# a column of the figure each task plans (年度任务, 计划任务数), before what was done of it, and
# how a row is read by it: the first number after the task's name the goal
_PLANNED_COLUMN = re.compile(r"(?:年度|计划|目标)?任务(?:数|量)|(?:年度|计划|目标)任务")
_PLANNED = TableHeader(None, 0, None, None, (), 1, goal_named=True)


def header_of(
    line: str, period: tuple[int | None, int | None] = (None, None)
) -> TableHeader | None:
    """A header naming years or 现状值/目标值, or the columns of a table sharing a task out
    among units (单位 | 预约总数(人次) | 志愿者队伍); None when ``line`` is not one. ``period``:
    the plan's first and last year, where known; years of a header all within it are goals."""
    cells: list[str] = []
    units: list[str] = []  # 2025年（%）: the unit of the column's values
    # 2025年 | 2026年 | 2027年 ⏎ | | 目标值 | |: a header's two rows of bars, joined by a tab
    # (the view's), the words alone in the second
    rows = line.split("\t") if "|" in line else []
    below = len(rows) == 2 and all(
        _COLUMN_WORD.match(re.sub(r"\s", "", c)) for _, c in _cells(rows[1])
    )
    for _, written in _cells(line):  # 2020年⏎规划目标: one header cell a page broke after its year
        written = _YEAR_GAP.sub("", _NOTE_MARK.sub("", written))  # 2020 年: a PDF's gap
        if _COLUMN_WORD.match(re.sub(r"\s", "", written)):
            written = re.sub(r"\s", "", written)  # 目 标 指 标: a Word table's spaced-out words
        cell = _WORD_THEN_YEAR.sub(r"\g<year>\g<word>", written)
        cell = _YEAR_THEN_WORD.sub(r"\g<year>\g<word>", cell)  # 2020年（基期）: 2020年基期
        cell = _YEAR_ALONE.sub(r"\g<year>", cell)  # （2025年） under 目标值: a header's second row
        paren = _UNIT_PAREN.search(cell)
        if paren and _bracket_unit(paren.group("unit")) and _YEAR_CELL.match(cell[: paren.start()]):
            units.append(_bracket_unit(paren.group("unit")))
            cell = cell[: paren.start()]
        if cells and _BARE_YEAR.match(cells[-1]) and _COLUMN_WORD.match(cell) and not below:
            cells[-1] += cell
        else:
            cells.append(cell)
    cells = _stacked(cells, below)
    spread = [re.sub(r"\s", "", c) for c in cells]  # 项 目 内 容: a Word table's spaced-out words
    # 序号 | 工作任务 | 责任单位 | 完成时限: a table of tasks with no progress column is one too,
    # its task cells the only ones that may state a figure; so is one naming each task, then
    # what it is to do (实事项目 | 目标任务)
    if (
        any(TASK_COLUMN.search(c) for c in spread)
        and (
            any(PROGRESS_COLUMN.search(c) for c in spread)
            or all(TASK_COLUMN.search(c) or TASK_TABLE_COLUMN.fullmatch(c) for c in spread)
        )
        and not any(_GOAL_WORD.search(c) or _BARE_YEAR.match(c) for c in cells)
    ):
        planned = any(_PLANNED_COLUMN.fullmatch(c) for c in spread)
        planned = planned and any(PROGRESS_COLUMN.search(c) for c in spread)
        return TableHeader(None, -1, None, None, tasks_named=True, planned=planned)
    named = [_YEAR_CELL.match(cell) for cell in cells]
    columns = [m for m in named if m]
    growth = next((i for i, c in enumerate(cells) if _GROWTH_CELL.fullmatch(c)), None)
    # counted among the number columns: the year columns before it
    growth = sum(1 for m in named[:growth] if m) if growth is not None else None
    total = next((i for i, c in enumerate(cells) if _TOTAL_COLUMN.fullmatch(c)), None)
    total = sum(1 for m in named[:total] if m) if total is not None else None
    # 序号 | 区县 | 建设水源工程数量（处） | …: the rows' numbers before the units they share to
    shared = cells[1:] if cells and _NUMBER_COLUMN.fullmatch(re.sub(r"\s", "", cells[0])) else cells
    first = re.sub(r"\s", "", shared[0]) if shared else ""
    names = len(shared) >= 3 and all(_NAME_CELL.match(cell) for cell in shared[1:])
    if not columns and names and _UNIT_COLUMN.match(first):
        return TableHeader(None, -1, None, None, names=tuple(_named(c) for c in shared[1:]))
    unit = units[0] if units and len(set(units)) == 1 else ""
    if len(columns) == 1 and _GOAL_WORD.search(
        columns[0].group("word") or columns[0].group("what") or ""
    ):
        # 考核指标 | 目标值 | 分值: the one column of goals, whatever numbers follow it (a score);
        # a score's or a weight's column before it holds a number of the row's too
        year = columns[0].group("year")
        before = sum(1 for c in cells[: named.index(columns[0])] if _SCORE_CELL.fullmatch(c))
        return TableHeader(
            int(year) if year else None, before, None, None, (), 1, goal_named=True, unit=unit
        )
    if len(columns) < 2:
        return None
    years = [
        int(m.group("year") or m.group("since")) if m.group("year") or m.group("since") else None
        for m in columns
    ]
    goals = [bool(_GOAL_WORD.search(m.group("word") or m.group("what") or "")) for m in columns]
    if all(y is not None for y in years) and len(set(years)) > 1:
        target = max(range(len(years)), key=lambda i: years[i] or 0)
        base = min(range(len(years)), key=lambda i: years[i] or 0)
    else:  # 现状值 | 目标值, or one year's 完成情况 | 规划目标
        target = max((i for i, goal in enumerate(goals) if goal), default=len(columns) - 1)
        base = next((i for i, goal in enumerate(goals) if not goal), 0)
    base_index = base if base != target else None
    base_year = years[base]
    every_year = total == len(columns) and not any(goals)  # each year's share of the whole
    # 2025年 | 2026年 | 2027年 in a 2025—2027 plan: the years it plans, none a year gone by
    begins, ends = period
    planned = (
        begins is not None
        and ends is not None
        and begins < ends
        and not any(goals)
        and all(y is not None and begins <= y <= ends for y in years)
    )
    every_year = every_year or planned
    if (all(goals) or every_year) and all(y is not None for y in years):
        base_index = base_year = None  # 2023年目标 | 2025年目标: a goal each year, no base
    later = [
        (i, y)
        for i, y in enumerate(years)
        if i != base_index
        and (goals[i] or every_year or (y is not None and (years[base] or 0) < y))
    ]
    return TableHeader(
        years[target],
        target,
        base_year,
        base_index,
        tuple(later),
        len(columns),
        goal_named=any(goals),
        growth=growth,
        unit=unit,
        total=total if total == len(columns) else None,
    )


def _stacked(cells: list[str], below: bool = False) -> list[str]:
    """A header printed over two rows, read as one: its years in one row and what they hold in
    the other (2020年 | 2025年 … 基期值 | 目标值, or 基期值 | 目标值 … （2020年） | （2025年）) —
    the i-th year is the i-th word's, at the place of the first of the two. A word merged
    over the years after it, or one in a row of its own under them (``below``), is each
    year's; one beside the years in their row (2019年 | 2020年 | 目标值) is a column of its own."""
    years = [i for i, c in enumerate(cells) if _BARE_YEAR.match(c)]
    words = [i for i, c in enumerate(cells) if _COLUMN_WORD.match(c)]
    if len(years) < 2 or not words or len(words) > len(years):
        return cells
    if len(words) < len(years) and not (words[0] < years[0] or below):
        return cells
    joined = list(cells)
    for n, year in enumerate(years):
        # 基期值 | 目标值 over 2020年 | 2025年 | 2030年: a word merged over the years after it
        word = words[min(n, len(words) - 1)]
        joined[year] = cells[year].rstrip("年度末底") + "年" + cells[word]
    for word in words:
        joined[word] = ""
    if words[0] < years[0]:  # the words' row first: the columns stand where the words do
        moved = [joined[y] for y in years]
        for y in years:
            joined[y] = ""
        at = words[0]
        joined[at:at] = moved
    return [c for c in joined if c]


def _placed(line: str) -> list[tuple[int, str]]:
    """A row's cells where they stand, empty ones kept (a merged cell leaves them), with their
    offsets: apart by tabs, or by bars (the row's outer bars dropped)."""
    cells, position = [], 0
    for piece in re.split(r"\t" if "\t" in line else r"[|│┃]", line):
        at = line.find(piece, position)
        position = at + len(piece)
        cells.append((at + len(piece) - len(piece.lstrip()), piece.strip()))
    if "\t" not in line and cells and not cells[0][1] and line.lstrip()[:1] in "|│┃":
        cells = cells[1:]
    if "\t" not in line and cells and not cells[-1][1] and line.rstrip()[-1:] in "|│┃":
        cells = cells[:-1]
    return cells


def _positional(line: str) -> list[str]:
    return [cell for _, cell in _placed(line)]


def stacked_header(upper: str, lower: str) -> TableHeader | None:
    """The header of a table sharing a task out among places whose columns are grouped, the
    groups in one row and their columns in the next (地区 | 新建 | | 改建 | ⏎ | 机构数（个） |
    托位（个） | 机构数（个） | 托位（个） |): each column named by its group and its own
    name, a group spanning the empty cells after it; None when ``lower`` is no such row."""
    top, sub = _positional(upper), _positional(lower)
    if lower.lstrip()[:1] in "|│┃" and upper.lstrip()[:1] not in "|│┃":
        sub = ["", *sub]  # rows with no bar before them: this bar closes an empty first cell
    if top and sub and _NUMBER_COLUMN.fullmatch(re.sub(r"\s", "", top[0])) and not sub[0]:
        top, sub = top[1:], sub[1:]  # 序号 | 地区 | 新建 | …: the rows' numbers first
    if len(sub) < 3 or sub[0] or not all(_NAME_CELL.match(c) for c in sub if c):
        return None
    if not _UNIT_COLUMN.match(re.sub(r"\s", "", top[0] if top else "")):
        return None
    names = []
    group = ""
    for j, cell in enumerate(sub[1:], start=1):
        over = top[j] if j < len(top) else ""
        group = over or group
        if cell:
            names.append(_named(group + cell))
        elif over:
            names.append(_named(over))  # a column of its own, no subcolumns
    if len(names) < 2 or len(names) <= len([c for c in top[1:] if c]):
        return None
    return TableHeader(None, -1, None, None, names=tuple(names))


def _named(cell: str) -> tuple[str, str]:
    """A column's indicator and the unit in its brackets (预约总数(人次) → 预约总数, 人次)."""
    paren = _UNIT_PAREN.search(cell)
    if paren:
        return cell[: paren.start()].strip(), paren.group("unit")
    return cell.strip(), ""


def _shares(line: str, cells: list[tuple[int, str]], header: TableHeader) -> list[RawTarget]:
    """A row of a table sharing a task out among units: one target per column, its unit the
    row's last name (市本级 | 4500 | 1000; its 序号 before it), none for a total row (合计)."""
    names = [(at, cell) for at, cell in cells if not _CELL_NUMBER.match(cell)]
    if not names:
        return []
    values = [
        (at, cell, m) for at, cell in cells if at > names[-1][0] and (m := _CELL_NUMBER.match(cell))
    ]
    if not values or any(
        at < names[-1][0] and not _ROW_NUMBER.match(c) for at, c in cells if _CELL_NUMBER.match(c)
    ):
        return []
    columns = list(zip(header.names, values, strict=False))
    if len(values) != len(header.names):  # a row leaving some cells empty: each where it stands
        placed = _placed(line)
        named = next((i for i, (at, _) in enumerate(placed) if at == names[-1][0]), None)
        placed = placed[named + 1 :] if named is not None else []
        if len(placed) != len(header.names) or any(
            c and not _CELL_NUMBER.match(c) for _, c in placed
        ):
            return []
        columns = [
            (named, (a, c, m))
            for named, (a, c) in zip(header.names, placed, strict=True)
            if (m := _CELL_NUMBER.match(c))
        ]
    at, scope = names[-1]
    whole = _TOTAL_ROW.fullmatch(scope) is not None
    return [
        RawTarget(
            indicator=name,
            comparator=_SIGNS.get((match.group("sign") or " ")[0], Comparator.eq),
            value=_cell_value(match),
            value_max=None,
            unit=_cell_unit(match) or unit,
            start=at,
            end=value_at + len(cell),
            rule="table-share",
            scope=None if whole else scope,
        )
        for (name, unit), (value_at, cell, match) in columns
    ]


def _unit_named(cell: str) -> bool:
    """Whether a name cell ends with its unit in brackets (…率(%), 床位数(万张))."""
    paren = _UNIT_PAREN.search(cell)
    if not paren:
        return False
    unit = paren.group("unit")
    scaled = _SCALED_UNIT.fullmatch(unit)
    return bool(_bracket_unit(unit) or (scaled and scaled.group("unit") in UNITS))


def _unit_cell(cell: str) -> bool:
    """Whether a row's cell is its unit (%, 岁, /10万, 万人)."""
    scaled = _SCALED_UNIT.fullmatch(cell)
    in_units = cell in UNITS or bool(scaled and scaled.group("unit") in UNITS)
    return in_units or cell.startswith("/") or _PER_UNIT.fullmatch(cell) is not None


def _bracket_unit(unit: str) -> str:
    """The unit a name's brackets give (%, 岁, /10万; 1/10万 is /10万), else ``""``."""
    if unit in UNITS or unit[:1] in "%‰/":
        return unit
    return unit[1:] if unit.startswith("1/") and _PER_UNIT.fullmatch(unit) else ""


def _cell_comparator(match: re.Match[str]) -> Comparator:
    """The comparator a value cell writes (≥95, 95以上); a bare cell is ``=``."""
    sign, suffix = match.group("sign"), match.group("suffix") or ""
    if sign:
        comparator = _SIGNS.get(sign[0].replace("＞", ">").replace("＜", "<"), Comparator.ge)
        if sign.endswith("=") and comparator in (Comparator.gt, Comparator.lt):
            comparator = Comparator.ge if comparator is Comparator.gt else Comparator.le
        return comparator
    if suffix.endswith("以上"):
        return Comparator.ge
    if suffix.endswith("以下"):
        return Comparator.le
    return Comparator.eq


def _cell_value(match: re.Match[str]) -> float:
    """The value a value cell writes (3万人 → 30000)."""
    return float(match.group("num")) * (10000 if match.group("tenk") else 1)


def _cell_unit(match: re.Match[str]) -> str:
    """The unit a value cell writes after its number (95%, 10个), else ``""``."""
    return match.group("unit") or match.group("count") or ""


def _worded(
    cells: list[tuple[int, str]], at: int, indicator: str, unit: str, header: TableHeader | None
) -> RawTarget | None:
    """The target of a row whose target cell is written as words (…死亡率 | % | 8.83 |
    比2015年(24.31)降低10个百分点): the cell read by the clause rules after the indicator."""
    if header is None or header.columns < 2:
        return None
    slots = [
        (a, c)
        for a, c in cells
        if a > at and c != unit and c not in _NATURES and not _NOTE_CELL.fullmatch(c)
    ]
    slots = [(a, c) for a, c in slots if _CELL_NUMBER.match(c) or re.search(r"\d", c)]
    if len(slots) != header.columns or header.target_index >= len(slots):
        return None
    cell_at, cell = slots[header.target_index]
    if _CELL_NUMBER.match(cell):
        return None
    read = [t for t in clause_targets(indicator + cell) if t.number_start >= len(indicator)]
    if not read:
        return None
    found = read[-1]
    return RawTarget(
        indicator=indicator,
        comparator=found.comparator,
        value=found.value,
        value_max=found.value_max,
        unit=found.unit,
        start=at,
        end=cell_at + len(cell),
        rule="table-row",
        deadline=header.target_year,
    )


def row_targets(line: str, header: TableHeader | None) -> tuple[list[RawTarget], Nature | None]:
    """The targets one table row states, with the row's 指标性质: one a goal column, or one
    for each subject its name lists (孕产妇艾滋病、梅毒和乙肝检测率 | 98 | ≥99: three)."""
    found, nature = _row_targets(line, header)
    return [replace(t, indicator=n) for t in found for n in split(t.indicator, None, False)], nature


def _row_targets(line: str, header: TableHeader | None) -> tuple[list[RawTarget], Nature | None]:
    """The target one table row states (at most one per goal column), with its 指标性质."""
    cells = _cells(line)
    if header and header.names:
        return _shares(line, cells, header), None
    if header and header.tasks_named:
        tasks = _tasks(cells)
        if tasks or not header.planned:
            return tasks, None
        # 新建村卫生室 | 20个 | 18个 | 90%: the first number is planned, the others progress
        return _row_targets(line, _PLANNED)
    part = next((a + m.end() for a, c in cells[1:] if (m := _PART_CELL.match(c))), None)
    if part is not None:  # …医师数 | 1.49 | 1.67 | 其中:中医类别…医师数 | 0.1 | 0.4: two rows
        whole, whole_nature = _row_targets(line[: line.rfind("其中", 0, part)], header)
        parts, _ = _row_targets(" " * part + line[part:], header)  # its cells where they were
        return whole + parts, whole_nature
    texts = [(at, cell) for at, cell in cells if not _CELL_NUMBER.match(cell)]
    nature = next((Nature.from_label(c) for _, c in texts if c in _NATURES), None)
    unit = next((c for _, c in texts if _unit_cell(c)), "")
    names = [
        (at, c)
        for at, c in texts
        if c not in _NATURES
        and c != unit
        and not _NOTE_CELL.fullmatch(c)
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
    # 每日盐摄入量知晓率(%) | 知道…的人数/调查人口总数×100% | 81: the name gives its unit in
    # brackets, the cell after it defines the measure
    united = [(a, c) for a, c in names if _unit_named(c)]
    if united and united[-1][0] < at and not _unit_named(indicator):
        at, indicator = united[-1]
    if _STATED.search(indicator) and len(indicator) >= 8:
        return [], nature  # 考核标准 | …管理率≥60%，每低1个百分点扣0.5分 | 10: the cell is prose
    if _TOTAL_COLUMN.fullmatch(indicator):
        return [], nature  # 合计 | | 110 | 132: the rows above added up, no indicator of its own
    if _BUDGET_ROW.search(_UNIT_PAREN.sub("", indicator)):
        return [], nature  # 预算金额 | 185,096: what the work is budgeted, a means, no goal
    numbered = _ITEM_NUMBER.match(indicator)  # 1. 新建托育点 | 10个: the item's number
    if numbered:
        at, indicator = at + numbered.end(), indicator[numbered.end() :]
    indicator = _NOTE_MARK.sub("", indicator).strip()  # 人均预期寿命（岁）①: a footnote's mark
    indicator = re.sub(r"[（(]\s*[)）]$", "", indicator)  # 比重(): the unit a page lost
    paren = _UNIT_PAREN.search(indicator)
    scaled = _SCALED_UNIT.fullmatch(paren.group("unit")) if paren else None
    scale = 1.0
    cell_scaled = _SCALED_UNIT.fullmatch(unit)
    if cell_scaled and cell_scaled.group("unit") in UNITS:  # …人员数 | 万人 | 5.6 | 6.2
        unit, scale = cell_scaled.group("unit"), _SCALES[cell_scaled.group("scale")]
    elif scaled and scaled.group("unit") in UNITS:  # 床位数(万张) | 69.2: 692000 张
        unit, scale = unit or scaled.group("unit"), _SCALES[scaled.group("scale")]
        indicator = indicator[: paren.start()] if paren else indicator
    elif paren and _bracket_unit(paren.group("unit")):
        unit = unit or _bracket_unit(paren.group("unit"))
        indicator = indicator[: paren.start()]
    unit = unit or (header.unit if header else "")
    signed = len(numbers) == 1 and (numbers[0][2].group("sign") or numbers[0][2].group("suffix"))
    # 居民健康素养水平 | % | - | 28: no baseline given, the one number is the goal
    unmeasured = len(numbers) == 1 and any(
        _EMPTY_CELL.match(c) for a, c in cells if names[-1][0] < a < numbers[0][0]
    )
    signed = signed or unmeasured
    if header and header.baseline_index is not None and len(numbers) < 2 and not signed:
        worded = _worded(cells, at, indicator, unit, header)
        # the target cells say 持续改善: only the baseline is a number
        return ([worded] if worded else []), nature
    index = header.target_index if header and header.target_index < len(numbers) else -1
    target_at, target_cell, match = numbers[index]
    unit = _cell_unit(match) or unit
    comparator = _cell_comparator(match)
    baseline = None
    if signed:
        pass  # a baseline of — and a target of ≥70: no baseline
    elif header and header.baseline_index is not None and header.baseline_index < len(numbers):
        baseline = _cell_value(numbers[header.baseline_index][2])
    elif len(numbers) >= 2 and index == -1:
        baseline = _cell_value(numbers[0][2])
    baseline = baseline * scale if baseline is not None else None
    raw = RawTarget(
        indicator=indicator,
        comparator=comparator,
        value=_cell_value(match) * scale,
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
        if header.total is not None and len(slots) == header.columns + 1:
            del slots[header.total]  # the years' total, after them
        if len(slots) == header.columns:
            return _each_year(raw, slots, header, scale), nature
    grown = header.growth if header else None
    if grown is not None and grown < len(numbers) and grown != index % len(numbers):
        growth_at, growth_cell, growth = numbers[grown]  # 年均增长(%) | 8: 8% a year
        yearly = replace(
            raw,
            comparator=Comparator.increase_by,
            value=_cell_value(growth),
            unit="%",
            end=growth_at + len(growth_cell),
        )
        return [raw, yearly], nature
    return [raw], nature


def _tasks(cells: list[tuple[int, str]]) -> list[RawTarget]:
    """The planned figures a row of a table of tasks and their progress states: those its
    task's cell (新增4000张养老床位) says, read as a clause; its number cells are progress, and
    so is a sentence, a cell its stop ends (新增托位950个，其中新增普惠托位600个。): a task is
    named with a phrase."""
    named = [
        (at, c)
        for at, c in cells
        if not _CELL_NUMBER.match(c) and re.search(r"\d", c) and not c.endswith(("。", "；"))
    ]
    # each clause of the cell read as one (在全区…推进装备配备,完成…工程15660套: the count is the
    # second clause's), after the clause before it
    clauses = [
        (at + piece.start(), piece.group(), cell[: piece.start()].rstrip("，,；;") or None)
        for at, cell in named
        for piece in _CELL_CLAUSE.finditer(cell)
    ]
    return [
        replace(
            t,
            start=at + t.start,
            end=at + t.end,
            number_start=at + t.number_start,
            number_end=at + t.number_end,
            rule="table-task",
        )
        for at, clause, before in clauses
        for t in clause_targets(clause, previous=before)
    ]


_CELL_CLAUSE = re.compile(r"[^，,；;]+")


_PART_CELL = re.compile(
    r"其中[:：]?(?=[\u4e00-\u9fff])"
)  # a part of the row's measure, a row of its own
_ITEM_NUMBER = re.compile(r"\d{1,3}\s*[.、．]\s*(?=[\u4e00-\u9fff])")
_ROW_NUMBER = re.compile(r"\d{1,3}[.、]?$")
_EMPTY_CELL = re.compile(r"^(?:[—–－\-/]+|无|暂无)$")  # a column the row leaves empty


def _each_year(
    raw: RawTarget,
    slots: list[tuple[int, str, re.Match[str] | None]],
    header: TableHeader,
    scale: float,
) -> list[RawTarget]:
    """A row of a table with a target column per year (2022年目标值, 2030年目标值): one
    target per column, each with its year, its own sign or the indicator's direction
    (``slots``: the row's value cells, an empty one — as None — included)."""
    out = []
    for index, year in header.targets:
        at, cell, match = slots[index]
        if match is None:
            continue
        comparator = _cell_comparator(match)
        out.append(
            RawTarget(
                indicator=raw.indicator,
                comparator=comparator,
                value=_cell_value(match) * scale,
                value_max=None,
                unit=_cell_unit(match) or raw.unit,
                start=raw.start,
                end=at + len(cell),
                rule="table-row",
                baseline_year=raw.baseline_year,
                baseline_value=raw.baseline_value,
                deadline=year,
            )
        )
    return out
