#!/usr/bin/env python3
"""Score the extractor's work items and responsible departments (责任单位) on the task corpus.

Runs ``healthplan extract FILES --tasks PRED.jsonl`` on the documents of one split (listed in
``tasks-sources.tsv``) and compares its tasks with ``gold/tasks/*.tasks.jsonl``, the way
``score_tasks.py`` of the shared evaluation does: a gold item is matched by the first unused
predicted task of the same document whose ``text`` contains the item's ``item_quote`` (white
space removed on both sides); department names are compared as sets after removing white space;
the lead is the prediction's ``lead`` or else its first department. Unmatched gold items count
all their departments as missed; predicted tasks that match no gold item are not counted.

usage: score_tasks.py [--split dev|heldout|all] [--only GLOB] [--pred FILE] [--per-doc] [--show-errors]
The last line is ``F1 <value>``. Needs only this folder and the project's virtual environment.
"""

from __future__ import annotations

import argparse
import csv
import fnmatch
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent.parent
SOURCES = HERE / "tasks-sources.tsv"
DOCS = HERE / "docs"
GOLD = HERE / "gold" / "tasks"

# The extract command has moved between CLI groups before; the first one that answers --help
# with a tasks option is used.
CANDIDATE_COMMANDS = (
    ["extract"],
    ["plan", "extract"],
    ["extraction", "extract"],
    ["plans", "extract"],
)


def documents(split: str) -> list[str]:
    with SOURCES.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [r["file"] for r in rows if split == "all" or r["split"] == split]


def load_jsonl(path: pathlib.Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def load_gold(docs: list[str]) -> list[dict]:
    gold: list[dict] = []
    for doc in docs:
        path = GOLD / f"{doc}.tasks.jsonl"
        if path.exists():
            gold.extend(load_jsonl(path))
    return gold


def healthplan() -> str:
    exe = REPO / ".venv" / "bin" / "healthplan"
    return str(exe) if exe.exists() else "healthplan"


def extract_command() -> tuple[list[str], str]:
    """The extract sub-command and the name of its option that writes tasks."""
    env = dict(os.environ, COLUMNS="200", NO_COLOR="1")
    last_error: list[str] = []
    for cmd in CANDIDATE_COMMANDS:
        run = subprocess.run(
            [healthplan(), *cmd, "--help"], capture_output=True, text=True, env=env
        )
        if run.returncode != 0:
            last_error = (run.stderr or run.stdout).strip().splitlines()[-1:]
            continue
        for option in ("--tasks", "--tasks-out", "--task-out"):
            if re.search(rf"{option}\b", run.stdout):
                return cmd, option
    detail = f" (last error: {last_error[0]})" if last_error else ""
    sys.exit(f"score_tasks.py: no `healthplan ... extract` command with a tasks option{detail}")


def run_extractor(docs: list[str], pred: pathlib.Path) -> None:
    cmd, option = extract_command()
    files = [str(DOCS / d) for d in docs]
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, HEALTHPLAN_HOME=home, COLUMNS="200")
        env.pop("HEALTHPLAN_DATABASE_URL", None)
        run = subprocess.run(
            [healthplan(), *cmd, *files, option, str(pred)], capture_output=True, text=True, env=env
        )
    if run.returncode != 0:
        sys.exit(
            f"score_tasks.py: the extractor failed ({run.returncode}):\n{run.stderr or run.stdout}"
        )


def norm(name: object) -> str:
    return re.sub(r"\s+", "", str(name))


def score(gold: list[dict], pred: list[dict], show_errors: bool) -> dict[str, dict[str, int]]:
    """Counts per document: tp, fp, fn, items, matched, lead_ok."""
    by_doc: dict[str, list[tuple[int, dict]]] = {}
    for i, p in enumerate(pred):
        by_doc.setdefault(p.get("doc", ""), []).append((i, p))
    used: set[int] = set()
    counts: dict[str, dict[str, int]] = {}
    for g in gold:
        c = counts.setdefault(g["doc"], dict(tp=0, fp=0, fn=0, items=0, matched=0, lead_ok=0))
        c["items"] += 1
        quote = norm(g["item_quote"])
        match = next(
            (
                (i, p)
                for i, p in by_doc.get(g["doc"], [])
                if i not in used and quote in norm(p.get("text", ""))
            ),
            None,
        )
        gd = {norm(d) for d in g["departments"]}
        if match is None:
            c["fn"] += len(gd)
            if show_errors:
                print(f"{g['doc']}: missed item: {g['item_quote']}")
            continue
        i, p = match
        used.add(i)
        c["matched"] += 1
        pd = {norm(d) for d in p.get("departments") or []}
        c["tp"] += len(gd & pd)
        c["fp"] += len(pd - gd)
        c["fn"] += len(gd - pd)
        lead = p.get("lead") or (p.get("departments") or [""])[0]
        c["lead_ok"] += norm(lead or "") == norm(g.get("lead", ""))
        if show_errors and (gd != pd or norm(lead or "") != norm(g.get("lead", ""))):
            print(
                f"{g['doc']}: item {g['item_quote']!r} missing {sorted(gd - pd)} "
                f"extra {sorted(pd - gd)} lead {lead!r} (gold {g.get('lead')!r})"
            )
    return counts


def ratios(c: dict[str, int]) -> tuple[float, float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    lead = c["lead_ok"] / c["items"] if c["items"] else 0.0
    return p, r, f, lead


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument(
        "--pred", type=pathlib.Path, help="score these predictions instead of running the extractor"
    )
    ap.add_argument("--per-doc", action="store_true", help="print the figures of every document")
    ap.add_argument(
        "--show-errors", action="store_true", help="print every missed item and wrong department"
    )
    ap.add_argument(
        "--only",
        metavar="GLOB",
        help="score only the documents of the split whose file name matches (tasks6-*: one collection)",
    )
    a = ap.parse_args()

    docs = documents(a.split)
    if a.only:
        docs = [d for d in docs if fnmatch.fnmatch(d, a.only)]
    if not docs:
        sys.exit(f"score_tasks.py: no documents in split {a.split!r}")
    gold = load_gold(docs)
    if a.pred:
        pred = load_jsonl(a.pred)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            out = pathlib.Path(tmp) / "tasks.jsonl"
            run_extractor(docs, out)
            pred = load_jsonl(out) if out.exists() else []
    wanted = set(docs)
    pred = [p for p in pred if p.get("doc") in wanted]

    counts = score(gold, pred, a.show_errors)
    total = dict(tp=0, fp=0, fn=0, items=0, matched=0, lead_ok=0)
    for c in counts.values():
        for k in total:
            total[k] += c[k]
    if a.per_doc:
        print(f"{'document':48} items matched  prec  rec  lead")
        for doc, c in sorted(counts.items()):
            p, r, _, lead = ratios(c)
            print(f"{doc:48} {c['items']:5} {c['matched']:7} {p:5.2f} {r:4.2f} {lead:5.2f}")
    p, r, f, lead = ratios(total)
    mentions = total["tp"] + total["fn"]
    print(f"split {a.split}: documents {len(counts)} items {total['items']} mentions {mentions}")
    print(f"items {total['items']} matched {total['matched']} lead_accuracy {lead:.4f}")
    print(f"precision {p:.4f} recall {r:.4f}")
    print(f"F1 {f:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
