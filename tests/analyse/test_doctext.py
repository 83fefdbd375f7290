"""The cheap document views of :mod:`wetscan.analyse.doctext` say what the ``Doc`` itself says."""

from wetscan.analyse.doctext import doc_text, lower_words, span_text
from wetscan.analyse.pipeline import process

TEXTS = [
    "Gedeputeerde staten stellen  binnen zes weken een programma vast.",
    "1. Het college van burgemeester en wethouders:\na. draagt zorg voor de uitvoering;\n\tb. zendt «het verslag» aan de raad.",
    "De raad kan regels stellen over de regio’s, bedoeld in artikel 2.3, eerste lid. ",
]


def test_the_kept_text_is_the_docs_text():
    """The analysis keeps the text each provision was tokenised from; it must be the ``Doc``'s own text, whitespace
    and all, or every character span of a finding would shift."""
    for text, doc in zip(TEXTS, process(TEXTS)):
        assert doc_text(doc) == doc.text == text
        assert lower_words(doc) == [token.lower_ for token in doc]
        assert span_text(doc, 2, 6) == doc[2:6].text
