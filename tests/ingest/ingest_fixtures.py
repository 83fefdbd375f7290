"""Builders for the ingest tests: small PDFs (reportlab) and Word documents (python-docx).

The texts are written for these tests in Dutch drafting style; nothing is copied.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 72.0
TEXT_WIDTH = PAGE_WIDTH - 2 * LEFT
FONT = "Helvetica"
SIZE = 10.0
LEADING = 14.0
KAMERSTUK_HEADER = "Tweede Kamer, vergaderjaar 2025–2026, 36 123, nr. 2"


def wrap(paragraphs: list[str]) -> list[str]:
    """Lay ``paragraphs`` out in lines of the text column, as a word processor would."""
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend(simpleSplit(paragraph, FONT, SIZE, TEXT_WIDTH))
    return lines


def write_pdf(
    path: Path,
    pages: list[list[str]],
    *,
    header: str | None = None,
    footer: str | None = None,
    page_numbers: bool = False,
    margin_numbers: int = 0,
    footnotes: dict[int, list[str]] | None = None,
    note_refs: dict[tuple[int, int], str] | None = None,
    title: str | None = None,
    encrypt: str | None = None,
) -> Path:
    """Write one PDF page per list of lines. ``footnotes`` maps a page index to its notes,
    ``note_refs`` maps (page index, line index) to a superscript reference after that line,
    ``margin_numbers`` numbers every n-th line in the left margin (right-aligned, as Word does);
    a note starting with a number prints that number raised, as Kamerstukken do."""
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    if title:
        pdf.setTitle(title)
    for page_index, lines in enumerate(pages):
        if header:
            pdf.setFont(FONT, 8)
            pdf.drawString(LEFT, PAGE_HEIGHT - 40, header)
        if footer:
            pdf.setFont(FONT, 8)
            pdf.drawString(LEFT, 30, footer)
        if page_numbers:
            pdf.setFont(FONT, 8)
            pdf.drawCentredString(PAGE_WIDTH / 2, 45, str(page_index + 1))
        y = PAGE_HEIGHT - 90
        for line_index, line in enumerate(lines):
            pdf.setFont(FONT, SIZE)
            if margin_numbers and (line_index + 1) % margin_numbers == 0:
                pdf.drawRightString(LEFT - 20, y, str(line_index + 1))
            if line:
                pdf.drawString(LEFT, y, line)
            reference = (note_refs or {}).get((page_index, line_index))
            if reference:
                pdf.setFont(FONT, 6)
                pdf.drawString(LEFT + pdf.stringWidth(line, FONT, SIZE) + 0.5, y + 4, reference)
            y -= LEADING
        notes = (footnotes or {}).get(page_index, [])
        y = 70 + 9 * len(notes)
        if notes:
            pdf.line(LEFT, y + 10, LEFT + 120, y + 10)
        for note in notes:
            number, _, text = note.partition(" ")
            pdf.setFont(FONT, 5)
            pdf.drawString(LEFT, y + 2.5, number)
            pdf.setFont(FONT, 7)
            pdf.drawString(LEFT + 8, y, text)
            y -= 9
        pdf.showPage()
    pdf.save()
    return path


def write_two_column_pdf(path: Path, title: str, left: list[str], right: list[str]) -> Path:
    """A page with a title across the page and two columns of text below it."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont(FONT, 12)
    pdf.drawString(LEFT, PAGE_HEIGHT - 80, title)
    pdf.setFont(FONT, 9)
    for x, lines in ((50, left), (PAGE_WIDTH / 2 + 10, right)):
        y = PAGE_HEIGHT - 110
        for line in lines:
            pdf.drawString(x, y, line)
            y -= 12
    pdf.showPage()
    pdf.save()
    return path


def write_scanned_pdf(path: Path) -> Path:
    """A PDF whose page holds only graphics, as a scan without a text layer would."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.rect(72, 400, 300, 200, fill=1)
    pdf.showPage()
    pdf.save()
    return path


# ---------------------------------------------------------------------------------------------
# Word
# ---------------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def numbering_xml(abstracts: dict[int, list[tuple[str, str, int]]], nums: dict[int, tuple[int, dict[int, int]]]) -> str:
    """numbering.xml: ``abstracts`` maps an abstractNumId to its levels (numFmt, lvlText, start),
    ``nums`` maps a numId to (abstractNumId, {ilvl: startOverride})."""
    parts = [f'<w:numbering xmlns:w="{W_NS}">']
    for abstract_id, levels in abstracts.items():
        parts.append(f'<w:abstractNum w:abstractNumId="{abstract_id}">')
        for ilvl, (fmt, text, start) in enumerate(levels):
            parts.append(
                f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/></w:lvl>'
            )
        parts.append("</w:abstractNum>")
    for num_id, (abstract_id, overrides) in nums.items():
        parts.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>')
        for ilvl, start in overrides.items():
            parts.append(f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>')
        parts.append("</w:num>")
    parts.append("</w:numbering>")
    return "".join(parts)


def write_docx(path: Path, paragraphs: list[tuple[str, tuple[int, int] | None, str | None]], numbering: str | None = None,
               header: str | None = None, table: list[list[str]] | None = None, title: str | None = None) -> Path:
    """A Word document. Each paragraph is (text, (numId, ilvl) or None, style name or None)."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    document = docx.Document()
    if title:
        document.core_properties.title = title
    if numbering:
        part = document.part.numbering_part
        element = part.element
        for child in list(element):
            element.remove(child)
        for child in parse_xml(numbering):
            element.append(child)
    if header:
        document.sections[0].header.paragraphs[0].text = header
    for text, num, style in paragraphs:
        paragraph = document.add_paragraph(text, style=style)
        if num:
            ppr = paragraph._p.get_or_add_pPr()
            ppr.append(parse_xml(
                f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
            ))
            assert ppr.find(qn("w:numPr")) is not None
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table):
            for cell, value in zip(row.cells, values):
                cell.text = value
    document.save(str(path))
    return path
