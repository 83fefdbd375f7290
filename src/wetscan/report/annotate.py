"""Findings as Word comments in a copy of the drafter's own DOCX.

``wetscan check ontwerp.docx --annotate ontwerp-wetscan.docx`` writes a **copy** of the draft with a
Word comment (author "wetscan", initials "WS") on each flagged provision — the rules that fired,
their signaalwoorden, grondslag and betrouwbaarheid (:mod:`wetscan.report.annotate_text`) — and
one comment on the title with the verdicts and what to do next. The drafter reads them in the
margin of his own text, next to the provisions, and can answer or resolve them as any comment.

The original is read once and never written: the copy is the original's package opened with
python-docx, the comments added, and saved under the new name. python-docx keeps every part it
does not change (headers, footers, numbering, styles, settings, footnotes, the comments already
there and their extended parts) and the body's XML as it was, tracked changes (``w:ins``,
``w:del``) included; only the comment ranges and reference runs are added to the body, and the
new comments to ``word/comments.xml`` (made when the draft had none). How a provision is found in
the document and how its comment is anchored — with python-docx's ``Document.add_comment`` where
the provision begins and ends with a plain run, with XML written here otherwise — is explained in
:mod:`wetscan.report.annotate_anchor`.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wetscan.assess.rules import RuleBook
from wetscan.errors import CorruptFile, InputError
from wetscan.i18n import _, ngettext
from wetscan.ingest.revisions import Revisions
from wetscan.report.annotate_text import CommentText, provision_comment, title_comment

if TYPE_CHECKING:
    from wetscan.report.annotate_anchor import Place

AUTHOR = "wetscan"
INITIALS = "WS"


def option_help() -> str:
    """The help of ``wetscan check --annotate``, in the current language (python-docx is only
    imported when a copy is written, so ``wetscan --help`` stays quick)."""
    return _("Also write a copy of the Word draft (.docx) to this file, with the findings as comments.")


@dataclass
class Annotation:
    """What was written: the copy, the provisions that got a comment, those not found in the file."""

    path: Path
    commented: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the terminal: where the copy is and how many comments it holds."""
        line = ngettext("{path}: a copy with comments on {count} provision and the title",
                        "{path}: a copy with comments on {count} provisions and the title",
                        len(self.commented)).format(path=self.path, count=len(self.commented))
        if self.unplaced:
            line += "; " + _("not found in the file: {provisions}").format(provisions="; ".join(self.unplaced))
        return line


def check_annotate_target(source: Path, target: Path) -> bytes:
    """The bytes of ``source``; raises :class:`InputError` (one line) when ``--annotate`` cannot write
    ``target`` from it: the input is a folder or no Word document, or the copy would overwrite the original."""
    from wetscan.ingest.detect import detect_format

    if source.is_dir():
        raise InputError(str(source), _("--annotate needs one Word document (.docx), not a folder"))
    if target.resolve() == source.resolve() or (target.exists() and target.samefile(source)):
        raise InputError(str(target), _("--annotate writes a copy: give another file name than the original"))
    if not target.parent.is_dir():
        raise InputError(str(target), _("--annotate: the folder of the copy does not exist"))
    try:
        data = source.read_bytes()
    except OSError as error:
        raise InputError(str(source), _("cannot read the file ({problem})").format(
            problem=error.strerror or type(error).__name__)) from None
    kind = detect_format(str(source), data)
    if kind != "docx":
        raise InputError(str(source), _("--annotate needs a Word document (.docx); this is a {kind} file").format(
            kind=kind.upper()))
    return data


def annotate_docx(source: Path, target: Path, report: Mapping[str, Any], book: RuleBook,
                  revisions: Revisions = "proposed") -> Annotation:
    """Write a copy of the DOCX at ``source`` to ``target`` with ``report``'s findings as comments.

    ``revisions`` must be the choice the scan used, so that the provisions' text is found as it was
    read. Raises :class:`InputError` when the file cannot be read or the copy cannot be written.
    """
    import docx

    from wetscan.ingest.package import check_package
    from wetscan.report.annotate_anchor import ParagraphIndex

    data = check_annotate_target(source, target)
    check_package(str(source), data)  # the same limits as the scan (size, zip bombs) before python-docx opens it
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises KeyError, ValueError, XMLSyntaxError, ...
        raise CorruptFile(str(source), _("damaged Word document ({error})").format(error=type(error).__name__)) from None
    index = ParagraphIndex(document, revisions)
    title = index.find_title(report.get("title"))
    annotation = Annotation(target)
    places: list[tuple[Mapping[str, Any], Place]] = []
    for provision in flagged_provisions(report):
        place = index.find(provision["text"])
        if place is None:
            annotation.unplaced.append(provision["id"])
        else:
            places.append((provision, place))
            annotation.commented.append(provision["id"])
    if title is not None:
        _comment(document, title, title_comment(report, len(places), annotation.unplaced))
    notes = _notes_by_provision(report)
    for provision, place in places:
        _comment(document, place, provision_comment(provision, book, notes.get(provision["id"], [])))
    _save(document, target)
    return annotation


def flagged_provisions(report: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The provisions with findings (or, repealed, with findings on the text they repeal), in order."""
    return [p for p in report.get("provisions", []) if p.get("findings") or p.get("previous_findings")]


def _notes_by_provision(report: Mapping[str, Any]) -> dict[str, list[str]]:
    """The assessment's review notes ("verify who is meant") under each provision they name."""
    notes: dict[str, list[str]] = {}
    for note in (report.get("assessment") or {}).get("review_notes", []):
        for provision_id in note.get("provisions") or []:
            notes.setdefault(provision_id, []).append(note["note"])
    return notes


def _comment(document, place: Place, text: CommentText) -> None:
    from wetscan.report.annotate_anchor import add_anchored_comment

    comment = add_anchored_comment(document, place, AUTHOR, INITIALS)
    comment.paragraphs[0].add_run(text.heading).bold = True
    for line in text.lines:
        comment.add_paragraph(line)


def _save(document, target: Path) -> None:
    buffer = io.BytesIO()
    document.save(buffer)
    try:
        target.write_bytes(buffer.getvalue())
    except OSError as error:
        raise InputError(str(target), _("cannot write the annotated copy ({problem})").format(
            problem=error.strerror or type(error).__name__)) from None
