"""Command line of billgen.

    python -m tools.billgen render examples/src/x.yaml --out out/ [--formats pdf xml]
    python -m tools.billgen batch out/batch -n 200 --seed 0     # mixed formats and sizes
    python -m tools.billgen long out/long.pdf --pages 110        # one 100+ page Kamerstuk PDF
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tools.billgen.render import FORMATS, render
from tools.billgen.render_pdf import render_pdf
from tools.billgen.spec import load_bill
from tools.billgen.synthetic import generate_batch, long_bill


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tools.billgen", description="Render bills.")
    commands = parser.add_subparsers(dest="command", required=True)

    render_cmd = commands.add_parser("render", help="render bill sources (YAML)")
    render_cmd.add_argument("sources", nargs="+", type=Path)
    render_cmd.add_argument("--out", type=Path, required=True)
    render_cmd.add_argument("--formats", nargs="+", choices=FORMATS, help="default: the source's own list")

    batch_cmd = commands.add_parser("batch", help="write a batch of synthetic documents")
    batch_cmd.add_argument("folder", type=Path)
    batch_cmd.add_argument("-n", type=int, default=200)
    batch_cmd.add_argument("--seed", type=int, default=0)

    long_cmd = commands.add_parser("long", help="write one long synthetic Kamerstuk PDF")
    long_cmd.add_argument("path", type=Path)
    long_cmd.add_argument("--pages", type=int, default=110)
    long_cmd.add_argument("--seed", type=int, default=1)

    args = parser.parse_args(argv)
    if args.command == "render":
        for source in args.sources:
            for path in render(load_bill(source), args.out, args.formats):
                print(path)
    elif args.command == "batch":
        paths = generate_batch(args.folder, args.n, args.seed)
        print(f"{len(paths)} documents in {args.folder}")
    else:
        args.path.parent.mkdir(parents=True, exist_ok=True)
        print(render_pdf(long_bill(args.seed, args.pages), args.path))


if __name__ == "__main__":
    main()
