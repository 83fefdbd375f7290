"""A Word draft as a drafter leaves it: a header, own styles, automatic lid numbering, an article in
a table, a tracked change and a colleague's comment. Built with python-docx; the text is written for
these tests in Dutch drafting style (a made-up Wet meldpunten geluidsoverlast), nothing is copied.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from wetscan.report.annotate import AUTHOR

TITLE = ("Wet van ..., houdende regels over gemeentelijke meldpunten voor geluidsoverlast "
         "(Wet meldpunten geluidsoverlast)")
HEADER = "Versie voor internetconsultatie 1 maart 2026"
EXISTING_COMMENT = "Inwerkingtreding afstemmen met VNG en IPO."
EXISTING_AUTHOR = "J. de Wetgever"

#: The list the leden are numbered with ("1.", "2.") and the onderdelen under them ("a.", "b.").
ABSTRACT_NUM = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
    '<w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="850" w:hanging="425"/></w:pPr></w:lvl>'
    '</w:abstractNum>'
)


def _num(num_id: int) -> str:
    """A list instance that restarts the leden at 1 (one per article, as Word makes them)."""
    return (f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="90"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')


class Draft:
    """Builds the draft paragraph by paragraph."""

    def __init__(self) -> None:
        self.document = docx.Document()
        self.document.sections[0].header.paragraphs[0].text = HEADER
        styles = self.document.styles
        heading = styles.add_style("Artikelkop", WD_STYLE_TYPE.PARAGRAPH)
        heading.base_style = styles["Heading 3"]
        heading.font.small_caps = True
        self.lid_style = styles.add_style("Lidtekst", WD_STYLE_TYPE.PARAGRAPH)
        self.lid_style.base_style = styles["Normal"]
        numbering = self.document.part.numbering_part.element
        first_num = numbering.find(qn("w:num"))
        abstract = parse_xml(ABSTRACT_NUM)
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        self.numbering = numbering
        self.next_num = 200

    def paragraph(self, text: str, style: str | None = None):
        return self.document.add_paragraph(text, style=style)

    def article(self, heading: str) -> int:
        """An article heading; returns the list instance for its leden."""
        self.paragraph(heading, "Artikelkop")
        self.next_num += 1
        self.numbering.append(parse_xml(_num(self.next_num)))
        return self.next_num

    def lid(self, num_id: int, text: str, level: int = 0):
        """A lid (level 0) or onderdeel (level 1) numbered by Word, not in its text."""
        paragraph = self.paragraph(text, "Lidtekst")
        properties = paragraph._p.get_or_add_pPr()
        properties.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                                    f'<w:numId w:val="{num_id}"/></w:numPr>'))
        return paragraph


def tracked_lid(draft: Draft, num_id: int) -> None:
    """A lid whose deadline was changed with tracked changes on: "elk jaar" deleted, "jaarlijks
    voor 1 april" inserted; and a tracked insertion at the very start of the lid."""
    paragraph = draft.lid(num_id, "")
    change = 'w:id="{id}" w:author="J. de Wetgever" w:date="2026-02-20T10:00:00Z"'
    paragraph._p.append(parse_xml(f'<w:ins {nsdecls("w")} {change.format(id=901)}><w:r><w:t xml:space="preserve">'
                                  'Het college </w:t></w:r></w:ins>'))
    paragraph.add_run("brengt ")
    paragraph._p.append(parse_xml(f'<w:del {nsdecls("w")} {change.format(id=902)}><w:r><w:delText xml:space="preserve">'
                                  'elk jaar </w:delText></w:r></w:del>'))
    paragraph._p.append(parse_xml(f'<w:ins {nsdecls("w")} {change.format(id=903)}><w:r><w:t xml:space="preserve">'
                                  'jaarlijks voor 1 april </w:t></w:r></w:ins>'))
    paragraph.add_run("verslag uit aan Onze Minister over de meldingen die het meldpunt heeft ontvangen.")


def write_draft(path: Path) -> Path:
    """The draft bill: title, preamble, five articles (one in a table), a short toelichting."""
    draft = Draft()
    draft.paragraph(TITLE, "Title")
    draft.paragraph("Allen, die deze zullen zien of horen lezen, saluut! doen te weten:")
    draft.paragraph("Alzo Wij in overweging genomen hebben, dat het wenselijk is regels te stellen over "
                    "gemeentelijke meldpunten voor geluidsoverlast;")
    draft.paragraph("Zo is het, dat Wij, de Afdeling advisering van de Raad van State gehoord, en met gemeen "
                    "overleg der Staten-Generaal, hebben goedgevonden en verstaan, gelijk Wij goedvinden en "
                    "verstaan bij deze:")
    draft.article("Artikel 1. Begripsbepalingen")
    draft.paragraph("In deze wet wordt verstaan onder Onze Minister: Onze Minister van Infrastructuur en Waterstaat.")
    lists = draft.article("Artikel 2. Meldpunt")
    draft.lid(lists, "Het college van burgemeester en wethouders draagt zorg voor een meldpunt waar inwoners "
                     "geluidsoverlast kunnen melden.")
    tracked_lid(draft, lists)
    lists = draft.article("Artikel 3. Samenwerking")
    draft.lid(lists, "De colleges van burgemeester en wethouders van de gemeenten binnen een veiligheidsregio "
                     "treffen een gemeenschappelijke regeling voor de uitvoering van deze wet.")
    draft.lid(lists, "De gemeenschappelijke regeling bevat in ieder geval regels over:")
    draft.lid(lists, "de verdeling van de kosten van het meldpunt over de deelnemende gemeenten;", level=1)
    draft.lid(lists, "de wijze waarop de raden van de deelnemende gemeenten worden geïnformeerd.", level=1)
    draft.article("Artikel 4. Verordening")
    table = draft.document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = ("De gemeenteraad stelt bij verordening regels over de openingstijden en de "
                             "bereikbaarheid van het meldpunt.")
    draft.article("Artikel 5. Inwerkingtreding")
    last = draft.paragraph("Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.")
    draft.document.add_comment(last.runs, text=EXISTING_COMMENT, author=EXISTING_AUTHOR, initials="JdW")
    draft.article("Artikel 6. Citeertitel")
    draft.paragraph("Deze wet wordt aangehaald als: Wet meldpunten geluidsoverlast.")
    draft.paragraph("MEMORIE VAN TOELICHTING", "Heading 1")
    draft.paragraph("Financiële gevolgen", "Heading 2")
    draft.paragraph("De kosten van het meldpunt voor gemeenten worden gecompenseerd via het gemeentefonds.")
    draft.document.save(str(path))
    return path


def wetscan_comments(document) -> dict[int, list[str]]:
    """The comments by wetscan in an opened copy: id -> the text of each paragraph."""
    return {c.comment_id: [p.text for p in c.paragraphs] for c in document.comments if c.author == AUTHOR}
