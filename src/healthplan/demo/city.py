"""A fictional demo city, generated deterministically from a seed: 云川市 with two districts
and two counties, about 40 townships and streets, about 600 villages and communities, the
commission's offices, the institutions that report, and the other government departments
plans assign work to. Codes follow the 12-digit 统计用区划代码 layout under a province code
(99) that no real division uses."""

from __future__ import annotations

import random
from dataclasses import dataclass

from healthplan.model import Department, DepartmentKind, OrgLevel, OrgUnit

CITY_CODE = "990100000000"
CITY_NAME = "云川市"

# (code digits, name, is_district, townships)
COUNTIES = [
    ("02", "明湖区", True, 9),
    ("03", "青山区", True, 8),
    ("21", "临江县", False, 12),
    ("22", "石桥县", False, 11),
]

_FIRST = "东西南北上下前后大小新老金银石柳桃杏梅松柏竹枫杨李王张陈黄白青红龙凤马牛鹿鹤云星月"
_SECOND = "山河湖江溪泉塘湾岭岗坡坪峰林桥庄店铺营寨集口源田坝洲滩台冲沟"
_TOWN_SUFFIX = ("镇", "镇", "镇", "乡")


@dataclass(frozen=True)
class DemoCity:
    orgunits: list[OrgUnit]
    departments: list[Department]


def _names(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    out: list[str] = []
    while len(out) < count:
        name = rng.choice(_FIRST) + rng.choice(_SECOND)
        if name not in taken:
            taken.add(name)
            out.append(name)
    return out


def build_city(seed: int = 2024) -> DemoCity:
    rng = random.Random(seed)
    units = [OrgUnit(code=CITY_CODE, name=CITY_NAME, level=OrgLevel.city)]
    departments = _city_departments()
    taken: set[str] = set()
    for digits, county_name, is_district, townships in COUNTIES:
        county = f"9901{digits}000000"
        units.append(
            OrgUnit(code=county, name=county_name, level=OrgLevel.county, parent_code=CITY_CODE)
        )
        departments += _county_departments(county, county_name)
        for t_index, stem in enumerate(_names(rng, townships, taken), start=1):
            street = is_district or t_index <= 2  # a county seat has a street or two
            suffix = "街道" if street else rng.choice(_TOWN_SUFFIX)
            town = f"9901{digits}{t_index:03d}000"
            town_name = stem + suffix
            units.append(
                OrgUnit(code=town, name=town_name, level=OrgLevel.township, parent_code=county)
            )
            departments.append(
                Department(
                    code=f"inst.{town}",
                    name=f"{town_name}{'社区卫生服务中心' if street else '卫生院'}",
                    kind=DepartmentKind.institution,
                    org_unit_code=town,
                )
            )
            # 统计用区划代码: 001-199 居委会 (社区), 200-399 村委会 (村).
            villages = rng.randint(12, 18)
            local: set[str] = set()
            for v_index, v_stem in enumerate(_names(rng, villages, local), start=1):
                community = street or v_index <= 2
                number = v_index if community else 200 + v_index
                units.append(
                    OrgUnit(
                        code=f"9901{digits}{t_index:03d}{number:03d}",
                        name=v_stem + ("社区" if community else "村"),
                        level=OrgLevel.village,
                        parent_code=town,
                    )
                )
    return DemoCity(units, departments)


# (code, name, aliases, kind)
_CITY_DEPARTMENTS: list[tuple[str, str, list[str], DepartmentKind]] = [
    ("city.hc", "市卫生健康委员会", ["市卫健委", "市卫生健康委"], DepartmentKind.office),
    (
        "city.hc.planning",
        "市卫生健康委规划发展与信息化科",
        ["规划信息科", "规划发展与信息化科"],
        DepartmentKind.office,
    ),
    ("city.hc.disease", "市卫生健康委疾病预防控制科", ["疾控科"], DepartmentKind.office),
    ("city.hc.mch", "市卫生健康委妇幼健康科", ["妇幼科", "妇幼健康科"], DepartmentKind.office),
    (
        "city.hc.primary",
        "市卫生健康委基层卫生健康科",
        ["基层卫生科", "基层卫生健康科"],
        DepartmentKind.office,
    ),
    ("city.hc.medical", "市卫生健康委医政医管科", ["医政医管科", "医政科"], DepartmentKind.office),
    ("city.hc.elderly", "市卫生健康委老龄健康科", ["老龄健康科"], DepartmentKind.office),
    ("city.hc.occupational", "市卫生健康委职业健康科", ["职业健康科"], DepartmentKind.office),
    ("city.aiwei", "市爱国卫生运动委员会办公室", ["市爱卫办", "爱卫办"], DepartmentKind.office),
    ("city.cdc", "市疾病预防控制中心", ["市疾控中心"], DepartmentKind.institution),
    (
        "city.mch_hospital",
        "市妇幼保健院",
        ["市妇幼保健计划生育服务中心"],
        DepartmentKind.institution,
    ),
    ("city.hospital", "市人民医院", [], DepartmentKind.institution),
    ("city.tcm_hospital", "市中医院", ["市中医医院"], DepartmentKind.institution),
    (
        "city.supervision",
        "市卫生健康综合监督执法支队",
        ["市卫生监督所"],
        DepartmentKind.institution,
    ),
    ("city.emergency", "市急救中心", ["市120急救指挥中心"], DepartmentKind.institution),
    ("city.blood", "市中心血站", [], DepartmentKind.institution),
    ("city.gov.publicity", "市委宣传部", [], DepartmentKind.government),
    ("city.gov.education", "市教育局", ["市教体局"], DepartmentKind.government),
    ("city.gov.civil", "市民政局", [], DepartmentKind.government),
    ("city.gov.finance", "市财政局", [], DepartmentKind.government),
    ("city.gov.hrss", "市人力资源和社会保障局", ["市人社局"], DepartmentKind.government),
    ("city.gov.medicare", "市医疗保障局", ["市医保局"], DepartmentKind.government),
    ("city.gov.market", "市市场监督管理局", ["市市场监管局"], DepartmentKind.government),
    ("city.gov.environment", "市生态环境局", [], DepartmentKind.government),
    ("city.gov.housing", "市住房和城乡建设局", ["市住建局"], DepartmentKind.government),
    ("city.gov.agriculture", "市农业农村局", [], DepartmentKind.government),
    ("city.gov.sports", "市体育局", [], DepartmentKind.government),
    ("city.gov.police", "市公安局", [], DepartmentKind.government),
    ("city.gov.development", "市发展和改革委员会", ["市发改委"], DepartmentKind.government),
    ("city.gov.water", "市水利局", ["市水务局"], DepartmentKind.government),
    (
        "city.gov.urban",
        "市城市管理局",
        ["市城管局", "市城市管理综合执法局"],
        DepartmentKind.government,
    ),
    ("city.gov.culture", "市文化广电和旅游局", ["市文旅局"], DepartmentKind.government),
    ("city.women", "市妇女联合会", ["市妇联"], DepartmentKind.government),
    (
        "city.collective.counties",
        "各县（区）",
        ["各县区", "各区", "各县(市、区)", "各县（市、区）"],
        DepartmentKind.collective,
    ),
    (
        "city.collective.towns",
        "各乡镇（街道）",
        ["各镇、街道", "各乡镇", "各街道", "各镇（街道）"],
        DepartmentKind.collective,
    ),
]


def _city_departments() -> list[Department]:
    return [
        Department(
            code=code,
            name=name,
            aliases=aliases,
            kind=kind,
            org_unit_code=CITY_CODE,
            parent_code="city.hc" if code.startswith("city.hc.") else None,
        )
        for code, name, aliases, kind in _CITY_DEPARTMENTS
    ]


def _county_departments(code: str, name: str) -> list[Department]:
    return [
        Department(
            code=f"{code}.hc",
            name=f"{name}卫生健康局",
            aliases=[f"{name}卫健局"],
            kind=DepartmentKind.office,
            org_unit_code=code,
        ),
        Department(
            code=f"{code}.cdc",
            name=f"{name}疾病预防控制中心",
            aliases=[f"{name}疾控中心"],
            kind=DepartmentKind.institution,
            org_unit_code=code,
        ),
        Department(
            code=f"{code}.mch",
            name=f"{name}妇幼保健院",
            aliases=[],
            kind=DepartmentKind.institution,
            org_unit_code=code,
        ),
        Department(
            code=f"{code}.hospital",
            name=f"{name}人民医院",
            aliases=[],
            kind=DepartmentKind.institution,
            org_unit_code=code,
        ),
    ]
