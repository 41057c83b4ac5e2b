"""Responsible departments (责任单位) as plans name them, and a directory that recognises
their short and long forms.

:func:`department_list` reads ``（市爱卫办、市卫健委，各区、镇、街道，市直各单位）`` into
``["市爱卫办", "市卫健委", "各区、镇、街道", "市直各单位"]``: names in the order written, a
collective unit (各区、镇、街道) one entry, trailing 负责/牵头/参与/配合 removed.
:func:`parenthesised_departments` finds such lists in an item's text.
:class:`DepartmentDirectory` maps 市卫健委 and 市卫生健康委员会 to the same department.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from healthplan.extraction.text import split_outside_brackets
from healthplan.model.orgunit import Department, DepartmentKind

__all__ = [
    "DepartmentDirectory",
    "DepartmentList",
    "department_key",
    "department_list",
    "is_collective",
    "parenthesised_departments",
]

_ROLE = re.compile(
    r"(?:等单位|等部门|等)?(?:按职责分工|按职责|分别|共同)?(?:负责|牵头|参与|配合|协助|协同|落实)$"
)
_LABEL = re.compile(
    r"^(?P<role>牵头|责任|配合|参与|协办|主办|协同)(?:单位|部门|科室|处室|科|处)[:：]\s*"
)
_LEVEL_WORD = re.compile(r"^(?:区|县|市|镇|乡|乡镇|街道|村|社区|县区|园区|开发区|管委会)$")
_COLLECTIVE = re.compile(r"^(?:各|相关|有关|所属|辖区)(?:县|区|市|镇|乡|街道|村|社区|乡镇|县区)")
# What an organisation's name ends with.
_ORG_END = re.compile(
    r"(?:局|委|办|部|厅|署|会|院|中心|所|站|队|单位|政府|街道|镇|乡|区|县|社|联|团中央|公司|"
    r"集团|小组|组|室|处|科|机构|学校|大学|银行|总局|总队|支队|企业|协会|学会|基金会|党委|"
    r"管理局|办公室|委员会|成员单位|部门|总工会)$"
)
_PAREN = re.compile(r"[（(]([^（()）]{2,200})[)）]")
# Long forms and the short forms plans use for them; both map to one key.
_ABBREVIATIONS = [
    ("卫生健康委员会", "卫健委"),
    ("卫生和计划生育委员会", "卫计委"),
    ("卫生健康局", "卫健局"),
    ("市场监督管理局", "市场监管局"),
    ("住房和城乡建设局", "住建局"),
    ("住房城乡建设局", "住建局"),
    ("发展和改革委员会", "发改委"),
    ("人力资源和社会保障局", "人社局"),
    ("医疗保障局", "医保局"),
    ("爱国卫生运动委员会办公室", "爱卫办"),
    ("文化广电和旅游局", "文旅局"),
    ("文化和旅游局", "文旅局"),
    ("妇女联合会", "妇联"),
    ("城市管理综合执法局", "城管执法局"),
    ("城市管理局", "城管局"),
    ("疾病预防控制中心", "疾控中心"),
    ("精神文明建设委员会办公室", "文明办"),
    ("生态环境局", "环境局"),
    ("教育和体育局", "教体局"),
    ("机关事务管理局", "机关事务局"),
]


def department_key(name: str) -> str:
    """A key equal for the long and short forms of one name: 市卫生健康委员会 → 市卫健委."""
    key = re.sub(r"\s+", "", name).replace("（", "(").replace("）", ")")
    for long, short in _ABBREVIATIONS:
        key = key.replace(long, short)
    return key


def is_collective(name: str) -> bool:
    """各区、镇、街道 / 各县(市、区) / 相关街道、镇: every unit of a level."""
    return bool(_COLLECTIVE.match(name))


def _pieces(text: str) -> list[str]:
    merged: list[str] = []
    joiner = ""
    for _, piece, sep in split_outside_brackets(text, "、，,；;"):
        piece = piece.strip()
        level = _LEVEL_WORD.match(_ROLE.sub("", piece))
        if merged and joiner == "、" and level and is_collective(merged[-1]):
            merged[-1] += "、" + piece
            joiner = sep
            continue
        if piece:
            merged.append(piece)
        joiner = sep
    return merged


@dataclass
class DepartmentList:
    """Departments named in one place, in order, and who leads."""

    names: list[str]
    lead: str | None


def department_list(text: str) -> DepartmentList | None:
    """The departments a parenthesis names, or None when it is not a list of departments."""
    names: list[str] = []
    lead: str | None = None
    for piece in _pieces(text):
        labelled = _LABEL.match(piece)
        if labelled:  # 牵头单位：市卫健委 / 配合科室：财务科
            piece = piece[labelled.end() :]
            if labelled.group("role") in ("牵头", "责任", "主办") and lead is None:
                lead = _ROLE.sub("", piece).strip() or None
        stripped = _ROLE.sub("", piece).strip()
        if not stripped:
            continue
        if piece.endswith("牵头") and lead is None:
            lead = stripped
        if not (_ORG_END.search(stripped) or is_collective(stripped)):
            return None
        if len(stripped) > 30:
            return None
        if stripped not in names:
            names.append(stripped)
    if not names:
        return None
    return DepartmentList(names, lead or names[0])


def parenthesised_departments(text: str) -> list[tuple[int, int, DepartmentList]]:
    """Each parenthesis in ``text`` that lists departments: (start, end, list)."""
    found = []
    for match in _PAREN.finditer(text):
        inner = match.group(1)
        parsed = department_list(inner)
        if parsed is None:
            continue
        after = text[match.end() : match.end() + 1]
        explicit = re.search(r"负责|牵头|参与|配合", inner)
        if not explicit and after and after not in "。；;\n \u3000":
            continue  # 建成…门诊(PEP)区: a gloss inside a sentence, not a list of departments
        found.append((match.start(), match.end(), parsed))
    return found


class DepartmentDirectory:
    """Known departments by every name they go by; unknown names are reported, not dropped."""

    def __init__(self, departments: Iterable[Department] = ()) -> None:
        self._by_key: dict[str, Department] = {}
        for department in departments:
            for name in (department.name, *department.aliases):
                self._by_key.setdefault(department_key(name), department)

    def resolve(self, name: str) -> Department | None:
        """The department ``name`` means, or None when the directory does not know it."""
        return self._by_key.get(department_key(name))

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
