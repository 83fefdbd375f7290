"""Render one bill to the formats it asks for: the single entry point of the renderers."""

from __future__ import annotations

from pathlib import Path

from tools.billgen.render_docx import render_docx
from tools.billgen.render_odt import render_odt
from tools.billgen.render_pdf import render_pdf
from tools.billgen.render_text import render_html, render_txt
from tools.billgen.render_xml import render_memorandum_xml, render_xml
from tools.billgen.spec import Bill
from tools.billgen.tracked import add_revisions

FORMATS = ("pdf", "xml", "docx", "odt", "html", "txt")


def render(bill: Bill, folder: str | Path, formats: list[str] | None = None) -> list[Path]:
    """Write ``bill`` into ``folder`` as ``<name>.<ext>`` for each format; returns the paths.

    XML gives two files: the bill (Kamerstuk nr. 2) and, when the bill has a memorandum, the
    memorie van toelichting as ``<name>.toelichting.xml`` (Kamerstuk nr. 3). An AMvB is one
    Staatsblad file with its nota van toelichting inside.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats or bill.formats:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
        target = folder / f"{bill.name}.{fmt}"
        if fmt == "pdf":
            written.append(render_pdf(bill, target))
        elif fmt == "xml":
            written.append(render_xml(bill, target))
            if bill.memorandum is not None and bill.kind != "amvb":  # an AMvB's nota is inside
                written.append(render_memorandum_xml(bill, folder / f"{bill.name}.toelichting.xml"))
        elif fmt == "docx":
            written.append(add_revisions(render_docx(bill, target), bill.tracked_changes, bill.comments))
        elif fmt == "odt":
            written.append(render_odt(bill, target))
        elif fmt == "html":
            written.append(render_html(bill, target))
        else:
            written.append(render_txt(bill, target))
    return written
