"""Stop 32, targets: the language of Hong Kong, Macau and Taiwan pages and of news in
traditional characters, and the deadlines of their goals; texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from healthplan.extraction.clauses import explain
from healthplan.extraction.numbers import mentions
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


def test_tens_in_one_character_are_read() -> None:
    # 廿/卅/卌, as Taiwan's press writes twenty, thirty, forty
    assert read("新院区可增加一百卅五床急性一般病床") == [("增加急性一般病床", "=", 135.0, "床")]
    assert [t[2] for t in read("全县将新设廿八处社区关怀据点")] == [28.0]


def test_the_rest_of_a_count_of_yi_in_chinese_numerals() -> None:
    assert [m.value for m in mentions("新增病床两万五千张")] == [25000.0]
    assert [m.value for m in mentions("增加约一亿四千七百万元的经常拨款")] == [147000000.0]


def test_thousands_after_digits() -> None:
    # Hong Kong and Macau write 6千元, 2千张: 千 multiplies as 万 does; 千克 stays a unit
    assert read("额外增加2千张服务券") == [("增加服务券", "=", 2000.0, "张")]
    assert [(m.value, m.unit) for m in mentions("非永久居民亦有6千元")] == [(6000.0, "元")]
    assert [(m.value, m.unit) for m in mentions("人均减重5千克")] == [(5.0, "千克")]


def test_the_currencies_of_hong_kong_macau_and_taiwan_are_units() -> None:
    assert read("每名合资格长者可获3千港元") == [("每名合资格长者可获", "=", 3000.0, "港元")]
    assert read("合资格居民获1万澳门元") == [("合资格居民获", "=", 10000.0, "澳门元")]


def test_the_sums_a_budget_speech_sets_aside_are_costs() -> None:
    for sentence in (
        "政府已预留合共约6亿元推行计划",
        "从医疗改革预留的300亿元中拨出部分",
        "整体涉及约1,500亿元",
        "设立3亿元专项基金支援研究",
        "会通过慈善基金的800万元拨款举办活动",
        "政府将增加约一亿二千万元的经常拨款",
        "医疗开支增20亿",
        "建议医院管理局年度经常资助提高近40亿元",
    ):
        assert read(sentence) == [], sentence
        assert "cost" in [why for _, why in explain(sentence)], sentence
    # what each elder gets stays a target
    assert read("每名长者每月可获3000元资助") != []


def test_the_reach_a_measure_is_expected_to_have_is_a_target(tmp_path: Path) -> None:
    # 预计 with 额外 before the verb, and the number who benefit (受惠), state the plan's reach
    text = (
        "政府會推展第二期醫院發展計劃，多項工程正在進行中，預計可額外提供超過3000張病牀。\n"
        "長者醫療券的合資格年齡將降至65歲，預計50萬名長者受惠。\n"
    )
    found = {value: indicator for indicator, _, value, _, _ in document(tmp_path, text)}
    assert found[3000.0] == "提供病床"
    assert found[500000.0] == "长者受惠"


def test_the_level_a_change_starts_from_as_hong_kong_and_macau_say_it() -> None:
    assert [t[2] for t in read("落成后将由现时的30张增至80张")] == [80.0]
    assert [t[2] for t in read("门诊名额由现时每年2000个,大幅增加至3500个")] == [3500.0]
    assert "baseline" in [why for _, why in explain("印花税豁免额由原来首200万调整为400万元")]


def test_beds_counted_by_the_unit_alone_are_named_beds() -> None:
    # 床 after the count is the bed itself (Taiwan's press: 增設300床)
    assert read("将在三年内增设300床") == [("在三年内增设病床", "=", 300.0, "床")]


def test_a_cap_said_without_a_change_is_at_most_so_much() -> None:
    assert read("每名受保人可扣减的保费上限为6,000元") == [
        ("每名受保人可扣减的保费上限", "<=", 6000.0, "元")
    ]
    assert read("交通补贴上限800元") == [("交通补贴上限", "<=", 800.0, "元")]
    # raised to a sum, the cap is at least that sum
    assert [t[1] for t in read("医疗券累积上限提高至6000元")] == [">="]


def test_the_whole_place_between_the_verb_and_the_count() -> None:
    # 全市城乡, 全区范围内, 全区共 say where; what is counted follows the count
    assert read("完成全市城乡80个健身活动室") == [("完成全市城乡健身活动室", "=", 80.0, "个")]
    assert read("完成全区共40张认知障碍照护床位建设") == [
        ("完成全区认知障碍照护床位建设", "=", 40.0, "张")
    ]


def test_a_day_of_the_year_at_hand_dates_the_measure(tmp_path: Path) -> None:
    # the page's date line names the weekday; 本月26日 and 7月1日起 are days of its year
    text = (
        "2021年5月10日 星期一\n\n"
        "預算案提出優化措施，合資格長者可於本月20日額外獲發500元，"
        "醫療券累積上限亦會提高至6000元。\n"
    )
    assert _deadlines(tmp_path, text)[6000.0] == 2021
    text = (
        "2016年06月15日\n\n"
        "衞生署公布，計劃合資格年齡7月1日起由70歲降至65歲，預計額外30萬名長者受惠。\n"
    )
    assert _deadlines(tmp_path, text)[300000.0] == 2016


def test_square_metres_missing_their_first_character_are_square_metres() -> None:
    # a unit the page mistypes is recorded as meant (README)
    assert read("人均体育场地面积达到2.5方米以上") == [("人均体育场地面积", ">=", 2.5, "平方米")]


def test_a_period_opening_the_paragraph_dates_the_sentences_after_it(tmp_path: Path) -> None:
    text = "某縣體育設施規劃\n“十四五”期間全縣計劃新建體育公園19個。同時，改造公共體育場館6個。\n"
    assert _deadlines(tmp_path, text) == {19.0: 2025, 6.0: 2025}


def test_how_little_there_is_now_is_no_target() -> None:
    for sentence in ("全市每万人口急性一般病床数仅18.5床", "目前每1000名人口只有两名医生"):
        assert read(sentence) == [], sentence
        assert "fact" in [why for _, why in explain(sentence)], sentence
    assert [why for _, why in explain("较五年前增加接近四成")] == ["calendar", "fact"]


def test_a_change_over_past_years_is_told_not_planned(tmp_path: Path) -> None:
    text = "某區財政預算\n政府在醫療方面的經常開支過去十年平均增長6%。\n明年將增加病床200張。\n"
    assert [value for _, _, value, _, _ in document(tmp_path, text)] == [200.0]


def test_a_total_with_its_floor_after_it_is_a_goal_not_work_done(tmp_path: Path) -> None:
    text = (
        "某區2025年民生實事\n"
        "就業服務方面,新增三個零工驛站,累計開展招聘會不少于12場次,提供就業崗位800個。\n"
    )
    assert [value for _, _, value, _, _ in document(tmp_path, text)] == [3.0, 12.0, 800.0]


def test_how_many_play_on_a_pitch_names_its_kind() -> None:
    assert read("新建5人制足球场10块") == [("新建5人制足球场", "=", 10.0, "块")]


def test_the_sessions_of_a_congress_are_a_name() -> None:
    assert read("认真落实市委十二届三次、四次全会精神") == []
    assert read("每年开展应急演练3次") == [("开展应急演练", "=", 3.0, "次")]
