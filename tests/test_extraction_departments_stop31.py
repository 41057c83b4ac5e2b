"""Regulations and plans written in our own words (invented articles and items) for the kinds of
department language stop 31 read: the body a penalty article names after 由, whatever word
opens its sanction."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import led_tasks


def _regulation(*articles: str) -> str:
    numbers = "二三四五六七八"
    body = "".join(f"第{numbers[i]}条 {a}\n\n" for i, a in enumerate(articles))
    return f"某县饮用水卫生管理办法\n\n第一条 为了保障饮用水安全，制定本办法。\n\n{body}"


def test_the_body_a_penalty_article_names_after_you_sanctions(tmp_path: Path) -> None:
    # 违反…的，由甲部门予以警告 / 依照…法规给以处罚: the body that imposes the sanction is the
    # article's, whichever word (予以, 给以) opens it, and after the rules it follows
    regulation = _regulation(
        "县水利局负责饮用水水源的保护。",
        "供水单位违反本办法第二条规定的，由县卫生健康局予以警告，并责令限期整改。",
        "阻挠卫生监督人员执行公务的，由县公安局依照治安管理的有关法规给以处罚。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("县水利局", ["县水利局"]),
        ("县卫生健康局", ["县卫生健康局"]),
        ("县公安局", ["县公安局"]),
    ]
