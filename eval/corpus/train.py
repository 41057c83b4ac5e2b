#!/usr/bin/env python3
"""Train and evaluate the learned target decision (healthplan.extraction.learned) on the
development part of the target corpus. Only rows with ``split`` = ``dev`` of ``sources.tsv``
are ever read; the held-out part is not opened.

    python eval/corpus/train.py cv              # dev, 5 folds grouped by document
    python eval/corpus/train.py unseen 2670eac  # readings by rules that never saw the documents
    python eval/corpus/train.py unseen 73b6672  #   (also f0ae9a7: never trained on)
    python eval/corpus/train.py history         # first collection -> first held-out part
    python eval/corpus/train.py write           # the model file, switched on (SWITCHED_ON)
    python eval/corpus/train.py readings        # rebuild readings/<commit>.json
    python eval/corpus/train.py spans           # a bound on choosing the indicator's words

Add --show-errors to cv or unseen for the errors by kind, --rescue (before the command) to
offer the model the numbers the rules reject too. A candidate is labelled by the strict
matching of ``score.py`` against the gold of its document: 1 when it is matched one-to-one to
a gold target. The model is an L2-regularised logistic regression over the binary features
of ``learned.features``, fitted with SciPy's L-BFGS (SciPy is a dependency of the project
already), on the present rules' readings of the dev documents, the seeds and the readings of
``TRAINED_ON``: the same data give the same weights. Figures are those of ``score.py``
(strict P/R/F1, value+unit F1, deadline accuracy on matched pairs). docs/extraction.md has
the figures and what they mean.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import pathlib
import re
import sys
from collections import Counter
from dataclasses import replace
from typing import Any, TypeVar

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent.parent
VENV_PYTHON = REPO / ".venv" / "bin" / "python"
try:
    import numpy as np
    from scipy import optimize, sparse

    from healthplan.documents import ingest
    from healthplan.extraction.learned import MODEL_FILE, Candidate, TargetModel, features
    from healthplan.extraction.pipeline import target_record
    from healthplan.extraction.targets import document_candidates
    from healthplan.model.plan import Target
except ImportError:  # re-run under the project's interpreter
    if VENV_PYTHON.exists() and not os.environ.get("HEALTHPLAN_TRAIN_REEXEC"):
        os.environ["HEALTHPLAN_TRAIN_REEXEC"] = "1"
        os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), __file__, *sys.argv[1:]])
    raise

_spec = importlib.util.spec_from_file_location("corpus_score", HERE / "score.py")
assert _spec and _spec.loader
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)

MODEL_PATH = REPO / "src" / "healthplan" / "extraction" / "data" / MODEL_FILE
SEEDS = sorted((REPO / "src" / "healthplan" / "demo" / "data").glob("*.txt"))
SEED_GOLD = REPO / "tests" / "data" / "eval" / "gold"
FOLDS = 5
L2 = 1.0  # inverse strength as in scikit-learn's C: loss + |w|^2 / (2 C)
FIRST_COLLECTION = 63  # rows of sources.tsv: the first collection (36 dev, 27 first held-out)
MIN_COUNT = 2  # a feature seen in fewer training candidates gets no weight
# The shipped decision: on, at 0.4. Scored on four held-out parts it had never seen, the model
# beat the rules each time (F1 +0.021, +0.020 at 0.5; +0.011, +0.030 at 0.4: it turns down the
# rules' false targets, precision 0.75 -> 0.83 on the thirteenth part, and loses little
# recall); on dev the grouped 5-fold cross-validation puts 0.3-0.4 best (0.903 against the
# rules' 0.898).
# docs/extraction.md, "Stop 30 (lead)".
THRESHOLD = 0.4
SWITCHED_ON = True
RESCUE = False  # offer the model the numbers the rules reject (--rescue)
LABELS = "strict"  # or "value-unit": a candidate is right when its value and unit are (--labels)
T = TypeVar("T")

# The documents that were the first held-out part (split = heldout in sources.tsv before commit
# eaf2f94, scored for the last time at 2670eac, development material since): the rules of
# that time had never seen them. The first collection is the first 63 rows of sources.tsv.
FIRST_HELDOUT = (
    "bayuquan_jiankang_xingdong_fangan.txt",
    "chanqianshaicha_xinshengershaicha_zhidu_fangan.txt",
    "guangdong_2023_minshengshishi_fanti.txt",
    "huzhou_shi_2025_gongzuoyaodian.txt",
    "jiangxi_jikong_jixiaokaohe_2023_fanti.txt",
    "jibengonggongweisheng_kaohe_bilv_2014.txt",
    "sheng_chengxiang_huanjingweisheng_zhengjie_2012.txt",
    "sheng_minshenggongcheng_weisheng_2008.txt",
    "sheng_yanglao_jiankang_fuwu_tixi_mubiao.txt",
    "suzhou_shi_minshenggongcheng_xinnonghe_2008.txt",
    "xinwen_chushengquexian_tisheng_2027.txt",
    "xinwen_fujian_nongcun_funv_2013.txt",
    "xinwen_guomin_jiankang_14wu_fanti.txt",
    "xinwen_hainan_quanyu_chuangwei_fanti.txt",
    "xinwen_jiankangliaoning_xingdong_2030.txt",
    "xinwen_jiankangsuyang_2030_fanti.txt",
    "xinwen_jingshenweisheng_guihua_2020.txt",
    "xinwen_laonianjiankang_jiankangbao.txt",
    "xinwen_manbing_zhongchangqi_guihua.txt",
    "xinwen_meizhou_14wu_guihua.txt",
    "xinwen_muyinganquan_ertong_2020.txt",
    "xinwen_xinnonghe_shidian_kuoda_2006.txt",
    "xinwen_zhengzhou_yiyangjiehe_sibu.txt",
    "xinwen_zhongyiyao_14wu_guihua.txt",
    "yangzhong_shi_14wu_guihua_beijing.txt",
    "yufangjiezhong_gongzuojihua_2026.txt",
    "yulin_shi_2011_minsheng_weisheng_xiangmu.txt",
)


def dev_rows() -> list[dict[str, str]]:
    with scorer.SOURCES.open(encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f, delimiter="\t") if r["split"] == "dev"]


class Doc:
    """One document's candidates (as a package's rules read them), their records, features
    and labels, and its gold."""

    def __init__(self, name: str, gold: list[dict[str, Any]], candidates: list[Candidate]) -> None:
        self.name = name
        self.gold = gold
        self.candidates = candidates
        self.weight = 1.0  # of each of its candidates in the loss
        self.records = [target_record(c.target) | {"doc": name} for c in candidates]
        self.features = [features(c) for c in candidates]
        self.rescued = [c.rescued for c in candidates]
        self.why = [c.why() for c in candidates]
        prepared_gold = [scorer.prepared(r) for r in gold]
        prepared = [scorer.prepared(r) for r in self.records]
        strict = LABELS == "strict"
        matched = {pi for _, pi, _ in scorer.match(prepared_gold, prepared, strict=strict)}
        self.labels = [int(i in matched) for i in range(len(self.records))]

    @classmethod
    def read(cls, name: str, path: pathlib.Path, gold: list[dict[str, Any]]) -> Doc:
        source = ingest(path)
        found = [c for d in source.documents for c in document_candidates(source, d)]
        return cls(name, gold, found)

    def offered(self, values: list[T]) -> list[T]:
        """The values of the candidates the model decides on: the rules' targets, and with
        --rescue the numbers they reject too."""
        return [v for v, rescued in zip(values, self.rescued, strict=True) if RESCUE or not rescued]

    def rules(self) -> list[dict[str, Any]]:
        return [r for r, rescued in zip(self.records, self.rescued, strict=True) if not rescued]


_TARGET_FIELDS = ("indicator_text", "comparator", "value", "value_max", "unit", "deadline", "rule")


def dumped(candidates: list[Candidate]) -> list[dict[str, Any]]:
    """Candidates as JSON: what :func:`features` and the scorer need, no more."""
    out = []
    for c in candidates:
        fields = {k: v for k, v in vars(c).items() if k not in ("target", "probability")}
        target = {k: getattr(c.target, k) for k in _TARGET_FIELDS}
        out.append(fields | {"target": target | {"comparator": c.target.comparator.value}})
    return out


def undumped(data: list[dict[str, Any]]) -> list[Candidate]:
    return [
        Candidate(**{k: v for k, v in c.items() if k != "target"}, target=Target(**c["target"]))
        for c in data
    ]


def load_docs(seeds: bool = False) -> list[Doc]:
    docs = [Doc.read(r["file"], scorer.DOCS / r["file"], dev_gold(r["file"])) for r in dev_rows()]
    return docs + load_seed_docs() if seeds else docs


def dev_gold(name: str) -> list[dict[str, Any]]:
    return scorer.read_jsonl(scorer.GOLD / f"{name}.jsonl")


def fit(docs: list[Doc], l2: float = L2) -> TargetModel:
    """The logistic regression on the candidates of ``docs``."""
    counts = Counter(f for d in docs for fs in d.offered(d.features) for f in fs)
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    rows, cols = [], []
    labels: list[int] = []
    weights: list[float] = []
    for d in docs:
        for fs, y in zip(d.offered(d.features), d.offered(d.labels), strict=True):
            for f in fs:
                if f in index:
                    rows.append(len(labels))
                    cols.append(index[f])
            labels.append(y)
            weights.append(d.weight)
    x = sparse.csr_matrix(
        (np.ones(len(rows)), (rows, cols)), shape=(len(labels), len(vocab))
    ).tocsr()
    y = np.asarray(labels, dtype=float)
    sample = np.asarray(weights, dtype=float)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w[1:] + w[0]
        # log(1 + e^z) - y z, computed without overflow
        value = float(sample @ (np.logaddexp(0.0, z) - y * z)) + float(w[1:] @ w[1:]) / (2 * l2)
        p = 0.5 * (1.0 + np.tanh(0.5 * z))  # the logistic function, stable for large |z|
        grad = np.empty_like(w)
        grad[0] = float(sample @ (p - y))
        grad[1:] = x.T @ (sample * (p - y)) + w[1:] / l2
        return value, grad

    start = np.zeros(len(vocab) + 1)
    result = optimize.minimize(
        loss, start, jac=True, method="L-BFGS-B", options={"maxiter": 2000, "gtol": 1e-8}
    )
    w = result.x
    weights = {f: round(float(v), 6) for f, v in zip(vocab, w[1:], strict=True)}
    weights = {f: v for f, v in weights.items() if abs(v) >= 1e-4}
    return TargetModel(
        weights=weights,
        bias=round(float(w[0]), 6),
        threshold=THRESHOLD,
        switched_on=False,
        meta={
            "training": "python eval/corpus/train.py write",
            "documents": len(docs),
            "candidates": len(labels),
            "positives": int(y.sum()),
            "l2_C": l2,
            "min_count": MIN_COUNT,
            "converged": bool(result.success),
        },
    )


def decided(model: TargetModel, doc: Doc) -> list[dict[str, Any]]:
    offered = zip(doc.offered(doc.records), doc.offered(doc.features), strict=True)
    return [r for r, fs in offered if model.probability_of(fs) >= model.threshold]


def figures(docs: list[Doc], preds: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    result = scorer.score({d.name: d.gold for d in docs}, preds)
    t = result["total"]
    p, r, f = scorer.prf(t.get("tp", 0), t.get("pred", 0), t.get("gold", 0))
    vu = scorer.prf(t.get("tp_vu", 0), t.get("pred", 0), t.get("gold", 0))[2]
    tp = t.get("tp", 0)
    return {
        "docs": len(docs),
        "gold": t.get("gold", 0),
        "pred": t.get("pred", 0),
        "tp": tp,
        "P": p,
        "R": r,
        "F1": f,
        "vuF1": vu,
        "deadline": t.get("deadline_ok", 0) / tp if tp else 0.0,
        "errors": result["errors"],
    }


def line(name: str, fig: dict[str, Any]) -> str:
    return (
        f"{name:<22} docs {fig['docs']:>3} gold {fig['gold']:>4} pred {fig['pred']:>4} "
        f"tp {fig['tp']:>4}  P {fig['P']:.3f} R {fig['R']:.3f} F1 {fig['F1']:.3f}  "
        f"vuF1 {fig['vuF1']:.3f}  deadline {fig['deadline']:.3f}"
    )


def grouped(
    test_docs: list[Doc],
    others: list[Doc],
    folds: int,
    l2: float,
    title: str,
    *,
    train_on_test: bool = True,
    thresholds: tuple[float, ...] = (),
) -> dict[str, Any]:
    """Cross-validation grouped by document: for each fold of ``test_docs``, the model fitted
    on every reading (``others``, and ``test_docs`` with ``train_on_test``) of the documents
    outside the fold, against the rules alone on the same fold. Prints per fold and pooled;
    returns the pooled model's figures."""
    print(title)
    parts = [test_docs[i::folds] for i in range(folds)]  # in sources.tsv order, dealt out
    all_rules: dict[str, list[dict[str, Any]]] = {}
    all_model: dict[str, list[dict[str, Any]]] = {}
    # the same fold models at other thresholds: where keeping or turning down pays
    swept: dict[float, dict[str, list[dict[str, Any]]]] = {}
    for k, test in enumerate(parts):
        names = {d.name for d in test}  # no reading of a test document is trained on
        pool = [*test_docs, *others] if train_on_test else others
        model = fit([d for d in pool if d.name not in names], l2)
        rules = {d.name: d.rules() for d in test}
        learned = {d.name: decided(model, d) for d in test}
        for t in thresholds:
            at_t = replace(model, threshold=t)
            swept.setdefault(t, {}).update({d.name: decided(at_t, d) for d in test})
        print(line(f"fold {k + 1} rules", figures(test, rules)))
        print(line(f"fold {k + 1} model", figures(test, learned)))
        all_rules |= rules
        all_model |= learned
    print(line("pooled rules", figures(test_docs, all_rules)))
    pooled = figures(test_docs, all_model)
    print(line("pooled model", pooled))
    for t, preds in swept.items():
        print(line(f"pooled model at {t:g}", figures(test_docs, preds)))
    return pooled


def cross_validate(args: argparse.Namespace) -> None:
    """The present rules' readings of the dev documents, the model trained as shipped (with
    the seeds and the old rules' readings of the training folds' documents, unless
    --present-only)."""
    docs = load_docs()
    others = [] if args.present_only else load_seed_docs() + unseen_docs()
    pooled = grouped(
        docs,
        others,
        args.folds,
        args.l2,
        f"{len(docs)} dev documents read by the present rules, {args.folds} folds grouped by "
        f"document; {len(others)} more readings for training (seeds, old rules)",
        thresholds=args.thresholds,
    )
    if args.show_errors:
        error_kinds(docs, pooled)


def unseen(args: argparse.Namespace) -> None:
    """The readings of one snapshot of the rules (documents those rules had never seen),
    the model trained as shipped on every other reading of the other documents."""
    test_docs = load_dump(READINGS / f"{args.commit}.json")
    others = load_docs(seeds=True) + unseen_docs(but=args.commit)
    pooled = grouped(
        test_docs,
        others,
        args.folds,
        args.l2,
        f"{len(test_docs)} dev documents as read by the rules of {args.commit}, which had never "
        f"seen them; {args.folds} folds grouped by document"
        + ("" if args.commit in TRAINED_ON else " (none of its readings trained on)"),
        train_on_test=args.commit in TRAINED_ON,
    )
    if args.show_errors:
        error_kinds(test_docs, pooled)


def load_seed_docs() -> list[Doc]:
    return [Doc.read(p.name, p, scorer.read_jsonl(SEED_GOLD / f"{p.name}.jsonl")) for p in SEEDS]


def error_kinds(docs: list[Doc], fig: dict[str, Any]) -> None:
    """What the model's errors are: a missed target by what the rules made of its value, a
    spurious one by the rule that read it."""
    by_doc = {d.name: d for d in docs}
    kinds: Counter[str] = Counter()
    for name, err in fig["errors"].items():
        doc = by_doc[name]
        for rec in err["spurious"]:
            why = next(w for w, r in zip(doc.why, doc.records, strict=True) if r == rec)
            kinds[f"spurious, kept a target of rule {rec.get('rule')} ({why.split()[0]})"] += 1
            print("SPURIOUS", name, why, json.dumps(scorer.public(rec), ensure_ascii=False))
        for rec in err["missed"]:
            kinds[f"missed, {_miss(doc, scorer.prepared(rec))}"] += 1
            print("MISSED", name, json.dumps(scorer.public(rec), ensure_ascii=False))
    for kind, n in kinds.most_common():
        print(f"{n:>4}  {kind}")


def _miss(doc: Doc, gold: dict[str, Any]) -> str:
    readings = [
        (scorer.prepared(r), rescued, y)
        for r, rescued, y in zip(doc.records, doc.rescued, doc.labels, strict=True)
        if scorer.same_value(gold["value"], scorer.parse_value(r["value"]))
    ]
    taken = [(p, y) for p, rescued, y in readings if not rescued]
    if any(y for _, y in taken):
        return "the rules had it, the model turned it down"
    same_unit = [p for p, _ in taken if p["unit"] == gold["unit"]]
    if same_unit:
        near = max(scorer.dice(gold["indicator"], p["indicator"]) for p in same_unit)
        compared = any(p["comparator"] == gold["comparator"] for p in same_unit)
        if near < scorer.DICE_THRESHOLD:
            return "the rules read the value, indicator words differ (Dice < 0.5)"
        if not compared:
            return "the rules read the value, comparator differs"
        return "the rules read the value, matched to another gold target"
    if taken:
        return "the rules read the value with another unit"
    if readings:
        return "the rules rejected the value"
    return "no reading has the value"


def history(args: argparse.Namespace) -> None:
    """Trained on the first collection's dev documents only, scored on the documents that
    were the first held-out part: as the present rules read them (which were tuned on them
    since) and as the rules of 2670eac read them (which had never seen them)."""
    names = [r["file"] for r in dev_rows()]
    first_dev = [n for n in names[:FIRST_COLLECTION] if n not in FIRST_HELDOUT]
    present = {d.name: d for d in load_docs()}
    train = [present[n] for n in first_dev]
    model = fit(train, args.l2)
    for label, test in (
        ("present rules", [present[n] for n in names if n in FIRST_HELDOUT]),
        ("rules of 2670eac", load_dump(READINGS / "2670eac.json")),
    ):
        print(f"trained on {len(train)} first-collection documents; {len(test)} test, {label}")
        print(line("rules", figures(test, {d.name: d.rules() for d in test})))
        print(line("model", figures(test, {d.name: decided(model, d) for d in test})))


def dump(args: argparse.Namespace) -> None:
    """The candidates of the chosen dev documents as the healthplan package that is imported
    reads them: run with PYTHONPATH pointing at an older commit's ``src`` to keep what rules
    that had never seen those documents made of them."""
    rows = dev_rows()
    if args.docs == "first-heldout":
        rows = [r for r in rows if r["file"] in FIRST_HELDOUT]
    elif args.docs == "after-first-collection":  # never seen by the rules before bb74a69
        first_dev = {r["file"] for r in rows[:FIRST_COLLECTION]} - set(FIRST_HELDOUT)
        rows = [r for r in rows if r["file"] not in first_dev]
    docs = [Doc.read(r["file"], scorer.DOCS / r["file"], []) for r in rows]
    data = {d.name: dumped(d.candidates) for d in docs}
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(docs)} documents, {sum(len(d.records) for d in docs)} candidates")


def load_dump(path: pathlib.Path) -> list[Doc]:
    dev = {r["file"] for r in dev_rows()}
    data = json.loads(path.read_text(encoding="utf-8"))
    bad = [name for name in data if name not in dev]
    if bad:
        sys.exit(f"train.py: {path}: not dev documents: {bad[:3]}")
    return [Doc(name, dev_gold(name), undumped(found)) for name, found in data.items()]


# Rules that had never seen some dev documents: (commit, the documents), their readings kept
# in readings/<commit>.json. f0ae9a7 is the last extraction commit before the corpus existed
# (tuned on the seeds alone), 73b6672 the last before the second collection was added
# (bb74a69), 2670eac the one at which the first held-out part was scored.
SNAPSHOTS = (
    ("f0ae9a7", "dev"),
    ("73b6672", "after-first-collection"),
    ("2670eac", "first-heldout"),
)
READINGS = HERE / "readings"
# The readings the model is trained on. The seeds-only rules of f0ae9a7 take a target where
# the present rules' precision on unseen documents is about 0.7 only about half the time
# (P 0.52): trained on, they teach distrust the present rules do not deserve (dev CV 0.920
# against 0.936 without them, 2670eac 0.718 against 0.723); they stay a test set.
TRAINED_ON = ("73b6672", "2670eac")


def readings(args: argparse.Namespace) -> None:
    """Rebuild readings/<commit>.json: the package of that commit (git archive), with the
    candidates read (readings/reading-<commit>.patch: the permissive reading where that
    commit's classifier gives reasons, the rules' targets alone at f0ae9a7) and the present
    learned.py beside it, reads the documents it had never seen."""
    import shutil
    import subprocess
    import tempfile

    for commit, which in SNAPSHOTS:
        with tempfile.TemporaryDirectory() as tmp:
            archive = subprocess.run(
                ["git", "-C", str(REPO), "archive", commit, "src"], capture_output=True, check=True
            )
            subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
            patch = READINGS / f"reading-{commit}.patch"
            subprocess.run(["patch", "-s", "-p1", "-d", tmp, "-i", str(patch)], check=True)
            package = pathlib.Path(tmp) / "src" / "healthplan" / "extraction"
            shutil.copy(REPO / "src" / "healthplan" / "extraction" / "learned.py", package)
            env = dict(os.environ, PYTHONPATH=str(pathlib.Path(tmp) / "src"))
            env["HEALTHPLAN_TRAIN_REEXEC"] = "1"
            out = READINGS / f"{commit}.json"
            command = [sys.executable, __file__, "dump", str(out), "--docs", which]
            subprocess.run(command, env=env, cwd=tmp, check=True)


def unseen_docs(but: str | None = None) -> list[Doc]:
    """The old rules' readings the model is trained on (all but the snapshot ``but``)."""
    return [d for c in TRAINED_ON if c != but for d in load_dump(READINGS / f"{c}.json")]


_LEADING = re.compile(r"^(?:目标要求|要求|力争|确保|争取|在全[市省县区]|全[市省县区]|并|要|将|使)+")
_TRAILING = re.compile(r"(?:逐年提高|逐步提高|稳步提升|持续提升|不断提高|并于).*$")


def cuts(indicator: str) -> list[str]:
    """The indicator and a few generic cuts of it: after a closing bracket, without a long
    aside in brackets, after the last comma, without a trailing trend or a leading 目标要求."""
    out = [indicator]
    after = re.search(r"[)）]([^()（）]{2,})$", indicator)
    if after:
        out.append(after.group(1))
    out.append(re.sub(r"[(（][^()（）]{4,}[)）]", "", indicator))
    out.append(re.split(r"[，,；;：:]", indicator)[-1])
    out.append(_TRAILING.sub("", indicator))
    out.append(_LEADING.sub("", indicator))
    return [c for c in dict.fromkeys(out) if len(c) >= 2 or c == indicator]


def spans(args: argparse.Namespace) -> None:
    """What a choice of the indicator's words could give at best: each target of the rules
    renamed by whichever of its cuts is closest to a gold target of the same value, unit and
    comparator (the gold in hand: an upper bound, not a method)."""
    sets = [("present rules", load_docs())]
    sets += [(commit, load_dump(READINGS / f"{commit}.json")) for commit, _ in SNAPSHOTS]
    for label, docs in sets:
        best = {}
        for d in docs:
            gold = [scorer.prepared(r) for r in d.gold]
            best[d.name] = [_closest(r, gold) for r in d.rules()]
        before = figures(docs, {d.name: d.rules() for d in docs})["F1"]
        print(f"{label:<14} rules F1 {before:.3f}, best cuts {figures(docs, best)['F1']:.3f}")


def _closest(record: dict[str, Any], gold: list[dict[str, Any]]) -> dict[str, Any]:
    def nearness(indicator: str) -> float:
        p = scorer.prepared(record | {"indicator": indicator})
        same = [
            g
            for g in gold
            if scorer.same_value(g["value"], p["value"])
            and (g["unit"], g["comparator"]) == (p["unit"], p["comparator"])
        ]
        return max((scorer.dice(g["indicator"], p["indicator"]) for g in same), default=-1.0)

    options = cuts(record["indicator"] or "")
    return record | {"indicator": max(options, key=nearness)}  # the first of equals: as read


def write(args: argparse.Namespace) -> None:
    docs = load_docs(seeds=True) + unseen_docs()
    model = fit(docs, args.l2)
    model.switched_on = SWITCHED_ON
    args.out.write_text(
        json.dumps(model.to_json(), ensure_ascii=False, indent=0, sort_keys=False) + "\n",
        encoding="utf-8",
    )
    print(f"{args.out}: {len(model.weights)} weights, {model.meta}")


def main() -> int:
    global RESCUE, LABELS
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    cv = sub.add_parser("cv", help="grouped cross-validation on dev: rules vs model")
    cv.add_argument("--present-only", action="store_true", help="train on present readings only")
    cv.add_argument(
        "--thresholds",
        type=lambda text: tuple(float(t) for t in text.split(",")),
        default=(),
        help="also score the fold models at these thresholds (0.2,0.3,0.4)",
    )
    uns = sub.add_parser("unseen", help="grouped CV on the readings of rules that never saw them")
    uns.add_argument("commit", choices=[commit for commit, _ in SNAPSHOTS])
    for p in (cv, uns):
        p.add_argument("--folds", type=int, default=FOLDS)
        p.add_argument("--show-errors", action="store_true")
    hist = sub.add_parser("history", help="first collection -> the first held-out part")
    sub.add_parser("readings", help="rebuild readings/<commit>.json from the old rules")
    sub.add_parser("spans", help="the best a choice among generic cuts of indicators could do")
    dmp = sub.add_parser("dump", help="candidates of dev documents as this package reads them")
    dmp.add_argument("out", type=pathlib.Path)
    dmp.add_argument(
        "--docs", choices=("first-heldout", "after-first-collection", "dev"), default="dev"
    )
    out = sub.add_parser("write", help="fit on all dev documents and the seeds, write the model")
    out.add_argument("--out", type=pathlib.Path, default=MODEL_PATH, help="where to write it")
    for p in (cv, hist, out, uns):
        p.add_argument("--l2", type=float, default=L2, help="C, the inverse L2 strength")
    ap.add_argument(
        "--rescue", action="store_true", help="offer the model the numbers the rules reject too"
    )
    ap.add_argument(
        "--labels",
        choices=("strict", "value-unit"),
        default="strict",
        help="what makes a candidate right in training: the strict match, or value and unit",
    )
    args = ap.parse_args()
    RESCUE, LABELS = args.rescue, args.labels
    commands = {
        "cv": cross_validate,
        "history": history,
        "dump": dump,
        "readings": readings,
        "spans": spans,
        "unseen": unseen,
        "write": write,
    }
    commands[args.command](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
