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
        raise LimitExceeded(path, f"XML file larger than the {megabytes(MAX_XML_BYTES)} limit")
    if not data.strip():
        raise EmptyDocument(path, "the file is empty")
    try:
        tree = etree.fromstring(data, parser=_parser()).getroottree()
    except etree.XMLSyntaxError as error:
        message = str(error)
        if "entity" in message.lower() and ("loop" in message.lower() or "amplification" in message.lower()):
            raise HostileFile(path, "XML entity expansion refused (possible 'billion laughs' attack)") from None
        if "depth" in message.lower() or "huge" in message.lower():
            raise LimitExceeded(path, f"XML too deeply nested or too large ({_one_line(message)})") from None
        raise CorruptFile(path, f"malformed XML ({_one_line(message)})") from None
    _refuse_dtd(path, tree)
    root = tree.getroot()
    _check_shape(path, root)
    _strip_namespaces(root)
    return root


def _refuse_dtd(path: str, tree: etree._ElementTree) -> None:
    docinfo = tree.docinfo
    dtd = docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise HostileFile(path, "XML declares entities in its DTD (entity expansion / external entity attack refused)")
    if docinfo.system_url or docinfo.public_id:
        raise HostileFile(path, f"XML refers to an external DTD ({docinfo.system_url or docinfo.public_id}); wetscan never fetches DTDs")
    for node in tree.getroot().iter(etree.Entity):
        raise HostileFile(path, f"XML uses an undeclared entity reference ({node.text}); refused")


def _check_shape(path: str, root: etree._Element) -> None:
    depth = 0
    elements = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            depth += 1
            elements += 1
            if depth > MAX_XML_DEPTH:
                raise LimitExceeded(path, f"XML nested deeper than {MAX_XML_DEPTH} elements")
            if elements > MAX_XML_ELEMENTS:
                raise LimitExceeded(path, f"XML has more than {MAX_XML_ELEMENTS:,} elements")
        else:
            depth -= 1


def _strip_namespaces(root: etree._Element) -> None:
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = etree.QName(element).localname


def _one_line(message: str) -> str:
    return " ".join(message.split())
