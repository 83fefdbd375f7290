"""Cheap views of a processed ``Doc``'s words, for the loops the components and rules run per clause.

Every ``doc[i]`` and every word of ``doc[a:b].text`` makes a new Python ``Token`` object; a
provision's clauses are read by a dozen components and rule families, so the same words were
rebuilt many times over. These helpers build the document's text and its lowercased words once per
``Doc`` (kept in ``doc.user_data``; the words of a ``Doc`` never change after tokenisation) and
answer from them:

* :func:`doc_text` is ``doc.text``;
* :func:`span_text` is ``doc[start:end].text``, a slice of the document text;
* :func:`lower_words` is ``[token.lower_ for token in doc]``.

:func:`keep_text` hands :func:`doc_text` the text a ``Doc`` was made from, which is its ``doc.text``
(spaCy's tokenizer keeps every character), so that it need not be rebuilt from the tokens.
"""

from __future__ import annotations

from spacy.tokens import Doc

_TEXT = "wetscan_text"
_LOWER = "wetscan_lower_words"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def keep_text(doc: Doc, text: str) -> None:
    """Remember ``text`` as ``doc_text(doc)``: ``doc`` was tokenised from it."""
    doc.user_data[_TEXT] = text


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text``: the span's characters in the document text (a slice, same bounds)."""
    span = doc[start:end]
    return doc_text(doc)[span.start_char : span.end_char]


def lower_words(doc: Doc) -> list[str]:
    """``token.lower_`` of every token, built once per document (index it like the doc)."""
    words = doc.user_data.get(_LOWER)
    if words is None:
        words = doc.user_data[_LOWER] = [token.lower_ for token in doc]
    return words
