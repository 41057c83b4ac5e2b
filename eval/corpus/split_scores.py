"""Strict target scores of the dev part by group: the first 88 dev rows of sources.tsv, the
stop-19 held-out part folded into dev at 9b2d846 (the next 34 rows), the stop-21 held-out part
folded at 541ed0d (the rows up to the first ``h4-*`` row), the stop-22 held-out part folded in
stop 23 (the ``h4-*`` rows), the stop-23 held-out part folded after it was scored at 8da48d8
(the ``h5-*`` rows), the stop-24 held-out part folded after it was scored at 3a7972c (the
``h6-*`` rows), the second stop-24 held-out part folded after it was scored at ac15069 (the
``h7-*`` rows), the stop-25 held-out part folded after it was scored at 8765282 (the ``h8-*``
rows), the stop-26 held-out part folded after it was scored at f87575c (the ``h9-*`` rows), the
stop-27 held-out part folded after it was scored at a349342 (the ``h10-*`` rows), the stop-28
held-out part folded after it was scored at 7dd23e5 (the ``h11-*`` rows), the stop-29 held-out
part (the ``h12-*`` rows), the stop-30 held-out part folded after it was scored at 98c7194 (the
``h13-*`` rows), the stop-31 held-out part folded after it was scored at 8109628 (the ``h14b-*``
and ``h14a-*`` rows), the stop-32 held-out part folded after it was scored at 7d6d67f (the
``h15a-*`` and ``h15b-*`` rows), and all of them.

Reads only dev rows, so a tuner may run it: ``.venv/bin/python eval/corpus/split_scores.py``
(``--pred FILE`` scores a prediction file instead of running the extractor).
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import pathlib
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
# Where each group ends: a count of dev rows, or the file prefix of the next group's first row.
GROUP_ENDS: tuple[tuple[str, int | str | None], ...] = (
    ("first 88", 88),
    ("folded s19", 122),
    ("folded h3", "h4-"),
    ("folded h4", "h5-"),
    ("folded h5", "h6-"),
    ("folded h6", "h7-"),
    ("folded h7", "h8-"),
    ("folded h8", "h9-"),
    ("folded h9", "h10-"),
    ("folded h10", "h11-"),
    ("folded h11", "h12-"),
    ("folded h12", "h13-"),
    ("folded h13", "h14b-"),
    ("folded h14", "h15a-"),
    ("folded h15", "h16"),
    ("folded h16", "h17"),
    ("folded h17", None),
)


def _scorer():  # score.py re-runs itself under the venv when opencc is missing
    spec = importlib.util.spec_from_file_location("corpus_score", HERE / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pred", type=pathlib.Path)
    ap.add_argument("--learned", choices=("on", "off"))
    args = ap.parse_args()
    sc = _scorer()
    with (HERE / "sources.tsv").open(encoding="utf-8") as fh:
        dev = [row["file"] for row in csv.DictReader(fh, delimiter="\t") if row["split"] == "dev"]
    gold = sc.load_gold(dev)
    if args.pred:
        pred = sc.read_jsonl(args.pred)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            out = pathlib.Path(tmp) / "targets.jsonl"
            sc.run_extractor(dev, out, args.learned)
            pred = sc.read_jsonl(out) if out.exists() else []
    pred_by_doc: dict[str, list[dict]] = {}
    for rec in pred:
        pred_by_doc.setdefault(sc.base_doc(rec.get("doc")), []).append(rec)
    per_doc = sc.score(gold, pred_by_doc)["per_doc"]
    groups: list[tuple[str, list[str]]] = []
    start = 0
    for name, end in GROUP_ENDS:
        if isinstance(end, str):
            prefix = end
            end = next(i for i, f in enumerate(dev) if f.startswith(prefix))
        groups.append((name, dev[start:end]))
        start = end if end is not None else len(dev)
    groups.append(("all", dev))
    for name, files in groups:
        keys = ("gold", "pred", "tp", "tp_vu", "deadline_ok")
        t = {k: sum(per_doc[f][k] for f in files) for k in keys}
        p, r, f = sc.prf(t["tp"], t["pred"], t["gold"])
        vu = sc.prf(t["tp_vu"], t["pred"], t["gold"])[2]
        dl = t["deadline_ok"] / t["tp"] if t["tp"] else 0.0
        counts = f"docs {len(files):3} gold {t['gold']:4} pred {t['pred']:4} tp {t['tp']:4}"
        print(
            f"{name:10} {counts}  P {p:.3f} R {r:.3f} F1 {f:.3f}  v+u {vu:.3f}  "
            f"deadlines {dl:.3f} ({t['deadline_ok']}/{t['tp']})"
        )


if __name__ == "__main__":
    main()
