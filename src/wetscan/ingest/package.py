"""Check a Word (.docx) or OpenDocument (.odt) package, a ZIP of XML parts, before it is read.

python-docx and odfdo read every part whole into memory and builds the full XML tree, so a hostile file
could make it take gigabytes: a zip member whose header understates its size (a "1 MB" part
whose deflate stream expands to gigabytes), or an honest-looking part that is hundreds of
megabytes of empty paragraphs. This module reads each member once, through a bounded stream,
and pull-parses each XML part without keeping it, refusing:

* a member that unpacks to more than its header declares (the stream stops just past the
  declared size), or to more than the package limit together;
* a damaged member (bad CRC, broken deflate stream) or an encrypted one;
* any DTD: Word never writes one, and it is how entity expansion ("billion laughs") and
  external entities get in -- refused exactly as in plain XML;
* a part nested too deep, a package with too many elements, a document with too many paragraphs or too
  much text: limits well below what the machine holds, far above any real bill.

What passes can be handed to python-docx or odfdo: its members unpack to what they declare, and the tree
it builds stays within the limits.
"""

from __future__ import annotations

import copy
import io
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from wetscan.errors import CorruptFile, EncryptedFile, HostileFile, LimitExceeded
from wetscan.ingest.limits import (
    MAX_DOCUMENT_CHARS,
    MAX_DOCX_ELEMENTS,
    MAX_DOCX_PARAGRAPHS,
    MAX_DOCX_UNPACKED_BYTES,
    MAX_XML_DEPTH,
    characters,
    megabytes,
)
from wetscan.i18n import N_, _
from wetscan.vocabulary import whole

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
#: How far past its declared size a member is read, to see that it goes on (and refuse it).
READ_MARGIN = 64 * 1024
CHUNK = 64 * 1024
XML_SUFFIXES = (".xml", ".rels")


@dataclass
class PackageTally:
    """What the XML parts of a package add up to, against the limits."""

    elements: int = 0
    paragraphs: int = 0
    characters: int = 0


@dataclass(frozen=True)
class PackageFormat:
    """What a package's messages call it, and which elements are its paragraphs and its text."""

    name: str
    paragraph: str
    text: tuple[str, ...] | None  # elements whose text counts; None: the text and tail of every element


WORD = PackageFormat(N_("Word document"), f"{W}p", (f"{W}t",))
OPENDOCUMENT = PackageFormat(N_("OpenDocument file"), f"{ODF_TEXT}p", None)


def check_package(path: str, data: bytes, kind: PackageFormat = WORD) -> None:
    """Raise an :class:`~wetscan.errors.InputError` unless the package ``data`` is safe to read whole."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError) as error:
        raise CorruptFile(path, _("damaged {kind} ({error})").format(
            kind=_(kind.name), error=_one_line(error))) from None
    declared = sum(info.file_size for info in members)
    if declared > MAX_DOCX_UNPACKED_BYTES:
        raise LimitExceeded(path, _("{kind} unpacks to {size}, more than the {limit} limit").format(
            kind=_(kind.name), size=megabytes(declared), limit=megabytes(MAX_DOCX_UNPACKED_BYTES)))
    tally = PackageTally()
    for info in members:
        chunks = member_chunks(path, archive, info, kind)
        if info.filename.lower().endswith(XML_SUFFIXES) and info.file_size > 0:  # OpenDocument has empty parts
            _scan_xml_part(path, info.filename, chunks, tally, kind)
        else:
            for _chunk in chunks:
                pass


def member_chunks(path: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo,
                  kind: PackageFormat = WORD) -> Iterator[bytes]:
    """The unpacked bytes of ``info`` in chunks; refuses the member as soon as it runs past its declared size.

    zipfile trusts the header's size and, asked for a whole member, inflates in one call whatever
    the deflate stream holds; here the stream is told a size just past the declared one, so more
    data shows without ever holding more than a chunk of it.
    """
    bounded = copy.copy(info)
    bounded.file_size = min(info.file_size, MAX_DOCX_UNPACKED_BYTES) + READ_MARGIN
    unpacked = 0
    try:
        with archive.open(bounded) as stream:
            while chunk := stream.read(CHUNK):
                unpacked += len(chunk)
                if unpacked > info.file_size:
                    raise HostileFile(path, _("{kind} part {part} unpacks to more than the {size} bytes its ZIP header "
                                              "declares (zip bomb refused)").format(
                        kind=_(kind.name), part=info.filename, size=whole(info.file_size)))
                yield chunk
    except RuntimeError as error:  # zipfile: "File ... is encrypted, password required"
        raise EncryptedFile(path, _("{kind} part {part} is encrypted ({error})").format(
            kind=_(kind.name), part=info.filename, error=_one_line(error))) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as error:
        raise CorruptFile(path, _("damaged or truncated {kind} ({part}: {error})").format(
            kind=_(kind.name), part=info.filename, error=_one_line(error))) from None


def _parser() -> etree.XMLPullParser:
    return etree.XMLPullParser(events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False,
                               huge_tree=False, remove_comments=True, remove_pis=True)


def _scan_xml_part(path: str, name: str, chunks: Iterator[bytes], tally: PackageTally, kind: PackageFormat) -> None:
    """Pull-parse one XML part, counting as it goes and keeping nothing of it."""
    parser = _parser()
    depth = 0
    checked_dtd = False
    try:
        for chunk in chunks:
            parser.feed(chunk)
            for event, element in parser.read_events():
                if not checked_dtd:
                    _refuse_dtd(path, name, element, kind)
                    checked_dtd = True
                if event == "start":
                    depth += 1
                    tally.elements += 1
                    tally.paragraphs += element.tag == kind.paragraph
                    _check_tally(path, name, depth, tally, kind)
                    continue
                depth -= 1
                if kind.text is None or element.tag in kind.text:
                    tally.characters += len(element.text or "") + (len(element.tail or "") if kind.text is None else 0)
                    _check_tally(path, name, depth, tally, kind)
                _forget(element)
        parser.close()
    except etree.XMLSyntaxError as error:
        message = _one_line(error)
        if "entity" in message.lower():
            raise HostileFile(path, _("{kind} part {name} expands XML entities (entity expansion / 'billion laughs' attack refused)").format(
                kind=_(kind.name), name=name)) from None
        raise CorruptFile(path, _("damaged {kind} (malformed XML in {name}: {error})").format(
            kind=_(kind.name), name=name, error=message)) from None


def _refuse_dtd(path: str, name: str, element: etree._Element, kind: PackageFormat) -> None:
    docinfo = element.getroottree().docinfo
    if docinfo.internalDTD is not None or docinfo.system_url or docinfo.public_id:
        raise HostileFile(path, _("{kind} part {name} declares a DTD (entity expansion / external entity attack refused)").format(
            kind=_(kind.name), name=name))


def _check_tally(path: str, name: str, depth: int, tally: PackageTally, kind: PackageFormat) -> None:
    if depth > MAX_XML_DEPTH:
        raise LimitExceeded(path, _("{kind} part {name} is nested deeper than {limit} elements").format(
            kind=_(kind.name), name=name, limit=MAX_XML_DEPTH))
    if tally.elements > MAX_DOCX_ELEMENTS:
        raise LimitExceeded(path, _("{kind} has more than {limit} XML elements").format(
            kind=_(kind.name), limit=whole(MAX_DOCX_ELEMENTS)))
    if tally.paragraphs > MAX_DOCX_PARAGRAPHS:
        raise LimitExceeded(path, _("{kind} has more than {limit} paragraphs").format(
            kind=_(kind.name), limit=whole(MAX_DOCX_PARAGRAPHS)))
    if tally.characters > MAX_DOCUMENT_CHARS:
        raise LimitExceeded(path, _("{kind} holds more than the {characters} of text limit").format(
            kind=_(kind.name), characters=characters(MAX_DOCUMENT_CHARS)))


def _forget(element: etree._Element) -> None:
    """Drop a parsed element and its earlier siblings, so the part is never held whole."""
    element.clear()
    parent = element.getparent()
    while parent is not None and element.getprevious() is not None:
        del parent[0]


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())
