"""Render a bill as a Word document, the way consultation drafts are written.

Leden and onderdelen are numbered by Word's automatic numbering, so their numbers are NOT in
the paragraph text: each such paragraph carries ``w:numPr`` (numId + ilvl) pointing at a
multilevel list in ``numbering.xml`` with four levels: lid ("%1.", decimal), onderdeel ("%2.",
lowerLetter), sub-onderdeel ("%3°", decimal) and, rarely, a third level of onderdelen ("%4.",
lowerRoman). Every article gets its own list instance
(``w:num``) so that numbering restarts at 1; quoted leden that do not start at 1 ("3.") get a
``startOverride``. Footnotes of the toelichting are real Word footnotes (footnotes.xml), the
header and footer say "Versie voor internetconsultatie" with the date and the page number, and
the section numbers its lines in the margin (``w:lnNumType``), as consultation drafts do.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from tools.billgen.printed import (
    amending_heading,
    article_heading,
    division_heading,
    title_paras,
)
from tools.billgen.spec import (
    AmendingArticle,
    Article,
    Bill,
    Division,
    Item,
    Lid,
    MemoSection,
    split_footnotes,
)

LIST_LEVELS = (  # (numFmt, lvlText, left indent in twips)
    ("decimal", "%1.", 425),
    ("lowerLetter", "%2.", 850),
    ("decimal", "%3°", 1275),
    ("lowerRoman", "%4.", 1700),
)
HANGING = 425
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


class _Numbering:
    """The one multilevel list definition, and a fresh list instance per article."""

    def __init__(self, document: Document) -> None:
        self.numbering = document.part.numbering_part.element
        ids = [int(a.get(qn("w:abstractNumId"))) for a in self.numbering.findall(qn("w:abstractNum"))]
        self.abstract_id = max(ids, default=0) + 1
        levels = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{HANGING}"/></w:pPr></w:lvl>'
            for i, (fmt, text, left) in enumerate(LIST_LEVELS)
        )
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{self.abstract_id}">'
            f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
        )
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.numbering.append(abstract)

    def new_list(self, start: int = 1) -> int:
        """A new list instance; returns its numId.

        Instances of one abstract list share their counters in Word unless each level is
        restarted, so every level gets a ``startOverride``: level 0 at ``start``, the others at 1.
        """
        num = self.numbering.add_num(self.abstract_id)
        for level in range(len(LIST_LEVELS)):
            value = start if level == 0 else 1
            num.append(parse_xml(
                f'<w:lvlOverride {nsdecls("w")} w:ilvl="{level}"><w:startOverride w:val="{value}"/></w:lvlOverride>'
            ))
        return num.numId


class _Footnotes:
    """A footnotes.xml part with real Word footnotes."""

    def __init__(self, document: Document) -> None:
        self.element = parse_xml(
            f'<w:footnotes {nsdecls("w")}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
            "</w:r></w:p></w:footnote></w:footnotes>"
        )
        self.count = 0
        part = XmlPart(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, self.element, document.part.package)
        document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)

    def add(self, paragraph: Paragraph, note: str) -> None:
        self.count += 1
        footnote = parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{self.count}"><w:p>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:t xml:space="preserve"> </w:t></w:r></w:p></w:footnote>'
        )
        footnote.find(qn("w:p")).findall(qn("w:r"))[1].find(qn("w:t")).text = f" {note}"
        self.element.append(footnote)
        run = paragraph.add_run()
        run.font.superscript = True
        run._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{self.count}"/>'))


class _Writer:
    def __init__(self, bill: Bill) -> None:
        self.bill = bill
        self.document = Document()
        style = self.document.styles["Normal"]
        style.font.name = "Times New Roman"
        style.font.size = Pt(11)
        self.numbering = _Numbering(self.document)
        self.footnotes = _Footnotes(self.document)

    def para(self, text: str, bold: bool = False, indent: int = 0) -> Paragraph:
        paragraph = self.document.add_paragraph()
        for run_text, note in split_footnotes(text):
            if note is None:
                paragraph.add_run(run_text).bold = bold
            else:
                self.footnotes.add(paragraph, note)
        if indent:
            paragraph.paragraph_format.left_indent = Pt(18 * indent)
        return paragraph

    def numbered(self, text: str, num_id: int, level: int) -> Paragraph:
        paragraph = self.para(text)
        p_pr = paragraph._p.get_or_add_pPr()
        p_pr.insert(0, parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
        ))
        return paragraph

    # -- bill ------------------------------------------------------------------------------

    def items(self, items: list[Item], num_id: int, level: int) -> None:
        for item in items:
            self.numbered(item.text, num_id, level)
            self.items(item.items, num_id, level + 1)

    def leden(self, leden: list[tuple[str, Lid]]) -> None:
        """Numbered leden; a list restarts wherever the numbers do not simply count on.

        A lid inserted later ("1a") cannot be produced by Word's numbering: drafters type its
        number, so it is written into the text and its onderdelen get a list of their own.
        """
        num_id = None
        expected = None
        for number, lid in leden:
            if not number.isdigit():
                self.para(f"{number}. {lid.text}")
                num_id = None
                if lid.items:
                    self.items(lid.items, self.numbering.new_list(), 1)
                continue
            if num_id is None or int(number) != expected:
                num_id = self.numbering.new_list(int(number))
            expected = int(number) + 1
            self.numbered(lid.text, num_id, 0)
            self.items(lid.items, num_id, 1)

    def article(self, article: Article, indent: int = 0) -> None:
        self.para(article_heading(article), bold=True, indent=indent)
        if article.text:
            self.para(article.text, indent=indent)
        if article.items:
            self.items(article.items, self.numbering.new_list(), 1)
        self.leden(article.numbered_leden())

    def amending(self, article: AmendingArticle) -> None:
        self.para(amending_heading(article), bold=True)
        if article.title:
            self.para(article.title, bold=True)
        if article.intro:
            self.para(article.intro)
        for part in article.parts:
            if part.label:
                self.para(part.label)
            self.para(part.instruction)
            for text in part.text:
                self.para(text, indent=1)
            self.leden([(lid.number or str(i + 1), lid) for i, lid in enumerate(part.leden)])
            for quoted in part.articles:
                self.article(quoted, indent=1)

    def body(self, nodes: list) -> None:
        for node in nodes:
            if isinstance(node, Division):
                self.para(division_heading(node), bold=True)
                self.body(node.body)
            elif isinstance(node, AmendingArticle):
                self.amending(node)
            else:
                self.article(node)

    # -- memorandum ------------------------------------------------------------------------

    def section(self, section: MemoSection) -> None:
        self.para(section.full_heading, bold=True)
        for paragraph in section.paragraphs:
            self.para(paragraph)
        for sub in section.sections:
            self.section(sub)

    def furniture(self) -> None:
        """Header, footer with the page number, and Word's margin line numbering (every line)."""
        section = self.document.sections[0]
        section._sectPr.append(parse_xml(
            f'<w:lnNumType {nsdecls("w")} w:countBy="1" w:distance="283" w:restart="continuous"/>'
        ))
        section.header.paragraphs[0].text = f"Versie voor internetconsultatie {self.bill.date}"
        footer = section.footer.paragraphs[0]
        footer.text = "Versie voor internetconsultatie, pagina "
        footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"/>'))

    def write(self, path: Path) -> Path:
        bill = self.bill
        bill_head, memo_head = title_paras(bill, "consultation")
        self.furniture()
        for para in bill_head:
            self.para(para.text, bold=True)
        for text in bill.aanhef:
            self.para(text)
        self.body(bill.body)
        for text in bill.closing:
            self.para(text)
        for text in bill.signature:
            self.para(text)
        memo = bill.memorandum
        if memo is not None:
            self.document.add_page_break()
            for para in memo_head:
                self.para(para.text, bold=True)
            if memo.general:
                self.para("I. ALGEMEEN DEEL", bold=True)
                for section in memo.general:
                    self.section(section)
            if memo.articles:
                self.para("II. ARTIKELSGEWIJS", bold=True)
                for section in memo.articles:
                    self.section(section)
            for text in memo.signature:
                self.para(text)
        self.document.core_properties.title = bill.title
        self.document.save(str(path))
        return path


def render_docx(bill: Bill, path: str | Path) -> Path:
    """Write ``bill`` and its memorandum as a .docx with automatic lid/onderdeel numbering."""
    return _Writer(bill).write(Path(path))
