"""Linking targets to the standard indicator catalog.

A target's indicator phrase is compared with every name a catalog indicator goes by (its
name, the catalog's synonyms and ``data/wordings.yaml``) after normalisation (punctuation,
brackets and population qualifiers removed). The score is the character-bigram Dice
coefficient, raised when one phrase contains the other (适龄儿童国家免疫规划疫苗接种率 ⊃
国家免疫规划疫苗接种率) and lowered when the units cannot be the same quantity (a rate and a
count). A target links when the best score reaches :data:`LINK_THRESHOLD`; otherwise a custom
indicator is proposed (:func:`proposed_code`) for a person to confirm or replace.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from functools import cache
from importlib import resources

import yaml

from healthplan.model.catalog import standard_indicators
from healthplan.model.plan import Target

__all__ = ["LINK_THRESHOLD", "Link", "best_link", "link_targets", "proposed_code"]

LINK_THRESHOLD = 0.75
_QUALIFIER = re.compile(r"\d+(?:[-～~—]\d+)?(?:周岁|岁)(?:及以上|以上|以下|及以下)?")
_RATE_UNITS = {"%", "‰", "/10万", "/万", "/千"}

Link = tuple[str, float]


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", _QUALIFIER.sub("", text))
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PZC")


def _bigrams(text: str) -> Counter[str]:
    return Counter(text[i : i + 2] for i in range(len(text) - 1)) if len(text) > 1 else Counter()


def _dice(a: Counter[str], b: Counter[str]) -> float:
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 0.0


@cache
def _names() -> tuple[tuple[str, str, str, Counter[str]], ...]:
    """(code, unit, normalised name, bigrams) for every name of every catalog indicator."""
    text = resources.files("healthplan.extraction").joinpath("data/wordings.yaml")
    extra: dict[str, list[str]] = yaml.safe_load(text.read_text("utf-8")) or {}
    out = []
    for indicator in standard_indicators():
        unit = indicator.unit.split("/")[0] if indicator.unit.startswith(("%", "‰")) else ""
        unit = indicator.unit if indicator.unit.startswith("/") else unit or indicator.unit
        for name in {indicator.name, *indicator.synonyms, *extra.get(indicator.code, [])}:
            normalised = _norm(name)
            out.append((indicator.code, unit, normalised, _bigrams(normalised)))
    return tuple(out)


def _unit_factor(catalog_unit: str, unit: str) -> float:
    if not catalog_unit or not unit:
        return 1.0
    rate_catalog = catalog_unit[:1] in ("%", "‰", "/")
    return 1.0 if rate_catalog == (unit in _RATE_UNITS) else 0.6


def best_link(indicator_text: str, unit: str = "") -> Link | None:
    """(catalog code, confidence 0–1) of the best match, or None when nothing is close."""
    text = _norm(indicator_text)
    grams = _bigrams(text)
    best: Link | None = None
    for code, catalog_unit, name, name_grams in _names():
        score = _dice(grams, name_grams)
        if len(name) >= 4 and len(text) >= 4 and (name in text or text in name):
            shorter, longer = sorted((len(name), len(text)))
            score = max(score, 0.7 + 0.3 * shorter / longer)
        score *= _unit_factor(catalog_unit, unit)
        if name.startswith("每") != text.startswith("每"):
            score *= 0.6  # 每千人口床位数 is not 床位数
        if best is None or score > best[1]:
            best = (code, round(score, 3))
    return best


def proposed_code(indicator_text: str) -> str:
    """A stable code for a custom indicator proposed for an unlinked target."""
    digest = hashlib.sha1(_norm(indicator_text).encode("utf-8")).hexdigest()[:10]
    return f"custom.{digest}"


def link_targets(targets: list[Target], threshold: float = LINK_THRESHOLD) -> int:
    """Set ``indicator_code`` and ``link_confidence`` of each target that links; returns how
    many did. Targets that do not link keep ``indicator_code`` None."""
    linked = 0
    for target in targets:
        found = best_link(target.indicator_text, target.unit)
        if found and found[1] >= threshold:
            target.indicator_code, target.link_confidence = found
            linked += 1
    return linked
