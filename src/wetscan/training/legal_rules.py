"""Rules for legal Dutch where the news/Wikipedia treebanks are weak.

All parts are saved with the shipped pipeline:

* tokenizer special cases (:func:`add_legal_special_cases`): citation abbreviations such as
  ``jo.`` ("juncto", read together with), ``Stb.`` (Staatsblad), ``Stcrt.`` (Staatscourant),
  ``Kamerstukken``/``Trb.``, and sub-item labels ``1°.`` stay single tokens. They are stored in
  the pipeline's tokenizer, so loading needs nothing from here.
* ``wetscan_legal_sentences`` (before the parser): forbids a sentence break right after an
  enumeration label (``a.``, ``2°.``, the ``1 .`` of a numbered lid), after a citation abbreviation
  (``art.``, ``jo.``, ``nr.``) and after ``;`` or ``:`` (in statutes the onderdelen of one lid,
  separated by ``;``, form one sentence), and starts a sentence at a lid number that opens a line
  after a full stop. The parser respects these constraints where its transition system can.
* ``wetscan_legal_sentences_repair`` (after the parser): joins the trees the parser still split at a
  forbidden place and attaches line-break tokens to the preceding token.
* ``wetscan_particle_lemmas`` (last): ``stelt ... vast`` gets the lemma ``vaststellen``.

The components are registered factories: ``import wetscan.training.legal_rules`` must run before
``spacy.load`` of the shipped pipeline.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, HEAD, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

#: Abbreviations in citations and drafting that end in a full stop but do not end a sentence.
LEGAL_ABBREVIATIONS = (
    "jo.", "Jo.", "Stb.", "Stcrt.", "Trb.", "Hand.", "Kamerstukken", "Bijl.", "bijl.", "art.",
    "artt.", "Art.", "nr.", "nrs.", "Nr.", "blz.", "o.a.", "bijv.", "i.v.m.", "m.b.t.", "t.a.v.",
    "c.q.", "d.w.z.", "vgl.", "Vgl.", "zgn.", "resp.", "i.c.", "e.v.", "jl.", "Pb.", "Prb.",
    "mr.", "Mr.", "dr.", "drs.", "ir.", "prof.", "ca.", "o.g.v.", "t.b.v.", "i.p.v.", "n.a.v.",
)

#: Tokens after which a new sentence may start (besides a line break).
SENTENCE_END = frozenset({".", "!", "?", "...", "…", "''", '"', "»", "”", "’", "'"})

#: Abbreviations that may also close a sentence (a break after them stays possible).
SENTENCE_FINAL_ABBREVIATIONS = frozenset({"enz.", "etc.", "e.d.", "e.a.", "e.v."})

_DEGREE_LABELS = tuple(f"{n}°" for n in range(1, 31))

#: An enumeration label as a single token: ``a.``, ``aa.``, ``2°.``, ``1°``, ``iv.``.
_LABEL = re.compile(r"^(?:[a-z]{1,2}|\d{1,3}°|[ivx]{1,5})\.?$")
#: An initial of a name: ``H.`` in ``H. Huisinga``, ``J.M.`` in ``J.M. de Vries``.
_INITIAL = re.compile(r"^(?:[A-Z]\.)+$")
#: The number of a numbered lid or list item, before its full stop token: ``1`` ``.``.
_NUMBER = re.compile(r"^\d{1,3}[a-z]?$")
#: ``SENT_START`` value of a token that may not start a sentence, as an unsigned array entry.
NOT_SENT_START = numpy.uint64(-1 & 0xFFFFFFFFFFFFFFFF)


def add_legal_special_cases(nlp: Language) -> None:
    """Teach the tokenizer legal abbreviations and sub-item labels (``jo.``, ``Stb.``, ``1°.``)."""
    for text in LEGAL_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(text, [{ORTH: text}])
    for label in _DEGREE_LABELS:
        nlp.tokenizer.add_special_case(label, [{ORTH: label}])
        nlp.tokenizer.add_special_case(label + ".", [{ORTH: label + "."}])


def _previous(token: Token) -> Token | None:
    """The nearest preceding token that is not whitespace."""
    i = token.i - 1
    while i >= 0 and token.doc[i].is_space:
        i -= 1
    return token.doc[i] if i >= 0 else None


def _line_break_before(token: Token, before: Token) -> bool:
    """True when a line break separates ``before`` from the later ``token``."""
    return "\n" in before.whitespace_ + token.doc[before.i + 1 : token.i].text


def _starts_line(token: Token) -> bool:
    """True when ``token`` opens the text or a line, or follows ``:``, ``;`` or a full stop.

    Those are the places where a lid number or onderdeel label stands.
    """
    before = _previous(token)
    if before is None:
        return True
    return _line_break_before(token, before) or before.text in {":", ";", "."}


def _is_label(token: Token) -> bool:
    """Enumeration label: ``a.``/``2°.`` as one token, or ``1`` + ``.`` at the start of a line."""
    if token.text.endswith(".") and _LABEL.match(token.text) and _starts_line(token):
        return True
    if token.text.endswith("°") and _LABEL.match(token.text):
        return True
    if token.text == ".":
        number = _previous(token)
        return number is not None and bool(_NUMBER.match(number.text) or _LABEL.match(number.text)) and (
            _starts_line(number)
        )
    return False


def no_break_after(token: Token) -> bool:
    """True when the token after ``token`` cannot start a new sentence in legal Dutch."""
    if token.text in {";", ":", ","}:
        return True
    if token.text in LEGAL_ABBREVIATIONS and token.text not in SENTENCE_FINAL_ABBREVIATIONS:
        return True
    return bool(_INITIAL.match(token.text)) or _is_label(token)


def break_allowed(before: Token, token: Token) -> bool:
    """True when a sentence may start at ``token``, given the previous non-space token ``before``.

    Only after sentence-final punctuation or a line break (a heading ends without a full stop), and
    never after a label, a citation abbreviation, ``;``, ``:`` or ``,``. This stops the parser from
    breaking before capitalised words such as ``Onze Minister`` or ``Gedeputeerde Staten``.
    """
    if no_break_after(before):
        return False
    if _line_break_before(token, before) or before.text in SENTENCE_END:
        return True
    return len(before.text) > 1 and before.text.endswith(".")


def opens_new_lid(token: Token) -> bool:
    """True for a lid number or label on a new line right after a sentence-final full stop."""
    before = _previous(token)
    if before is None or before.text not in {".", "!", "?"} or _is_label(before):
        return False
    return _line_break_before(token, before) and bool(_NUMBER.match(token.text) or _LABEL.match(token.text))


@Language.component("wetscan_legal_sentences")
def legal_sentences(doc: Doc) -> Doc:
    """Set sentence-boundary constraints of legal Dutch before the parser runs.

    No break where :func:`break_allowed` says so; a break before a lid number that opens a new line
    after a full stop. The parser respects both where its transition system can.
    """
    starts = doc.to_array(SENT_START)
    for token in doc[1:]:
        if token.is_space:
            continue
        before = _previous(token)
        if before is not None and not break_allowed(before, token):
            starts[token.i] = NOT_SENT_START
        elif opens_new_lid(token):
            starts[token.i] = 1
    # One write for the whole doc: setting Token.is_sent_start checks the whole doc for a parse
    # each time, which made this loop quadratic in the length of a provision.
    return doc.from_array([SENT_START], starts)


def _sentence_roots(heads: list[int]) -> list[int]:
    """The root of every token's tree, each chain of heads walked once (linear in the doc)."""
    roots = [-1] * len(heads)
    for i in range(len(heads)):
        path, j = [], i
        while roots[j] < 0 and heads[j] != j:
            path.append(j)
            j = heads[j]
        root = roots[j] if roots[j] >= 0 else j
        roots[j] = root
        for k in path:
            roots[k] = root
    return roots


def _is_label_part(token: Token) -> bool:
    """A token that may make up a label-only sentence (``1 .``, ``a.``)."""
    return token.is_punct or bool(_NUMBER.match(token.text) or _LABEL.match(token.text))


@Language.component("wetscan_legal_sentences_repair")
def repair_sentences(doc: Doc) -> Doc:
    """Undo sentence breaks the parser made where legal Dutch forbids them, after parsing.

    The parser may still leave a label (``1 .``), an onderdeel or the rest of a sentence after a
    capitalised word as a tree of its own. Whitespace
    tokens (line breaks) are attached to the preceding token; a label-only sentence is attached to
    the root of the sentence it opens (``dep``); any other forbidden break attaches the next
    sentence's root to the previous root (``parataxis``), so the tree stays a tree.

    One pass, linear in the doc: the parser's sentences are contiguous, so the tree before a break
    is the run of tokens since the last break kept, and ``joined`` maps a root attached to another
    sentence to that sentence's root.
    """
    if len(doc) < 2 or not doc.has_annotation("DEP"):
        return doc
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    for token in doc:
        if token.is_space and token.n_lefts + token.n_rights == 0:
            heads[token.i] = token.i - 1 if token.i > 0 else min(token.i + 1, len(doc) - 1)
            deps[token.i] = "dep"
    roots = _sentence_roots(heads)
    joined: dict[int, int] = {}

    def top(i: int) -> int:
        root = roots[i]
        while root in joined:
            root = joined[root]
        return root

    labels_only = True  # the tree before the next break holds only label tokens so far
    for token in doc:
        if token.is_space:
            continue
        before = _previous(token)
        current = top(token.i)
        previous = top(before.i) if before is not None else current
        if previous != current:
            if labels_only:
                heads[previous], deps[previous] = current, "dep"
                joined[previous] = current
            elif not break_allowed(before, token):
                heads[current], deps[current] = previous, "parataxis"
                joined[current] = previous
            else:
                labels_only = True
        labels_only = labels_only and _is_label_part(token)
    if heads != [t.head.i for t in doc]:
        relative = numpy.array(heads, dtype="int64") - numpy.arange(len(doc), dtype="int64")
        labels = [doc.vocab.strings.add("ROOT" if h == i else d) for i, (h, d) in enumerate(zip(heads, deps))]
        array = numpy.stack([relative.astype("uint64"), numpy.array(labels, dtype="uint64")], axis=1)
        doc.from_array([HEAD, DEP], array)
    return doc


@Language.component("wetscan_particle_lemmas")
def particle_lemmas(doc: Doc) -> Doc:
    """Give a separable verb the lemma with its particle: ``stelt ... vast`` -> ``vaststellen``.

    Runs after the lemmatizer. Uses the parse (``compound:prt``), the same convention as the UD
    v2.16 Dutch treebanks, so a norm is found under one lemma whether or not the verb is split.
    """
    for token in doc:
        if token.dep_ != "compound:prt" or token.head.pos_ not in {"VERB", "AUX"} or token.head == token:
            continue
        verb, particle = token.head, token.lower_
        if verb.lemma_ and not verb.lemma_.lower().startswith(particle):
            verb.lemma_ = particle + verb.lemma_
    return doc
