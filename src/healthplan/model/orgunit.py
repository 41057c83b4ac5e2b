"""Administrative hierarchy (市 > 县/区 > 乡镇/街道 > 村/社区) and the departments in it."""

from __future__ import annotations

import re
from enum import IntEnum, StrEnum

from pydantic import BaseModel, Field, field_validator


class OrgLevel(IntEnum):
    """Level of an org unit. Administrative levels follow GB/T 2260 and the 12-digit
    统计用区划代码 (PP CC DD TTT VVV); ``facility`` is an institution (hospital, 卫生院)
    attached below any administrative unit."""

    province = 1
    city = 2
    county = 3
    township = 4
    village = 5
    facility = 6

    @property
    def label_zh(self) -> str:
        return _LABELS_ZH[self]

    @classmethod
    def parse(cls, value: str | int | OrgLevel) -> OrgLevel:
        """Accept ``3``, ``county``, ``县``, ``区``, ``县/区``, ``街道`` …"""
        if isinstance(value, OrgLevel):
            return value
        text = str(value).strip()
        if text.isdigit():
            return cls(int(text))
        if text.lower() in cls.__members__:
            return cls[text.lower()]
        for level, words in _WORDS_ZH.items():
            if text in words:
                return level
        raise ValueError(f"unknown level {value!r}")


_LABELS_ZH = {
    OrgLevel.province: "省",
    OrgLevel.city: "市",
    OrgLevel.county: "县/区",
    OrgLevel.township: "乡镇/街道",
    OrgLevel.village: "村/社区",
    OrgLevel.facility: "机构",
}
_WORDS_ZH = {
    OrgLevel.province: {"省", "省级", "自治区", "直辖市"},
    OrgLevel.city: {"市", "市级", "地级市", "州", "盟"},
    OrgLevel.county: {"县", "区", "县/区", "县区", "县级", "县级市", "旗"},
    OrgLevel.township: {"乡", "镇", "街道", "乡镇", "乡镇/街道", "乡镇街道", "乡级"},
    OrgLevel.village: {"村", "社区", "村/社区", "村居", "村级", "居委会", "村委会"},
    OrgLevel.facility: {"机构", "医疗机构", "单位"},
}

_DIVISION = re.compile(r"^\d{6}(\d{3}(\d{3})?)?$")


def division_level(code: str) -> OrgLevel | None:
    """The level a GB/T 2260 (6-digit) or 统计用区划代码 (9 or 12-digit) code implies,
    or None for codes of another form (institutions, custom codes)."""
    if not _DIVISION.match(code):
        return None
    digits = code.ljust(12, "0")
    if digits[2:] == "0" * 10:
        return OrgLevel.province
    if digits[4:] == "0" * 8:
        return OrgLevel.city
    if digits[6:] == "0" * 6:
        return OrgLevel.county
    if digits[9:] == "000":
        return OrgLevel.township
    return OrgLevel.village


def division_parent(code: str) -> str | None:
    """The code of the enclosing division for a division-style code, in the same width."""
    level = division_level(code)
    if level is None or level is OrgLevel.province:
        return None
    keep = {OrgLevel.city: 2, OrgLevel.county: 4, OrgLevel.township: 6, OrgLevel.village: 9}[level]
    return code[:keep].ljust(len(code), "0")


class OrgUnit(BaseModel):
    """A place data is reported for: the city, a district or county, a township or street,
    a village or community, or an institution."""

    code: str = Field(min_length=1, max_length=32, description="Division code or custom code.")
    name: str = Field(min_length=1, max_length=100, description="Chinese name, e.g. 明湖区.")
    level: OrgLevel
    parent_code: str | None = Field(default=None, description="None only for the root.")

    @field_validator("code", "name", "parent_code")
    @classmethod
    def _strip(cls, value: str | None) -> str | None:
        return value.strip() if isinstance(value, str) else value


class DepartmentKind(StrEnum):
    office = "office"  # an office of the commission: 疾控科, 妇幼健康科, 爱卫办
    institution = "institution"  # a reporting institution: 疾控中心, 妇幼保健院, 卫生院
    government = "government"  # another government department: 市教育局, 市委宣传部
    collective = "collective"  # 各区/镇/街道, 各县(市、区): every unit of a level


class Department(BaseModel):
    """Who is responsible for targets and tasks (责任单位) and who reports data."""

    code: str = Field(description="Stable ASCII id, e.g. city.aiwei.")
    name: str = Field(description="Full name, e.g. 市卫生健康委员会.")
    aliases: list[str] = Field(default_factory=list, description="Short names: 市卫健委.")
    kind: DepartmentKind = DepartmentKind.office
    org_unit_code: str | None = Field(default=None, description="Org unit it belongs to.")
    parent_code: str | None = Field(default=None, description="Enclosing department, if any.")
