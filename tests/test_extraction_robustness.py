"""A target read from a sentence is read unchanged from the same sentence as page layout and
publishing leave it: spaces between digits and units, a line break inside a word, full-width
digits, traditional characters, pinyin annotations (property tests; the sentences are
written for these tests). Also the view's offsets, and a file that holds two plans."""

from __future__ import annotations

import re

import opencc
from hypothesis import given, settings
from hypothesis import strategies as st

from healthplan.documents import ingest
from healthplan.extraction import extract_source
from healthplan.extraction.text import view

# (sentence, indicator, comparator, value, unit); each is one paragraph of a plan.
SENTENCES = [
    ("到2025年，全市孕产妇系统管理率达到90%以上。", "孕产妇系统管理率", ">=", 90.0, "%"),
    ("到2025年，婴儿死亡率控制在5‰以下。", "婴儿死亡率", "<=", 5.0, "‰"),
    ("到2025年，每千人口执业医师数达到3.2人。", "每千人口执业医师数", ">=", 3.2, "人"),
    ("今年，全县要新建社区卫生服务中心12家。", "新建社区卫生服务中心", "=", 12.0, "家"),
    (
        "到2025年，适龄儿童免疫规划疫苗接种率保持在95%以上。",
        "适龄儿童免疫规划疫苗接种率",
        ">=",
        95.0,
        "%",
    ),
]
TITLE = "某县卫生健康事业发展规划（2021-2025年）\n一、主要目标\n"


def _read(text: str) -> list[tuple[str, str, float, str]]:
    source = ingest(text.encode("utf-8"), name="plan.txt")
    result = extract_source(source, link=False)
    for target in result.targets:
        assert target.source is not None
        assert source.original[target.source.start : target.source.end] == target.source.quote
    return [(t.indicator_text, t.comparator.value, t.value, t.unit) for t in result.targets]


def _expected(index: int) -> tuple[str, str, float, str]:
    _, indicator, comparator, value, unit = SENTENCES[index]
    return indicator, comparator, value, unit


def _numbers(sentence: str) -> list[int]:
    """Positions just after a digit that a unit or word follows (where layout puts spaces)."""
    return [
        i + 1
        for i, ch in enumerate(sentence[:-1])
        if ch.isdigit() and not sentence[i + 1].isdigit()
    ]


@settings(max_examples=40, deadline=None)
@given(
    index=st.integers(0, len(SENTENCES) - 1),
    data=st.data(),
    spaces=st.sampled_from([" ", "  ", "\u3000"]),
)
def test_spaces_between_number_and_unit(index: int, data: st.DataObject, spaces: str) -> None:
    sentence = SENTENCES[index][0]
    at = data.draw(st.sampled_from(_numbers(sentence)))
    spaced = sentence[:at] + spaces + sentence[at:]
    assert _read(TITLE + spaced) == [_expected(index)]


@settings(max_examples=40, deadline=None)
@given(index=st.integers(0, len(SENTENCES) - 1), data=st.data())
def test_line_break_inside_a_word(index: int, data: st.DataObject) -> None:
    sentence = SENTENCES[index][0]
    comma = sentence.index("，") + 1 if "，" in sentence else 2
    at = data.draw(st.integers(comma + 1, len(sentence) - 2))
    broken = sentence[:at] + "\n" + sentence[at:]
    assert _read(TITLE + broken) == [_expected(index)]


@settings(max_examples=20, deadline=None)
@given(index=st.integers(0, len(SENTENCES) - 1))
def test_full_width_digits(index: int) -> None:
    sentence = SENTENCES[index][0]
    wide = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() or c == "%" else c for c in sentence)
    assert _read(TITLE + wide) == [_expected(index)]


@settings(max_examples=10, deadline=None)
@given(index=st.integers(0, len(SENTENCES) - 1))
def test_traditional_characters(index: int) -> None:
    traditional = opencc.OpenCC("s2t").convert(TITLE + SENTENCES[index][0])
    assert _read(traditional) == [_expected(index)]


@settings(max_examples=20, deadline=None)
@given(
    index=st.integers(0, len(SENTENCES) - 1),
    data=st.data(),
    gloss=st.sampled_from(["(wèi)", "(wèi )", "（shēng）"]),
)
def test_pinyin_annotation(index: int, data: st.DataObject, gloss: str) -> None:
    sentence = SENTENCES[index][0]
    indicator = SENTENCES[index][1]
    start = sentence.index(indicator)
    at = data.draw(st.integers(start + 1, start + len(indicator) - 1))
    annotated = sentence[:at] + gloss + sentence[at:]
    assert _read(TITLE + annotated) == [_expected(index)]


def test_view_offsets_point_into_the_text() -> None:
    text = "一、目标\n建成 3 个示范社区，孕产妇系统管\n理率达到 90 %以上。\n（一）下一项\n"
    shown = view(text)
    assert "建成3个示范社区" in shown.text and "系统管理率达到90%以上" in shown.text
    assert "\n（一）下一项" in shown.text  # a break before a numbered item is kept
    for i, ch in enumerate(shown.text):
        assert text[shown.at[i]] == ch
    start = shown.text.index("管理率")
    a, b = shown.span(start, start + 3)
    assert text[a:b] == "管\n理率"


def test_a_break_before_a_field_or_an_indented_paragraph_is_kept() -> None:
    text = "1.加强基层医疗能力建设，完善服务网络\n责任单位：县卫健局\n  下一段，另起一行\n"
    shown = view(text).text
    assert "网络\n责任单位" in shown and "县卫健局\n" in shown


def test_two_plans_in_one_file_keep_both() -> None:
    first = (
        "某市卫生健康事业发展规划（2021-2025年）\n"
        "一、发展目标\n"
        + "到2025年，全市健康水平进一步提高，医疗卫生服务体系更加完善，基层服务能力显著增强。" * 12
        + "\n到2025年，全市人均预期寿命达到80岁。\n"
    )
    second = (
        "2024年健康促进工作要点一\n一、目标\n全市居民健康素养水平达到30%。\n"
        "2024年健康促进工作要点二\n一、目标\n新建健康主题公园3个。\n"
    )
    source = ingest((first + second).encode("utf-8"), name="two.txt")
    targets = [t.indicator_text for t in extract_source(source, link=False).targets]
    assert any("人均预期寿命" in t for t in targets)
    assert any("健康素养水平" in t for t in targets)
    assert any("健康主题公园" in t for t in targets)


def test_a_table_of_cells_one_a_paragraph_is_read_row_by_row() -> None:
    text = (
        "民生实事进度表\n\n序号\n\n项目内容\n\n牵头单位\n\n"
        "1\n\n为全县70岁以上老年人免费体检8000人。\n\n县卫健局\n\n"
        "2\n\n全县基层医疗机构门诊报销比例=55%。\n\n县医保局\n"
    )
    shown = view(text).text
    assert "1\t为全县70岁以上老年人免费体检8000人。\t县卫健局" in shown
    assert _read(text) == [
        ("为全县70岁以上老年人免费体检", "=", 8000.0, "人"),
        ("基层医疗机构门诊报销比例", "=", 55.0, "%"),
    ]


_PLAN_ALPHABET = list(
    "到年率达以上下内不低于高万亿个家人次名%‰，。；：、（）()〔〕|\n 　\t0123456789"
    "序号一二三四五十是牵头单位负责市县卫健委局中心和及与的其中均分别各“”"
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PLAN_ALPHABET), min_size=1, max_size=300).map("".join))
def test_any_text_is_read_without_error_and_quoted_exactly(text: str) -> None:
    if not text.strip():
        return
    source = ingest(("一、目标\n" + text).encode("utf-8"), name="plan.txt")
    result = extract_source(source, link=False)
    for item in [*result.targets, *result.tasks]:
        assert item.source is not None
        assert source.original[item.source.start : item.source.end] == item.source.quote


ITEM = "3.高血压、糖尿病患者基层规范管理服务率分别达到65%、60%以上。"
ITEM_TARGETS = [
    ("高血压患者基层规范管理服务率", ">=", 65.0, "%"),
    ("糖尿病患者基层规范管理服务率", ">=", 60.0, "%"),
]


@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_line_break_inside_a_numbered_sentence(data: st.DataObject) -> None:
    # after its first 、: a numbered line with no punctuation yet (3.高血压) may be a heading
    at = data.draw(st.integers(ITEM.index("、") + 1, ITEM.index("分别")))
    broken = ITEM[:at] + "\n" + ITEM[at:]
    assert _read(TITLE + broken) == ITEM_TARGETS


@settings(max_examples=20, deadline=None)
@given(index=st.integers(0, len(SENTENCES) - 1), spaces=st.sampled_from([" ", "\u3000"]))
def test_spaces_between_the_digits_of_a_rate(index: int, spaces: str) -> None:
    sentence = SENTENCES[index][0]
    spaced = re.sub(r"(\d)(?=\d*[%‰])", lambda m: m.group(1) + spaces, sentence)
    assert _read(TITLE + spaced) == [_expected(index)]


def test_a_full_stop_of_the_wrong_width() -> None:
    text = TITLE + "孕产妇系统管理率达到90%以上.婴儿死亡率控制在5‰以下.健康素养水平提升到25。4%。"
    assert _read(text) == [
        ("孕产妇系统管理率", ">=", 90.0, "%"),
        ("婴儿死亡率", "<=", 5.0, "‰"),
        ("健康素养水平", ">=", 25.4, "%"),
    ]


# Indicators that each name their own measure; some hold 及 inside a word (普及, 及时, 涉及),
# which joins nothing.
_OWN_RATES = [
    "孕产妇系统管理率",
    "农村无害化卫生户厕普及率",
    "传染病网络直报及时率",
    "生活饮用水水质合格率",
    "城市生活垃圾无害化处理率",
    "适龄儿童免疫规划疫苗接种率",
    "高血压患者规范管理率",
    "新生儿访视率",
    "涉及职业病危害的企业申报率",
    "村镇生活垃圾集中收运率",
    "中小学校健康教育开课率",
    "居民健康知识知晓率",
]


@settings(max_examples=60, deadline=None)
@given(
    names=st.lists(st.sampled_from(_OWN_RATES), min_size=2, max_size=8, unique=True),
    data=st.data(),
    last_joint=st.sampled_from(["、", "和", "以及"]),
    verb=st.sampled_from(["分别达到", "将分别达到", "分别提高到", "分别不低于"]),
    tail=st.sampled_from(["", "以上"]),
)
def test_n_indicators_with_n_values_by_fenbie_give_n_pairs_in_order(
    names: list[str], data: st.DataObject, last_joint: str, verb: str, tail: str
) -> None:
    values = data.draw(
        st.lists(st.integers(50, 99), min_size=len(names), max_size=len(names), unique=True)
    )
    listed = "、".join(names[:-1]) + last_joint + names[-1]
    written = "、".join(f"{v}%" for v in values[:-1]) + f"和{values[-1]}%"
    sentence = f"到2025年，全市{listed}{verb}{written}{tail}。"
    read = [(name, value) for name, _, value, _ in _read(TITLE + sentence)]
    assert read == [(n, float(v)) for n, v in zip(names, values, strict=True)]
