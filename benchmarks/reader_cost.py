"""What the learned reader costs: `wetscan check` of a 125-page bill against raw pdfplumber, peak memory.

Generates billgen's synthetic Kamerstuk PDF (deterministic, seed 1) and, in one run, ``--repeat``
times in turn:

* baseline: ``pdfplumber`` ``page.extract_text()`` on every page;
* ``wetscan check --format json`` of the same file with ``--reader rules`` and with ``--reader
  combined`` (or the reader ``--reader`` names), each in a fresh process, so the figures include
  loading the Dutch pipeline and the reader once, as a drafter's run does;
* the peak resident memory and the CPU seconds of each check process.

It prints, per reader, the median over the rounds of the ratio check / pdfplumber, in wall-clock
seconds (the issue's target: at most 1.0 with the default reader) and in CPU seconds (steadier on
a loaded machine), and the median peak memory (target: at most 700 MB). Each round's ratios are
taken within the round, so a load that comes and goes hits baseline and check alike.

``--stages`` instead runs the chain once in this process and prints the peak resident memory after
each stage (imports, ingest, parse, analysis, loading the reader, reading, assessment, report), to
see where the memory goes.

    .venv/bin/python benchmarks/reader_cost.py [--pages 125] [--reader combined] [--repeat 3] [--stages]
"""

from __future__ import annotations

import argparse
import resource
import statistics
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


def pdfplumber_seconds(path: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds of pdfplumber's ``extract_text()`` over every page."""
    started, cpu = time.perf_counter(), time.process_time()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
    return time.perf_counter() - started, time.process_time() - cpu


#: Runs one check in a child and prints that child's peak resident memory (KB) and CPU seconds, so
#: each check's figures are its own (RUSAGE_CHILDREN of this process would add up all checks).
_MEASURE = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(usage.ru_maxrss, usage.ru_utime + usage.ru_stime)
"""


def check_process(path: Path, reader: str) -> tuple[float, float, float]:
    """Wall-clock seconds, CPU seconds and peak resident memory (MB) of one ``wetscan check`` process."""
    command = [sys.executable, "-c", "from wetscan.cli import main; main()", "check", str(path),
               "--reader", reader, "--format", "json", "-o", str(path.with_suffix(f".{reader}.json"))]
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-c", _MEASURE, *command], check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    peak_kb, cpu = run.stdout.split()[-2:]
    return seconds, float(cpu), int(peak_kb) / 1024


def stages(pdf: Path, reader: str) -> None:
    """Run the chain in this process and print the peak resident memory after each stage."""

    def mark(stage: str, started: list[float]) -> None:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{stage:<34} {time.process_time() - started[0]:6.2f} s CPU   peak {peak:5.0f} MB")
        started[0] = time.process_time()

    clock = [time.process_time()]
    mark("python", clock)
    from wetscan.analyse import analyse_bill
    from wetscan.assess import assess_bill
    from wetscan.ingest import read_document
    from wetscan.learned import read_bill
    from wetscan.report.json_report import build_report
    from wetscan.structure import parse_document
    mark("import wetscan (spaCy, thinc, torch)", clock)
    document = read_document(pdf)
    mark("ingest (PDFium text layer)", clock)
    bill = parse_document(document)
    mark("parse", clock)
    analyse_bill(bill)
    mark("analysis (rules)", clock)
    if reader != "rules":
        from wetscan.assess.rules import load_rules
        from wetscan.learned.reader import load_reader
        from wetscan.learned import READER_DIR

        load_reader(str(READER_DIR))
        mark("import transformers, load reader", clock)
        read_bill(bill, reader, None, load_rules().reader)
        mark(f"read ({reader})", clock)
    build_report(bill, assess_bill(bill))
    mark("assessment and report", clock)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=125)
    parser.add_argument("--reader", default="combined", help="The reader to measure beside --reader rules.")
    parser.add_argument("--repeat", type=int, default=3, help="Rounds of baseline + both checks (medians).")
    parser.add_argument("--stages", action="store_true", help="Peak memory per stage, in this process.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "long-bill.pdf"
        render_pdf(long_bill(seed=1, pages=args.pages), pdf)
        if args.stages:
            stages(pdf, args.reader)
            return 0
        rounds: dict[str, list[tuple[float, float, float]]] = {"rules": [], args.reader: []}
        for _ in range(args.repeat):
            wall, cpu = pdfplumber_seconds(pdf)
            for reader in rounds:
                seconds, check_cpu, peak = check_process(pdf, reader)
                rounds[reader].append((seconds / wall, check_cpu / cpu, peak))
    print(f"pdfplumber extract_text, {args.pages} pages; medians of {args.repeat} rounds "
          f"(targets for the default reader: wall ratio <= 1.0, peak <= 700 MB)")
    print(f"{'reader':<10} {'wall ratio':>11} {'CPU ratio':>10} {'peak MB':>8}   wall ratios of the rounds")
    for reader, figures in rounds.items():
        wall_ratios, cpu_ratios, peaks = zip(*figures)
        print(f"{reader:<10} {statistics.median(wall_ratios):>10.2f}x {statistics.median(cpu_ratios):>9.2f}x "
              f"{statistics.median(peaks):>8.0f}   " + " ".join(f"{r:.2f}" for r in wall_ratios))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
