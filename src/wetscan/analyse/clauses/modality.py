"""Norm type and modality (domain.md §3).

A clause is a definition, an amendment instruction, a commencement or transitional rule, a
delegation, or a norm with a deontic modality: obligation (plain present tense with a subject, Ar
3.2; "draagt zorg", "is verplicht"), power ("kan", "is bevoegd"), prohibition ("het is verboden",
a negated power) or permission (an exemption). The words that show it are kept as the trigger.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from wetscan.analyse.clauses.model import Clause
from wetscan.analyse.doctext import lower_words, span_text
from wetscan.analyse.markers import markers_in
from wetscan.i18n import _

_AMENDMENT_CONTEXT = re.compile(
    r"«|^(?:in |aan |na |voor |onder |van )?(?:de |het )?(?:artikel|artikelen|hoofdstuk|paragraaf|afdeling|titel|bijlage|"
    r"onderdeel|onderdelen|zinsnede|opschrift|aanhef|\w+ lid|\w+ volzin|\w*wet\b)", re.I
)

#: A clause about a regulation named by its title ("Het Besluit ... wordt ingetrokken", "De
#: Comptabiliteitsvoorschriften waterschappen worden ingetrokken"): the bill itself changes it.
_NAMED_REGULATION = re.compile(
    r"^(?:[Dd]e |[Hh]et )?(?:[A-Z]\w*(?:besluit|regeling|voorschriften|reglement)|Besluit|Regeling|Reglement|Verordening)\b"
)

NORM_PRIORITY_MARKERS = ("definition", "amendment", "other")
#: How many words after "is"/"heeft" the predicate of an organ may stand (past a long organ name or reference).
PREDICATE_REACH = 25
_FOR_THE_PURPOSE = re.compile(r"voor de toepassing van\b", re.IGNORECASE)


class NormTyper:
    """Types a clause's norm (mixed into :class:`~wetscan.analyse.clauses.ClauseAnalyser`)."""

    determiners: frozenset[str]
    statement_verbs: frozenset[str]
    passive: frozenset[str]
    consequences: frozenset[str]
    fictions: frozenset[str]
    qualifications: frozenset[str]
    relative_openers: frozenset[str]
    negations: frozenset[str]
    power_words: frozenset[str]
    defining_heads: frozenset[str]
    competence_nouns: frozenset[str]
    fronted_power_words: frozenset[str]
    verordening_content_verbs: frozenset[str]

    # ------------------------------------------------------------------ norm type

    def _norm_type(self, doc: Doc, clause: Clause) -> None:
        start, main, end = clause.start, clause.main_start, clause.end
        for norm_type in NORM_PRIORITY_MARKERS:
            found = markers_in(doc, f"norm:{norm_type}", start, end)
            if norm_type == "amendment" and found:
                text = span_text(doc, start, end)
                found = [m for m in found if "gewijzigd" in m.text.lower() or _AMENDMENT_CONTEXT.search(text)
                         or _NAMED_REGULATION.match(text)]
            if norm_type == "other":  # a statement about the main verb, not words in a subordinate clause
                found = [m for m in found if m.start == clause.verb]
            if norm_type == "definition" and clause.addressees:
                found = [m for m in found if not self._embedded(doc, clause, m)]
            if found:
                clause.norm_type, clause.trigger = norm_type, found[0]
                clause.reason = _("'{words}' marks a {norm_type}").format(words=found[0].text, norm_type=norm_type)
                if norm_type == "other":
                    clause.reason = _("'{words}' imposes nothing").format(words=found[0].text)
                return
        self._modality(doc, clause)
        commencement = [m for m in markers_in(doc, "norm:transitional", start, end)]
        delegations = [
            m for m in markers_in(doc, "norm:delegation", main, end)
            if not (m.start > 0 and doc[m.start - 1].lower_ in self.determiners | {"op"})
        ]
        organ_addressed = bool(clause.addressees) and not all(m.organ.is_national for m in clause.addressees)
        if commencement and not (organ_addressed and clause.modality in ("obligation", "power")):
            clause.norm_type, clause.trigger = "transitional", commencement[0]
            clause.reason = _("'{words}' marks commencement or transitional law").format(words=commencement[0].text)
            return
        if delegations and not organ_addressed and clause.modality in ("obligation", "power", None):
            clause.norm_type, clause.trigger = "delegation", delegations[0]
            clause.reason = (
                _("'{words}' delegates rule-making to {organ}")
                    .format(words=delegations[0].text, organ=clause.addressees[0].text)
                if clause.addressees else _("'{words}' delegates rule-making").format(words=delegations[0].text)
            )
            return
        if clause.modality is None and markers_in(doc, "norm:delegation", main, end):
            marker = markers_in(doc, "norm:delegation", main, end)[0]
            clause.norm_type, clause.trigger = "delegation", marker
            clause.reason = _("'{words}' leaves the rule to be made at a lower level").format(words=marker.text)
            return
        if clause.modality:
            clause.norm_type = clause.modality
        else:
            clause.norm_type = "other"
            if not clause.reason:
                clause.reason = _("no obligation, power or other norm marker in the main clause")

    def _modality(self, doc: Doc, clause: Clause) -> None:
        main, end, verb = clause.main_start, clause.end, clause.verb
        anywhere = lambda label: markers_in(doc, label, main, end)  # noqa: E731
        at_verb = lambda label: [m for m in anywhere(label) if verb is not None and m.start <= verb < m.end  # noqa: E731
                                 and (m.start == verb or m.end == verb + 1 or label == "norm:obligation")]

        def set_(modality: str, trigger: Span, reason: str) -> None:
            clause.modality, clause.trigger, clause.reason = modality, trigger, reason

        strong_prohibitions = [m for m in anywhere("norm:prohibition") if m[0].lower_ not in self.power_words]
        if at_verb("norm:prohibition") or strong_prohibitions:
            marker = (at_verb("norm:prohibition") or strong_prohibitions)[0]
            set_("prohibition", marker, _("'{words}' forbids").format(words=marker.text))
            return
        if at_verb("norm:permission"):
            marker = at_verb("norm:permission")[0]
            set_("permission", marker, _("'{words}' exempts or permits").format(words=marker.text))
            return
        if verb is None:
            return
        verb_token = doc[verb]
        negated = self._negated(doc, clause)
        second = self._coordinated_verb(doc, clause)
        if negated is None and doc[main].lower_ in self.fronted_power_words and verb_token.lower_ in ("is", "zijn"):
            # "Bevoegd tot het verlenen van ... zijn gedeputeerde staten": the predicate put first
            set_("power", doc[main : main + 1], _("'{first} ... {verb}' grants a power")
                .format(first=doc[main].text, verb=verb_token.text))
            return
        if at_verb("norm:power"):
            marker = at_verb("norm:power")[0]
            if negated is None and second is not None and second.lower_ not in self.statement_verbs | self.power_words:
                set_("obligation", doc[second.i : second.i + 1],
                     _("'{words} ... en {verb}': the duty outweighs the power").format(words=marker.text, verb=second.text))
                return
            duties = [m for m in anywhere("norm:obligation") if "verplicht" in m.text.lower()]
            if negated is None and duties:
                set_("obligation", duties[0], _("'{words} ... {duty}': the duty outweighs the power")
                    .format(words=marker.text, duty=duties[0].text))
                return
            if negated is not None:
                set_("prohibition", doc[verb : negated + 1], _("negated power '{verb} ... {negation}'")
                    .format(verb=verb_token.text, negation=doc[negated].text))
            else:
                set_("power", marker, _("'{words}' grants a power").format(words=marker.text))
            return
        lower = verb_token.lower_
        words = lower_words(doc)
        granted = lower in ("komt", "komen") and clause.addressees and "toe" in words[verb:end]
        holder = clause.addressee_method.startswith(("holder of the competence", "organ after 'komt"))
        # the first competence noun of the main clause, looked for only where a competence may be given
        competence = next((i for i in range(main, end) if words[i] in self.competence_nouns), None) if (
            granted or holder) else None
        if granted and competence is not None and not clause.addressee_method.startswith("organ after 'komt"):
            # "komen de personen die daartoe door het college zijn aangewezen, de bevoegdheden toe"
            set_("power", doc[competence : competence + 1], _("a competence ('{noun}') is given")
                .format(noun=doc[competence].text))
            return
        if holder:
            if competence is not None:
                set_("power", doc[competence : competence + 1], _("a competence ('{noun}') is given")
                    .format(noun=doc[competence].text))
            elif lower in ("behoort", "behoren"):  # "Tot de taken van gedeputeerde staten behoort ..."
                set_("obligation", doc[verb : verb + 1], _("a task is given to the organ named before '{verb}'")
                    .format(verb=verb_token.text))
            else:
                set_("obligation", doc[verb : verb + 1], _("a task is given to the organ after 'toe aan'"))
            return
        if at_verb("norm:obligation"):
            marker = at_verb("norm:obligation")[0]
            set_("obligation", marker, _("'{words}' imposes a duty").format(words=marker.text))
            return
        if lower in self.verordening_content_verbs and any(m.organ.role == "regulation" or m.organ.key == "verordening" for m in clause.addressees):
            set_("obligation", doc[verb : verb + 1], _("'{verb}' prescribes the content of a verordening")
                .format(verb=verb_token.text))
            return
        particle = self._separable_particle(doc, clause)
        if particle is not None and clause.addressees:
            if negated is not None:
                set_("prohibition", doc[verb : negated + 1], _("negated duty '{verb} ... {negation}'")
                    .format(verb=verb_token.text, negation=doc[negated].text))
            else:
                set_("obligation", doc[verb : verb + 1], _("'{verb} ... {particle}' is an act (Ar 3.2)")
                    .format(verb=verb_token.text, particle=doc[particle].text))
            return
        predicate = self._predicate_after_subject(doc, clause)
        if predicate is not None:
            modality, word, negation = predicate
            if negation is not None:
                set_("prohibition", doc[verb : negation + 1], _("negated '{verb} ... {negation}'")
                    .format(verb=verb_token.text, negation=doc[negation].text))
            else:
                set_(modality, doc[word : word + 1], _("'{verb} ... {word}' binds the organ to its predicate")
                    .format(verb=verb_token.text, word=doc[word].text))
            return
        has_subject = bool(clause.addressees) or clause.subject_text is not None
        if lower in self.statement_verbs and second is not None and second.lower_ in self.power_words:
            set_("power", doc[second.i : second.i + 1], _("'... en {verb}' grants a power").format(verb=second.text))
            return
        if (lower in self.statement_verbs or lower in self.passive) and not clause.addressees and _FOR_THE_PURPOSE.match(
            doc[main:end].text
        ):
            set_("definition", doc[main : main + 4], _("'{words}' fixes what a term covers")
                .format(words=doc[main : main + 4].text))
            return
        if lower in ("geschiedt", "geschieden") and clause.addressee_method.startswith("passive agent"):
            set_("obligation", doc[verb : verb + 1], _("'{verb} door ...' prescribes an act of the agent")
                .format(verb=verb_token.text))
            return
        if lower in self.passive and not clause.addressees and any(t.lower_ in self.qualifications for t in doc[verb:end]):
            clause.reason = _("passive '{verb} ...' states a legal consequence").format(verb=verb_token.text)
            return  # "Indien ..., worden de in het tweede lid bedoelde rechten aangemerkt als gemeentelijke belastingen"
        if lower in self.passive and negated is not None:
            set_("prohibition", doc[verb : negated + 1], _("negated passive '{verb} {negation}'")
                .format(verb=verb_token.text, negation=doc[negated].text))
            return
        if lower in self.passive and any(t.lower_ in self.fictions for t in doc[verb:end]):
            clause.reason = _("passive '{verb} ...' states a legal consequence").format(verb=verb_token.text)
            return  # "Besluiten ... worden geacht te zijn genomen door het bestuur van de provincie": a fiction
        if lower in self.passive and not clause.addressees and any(t.lower_ in self.consequences for t in doc[verb:end]):
            clause.reason = _("passive '{verb} ...' states a legal consequence").format(verb=verb_token.text)
            return
        if lower in self.passive and self._participle_follows(doc, verb, end):
            set_("obligation", doc[verb : verb + 1], _("passive '{verb} ...' prescribes an act")
                .format(verb=verb_token.text))
            return
        if lower in ("is", "zijn") and not clause.addressees and self._defines(doc, clause):
            set_("definition", doc[verb : verb + 2], _("'{verb} {next}' says what a term is")
                .format(verb=verb_token.text, next=doc[verb + 1].text))
            return
        if lower in self.statement_verbs and lower not in ("is", "zijn") and negated is not None:
            set_("prohibition", doc[verb : negated + 1], _("negated '{verb} ... {negation}'")
                .format(verb=verb_token.text, negation=doc[negated].text))
            return
        if lower in self.statement_verbs:
            clause.reason = _("'{verb}' states a fact").format(verb=verb_token.text)
            return
        if has_subject:
            if negated is not None:
                set_("prohibition", doc[verb : negated + 1], _("negated duty '{verb} ... {negation}'")
                    .format(verb=verb_token.text, negation=doc[negated].text))
            else:
                set_("obligation", doc[verb : verb + 1], _("present tense '{verb}' with a subject (Ar 3.2)")
                    .format(verb=verb_token.text))

    def _defines(self, doc: Doc, clause: Clause) -> bool:
        """"Een verzameluitkering is een ...", "Onderhoudsverplichtingen zijn:", "X is het gezamenlijke bedrag"."""
        assert clause.verb is not None
        if clause.verb + 1 >= clause.end or clause.verb == clause.main_start:
            return False
        if doc[clause.main_start].lower_ == "er" or doc[clause.main_start].pos_ == "ADP" or doc[clause.main_start].lower_ in (
            "in", "bij", "voor", "op", "binnen"
        ):
            return False  # "Er is een register", "In iedere gemeente is een griffier": existence, not a definition
        following = doc[clause.verb + 1].lower_
        if following in ("een", ":"):
            return True
        return following == "het" and clause.verb + 2 < clause.end and doc[clause.verb + 2].lower_ in self.defining_heads

    def _separable_particle(self, doc: Doc, clause: Clause) -> int | None:
        """The particle that makes the main verb an act ("kennen ... toe", triggers.yaml separable_acts): the
        word that closes the main clause, before its full stop, semicolon, colon or a comma, or before a phrase put
        after it ("kent ... een tegemoetkoming toe voor een voorziening als bedoeld in ...")."""
        particles = self.separable_acts.get(doc[clause.verb].lower_) if clause.verb is not None else None
        if not particles:
            return None
        for i in range(clause.verb + 1, clause.end):
            if doc[i].lower_ in particles and (i + 1 == clause.end or doc[i + 1].text in (".", ";", ":", ",")
                                               or doc[i + 1].lower_ in self.prepositions):
                return i
            if doc[i].text in (";", ":"):
                return None
        return None

    def _embedded(self, doc: Doc, clause: Clause, marker: Span) -> bool:
        """Whether a marker stands in an onderdeel or a subordinate clause after the main verb of a clause with
        an addressee ("stellen burgemeester en wethouders ... vast: a. ... als ... worden aangemerkt"): it types
        that part, not the organ's norm."""
        if clause.verb is None or marker.start <= clause.verb:
            return False
        return any(doc[i].text == ":" or self._opens_relative(doc, i, clause.main_start) for i in range(clause.verb + 1, marker.start))

    def _predicate_after_subject(self, doc: Doc, clause: Clause) -> tuple[str, int, int | None] | None:
        """The predicate that "is/zijn" or "heeft/hebben" binds an organ to, wherever it stands after the verb
        (triggers.yaml predicate_words): "is de in artikel 12, tweede lid, bedoelde ambtenaar bevoegd",
        "zijn gedeputeerde staten van de provincie waar ... ligt bevoegd", "hebben gedeputeerde staten de in het
        eerste lid genoemde bevoegdheden", "De burgemeester ... is de autoriteit voor ...".

        Returns the modality, the predicate word and a negation before it ("is ... niet bevoegd"); ``None``
        where the clause names no organ, another verb heads it, or no such word follows within reach. The
        reading stops at a colon or semicolon and at a new clause (", die ...", "en" with a verb of its own).
        """
        verb = clause.verb
        group = self.predicate_verbs.get(doc[verb].lower_) if verb is not None else None
        if group is None or not clause.addressees:
            return None
        words = self.predicate_words[group]
        inside = {i for m in clause.addressees for i in range(m.start, m.end)}
        negation = None
        for i in range(verb + 1, min(clause.end, verb + 1 + PREDICATE_REACH)):
            word = doc[i].lower_
            if i in inside:
                continue
            following = doc[i + 1] if i + 1 < clause.end else None
            if word in (";", ":") or (word in (",", "en", "of") and following is not None and (
                following.lower_ in self.relative_openers
                or (following.lower_ not in self.determiners and self.is_finite(following)))):
                return None
            if word in self.negations:
                negation = i
            if word in words and not (word.startswith("bevoegd") and i + 1 < clause.end and doc[i + 1].lower_ == "gezag"):
                return words[word], i, negation
        return None

    def _coordinated_verb(self, doc: Doc, clause: Clause) -> Token | None:
        """A second finite verb joined by "en" in the main clause ("heeft toegang ... en kan ...")."""
        if clause.verb is None:
            return None
        words = lower_words(doc)
        for i in range(clause.verb + 1, clause.end - 1):
            if words[i] in (";", ":"):
                return None
            if words[i] == "en" and self.is_finite(doc[i + 1]):
                return doc[i + 1]
        return None

    def _negated(self, doc: Doc, clause: Clause) -> int | None:
        """Index of "niet"/"geen" right after the main verb (skipping the subject), if any."""
        assert clause.verb is not None
        skip = {i for m in clause.addressees for i in range(m.start, m.end)}
        reach = 10 if doc[clause.verb].lower_ in self.power_words else 1 if doc[clause.verb].lower_ in self.passive else 2  # "kunnen ten laste van ... geen"
        seen = 0
        words = lower_words(doc)
        for i in range(clause.verb + 1, min(clause.end, clause.verb + 14)):
            if words[i] in ("dat", "die", "indien", "als", "wanneer"):
                return None
            if i in skip or words[i] in self.determiners:
                continue
            if words[i] in self.negations:
                return i
            seen += 1
            if seen > reach or words[i] in (",", ";", ":") or words[i] in self.relative_openers:
                return None
        return None
