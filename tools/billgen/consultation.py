"""Render a consultation folder: the documents internetconsultatie.nl publishes for one draft.

A consultation source (``examples/src/consultaties/<folder>.yaml``) lists the files of one
consultation::

    folder: consultatie-wet-energieloketten
    documents:
      - file: wetsvoorstel.docx           # a bill source, rendered in the file's format
        bill: wet-energieloketten         # examples/src/<bill>.yaml
        part: bill                        # bill (without its memorandum) | memorandum | both
      - file: consultatievragen.docx      # any other document: paragraphs and an optional table
        paragraphs: [ "Consultatievragen", "1. Vindt u ...?" ]
        table: [ [ "Richtlijn", "Besluit" ], [ "artikel 9", "artikel 2" ] ]

Bills are rendered by billgen's renderers; other documents are written as DOCX (python-docx) or
PDF (reportlab). Run ``python -m tools.billgen.consultation`` to regenerate every folder.
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
from pathlib import Path

import yaml

from tools.billgen.render import render
from tools.billgen.spec import load_bill

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _bill_file(document: dict, sources: Path, target: Path) -> None:
    bill = load_bill(sources / f"{document['bill']}.yaml")
    part = document.get("part", "both")
    if part == "bill":
        bill = dataclasses.replace(bill, memorandum=None)
    elif part == "memorandum":
        bill = dataclasses.replace(bill, body=[], aanhef=[], closing=[], signature=[], memorandum_only=True,
                                   tracked_changes=[], comments=[])
    fmt = target.suffix.lstrip(".")
    with tempfile.TemporaryDirectory() as folder:
        written = render(bill, folder, [fmt])
        target.write_bytes(written[0].read_bytes())


def _docx(paragraphs: list[str], table: list[list[str]], target: Path) -> None:
    from docx import Document

    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table):
            for cell, value in zip(row.cells, values):
                cell.text = value
    document.core_properties.title = paragraphs[0] if paragraphs else ""
    document.save(str(target))


def _pdf(paragraphs: list[str], table: list[list[str]], target: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table
    from xml.sax.saxutils import escape

    style = getSampleStyleSheet()["BodyText"]
    flow = []
    for text in paragraphs:
        flow += [Paragraph(escape(text), style), Spacer(1, 6)]
    if table:
        flow.append(Table(table))
    SimpleDocTemplate(str(target), pagesize=A4, invariant=1, title=paragraphs[0] if paragraphs else "",
                      author="billgen").build(flow)


def render_consultation(source: Path, out: Path = EXAMPLES) -> list[Path]:
    """Write the folder a consultation source describes; returns the files written."""
    spec = yaml.safe_load(source.read_text(encoding="utf-8"))
    folder = out / spec["folder"]
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for document in spec["documents"]:
        target = folder / document["file"]
        if "bill" in document:
            _bill_file(document, source.parent.parent, target)
        elif target.suffix == ".docx":
            _docx(document.get("paragraphs", []), document.get("table", []), target)
        elif target.suffix == ".pdf":
            _pdf(document.get("paragraphs", []), document.get("table", []), target)
        else:
            target.write_text("\n\n".join(document.get("paragraphs", [])) + "\n", encoding="utf-8")
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*", type=Path, help="consultation sources (default: examples/src/consultaties/*.yaml)")
    parser.add_argument("--out", type=Path, default=EXAMPLES, help="output folder (default: examples/)")
    args = parser.parse_args(argv)
    for source in args.sources or sorted((EXAMPLES / "src" / "consultaties").glob("*.yaml")):
        for path in render_consultation(source, args.out):
            print(path)


if __name__ == "__main__":
    main()
