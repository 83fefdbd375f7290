"""Where a provision stands in the drafter's Word file, and how a comment is anchored on it.

**Finding the paragraphs.** wetscan's provisions are built from the blocks the DOCX reader read
(:func:`wetscan.ingest.docx_reader.body_blocks`): a paragraph, a paragraph in a content control or
a table row. The same walk over the copy gives each block with its ``w:p`` elements, so tracked
insertions, table cells and Word's automatic numbering are read exactly as the scan read them
(with the same ``revisions`` choice). A provision's text is its lid without the lid number, with
its onderdelen joined by single spaces; so the blocks' texts are joined without any white space
and the provision's text, also without white space, is searched there in document order, from
where the previous provision ended. A provision whose text is not found in one piece is placed by
its first words; one that is not found at all (text from another file, such as a separate
toelichting) is reported as not placed, never guessed.

**Anchoring.** A Word comment is three things: the comment itself in ``word/comments.xml``, a
range in the text (``w:commentRangeStart`` ... ``w:commentRangeEnd`` with the comment's id) and a
run holding ``w:commentReference`` after the range end, where Word shows the comment's marker.
The comment itself is always made with python-docx (``document.comments.add_comment``), which
numbers it after the comments already in the file. The range is placed with python-docx's
``Document.add_comment`` when the provision begins and ends with a plain run of its paragraphs
(``w:r`` directly in ``w:p``). Otherwise this module writes the same three elements itself, at
paragraph level: ``w:commentRangeStart`` as the first element after the paragraph properties
(``w:pPr``) of the first paragraph, ``w:commentRangeEnd`` and the reference run as the last
elements of the last paragraph. That covers a provision that begins or ends inside a tracked
change (``w:ins``, ``w:del``, moves), a hyperlink, a field or a content control: the markers stay
outside the change, so accepting or rejecting it keeps the comment. A paragraph without any run
(its number from auto-numbering only) is anchored the same way.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from docx.comments import Comment
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from wetscan.ingest.docx_reader import body_blocks
from wetscan.ingest.revisions import Revisions

#: How many characters (white space left out) of a provision's start place it when its whole
#: text is not found in one piece (a reader or parser that changed a character further on).
PREFIX_LENGTH = 60
#: The elements that may stand in a paragraph before or after its text without being text.
_MARKUP = frozenset(qn(tag) for tag in ("w:pPr", "w:bookmarkStart", "w:bookmarkEnd", "w:proofErr",
                                        "w:permStart", "w:permEnd", "w:commentRangeStart",
                                        "w:commentRangeEnd"))


@dataclass
class Place:
    """The paragraphs (``w:p`` elements, in order) a provision occupies in the document."""

    paragraphs: list


class ParagraphIndex:
    """The document's blocks, their paragraphs and their text without white space, for searching."""

    def __init__(self, document, revisions: Revisions = "proposed") -> None:
        self.paragraphs: list[list] = []
        self.starts: list[int] = []
        texts: list[str] = []
        offset = 0
        for block, paragraphs in body_blocks(document, revisions):
            text = squeeze(block.text)
            self.paragraphs.append(paragraphs)
            self.starts.append(offset)
            texts.append(text)
            offset += len(text)
        self.text = "".join(texts)
        self.cursor = 0

    def find(self, text: str) -> Place | None:
        """The paragraphs holding ``text``, searched from the end of the previous find onwards and
        then from the start; by its first words when the whole text is not found."""
        target = squeeze(text)
        if not target:
            return None
        start = self._search(target)
        if start < 0:
            start = self._search(target[:PREFIX_LENGTH])
        if start < 0:
            return None
        end = min(start + len(target), len(self.text))
        self.cursor = end
        first = bisect_right(self.starts, start) - 1
        last = bisect_right(self.starts, end - 1) - 1
        return Place([p for block in self.paragraphs[first:last + 1] for p in block])

    def find_title(self, title: str | None) -> Place | None:
        """The paragraph with the bill's title, else the document's first paragraph with text."""
        saved, self.cursor = self.cursor, 0
        place = self.find(title) if title else None
        self.cursor = saved
        if place is None and self.paragraphs:
            place = Place(self.paragraphs[0][:1])
        return place

    def _search(self, target: str) -> int:
        found = self.text.find(target, self.cursor)
        return found if found >= 0 else self.text.find(target)


def squeeze(text: str) -> str:
    """``text`` without any white space: how the reader or parser broke or joined lines does not matter."""
    return "".join(text.split())


def add_anchored_comment(document, place: Place, author: str, initials: str) -> Comment:
    """A new, empty comment whose range covers ``place``: from its first to its last paragraph."""
    first, last = place.paragraphs[0], place.paragraphs[-1]
    first_run, last_run = _edge_run(first, from_end=False), _edge_run(last, from_end=True)
    if first_run is not None and last_run is not None:
        runs = [Run(first_run, Paragraph(first, document)), Run(last_run, Paragraph(last, document))]
        return document.add_comment(runs, text="", author=author, initials=initials)
    comment = document.comments.add_comment(text="", author=author, initials=initials)
    start = OxmlElement("w:commentRangeStart", attrs={qn("w:id"): str(comment.comment_id)})
    properties = first.find(qn("w:pPr"))
    if properties is not None:
        properties.addnext(start)
    else:
        first.insert(0, start)
    last.append(OxmlElement("w:commentRangeEnd", attrs={qn("w:id"): str(comment.comment_id)}))
    last.append(reference_run(comment.comment_id))
    return comment


def reference_run(comment_id: int):
    """The run that shows the comment's marker: ``w:r`` with the CommentReference character style."""
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    properties.append(OxmlElement("w:rStyle", attrs={qn("w:val"): "CommentReference"}))
    run.append(properties)
    run.append(OxmlElement("w:commentReference", attrs={qn("w:id"): str(comment_id)}))
    return run


def _edge_run(paragraph, from_end: bool):
    """The paragraph's first (last) content element when it is a plain run; None when it is
    anything else (a tracked change, a hyperlink, a field) or the paragraph has no content."""
    children: Sequence = list(paragraph)
    for child in reversed(children) if from_end else children:
        if child.tag in _MARKUP:
            continue
        return child if child.tag == qn("w:r") else None
    return None
