"""What the learned reader costs: `wetscan check` of a 125-page bill against raw pdfplumber, peak memory.

Generates billgen's synthetic Kamerstuk PDF (deterministic, seed 1) and times, in one run:

* baseline: ``pdfplumber`` ``page.extract_text()`` on every page;
* ``wetscan check --format json`` of the same file with ``--reader rules`` and with the default
  reader (the learned reader beside the rules), each in a fresh process, so the figures include
  loading the Dutch pipeline and the reader once, as a drafter's run does;
* the peak resident memory of each check process.

It prints the ratios check / pdfplumber (target: at most 1.0 with the default reader) and the peak
memory (target: at most 700 MB). Machines here are noisy: compare the ratios, not the seconds.

    .venv/bin/python benchmarks/reader_cost.py [--pages 125] [--reader combined]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tools.billgen.render_pdf import render_pdf  # noqa: E402
from tools.billgen.synthetic import long_bill  # noqa: E402


def pdfplumber_seconds(path: Path) -> float:
    started = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
    return time.perf_counter() - started


#: Runs one check in a child and prints that child's peak resident memory (KB), so each check's
#: peak is its own (RUSAGE_CHILDREN of this process would keep the largest of all checks).
_MEASURE = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def check_process(path: Path, reader: str) -> tuple[float, float]:
    """Seconds and peak resident memory (MB) of one ``wetscan check`` process."""
    command = [sys.executable, "-c", "from wetscan.cli import main; main()", "check", str(path),
               "--reader", reader, "--format", "json", "-o", str(path.with_suffix(f".{reader}.json"))]
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-c", _MEASURE, *command], check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    return seconds, int(run.stdout.split()[-1]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=125)
    parser.add_argument("--reader", default="combined", help="The reader to measure beside --reader rules.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "long-bill.pdf"
        render_pdf(long_bill(seed=1, pages=args.pages), pdf)
        baseline = pdfplumber_seconds(pdf)
        rules_seconds, rules_peak = check_process(pdf, "rules")
        reader_seconds, reader_peak = check_process(pdf, args.reader)
    print(f"pdfplumber extract_text, {args.pages} pages: {baseline:.2f} s")
    print(f"wetscan check --reader rules:        {rules_seconds:.2f} s = {rules_seconds / baseline:.2f}x, "
          f"peak {rules_peak:.0f} MB")
    print(f"wetscan check --reader {args.reader}: {reader_seconds:.2f} s = {reader_seconds / baseline:.2f}x "
          f"(target <= 1.0), peak {reader_peak:.0f} MB (target <= 700)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
