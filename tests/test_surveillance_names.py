"""Diseases are named as a reader calls them: the rules' Chinese name in a Chinese session,
the code in an English one or where the rules do not know it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from healthplan.i18n import set_language
from healthplan.surveillance import DEFAULT_CONFIG, DiseaseRule, SurveillanceConfig, disease_name


@pytest.fixture
def chinese() -> Iterator[None]:
    set_language("zh")
    yield
    set_language(None)


def test_known_diseases_by_their_chinese_name(chinese: None) -> None:
    assert disease_name("influenza") == "流行性感冒"
    assert disease_name("cholera") == "霍乱"
    assert disease_name("no_such_disease") == "no_such_disease"
    own = SurveillanceConfig(diseases=(DiseaseRule("hfmd", "手足口病"),))
    assert disease_name("hfmd", own) == "手足口病"
    assert disease_name("influenza", own) == "influenza"  # not in that installation's rules
    assert {r.disease for r in DEFAULT_CONFIG.diseases} >= {"influenza", "diarrhoea"}


def test_an_english_session_keeps_the_code() -> None:
    set_language("en")
    try:
        assert disease_name("influenza") == "influenza"
    finally:
        set_language(None)
