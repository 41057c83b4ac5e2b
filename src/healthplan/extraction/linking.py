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
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import yaml

from healthplan.extraction.phrases import QUALIFIER
from healthplan.model.catalog import standard_indicators
from healthplan.model.plan import Target

__all__ = [
    "CUSTOM_PREFIX",
    "LINK_THRESHOLD",
    "Link",
    "best_link",
    "compact",
    "link_targets",
    "proposed_code",
]

LINK_THRESHOLD = 0.75
_RATE_UNITS = {"%", "‰", "/10万", "/万", "/千"}

Link = tuple[str, float]


def compact(text: str) -> str:
    """``text`` as a comparison key: NFKC-folded, punctuation, spaces and controls removed."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PZC")


def _norm(text: str) -> str:
    return compact(QUALIFIER.sub("", text))


def _bigrams(text: str) -> frozenset[str]:
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    total = len(a) + len(b)
    return 2 * len(a & b) / total if total else 0.0


@dataclass(frozen=True)
class _Name:
    code: str
    unit: str
    text: str
    grams: frozenset[str]


@cache
def _names() -> tuple[tuple[_Name, ...], dict[str, list[int]]]:
    """Every name of every catalog indicator, and an index from bigram to names."""
    text = resources.files("healthplan.extraction").joinpath("data/wordings.yaml")
    extra: dict[str, list[str]] = yaml.safe_load(text.read_text("utf-8")) or {}
    names: list[_Name] = []
    for indicator in standard_indicators():
        unit = indicator.unit.split("/")[0] if indicator.unit.startswith(("%", "‰")) else ""
        unit = indicator.unit if indicator.unit.startswith("/") else unit or indicator.unit
        for wording in sorted(
            {indicator.name, *indicator.synonyms, *extra.get(indicator.code, [])}
        ):
            normalised = _norm(wording)
            names.append(_Name(indicator.code, unit, normalised, _bigrams(normalised)))
    index: dict[str, list[int]] = {}
    for number, entry in enumerate(names):
        for gram in entry.grams:
            index.setdefault(gram, []).append(number)
    return tuple(names), index


def _unit_factor(catalog_unit: str, unit: str) -> float:
    if not catalog_unit or not unit:
        return 1.0
    rate_catalog = catalog_unit[:1] in ("%", "‰", "/")
    return 1.0 if rate_catalog == (unit in _RATE_UNITS) else 0.6


@lru_cache(maxsize=8192)
def best_link(indicator_text: str, unit: str = "") -> Link | None:
    """(catalog code, confidence 0–1) of the best match, or None when nothing is close."""
    text = _norm(indicator_text)
    grams = _bigrams(text)
    names, index = _names()
    candidates = sorted({n for gram in grams for n in index.get(gram, ())})
    best: Link | None = None
    for number in candidates:
        name = names[number]
        score = _dice(grams, name.grams)
        if len(name.text) >= 4 and len(text) >= 4 and (name.text in text or text in name.text):
            shorter, longer = sorted((len(name.text), len(text)))
            score = max(score, 0.7 + 0.3 * shorter / longer)
        score *= _unit_factor(name.unit, unit)
        if name.text.startswith("每") != text.startswith("每"):
            score *= 0.6  # 每千人口床位数 is not 床位数
        if best is None or score > best[1]:
            best = (name.code, round(score, 3))
    return best


CUSTOM_PREFIX = "custom."


def proposed_code(indicator_text: str) -> str:
    """A stable code for a custom indicator proposed for an unlinked target."""
    digest = hashlib.sha1(_norm(indicator_text).encode("utf-8")).hexdigest()[:10]
    return f"{CUSTOM_PREFIX}{digest}"


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
