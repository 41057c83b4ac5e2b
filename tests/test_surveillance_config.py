"""Rule files for `healthplan surveillance run --config`: per-disease detectors, percentiles
and fusion rules, with problems named by file and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthplan.errors import InputError
from healthplan.surveillance.config import load_config

RULES = """
verify_hours: 12
cluster_channels: [school]
diseases:
  - disease: hfmd
    name_zh: 手足口病
    k_of_n: 2
    score_threshold: 1.2
    channels:
      - {channel: cases, key: hfmd, method: cidars, weight: 1.0, percentile: 75}
      - {channel: school, key: absenteeism, method: ears-c3, weight: 0.5}
"""


def test_rules_from_yaml(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(RULES, encoding="utf-8")
    config = load_config(path)
    assert config.verify_hours == 12 and config.cluster_channels == ("school",)
    rule = config.rule("hfmd")
    assert rule.k_of_n == 2 and rule.channels[0].percentile == 75
    assert [c.method for c in rule.channels] == ["cidars", "ears-c3"]


def test_bad_rules_name_the_field(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(RULES.replace("ears-c3", "magic"), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_config(path)
    assert info.value.problems[0].field == "diseases[0].channels[1].method"


OLD_SINGLE_CASE = """
diseases:
  - disease: plague
    name_zh: 鼠疫
    k_of_n: 1
    single_case: true
    channels:
      - {channel: cases, key: plague, method: single-case, weight: 2.0}
"""


def test_old_single_case_flag_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(OLD_SINGLE_CASE, encoding="utf-8")
    rule = load_config(path).rule("plague")
    assert [c.method for c in rule.channels] == ["single-case"]


def test_single_case_flag_with_a_fused_detector_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(OLD_SINGLE_CASE.replace("method: single-case", "method: cidars"), "utf-8")
    with pytest.raises(InputError) as info:
        load_config(path)
    assert info.value.problems[0].field == "diseases[0].single_case"
