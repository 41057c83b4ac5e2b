"""Hostile and broken documents: every reader either reads or refuses with an
:class:`IngestError` naming the file (fuzzed bytes, hypothesis); a .docx that unpacks beyond
the configured limit is refused before it is unpacked; deep HTML nesting is read; a few bad
bytes in UTF-8 are replaced and warned about, never a refusal of the whole file; a single-line
page with a breadcrumb keeps its text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healthplan.documents import IngestError, ingest
from healthplan.documents import formats as document_formats
from healthplan.documents.formats import read_text
from paths import SEEDS
from reliability_helpers import docx_with, paragraphs

GOOD_DOCX = docx_with(paragraphs(3))
SEED = SEEDS[0].read_bytes()


@pytest.mark.parametrize(
    "sample",
    [GOOD_DOCX, b"%PDF-1.4\n", SEED, b"<html><body><p>x</p></body></html>"],
    ids=["docx", "pdf", "txt", "html"],
)
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_fuzzed_bytes_are_read_or_refused(sample: bytes, data: st.DataObject) -> None:
    """Flip, cut and splice bytes of a valid file of each format: the reader returns text
    or raises IngestError, nothing else (no KeyError, zlib.error, RecursionError…)."""
    size = len(sample)
    cut = data.draw(st.integers(0, size))
    flips = data.draw(
        st.lists(st.tuples(st.integers(0, max(size - 1, 0)), st.integers(0, 255)), max_size=8)
    )
    noise = data.draw(st.binary(max_size=64))
    mutated = bytearray(sample[:cut] + noise + sample[cut:])
    for position, value in flips:
        if position < len(mutated):
            mutated[position] = value
    try:
        found = read_text(bytes(mutated), "fuzz")
    except IngestError as error:
        assert "fuzz" in str(error)
    else:
        assert isinstance(found.text, str)


def test_a_docx_expanding_beyond_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document_formats.ARCHIVE_LIMITS, "max_bytes", 2_000_000)
    bomb = docx_with(paragraphs(60_000))  # 3.8 MB of XML in ~50 KB
    assert len(bomb) < 200_000
    with pytest.raises(IngestError, match="MB"):
        read_text(bomb, "bomb.docx")


def test_a_docx_expanding_beyond_the_ratio_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document_formats.ARCHIVE_LIMITS, "max_ratio", 20.0)
    bomb = docx_with(paragraphs(200_000))  # 12 MB of XML, ratio far above 20
    with pytest.raises(IngestError):
        read_text(bomb, "ratio.docx")


def test_a_large_ordinary_docx_is_read_whole() -> None:
    found = read_text(docx_with(paragraphs(5_000)), "big.docx")
    assert found.text.count("人均预期寿命") == 5_000


def test_deeply_nested_html_is_read() -> None:
    page = "<html><body>" + "<div>" * 20_000 + "<p>人均预期寿命达到80岁</p>" + "</div>" * 20_000
    found = read_text((page + "</body></html>").encode(), "deep.html")
    assert "人均预期寿命达到80岁" in found.text


def test_a_few_bad_bytes_in_utf8_are_replaced_and_warned() -> None:
    broken = bytearray(SEED)
    for position in range(1000, len(broken), len(broken) // 10):
        broken.insert(position, 0xFF)
    source = ingest(bytes(broken), name="broken.txt")
    assert any("UTF-8" in w or "utf-8" in w.lower() for w in source.warnings)
    assert source.documents


def test_a_single_line_page_with_a_breadcrumb_keeps_its_text() -> None:
    text = "当前位置：首页 > 通知 " + SEED.decode("utf-8").replace("\n", " ")
    source = ingest(text.encode("utf-8"), name="oneline.txt")
    assert sum(len(d.text) for d in source.documents) > 0.9 * len(text)


def test_two_plans_in_one_file_keep_both() -> None:
    """D3: the text outside the longest run of numbered articles was dropped silently."""
    first, second = (path.read_bytes() for path in SEEDS[:2])
    source = ingest(second + b"\n" + first, name="both.txt")
    kept = sum(len(d.text) for d in source.documents)
    assert kept > 0.9 * len((second + first).decode("utf-8"))
