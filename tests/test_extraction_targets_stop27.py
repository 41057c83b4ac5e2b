"""Stop 27: lists that share one value (eval/corpus/README.md "Annotation rules"). Items that
are different measures are one target each, of the subject named once before them; subjects of
one measure that 均/分别/各/都 gives the value each are one target each, every one named whole.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from targets_helpers import read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("孕妇乙肝、丙肝筛查率均达到90%以上", ["孕妇乙肝筛查率", "孕妇丙肝筛查率"]),
        ("老年人和孕产妇健康管理率都达到75%", ["老年人健康管理率", "孕产妇健康管理率"]),
        ("医疗废物和污水无害化处置率均达到100%", ["医疗废物无害化处置率", "污水无害化处置率"]),
        ("乙肝、梅毒母婴传播率均控制在2%以下", ["乙肝母婴传播率", "梅毒母婴传播率"]),
    ],
)
def test_subjects_each_given_the_value_are_one_target_each(text: str, expected: list[str]) -> None:
    assert [t[0] for t in read(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject, then acts each with its rate said once at the end
        ("新生儿建档、随访率达到95%", ["新生儿建档率", "新生儿随访率"]),
        (
            "重点人群筛查率、管理率、转诊到位率达到100%",
            ["重点人群筛查率", "重点人群管理率", "重点人群转诊到位率"],
        ),
        # kinds of dose of one vaccination
        (
            "适龄儿童麻疹疫苗首剂、全程接种率达到95%",
            ["适龄儿童麻疹疫苗首剂接种率", "适龄儿童麻疹疫苗全程接种率"],
        ),
        # a list of subjects, then measures of them: split by measure, the list kept
        (
            "早产儿、低体重儿筛查率、管理率达到90%",
            ["早产儿、低体重儿筛查率", "早产儿、低体重儿管理率"],
        ),
        # measures each named whole
        ("患者登记率和规范治疗率达到80%", ["患者登记率", "规范治疗率"]),
    ],
)
def test_different_measures_are_one_target_each(text: str, expected: list[str]) -> None:
    assert [t[0] for t in read(text)] == expected
