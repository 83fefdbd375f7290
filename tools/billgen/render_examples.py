"""Regenerate the example bills: ``python -m tools.billgen.render_examples``.

Reads every ``examples/src/*.yaml`` and writes the formats each source lists into ``examples/``.
PDF and XML output is byte-stable (fixed PDF metadata, no timestamps); a .docx differs only in
its zip timestamps.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tools.billgen.render import render
from tools.billgen.spec import load_bill

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*", type=Path, help="bill sources (default: examples/src/*.yaml)")
    parser.add_argument("--out", type=Path, default=EXAMPLES, help="output folder (default: examples/)")
    args = parser.parse_args(argv)
    sources = args.sources or sorted((EXAMPLES / "src").glob("*.yaml"))
    for source in sources:
        for path in render(load_bill(source), args.out):
            print(path)


if __name__ == "__main__":
    main()
