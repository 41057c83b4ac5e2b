"""Tables a page copied out one cell to a line (``序号 |⏎考核指标 |⏎单位 |⏎…``), put back
into rows.

Some sites flatten a table so that each cell is a line ending in its bar. The rows cannot be
told from the cell count alone: merged cells (a row's 序号, a group of items named once) leave
rows with fewer cells than the header or more. A table with a unit column can be parted
anyway: the cells after the unit are the same columns in every row, so a row ends as many
cells after its unit as the header has columns after 单位. The line breaks inside a row
become spaces; a bar opens each row.
"""

from __future__ import annotations

import re

from healthplan.documents.normalisation import Normalised

_CELL_LINE = re.compile(r"^[^|\n]{0,200}\|[ \t]*$")
_UNIT_HEADER = re.compile(r"^[单單]\s*位$")
_NUMBER_HEADER = re.compile(r"^(?:序\s*号|编\s*号|序)$")
_FIRST_ROW = re.compile(r"^1[.、]?$")  # the first row's 序号
_ROW_NUMBER = re.compile(r"^\d{1,3}[.、]?$")
_NUMBER_CELL = re.compile(r"^(?:[≥≤<>]?\d|[-—–/]$)")  # a value, or none given (-)
_UNIT_CELL = re.compile(r"^(?:1?/\d*[十百千万]+|[^\d\s]{1,6})$")  # 个, 元/月/人, /10万
_SHORTEST = 8  # cell lines in a run: fewer are no table


def _cell(line: str) -> str:
    return line.rsplit("|", 1)[0].strip()


def _rows(cells: list[str]) -> list[tuple[int, int]]:
    """The (first, last) cell of the header and of each row of one run of cell lines."""
    unit = next((i for i, c in enumerate(cells) if _UNIT_HEADER.match(c)), None)
    if unit is None:
        return []
    first_row = next((i for i in range(unit + 1, len(cells)) if _FIRST_ROW.match(cells[i])), None)
    if first_row is None:
        return []
    after = first_row - unit - 1  # the columns after the unit: the same in every row
    opening = next((i for i in range(unit, -1, -1) if _NUMBER_HEADER.match(cells[i])), 0)
    rows = [(opening, first_row - 1)]
    start, i = first_row, first_row
    while i + 1 < len(cells):
        if _UNIT_CELL.match(cells[i]) and _NUMBER_CELL.match(cells[i + 1]):
            end = i + after
            if end >= len(cells):
                break
            rows.append((start, end))
            start = i = end + 1
        else:
            i += 1
    # rows that all open with their number (or repeat the header, a page's) are read as they
    # stand (the view parts them by their numbers, the task reader too): only merged cells
    # need the unit to part them
    if all(_ROW_NUMBER.match(cells[a]) or cells[a] == cells[opening] for a, _ in rows[1:]):
        return []
    # a merged cell takes one cell from a row or gives it one more (a group named once): a
    # row longer than that is no row, the unit read wrong, and the run is left as it is
    width = rows[0][1] - rows[0][0] + 1
    if any(b - a + 1 > width + 1 for a, b in rows[1:]):
        return []
    return rows


def join_cell_lines(norm: Normalised) -> None:
    """Join, in place, the cell lines of each row of a table written one cell to a line. Each
    row is opened with a bar as well (``| 2 | …``), as a row between bars is written: a row a
    line, however many cells its merged ones leave it, is no row broken over two lines."""
    lines = norm.text.split("\n")
    line_starts, position = [], 0
    for line in lines:
        line_starts.append(position)
        position += len(line) + 1
    joints: list[int] = []  # the line breaks inside a row
    openings: list[int] = []  # where a row begins
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _CELL_LINE.match(lines[j]):
            j += 1
        if j - i >= _SHORTEST:
            for first, last in _rows([_cell(line) for line in lines[i:j]]):
                openings.append(line_starts[i + first])
                joints.extend(line_starts[k + 1] - 1 for k in range(i + first, i + last))
        i = j + 1 if j == i else j
    if not openings:
        return
    text = list(norm.text)
    for at in joints:
        text[at] = " "
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    previous = 0
    for at in [*openings, len(text)]:
        pieces.extend(text[previous:at])
        starts.extend(norm.starts[previous:at])
        ends.extend(norm.ends[previous:at])
        if at < len(text):  # the opening bar comes from nowhere in the original
            pieces.extend("| ")
            starts.extend([norm.starts[at]] * 2)
            ends.extend([norm.starts[at]] * 2)
        previous = at
    norm.text = "".join(pieces)
    norm.starts[:] = [*starts, norm.starts[-1]]
    norm.ends[:] = ends
