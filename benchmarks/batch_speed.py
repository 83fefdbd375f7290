"""Batch throughput: documents per minute with 1 and 2 local workers, the speed-up, peak memory.

Generates a batch of synthetic bills of mixed formats and sizes (tools/billgen), then scans the
same batch twice in one run — once with one worker, once with two — into fresh output folders.
Prints documents/minute for both, the speed-up ratio (target >= 1.7x on 2 cores) and the peak
resident memory per worker process. Machines here are noisy: compare the ratio, not the seconds.

    .venv/bin/python benchmarks/batch_speed.py [--documents 200] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.billgen.synthetic import generate_batch  # noqa: E402
from wetscan.batch.inputs import discover  # noqa: E402
from wetscan.batch.runner import BatchOptions, run_batch  # noqa: E402


def timed_run(paths: list[Path], out: Path, workers: int) -> tuple[float, float, int]:
    """Seconds taken, peak memory of the largest worker (MB), failed documents."""
    started = time.perf_counter()
    result = run_batch(paths, BatchOptions(out=out, workers=workers, force=True))
    seconds = time.perf_counter() - started
    peaks = [json.loads(p.read_text()).get("peak_memory_mb", 0.0) for p in (out / "outcomes").glob("*.json")]
    return seconds, max(peaks, default=0.0), result.failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="wetscan-batch-bench-") as folder:
        root = Path(folder)
        generate_batch(root / "docs", args.documents, seed=args.seed)
        paths = discover([str(root / "docs")])
        formats = {}
        for path in paths:
            formats[path.suffix] = formats.get(path.suffix, 0) + 1
        megabytes = sum(p.stat().st_size for p in paths) / 1e6
        print(f"{len(paths)} documents, {megabytes:.1f} MB: "
              + ", ".join(f"{n} {suffix[1:]}" for suffix, n in sorted(formats.items())))

        one_seconds, one_peak, one_failed = timed_run(paths, root / "one", workers=1)
        two_seconds, two_peak, two_failed = timed_run(paths, root / "two", workers=2)

    print(f"{'workers':>8} {'seconds':>9} {'docs/min':>9} {'peak MB/worker':>15} {'failed':>7}")
    for workers, seconds, peak, failed in ((1, one_seconds, one_peak, one_failed), (2, two_seconds, two_peak, two_failed)):
        print(f"{workers:>8} {seconds:>9.1f} {len(paths) / seconds * 60:>9.1f} {peak:>15.0f} {failed:>7}")
    print(f"speed-up with 2 workers: {one_seconds / two_seconds:.2f}x (target >= 1.7x on 2 cores)")


if __name__ == "__main__":
    main()
