"""User-facing text: zh-CN by default, English with ``HEALTHPLAN_LANG=en``.

Message ids are the English text itself (as with gettext), so an untranslated message still
reads well in English. Translations live in ``locale/zh_CN/*.yaml``, one file per stage, each a
mapping of English message id to Chinese text.
"""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from typing import Any

import yaml

SUPPORTED = ("zh", "en")


def language() -> str:
    """The active UI language: ``zh`` unless ``HEALTHPLAN_LANG`` starts with ``en``."""
    lang = os.environ.get("HEALTHPLAN_LANG", "zh").lower()
    return "en" if lang.startswith("en") else "zh"


@cache
def _catalog() -> dict[str, str]:
    merged: dict[str, str] = {}
    folder = resources.files("healthplan") / "locale" / "zh_CN"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            merged.update(yaml.safe_load(entry.read_text(encoding="utf-8")) or {})
    return merged


def t(message: str, /, **fields: Any) -> str:
    """Translate ``message`` into the active language and fill its ``{fields}``."""
    text = _catalog().get(message, message) if language() == "zh" else message
    return text.format(**fields) if fields else text
