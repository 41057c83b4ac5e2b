"""Throughput of the documents stage: ``python bench/ingest.py [--mb 50]``.

Reads the seed plans over and over (UTF-8 as they are, then GBK) until ``--mb`` megabytes have
been ingested, and prints MB/s of file text, peak memory (max RSS) and the ratio against a naive
reader measured in the same run: charset-normalizer detection and decoding, then a
per-character NFKC loop that builds the same offset map.
"""

from __future__ import annotations

import argparse
import resource
import time
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

from healthplan.documents import ingest

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
MB = 1024 * 1024


def naive(data: bytes) -> tuple[str, list[int]]:
    best = from_bytes(data).best()
    text = str(best) if best is not None else data.decode("utf-8", "replace")
    out: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        folded = unicodedata.normalize("NFKC", ch)
        out.append(folded)
        offsets.extend([index] * len(folded))
    return "".join(out), offsets


def run(files: list[bytes], total: float, reader) -> tuple[float, int, int]:  # type: ignore[no-untyped-def]
    done = count = 0
    start = time.perf_counter()
    while done < total:
        data = files[count % len(files)]
        reader(data)
        done += len(data)
        count += 1
    return time.perf_counter() - start, done, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=50.0, help="megabytes to ingest per run")
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.seeds.glob("*.txt"))]
    utf8 = [t.encode("utf-8") for t in texts]
    gbk = [t.replace("\xa0", " ").replace("•", "·").encode("gbk") for t in texts]
    sources = [ingest(data) for data in utf8]
    print(
        f"seeds: {len(texts)} files, {sum(map(len, utf8)) / 1024:.0f} KiB, "
        f"{sum(len(s.documents) for s in sources)} documents"
    )

    seconds, done, count = run(utf8, args.mb * MB, ingest)
    ours = done / MB / seconds
    print(
        f"ingest .txt UTF-8: {done / MB:.1f} MB in {seconds:.2f} s ({count} files): {ours:.1f} MB/s"
    )
    seconds, done, count = run(gbk, args.mb * MB / 5, ingest)
    print(
        f"ingest .txt GBK:   {done / MB:.1f} MB in {seconds:.2f} s ({count} files): "
        f"{done / MB / seconds:.1f} MB/s"
    )
    seconds, done, _ = run(utf8, args.mb * MB / 10, naive)
    baseline = done / MB / seconds
    print(f"baseline (charset-normalizer + per-character NFKC map): {baseline:.1f} MB/s")
    print(f"ratio ingest / baseline: {ours / baseline:.1f}x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak:.0f} MiB")
    print(f"goal >= 5 MB/s for .txt: {'met' if ours >= 5 else 'NOT met'}")


if __name__ == "__main__":
    main()
