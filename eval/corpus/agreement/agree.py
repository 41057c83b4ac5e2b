#!/usr/bin/env python3
"""Inter-annotator agreement on the held-out sample of the corpus (issue 12).

Annotator 1 is the corpus gold (``../gold/<doc>.jsonl``, ``../gold/tasks/<doc>.tasks.jsonl``);
annotator 2 is the blind second annotation in ``gold2/`` (same formats), made from the text,
SCHEMA.md and the README rules without opening annotator 1's files. Annotator 1 is treated as
the reference, so "precision" is the share of annotator 2's records that annotator 1 also has.

Targets are compared with the matching of ``../score.py`` (imported, not re-implemented):
value, normalised unit, normalised comparator, indicator bigram Dice >= 0.5, one-to-one greedy.
Reported: strict P/R/F1, value+unit F1, deadline agreement on strictly matched pairs, and
comparator agreement on the pairs that agree on value, unit and indicator (the strict match with
the comparator condition left out).

Tasks are compared with ``../score_tasks.py`` (imported): an annotator-1 item is matched by the
first unused annotator-2 item whose text contains its ``item_quote``. Annotator 2 records only a
quote, so an item's text is taken from the document: from annotator 2's quote to the start of
annotator 2's next item in the same document (or the end of the file).

usage: agree.py [--show-disagreements] [--self-test]
Only the documents that have a file in ``gold2/`` are compared.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent
GOLD2 = HERE / "gold2"
GOLD2_TASKS = GOLD2 / "tasks"
VENV_PYTHON = CORPUS.parent.parent / ".venv" / "bin" / "python"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, CORPUS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


try:
    import opencc  # noqa: F401  (score.py needs it; checked here so the re-run names this script)
except ImportError:
    if VENV_PYTHON.exists() and not os.environ.get("HEALTHPLAN_AGREE_REEXEC"):
        os.environ["HEALTHPLAN_AGREE_REEXEC"] = "1"
        os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), __file__, *sys.argv[1:]])
    sys.exit("agree.py: the opencc package is needed (run it with the project's .venv/bin/python)")

score = _load("score")
score_tasks = _load("score_tasks")


def fail(message: str) -> None:
    print(f"agree.py: {message}", file=sys.stderr)
    sys.exit(2)


def read(path: pathlib.Path, doc: str, required: tuple[str, ...]) -> list[dict]:
    try:
        records = score.read_jsonl(path)
    except SystemExit as exc:  # read_jsonl exits with its own one-line message
        fail(str(exc.code).removeprefix("score.py: "))
    for n, rec in enumerate(records, 1):
        if rec.get("doc") != doc:
            fail(f"{path}: record {n}: field doc is {rec.get('doc')!r}, expected {doc!r}")
        for field in required:
            if field not in rec:
                fail(f"{path}: record {n}: field {field} missing")
    return records


# --------------------------------------------------------------------------------------------
# Targets
# --------------------------------------------------------------------------------------------


def target_docs() -> list[str]:
    known = set(score.split_documents("all"))
    docs = sorted(p.name[: -len(".jsonl")] for p in GOLD2.glob("*.txt.jsonl"))
    for doc in docs:
        if doc not in known:
            fail(f"{GOLD2 / (doc + '.jsonl')}: document {doc} is not a row of sources.tsv")
    return docs


def without_comparator(records: list[dict]) -> list[dict]:
    return [dict(r, comparator="") for r in records]


def target_figures(a1: dict[str, list[dict]], a2: dict[str, list[dict]], show: bool) -> dict:
    """Agreement of annotator 2 (a2) with annotator 1 (a1) on the targets of the same documents."""
    result = score.score(a1, a2)
    t = result["total"]
    comp_pairs = comp_same = dl_loose = 0
    rows = []
    for d in sorted(a1):
        g = [score.prepared(x) for x in without_comparator(a1[d])]
        q = [score.prepared(x) for x in without_comparator(a2.get(d, []))]
        pairs = score.match(g, q, strict=True)
        same = [
            score.norm_comparator(a1[d][gi].get("comparator"))
            == score.norm_comparator(a2[d][pi].get("comparator"))
            for gi, pi, _ in pairs
        ]
        comp_pairs += len(pairs)
        comp_same += sum(same)
        dl_loose += sum(
            score.norm_deadline(a1[d][gi].get("deadline"))
            == score.norm_deadline(a2[d][pi].get("deadline"))
            for gi, pi, _ in pairs
        )
        rows.append((d, result["per_doc"][d], sum(same), len(pairs)))
        if show:
            show_target_disagreements(d, a1[d], a2[d], result["errors"][d], pairs, same)
    p, r, f = score.prf(t["tp"], t["pred"], t["gold"])
    return {
        "total": t,
        "rows": rows,
        "p": p,
        "r": r,
        "f1": f,
        "vu_f1": score.prf(t["tp_vu"], t["pred"], t["gold"])[2],
        "deadline": t["deadline_ok"] / t["tp"] if t["tp"] else 0.0,
        "comparator": comp_same / comp_pairs if comp_pairs else 0.0,
        "comp_same": comp_same,
        "comp_pairs": comp_pairs,
        "deadline_loose": dl_loose / comp_pairs if comp_pairs else 0.0,
    }


def load_targets() -> tuple[dict, dict]:
    docs = target_docs()
    if not docs:
        fail(f"{GOLD2}: no annotator-2 target files")
    try:
        a1 = score.load_gold(docs)
    except SystemExit as exc:
        fail(str(exc.code).removeprefix("score.py: "))
    a2 = {
        d: read(GOLD2 / f"{d}.jsonl", d, ("indicator", "comparator", "value", "unit")) for d in docs
    }
    return a1, a2


def compare_targets(show: bool) -> None:
    a1, a2 = load_targets()
    x = target_figures(a1, a2, show)
    t = x["total"]
    print(f"targets: {len(a1)} documents, annotator 1 {t['gold']}, annotator 2 {t['pred']}")
    print(
        f"{'document':<52} {'a1':>3} {'a2':>3} {'tp':>3} {'F1':>6} {'vuF1':>6} {'dl':>7} {'cmp':>7}"
    )
    for d, c, same, pairs in x["rows"]:
        df = score.prf(c["tp"], c["pred"], c["gold"])[2]
        vf = score.prf(c["tp_vu"], c["pred"], c["gold"])[2]
        print(
            f"{d:<52} {c['gold']:>3} {c['pred']:>3} {c['tp']:>3} {df:>6.3f} {vf:>6.3f} "
            f"{c['deadline_ok']:>3}/{c['tp']:<3} {same:>3}/{pairs:<3}"
        )
    print(f"strict P {x['p']:.4f} R {x['r']:.4f} F1 {x['f1']:.4f} ({t['tp']} matched)")
    print(f"value+unit F1 {x['vu_f1']:.4f} ({t['tp_vu']} matched)")
    print(f"deadline agreement on strict pairs {x['deadline']:.4f} ({t['deadline_ok']}/{t['tp']})")
    print(
        f"comparator agreement on value+unit+indicator pairs {x['comparator']:.4f} "
        f"({x['comp_same']}/{x['comp_pairs']}); deadline agreement on them "
        f"{x['deadline_loose']:.4f}"
    )


def brief(rec: dict) -> str:
    vmax = f"-{rec['value_max']}" if rec.get("value_max") is not None else ""
    return (
        f"{rec.get('indicator')} {rec.get('comparator')} {rec.get('value')}{vmax} "
        f"{rec.get('unit')!r} dl={rec.get('deadline')} | {rec.get('quote')!r}"
    )


def show_target_disagreements(doc, a1, a2, errors, pairs, same) -> None:
    for rec in errors["missed"]:
        print(f"  A1-ONLY {doc}: {brief(rec)}")
    for rec in errors["spurious"]:
        print(f"  A2-ONLY {doc}: {brief(rec)}")
    for g, q in errors["deadline"]:
        print(f"  DEADLINE {doc}: A1 {brief(g)} || A2 dl={q.get('deadline')}")
    for (gi, pi, _), ok in zip(pairs, same, strict=True):
        if not ok:
            print(
                f"  COMPARATOR {doc}: A1 {a1[gi].get('comparator')} A2 {a2[pi].get('comparator')} "
                f"| {a1[gi].get('indicator')} {a1[gi].get('value')}"
            )


# --------------------------------------------------------------------------------------------
# Tasks
# --------------------------------------------------------------------------------------------


def with_text(doc: str, items: list[dict]) -> list[dict]:
    """Annotator-2 items with the text each spans in the document (quote to next item)."""
    text = (CORPUS / "docs" / doc).read_text(encoding="utf-8")
    starts = []
    pos = 0
    for n, item in enumerate(items, 1):
        at = text.find(item["item_quote"], pos)
        if at < 0:
            fail(f"{GOLD2_TASKS / (doc + '.tasks.jsonl')}: record {n}: item_quote not in {doc}")
        starts.append(at)
        pos = at + 1
    ends = [*starts[1:], len(text)]
    return [dict(it, text=text[s:e]) for it, s, e in zip(items, starts, ends, strict=True)]


def task_figures(a1: list[dict], a2: list[dict], show: bool) -> dict:
    """Agreement of annotator 2's items (with their text) with annotator 1's."""
    counts = score_tasks.score(a1, a2, show)
    total = dict(tp=0, fp=0, fn=0, items=0, matched=0, lead_ok=0)
    for c in counts.values():
        for k in total:
            total[k] += c[k]
    p, r, f, lead = score_tasks.ratios(total)
    # The item_quote decides whether an extractor's task is matched at all, so the two
    # annotators' quotes are compared as the scorer sees them (white space removed).
    quotes2 = {(i["doc"], score_tasks.norm(i["item_quote"])) for i in a2}
    same_quote = sum((i["doc"], score_tasks.norm(i["item_quote"])) in quotes2 for i in a1)
    return {
        "counts": counts,
        "same_quote": same_quote,
        "total": total,
        "p": p,
        "r": r,
        "f1": f,
        "lead": lead,
        "lead_matched": total["lead_ok"] / total["matched"] if total["matched"] else 0.0,
    }


def load_tasks() -> tuple[list[str], list[dict], list[dict]]:
    known = set(score_tasks.documents("all"))
    docs = sorted(p.name[: -len(".tasks.jsonl")] for p in GOLD2_TASKS.glob("*.tasks.jsonl"))
    if not docs:
        fail(f"{GOLD2_TASKS}: no annotator-2 task files")
    for doc in docs:
        if doc not in known:
            fail(f"{GOLD2_TASKS / (doc + '.tasks.jsonl')}: {doc} is not a row of tasks-sources.tsv")
    a1 = score_tasks.load_gold(docs)
    a2 = []
    for d in docs:
        items = read(GOLD2_TASKS / f"{d}.tasks.jsonl", d, ("item_quote", "departments", "lead"))
        a2.extend(with_text(d, items))
    return docs, a1, a2


def compare_tasks(show: bool) -> None:
    docs, a1, a2 = load_tasks()
    x = task_figures(a1, a2, show)
    total = x["total"]
    print(
        f"tasks: {len(docs)} documents, annotator 1 {total['items']} items "
        f"{total['tp'] + total['fn']} mentions, annotator 2 {len(a2)} items "
        f"{sum(len(i['departments']) for i in a2)} mentions"
    )
    for d in docs:
        c = x["counts"].get(d, dict(tp=0, fp=0, fn=0, items=0, matched=0, lead_ok=0))
        dp, dr, _, _ = score_tasks.ratios(c)
        a2_items = sum(1 for i in a2 if i["doc"] == d)
        print(
            f"{d:<56} a1 {c['items']:>2} a2 {a2_items:>2} matched {c['matched']:>2} "
            f"P {dp:.2f} R {dr:.2f} lead {c['lead_ok']}/{c['matched']}"
        )
    print(f"items matched {total['matched']}/{total['items']} (annotator 2: {len(a2)})")
    print(f"item_quote identical (white space removed) {x['same_quote']}/{total['items']}")
    print(f"department P {x['p']:.4f} R {x['r']:.4f} F1 {x['f1']:.4f}")
    print(
        f"lead agreement {x['lead']:.4f} over annotator-1 items ({total['lead_ok']}/"
        f"{total['items']}), {x['lead_matched']:.4f} over matched items"
    )


def self_test() -> int:
    """Annotator 1 against itself agrees fully; one changed comparator, deadline and department
    cost exactly those, so the figures above can fail."""
    problems = []
    a1, _ = load_targets()
    x = target_figures(a1, a1, show=False)
    if (x["f1"], x["vu_f1"], x["deadline"], x["comparator"]) != (1.0, 1.0, 1.0, 1.0):
        problems.append(f"targets against themselves: {x['f1']} {x['vu_f1']} {x['comparator']}")
    doc = next(d for d, recs in sorted(a1.items()) if len(recs) >= 2)
    changed = [dict(r) for r in a1[doc]]
    changed[0]["comparator"] = "decrease_by" if changed[0]["comparator"] != "decrease_by" else "="
    changed[1]["deadline"] = 1999
    y = target_figures({doc: a1[doc]}, {doc: changed}, show=False)
    n = len(a1[doc])
    if y["total"]["tp"] != n - 1 or y["comp_same"] != n - 1 or y["total"]["deadline_ok"] != n - 2:
        problems.append(f"perturbed {doc}: {y['total']} comparator {y['comp_same']}/{n}")
    docs, t1, _ = load_tasks()
    as_a2 = [i for d in docs for i in with_text(d, [r for r in t1 if r["doc"] == d])]
    z = task_figures(t1, as_a2, show=False)
    if (z["p"], z["r"], z["lead"], z["same_quote"]) != (1.0, 1.0, 1.0, len(t1)):
        problems.append(f"tasks against themselves: P {z['p']} R {z['r']} lead {z['lead']}")
    as_a2[0] = dict(as_a2[0], departments=[*as_a2[0]["departments"][1:], "某某局"], lead="某某局")
    w = task_figures(t1, as_a2, show=False)["total"]
    if w["fp"] != 1 or w["fn"] != 1 or w["lead_ok"] != w["items"] - 1:
        problems.append(f"perturbed task item: {w}")
    for problem in problems:
        print("FAIL " + problem)
    print("self-test " + ("FAILED" if problems else "OK"))
    return 1 if problems else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--show-disagreements", action="store_true", help="list every record the two differ on"
    )
    ap.add_argument("--self-test", action="store_true", help="check the comparison on itself")
    a = ap.parse_args()
    if a.self_test:
        return self_test()
    compare_targets(a.show_disagreements)
    print()
    compare_tasks(a.show_disagreements)
    return 0


if __name__ == "__main__":
    sys.exit(main())
