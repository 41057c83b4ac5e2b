"""The plan model's labels, which plans, sheets and bulletins write in Chinese."""

from __future__ import annotations

import pytest

from healthplan.model import Nature
from healthplan.model.plan import ReasonKind


@pytest.mark.parametrize(
    ("written", "nature"),
    [
        ("约束性", Nature.binding),
        (" 预期性 ", Nature.expected),  # as a spreadsheet cell may hold it
        ("倡导性", Nature.advocacy),
        ("binding", Nature.binding),
        ("expected\n", Nature.expected),
    ],
)
def test_nature_read_from_its_label_or_value(written: str, nature: Nature) -> None:
    assert Nature.from_label(written) is nature


def test_an_unknown_nature_is_named() -> None:
    with pytest.raises(ValueError, match=r"^unknown nature '指导性'$"):
        Nature.from_label(" 指导性 ")


def test_labels_written_in_chinese() -> None:
    assert [n.label_zh for n in Nature] == ["约束性", "预期性", "倡导性"]
    assert [k.label_zh for k in ReasonKind] == ["滞后原因", "调整原因"]
