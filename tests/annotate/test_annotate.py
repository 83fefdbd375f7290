"""``wetscan check ontwerp.docx --annotate kopie.docx``: the findings as Word comments in a copy.

The draft (:mod:`tests.annotate.draft_fixture`) has what a real one has: a header, own styles,
lid numbers from Word's automatic numbering, onderdelen under a lid, an article in a table, a lid
that begins with a tracked insertion and holds a tracked deletion, and a colleague's comment.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from tests.annotate.draft_fixture import EXISTING_AUTHOR, EXISTING_COMMENT, HEADER, TITLE, wetscan_comments
from wetscan import i18n
from wetscan.assess.rules import load_rules
from wetscan.ingest import read_document
from wetscan.ingest.docx_reader import paragraph_text
from wetscan.report.annotate import AUTHOR, INITIALS, annotate_docx, flagged_provisions
from wetscan.report.annotate_anchor import squeeze

#: English words of the comments' own phrasing that must not appear in the Dutch default.
ENGLISH = ("Candidate", "Co-signature", "trigger words", "confidence", "Legal basis", "What to do next",
           "Layers", "Mandatory cooperation", "Section on financial", "assessment of this draft", "required",
           "found", "rules ")


def ranges(document) -> dict[int, tuple]:
    """Comment id -> (start marker, end marker) in the body."""
    body = document.element.body
    starts = {int(e.get(qn("w:id"))): e for e in body.iter(qn("w:commentRangeStart"))}
    ends = {int(e.get(qn("w:id"))): e for e in body.iter(qn("w:commentRangeEnd"))}
    return {key: (starts[key], ends[key]) for key in starts}


def paragraph_of(marker):
    return next(marker.iterancestors(qn("w:p")))


def test_the_copy_opens_and_the_original_is_untouched(draft: Path, annotated) -> None:
    target, before, annotation = annotated
    assert hashlib.sha256(draft.read_bytes()).hexdigest() == before
    copy = docx.Document(str(target))
    comments = [c for c in copy.comments if c.author == AUTHOR]
    assert comments and all(c.initials == INITIALS for c in comments)
    assert not annotation.unplaced


def test_one_comment_per_flagged_provision_on_its_paragraphs(report: dict, annotated) -> None:
    target, _, annotation = annotated
    copy = docx.Document(str(target))
    flagged = {p["id"]: p for p in flagged_provisions(report)}
    assert set(flagged) == {"artikel 2, eerste lid", "artikel 2, tweede lid", "artikel 3, eerste lid",
                            "artikel 3, tweede lid", "artikel 4"}
    by_provision = {}
    for comment_id, lines in wetscan_comments(copy).items():
        heading = lines[0].removeprefix("wetscan: ")
        if heading in flagged:
            assert heading not in by_provision, f"two comments on {heading}"
            by_provision[heading] = comment_id
    assert set(by_provision) == set(flagged) == set(annotation.commented)
    marks = ranges(copy)
    for provision_id, comment_id in by_provision.items():
        start, end = marks[comment_id]
        text = squeeze(flagged[provision_id]["text"])
        first, last = paragraph_text(paragraph_of(start)), paragraph_text(paragraph_of(end))
        assert text.startswith(squeeze(first)) and text.endswith(squeeze(last)), provision_id
        for marker in (start, end):
            assert not any(a.tag in (qn("w:ins"), qn("w:del")) for a in marker.iterancestors()), provision_id


def test_a_lid_with_onderdelen_is_anchored_from_the_lid_to_its_last_onderdeel(report: dict, annotated) -> None:
    copy = docx.Document(str(annotated[0]))
    comment_id = next(k for k, lines in wetscan_comments(copy).items() if lines[0].endswith("artikel 3, tweede lid"))
    start, end = ranges(copy)[comment_id]
    assert paragraph_text(paragraph_of(start)).startswith("De gemeenschappelijke regeling bevat")
    assert paragraph_text(paragraph_of(end)).startswith("de wijze waarop de raden")
    assert paragraph_of(start) is not paragraph_of(end)


def test_a_provision_in_a_table_and_one_in_a_tracked_insertion_are_anchored(annotated) -> None:
    copy = docx.Document(str(annotated[0]))
    comments = wetscan_comments(copy)
    marks = ranges(copy)
    table_id = next(k for k, lines in comments.items() if lines[0] == "wetscan: artikel 4")
    assert any(a.tag == qn("w:tc") for a in marks[table_id][0].iterancestors())
    tracked_id = next(k for k, lines in comments.items() if lines[0] == "wetscan: artikel 2, tweede lid")
    start, end = marks[tracked_id]
    paragraph = paragraph_of(start)
    content = [child.tag for child in paragraph if child.tag != qn("w:pPr")]
    assert content[0] == qn("w:commentRangeStart") and content[1] == qn("w:ins"), "the inserted words are in range"
    assert paragraph_of(end) is paragraph and end.getnext().find(qn("w:commentReference")) is not None


def test_each_comment_names_rule_triggers_basis_and_confidence(annotated) -> None:
    copy = docx.Document(str(annotated[0]))
    lines = next(v for v in wetscan_comments(copy).values() if v[0] == "wetscan: artikel 2, tweede lid")
    rule_line = next(line for line in lines if line.startswith("R01 "))
    assert "signaalwoorden ‘" in rule_line and "betrouwbaarheid 0," in rule_line
    assert any(line.startswith("Grondslag: Gemw art. 108(2)") for line in lines)
    assert any(line.startswith("R06 ") and "jaarlijks" in line for line in lines)


def test_the_title_carries_the_verdicts_and_what_to_do_next(annotated) -> None:
    copy = docx.Document(str(annotated[0]))
    title_id, lines = next((k, v) for k, v in wetscan_comments(copy).items() if v[0].startswith("wetscan: beoordeling"))
    start, end = ranges(copy)[title_id]
    assert paragraph_text(paragraph_of(start)) == TITLE and paragraph_of(end) is paragraph_of(start)
    text = "\n".join(lines)
    assert "Kandidaat voor een UDO: ja" in text
    assert "Medeondertekening door de minister van BZK: ja" in text
    assert "Paragraaf financiële gevolgen (art. 2 Fvw): vereist; aanwezig" in text
    assert "Wat u nu doet:" in text and "Uitvoerbaarheidstoets Decentrale Overheden (UDO)" in text
    assert "medeondertekenen door de minister van BZK" in text
    own = [line for comment in wetscan_comments(copy).values() for line in comment if not line.startswith("Controleer:")]
    assert not [word for word in ENGLISH if any(word in line for line in own)]


def test_english_on_request(draft: Path, report: dict, tmp_path: Path) -> None:
    with i18n.speaking("en"):
        annotate_docx(draft, tmp_path / "copy-en.docx", report, load_rules())
    text = "\n".join(line for lines in wetscan_comments(docx.Document(str(tmp_path / "copy-en.docx"))).values()
                     for line in lines)
    assert "Candidate for a UDO: yes" in text and "What to do next:" in text
    assert "trigger words ‘" in text and "confidence 0." in text and "Legal basis:" in text
    assert "signaalwoorden" not in text and "Wat u nu doet" not in text


def _strip_wetscan(root, ids: set[str]) -> None:
    """Remove the comment ranges and reference runs annotate added (those with ``ids``)."""
    for tag in ("w:commentRangeStart", "w:commentRangeEnd"):
        for marker in list(root.iter(qn(tag))):
            if marker.get(qn("w:id")) in ids:
                marker.getparent().remove(marker)
    for reference in list(root.iter(qn("w:commentReference"))):
        if reference.get(qn("w:id")) in ids:
            run = reference.getparent()
            run.getparent().remove(run)


def _canonical(data: bytes) -> bytes:
    return etree.tostring(etree.fromstring(data), method="c14n")


def test_everything_else_stays_as_it_was(draft: Path, annotated) -> None:
    """Tracked changes, styles, numbering, header, settings and the existing comment are untouched:
    with the added ranges taken out, every part is the original's."""
    target = annotated[0]
    copy = docx.Document(str(target))
    ids = {str(k) for k in wetscan_comments(copy)}
    original, annotated_zip = zipfile.ZipFile(draft), zipfile.ZipFile(target)
    assert set(original.namelist()) <= set(annotated_zip.namelist())
    for name in original.namelist():
        old, new = original.read(name), annotated_zip.read(name)
        if name == "word/document.xml":
            root = etree.fromstring(new)
            _strip_wetscan(root, ids)
            assert etree.tostring(root, method="c14n") == _canonical(old)
        elif name == "word/comments.xml":
            root = etree.fromstring(new)
            for comment in list(root):
                if comment.get(qn("w:id")) in ids:
                    root.remove(comment)
            assert etree.tostring(root, method="c14n") == _canonical(old)
        elif name not in ("[Content_Types].xml", "word/_rels/document.xml.rels"):
            assert (old == new) or _canonical(old) == _canonical(new), name
    existing = next(c for c in copy.comments if c.author == EXISTING_AUTHOR)
    assert existing.text == EXISTING_COMMENT
    assert copy.sections[0].header.paragraphs[0].text == HEADER
    assert copy.styles["Artikelkop"].base_style.name == "Heading 3"
    for revisions in ("proposed", "original"):
        assert ([b.text for b in read_document(target, revisions=revisions).blocks]
                == [b.text for b in read_document(draft, revisions=revisions).blocks])


def test_the_copy_can_be_annotated_again_without_losing_comments(annotated, report: dict, tmp_path: Path) -> None:
    """A copy that already has wetscan's comments gets new ones after them (ids stay unique)."""
    again = tmp_path / "again.docx"
    annotate_docx(annotated[0], again, report, load_rules())
    copy = docx.Document(str(again))
    ids = [c.comment_id for c in copy.comments]
    assert len(ids) == len(set(ids)) == 1 + 2 * (len(flagged_provisions(report)) + 1)


def test_a_finding_of_the_learned_reader_is_marked_as_such() -> None:
    from wetscan.report.annotate_text import provision_comment

    finding = {"rule": "M01", "layer": "gemeente", "organ": "college", "kind": "task", "start": 4, "end": 11,
               "trigger": "college", "explanation": "Taak voor het college.", "confidence": 0.82,
               "source": "model", "probability": 0.82}
    with i18n.speaking("nl"):
        comment = provision_comment({"id": "artikel 7", "findings": [finding]}, load_rules())
    assert comment.heading == "wetscan: artikel 7"
    assert "gevonden door het geleerde model, niet door een regel" in comment.lines[0]
    assert "signaalwoorden ‘college’; kans 0,82" in comment.lines[0]
    assert comment.lines[1].startswith("Grondslag: ")


def test_a_provision_not_in_the_file_is_named_on_the_title_not_guessed(draft: Path, report: dict,
                                                                       tmp_path: Path) -> None:
    elsewhere = dict(flagged_provisions(report)[0], id="artikel 9 (toelichting elders)",
                     text="Een tekst die in dit ontwerp nergens staat.")
    changed = dict(report, provisions=[*report["provisions"], elsewhere])
    with i18n.speaking("nl"):
        annotation = annotate_docx(draft, tmp_path / "copy.docx", changed, load_rules())
    assert annotation.unplaced == ["artikel 9 (toelichting elders)"]
    comments = wetscan_comments(docx.Document(str(tmp_path / "copy.docx")))
    title = next(lines for lines in comments.values() if lines[0].startswith("wetscan: beoordeling"))
    assert "Niet in dit bestand gevonden, zie het rapport: artikel 9 (toelichting elders)." in title
    assert len(comments) == 1 + len(flagged_provisions(report))


def test_a_document_that_is_no_bill_gets_only_the_title_comment(draft: Path, report: dict, tmp_path: Path) -> None:
    document = {"role": "memorandum", "reason": "a memorie van toelichting"}
    not_assessed = {key: value for key, value in report.items() if key != "assessment"}
    not_assessed.update(document=document, provisions=[dict(p, findings=[]) for p in report["provisions"]])
    with i18n.speaking("nl"):
        annotate_docx(draft, tmp_path / "copy.docx", not_assessed, load_rules())
    comments = list(wetscan_comments(docx.Document(str(tmp_path / "copy.docx"))).values())
    assert len(comments) == 1
    assert "wetscan heeft dit document niet beoordeeld" in comments[0][1] and "--as-bill" in comments[0][1]


def test_tracked_changes_rejected_are_found_as_well(draft: Path, tmp_path: Path) -> None:
    """``--revisions original``: the provisions read with the changes rejected are found in that text."""
    from wetscan.scan import scan

    with i18n.speaking("nl"):
        original = scan(draft, revisions="original").report()
        annotation = annotate_docx(draft, tmp_path / "copy.docx", original, load_rules(), revisions="original")
    lid = next(p for p in original["provisions"] if p["id"] == "artikel 2, tweede lid")
    assert "elk jaar" in lid["text"] and "jaarlijks" not in lid["text"]
    assert not annotation.unplaced and "artikel 2, eerste lid" in annotation.commented
