"""Linking targets to the standard indicator catalog."""

from __future__ import annotations

import pytest

from healthplan.extraction.linking import LINK_THRESHOLD, best_link, link_targets, proposed_code
from healthplan.model.catalog import standard_indicators
from healthplan.model.plan import Comparator, Target


@pytest.mark.parametrize(
    ("text", "unit", "code"),
    [
        ("适龄儿童国家免疫规划疫苗接种率", "%", "vaccine_coverage_rate"),
        ("国家免疫规划疫苗接种率", "%", "vaccine_coverage_rate"),
        ("全市婴儿死亡率", "‰", "infant_mortality_rate"),
        ("孕产妇死亡率", "/10万", "maternal_mortality_ratio"),
        ("居民健康素养水平", "%", "health_literacy_level"),
        ("人均预期寿命", "岁", "life_expectancy"),
        ("每千常住人口执业(助理)医师数", "", "licensed_doctors_per_1000"),
        ("高血压患者规范管理率", "%", "htn_standardized_mgmt_rate"),
        ("15岁以上人群吸烟率", "%", "smoking_rate_15plus"),
    ],
)
def test_wordings_link(text: str, unit: str, code: str) -> None:
    found = best_link(text, unit)
    assert found is not None and found[0] == code and found[1] >= LINK_THRESHOLD


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("新建社区卫生服务中心", "家"),
        ("居民电子健康档案开放率", "%"),  # 开放率 is not 建档率
        ("执业(助理)医师数", "人"),  # a head count is not a rate per 1000
        ("生活垃圾分类达标率", "%"),
    ],
)
def test_different_things_do_not_link(text: str, unit: str) -> None:
    found = best_link(text, unit)
    assert found is None or found[1] < LINK_THRESHOLD


def test_link_targets_sets_code_and_confidence() -> None:
    targets = [
        Target(indicator_text="儿童系统管理率", comparator=Comparator.ge, value=90, unit="%"),
        Target(indicator_text="新增托育机构", comparator=Comparator.eq, value=2, unit="家"),
    ]
    assert link_targets(targets) == 1
    assert targets[0].indicator_code == "child_systematic_mgmt_rate"
    assert targets[0].link_confidence == 1.0
    assert targets[1].indicator_code is None
    codes = {i.code for i in standard_indicators()}
    assert proposed_code("新增托育机构") == proposed_code("新增托育机构")
    assert proposed_code("新增托育机构").startswith("custom.")
    assert proposed_code("新增托育机构") not in codes
