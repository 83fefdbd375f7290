"""Organ recognition: find the organs a provision names, and the layer each belongs to.

The spaCy component ``wetscan_organs`` marks every organ name of ``organs.yaml`` (longest match
wins: "college van burgemeester en wethouders" over "college") and stores them as
:class:`OrganMention` objects in ``doc._.organs``. Two context rules refine a bare, ambiguous name:

* "<organ> van de <collective>" ("de raad van de gemeente", "het algemeen bestuur van het
  openbaar lichaam") settles it to the collective's layer;
* "<organ> van/voor <anything else>" ("college van bestuur", "raad van toezicht", "raad voor ...")
  names some other body: not a co-government; so does a capitalised short form in mid-sentence
  ("het College", "de Raad": a body the law named earlier, such as the Raad voor cultuur).

Resolving the remaining ambiguous names through the bill's definitions happens afterwards in
:mod:`wetscan.analyse.definitions`, because definitions belong to a bill, not to one text.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from wetscan.analyse.lexicon import Collective, Lexicon, Organ, load_lexicon

OF_WORDS = frozenset({"van", "der", "voor"})


@dataclass
class OrganMention:
    """One place where a provision names an organ."""

    span: Span
    organ: Organ
    collective: Collective | None = None  # settled by "van de <collective>"
    foreign: bool = False  # "college van bestuur": another body than the lexicon meant

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def text(self) -> str:
        return self.span.text


if not Doc.has_extension("organs"):
    Doc.set_extension("organs", default=None)


class OrganRecognizer:
    """spaCy component: marks organ names (``doc._.organs``)."""

    def __init__(self, nlp: Language, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.organ_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for organ in lexicon.organs.values():
            self.organ_matcher.add(organ.key, [nlp.make_doc(name) for name in organ.names])
        self.collective_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for collective in lexicon.collectives.values():
            self.collective_matcher.add(collective.key, [nlp.make_doc(name) for name in collective.names])
        self.determiners = lexicon.words("determiners")
        self.capitalised_only = lexicon.words("capitalised_only_names")
        #: Words between "van" and the body that do not change which body it is ("het bestuur van elke daarbij
        #: betrokken gemeente", "de burgemeester van de desbetreffende gemeente").
        self.modifiers = lexicon.words("complement_modifiers")
        #: One-word names of ambiguous organs ("raad", "bestuur"): a name ending in one ("voorzitter van
        #: de raad") followed by "van <body>" is that body's ("voorzitter van de raad van discipline").
        self.ambiguous_heads = frozenset(
            name for organ in lexicon.organs.values() if organ.role == "ambiguous" for name in organ.names if " " not in name
        )

    def __call__(self, doc: Doc) -> Doc:
        doc._.organs = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[OrganMention]:
        spans = filter_spans(
            [Span(doc, start, end, label=match_id) for match_id, start, end in self.organ_matcher(doc)]
        )
        collectives = {start: (doc.vocab.strings[match_id], end) for match_id, start, end in self.collective_matcher(doc)}
        mentions: list[OrganMention] = []
        swallowed_until = -1
        for span in spans:
            if span.start < swallowed_until:
                continue
            if span[-1].lower_ in self.capitalised_only and not span[-1].text[:1].isupper():
                continue  # "de staat waarin de zaak verkeert": a condition, not the State
            mention = OrganMention(span=span, organ=self.lexicon.organs[span.label_])
            self._attach_complement(doc, mention, collectives)
            if mention.organ.role == "ambiguous" and _capitalised_mid_sentence(doc, span):
                mention.foreign = True  # "het College", "de Raad": a named body, not the gemeente's
            swallowed_until = mention.end
            mentions.append(mention)
        return mentions

    def _attach_complement(self, doc: Doc, mention: OrganMention, collectives: dict[int, tuple[str, int]]) -> None:
        """Look at "van/voor ..." right after the organ name."""
        position = mention.end
        if position >= len(doc) or doc[position].lower_ not in OF_WORDS:
            return
        position += 1
        while position < len(doc) and (doc[position].lower_ in self.determiners or doc[position].lower_ in self.modifiers):
            position += 1
        if position in collectives and doc[mention.end].lower_ != "voor":
            key, end = collectives[position]
            mention.collective = self.lexicon.collectives[key]
            mention.span = Span(doc, mention.span.start, end, label=mention.span.label)
        elif mention.organ.role == "ambiguous" and position < len(doc) and doc[position].is_alpha and (
            doc[mention.end].lower_ != "voor" or doc[position].text[:1].isupper()
        ):
            mention.foreign = True  # "college van bestuur", "Raad voor cultuur"; not "de raad voor de duur van"
        elif self._claimed_head(doc, mention, position):
            mention.foreign = True  # "de voorzitter van de raad van discipline": not the burgemeester

    def _claimed_head(self, doc: Doc, mention: OrganMention, position: int) -> bool:
        """Whether a name "X van de <ambiguous organ word>" ("de voorzitter van de raad") has a lower-case
        complement that claims the word for another body ("van discipline", "van toezicht"). A place name
        ("... van Utrecht") or a predicate ("... van oordeel is") leaves it as it is."""
        span = mention.span
        if len(span) < 3 or span[-1].lower_ not in self.ambiguous_heads or span[-2].lower_ not in self.determiners:
            return False
        if position >= len(doc) or doc[mention.end].lower_ != "van" or not (doc[position].is_alpha and doc[position].is_lower):
            return False
        return position + 1 >= len(doc) or doc[position + 1].lower_ not in _COPULAS


def _capitalised_mid_sentence(doc: Doc, span: Span) -> bool:
    head = span[-1] if len(span) == 1 else span[0]
    return head.text[:1].isupper() and span.start > 0 and doc[span.start - 1].is_alpha


#: Verbs after "van oordeel", "van mening": a predicate of the organ, not a body it belongs to.
_COPULAS = frozenset({"is", "zijn", "was", "waren", "wordt", "worden"})


@Language.factory("wetscan_organs")
def make_organ_recognizer(nlp: Language, name: str) -> OrganRecognizer:
    return OrganRecognizer(nlp, load_lexicon())
