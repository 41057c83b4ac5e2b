#!/usr/bin/env python3
"""Score the extractor's quantitative targets (目标指标) on one split of the target corpus.

Runs ``healthplan extract FILES --out PRED.jsonl`` on the documents of a split (the rows of
``sources.tsv``), then compares the predictions with ``gold/<doc>.jsonl`` by the matching rules
of the shared ``score_targets.py`` (re-implemented here so that a clone needs nothing beside
it):

* a predicted target matches a gold one when the document is the same, the value is equal
  (1e-6 relative), the unit is equal after normalisation (white space removed, full-width folded,
  ``％`` -> ``%``, traditional -> simplified, pinyin annotations removed, ``/十万`` and
  ``1/10万`` -> ``/10万``), the comparator is equal after normalisation (``≥``/``≤`` read as
  ``>=``/``<=``) and the indicators have a character-bigram Dice coefficient >= 0.5 after
  normalisation (pinyin annotations removed, NFKC, traditional -> simplified, lower case,
  punctuation, separators and control characters removed);
* pairs are matched one-to-one, greedily by descending Dice; the looser "value+unit" figure
  drops the comparator and indicator conditions.

It also reports the deadline accuracy on the strictly matched pairs (gold deadline equal to the
predicted one; both null counts as right) and the figures of every document.

usage: score.py [--split dev|heldout|all] [--pred FILE] [--show-errors] [--json] [--self-test]

The last line of the normal output is ``F1 <strict F1>``. Traditional -> simplified needs the
``opencc`` package, a dependency of the project: when the running interpreter lacks it, the
script runs itself again with the project's ``.venv/bin/python``.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent.parent
SOURCES = HERE / "sources.tsv"
DOCS = HERE / "docs"
GOLD = HERE / "gold"
VENV_PYTHON = REPO / ".venv" / "bin" / "python"

DICE_THRESHOLD = 0.5
REL_TOL = 1e-6

try:
    import opencc
except ImportError:  # re-run under the project's interpreter, which has it
    if VENV_PYTHON.exists() and not os.environ.get("HEALTHPLAN_SCORE_REEXEC"):
        os.environ["HEALTHPLAN_SCORE_REEXEC"] = "1"
        os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), __file__, *sys.argv[1:]])
    sys.exit("score.py: the opencc package is needed (pip install opencc, or run ./run first)")

_T2S = opencc.OpenCC("t2s")

# --------------------------------------------------------------------------------------------
# Normalisation (same rules as ../shared/eval/score_targets.py)
# --------------------------------------------------------------------------------------------

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
# A pinyin annotation after a character, as web conversions leave them: 衛(wèi), 衛（wèi）
_PINYIN = re.compile(r"[(（]\s*[a-zāáǎàēéěèêīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+[1-5]?\s*[)）]")
_COMPARATORS = {
    "≥": ">=",
    "=>": ">=",
    "≤": "<=",
    "=<": "<=",
    "==": "=",
    "increase": "increase_by",
    "decrease": "decrease_by",
}
_MULTIPLIERS = {"万": 1e4, "亿": 1e8}


def fold_width(text: str) -> str:
    return text.translate(_FULLWIDTH)


def norm_indicator(text: object) -> str:
    if text is None:
        return ""
    s = _PINYIN.sub("", str(text))
    s = _PINYIN.sub("", unicodedata.normalize("NFKC", s))
    s = _T2S.convert(s).lower()
    return "".join(ch for ch in s if unicodedata.category(ch)[0] not in "PZC" and not ch.isspace())


def norm_unit(unit: object) -> str:
    if unit is None:
        return ""
    u = "".join(ch for ch in fold_width(str(unit)) if not ch.isspace()).replace("％", "%")
    u = _T2S.convert(_PINYIN.sub("", u)).replace("/十万", "/10万")
    return u[1:] if u.startswith("1/10万") else u


def norm_comparator(comp: object) -> str:
    if comp is None:
        return ""
    c = "".join(ch for ch in fold_width(str(comp)) if not ch.isspace()).lower()
    return _COMPARATORS.get(c, c)


def parse_value(value: object) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        v = float(value)
    else:
        s = fold_width(str(value)).strip().replace(",", "")
        factor = 1.0
        while s and s[-1] in _MULTIPLIERS:
            factor *= _MULTIPLIERS[s[-1]]
            s = s[:-1]
        try:
            v = float(s) * factor
        except ValueError:
            return None
    return v if math.isfinite(v) else None


def norm_deadline(value: object) -> int | None:
    if value is None or value == "":
        return None
    m = re.search(r"\d{4}", fold_width(str(value)))
    return int(m.group()) if m else None


def same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return a == b or abs(a - b) <= REL_TOL * max(abs(a), abs(b))


def bigrams(text: str) -> Counter[str]:
    if len(text) < 2:
        return Counter([text]) if text else Counter()
    return Counter(text[i : i + 2] for i in range(len(text) - 1))


def dice(a: str, b: str) -> float:
    ba, bb = bigrams(a), bigrams(b)
    total = sum(ba.values()) + sum(bb.values())
    return 2.0 * sum((ba & bb).values()) / total if total else 0.0


def prepared(rec: dict) -> dict:
    return {
        "value": parse_value(rec.get("value")),
        "unit": norm_unit(rec.get("unit")),
        "comparator": norm_comparator(rec.get("comparator")),
        "indicator": norm_indicator(rec.get("indicator")),
        "raw": rec,
    }


# --------------------------------------------------------------------------------------------
# Matching and scoring
# --------------------------------------------------------------------------------------------


def match(gold: list[dict], pred: list[dict], strict: bool) -> list[tuple[int, int, float]]:
    """Greedy one-to-one pairs (gold index, prediction index, Dice), best Dice first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if not same_value(g["value"], p["value"]) or g["unit"] != p["unit"]:
                continue
            d = dice(g["indicator"], p["indicator"])
            if strict and (g["comparator"] != p["comparator"] or d < DICE_THRESHOLD):
                continue
            candidates.append((-d, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for neg_d, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi, -neg_d))
    return pairs


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold_by_doc: dict[str, list[dict]], pred_by_doc: dict[str, list[dict]]) -> dict:
    per_doc = {}
    total = Counter()
    errors: dict[str, dict[str, list]] = {}
    for doc, gold_raw in gold_by_doc.items():
        g = [prepared(r) for r in gold_raw]
        p = [prepared(r) for r in pred_by_doc.get(doc, [])]
        strict = match(g, p, strict=True)
        loose = match(g, p, strict=False)
        deadline_ok = [
            norm_deadline(g[gi]["raw"].get("deadline"))
            == norm_deadline(p[pi]["raw"].get("deadline"))
            for gi, pi, _ in strict
        ]
        c = Counter(
            gold=len(g),
            pred=len(p),
            tp=len(strict),
            tp_vu=len(loose),
            deadline_ok=sum(deadline_ok),
        )
        total.update(c)
        per_doc[doc] = dict(c)
        matched_g = {gi for gi, _, _ in strict}
        matched_p = {pi for _, pi, _ in strict}
        errors[doc] = {
            "missed": [g[i]["raw"] for i in range(len(g)) if i not in matched_g],
            "spurious": [p[i]["raw"] for i in range(len(p)) if i not in matched_p],
            "deadline": [
                (g[gi]["raw"], p[pi]["raw"])
                for (gi, pi, _), ok in zip(strict, deadline_ok, strict=True)
                if not ok
            ],
        }
    return {"per_doc": per_doc, "total": dict(total), "errors": errors}


# --------------------------------------------------------------------------------------------
# Corpus and extractor
# --------------------------------------------------------------------------------------------


def split_documents(split: str) -> list[str]:
    with SOURCES.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [r["file"] for r in rows if split == "all" or r["split"] == split]


def read_jsonl(path: pathlib.Path) -> list[dict]:
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                sys.exit(f"score.py: {path}: line {n}: not JSON ({exc.msg})")
    return records


def base_doc(name: object) -> str:
    doc = os.path.basename(str(name or "").strip().replace("\\", "/"))
    return doc[: -len(".jsonl")] if doc.endswith(".jsonl") else doc


def extract_command() -> list[str]:
    exe = REPO / ".venv" / "bin" / "healthplan"
    if exe.exists():
        return [str(exe), "extract"]
    python = str(VENV_PYTHON) if VENV_PYTHON.exists() else sys.executable
    return [
        python,
        "-c",
        "import sys; from healthplan.cli import main; sys.exit(main())",
        "extract",
    ]


def run_extractor(docs: list[str], out: pathlib.Path, learned: str | None = None) -> None:
    files = [str(DOCS / d) for d in docs]
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, HEALTHPLAN_HOME=home, COLUMNS="200", NO_COLOR="1")
        env.pop("HEALTHPLAN_DATABASE_URL", None)
        if learned is not None:  # the learned target decision on or off, whatever the file says
            env["HEALTHPLAN_TARGET_MODEL"] = learned
        done = subprocess.run(
            [*extract_command(), *files, "--out", str(out)],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
        )
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip()
        sys.exit(f"score.py: the extractor failed (exit {done.returncode}):\n{detail}")


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def report(split: str, result: dict, show_errors: bool) -> None:
    per_doc, t = result["per_doc"], result["total"]
    width = max([len("overall"), *map(len, per_doc)])
    head = (
        f"{'document':<{width}} {'gold':>4} {'pred':>4} {'tp':>4} {'P':>6} {'R':>6} {'F1':>6}"
        f" | {'vuF1':>6} {'dl':>5}"
    )
    print(f"split {split}: {len(per_doc)} documents, {t.get('gold', 0)} gold targets")
    print(head)
    print("-" * len(head))

    def row(name: str, c: dict) -> None:
        p, r, f = prf(c.get("tp", 0), c.get("pred", 0), c.get("gold", 0))
        vu = prf(c.get("tp_vu", 0), c.get("pred", 0), c.get("gold", 0))[2]
        dl = f"{c['deadline_ok']}/{c['tp']}" if c.get("tp") else "-"
        print(
            f"{name:<{width}} {c.get('gold', 0):>4} {c.get('pred', 0):>4} {c.get('tp', 0):>4} "
            f"{p:>6.3f} {r:>6.3f} {f:>6.3f} | {vu:>6.3f} {dl:>5}"
        )

    for doc in sorted(per_doc):
        row(doc, per_doc[doc])
    print("-" * len(head))
    row("overall", t)
    if show_errors:
        for doc in sorted(result["errors"]):
            err = result["errors"][doc]
            for kind in ("missed", "spurious"):
                for rec in err[kind]:
                    print(f"{kind.upper()} {doc}: {json.dumps(public(rec), ensure_ascii=False)}")
            for g, p in err["deadline"]:
                print(
                    f"DEADLINE {doc}: {g.get('quote') or g.get('indicator')!r} "
                    f"gold {g.get('deadline')} predicted {p.get('deadline')}"
                )
    p, r, f = prf(t.get("tp", 0), t.get("pred", 0), t.get("gold", 0))
    vp, vr, vf = prf(t.get("tp_vu", 0), t.get("pred", 0), t.get("gold", 0))
    tp = t.get("tp", 0)
    accuracy = t.get("deadline_ok", 0) / tp if tp else 0.0
    print(f"value+unit P {vp:.4f} R {vr:.4f} F1 {vf:.4f}")
    print(f"deadline accuracy on matched targets {accuracy:.4f} ({t.get('deadline_ok', 0)}/{tp})")
    print(f"P {p:.4f}")
    print(f"R {r:.4f}")
    print(f"F1 {f:.4f}")


def public(rec: dict) -> dict:
    keep = ("doc", "quote", "indicator", "comparator", "value", "value_max", "unit", "deadline")
    return {k: rec.get(k) for k in keep if k in rec}


def summary(result: dict) -> dict:
    t = result["total"]
    p, r, f = prf(t.get("tp", 0), t.get("pred", 0), t.get("gold", 0))
    vp, vr, vf = prf(t.get("tp_vu", 0), t.get("pred", 0), t.get("gold", 0))
    tp = t.get("tp", 0)
    return {
        "documents": len(result["per_doc"]),
        "gold": t.get("gold", 0),
        "pred": t.get("pred", 0),
        "tp": tp,
        "precision": p,
        "recall": r,
        "f1": f,
        "value_unit": {"precision": vp, "recall": vr, "f1": vf},
        "deadline_accuracy": t.get("deadline_ok", 0) / tp if tp else None,
        "per_doc": {
            d: dict(
                zip(("precision", "recall", "f1"), prf(c["tp"], c["pred"], c["gold"]), strict=True)
            )
            | {"gold": c["gold"], "pred": c["pred"], "tp": c["tp"]}
            for d, c in result["per_doc"].items()
        },
    }


def load_gold(docs: list[str]) -> dict[str, list[dict]]:
    gold = {}
    for doc in docs:
        path = GOLD / f"{doc}.jsonl"
        if not path.exists():
            sys.exit(f"score.py: {path}: no gold file for document {doc}")
        gold[doc] = read_jsonl(path)
    return gold


def self_test(split: str) -> int:
    """Gold scored against itself must give 1.0 everywhere; one dropped and one altered record
    must cost exactly those. It reads only the gold of ``split``, so that someone tuning the
    extractor can run it on ``dev`` without reading held-out gold."""
    gold = load_gold(split_documents(split))
    if not gold:
        # an empty split (between a fold and the next blind part) is a state, not a crash
        print(f"self-test: no gold documents in split {split}")
        return 1
    result = score(gold, gold)
    t = result["total"]
    problems = []
    if not (t["tp"] == t["gold"] == t["pred"] == t["tp_vu"] == t["deadline_ok"]):
        problems.append(f"gold against itself: {t}")
    docs = [d for d, recs in gold.items() if len(recs) >= 2]
    if docs:
        doc = docs[0]
        changed = [dict(r) for r in gold[doc][1:]]
        changed[0]["comparator"] = (
            "decrease_by" if changed[0]["comparator"] != "decrease_by" else "="
        )
        changed[1 % len(changed)]["deadline"] = 1999
        r2 = score({doc: gold[doc]}, {doc: changed})["total"]
        n = len(gold[doc])
        if r2["tp"] != n - 2 or r2["tp_vu"] != n - 1:
            problems.append(f"perturbed {doc}: tp {r2['tp']} value+unit {r2['tp_vu']} of {n}")
        if n > 2 and r2["deadline_ok"] != r2["tp"] - 1:
            problems.append(f"perturbed {doc}: deadline_ok {r2['deadline_ok']} of {r2['tp']}")
    for p in problems:
        print("FAIL " + p)
    print("self-test " + ("FAILED" if problems else f"OK ({t['gold']} gold targets)"))
    return 1 if problems else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument(
        "--pred", type=pathlib.Path, help="score this JSONL instead of running the extractor"
    )
    ap.add_argument(
        "--show-errors", action="store_true", help="list missed, spurious, wrong deadlines"
    )
    ap.add_argument(
        "--json", action="store_true", help="print one JSON object instead of the table"
    )
    ap.add_argument("--self-test", action="store_true", help="check the scorer on the gold itself")
    ap.add_argument(
        "--learned",
        choices=("on", "off"),
        help="run the extractor with the learned target decision on or off "
        "(HEALTHPLAN_TARGET_MODEL; default: as the shipped model file says)",
    )
    args = ap.parse_args()
    if args.self_test:
        return self_test(args.split)

    docs = split_documents(args.split)
    if not docs:
        sys.exit(f"score.py: no documents in split {args.split!r}")
    gold = load_gold(docs)
    if args.pred:
        if not args.pred.is_file():
            sys.exit(f"score.py: {args.pred}: no such file")
        pred = read_jsonl(args.pred)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            out = pathlib.Path(tmp) / "targets.jsonl"
            run_extractor(docs, out, args.learned)
            pred = read_jsonl(out) if out.exists() else []
    pred_by_doc: dict[str, list[dict]] = {}
    for rec in pred:
        pred_by_doc.setdefault(base_doc(rec.get("doc")), []).append(rec)
    result = score(gold, pred_by_doc)
    if args.json:
        print(json.dumps(summary(result), ensure_ascii=False, indent=2))
    else:
        report(args.split, result, args.show_errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
