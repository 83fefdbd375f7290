"""Parse untrusted XML safely.

Legislative XML never needs a DTD, entities or the network. The parser resolves no entities,
loads no DTD and never touches the network; a document that declares entities (the
"billion laughs" expansion, external entities) or refers to an external DTD is refused as
hostile, and size, depth and element-count limits guard against resource exhaustion.
"""

from __future__ import annotations

from lxml import etree

from wetscan.errors import CorruptFile, EmptyDocument, HostileFile, LimitExceeded
from wetscan.ingest.limits import MAX_XML_BYTES, MAX_XML_DEPTH, MAX_XML_ELEMENTS, megabytes
from wetscan.i18n import _
from wetscan.vocabulary import whole


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(path: str, data: bytes) -> etree._Element:
    """Parse ``data`` into an element tree with namespaces stripped from tag names."""
    if len(data) > MAX_XML_BYTES:
        raise LimitExceeded(path, _("XML file larger than the {limit} limit").format(limit=megabytes(MAX_XML_BYTES)))
    if not data.strip():
        raise EmptyDocument(path, _("the file is empty"))
    try:
        tree = etree.fromstring(data, parser=_parser()).getroottree()
    except etree.XMLSyntaxError as error:
        message = str(error)
        if "entity" in message.lower() and ("loop" in message.lower() or "amplification" in message.lower()):
            raise HostileFile(path, _("XML entity expansion refused (possible 'billion laughs' attack)")) from None
        if "depth" in message.lower() or "huge" in message.lower():
            raise LimitExceeded(path, _("XML too deeply nested or too large ({error})").format(
                error=_one_line(message))) from None
        raise CorruptFile(path, _("malformed XML ({error})").format(error=_one_line(message))) from None
    _refuse_dtd(path, tree)
    root = tree.getroot()
    _check_shape(path, root)
    _strip_namespaces(root)
    return root


def _refuse_dtd(path: str, tree: etree._ElementTree) -> None:
    docinfo = tree.docinfo
    dtd = docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise HostileFile(path, _("XML declares entities in its DTD (entity expansion / external entity attack refused)"))
    if docinfo.system_url or docinfo.public_id:
        raise HostileFile(path, _("XML refers to an external DTD ({dtd}); wetscan never fetches DTDs").format(
            dtd=docinfo.system_url or docinfo.public_id))
    for node in tree.getroot().iter(etree.Entity):
        raise HostileFile(path, _("XML uses an undeclared entity reference ({text}); refused").format(text=node.text))


def _check_shape(path: str, root: etree._Element) -> None:
    depth = 0
    elements = 0
    for event, _element in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            depth += 1
            elements += 1
            if depth > MAX_XML_DEPTH:
                raise LimitExceeded(path, _("XML nested deeper than {limit} elements").format(limit=MAX_XML_DEPTH))
            if elements > MAX_XML_ELEMENTS:
                raise LimitExceeded(path, _("XML has more than {limit} elements").format(limit=whole(MAX_XML_ELEMENTS)))
        else:
            depth -= 1


def _strip_namespaces(root: etree._Element) -> None:
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = etree.QName(element).localname


def _one_line(message: str) -> str:
    return " ".join(message.split())
