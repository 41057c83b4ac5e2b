"""The zh-CN catalog: every message in the source has a Chinese translation; nothing fuzzy or
left over; message context gives one English word two Chinese ones."""

from __future__ import annotations

import pytest
from babel.messages.pofile import read_po

from healthplan.i18n import catalog_path, pt, set_language, source_messages, t


@pytest.fixture(scope="module")
def catalog():  # type: ignore[no-untyped-def]
    with catalog_path().open("rb") as handle:
        return read_po(handle, locale="zh_CN")


def test_every_message_has_a_chinese_translation(catalog) -> None:  # type: ignore[no-untyped-def]
    translated = {(m.context, str(m.id)) for m in catalog if m.id and m.string}
    missing = [
        f"{where}: {msg!r}"
        for (ctx, msg), where in source_messages().items()
        if (ctx, msg) not in translated
    ]
    assert not missing, "untranslated (run python -m healthplan.i18n):\n" + "\n".join(missing)


def test_no_fuzzy_or_left_over_entries(catalog) -> None:  # type: ignore[no-untyped-def]
    used = set(source_messages())
    assert not catalog.obsolete, list(catalog.obsolete)
    fuzzy = [str(m.id) for m in catalog if m.id and m.fuzzy]
    assert not fuzzy, fuzzy
    stale = [(m.context, str(m.id)) for m in catalog if m.id and (m.context, str(m.id)) not in used]
    assert not stale, f"not used in the source any more: {stale}"


def test_placeholders_survive_translation(catalog) -> None:  # type: ignore[no-untyped-def]
    import string

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    wrong = [
        str(m.id)
        for m in catalog
        if m.id and m.string and fields(str(m.id)) != fields(str(m.string))
    ]
    assert not wrong, wrong


def test_context_tells_two_chinese_words_apart() -> None:
    set_language("zh")
    try:
        assert pt("reporting", "Period") == "报告期"
        assert pt("plan", "Period") == "规划期"
        assert pt("approval", "open") == "未上报"
        assert pt("signal", "open") == "待核实"
        assert t("Error: {message}", message="x") == "错误：x"
    finally:
        set_language(None)


def test_english_is_the_message_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEALTHPLAN_LANG", "en")
    assert pt("plan", "Period") == "Period"
    assert t("{n} problems; nothing was stored", n=3) == "3 problems; nothing was stored"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        set_language("fr")


def test_no_message_is_built_at_run_time() -> None:
    """``t(f"…")`` or ``t("a" + b)`` cannot be in the catalog: the id must be a literal."""
    import ast
    from pathlib import Path

    import healthplan

    root = Path(healthplan.__file__).parent
    built = []
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "from healthplan.i18n import" not in text:
            continue
        for node in ast.walk(ast.parse(text)):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            position = {"t": 0, "N_": 0, "pt": 1, "NP_": 1}.get(node.func.id)
            if position is None or len(node.args) <= position:
                continue
            if isinstance(node.args[position], ast.JoinedStr | ast.BinOp):
                built.append(f"{path.relative_to(root)}:{node.lineno}")
    assert not built, built
