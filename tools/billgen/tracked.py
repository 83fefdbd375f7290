"""Tracked changes and comments in a rendered Word draft, as a consultation draft still has them.

The bill source holds the text as proposed (every change accepted); each tracked change names the
proposed words and the words they replace: the rendered run is split into the text before, a
deletion (``w:del`` with ``w:delText``) of the old words, an insertion (``w:ins``) of the new
words, and the text after. Comments are real Word comments (python-docx ``add_comment``) anchored
on the words they name. wetscan must read the proposed text by default and count both.
"""

from __future__ import annotations

import copy
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

AUTHOR = "Wetgevingsjurist"
DATE = "2026-02-02T10:00:00Z"


def _run_with(document, words: str):
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            if words in run.text:
                return paragraph, run
    raise ValueError(f"no run contains {words!r}")


def _wrap(run_element, tag: str, change_id: int):
    wrapper = run_element.makeelement(qn(tag), {qn("w:id"): str(change_id), qn("w:author"): AUTHOR, qn("w:date"): DATE})
    wrapper.append(run_element)
    return wrapper


def _change(document, text: str, was: str, change_id: int) -> int:
    """Split the run holding ``text`` into before / deleted ``was`` / inserted ``text`` / after."""
    _, run = _run_with(document, text)
    element = run._r
    before, _, after = run.text.partition(text)
    pieces = []
    for words, kind in ((before, None), (was, "w:del"), (text, "w:ins"), (after, None)):
        if not words:
            continue
        piece = copy.deepcopy(element)
        for old in piece.findall(qn("w:t")):
            piece.remove(old)
        node = piece.makeelement(qn("w:delText" if kind == "w:del" else "w:t"), {})
        node.text = words
        node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        piece.append(node)
        if kind:
            change_id += 1
            piece = _wrap(piece, kind, change_id)
        pieces.append(piece)
    for piece in pieces:
        element.addprevious(piece)
    element.getparent().remove(element)
    return change_id


def add_revisions(path: Path, changes: list[dict], comments: list[dict]) -> Path:
    """Put ``changes`` and ``comments`` (see the module docstring) into the Word file at ``path``."""
    if not changes and not comments:
        return path
    document = Document(str(path))
    for comment in comments:
        _, run = _run_with(document, comment["at"])
        document.add_comment(run, text=comment["note"], author=AUTHOR)
    change_id = 100
    for change in changes:
        change_id = _change(document, change["text"], change.get("was", ""), change_id)
    document.save(str(path))
    return path
