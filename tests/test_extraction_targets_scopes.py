"""A value said of a place alone (城市, 农村) after the measure was named without a value (the
place is the measure's scope), and bounds said as a prohibition or a floor, in sentences
written for the test."""

from __future__ import annotations

from pathlib import Path

from healthplan.extraction import clause_targets
from targets_helpers import document


def test_a_place_alone_after_a_measure_named_before_a_colon(tmp_path: Path) -> None:
    text = (
        "某县妇幼卫生工作指标\n"
        "一、儿童保健\n"
        "2、新生儿访视率:农村达到88%、城市达到94%。\n"
        "3、儿童体检率：城市达到96%，农村达到90%。\n"
    )
    assert document(tmp_path, text) == [
        ("农村新生儿访视率", ">=", 88, "%", None),
        ("城市新生儿访视率", ">=", 94, "%", None),
        ("城市儿童体检率", ">=", 96, "%", None),
        ("农村儿童体检率", ">=", 90, "%", None),
    ]


def test_a_place_alone_after_a_measure_named_as_a_sentence_of_its_own(tmp_path: Path) -> None:
    text = "某市环境卫生整治目标\n（二）粪便无害化处理率。2026年底，城市达到80%以上。\n"
    assert document(tmp_path, text) == [("城市粪便无害化处理率", ">=", 80, "%", 2026)]


def test_a_year_between_the_measure_and_its_place_dates_the_value(tmp_path: Path) -> None:
    text = (
        "某省儿童发展规划\n"
        "6、全省学生体检率到2025年城市要达到90%,农村要达到83%;"
        "到2030年城市要达到92%,农村要达到85%。\n"
    )
    assert document(tmp_path, text) == [
        ("城市学生体检率", ">=", 90, "%", 2025),
        ("农村学生体检率", ">=", 83, "%", 2025),
        ("城市学生体检率", ">=", 92, "%", 2030),
        ("农村学生体检率", ">=", 85, "%", 2030),
    ]


def test_a_bound_said_as_a_prohibition_or_a_floor() -> None:
    def read(text: str) -> list[tuple[str, str, float, str]]:
        return [(t.indicator, t.comparator.value, t.value, t.unit) for t in clause_targets(text)]

    # 不得超过 bounds from above; it is not 超过 (more than)
    assert read("县级医院剖宫产率不得超过30%") == [("县级医院剖宫产率", "<=", 30, "%")]
    assert read("婴儿死亡率不得高于6‰") == [("婴儿死亡率", "<=", 6, "‰")]
    assert read("拴养宠物绳长不得超过2米") == [("拴养宠物绳长", "<=", 2, "米")]
    assert read("家庭医生每月随访不得少于2次") == [("家庭医生每月随访", ">=", 2, "次")]
    # 最少 is 至少: a floor on the count after it
    assert [t[1:] for t in read("发现并最少登记高危人群120名")] == [(">=", 120, "名")]
    assert [t[1:] for t in read("最少对其中200名患者进行规范化管理")] == [(">=", 200, "名")]
    assert read("每个村卫生室最少配备2名乡村医生") == [("配备乡村医生", ">=", 2, "名")]


def test_a_measure_named_as_a_sentence_then_its_yearly_rise(tmp_path: Path) -> None:
    text = (
        "某市城乡环境整治方案\n二、工作目标\n"
        "(三)农村集中供水覆盖率。每年提高6%以上。\n"
        "(四)农村无害化卫生厕所普及率。每年提高4%,2027年底达到75%以上。\n"
    )
    assert document(tmp_path, text) == [
        ("农村集中供水覆盖率", "increase_by", 6, "%", None),
        ("农村无害化卫生厕所普及率", "increase_by", 4, "%", 2027),
        ("农村无害化卫生厕所普及率", ">=", 75, "%", 2027),
    ]


def test_a_level_of_care_alone_is_a_scope_of_the_measure_named_before(tmp_path: Path) -> None:
    text = (
        "某县妇幼工作指标\n二、工作指标\n"
        "3、剖宫产率：县级控制在35%以内，乡镇控制在25%以内。\n"
        "4、住院分娩率。县级达到99%，乡镇达到95%。\n"
    )
    assert document(tmp_path, text) == [
        ("县级剖宫产率", "<=", 35, "%", None),
        ("乡镇剖宫产率", "<=", 25, "%", None),
        ("县级住院分娩率", ">=", 99, "%", None),
        ("乡镇住院分娩率", ">=", 95, "%", None),
    ]
