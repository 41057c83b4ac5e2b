"""The bulletin's sentences: numbers as a bulletin prints them and the status word of the row."""

from datetime import date

import pytest

from healthplan.analytics import Assessment, Status
from healthplan.reports.wording import STATUS_WORDS, change_phrase, count_text, status_sentence


def _row(status: Status, actual: str, expected: str, unit: str = "%", **extra) -> Assessment:  # type: ignore[no-untyped-def]
    return Assessment(
        target_id=7,
        plan="p",
        indicator_code="hbp",
        indicator_name="高血压患者规范管理率",
        unit=unit,
        org_unit="C",
        org_unit_name="云川市",
        as_of=date(2024, 11, 30),
        comparator=">=",
        target=65.0,
        baseline=None,
        actual=float(actual) if actual != "—" else None,
        expected=float(expected) if expected != "—" else None,
        elapsed=None,
        gap=None,
        status=status,
        forecast=None,
        likelihood=None,
        departments=[],
        cumulative=False,
        actual_display=actual,
        target_display="≥65.0",
        expected_display=expected,
        **extra,
    )


@pytest.mark.parametrize(
    ("value", "text"),
    [(9876, "9,876"), (12_345, "1.23万"), (10_000, "1万"), (1_234_567, "123.46万"), (0, "0")],
)
def test_counts_in_wan(value: float, text: str) -> None:
    assert count_text(value) == text


@pytest.mark.parametrize(
    ("now", "before", "unit", "text"),
    [
        ("63.2", "62.0", "%", "同比提高1.2个百分点"),
        ("61.0", "62.5", "%", "同比下降1.5个百分点"),
        ("3.6", "3.6", "‰", "同比持平"),
        ("3.5", "3.6", "‰", "同比下降0.1个千分点"),
        ("110", "100", "张", "同比提高10.0%"),
        ("63.2", None, "%", ""),
    ],
)
def test_year_on_year_words(now: str, before: str | None, unit: str, text: str) -> None:
    assert change_phrase("同比", now, before, unit) == text


def test_a_lagging_rate_is_written_in_points_below_schedule() -> None:
    sentence = status_sentence(
        _row(Status.far_behind, "60.6", "65.0"), "全市", ["明湖区", "临江县"]
    )
    assert sentence.text == (
        "全市高血压患者规范管理率为60.6%，低于序时进度4.4个百分点，严重滞后；明湖区、临江县差距较大。"
    )
    assert sentence.status is Status.far_behind and sentence.target_id == 7


def test_a_lower_is_better_rate_above_schedule_and_per_thousand_resources() -> None:
    death = status_sentence(_row(Status.far_behind, "3.6", "3.0", "‰"), "全市", [])
    assert "高于序时进度0.6个千分点，严重滞后" in death.text
    beds = status_sentence(_row(Status.behind, "3.83", "4.03", "张/千人"), "明湖区", [])
    assert beds.text.startswith("明湖区") and "低于序时进度0.20张/千人，滞后" in beds.text


@pytest.mark.parametrize("status", list(Status))
def test_every_status_names_its_word_and_no_other(status: Status) -> None:
    actual = "—" if status is Status.no_data else "64.0"
    sentence = status_sentence(_row(status, actual, "64.0"), "全市", [])
    words = sorted(STATUS_WORDS.values(), key=len, reverse=True)
    found = []
    text = sentence.text
    for word in words:  # longest first: 严重滞后 before 滞后, 序时达标 before 达标
        if word in text:
            found.append(word)
            text = text.replace(word, "")
    assert found == [status.label_zh]
