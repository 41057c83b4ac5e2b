"""Traditional text the documents stage folds to simplified before the rules read it,
written for the test: the Hong Kong form 衞 (U+885E) as well as 衛."""

from __future__ import annotations

from pathlib import Path

from healthplan.documents import ingest
from healthplan.documents.normalisation import to_simplified
from healthplan.extraction import document_targets


def test_the_hong_kong_form_of_wei_is_folded_like_the_taiwan_one() -> None:
    assert to_simplified("衞生署") == "卫生署"
    assert to_simplified("衛生署") == "卫生署"
    assert to_simplified("衞生防護中心公佈新數據") == "卫生防护中心公布新数据"
    assert to_simplified("公共衞生") == "公共卫生"
    assert len(to_simplified("衞生署與醫管局")) == len("衞生署與醫管局")  # one for one


def test_a_target_in_a_text_written_with_the_hong_kong_form_reads_simplified(
    tmp_path: Path,
) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(
        "某區衞生服務發展計劃\n到2027年，社區衞生中心覆蓋率達到90%以上。\n", encoding="utf-8"
    )
    source = ingest(path)
    found = [
        (t.indicator_text, t.comparator.value, t.value, t.unit)
        for t in document_targets(source, source.documents[0])
    ]
    assert found == [("社区卫生中心覆盖率", ">=", 90, "%")]
