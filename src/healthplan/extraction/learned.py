"""The learned decision per number: is this candidate a target?

The rules of :mod:`.clauses` and :mod:`.targets` are read twice: as they are (their targets),
and permissively (every number but years, dates and denominators, each carrying why the
rules rejected it: the classifier's reason, or the sentence's skip — past, news of what was
done, a report, progress after 截至目前 …). Each candidate is described by sparse binary
features (:func:`features`): the rules' verdict, reason and rule name, unit, comparator, the
verb before the number, the characters around it, fact and goal words earlier in its
sentence, its section headings, the document's kind. A logistic regression over them, trained
on the development gold by ``eval/corpus/train.py``, gives the probability that the candidate
is a target as the gold states it; candidates at or above the model's threshold are kept.

The weights ship as JSON (``data/target_model.json``: feature → weight, bias, threshold, how
they were made), read with the standard library and scored in plain Python over the few
features a candidate has: no training library, no pickle at run time. A candidate the model
turns down keeps its explanation: ``why`` gives the rules' reason and the model's
probability.
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from healthplan.extraction.phrases import VERB_BEFORE
from healthplan.model.plan import Target

__all__ = ["Candidate", "TargetModel", "features", "learned_model"]

MODEL_FILE = "target_model.json"
SWITCH = "HEALTHPLAN_TARGET_MODEL"


@dataclass
class Candidate:
    """A number the rules read as a target (``reason`` and ``skip`` None) or would read as
    one if their rejection were lifted. Offsets are in the document's normalised view."""

    target: Target
    reason: str | None  # the classifier's reason (classify.REASONS)
    skip: str | None  # why the sentence or clause was passed over (past, news, report …)
    left: str  # up to a dozen characters before the number, within its line
    number: str  # the number as written, with its unit
    right: str  # up to a dozen characters after it
    sentence_start: int
    value_at: int
    before_in_sentence: str
    line_opening: str
    path: list[str] = field(default_factory=list)
    news: bool = False
    report: bool = False
    rescued: bool = False  # only the permissive reading has it
    probability: float | None = None  # the model's, once decided

    def why(self) -> str:
        """The explanation of a decision: the rules' verdict, then the model's probability."""
        verdict = self.reason or self.skip or "rules"
        score = "" if self.probability is None else f" p={self.probability:.2f}"
        return verdict + score


_FACT_WORDS = ("截至", "截止", "已", "完成了", "年末", "年底", "累计", "同比", "较上年", "共")
_GOAL_WORDS = ("目标", "力争", "确保", "将", "要", "应", "到20", "至20", "不低于", "以上", "达到")
_PAST_HEADING = re.compile(r"回顾|成效|成绩|进展|现状|基础|情况")
_GOAL_HEADING = re.compile(r"目标|指标|任务|要求|标准")
_MARKER = re.compile(r"^\s*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[①-⑳])")
_DIGITS = re.compile(r"\.(\d+)")
_DIGIT = re.compile(r"\d")
# Words an indicator holds when its span was cut wrong (a baseline, a formula, a note, a verb).
_ODD_INDICATOR = ("从", "由", "为", "即", "注", "比上年", "较", "(", ")", "*", "标准", "要求", "已")
_MEASURE_END = re.compile(r"(?:率|数|比例|占比|比重|水平|寿命|面积|时间|人数|床位|覆盖)$")


def _bucket(value: float) -> str:
    if value <= 0:
        return "0"
    return str(min(6, max(-2, math.floor(math.log10(value)))))


def features(c: Candidate) -> list[str]:
    """The names of the binary features of a candidate (each present once)."""
    t = c.target
    verb = VERB_BEFORE.search(c.left[-8:])
    out = [
        f"verdict={'rules' if not (c.reason or c.skip) else 'rejected'}",
        f"reason={c.reason}",
        f"skip={c.skip}",
        f"rule={t.rule}",
        f"unit={t.unit}",
        f"cmp={t.comparator.value}",
        f"verb={verb.group('verb') if verb else None}",
        f"deadline={'none' if t.deadline is None else 'set'}",
        f"range={t.value_max is not None}",
        f"size={_bucket(t.value)}",
        f"news={c.news}",
        f"report={c.report}",
        f"rescued={c.rescued}",
        f"reason+unit={c.reason}|{t.unit}",
        f"skip+cmp={c.skip}|{t.comparator.value}",
    ]
    decimals = _DIGITS.search(c.number)
    out.append(f"decimals={min(2, len(decimals.group(1))) if decimals else 0}")
    indicator = t.indicator_text
    out.append(f"ind_len={min(4, len(indicator) // 4)}")
    out.append(f"ind_start={indicator[:1]}")
    out.append(f"ind_end={indicator[-1:]}")
    out.append(f"ind_end2={indicator[-2:]}")
    out.extend(f"ind_has={w}" for w in _ODD_INDICATOR if w in indicator)
    if _DIGIT.search(indicator):
        out.append("ind_has=digit")
    if _MEASURE_END.search(indicator):
        out.append("ind_measure")
    left = c.left
    right = c.right
    for n in (1, 2, 3):
        out.append(f"L{n}={left[-n:]}")
        out.append(f"R{n}={right[:n]}")
    out.extend(f"lb={left[i : i + 2]}" for i in range(max(0, len(left) - 8), len(left) - 1))
    out.extend(f"rb={right[i : i + 2]}" for i in range(min(6, len(right) - 1)))
    before = c.before_in_sentence
    out.extend(f"fact={w}" for w in _FACT_WORDS if w in before)
    out.extend(f"goal={w}" for w in _GOAL_WORDS if w in before)
    out.append(f"first_in_sentence={not any(ch.isdigit() for ch in before)}")
    out.append(f"listed={bool(_MARKER.match(c.line_opening))}")
    if any(_PAST_HEADING.search(h) for h in c.path):
        out.append("heading=past")
    if any(_GOAL_HEADING.search(h) for h in c.path):
        out.append("heading=goal")
    return sorted(set(out))


@dataclass
class TargetModel:
    """A logistic regression over :func:`features`: weights by feature name."""

    weights: dict[str, float]
    bias: float
    threshold: float
    switched_on: bool
    meta: dict[str, Any] = field(default_factory=dict)

    def in_use(self) -> bool:
        """Whether extraction uses the model by default: as the file says, unless the
        environment says otherwise (HEALTHPLAN_TARGET_MODEL=on|off, to compare the two)."""
        said = os.environ.get(SWITCH, "").strip().lower()
        return said == "on" if said in ("on", "off") else self.switched_on

    def probability(self, c: Candidate) -> float:
        return self.probability_of(features(c))

    def probability_of(self, names: list[str]) -> float:
        """The probability that a candidate with the features ``names`` is a target."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in names)
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def decide(self, candidates: list[Candidate]) -> list[Candidate]:
        """The candidates kept, in their order; each candidate's ``probability`` is set."""
        kept = []
        for c in candidates:
            c.probability = self.probability(c)
            if c.probability >= self.threshold:
                kept.append(c)
        return kept

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": "logistic regression over binary features (healthplan.extraction.learned)",
            "switched_on": self.switched_on,
            "threshold": self.threshold,
            "bias": self.bias,
            "meta": self.meta,
            "weights": dict(sorted(self.weights.items())),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TargetModel:
        return cls(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            switched_on=bool(data["switched_on"]),
            meta=dict(data.get("meta", {})),
        )


@cache
def learned_model() -> TargetModel | None:
    """The shipped model (``data/target_model.json``), None when none is shipped."""
    path = resources.files("healthplan.extraction") / "data" / MODEL_FILE
    if not path.is_file():
        return None
    return TargetModel.from_json(json.loads(path.read_text(encoding="utf-8")))
