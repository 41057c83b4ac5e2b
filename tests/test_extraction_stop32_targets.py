"""Stop 32, targets: the language of Hong Kong, Macau and Taiwan pages and of news in
traditional characters, and the deadlines of their goals; texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from healthplan.extraction.clauses import explain
from targets_helpers import document, read


def _deadlines(tmp_path: Path, text: str) -> dict[float, int | None]:
    return {value: deadline for _, _, value, _, deadline in document(tmp_path, text)}


def test_a_page_stores_date_line_dates_its_next_year(tmp_path: Path) -> None:
    # the page opens with the store's date line, the outlet after it: 明年 is the year after it
    text = (
        " date 2024-11-20 民生中心／綜合報導\n\n"
        "明年起實施的長照新方案，將把居家照顧補助由每月8000元提高到每月12000元，"
        "減輕家庭負擔。\n"
    )
    assert _deadlines(tmp_path, text)[12000.0] == 2025


def test_a_newspapers_print_line_dates_the_article(tmp_path: Path) -> None:
    # a reprinted article ends with its paper's print line: 今年 is that line's year
    text = (
        "某市推進社區衛生服務能力建設\n"
        "本報某市5月8日電 (記者王某)記者從全市衛生健康工作會議獲悉:"
        "今年某市將新建社區衛生服務站16個。\n"
        "《 某某日報 》( 2022年05月09日 04 版)\n"
    )
    assert _deadlines(tmp_path, text)[16.0] == 2022


def test_this_year_alone_in_a_clause_dates_its_paragraph(tmp_path: Path) -> None:
    text = (
        " date 2023-03-02 綜合新聞\n\n"
        "據了解,今年,全區將建設8個中醫專科聯盟、5家中醫康復中心。"
        "實現鄉鎮衛生院100%設置中醫館。\n"
    )
    assert _deadlines(tmp_path, text) == {8.0: 2023, 5.0: 2023, 100.0: 2023}


def test_a_place_before_the_year_a_plan_states_dates_its_paragraph(tmp_path: Path) -> None:
    text = (
        "本報訊 (記者 某某) 日前,《某市養老服務設施布局專項規劃(2023—2035年)》"
        "經市政府批復正式出臺。\n\n"
        "《規劃》提出,某市到2027年建成不少于3萬張養老床位。"
        "全市每千人社區養老服務設施建筑面積達到40平方米,建成60家鄉村長者照護之家。\n"
    )
    assert _deadlines(tmp_path, text) == {30000.0: 2027, 40.0: 2027, 60.0: 2027}


def test_a_sum_allotted_is_a_cost_whatever_its_size() -> None:
    # one reason for a sum the work is given or costs (allocation merged into cost)
    for sentence in ("街道另拨款8000元购置健身器材", "区财政将投入5亿元建设区域医疗中心"):
        assert read(sentence) == [], sentence
        assert "cost" in [why for _, why in explain(sentence)], sentence
    # what each household is given stays a target
    assert read("每户拨款500元改造卫生厕所") != []
