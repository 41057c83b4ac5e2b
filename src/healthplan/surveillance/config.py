"""Which detector watches which channel, and how channels combine (多点触发规则).

Channels (监测渠道): ``cases`` (法定传染病网络直报), ``fever_clinic`` (发热门诊就诊),
``pharmacy`` (药店退热/止泻药销售), ``school`` (学校因病缺勤), ``lab`` (实验室阳性).
Each disease lists the channel series that speak for it, the detector of each, its weight
in the fused score, and the fusion rule: a fused signal (多点触发) when at least ``k_of_n``
channels alarm on the same day, or the weights of the alarming channels reach
``score_threshold``. A channel watched by the ``single-case`` detector alerts on any
reported case (单病例预警) and stays out of the fusion.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from healthplan.errors import InputError, Problem
from healthplan.i18n import language, t
from healthplan.surveillance.detectors import METHODS


@dataclass(frozen=True)
class ChannelRule:
    channel: str
    key: str  # disease or syndrome code of the channel series (e.g. "ili", "antipyretic")
    method: str = "ears-c2"
    weight: float = 1.0
    percentile: float = 50.0  # for cidars: P50 for most diseases, P80 for some


@dataclass(frozen=True)
class DiseaseRule:
    disease: str
    name_zh: str
    channels: tuple[ChannelRule, ...] = ()
    k_of_n: int = 2
    score_threshold: float = 1.5


@dataclass(frozen=True)
class SurveillanceConfig:
    diseases: tuple[DiseaseRule, ...]
    verify_hours: float = 24.0  # CIDARS: signals are verified within 24 hours
    cluster_min_units: int = 3  # sibling units with a weak signal within the window
    cluster_window_days: int = 2
    cluster_channels: tuple[str, ...] = ("school", "pharmacy", "fever_clinic")
    lookback_days: int = 365  # days judged by `run` (ending at the last day with data)

    def rule(self, disease: str) -> DiseaseRule:
        for rule in self.diseases:
            if rule.disease == disease:
                return rule
        raise KeyError(disease)


DEFAULT_CONFIG = SurveillanceConfig(
    diseases=(
        DiseaseRule(
            "influenza",
            "流行性感冒",
            channels=(
                ChannelRule("cases", "influenza", "cidars", 1.0, 80.0),
                ChannelRule("fever_clinic", "ili", "ears-c2", 0.8),
                ChannelRule("pharmacy", "antipyretic", "ears-c2", 0.5),
                ChannelRule("school", "absenteeism", "ears-c2", 0.5),
                ChannelRule("lab", "influenza", "ears-c1", 1.0),
            ),
            k_of_n=3,
            score_threshold=2.5,
        ),
        DiseaseRule(
            "diarrhoea",
            "其他感染性腹泻",
            channels=(
                ChannelRule("cases", "diarrhoea", "cidars", 1.0, 80.0),
                ChannelRule("pharmacy", "antidiarrhoeal", "ears-c2", 0.5),
                ChannelRule("lab", "norovirus", "ears-c1", 1.0),
            ),
        ),
        DiseaseRule(
            "cholera",
            "霍乱",
            channels=(ChannelRule("cases", "cholera", "single-case", 2.0),),
            k_of_n=1,
        ),
    ),
)


def disease_name(code: str, config: SurveillanceConfig = DEFAULT_CONFIG) -> str:
    """What a reader calls the disease: its Chinese name (流行性感冒 for ``influenza``) when
    the session is in Chinese and the rules know it; otherwise its code."""
    if language() == "zh":
        for rule in config.diseases:
            if rule.disease == code:
                return rule.name_zh
    return code


def load_config(path: Path) -> SurveillanceConfig:
    """Read a YAML rule file shaped like :data:`DEFAULT_CONFIG` (keys as the dataclass
    fields; ``diseases`` a list, each with a ``channels`` list)."""

    name = str(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:  # UTF-16, GBK: not read
        raise InputError([Problem(file=name, message=str(exc))]) from None
    problems: list[Problem] = []
    diseases = []

    def shaped(value: Any, kind: type, field: str) -> bool:
        if isinstance(value, kind):
            return True
        expected = t("a list") if kind is list else t("a mapping of fields")
        problems.append(
            Problem(file=name, field=field, message=t("expected {what}", what=expected))
        )
        return False

    if not shaped(raw, dict, "-"):
        raise InputError(problems)
    listed = raw.get("diseases") or []
    for i, d in enumerate(listed if shaped(listed, list, "diseases") else []):
        where = f"diseases[{i}]"
        channels = []
        if not shaped(d, dict, where):
            continue
        listed_channels = d.get("channels") or []
        if not shaped(listed_channels, list, f"{where}.channels"):
            continue
        for j, c in enumerate(listed_channels):
            field = f"{where}.channels[{j}]"
            if not shaped(c, dict, field):
                continue
            method = c.get("method", "ears-c2")
            if method not in METHODS:
                problems.append(
                    Problem(
                        file=name,
                        field=f"{field}.method",
                        message=t("unknown method {m}", m=method),
                    )
                )
                continue
            try:
                channels.append(ChannelRule(**c))
            except TypeError as exc:
                problems.append(Problem(file=name, field=field, message=str(exc)))
        if d.get("single_case") and any(METHODS[c.method].fused for c in channels):
            # Older rule files flagged such diseases; the detector now says it.
            problems.append(
                Problem(
                    file=name,
                    field=f"{where}.single_case",
                    message=t("single_case: true needs every channel's method to be single-case"),
                )
            )
            continue
        fields = {k: v for k, v in d.items() if k != "single_case"}
        try:
            diseases.append(DiseaseRule(**{**fields, "channels": tuple(channels)}))
        except TypeError as exc:
            problems.append(Problem(file=name, field=where, message=str(exc)))
    if not diseases and not problems:
        problems.append(Problem(file=name, field="diseases", message=t("no diseases configured")))
    if problems:
        raise InputError(problems)
    rest = {k: v for k, v in raw.items() if k != "diseases"}
    if "cluster_channels" in rest:
        rest["cluster_channels"] = tuple(rest["cluster_channels"])
    try:
        return SurveillanceConfig(diseases=tuple(diseases), **rest)
    except TypeError as exc:
        raise InputError([Problem(file=name, message=str(exc))]) from None
