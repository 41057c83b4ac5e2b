"""The documents stage on texts written for these tests: encodings, normalisation, outline,
articles, sentences, metadata, errors and the ``healthplan ingest`` command."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)
import pytest
import typer
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from typer.testing import CliRunner

from healthplan.cli.documents import ingest_command
from healthplan.documents import IngestError, SectionKind, ingest, normalise

PLAN = """某市卫生健康委员会关于印发某市卫生健康事业发展“十四五”规划的通知
某卫发〔2022〕24号
各区卫生健康局：
现将规划印发给你们，请认真贯彻执行。
某市卫生健康委员会
2022年3月15日
第一章 发展基础
第一节 主要成就
一、服务体系不断完善
全市共有医疗卫生机构1200个。
第二章 主要任务
第一节 公共卫生
一、强化疾病预防控制
（一）完善监测网络。一是建立哨点医院；二是建设实验室，提升检测能力；三是完善信息报告。
1. 建设市疾控中心。到2025年，国家免疫规划疫苗接种率保持在95%以上。
（1）加强人员配备。
①市级配备100人。
②区级配备50人。
（二）提升应急能力。
二、推进健康城市建设
"""


def outline_of(sections, depth=0):  # type: ignore[no-untyped-def]
    rows = []
    for s in sections:
        rows.append((s.level, s.kind, s.number, s.heading))
        rows.extend(outline_of(s.children))
    return rows


def test_outline_levels_and_kinds() -> None:
    source = ingest(PLAN.encode("utf-8"), name="plan.txt")
    (document,) = source.documents
    rows = outline_of(document.sections)
    assert [(level, kind) for level, kind, _, _ in rows] == [
        (1, SectionKind.chapter),
        (2, SectionKind.part),
        (3, SectionKind.cn_item),
        (1, SectionKind.chapter),
        (2, SectionKind.part),
        (3, SectionKind.cn_item),
        (4, SectionKind.cn_paren),
        (5, SectionKind.enumeration),
        (5, SectionKind.enumeration),
        (5, SectionKind.enumeration),
        (5, SectionKind.num_item),
        (6, SectionKind.num_paren),
        (7, SectionKind.circled),
        (7, SectionKind.circled),
        (4, SectionKind.cn_paren),
        (3, SectionKind.cn_item),
    ]
    assert rows[6][2:] == ("（一）", "（一）完善监测网络。")
    assert rows[7][3] == "一是建立哨点医院；"
    assert rows[10][3] == "1. 建设市疾控中心。"
    chapter = document.sections[1]
    assert chapter.heading == "第二章 主要任务" and chapter.ordinal == 2
    assert chapter.text.startswith("第二章 主要任务\n第一节") and chapter.text.endswith(
        "推进健康城市建设"
    )
    assert source.original[chapter.start : chapter.end] == chapter.text


def test_metadata() -> None:
    meta = ingest(PLAN.encode("utf-8")).documents[0].metadata
    assert meta.title == "某市卫生健康委员会关于印发某市卫生健康事业发展“十四五”规划的通知"
    assert meta.issuer == "某市卫生健康委员会"
    assert meta.doc_number == "某卫发〔2022〕24号"
    assert meta.date == "2022-03-15"
    assert meta.plan_period == "2021-2025"
    assert meta.plan_year is None and meta.variant == "simplified" and meta.encoding == "utf-8"


def test_annual_plan_year_and_chinese_date() -> None:
    text = (
        "某区2023年卫生健康工作要点\n一、总体要求\n做好工作。\n某区卫生健康局\n二〇二三年一月五日\n"
    )
    meta = ingest(text.encode("gbk")).documents[0].metadata
    assert (meta.plan_year, meta.date, meta.plan_period) == (2023, "2023-01-05", None)
    assert meta.encoding == "gb18030"


def test_sentences_split_with_offsets() -> None:
    text = "一、目标\n  到2025年，覆盖率达到９５％以上；死亡率下降。是否完成？“健康！”\n"
    source = ingest(text.encode("utf-8"))
    sentences = source.documents[0].sentences
    assert [s.text for s in sentences] == [
        "一、目标",
        "到2025年，覆盖率达到95%以上；",
        "死亡率下降。",
        "是否完成？",
        "“健康！”",
    ]
    assert (
        source.original[sentences[1].start : sentences[1].end] == "到2025年，覆盖率达到９５％以上；"
    )


def test_pinyin_fullwidth_and_place_placeholders() -> None:
    original = "xx市衛(wèi)生規(guī)劃：ＡＢ類２０２５年達到１００％。"
    source = ingest(original.encode("utf-8"))
    document = source.documents[0]
    assert document.metadata.variant == "traditional"
    assert document.text == "xx市卫生规划：AB类2025年达到100%。"
    start = document.text.index("卫生")
    assert source.quote(document, start, start + 3) == "衛(wèi)生規"
    assert source.quote(document, start, start + 4) == "衛(wèi)生規(guī)劃"
    assert source.quote(document, start, start + 1) == "衛"


def test_simplified_text_is_not_converted() -> None:
    # 乾 and 後 are traditional forms, but two of them do not make a traditional document.
    text = "乾隆年间的后续工作，卫生健康规划目标任务全面完成，人民群众健康水平持续提高。"
    document = ingest(text.encode("utf-8")).documents[0]
    assert document.metadata.variant == "simplified" and document.text == text


def test_mojibake_repaired_and_unrepairable_kept() -> None:
    broken = "“健康”".encode().decode("sloppy-windows-1252")
    original = f"推进{broken}行动。加强??茖W研究。"
    source = ingest(original.encode("utf-8"))
    document = source.documents[0]
    assert document.text == "推进“健康”行动。加强??茖W研究。"
    assert [source.original[s.start : s.end] for s in document.unrepaired] == ["??茖W"]
    assert any("1 处乱码无法修复" in w for w in document.metadata.warnings)
    assert any("已修复" in w for w in source.warnings)
    assert source.quote(document, 2, 3) == "â€œ"


def test_crlf_and_utf16_without_bom() -> None:
    text = "一、总体要求\r\n坚持预防为主。\r\n二、主要任务\r\n"
    for data in (text.encode("utf-16-le"), text.encode("utf-16-be")):
        source = ingest(data)
        assert source.original == text
        assert [s.heading for s in source.documents[0].sections] == ["一、总体要求", "二、主要任务"]
        assert "\r" not in source.documents[0].text


def test_articles_split_and_chrome_trimmed() -> None:
    page = [
        "• 首页",
        "• 新闻",
        "当前位置：首页 > 工作计划 > 正文",
        "",
        "某县健康促进工作要点3篇",
        "时间：2024-01-02 10:00:00 来源：某网站",
    ]
    for n in "一二三":
        page += [f"某县健康促进工作要点{n}", "一、工作目标", f"完成第{n}项任务。"]
    page += ["", "相关热词搜索：健康 促进", "• 关于我们"]
    source = ingest("\n".join(page).encode("utf-8"))
    assert [d.metadata.title for d in source.documents] == [
        "某县健康促进工作要点一",
        "某县健康促进工作要点二",
        "某县健康促进工作要点三",
    ]
    last = source.documents[-1]
    assert last.text.endswith("完成第三项任务。") and "相关热词" not in last.text
    assert all(d.metadata.date == "2024-01-02" for d in source.documents)
    assert "当前位置" not in source.documents[0].text


def test_a_work_items_zhuban_label_is_no_footer() -> None:
    """主办单位：甲局 labels who leads an item (the last one too); a site's footer that opens
    with 主办单位 is still trimmed."""
    items = ["一、重点任务", "1.推进家庭医生签约服务。", "主办单位：市卫健委"]
    items += ["2.完善应急机制。", "主办单位——市应急局", "协办单位：市财政局"]
    text = ingest("\n".join(["2024年工作方案", *items]).encode("utf-8")).documents[0].text
    assert text.rstrip().endswith("协办单位：市财政局") and text.count("主办单位") == 2
    footer = ["", "主办单位：某市人民政府办公室 网站标识码1234", "京ICP备00000000号"]
    page = "\n".join(["2024年工作方案", *items, *footer])
    assert "网站标识码" not in ingest(page.encode("utf-8")).documents[0].text


def test_parenthesised_number_characters_number_items() -> None:
    """⑴⑵ (one character each, as Word and PDF conversions leave them) number items like (1)."""
    text = "1.加强监测\n⑴建立哨点。\n⑵完善报告。\n".encode()
    (item,) = ingest(text).documents[0].sections
    assert [(c.kind, c.ordinal) for c in item.children] == [
        (SectionKind.num_paren, k) for k in (1, 2)
    ]


def test_docx_numbering_and_tables() -> None:
    document = docx.Document()
    document.add_paragraph("某市健康行动方案")
    document.add_paragraph("主要目标", style="List Number")
    document.add_paragraph("到2025年，人均预期寿命达到79岁。")
    document.add_paragraph("重点任务", style="List Number")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "指标", "目标值"
    table.cell(1, 0).text, table.cell(1, 1).text = "孕产妇死亡率", "10/10万以下"
    buffer = io.BytesIO()
    document.save(buffer)
    source = ingest(buffer.getvalue(), name="plan.docx")
    assert source.format == "docx"
    assert [(s.number, s.heading) for s in source.documents[0].sections] == [
        ("1.", "1.主要目标"),
        ("2.", "2.重点任务"),
    ]
    assert "指标\t目标值\n孕产妇死亡率\t10/10万以下" in source.original


def test_scanned_pdf_is_a_clear_error() -> None:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.rect(100, 100, 300, 300, fill=1)  # an image-like page with no text
    page.showPage()
    page.save()
    with pytest.raises(IngestError, match=r"^scan\.pdf: .*(OCR|文字层)"):
        ingest(buffer.getvalue(), name="scan.pdf")


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \n",
        b"\x00\x01\x02binary\x00\xff" * 20,
        b"PK\x03\x04not a zip",
        b"%PDF-1.4 broken",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100,
    ],
)
def test_unreadable_input_names_the_file(data: bytes) -> None:
    with pytest.raises(IngestError, match=r"^bad\.txt: "):
        ingest(data, name="bad.txt")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"nothere\.txt"):
        ingest(tmp_path / "nothere.txt")


def test_normalise_map_covers_every_character() -> None:
    result = normalise("衛(wèi)生\r\nＡ\u200b。")
    assert result.text == "衛生\nA。"
    assert len(result.starts) == len(result.text) + 1 and len(result.ends) == len(result.text)
    assert [(s, e) for s, e in zip(result.starts, result.ends, strict=False)] == [
        (0, 1),
        (6, 7),
        (7, 9),
        (9, 10),
        (11, 12),
    ]


def _app() -> typer.Typer:
    try:
        from healthplan.cli import app
    except ImportError:  # pragma: no cover - the root CLI always exists in this project
        app = typer.Typer()
    if not any(c.name == "ingest" for c in app.registered_commands):
        app = typer.Typer()
        app.command("ingest")(ingest_command)
        app.command("noop")(lambda: None)
        return app
    return app


def test_cli_outline_and_json(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="gbk")
    runner = CliRunner()
    result = runner.invoke(_app(), ["ingest", str(path)], env={"HEALTHPLAN_LANG": "zh"})
    assert result.exit_code == 0, result.output
    assert "第一章 发展基础" in result.output and "发文机关" in result.output
    result = runner.invoke(_app(), ["ingest", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["encoding"] == "gb18030"
    sentence = data["documents"][0]["sentences"][0]
    assert data["original"][sentence["start"] : sentence["end"]] == sentence["text"]


def test_cli_error_exit(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = CliRunner().invoke(_app(), ["ingest", str(path)], env={"HEALTHPLAN_LANG": "en"})
    assert result.exit_code == 2
    assert "empty.txt: the file is empty" in result.output
