"""The learned target decision (healthplan.extraction.learned): the shipped model file, its
rebuild from the development gold, what it may change (only which of the rules' targets are
kept), the switch, and the permissive reading the training offers it."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from healthplan.documents import ingest
from healthplan.extraction.clauses import read_clause
from healthplan.extraction.learned import (
    MODEL_FILE,
    SWITCH,
    Candidate,
    TargetModel,
    features,
    learned_model,
)
from healthplan.extraction.targets import document_candidates, document_targets
from healthplan.model.plan import Comparator, Target
from paths import ROOT, SEEDS

PLAN = (
    "2023年全市卫生健康工作要点\n"
    "一、主要目标\n"
    "到2025年，孕产妇系统管理率达到90%以上，65岁及以上老年人健康管理率达到70%。\n"
    "二、工作回顾\n"
    "2022年末，全市婴儿死亡率为3.5‰，已完成家庭医生签约52万人。\n"
)


def _model_text() -> str:
    path = resources.files("healthplan.extraction") / "data" / MODEL_FILE
    return path.read_text(encoding="utf-8")


def test_the_shipped_model_is_json_weights_switched_on() -> None:
    data = json.loads(_model_text())
    model = TargetModel.from_json(data)
    assert data["meta"]["training"] == "python eval/corpus/train.py write"
    # on since stop 30: above the rules on four held-out parts running (docs/extraction.md)
    assert model.switched_on is True
    assert model.threshold == 0.4 and math.isfinite(model.bias)
    assert model.weights and all(math.isfinite(w) for w in model.weights.values())
    assert TargetModel.from_json(model.to_json()) == model


@pytest.mark.slow
def test_the_training_command_rebuilds_the_shipped_file(tmp_path: Path) -> None:
    rebuilt = tmp_path / MODEL_FILE
    train = [sys.executable, str(ROOT / "eval" / "corpus" / "train.py"), "write", "--out"]
    subprocess.run([*train, str(rebuilt)], check=True, capture_output=True, cwd=tmp_path)
    # from dev gold: after a change of the target rules, the dev corpus or the features, the
    # shipped file is rebuilt with this command and committed with the change. The data it is
    # fitted on (candidates, features) must be the same exactly; the fitted numbers only
    # closely, because the optimiser's floating point differs between machines (BLAS kernels
    # chosen by CPU: a bias 0.004 apart, weights 0.0005 apart, for the same input)
    got, shipped = json.loads(rebuilt.read_text(encoding="utf-8")), json.loads(_model_text())
    rebuild = "python eval/corpus/train.py write"
    assert {k: v for k, v in got.items() if k not in ("bias", "weights")} == {
        k: v for k, v in shipped.items() if k not in ("bias", "weights")
    }, rebuild
    assert got["weights"].keys() == shipped["weights"].keys(), rebuild
    assert got["bias"] == pytest.approx(shipped["bias"], abs=0.02), rebuild
    assert got["weights"] == pytest.approx(shipped["weights"], abs=0.01), rebuild


def _candidate(indicator: str, left: str, reason: str | None = None) -> Candidate:
    target = Target(indicator_text=indicator, comparator=Comparator.ge, value=90, unit="%")
    return Candidate(
        target=target,
        reason=reason,
        skip=None,
        left=left,
        number="90%",
        right="以上。",
        sentence_start=0,
        value_at=len(left),
        before_in_sentence=left,
        line_opening=left[:8],
    )


def test_the_decision_keeps_what_reaches_the_threshold_and_says_why() -> None:
    kept_one = _candidate("孕产妇系统管理率", "孕产妇系统管理率达到")
    dropped = _candidate("人均预期寿命从", "人均预期寿命从76岁提高到", reason="baseline")
    model = TargetModel(
        weights={"reason=baseline": -3.0, "ind_has=从": -2.0, "verdict=rules": 1.5},
        bias=0.0,
        threshold=0.5,
        switched_on=False,
    )
    assert model.decide([kept_one, dropped]) == [kept_one]
    assert kept_one.probability == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert dropped.why() == "baseline p=0.01"  # e^-5: the reason, then the probability
    assert "reason=baseline" in features(dropped) and "verdict=rejected" in features(dropped)


def test_the_switch_in_the_environment_overrides_the_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = TargetModel(weights={}, bias=0.0, threshold=0.5, switched_on=False)
    monkeypatch.delenv(SWITCH, raising=False)
    assert model.in_use() is False
    monkeypatch.setenv(SWITCH, "on")
    assert model.in_use() is True
    monkeypatch.setenv(SWITCH, "off")
    model.switched_on = True
    assert model.in_use() is False


def test_switched_on_the_model_only_drops_rule_targets_and_keeps_the_seeds() -> None:
    model = learned_model()
    assert model is not None
    for path in SEEDS:
        source = ingest(path)
        for document in source.documents:
            rules = document_targets(source, document, learned=False)
            learned = document_targets(source, document, learned=True)
            quotes = [(t.source.quote if t.source else None, t.value) for t in rules]
            kept = [(t.source.quote if t.source else None, t.value) for t in learned]
            assert kept == quotes  # the seeds are training data: every target kept, in order


def test_by_default_the_learned_decision_filters_the_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the rules take a count with a broken indicator (the verb, its object lost); the shipped
    # model has learned that such a reading is rarely a target as the gold states it
    monkeypatch.delenv(SWITCH, raising=False)
    plan = PLAN.replace("二、工作回顾\n", "评选出20个先进单位。\n二、工作回顾\n")
    source = ingest(plan.encode(), name="plan.txt")
    document = source.documents[0]

    def read(learned: bool | None = None) -> list[tuple[str, float]]:
        return [
            (t.indicator_text, t.value) for t in document_targets(source, document, learned=learned)
        ]

    goals = [("孕产妇系统管理率", 90), ("65岁及以上老年人健康管理率", 70)]
    assert read(learned=False) == [*goals, ("评选出", 20)]
    assert read() == read(learned=True) == goals
    monkeypatch.setenv(SWITCH, "off")  # the rules alone, to compare
    assert read() == read(learned=False)


def test_candidates_are_the_rule_targets_then_the_rejected_numbers_with_their_reason() -> None:
    source = ingest(PLAN.encode(), name="plan.txt")
    document = source.documents[0]
    found = document_candidates(source, document)
    taken = [c for c in found if not c.rescued]
    assert [c.target.value for c in taken] == [90, 70]
    assert all(c.reason is None and c.skip is None for c in taken)
    rescued = {(c.target.value, c.reason, c.skip) for c in found if c.rescued}
    assert (65, "qualifier", None) in rescued  # 65岁及以上: a qualifier, read all the same
    assert any(value == 3.5 and skip == "past" for value, _, skip in rescued)  # 工作回顾
    assert not any(value in (2022, 2023, 2025) for value, _, _ in rescued)  # years never
    numbers = [(c.sentence_start, c.value_at) for c in found]
    assert len(numbers) == len(set(numbers))  # no number offered twice


def test_a_permissive_reading_keeps_the_classifier_reason() -> None:
    clause = "65岁及以上老年人健康管理率达到70%"
    (rule,) = read_clause(clause).targets
    assert (rule.value, rule.reason) == (70, None)
    assert clause[rule.number_start : rule.number_end] == "70%"
    permissive = read_clause(clause, permissive=True).targets
    # the qualifier is read too, with its reason; reading it takes the words the 70% had, so
    # candidates take the rules' own targets from the rules' reading (document_candidates)
    assert [(t.value, t.reason) for t in permissive] == [(65, "qualifier"), (70, "no-verb")]
