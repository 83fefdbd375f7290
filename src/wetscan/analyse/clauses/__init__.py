"""Clauses, their addressee and their norm type.

The parts live in their own modules: :mod:`.splitting` (clauses), :mod:`.verbs` (main clause and
finite verb), :mod:`.addressee`, :mod:`.joined` (actors joined to it) and :mod:`.modality` (norm type);
:mod:`.model` holds the record.

A provision (one lid) holds one or more sentences; an enumeration ("a. ...; b. ...") belongs to
the sentence that introduces it. For each such clause this module finds

* the **main clause**: what follows a leading subordinate clause or adverbial phrase
  ("Indien de raad een verordening heeft vastgesteld, zendt het college ...");
* its **finite verb** (Dutch main clauses put it in second position);
* the **addressee**: the organ that the norm binds or empowers. Dutch legal sentences name it as
  subject before the finite verb ("Het college draagt zorg voor ..."), after it when something
  else comes first ("Bij verordening stelt de raad ..."), as passive agent ("Door het college
  wordt ... vastgesteld"), or after "berust bij" / "is opgedragen aan". Organs governed by a
  preposition ("na overleg met de colleges", "aan Onze Minister") are never the addressee, nor is
  the subject of a passive (it undergoes the act). Where word order leaves the subject open, the
  dependency parse of the trained pipeline decides (its ``nsubj`` of the main verb): on legal
  text the parser trained on ~150k words of UD Dutch is less reliable than word order, so it is
  the fallback, not the first choice;
* the **norm type** (domain.md §3) and the deontic **modality** (obligation, power, prohibition,
  permission) with the words that show it.

The spaCy component ``wetscan_clauses`` stores the result in ``doc._.clauses``.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

from wetscan.analyse.clauses.addressee import AddresseeFinder
from wetscan.analyse.clauses.joined import JoinedActorFinder
from wetscan.analyse.clauses.model import PASSIVE_PARTICIPLE, Clause, mentions_between
from wetscan.analyse.clauses.modality import NormTyper
from wetscan.analyse.clauses.splitting import ClauseSplitter
from wetscan.analyse.clauses.verbs import _FINITE, _ORGAN_WORDS, VerbFinder
from wetscan.analyse.lexicon import Lexicon, load_lexicon
from wetscan.analyse.organs import OrganMention

if not Doc.has_extension("clauses"):
    Doc.set_extension("clauses", default=None)

#: How many organs named before a clause are candidates for its pronoun ("hij", "zij").
EARLIER_REACH = 4

__all__ = ["PASSIVE_PARTICIPLE", "Clause", "ClauseAnalyser", "mentions_between"]


class ClauseAnalyser(ClauseSplitter, VerbFinder, AddresseeFinder, JoinedActorFinder, NormTyper):
    """spaCy component: splits a provision into clauses and analyses each (``doc._.clauses``)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.finite_verbs = lexicon.words("finite_verbs")
        self.statement_verbs = lexicon.words("statement_verbs")
        self.subordinators = lexicon.words("subordinators")
        self.relative_openers = lexicon.words("relative_openers")
        self.prepositions = lexicon.words("prepositions")
        self.determiners = lexicon.words("determiners")
        self.pronouns = lexicon.words("pronouns")
        self.negations = lexicon.words("negations")
        self.consultation_participles = lexicon.words("consultation_participles")
        self.heard_list_words = lexicon.words("heard_list_words") | self.determiners
        self.passive = lexicon.words("passive_auxiliaries")
        self.adverbial_openers = lexicon.words("adverbial_openers")
        self.consequences = lexicon.words("consequence_participles")
        self.fictions = lexicon.words("fiction_participles")
        self.qualifications = lexicon.words("qualification_participles")
        self.power_words = lexicon.words("power_words")
        self.member_nouns = lexicon.words("member_nouns")
        self.defining_heads = lexicon.words("defining_heads")
        self.expletive_verbs = lexicon.words("expletive_verbs")
        self.instruments = lexicon.words("instruments")
        self.referring_participles = lexicon.words("referring_participles")
        self.competence_nouns = lexicon.words("competence_nouns")
        self.fronted_power_words = lexicon.words("fronted_power_words")
        self.agent_phrases = lexicon.words("agent_phrases")
        self.designated_officials = lexicon.words("designated_officials")
        self.verordening_content_verbs = lexicon.words("verordening_content_verbs")
        self.predicate_verbs = {str(verb).lower(): str(group) for verb, group in lexicon.triggers["predicate_verbs"].items()}
        self.predicate_words = {
            group: {str(word).lower(): modality for modality, words in by_modality.items() for word in words}
            for group, by_modality in lexicon.triggers["predicate_words"].items()
        }
        self.separable_acts = {str(verb).lower(): frozenset(str(p).lower() for p in particles)
                               for verb, particles in lexicon.triggers["separable_acts"].items()}
        self.editorial_notes = [re.compile(pattern + r"\s+(?=[A-Z])") for pattern in lexicon.triggers["editorial_notes"]]

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data.pop(_FINITE, None)  # part-of-speech tags may have arrived since the last run
        doc.user_data.pop(_ORGAN_WORDS, None)
        doc._.clauses = self.analyse(doc, doc._.organs or [])
        return doc

    # ------------------------------------------------------------------ analysis

    def analyse(self, doc: Doc, organs: list[OrganMention]) -> list[Clause]:
        clauses: list[Clause] = []
        organs = sorted(organs, key=lambda m: m.start)
        starts = [m.start for m in organs]
        for start, end in self.split(doc):
            content = self._skip_editorial_note(doc, self._skip_enumerator(doc, start, end), end)
            clause = Clause(start=content, end=end, main_start=content)
            clause.main_start = self._main_start(doc, content, end)
            in_clause = mentions_between(organs, starts, clause.main_start, end)
            clause.verb = self._finite_verb(doc, clause.main_start, end, clause.main_start > content, in_clause)
            previous_subject = clauses[-1].addressees if clauses else []
            before = organs[max(0, bisect_left(starts, clause.main_start) - EARLIER_REACH) : bisect_left(starts, clause.main_start)]
            earlier = [m for m in before if m.end <= clause.main_start and all(m is not p for p in previous_subject)]
            earlier += previous_subject
            self._addressee(doc, clause, in_clause, earlier)
            if clause.addressees:
                self._joint_actors(doc, clause, in_clause)
                self._coordinated_subjects(doc, clause, in_clause)
                self._onderdeel_subjects(doc, clause, in_clause)
            self._norm_type(doc, clause)
            clauses.append(clause)
        return clauses


@Language.factory("wetscan_clauses")
def make_clause_analyser(nlp: Language, name: str) -> ClauseAnalyser:
    return ClauseAnalyser(load_lexicon())
