"""A text whose conversion doubled every line break (each line followed by a blank one), in
text written for the test: a sentence cut across the blank line is read whole, and a
paragraph that ends without a stop still ends."""

from __future__ import annotations

from pathlib import Path

import targets_helpers


def document(tmp_path: Path, text: str) -> list[tuple[str, str, float, str]]:
    return [t[:4] for t in targets_helpers.document(tmp_path, text)]


def test_a_sentence_cut_across_a_blank_line_is_read_whole(tmp_path: Path) -> None:
    lines = [
        "某县2026年妇幼健康工作计划",
        "一、工作目标",
        "(一)孕产妇死亡率",
        "控制在9/10万以下。",
        "(二)新生儿死亡率和婴儿死亡率",
        "分别控制在3‰和5‰以下。",
        "(三)0-6岁儿童健康管理率达到93%以上。",
        "全县孕产妇系统管",
        "理率达到91%以上。",
        "二、工作措施",
        "加强孕产妇全程管理",
        "落实高危孕产妇专案管理制度。",
    ]
    found = document(tmp_path, "\n\n".join(lines) + "\n")
    assert found == [
        ("孕产妇死亡率", "<=", 9, "/10万"),
        ("新生儿死亡率", "<=", 3, "‰"),
        ("婴儿死亡率", "<=", 5, "‰"),
        ("0-6岁儿童健康管理率", ">=", 93, "%"),
        ("孕产妇系统管理率", ">=", 91, "%"),
    ]


def test_a_numbered_item_cut_between_its_verb_and_its_value(tmp_path: Path) -> None:
    text = (
        "某乡2026年慢病工作计划\n一、工作目标\n"
        "1、辖区高血压患者规范管理率达\n70%以上；糖尿病患者规范管理率达到\n65%以上。\n"
    )
    assert document(tmp_path, text) == [
        ("辖区高血压患者规范管理率", ">=", 70, "%"),
        ("糖尿病患者规范管理率", ">=", 65, "%"),
    ]
