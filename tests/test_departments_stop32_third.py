"""Regulations written in our own words for the kinds of department language the third
department round of stop 32 read."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import led_tasks, regulation


def _regulation(*articles: str) -> str:
    return regulation("某省传染病防治条例", "为了预防传染病，制定本条例。", *articles)


def test_organs_of_two_kinds_share_the_word_organ(tmp_path: Path) -> None:
    # 公安、司法行政机关: the police organs and the justice administration's, each answering;
    # the first leads its article before the government that funds what they do
    text = _regulation(
        "公安、司法行政机关对羁押场所内的传染病人，应当采取隔离措施。\n\n"
        "对公安、司法行政机关采取的隔离措施，县级以上地方人民政府应当给予经费保障。",
        "市民政局负责困难病人的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        ("公安机关", ["公安机关", "司法行政机关", "县级以上地方人民政府"]),
        ("市民政局", ["市民政局"]),
    ]


def test_departments_and_federations_closing_a_list(tmp_path: Path) -> None:
    # 等部门和团体: the kinds of the bodies listed (a federation among the fields), none itself
    text = _regulation(
        "县级以上人民政府卫生健康部门应当会同民政、财政、残疾人联合会等部门和团体，建立救助制度。",
        "市民政局负责困难病人的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        (
            "县级以上人民政府卫生健康部门",
            ["县级以上人民政府卫生健康部门", "民政部门", "财政部门", "残疾人联合会"],
        ),
        ("市民政局", ["市民政局"]),
    ]


def test_townships_and_their_villages_committees_are_two_entries(tmp_path: Path) -> None:
    # 乡镇人民政府、街道办事处、村民委员会: the governments are alternatives for one place, but a
    # township has a committee in each village too, which answers on its own: two entries
    text = _regulation(
        "乡（镇）人民政府、街道办事处、村（居）民委员会应当协助做好病人的随访。",
        "市民政局负责困难病人的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        (
            "乡（镇）人民政府、街道办事处",
            ["乡（镇）人民政府、街道办事处", "村（居）民委员会"],
        ),
        ("市民政局", ["市民政局"]),
    ]


def test_a_sectors_department_named_again_is_listed_once(tmp_path: Path) -> None:
    # 县级以上人民政府甲主管部门 … 甲部门: every level's department named again bare; 省乙主管
    # 部门 … 省乙部门: the same level's in other words; 省丙部门 … 丙部门: a bare name after one
    # level's also names the other levels' departments and stays
    text = _regulation(
        "县级以上人民政府卫生健康主管部门负责监督，未经卫生健康部门批准，不得开展筛查。",
        "省中医药主管部门应当建设重点专科，省卫生健康、中医药等部门应当给予经费支持。",
        "省民政部门负责救助标准，民政部门负责发放。",
    )
    assert led_tasks(tmp_path, text) == [
        ("县级以上人民政府卫生健康主管部门", ["县级以上人民政府卫生健康主管部门"]),
        ("省中医药主管部门", ["省中医药主管部门", "省卫生健康部门"]),
        ("省民政部门", ["省民政部门", "民政部门"]),
    ]
