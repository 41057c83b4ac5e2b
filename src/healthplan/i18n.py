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
from contextvars import ContextVar
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

SUPPORTED = ("zh", "en")
DOMAIN = "healthplan"

_chosen: str | None = None
# One web request's language (a server answers people in both languages at once).
request_language: ContextVar[str | None] = ContextVar("healthplan_language", default=None)


def language() -> str:
    """The active UI language: the one :func:`set_language` chose, else ``HEALTHPLAN_LANG``
    (``zh`` unless it starts with ``en``)."""
    if (asked := request_language.get()) is not None:
        return asked
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


def NP_(context: str, message: str, /) -> str:
    """Mark ``message`` in ``context`` for translation where it is shown later."""
    return message


KEYWORDS = {"t": None, "pt": ((1, "c"), 2), "N_": None, "NP_": ((1, "c"), 2)}


def source_messages() -> dict[tuple[str | None, str], str]:
    """Every message marked in the package's source, keyed (context, id), with where it is.
    Only modules that import from this one are read (others may have an unrelated ``t``)."""
    from babel.messages.extract import extract

    package = resources.files("healthplan")
    found: dict[tuple[str | None, str], str] = {}
    for path in sorted(Path(str(package)).rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "from healthplan.i18n import" not in text and path.name != "i18n.py":
            continue
        with path.open("rb") as handle:
            for line, message, _comments, context in extract(
                "python", handle, keywords=KEYWORDS, comment_tags=()
            ):
                where = f"{path.relative_to(Path(str(package)))}:{line}"
                found.setdefault((context, str(message)), where)
    return found


def update_catalog(new: dict[tuple[str | None, str], str] | None = None) -> list[str]:
    """Rewrite the catalog from the source: keep the translations of messages still used,
    add ``new`` ones, drop the rest; return the messages still untranslated.
    Run as ``python -m healthplan.i18n`` after adding or changing messages."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    with catalog_path().open("rb") as handle:
        old = read_po(handle, locale="zh_CN", domain=DOMAIN)
    known = {(m.context, str(m.id)): str(m.string) for m in old if m.id and not m.fuzzy}
    known.update(new or {})
    catalog = Catalog(
        locale="zh_CN",
        domain=DOMAIN,
        project="healthplan",
        fuzzy=False,
        creation_date=old.creation_date,
        revision_date=old.revision_date,
    )
    missing = []
    for (context, message), where in sorted(
        source_messages().items(), key=lambda item: (item[0][0] or "", item[0][1])
    ):
        text = known.get((context, message), "")
        if not text:
            missing.append(f"{where}: {message}")
        catalog.add(message, text, locations=[(where.rsplit(":", 1)[0], 0)], context=context)
    with Path(str(catalog_path())).open("wb") as handle:
        write_po(handle, catalog, width=0, omit_header=False, include_lineno=False)
    _catalog.cache_clear()
    return missing


if __name__ == "__main__":
    for line in update_catalog():
        print("untranslated:", line)
