"""The register's side of departments: :class:`DepartmentDirectory` maps every form a plan writes
a body in (市卫健委 and 市卫生健康委员会, 卫健委 in a city's plan, 宣城市卫健委, a field of
work such as 教育部门) to the department of the workspace's register, and collectives (各县（区）)
to a collective of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from healthplan.extraction.departments.names import (
    _GLOSS,
    _LEVEL_PREFIX,
    _SECTOR,
    DepartmentList,
    department_key,
    is_collective,
    is_department,
)
from healthplan.model.orgunit import Department, DepartmentKind

__all__ = [
    "DepartmentDirectory",
]


# A name opening with its place and level: 宣城市|卫健委, 西湖区|卫健局, 凉山州|民政局.
_PLACE = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{1,6}?)(?P<level>自治区|自治州|省|市|州|盟|县|区|旗)"
    r"(?P<body>[\u4e00-\u9fff（）()]{2,})"
)


def _placed(place: str, key: str) -> bool:
    """Whether ``place`` before ``key`` names where the body is: 市 before 卫健委, 西湖 before
    区卫健局 (the 区 of the key is the level of 西湖区)."""
    if not place:
        return False
    return bool(_LEVEL_PREFIX.fullmatch(place) or _LEVEL_PREFIX.fullmatch(place + key[0]))


_SECTOR_WORDS = re.compile(r"(?:主管|行政)?(?:部门|机关)$")

# An internal office of a commission or bureau (医政医管处, 科技教育处, 卫生应急办公室): its
# words and the kind of office it is
_OFFICE = re.compile(r"^(?P<words>[\u4e00-\u9fff]{2,16}?)(?P<kind>处|科|股|办公室|办)$")


def _office(name: str) -> tuple[str, str] | None:
    match = _OFFICE.match(name)
    if match is None:
        return None
    return match.group("words"), match.group("kind").replace("办公室", "办")


def _shortened(short: str, long: str) -> bool:
    """Whether ``short`` is how plans shorten the words ``long`` of an office's name: a
    character of each word kept, in order, from the first (科技教育 → 科教, 疾病预防控制 → 疾控,
    药物政策与… → 药政), or its last word alone (综合监督 → 监督, 卫生应急 → 应急); the same
    words with the other ending of the kind (卫生应急办 for 卫生应急办公室)."""
    if len(short) < 2:
        return False
    if long.endswith(short):
        return True
    if short[0] != long[0]:
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


class DepartmentDirectory:
    """Known departments by every name they go by; unknown names are reported, not dropped."""

    def __init__(self, departments: Iterable[Department] = ()) -> None:
        self._by_key: dict[str, Department] = {}
        for department in departments:
            for name in (department.name, *department.aliases):
                self._by_key.setdefault(department_key(name), department)

    def resolve(self, name: str) -> Department | None:
        """The department ``name`` means, or None when the directory does not know it. A
        name written without its level (卫健委 in a city's plan) means the one department of
        the register that is that name with a level before it (市卫健委), when there is one;
        a name with its place (宣城市卫健委) means the register's 市卫健委 when the register
        does not name the place (not 省市场监管局: 省 is no place); a name with its other
        name in brackets (市残联（市残疾人联合会）) means the department either names."""
        found = self._resolve(name)
        if found is not None:
            return found
        gloss = _GLOSS.search(name)
        if gloss and gloss.start() > 0:
            return self._resolve(name[: gloss.start()]) or self._resolve(gloss.group()[1:-1])
        place = _PLACE.match(re.sub(r"\s+", "", name))
        if place and not re.fullmatch(r"[省市州盟县区旗]+|.*自治", place.group("place")):
            return self._resolve(place.group("level") + place.group("body"))
        return self._sector(name) or self._short_office(name)

    def _short_office(self, name: str) -> Department | None:
        """The one internal office of the register ``name`` shortens (疾控处 for 疾病预防控制处,
        科教处 for 科技教育处, 应急办 for 卫生应急办公室), when only one fits."""
        short = _office(name.strip())
        if short is None:
            return None
        found = {
            department.code: department
            for department in self._by_key.values()
            if (long := _office(department.name)) is not None
            and long[1] == short[1]
            and _shortened(short[0], long[0])
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _sector(self, name: str) -> Department | None:
        """The one department of the register a field of work names (教育, 住房和城乡建设, 公安
        部门, 教育行政部门, 民政主管部门): the field with a body's ending (教育局, 住建局)."""
        stem = _SECTOR_WORDS.sub("", name)
        if not _SECTOR.match(stem) or is_department(stem):
            return None
        found = {d.code: d for end in ("局", "委", "厅") if (d := self._resolve(stem + end))}
        return next(iter(found.values())) if len(found) == 1 else None

    def _resolve(self, name: str) -> Department | None:
        key = department_key(name)
        found = self._by_key.get(key)
        if found is not None or len(key) < 2:
            return found
        candidates = {
            department.code
            for other, department in self._by_key.items()
            if other.endswith(key) and _placed(other[: -len(key)], key)
        }
        if len(candidates) == 1:
            return next(d for d in self._by_key.values() if d.code in candidates)
        return None

    def __bool__(self) -> bool:
        return bool(self._by_key)

    def register_names(self, found: DepartmentList) -> DepartmentList:
        """``found`` with every name the register knows written as the register writes it
        (市卫健委 → 市卫生健康委员会), one entry for a department named twice under two of
        its names; names the register does not know are kept as written, for review."""
        names: list[str] = []
        for name in found.names:
            known = self.resolve(name)
            written = known.name if known is not None else name
            if written not in names:
                names.append(written)
        lead = found.lead
        if lead is not None:
            known = self.resolve(lead)
            lead = known.name if known is not None else lead
        return DepartmentList(names, lead, list(found.rejected))

    def classify(self, names: Iterable[str]) -> tuple[list[Department], list[str]]:
        """(known departments, unknown names) in the order given."""
        known, unknown = [], []
        for name in names:
            department = self.resolve(name)
            if department is not None:
                known.append(department)
            elif is_collective(name):
                known.append(
                    Department(code=f"collective:{name}", name=name, kind=DepartmentKind.collective)
                )
            else:
                unknown.append(name)
        return known, unknown
