"""Names of departments resolved against a register, generated from kinds of writing: the long
and the short form of a body's name, with or without its place, with its other name in brackets,
written without its level; collectives of every scope. What must not resolve: another level's
body, another body."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from healthplan.extraction import DepartmentDirectory
from healthplan.extraction.departments import department_key, is_collective, is_department
from healthplan.extraction.departments.names import _ABBREVIATIONS
from healthplan.model import Department

# (the name a register holds, a form plans write) for kinds of bodies
_FORMS = [
    ("卫生健康委员会", "卫健委"), ("卫生健康委员会", "卫生健康委"), ("卫生健康局", "卫健局"),
    ("发展和改革委员会", "发改委"), ("发展和改革委员会", "发展改革委"),
    ("人力资源和社会保障局", "人社局"), ("市场监督管理局", "市场监管局"),
    ("住房和城乡建设局", "住建局"), ("医疗保障局", "医保局"), ("交通运输局", "交通局"),
    ("残疾人联合会", "残联"), ("妇女联合会", "妇联"), ("科学技术局", "科技局"),
    ("工业和信息化局", "工信局"), ("经济和信息化局", "经信局"), ("退役军人事务局", "退役军人局"),
    ("应急管理局", "应急局"), ("文化和旅游局", "文旅局"), ("行政审批服务局", "行政审批局"),
    ("民族宗教事务局", "民宗局"), ("林业和草原局", "林草局"), ("人民政府办公室", "政府办"),
    ("疾病预防控制中心", "疾控中心"), ("机关事务管理局", "机关事务局"),
    ("城市管理综合执法局", "城管执法局"), ("教育和体育局", "教体局"), ("人民政府", "政府"),
    ("自然资源和规划局", "自规局"), ("自然资源和规划局", "自然资源规划局"),
    ("数据资源管理局", "数据局"), ("大数据发展管理局", "大数据局"),
    ("人民政府国有资产监督管理委员会", "国资委"),
]  # fmt: skip
_PLACES = [("宣城", "市"), ("南陵", "县"), ("西湖", "区"), ("凉山", "州"), ("鄂托克", "旗")]


@given(st.sampled_from(_FORMS), st.sampled_from(_PLACES))
def test_every_form_of_a_name_resolves_to_the_registers_department(
    form: tuple[str, str], place: tuple[str, str]
) -> None:
    long, short = form
    town, level = place
    register = DepartmentDirectory([Department(code="x", name=f"{level}{long}")])
    for written in (
        f"{level}{long}",  # as the register writes it
        f"{level}{short}",  # its short form
        f"{town}{level}{short}",  # with its place
        f"{level}{short}（{level}{long}）",  # with its other name in brackets
        short,  # without its level, in a plan of that level
    ):
        found = register.resolve(written)
        assert found is not None and found.name == f"{level}{long}", written


@given(st.sampled_from(_FORMS), st.sampled_from(_FORMS), st.sampled_from(_PLACES))
def test_another_body_or_another_level_does_not_resolve(
    form: tuple[str, str], other: tuple[str, str], place: tuple[str, str]
) -> None:
    _, level = place
    register = DepartmentDirectory([Department(code="x", name=f"{level}{form[0]}")])
    another_level = "省" if level != "省" else "市"
    assert register.resolve(f"{another_level}{form[1]}") is None
    if other[0] != form[0]:
        assert register.resolve(f"{level}{other[1]}") is None


@given(
    st.sampled_from(["", "市直", "县直", "区直", "市级", "省直", "全区经济运行", "全县"]),
    st.sampled_from(["各", "有关", "相关", "各有关", "各相关"]),
    st.sampled_from(["单位", "部门", "成员单位", "专班", "处室", "机构", "直属单位"]),
)
def test_collectives_of_every_scope(scope: str, quantifier: str, kind: str) -> None:
    name = f"{scope}{quantifier}{kind}"
    assert is_collective(name) and is_department(name)


def test_collectives_of_levels_and_units_are_known_to_the_register_as_collectives() -> None:
    register = DepartmentDirectory([Department(code="x", name="市卫生健康委员会")])
    names = [
        "各县（市、区）人民政府",
        "各级人民政府",
        "各相关处室<单位>",
        "各镇（街道）",
        "某某公司",
    ]
    known, unknown = register.classify(names)
    assert [d.name for d in known] == names[:4] and unknown == ["某某公司"]
    assert all(d.code.startswith("collective:") for d in known)


@given(st.sampled_from(["省", "市", "县", "区"]))
def test_the_party_committees_bodies_and_the_youth_league_of_a_level(level: str) -> None:
    register = DepartmentDirectory(
        [
            Department(code="pr", name=f"{level}委宣传部"),
            Department(code="yl", name=f"共青团{level}委员会"),
            Department(code="eb", name=f"{level}委机构编制委员会办公室"),
        ]
    )
    for written, code in [
        ("宣传部", "pr"),  # written without the committee of its level
        (f"{level}委宣传部", "pr"),
        (f"团{level}委", "yl"),
        (f"共青团{level}委", "yl"),
        ("编办", "eb"),
        (f"{level}委编办", "eb"),
    ]:
        found = register.resolve(written)
        assert found is not None and found.code == code, written
    assert register.resolve(f"{level}宣传部") is None  # not the committee's: another body


def test_the_name_forms_table_maps_each_long_form_to_its_short_one() -> None:
    for k, (long, short) in enumerate(_ABBREVIATIONS):
        # a shorter form listed earlier would cut this one before it is read
        assert not any(earlier in long for earlier, _ in _ABBREVIATIONS[:k]), long
        assert department_key("县" + long) == department_key("县" + short)


@given(st.sampled_from(["市", "县"]))
def test_a_field_of_work_names_the_one_department_of_that_field(level: str) -> None:
    register = DepartmentDirectory(
        [
            Department(code="edu", name=f"{level}教育局"),
            Department(code="hc", name=f"{level}住房和城乡建设局"),
            Department(code="ps", name=f"{level}公安局"),
            Department(code="dr", name=f"{level}发展和改革委员会"),
        ]
    )
    for written, code in [
        ("教育", "edu"),
        ("教育行政部门", "edu"),
        ("住房和城乡建设", "hc"),
        ("住房城乡建设部门", "hc"),
        ("公安部门", "ps"),
        ("发展改革主管部门", "dr"),
    ]:
        found = register.resolve(written)
        assert found is not None and found.code == code, written
    # a field the register has no body of, or a body's own name, is not guessed
    assert register.resolve("民政部门") is None
    assert register.resolve("财政局") is None
