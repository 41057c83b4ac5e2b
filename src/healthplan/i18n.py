"""User-facing text: zh-CN by default, English with ``--lang en`` or ``HEALTHPLAN_LANG=en``.

Message ids are the English text itself (as with gettext), so an untranslated message still
reads well in English. The Chinese lives in one gettext catalog,
``locale/zh_CN/LC_MESSAGES/healthplan.po``, read with Babel when first needed: the ``.po`` is
the only copy, so there is no compiled ``.mo`` that could go stale. Message context
(:func:`pt`) tells apart an English word that needs two Chinese words, e.g. "Period" as
报告期 (``pt("reporting", "Period")``) or 规划期 (``pt("plan", "Period")``).

Texts that must be written before the language is known (``--help`` of the commands) are
marked with :func:`N_` and translated when shown. ``tests/test_i18n.py`` extracts every
``t``/``pt``/``N_`` message with Babel and fails on one without a Chinese translation.
"""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from typing import Any

SUPPORTED = ("zh", "en")
DOMAIN = "healthplan"

_chosen: str | None = None


def language() -> str:
    """The active UI language: the one :func:`set_language` chose, else ``HEALTHPLAN_LANG``
    (``zh`` unless it starts with ``en``)."""
    if _chosen is not None:
        return _chosen
    lang = os.environ.get("HEALTHPLAN_LANG", "zh").lower()
    return "en" if lang.startswith("en") else "zh"


def set_language(lang: str | None) -> None:
    """Choose the UI language for this process (``None`` goes back to ``HEALTHPLAN_LANG``)."""
    global _chosen
    if lang is not None and lang not in SUPPORTED:
        raise ValueError(lang)
    _chosen = lang


def catalog_path() -> Any:
    """The zh-CN catalog (a ``.po`` file inside the package)."""
    return resources.files("healthplan") / "locale" / "zh_CN" / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def _catalog() -> dict[tuple[str | None, str], str]:
    # Babel is imported only when a Chinese text is first needed (not for --lang en).
    from babel.messages.pofile import read_po

    with catalog_path().open("rb") as handle:
        catalog = read_po(handle, locale="zh_CN", domain=DOMAIN)
    return {
        (message.context, str(message.id)): str(message.string)
        for message in catalog
        if message.id and message.string and not message.fuzzy
    }


def _lookup(context: str | None, message: str) -> str:
    if language() == "en":
        return message
    return _catalog().get((context, message), message)


def t(message: str, /, **fields: Any) -> str:
    """Translate ``message`` into the active language and fill its ``{fields}``."""
    text = _lookup(None, message)
    return text.format(**fields) if fields else text


def pt(context: str, message: str, /, **fields: Any) -> str:
    """Like :func:`t` for a message whose translation depends on ``context``."""
    text = _lookup(context, message)
    return text.format(**fields) if fields else text


def N_(message: str, /) -> str:
    """Mark ``message`` for translation where it is shown later (command help)."""
    return message
