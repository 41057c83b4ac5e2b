"""Throughput of the extraction stage: ``python bench/extract.py [--mb 5]``.

Extracts targets and tasks from the seed plans (or the bundled demo copies) over and over
until ``--mb`` megabytes of file text have been processed, and prints documents/s and MB/s,
with the plain ingest of the same files measured in the same run as the baseline (extraction
includes ingest, so the ratio shows what the rules, the task outline and the indicator
linking cost on top of reading).
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from collections.abc import Callable
from pathlib import Path

from healthplan.documents import ingest
from healthplan.extraction import extract_source
from healthplan.extraction.pipeline import clear_memos

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
BUNDLED = ROOT / "src" / "healthplan" / "demo" / "data"
MB = 1024 * 1024


def run(
    files: list[bytes], total: float, work: Callable[[bytes], object]
) -> tuple[float, int, int, float]:
    """(wall seconds, bytes, files, CPU seconds of this process)."""
    done = count = 0
    start, cpu = time.perf_counter(), time.process_time()
    while done < total:
        data = files[count % len(files)]
        work(data)
        done += len(data)
        count += 1
    return time.perf_counter() - start, done, count, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=5.0, help="megabytes to extract")
    parser.add_argument("--seeds", type=Path, default=SEEDS if SEEDS.exists() else BUNDLED)
    args = parser.parse_args()
    files = [p.read_bytes() for p in sorted(args.seeds.glob("*.txt"))]
    first = [extract_source(ingest(data)) for data in files]
    print(
        f"seeds: {len(files)} files, {sum(map(len, files)) / 1024:.0f} KiB, "
        f"{sum(len(r.targets) for r in first)} targets, {sum(len(r.tasks) for r in first)} tasks"
    )

    def work(data: bytes) -> object:
        # no help from having linked, cleaned or tested the same wording in an earlier round:
        # each file is read as if for the first time (memos only help within a document)
        clear_memos()
        return extract_source(ingest(data))

    seconds, done, count, cpu = run(files, args.mb * MB, work)
    ours = done / MB / seconds
    print(
        f"extract: {done / MB:.1f} MB in {seconds:.2f} s ({count} files): "
        f"{count / seconds:.1f} documents/s, {ours:.2f} MB/s; "
        f"{done / MB / cpu:.2f} MB per CPU-second"
    )
    # On a shared machine the wall clock counts the time other processes held the CPU.
    print(f"load average (1 min): {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    seconds, done, count, _ = run(files, args.mb * MB, ingest)
    baseline = done / MB / seconds
    print(
        f"baseline (ingest alone): {count / seconds:.1f} documents/s, {baseline:.2f} MB/s; "
        f"extraction costs {baseline / ours:.1f}x the time of reading"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak:.0f} MiB")
    print(f"goal >= 0.5 MB/s: {'met' if ours >= 0.5 else 'NOT met'}")


if __name__ == "__main__":
    main()
