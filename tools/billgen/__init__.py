"""billgen: render bills written in a small YAML authoring format to PDF, XML, DOCX, HTML and TXT.

A bill source (``examples/src/<name>.yaml``) describes a *voorstel van wet* the way a drafter
writes it: aanhef, hoofdstukken/afdelingen/paragrafen, artikelen with leden and onderdelen,
amending articles (ARTIKEL I ... with lettered onderdelen A, B, ...), the closing formula and
signatures, and a memorie van toelichting. See ``tools/billgen/spec.py`` for the format.

The renderers produce the shapes wetscan meets in practice: a Kamerstuk PDF (running header,
footnotes, justified and hyphenated text), an internet-consultation PDF exported from Word (line
numbers, "x van y"), official-publication XML, a Word document with automatic numbering, HTML and
plain text. Used to build ``examples/`` and the benchmark inputs.
"""

from tools.billgen.spec import Bill, load_bill

__all__ = ["Bill", "load_bill"]
