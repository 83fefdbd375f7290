"""Time against the length of heading-less text: the whole chain must stay linear (issue 15, item 3).

Text without article headings once took quadratic time: 1 MB took 421 s and a 50 MB one-line HTML
page did not finish. This script builds such text itself (sentences in bill drafting style,
written for this script) and times ``read_document`` -> ``parse_document`` -> ``analyse_bill`` ->
``assess_bill`` at 1 MB and 4 MB, for each shape:

* ``lines``: prose in lines, no heading anywhere (a text file);
* ``one-line``: the same prose as a single line (a text file) and as one paragraph of an HTML page;
* ``one-article``: the prose under a single "Artikel 1" heading: one provision far longer than
  any real one, refused with one line (``LimitExceeded``) -- the time to that refusal.

and then the analysis of one provision at a quarter of and at the provision limit
(``MAX_PROVISION_CHARS``), which went through the language model in quadratic time.

It prints CPU seconds per size (the best of ``--repeat`` runs; CPU time, as the machine is shared
and loaded) and the ratio 4 MB / 1 MB (target: at most 5x, i.e. linear with headroom for noise).
The pipeline is loaded before timing.

    .venv/bin/python benchmarks/hostile_linear.py [--small 1] [--large 4] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path

from wetscan.analyse import analyse_bill, analyse_texts
from wetscan.assess import assess_bill
from wetscan.errors import LimitExceeded
from wetscan.ingest import read_document
from wetscan.ingest.limits import MAX_PROVISION_CHARS
from wetscan.structure import parse_document

MB = 1_000_000
TARGET_RATIO = 5.0
SENTENCES = (
    "Het college van burgemeester en wethouders stelt jaarlijks een plan vast waarin het de maatregelen opneemt. ",
    "Gedeputeerde Staten zenden het plan binnen acht weken na de vaststelling aan Onze Minister. ",
    "Het dagelijks bestuur van het waterschap kan bij verordening nadere regels stellen over de uitvoering. ",
    "De gemeenteraad wordt in de gelegenheid gesteld zijn wensen en bedenkingen kenbaar te maken. ",
)


def prose(size: int, separator: str = "") -> str:
    """``size`` characters of heading-less bill prose, sentences joined by ``separator``."""
    parts, length, i = [], 0, 0
    while length < size:
        sentence = SENTENCES[i % len(SENTENCES)] + separator
        parts.append(sentence)
        length += len(sentence)
        i += 1
    return "".join(parts)[:size]


def shapes(size: int) -> dict[str, tuple[str, str]]:
    """Shape name -> (file suffix, content) of about ``size`` characters."""
    line = prose(size)
    return {
        "lines": (".txt", prose(size, "\n")),
        "one-line text": (".txt", line),
        "one-line html": (".html", f"<!DOCTYPE html><html><body><p>{line}</p></body></html>"),
        "one-article": (".txt", f"Artikel 1\n\n{line}\n"),
    }


def time_chain(path: Path, repeat: int) -> tuple[float, str]:
    """Best seconds of ``repeat`` runs of the whole chain on ``path``, and how it ended."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()  # every run starts from the same heap
        started = time.process_time()
        try:
            bill = parse_document(read_document(path))
            analyse_bill(bill)
            assess_bill(bill)
            outcome = f"{len(bill.provisions)} provisions"
        except LimitExceeded as error:
            outcome = f"refused: {error.problem[:60]}..."
        best = min(best, time.process_time() - started)
    return best, outcome


def time_provision(size: int, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        started = time.process_time()
        analyse_texts([prose(size)])
        best = min(best, time.process_time() - started)
    return best


def report(name: str, small: float, large: float, factor: float) -> bool:
    ratio = large / max(small, 1e-6)
    ok = ratio <= TARGET_RATIO
    print(f"{name:<28} {small:8.2f} s {large:8.2f} s   ratio {ratio:5.2f}x for {factor:g}x the text  {'ok' if ok else 'TOO SLOW'}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=float, default=1.0, help="small size in MB (default 1)")
    parser.add_argument("--large", type=float, default=4.0, help="large size in MB (default 4)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement, the best counts (default 3)")
    args = parser.parse_args()
    small, large = int(args.small * MB), int(args.large * MB)
    analyse_texts(["Het college stelt een plan vast."])  # load the pipeline before timing
    ok = True
    print(f"{'shape':<28} {args.small:>6g} MB {args.large:>8g} MB")
    with tempfile.TemporaryDirectory(prefix="wetscan-hostile-") as folder:
        for name in shapes(1):
            times, outcomes = [], []
            for size in (small, large):
                suffix, content = shapes(size)[name]
                path = Path(folder) / f"{name.replace(' ', '-')}-{size}{suffix}"
                path.write_text(content, encoding="utf-8")
                seconds, outcome = time_chain(path, args.repeat)
                times.append(seconds)
                outcomes.append(outcome)
                path.unlink()
            ok &= report(name, *times, large / small)
            print(f"{'':<28} ({outcomes[0]}; {outcomes[1]})")
    quarter = MAX_PROVISION_CHARS // 4
    ok &= report(f"one provision {quarter // 1000}k/{MAX_PROVISION_CHARS // 1000}k chars",
                 time_provision(quarter, args.repeat), time_provision(MAX_PROVISION_CHARS, args.repeat), 4)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
