"""Safety limits for reading untrusted files. Exceeding one raises :class:`LimitExceeded`."""

from __future__ import annotations

from wetscan.i18n import ngettext
from wetscan.vocabulary import whole

#: Largest file wetscan reads at all (bytes).
MAX_FILE_BYTES = 200 * 1024 * 1024
#: Most pages read from a PDF (the longest bills run to a few hundred pages).
MAX_PDF_PAGES = 3000
#: Largest XML file (bytes): official XML of even the largest bills stays far below this.
MAX_XML_BYTES = 100 * 1024 * 1024
#: Deepest element nesting accepted in XML (real legislation nests about 20 deep).
MAX_XML_DEPTH = 200
#: Most elements accepted in one XML file.
MAX_XML_ELEMENTS = 2_000_000
#: Largest uncompressed size of all parts of a DOCX together, against zip bombs.
MAX_DOCX_UNPACKED_BYTES = 500 * 1024 * 1024
#: Largest HTML page (bytes): the parser holds several times its size.
MAX_HTML_BYTES = 40 * 1024 * 1024
#: Most tags in an HTML page: the parser takes about a minute per million on the shared machine.
MAX_HTML_TAGS = 200_000
#: Most paragraphs in a Word document (a 1,000-page document has some tens of thousands).
MAX_DOCX_PARAGRAPHS = 100_000
#: Most XML elements in all parts of a Word document together (python-docx builds them all; a
#: 1,000-page document has about half a million).
MAX_DOCX_ELEMENTS = 1_000_000
#: Most characters of text a document may hold once read (the largest bills and memoranda run to
#: a few million); the analysis time and memory grow with it.
MAX_DOCUMENT_CHARS = 10_000_000
#: Most characters the provisions of the bill text may hold together (the analysis reads them all;
#: its time and memory grow with them). The largest statutes in force hold about 1.4 million.
MAX_BILL_CHARS = 3_000_000
#: Most characters one provision of the bill text may hold. The longest articles of the statutes
#: in force run to about 70,000; a longer "provision" means the article headings were not found,
#: and the language model's memory grows with the length of one provision.
MAX_PROVISION_CHARS = 100_000


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def characters(count: int) -> str:
    return ngettext("{count} character", "{count} characters", count).format(count=whole(count))
