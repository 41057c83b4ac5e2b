"""Strict target scores of the dev part in two groups: the first 88 dev rows of sources.tsv and
the dev rows after them (the stop-19 held-out part folded into dev at 9b2d846).

Reads only dev rows, so a tuner may run it: ``.venv/bin/python eval/corpus/split_scores.py``.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OLD_ROWS = 88


def _f1(tp: int, gold: int, pred: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 1.0
    r = tp / gold if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    with (HERE / "sources.tsv").open(encoding="utf-8") as fh:
        dev = [row["file"] for row in csv.DictReader(fh, delimiter="\t") if row["split"] == "dev"]
    out = subprocess.run(
        [sys.executable, str(HERE / "score.py"), "--split", "dev", "--json", *sys.argv[1:]],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    per_doc = json.loads(out)["per_doc"]
    groups = {"old 88": dev[:OLD_ROWS], f"folded {len(dev) - OLD_ROWS}": dev[OLD_ROWS:], "all": dev}
    for name, files in groups.items():
        tp = sum(per_doc[f]["tp"] for f in files)
        gold = sum(per_doc[f]["gold"] for f in files)
        pred = sum(per_doc[f]["pred"] for f in files)
        p, r, f = _f1(tp, gold, pred)
        counts = f"docs {len(files):3} gold {gold:4} pred {pred:4} tp {tp:4}"
        print(f"{name:10} {counts}  P {p:.3f} R {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    main()
