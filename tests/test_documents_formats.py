"""Each seed, turned into .docx, .pdf, .html, GBK, Big5 and traditional Chinese inside the test,
reads back with the same outline and the same text as the seed itself."""

from __future__ import annotations

import html
import io
from functools import cache
from pathlib import Path

import docx
import opencc
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

from healthplan.documents import Section, SourceFile, ingest
from paths import SEEDS


def seed_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@cache
def read_seed(path: Path) -> SourceFile:
    return ingest(path)


def flat(sections: list[Section]) -> list[tuple[int, str, str | None, str]]:
    found = []
    for section in sections:
        found.append((section.level, section.kind.value, section.number, section.heading))
        found.extend(flat(section.children))
    return found


def squeeze(text: str) -> str:
    return "".join(text.split())


def assert_same(got: SourceFile, expected: SourceFile) -> None:
    assert len(got.documents) == len(expected.documents)
    for ours, theirs in zip(got.documents, expected.documents, strict=True):
        assert [(lv, k, squeeze(h)) for lv, k, _, h in flat(ours.sections)] == [
            (lv, k, squeeze(h)) for lv, k, _, h in flat(theirs.sections)
        ]
        assert squeeze(ours.text) == squeeze(theirs.text)


def to_docx(text: str) -> bytes:
    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line.replace("\xa0", " "))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def to_pdf(text: str) -> bytes:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle(
        "cn",
        fontName="STSong-Light",
        fontSize=10.5,
        leading=16,
        wordWrap="CJK",
        firstLineIndent=21,
    )
    buffer = io.BytesIO()

    def page_chrome(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.setFont("STSong-Light", 9)
        canvas.drawString(72, A4[1] - 40, "某市卫生健康委员会文件")
        canvas.drawCentredString(A4[0] / 2, 30, f"- {doc.page} -")

    story = [
        Paragraph(html.escape(line.strip().replace("\xa0", " ")), style)
        for line in text.split("\n")
        if line.strip()
    ]
    SimpleDocTemplate(buffer, pagesize=A4).build(
        story, onFirstPage=page_chrome, onLaterPages=page_chrome
    )
    return buffer.getvalue()


def to_html(text: str, charset: str = "utf-8") -> bytes:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
    page = f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>规划文件</title>
<script>var x = "当前位置";</script><style>p {{ margin: 0 }}</style></head>
<body>
<div class="top-nav"><ul><li><a href="/">首页</a></li><li>政务公开</li><li>政策文件</li></ul></div>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 政策文件</div>
<div class="share-bar">分享到：微信 微博 QQ空间</div>
<div id="zoom" class="article-content">
{body}
</div>
<div class="related">相关文章：关于印发某某规划的通知</div>
<div id="footer">版权所有：某市人民政府 网站标识码1234 京ICP备00000000号</div>
</body></html>"""
    return page.encode(charset)


@pytest.fixture(params=SEEDS, ids=lambda p: p.name[:3])
def seed(request: pytest.FixtureRequest) -> Path:
    return request.param


def test_seeds_exist() -> None:
    assert len(SEEDS) >= 3


def test_docx(seed: Path) -> None:
    got = ingest(to_docx(seed_text(seed)), name="plan.docx")
    assert got.format == "docx"
    assert_same(got, read_seed(seed))


def test_html(seed: Path) -> None:
    got = ingest(to_html(seed_text(seed)), name="plan.html")
    assert got.format == "html"
    assert "版权所有" not in got.original and "分享到" not in got.original
    assert_same(got, read_seed(seed))


def test_html_in_gbk(seed: Path) -> None:
    text = seed_text(seed).replace("\xa0", " ").replace("•", "·")
    got = ingest(to_html(text, "gbk"), name="plan.htm")
    assert got.encoding == "gb18030"
    assert_same(got, ingest(text.encode("utf-8")))


def test_pdf(seed: Path) -> None:
    # The built-in CID font has no glyph for the middle dot, so it is left out of both.
    text = seed_text(seed).replace("·", "")
    got = ingest(to_pdf(text), name="plan.pdf")
    assert got.format == "pdf"
    assert "某市卫生健康委员会文件" not in got.original
    assert "- 2 -" not in got.original
    assert_same(got, ingest(text.encode("utf-8")))


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-16-le", "utf-8-sig"])
def test_encodings(seed: Path, encoding: str) -> None:
    text = seed_text(seed).replace("\xa0", " ").replace("•", "·")
    got = ingest(text.encode(encoding), name="plan.txt")
    assert got.original == text
    assert_same(got, ingest(text.encode("utf-8")))


def traditional(text: str) -> str:
    """The seed in Taiwan-standard traditional characters that Big5 can hold."""
    converted = opencc.OpenCC("s2tw").convert(text.replace("\xa0", " ").replace("•", "·"))
    return "".join(ch if _big5(ch) else "*" for ch in converted)


def _big5(ch: str) -> bool:
    try:
        ch.encode("big5")
    except UnicodeEncodeError:
        return False
    return True


def test_traditional_reads_as_the_simplified_seed(seed: Path) -> None:
    text = traditional(seed_text(seed))
    got = ingest(text.encode("utf-8"))
    expected = read_seed(seed)
    assert all(d.metadata.variant == "traditional" for d in got.documents)
    assert len(got.documents) == len(expected.documents)
    for ours, theirs in zip(got.documents, expected.documents, strict=True):
        assert [s[:3] for s in flat(ours.sections)] == [s[:3] for s in flat(theirs.sections)]
        a, b = squeeze(ours.text), squeeze(theirs.text.replace("‰", "*"))
        assert len(a) == len(b)
        same = sum(x == y for x, y in zip(a, b, strict=True))
        assert same / len(a) > 0.995, [(x, y) for x, y in zip(a, b, strict=True) if x != y][:20]


def test_big5_reads_like_utf8(seed: Path) -> None:
    text = traditional(seed_text(seed))
    got = ingest(text.encode("big5"), name="plan.txt")
    assert got.encoding == "big5"
    assert got.original == text
    assert_same(got, ingest(text.encode("utf-8")))
