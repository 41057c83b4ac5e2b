"""Property tests: any bytes ingest or raise IngestError; every sentence, section and (for
simplified text) any range maps back to original characters that normalise to exactly it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healthplan.documents import Document, IngestError, SourceFile, ingest, normalise

PIECES = [
    "卫生",
    "健康",
    "规划",
    "目标",
    "率",
    "达到",
    "以上",
    "xx市",
    "xx年",
    "衛(wèi)生",
    "規(guī)劃",
    "醫療",
    "體系",
    "乾隆",
    "頭髮",
    "顯著",
    "２０２５",
    "９５％",
    "ＡＢ",
    "95%",
    "。",
    "；",
    "，",
    "！",
    "？",
    "、",
    "“",
    "”",
    "(",
    ")",
    "（",
    "）",
    "\n",
    "\r\n",
    "  ",
    "\u3000",
    "一、",
    "二、",
    "（一）",
    "(二)",
    "1.",
    "2、",
    "（1）",
    "①",
    "②",
    "第一章",
    "第一节",
    "一是",
    "二是",
    "三是",
    "â€œ",
    "ã€‚",
    "Ã©",
    "??茖W",
    "\ufffd",
    "\u200b",
    "\ufeff",
    "PM2.5",
    "〔2022〕24号",
    "a",
    "Z",
]
texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=80).map("".join)


def _check_spans(source: SourceFile, document: Document) -> None:
    variant = document.metadata.variant

    def normalised(start: int, end: int) -> str:
        return normalise(source.original[start:end], variant=variant).text

    assert len(document.offsets) == len(document.text) + 1
    assert len(document.ends) == len(document.text)
    for sentence in document.sentences:
        assert normalised(sentence.start, sentence.end) == sentence.text
    stack = list(document.sections)
    while stack:
        section = stack.pop()
        assert normalised(section.start, section.end) == section.text
        assert section.text.startswith(section.heading)
        stack.extend(section.children)
    assert normalised(document.start, document.end) == document.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_any_bytes_ingest_or_raise_the_documented_error(data: bytes) -> None:
    try:
        source = ingest(data, name="random.bin")
    except IngestError as error:
        assert str(error).startswith("random.bin: ")
        return
    assert source.documents
    for document in source.documents:
        _check_spans(source, document)


def _plain_simplified(text: str) -> bool:
    """Long enough, and all in GB2312: GBK bytes that cannot pass for Big5."""
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text) >= 20


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["utf-8", "utf-16", "gb18030"]))
def test_sentences_and_sections_normalise_back(text: str, encoding: str) -> None:
    try:
        source = ingest(text.encode(encoding), name="plan.txt")
    except IngestError:
        assert not normalise(text).text.strip() or "\x00" in text
        return
    if encoding != "gb18030" or _plain_simplified(text):
        # A leading U+FEFF in UTF-8 is read as the BOM; encode("utf-16") writes a BOM of its own.
        assert source.original == (text.removeprefix("\ufeff") if encoding == "utf-8" else text)
    for document in source.documents:
        _check_spans(source, document)


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_any_range_of_simplified_text_normalises_back(text: str, data: st.DataObject) -> None:
    result = normalise(text)
    if not result.text:
        return
    start = data.draw(st.integers(0, len(result.text) - 1))
    end = data.draw(st.integers(start + 1, len(result.text)))
    first, last = result.starts[start], result.ends[end - 1]
    assert normalise(text[first:last]).text == result.text[start:end]
