"""Stop 32, targets (second round): Hong Kong's financial and school years; texts written for
these tests."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document, read


def test_a_past_financial_years_figure_is_no_target(tmp_path: Path) -> None:
    # the figure of the year 2016/17 is what the new sum is compared with, not a goal
    text = "新一年度政府將向衞生署撥款320億元，較2016/17年度的300億元增加約7%，以推行新措施。\n"
    values = {value for _, _, value, _, _ in document(tmp_path, text)}
    assert 30_000_000_000.0 not in values


def test_a_school_years_intake_is_the_baseline_of_its_growth(tmp_path: Path) -> None:
    text = "護理學額由2016/17學年約2000個，增加三成至2022/23學年約2600個。\n"
    # the span is one year, not a name ending in /17學年 or /23學年
    assert not any("/" in name for name, *_ in document(tmp_path, text))


def test_a_programme_over_two_years_dates_its_targets_by_its_last_year(tmp_path: Path) -> None:
    # the annual plan the board passed is the financial year ending in 2021 (README, stop 33
    # dev questions: financial years): the beds it adds are due by then
    text = (
        "管理局下午舉行大會，通過2020至2021年度計劃。局方今年獲撥款700億元，將在各區合共新增"
        "300張病床；又會擴展日間服務，並增加普通科門診名額。人手方面，局方會繼續聘請更多醫生。\n"
    )
    assert document(tmp_path, text) == [("新增病床", "=", 300.0, "张", 2021)]


def test_a_tax_raised_by_tenths_of_a_yuan() -> None:
    # 角 is a tenth of a yuan: a charge raised by so much (调高, as 提高), not a level
    assert read("政府建议把每支香烟的税款调高5角，以减少吸烟。") == [
        ("政府建议把每支香烟的税款", "increase_by", 5.0, "角")
    ]
    assert read("综合援助金上调300元。") == [("综合援助金", "increase_by", 300.0, "元")]
    # a corner in words counts nothing
    assert [unit for *_, unit in read("在三角地带新建公园2个。")] == ["个"]


def test_goals_before_a_later_as_of_clause_stand(tmp_path: Path) -> None:
    # the progress told at the end of the sentence (截至…已有) does not make its goals past
    text = (
        " date 2025-10-29 健康新聞\n\n"
        "衛福部表示，政府推動糖尿病防治計畫，希望在2030年將7成糖尿病人納入照護網，"
        "其中6成病人的血糖獲得控制，另也將成人預防保健服務擴及30歲，"
        "截至今年7月已有超過21萬國人受惠。\n"
    )
    found = {value: deadline for _, _, value, _, deadline in document(tmp_path, text)}
    assert found == {7.0: 2030, 6.0: 2030}


def test_a_sum_after_a_dollar_sign(tmp_path: Path) -> None:
    # Hong Kong writes the sum after its sign ($2500, HK$2,500): the number, read as written
    for sign in ("$", "HK$"):
        text = f"政府將優化長者醫療券計劃，把每年{sign}2,000的醫療券金額增至{sign}2,500。\n"
        assert document(tmp_path, text) == [("医疗券金额", ">=", 2500.0, "", None)]
