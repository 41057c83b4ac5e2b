"""Forms of stating a target probed with sentences written for the test (never copied from a
corpus document): a deadline said right before a share of units with no comma between, a verb
that works on units before the share of them it reaches."""

from __future__ import annotations

from pathlib import Path

# the helpers that read a clause and a document, shared with the tests of stop 26
from test_extraction_targets_stop26 import document, read


def test_a_deadline_right_before_a_share_of_units_is_the_deadline(tmp_path: Path) -> None:
    assert read("到2026年40%的社区卫生服务中心建成标准化药房") == [
        ("社区卫生服务中心建成标准化药房", "=", 40, "%")
    ]
    assert read("力争到2027年底85%以上的行政村建成健康步道") == [
        ("行政村建成健康步道", ">=", 85, "%")
    ]
    assert read("至2028年末七成的县区开通远程会诊") == [("县区开通远程会诊", "=", 7, "成")]
    found = document(tmp_path, "到2029年25%的乡镇卫生院设置康复病房。\n")
    assert found == [("乡镇卫生院设置康复病房", "=", 25, "%", 2029)]
    # a value due by a year after its verb keeps its measure
    assert read("门诊预约率提高到2027年的60%") == [("门诊预约率", ">=", 60, "%")]
